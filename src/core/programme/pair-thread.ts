import { sameLogin } from '../people/login.js';
import type { EndKind } from './end-reason.js';
import { OUTLINE_HEADING } from './pair-issue-text.js';
import { appProgrammeComments, type PairMarker, pairIssueOf } from './pair-marker.js';
import { type FitAnswer, programmeCommandsIn } from './programme-command.js';
import { dayOf, type ProgrammeIssue } from './programme-issue.js';

/** A person's latest answer to the fit question. Who answered stays inside the core. */
export interface FitReply {
  login: string;
  answer: FitAnswer;
  on: string;
}

/** One `/mentorship extend` and whether it fitted under programme.maxExtensionWeeks. */
export interface ExtensionRequest {
  login: string;
  weeks: number;
  on: string;
  granted: boolean;
}

/** What a pair issue says: its pair, and what the app and the two people have done on it. */
export interface PairThread {
  number: number;
  state: ProgrammeIssue['state'];
  pair: PairMarker;
  /** Days the app nudged, earliest first. */
  nudges: string[];
  /** Keys of the app's programme comments here (see programmeMarkerKey). */
  markerKeys: Set<string>;
  fitQuestionAsked: boolean;
  /** The latest answer of each of the two people, mentor first; others' answers are not read. */
  fitAnswers: FitReply[];
  /** Weeks granted in all, never above maxExtensionWeeks. */
  extensionWeeks: number;
  extensions: ExtensionRequest[];
  /** The app's closing comment, with the reason kind when it was written down. */
  closedByApp: { on: string; reason: EndKind | undefined } | null;
  /** The outline's last line (the post-mortem) is ticked in the body. */
  postMortemDone: boolean;
  /** When the body was last edited: when the post-mortem was ticked, if it is. */
  editedOn: string;
}

/**
 * Reads one pair issue, or null when it is not one (not opened by the app, or no pair marker).
 * Commands count from the two people only, on or after the pair's start; extensions are granted
 * in the order asked while they fit under the cap, and one that would go over it is refused
 * whole (a later, smaller one may still fit).
 */
export function readPairThread(params: {
  issue: ProgrammeIssue;
  appLogin: string;
  maxExtensionWeeks: number;
}): PairThread | null {
  const { issue, appLogin, maxExtensionWeeks } = params;
  const pair = pairIssueOf(issue, appLogin);
  if (!pair) return null;
  const own = appProgrammeComments(issue, appLogin);
  const closing = own.find((c) => c.marker.kind === 'close');
  const thread: PairThread = {
    number: issue.number,
    state: issue.state,
    pair,
    nudges: own.filter((c) => c.marker.kind === 'nudge').map((c) => dayOf(c.comment.createdAt)),
    markerKeys: new Set(own.map((c) => c.key)),
    fitQuestionAsked: own.some((c) => c.marker.kind === 'fit-question'),
    fitAnswers: [],
    extensionWeeks: 0,
    extensions: [],
    closedByApp: closing
      ? {
          on: dayOf(closing.comment.createdAt),
          reason: closing.marker.kind === 'close' ? closing.marker.reason : undefined,
        }
      : null,
    postMortemDone: postMortemTicked(issue.body),
    editedOn: dayOf(issue.editedAt),
  };
  thread.nudges.sort();
  readCommands(issue, thread, maxExtensionWeeks);
  return thread;
}

function readCommands(issue: ProgrammeIssue, thread: PairThread, maxExtensionWeeks: number): void {
  const { pair } = thread;
  const latestFit = new Map<'mentor' | 'mentee', FitReply>();
  const comments = [...issue.comments].sort((a, b) =>
    a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id - b.id,
  );
  for (const comment of comments) {
    const on = dayOf(comment.createdAt);
    if (on < pair.startedOn) continue;
    const role = sameLogin(comment.author.login, pair.mentor)
      ? 'mentor'
      : sameLogin(comment.author.login, pair.mentee)
        ? 'mentee'
        : null;
    if (!role) continue;
    const login = pair[role];
    for (const command of programmeCommandsIn(comment.body)) {
      if (command.kind === 'fit') latestFit.set(role, { login, answer: command.answer, on });
      if (command.kind === 'extend') {
        const granted = thread.extensionWeeks + command.weeks <= maxExtensionWeeks;
        if (granted) thread.extensionWeeks += command.weeks;
        thread.extensions.push({ login, weeks: command.weeks, on, granted });
      }
    }
  }
  thread.fitAnswers = (['mentor', 'mentee'] as const).flatMap((r) => latestFit.get(r) ?? []);
}

/**
 * True when the last checklist line under the outline heading is ticked. The body's own lines
 * are read, not the configured outline, so editing the outline in config later changes nothing
 * for issues already open.
 */
export function postMortemTicked(body: string): boolean {
  const lines = body.split(/\r?\n/);
  const start = lines.findIndex((l) => l.trim() === OUTLINE_HEADING);
  if (start < 0) return false;
  let last: string | undefined;
  for (const line of lines.slice(start + 1)) {
    if (/^#{1,6}\s/.test(line.trim())) break;
    if (/^\s*[-*+] \[[ xX]\]/.test(line)) last = line;
  }
  return last !== undefined && /^\s*[-*+] \[[xX]\]/.test(last);
}
