import type { PairRef } from './pair-marker.js';

/**
 * What the weekly run does in the programme repository once the week's pairings file is on the
 * default branch. Each effect carries the key of the marker it leaves, and the shell applies it
 * only when that marker is not there yet (looking again just before, for runs that race):
 *
 * - open-pair-issue   an issue by the app whose pair marker has `key` (pairIssueKey) → skip
 * - comment           an app comment on `issue` whose marker has `key` → skip
 * - upsert-comment    an app comment with `key` → edit it to `body` if it differs, else post
 * - close-pair-issue  post `body` unless an app comment with `key` is there; then close
 *
 * The planner itself leaves out what `issues` shows done, so planning again on the state the
 * effects produced yields nothing. The link on an enrolment issue needs the pair issue's number,
 * so it is planned once the pair issue exists: the shell applies the effects, adds the issues it
 * opened to `issues` and plans again; that second plan holds the links (and nothing already
 * done). A run that stops halfway is finished by the next in the same way.
 */
export type ProgrammeEffect =
  | {
      kind: 'open-pair-issue';
      key: string;
      pair: PairRef;
      title: string;
      body: string;
      labels: string[];
    }
  | {
      kind: 'comment';
      issue: number;
      key: string;
      about: 'nudge' | 'fit-question' | 'paired';
      body: string;
    }
  | { kind: 'upsert-comment'; issue: number; key: string; about: 'unpaired'; body: string }
  | { kind: 'close-pair-issue'; issue: number; key: 'close'; body: string }
  /** A ring, reverse pair or onboarding buddy's one issue (see format-issues.ts). */
  | {
      kind: 'open-format-issue';
      key: string;
      format: 'ring' | 'reverse' | 'buddy';
      title: string;
      body: string;
      labels: string[];
    };
