import type { Config } from '../config/config-schema.js';
import { daysBetween, weekStart } from '../dates.js';
import type { PairingsFile, PlannedPair } from '../pairing/pairings-file.js';
import type { Session } from '../sessions/session-schema.js';
import { nudgeDue } from './check-ins.js';
import { endKindOf } from './end-reason.js';
import { formatIssueEffects } from './format-issues.js';
import { type PairPerson, pairIssueText } from './pair-issue-text.js';
import {
  appCommentWithKey,
  duplicatePairIssues,
  findPairIssues,
  type PairRef,
  pairIssueKey,
  programmeKeys,
} from './pair-marker.js';
import { pairSessionDays } from './pair-sessions.js';
import { type PairThread, readPairThread } from './pair-thread.js';
import {
  closingText,
  duplicateText,
  fitQuestionText,
  nudgeText,
  pairedText,
  unpairedText,
} from './programme-comment-text.js';
import type { ProgrammeEffect } from './programme-effect.js';
import type { ProgrammeIssue } from './programme-issue.js';

export type { ProgrammeEffect } from './programme-effect.js';

/**
 * What the weekly run does in the programme repository once the week's pairings file is on the
 * default branch (see ProgrammeEffect for how the shell applies each, and plans twice).
 *
 * - a running pair (file.pairs) with no pair issue, open or closed → open-pair-issue
 * - an open pair issue whose pair is not running → close-pair-issue (reason if detail shown)
 * - an open second issue for one pair (two runs raced) → close-pair-issue, pointing to the first
 * - a running pair, issue open, quiet for nudgeAfterWeeks and not nudged for 7 days → nudge
 * - a running pair, issue open, with a session and not asked yet → the fit question
 * - each person of a running pair with an enrolment issue and no link yet → the link
 * - each unpaired mentee with an enrolment issue → their reply, when its text changed
 */
export interface ProgrammeEffectsInput {
  file: Pick<PairingsFile, 'week' | 'pairs' | 'ended' | 'unpaired'> &
    Partial<Pick<PairingsFile, 'formats'>>;
  /** The programme repository's issues: pair issues and enrolment issues, with comments. */
  issues: readonly ProgrammeIssue[];
  /**
   * Every session, logged anywhere; null when the caller has none to hand (a run that only
   * introduces): then check-ins (nudges, the fit question) wait for the weekly run.
   */
  sessions: readonly Pick<Session, 'mentor' | 'mentees' | 'date'>[] | null;
  personOf: (login: string) => PairPerson | undefined;
  enrolmentIssueOf: (login: string) => number | undefined;
  asOf: string;
  /** When the next weekly run is: told to mentees left unpaired. */
  nextRun: string;
  config: Pick<Config, 'programme' | 'pairing' | 'labels' | 'help'>;
  /** showDetail: true only for a private repository (reasons, time zones may be shown). */
  disclosure: { showDetail: boolean };
}

export function planProgrammeEffects(input: ProgrammeEffectsInput): ProgrammeEffect[] {
  const { file, issues, config } = input;
  const appLogin = config.help.appLogin;
  const found = findPairIssues(issues, appLogin);
  const running = new Set(file.pairs.map(pairIssueKey));
  const effects: ProgrammeEffect[] = file.pairs
    .filter((pair) => !found.has(pairIssueKey(pair)))
    .map((pair) => openEffect(pair, input));
  const threads = [...found.values()]
    .map(({ issue }) =>
      readPairThread({ issue, appLogin, maxExtensionWeeks: config.programme.maxExtensionWeeks }),
    )
    .filter((t): t is PairThread => t !== null)
    .sort((a, b) => a.number - b.number);
  for (const thread of threads) {
    if (running.has(pairIssueKey(thread.pair))) effects.push(...runningPairEffects(thread, input));
    else if (thread.state === 'open') effects.push(closeEffect(thread, input));
  }
  for (const duplicate of duplicatePairIssues(issues, appLogin)) {
    if (duplicate.issue.state === 'open')
      effects.push({
        kind: 'close-pair-issue',
        issue: duplicate.issue.number,
        key: programmeKeys.close,
        body: duplicateText(duplicate.of),
      });
  }
  for (const pair of file.pairs) {
    const pairIssue = found.get(pairIssueKey(pair));
    if (pairIssue) effects.push(...linkEffects(pair, pairIssue.issue.number, input));
  }
  effects.push(...unpairedEffects(input));
  if (file.formats)
    effects.push(
      ...formatIssueEffects({
        formats: file.formats,
        issues: input.issues,
        config,
        showDetail: input.disclosure.showDetail,
      }),
    );
  return effects;
}

function openEffect(pair: PlannedPair, input: ProgrammeEffectsInput): ProgrammeEffect {
  const text = pairIssueText({
    pair,
    mentor: input.personOf(pair.mentor),
    mentee: input.personOf(pair.mentee),
    config: input.config,
    showDetail: input.disclosure.showDetail,
  });
  return {
    kind: 'open-pair-issue',
    key: pairIssueKey(pair),
    pair: { mentor: pair.mentor, mentee: pair.mentee, startedOn: pair.startedOn },
    labels: [input.config.labels.mentorship],
    ...text,
  };
}

/** Nudge when quiet for nudgeAfterWeeks (at most weekly); ask the fit question after a session. */
function runningPairEffects(thread: PairThread, input: ProgrammeEffectsInput): ProgrammeEffect[] {
  const { asOf, config } = input;
  // A pair issue someone closed by hand is left quiet; the pair itself runs on.
  if (thread.state === 'closed' || input.sessions === null) return [];
  const pair = thread.pair;
  const days = pairSessionDays({ pair, sessions: input.sessions, asOf });
  const lastSession = days.at(-1);
  const effects: ProgrammeEffect[] = [];
  const week = weekStart(asOf);
  const nudgeKey = programmeKeys.nudge(week);
  if (
    !thread.markerKeys.has(nudgeKey) &&
    nudgeDue({ pair, lastSession, nudges: thread.nudges, asOf, programme: config.programme })
  ) {
    const weeks = Math.floor(daysBetween(lastSession ?? pair.startedOn, asOf) / 7);
    const body = nudgeText({ pair, lastSession, weeks, week });
    effects.push({ kind: 'comment', issue: thread.number, key: nudgeKey, about: 'nudge', body });
  }
  if (days.length > 0 && !thread.markerKeys.has(programmeKeys.fitQuestion)) {
    const body = fitQuestionText({ pair, showDetail: input.disclosure.showDetail });
    effects.push({
      kind: 'comment',
      issue: thread.number,
      key: programmeKeys.fitQuestion,
      about: 'fit-question',
      body,
    });
  }
  return effects;
}

function closeEffect(thread: PairThread, input: ProgrammeEffectsInput): ProgrammeEffect {
  const { file, config, disclosure } = input;
  const key = pairIssueKey(thread.pair);
  const ended = file.ended.find((e) => pairIssueKey(e) === key);
  const reason = disclosure.showDetail ? ended?.reason : undefined;
  const body = closingText({
    pair: thread.pair,
    reason,
    marker: { v: 1, kind: 'close', ...(reason ? { reason: endKindOf(reason) } : {}) },
    postMortem: config.programme.outline.at(-1) ?? 'the post-mortem',
    postMortemDone: thread.postMortemDone,
  });
  return { kind: 'close-pair-issue', issue: thread.number, key: programmeKeys.close, body };
}

/** "Paired with @x: see #N" on each person's enrolment issue, once. */
function linkEffects(
  pair: PairRef,
  issue: number,
  input: ProgrammeEffectsInput,
): ProgrammeEffect[] {
  return (['mentee', 'mentor'] as const).flatMap((role): ProgrammeEffect[] => {
    const enrolment = input.enrolmentIssueOf(pair[role]);
    if (enrolment === undefined) return [];
    const body = pairedText({ pair, issue, for: role });
    const key = programmeKeys.paired(pair);
    if (hasAppComment(input, enrolment, key)) return [];
    return [{ kind: 'comment', issue: enrolment, key, about: 'paired', body }];
  });
}

/** One reply per unpaired mentee's request, rewritten when the week (or the reasons) change. */
function unpairedEffects(input: ProgrammeEffectsInput): ProgrammeEffect[] {
  const { file, disclosure } = input;
  // Only the main plan's: a mentee without a second mentor in a later track still has their
  // first, so "I could not pair you" would be wrong there (the job summary lists those).
  return file.unpaired.flatMap((u): ProgrammeEffect[] => {
    if (u.track) return [];
    const enrolment = input.enrolmentIssueOf(u.mentee);
    if (enrolment === undefined) return [];
    const body = unpairedText({
      mentee: u.mentee,
      week: file.week,
      nextRun: input.nextRun,
      reasons: disclosure.showDetail ? u.reasons : undefined,
    });
    const key = programmeKeys.unpaired(u.mentee);
    const existing = appComment(input, enrolment, key);
    if (existing && sameText(existing.body, body)) return [];
    return [{ kind: 'upsert-comment', issue: enrolment, key, about: 'unpaired', body }];
  });
}

function appComment(input: ProgrammeEffectsInput, issue: number, key: string) {
  const found = input.issues.find((i) => i.number === issue);
  return found && appCommentWithKey(found, key, input.config.help.appLogin);
}

function hasAppComment(input: ProgrammeEffectsInput, issue: number, key: string): boolean {
  return appComment(input, issue, key) !== undefined;
}

/** GitHub may hand a body back with CRLF line ends or without the final newline. */
function sameText(a: string, b: string): boolean {
  const norm = (s: string) => s.replace(/\r\n/g, '\n').trimEnd();
  return norm(a) === norm(b);
}
