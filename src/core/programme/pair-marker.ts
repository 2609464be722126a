import { z } from 'zod';
import { isAppAuthor } from '../comments/app-identity.js';
import { markerJson, trailingMarkerJson } from '../comments/inert-text.js';
import { githubLogin, isoDate } from '../config/zod-helpers.js';
import { loginKey } from '../people/login.js';
import { END_KINDS } from './end-reason.js';
import type { IssueAuthor, ProgrammeComment, ProgrammeIssue } from './programme-issue.js';

/**
 * The app's hidden records in the programme repository, so every run finds its own work again
 * and never does it twice: `<!-- mentorship-bot:pair {json} -->` ends a pair issue's body, and
 * `<!-- mentorship-bot:programme {json} -->` ends each programme comment (nudge, fit question,
 * closing comment, and the replies on enrolment issues). As with session markers, only a marker
 * that is the last thing in text written by the app itself is read: anyone can paste one.
 */
export const PAIR_MARKER_PREFIX = '<!-- mentorship-bot:pair ';
export const PROGRAMME_MARKER_PREFIX = '<!-- mentorship-bot:programme ';

/** A pair as the programme knows it: the same two people paired again is a new pair. */
export interface PairRef {
  mentor: string;
  mentee: string;
  startedOn: string;
}

export const pairMarkerSchema = z.strictObject({
  v: z.literal(1),
  mentor: githubLogin,
  mentee: githubLogin,
  startedOn: isoDate,
});
export type PairMarker = z.output<typeof pairMarkerSchema>;

export const programmeMarkerSchema = z.discriminatedUnion('kind', [
  /** One a week at most: `week` is the Monday of the week it was posted in. */
  z.strictObject({ v: z.literal(1), kind: z.literal('nudge'), week: isoDate }),
  z.strictObject({ v: z.literal(1), kind: z.literal('fit-question') }),
  /** `reason` only where detail may be shown (a private repository). */
  z.strictObject({
    v: z.literal(1),
    kind: z.literal('close'),
    reason: z.enum(END_KINDS).optional(),
  }),
  /** On a mentee's enrolment issue: updated each week they stay unpaired. */
  z.strictObject({ v: z.literal(1), kind: z.literal('unpaired'), mentee: githubLogin }),
  /** On an enrolment issue: the link to the pair issue. */
  z.strictObject({
    v: z.literal(1),
    kind: z.literal('paired'),
    mentor: githubLogin,
    mentee: githubLogin,
    startedOn: isoDate,
    issue: z.number().int().positive(),
  }),
]);
export type ProgrammeMarker = z.output<typeof programmeMarkerSchema>;

/** The key a pair issue is found by: the same pair always has the same key. */
export function pairIssueKey(pair: PairRef): string {
  return `pair:${loginKey(pair.mentor)}:${loginKey(pair.mentee)}:${pair.startedOn}`;
}

/** The keys of the app's programme comments, one per thing done: see programmeMarkerKey. */
export const programmeKeys = {
  nudge: (week: string) => `nudge:${week}`,
  fitQuestion: 'fit-question',
  close: 'close',
  unpaired: (mentee: string) => `unpaired:${loginKey(mentee)}`,
  paired: (pair: PairRef) => `paired:${pairIssueKey(pair).slice('pair:'.length)}`,
} as const;

/**
 * The key a programme comment is found by on its issue: a comment with this key there means the
 * work is done (or, for an upsert, is the comment to update).
 */
export function programmeMarkerKey(marker: ProgrammeMarker): string {
  switch (marker.kind) {
    case 'nudge':
      return programmeKeys.nudge(marker.week);
    case 'fit-question':
      return programmeKeys.fitQuestion;
    case 'close':
      return programmeKeys.close;
    case 'unpaired':
      return programmeKeys.unpaired(marker.mentee);
    case 'paired':
      return programmeKeys.paired(marker);
  }
}

export function renderPairMarker(pair: PairRef): string {
  const marker: PairMarker = { v: 1, ...pickPair(pair) };
  return `${PAIR_MARKER_PREFIX}${markerJson(pairMarkerSchema.parse(marker))} -->`;
}

export function renderProgrammeMarker(marker: ProgrammeMarker): string {
  return `${PROGRAMME_MARKER_PREFIX}${markerJson(programmeMarkerSchema.parse(marker))} -->`;
}

/** The pair marker ending a body, or null. Whether to trust it is the caller's (see below). */
export function parsePairMarker(body: string): PairMarker | null {
  return readJson(trailingMarkerJson(body, PAIR_MARKER_PREFIX), pairMarkerSchema);
}

export function parseProgrammeMarker(body: string): ProgrammeMarker | null {
  return readJson(trailingMarkerJson(body, PROGRAMME_MARKER_PREFIX), programmeMarkerSchema);
}

/** A pair issue: an issue the app opened whose body ends with its pair marker. */
export interface PairIssue {
  issue: ProgrammeIssue;
  pair: PairMarker;
}

/**
 * The pair issues by pairIssueKey. Should two runs ever have raced to open one pair's issue, the
 * first opened (lowest number) is the pair's; see duplicatePairIssues for the others.
 */
export function findPairIssues(
  issues: readonly ProgrammeIssue[],
  appLogin: string,
): Map<string, PairIssue> {
  return sortPairIssues(issues, appLogin).found;
}

/** Pair issues opened again for a pair that already had one, each with the pair's issue. */
export function duplicatePairIssues(
  issues: readonly ProgrammeIssue[],
  appLogin: string,
): Array<PairIssue & { of: number }> {
  return sortPairIssues(issues, appLogin).duplicates;
}

function sortPairIssues(issues: readonly ProgrammeIssue[], appLogin: string) {
  const found = new Map<string, PairIssue>();
  const duplicates: Array<PairIssue & { of: number }> = [];
  for (const issue of [...issues].sort((a, b) => a.number - b.number)) {
    const pair = pairIssueOf(issue, appLogin);
    if (!pair) continue;
    const first = found.get(pairIssueKey(pair));
    if (first) duplicates.push({ issue, pair, of: first.issue.number });
    else found.set(pairIssueKey(pair), { issue, pair });
  }
  return { found, duplicates };
}

/** The pair an issue is about, when the app opened it as a pair issue. */
export function pairIssueOf(issue: ProgrammeIssue, appLogin: string): PairMarker | null {
  return byApp(issue.author, appLogin) ? parsePairMarker(issue.body) : null;
}

/** The app's programme comments on an issue, each with its marker, in order. */
export function appProgrammeComments(
  issue: ProgrammeIssue,
  appLogin: string,
): Array<{ comment: ProgrammeComment; marker: ProgrammeMarker; key: string }> {
  return issue.comments.flatMap((comment) => {
    const marker = byApp(comment.author, appLogin) ? parseProgrammeMarker(comment.body) : null;
    return marker ? [{ comment, marker, key: programmeMarkerKey(marker) }] : [];
  });
}

/** The app's comment with `key` on an issue (the first, should there be two), if any. */
export function appCommentWithKey(
  issue: ProgrammeIssue,
  key: string,
  appLogin: string,
): ProgrammeComment | undefined {
  return appProgrammeComments(issue, appLogin).find((c) => c.key === key)?.comment;
}

/**
 * The weekly run writes as the app when given its credentials, and as `github-actions[bot]` on
 * the workflow token. Both are trusted for programme markers: in the programme repository only
 * its own workflows can write as github-actions, and anyone who can change those can already
 * edit the pairings file. (Session markers stay app-only: see collect-sessions.)
 */
export const WORKFLOW_BOT_LOGIN = 'github-actions';

export function byApp(author: IssueAuthor, appLogin: string): boolean {
  const { login, isBot } = author;
  return (
    isAppAuthor({ login, isBot, appLogin }) ||
    isAppAuthor({ login, isBot, appLogin: WORKFLOW_BOT_LOGIN })
  );
}

function pickPair(pair: PairRef): PairRef {
  return { mentor: pair.mentor, mentee: pair.mentee, startedOn: pair.startedOn };
}

function readJson<T>(json: string | null, schema: z.ZodType<T>): T | null {
  if (json === null) return null;
  try {
    const result = schema.safeParse(JSON.parse(json));
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}
