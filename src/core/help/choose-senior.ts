import { type ReadonlyLoginMap, sameLogin } from '../people/login.js';
import type { Expertise } from './expertise.js';
import { rotaSenior, WEEKDAYS, weekdayOf } from './rota.js';

/** What GitHub tells about one senior this week. */
export interface SeniorFacts {
  login: string;
  /** GitHub user status "busy" (indicatesLimitedAvailability): out of office. */
  outOfOffice: boolean;
  /** Minutes of sessions they led this week. */
  minutesThisWeek: number;
  sessionsThisWeek: number;
  /** Senior-help issues assigned to them and active this week (this one excluded). */
  helpIssuesThisWeek: number;
}

export type RouteDecision =
  | {
      kind: 'assign';
      senior: string;
      by: 'rota' | 'expertise' | 'load';
      reason: string;
      skipped: string[];
    }
  | { kind: 'need-expertise'; candidates: string[] }
  | { kind: 'nobody'; reason: string; skipped: string[] };

/**
 * Picks the senior for a help issue from `seniors`, the requester's rota (requester-rota.ts):
 * the day's rota senior if they can take it, else the eligible senior with the most expertise
 * in the issue's repository and topics, then the lightest load this week, then rota order.
 * Never the issue's author, anyone out of office, or anyone whose sessions this week already
 * reach their weekly hours. Without `expertise` and no rota senior free, it asks for expertise
 * first (reading it costs a request the rota often saves).
 */
export function chooseSenior(params: {
  seniors: readonly string[];
  /** The rota's day: the requester's own calendar day (see requester-rota.ts). */
  day: string;
  /** How reasons name the rota: "rota", or a region's, "apac rota". */
  rotaName?: string;
  issueAuthor: string;
  weeklyMinutes: number;
  facts: ReadonlyLoginMap<SeniorFacts>;
  expertise?: ReadonlyLoginMap<Expertise>;
}): RouteDecision {
  const { seniors, day, weeklyMinutes, facts } = params;
  if (seniors.length === 0) {
    return {
      kind: 'nobody',
      reason:
        'no seniors are configured: list them under help.seniors (or help.rotas) in .github/mentorship.yml',
      skipped: [],
    };
  }
  const skipped: string[] = [];
  const eligible = seniors.filter((login) => {
    const why = exclusion({
      login,
      issueAuthor: params.issueAuthor,
      weeklyMinutes,
      fact: facts.get(login),
    });
    if (why) skipped.push(`@${login} ${why}`);
    return why === undefined;
  });
  const onRota = rotaSenior({ seniors, day });
  const rotaNote = onRota
    ? `today's rota senior @${onRota} cannot take it`
    : 'nobody is on the rota at the weekend';
  if (onRota && eligible.includes(onRota)) {
    const reason = `@${onRota} is on the ${params.rotaName ?? 'rota'} for ${WEEKDAYS[weekdayOf(day)]}`;
    return { kind: 'assign', senior: onRota, by: 'rota', reason, skipped };
  }
  if (eligible.length === 0) {
    return {
      kind: 'nobody',
      reason: 'no senior can take it right now',
      skipped,
    };
  }
  const { expertise } = params;
  if (!expertise) return { kind: 'need-expertise', candidates: eligible };
  return pickByExpertiseThenLoad({ eligible, seniors, facts, expertise, rotaNote, skipped });
}

function exclusion(p: {
  login: string;
  issueAuthor: string;
  weeklyMinutes: number;
  fact: SeniorFacts | undefined;
}): string | undefined {
  if (sameLogin(p.login, p.issueAuthor)) return 'opened this issue';
  if (!p.fact) return 'is not a GitHub user (check help.seniors)';
  if (p.fact.outOfOffice) return 'is out of office (GitHub status "busy")';
  if (p.fact.minutesThisWeek >= p.weeklyMinutes) {
    return `has already paired ${p.fact.minutesThisWeek} of their ${p.weeklyMinutes} weekly minutes`;
  }
  return undefined;
}

function pickByExpertiseThenLoad(p: {
  eligible: string[];
  seniors: readonly string[];
  facts: ReadonlyLoginMap<SeniorFacts>;
  expertise: ReadonlyLoginMap<Expertise>;
  rotaNote: string;
  skipped: string[];
}): RouteDecision {
  const load = (login: string) => {
    const f = p.facts.get(login)!;
    return f.helpIssuesThisWeek + f.sessionsThisWeek;
  };
  const score = (login: string) => p.expertise.get(login)?.score ?? 0;
  const ranked = [...p.eligible].sort(
    (a, b) =>
      score(b) - score(a) ||
      load(a) - load(b) ||
      p.facts.get(a)!.minutesThisWeek - p.facts.get(b)!.minutesThisWeek ||
      p.seniors.indexOf(a) - p.seniors.indexOf(b),
  );
  const senior = ranked[0]!;
  const f = p.facts.get(senior)!;
  const loadText = `${f.helpIssuesThisWeek} help issue${f.helpIssuesThisWeek === 1 ? '' : 's'} and ${f.sessionsThisWeek} session${f.sessionsThisWeek === 1 ? '' : 's'} this week`;
  if (score(senior) > 0) {
    const areas = p.expertise.get(senior)!.areas.join(', ');
    const reason = `${p.rotaNote}; @${senior} knows this best (${areas}), with ${loadText}`;
    return { kind: 'assign', senior, by: 'expertise', reason, skipped: p.skipped };
  }
  const reason = `${p.rotaNote}, and no free senior has recent activity in this area; @${senior} has the lightest load: ${loadText}`;
  return { kind: 'assign', senior, by: 'load', reason, skipped: p.skipped };
}
