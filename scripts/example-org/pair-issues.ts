import type { Config } from '../../src/core/config/config-schema.js';
import { addDays, daysBetween } from '../../src/core/dates.js';
import { nudgeDue } from '../../src/core/programme/check-ins.js';
import { endKindOf } from '../../src/core/programme/end-reason.js';
import { type PairPerson, pairIssueText } from '../../src/core/programme/pair-issue-text.js';
import type { PairRef } from '../../src/core/programme/pair-marker.js';
import { pairSessionDays } from '../../src/core/programme/pair-sessions.js';
import {
  closingText,
  fitQuestionText,
  nudgeText,
  pairedText,
} from '../../src/core/programme/programme-comment-text.js';
import type { Session } from '../../src/core/sessions/session-schema.js';
import { PAIR_ISSUE_COMMENTS } from './pair-issue-comments.js';
import { HISTORY, PAIRS } from './pairs.js';
import { PEOPLE } from './people-data.js';
import {
  APP_AUTHOR,
  type DraftComment,
  type DraftIssue,
  draftComment,
  weeklyRunAt,
} from './programme-drafts.js';
import { PAIR_PLANS } from './sessions.js';

/**
 * The pair issues of acme/mentoring: the app opened one for each pair when it started, from the
 * end of August (earlier pairs predate pair issues). Its check-ins, the nudge and the fit
 * question, began with the 2026-11-09 run, so the demo's week (2026-11-16) shows one round done
 * and the next due: Hannah Schultz's two pairs, whose sessions are in her tracker log and not
 * in the snapshot, were nudged once and are nudged again; the two pairs that started on 11-09
 * are asked how the pair fits; and Emily Carter answered `/fit no`, so her pair with Daniel
 * Whitfield (who is away anyway) ends as not a fit.
 */
export const CHECK_INS_BEGAN = '2026-11-09';

// Hannah's pairs log no sessions on issues (see sessions.ts), so they are numbered here.
const UNLOGGED_PAIR_ISSUES: Record<string, number> = {
  'hannah-schultz/meera-iyer': 51,
  'hannah-schultz/tom-becker': 56,
};

// The first pair issue's post-mortem line is ticked; the second pair's never was.
const POST_MORTEM_DONE = new Set([44]);

interface PairSpec extends PairRef {
  number: number;
  endedOn?: string;
}

function pairSpecs(): PairSpec[] {
  const numberOf = (p: PairRef) =>
    PAIR_PLANS.find((plan) => plan.mentor === p.mentor && plan.mentee === p.mentee)?.issue ??
    UNLOGGED_PAIR_ISSUES[`${p.mentor}/${p.mentee}`];
  const specs = [...HISTORY, ...PAIRS].flatMap((p): PairSpec[] => {
    const number = numberOf(p);
    const endedOn = 'endedOn' in p ? (p.endedOn as string) : undefined;
    const ref = { mentor: p.mentor, mentee: p.mentee, startedOn: p.startedOn };
    return number === undefined ? [] : [{ ...ref, number, ...(endedOn ? { endedOn } : {}) }];
  });
  if (specs.filter((s) => !s.endedOn).length !== PAIRS.length)
    throw new Error('every running pair needs a pair issue number');
  return specs.sort((a, b) => a.number - b.number);
}

const spec = (login: string) => PEOPLE.find((p) => p.login === login)!;

/**
 * A reason in the engine's words from the two forms alone: the goals the mentor offers to teach.
 * Levels and shared hours would need the activity as it was when the pair started.
 */
function reasonsFor(pair: PairRef): string[] {
  const goals = new Set((spec(pair.mentee).goals ?? []).map((g) => g.toLowerCase()));
  const offered = (spec(pair.mentor).offers ?? []).filter((o) => goals.has(o.toLowerCase()));
  if (offered.length === 0) return [];
  return [`offers ${offered.join(', ')} (${offered.length === 1 ? 'a goal' : 'goals'})`];
}

function pairIssue(params: {
  pair: PairSpec;
  config: Config;
  sessions: readonly Session[];
  personOf: (login: string) => PairPerson;
}): DraftIssue {
  const { pair, config, sessions, personOf } = params;
  const { programme } = config;
  const text = pairIssueText({
    pair: {
      ...pair,
      endsOn: addDays(pair.startedOn, programme.weeks * 7),
      reasons: reasonsFor(pair),
    },
    mentor: personOf(pair.mentor),
    mentee: personOf(pair.mentee),
    config,
    showDetail: true,
  });
  const ticked = POST_MORTEM_DONE.has(pair.number);
  const body = ticked ? text.body.replace(/^- \[ \]/gm, '- [x]') : text.body;
  const comments: DraftComment[] = [];
  if (!pair.endedOn) comments.push(...checkIns({ pair, sessions, config }));
  for (const said of PAIR_ISSUE_COMMENTS.filter((s) => s.issue === pair.number))
    comments.push(draftComment({ by: said.by, body: said.body, at: said.at }));
  if (pair.endedOn) {
    const reason = `programme complete (${programme.weeks} weeks from ${pair.startedOn})`;
    const closing = closingText({
      pair,
      reason,
      marker: { v: 1, kind: 'close', reason: endKindOf(reason) },
      postMortem: programme.outline.at(-1)!,
      postMortemDone: ticked,
    });
    comments.push(draftComment({ app: true, body: closing, at: weeklyRunAt(pair.endedOn, 19) }));
  }
  const openedAt = weeklyRunAt(pair.startedOn);
  return {
    number: pair.number,
    title: text.title,
    body,
    state: pair.endedOn ? 'closed' : 'open',
    author: APP_AUTHOR,
    labels: [config.labels.mentorship],
    createdAt: openedAt,
    // Ticking the post-mortem line is an edit: the week before the pair ended.
    editedAt: ticked && pair.endedOn ? `${addDays(pair.endedOn, -3)}T16:40:00Z` : openedAt,
    closedAt: pair.endedOn ? weeklyRunAt(pair.endedOn, 19) : null,
    comments: comments.sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
  };
}

/** The first check-in run: the fit question to pairs that had met, a nudge to quiet ones. */
function checkIns(params: {
  pair: PairSpec;
  sessions: readonly Session[];
  config: Config;
}): DraftComment[] {
  const { pair, sessions, config } = params;
  const at = weeklyRunAt(CHECK_INS_BEGAN, 18);
  if (pair.startedOn >= CHECK_INS_BEGAN) return [];
  const days = pairSessionDays({ pair, sessions, asOf: addDays(CHECK_INS_BEGAN, -1) });
  const lastSession = days.at(-1);
  const out: DraftComment[] = [];
  if (
    nudgeDue({ pair, lastSession, nudges: [], asOf: CHECK_INS_BEGAN, programme: config.programme })
  ) {
    const weeks = Math.floor(daysBetween(lastSession ?? pair.startedOn, CHECK_INS_BEGAN) / 7);
    const body = nudgeText({ pair, lastSession, weeks, week: CHECK_INS_BEGAN });
    out.push(draftComment({ app: true, body, at }));
  }
  if (days.length > 0)
    out.push(draftComment({ app: true, body: fitQuestionText({ pair, showDetail: true }), at }));
  return out;
}

/**
 * Every pair issue, and the links the app left on the two people's enrolment issues when it
 * opened each (`enrolmentIssueOf` gives a person's enrolment issue).
 */
export function buildPairIssues(params: {
  config: Config;
  sessions: readonly Session[];
  personOf: (login: string) => PairPerson;
  enrolmentIssueOf: (login: string) => number | undefined;
}): { issues: DraftIssue[]; links: Array<{ issue: number; comment: DraftComment }> } {
  const specs = pairSpecs();
  const issues = specs.map((pair) => pairIssue({ ...params, pair }));
  const links = specs.flatMap((pair) =>
    (['mentee', 'mentor'] as const).flatMap((role) => {
      const issue = params.enrolmentIssueOf(pair[role]);
      if (issue === undefined) return [];
      const body = pairedText({ pair, issue: pair.number, for: role });
      return [
        { issue, comment: draftComment({ app: true, body, at: weeklyRunAt(pair.startedOn, 18) }) },
      ];
    }),
  );
  return { issues, links };
}
