import type { Config } from '../config/config-schema.js';
import { type ReadonlyLoginMap, sameLogin } from '../people/login.js';
import type { Person } from '../people/person.js';
import type { PairJudge } from './assess-pair.js';
import { type SolveMethod, solveWeek } from './candidates/solve-week.js';
import { explainUnpaired, type MenteeObstacles } from './explain-unpaired.js';
import type { PlannedPair, Unpaired } from './pairings-file.js';

export interface WeekContext {
  judge: PairJudge;
  /** Why a person cannot take part this week, or null. */
  unavailable: (p: Person) => string | null;
  /** Mentees a mentor can hold at once (see mentorCapacity). */
  capacityOf: (mentor: Person) => number;
  /** Mentees each mentor already holds this week (continuing and pinned). */
  load: ReadonlyLoginMap<number>;
  week: string;
  /** When a pair's programme ends, extensions included (see programmeTerms). */
  endsOn: (pair: { mentor: string; mentee: string; startedOn: string }) => string;
}

/**
 * The mentees still waiting, assigned exactly: the most paired, then the best total fit, on
 * integer costs in hundredths of fit, so the optimum is exact; among equally good pairings a
 * fixed number drawn from each pair's logins decides (tieBreakCosts). Candidates come from
 * indexes and the optimum is proven over every allowed pair (pruneAndProve); `method` runs the
 * full-scan reference paths instead.
 */
export function assignOptimally(
  ctx: WeekContext & {
    mentors: readonly Person[];
    mentees: readonly Person[];
    pairing: Config['pairing'];
    method?: SolveMethod;
  },
): { fresh: PlannedPair[]; unpaired: Unpaired[] } {
  const { mentors, mentees, judge } = ctx;
  const remaining = mentors.map((m) =>
    ctx.unavailable(m) ? 0 : Math.max(0, ctx.capacityOf(m) - (ctx.load.get(m.login) ?? 0)),
  );
  const pairs = solveWeek({
    judge,
    pairing: ctx.pairing,
    mentors,
    mentees,
    remaining,
    method: ctx.method,
  });
  const fresh = pairs.map(([i, k]): PlannedPair => {
    const { fit, reasons } = judge.assess(mentors[i]!, mentees[k]!);
    const [mentor, mentee, startedOn] = [mentors[i]!.login, mentees[k]!.login, ctx.week];
    // Keys in the file's order (serializePairingsFile keeps insertion order).
    const endsOn = ctx.endsOn({ mentor, mentee, startedOn });
    return { mentor, mentee, status: 'new', startedOn, endsOn, fit, reasons };
  });
  const paired = new Set(pairs.map(([, k]) => k));
  const unpaired = mentees.flatMap((mentee, k): Unpaired[] =>
    paired.has(k)
      ? []
      : [
          {
            mentee: mentee.login,
            reasons: explainUnpaired(obstaclesFor({ ...ctx, mentee, remaining })),
          },
        ],
  );
  return { fresh, unpaired };
}

/** What stood between one mentee and each mentor, for the unpaired mentee's reasons. */
function obstaclesFor(
  ctx: WeekContext & { mentors: readonly Person[]; mentee: Person; remaining: number[] },
): MenteeObstacles {
  const obstacles: MenteeObstacles = {
    unavailableMentors: [],
    fullMentors: [],
    notTakingMentors: [],
    blocked: [],
    suitableButTaken: [],
  };
  ctx.mentors.forEach((mentor, i) => {
    if (sameLogin(mentor.login, ctx.mentee.login)) return;
    const away = ctx.unavailable(mentor);
    if (away) {
      // "ana is out of office until …" reads "ana (out of office until …)" in a list.
      const prefix = `${mentor.login} `;
      const cause = away.startsWith(prefix) ? away.slice(prefix.length).replace(/^is /, '') : away;
      obstacles.unavailableMentors.push(`${mentor.login} (${cause})`);
    } else if (ctx.capacityOf(mentor) === 0) {
      obstacles.notTakingMentors.push(mentor.login);
    } else if (ctx.remaining[i] === 0) {
      obstacles.fullMentors.push(mentor.login);
    } else {
      const { blockers } = ctx.judge.assess(mentor, ctx.mentee);
      if (blockers.length) obstacles.blocked.push({ mentor: mentor.login, blockers });
      else obstacles.suitableButTaken.push(mentor.login);
    }
  });
  return obstacles;
}
