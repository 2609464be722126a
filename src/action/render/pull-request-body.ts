import type { PairingsFile } from '../../core/pairing/pairings-file.js';
import { fitToSize, inline } from './markdown.js';

/** GitHub refuses pull request bodies over 65,536 characters; stay well clear of it. */
export const PULL_REQUEST_BODY_LIMIT = 60_000;

const counts = (f: PairingsFile) =>
  `${f.summary.new} new, ${f.summary.continuing} continuing, ${f.summary.ended} ended, ${f.summary.unpaired} unpaired`;

export function commitMessage(planned: PairingsFile): string {
  return `mentorship: pairings for the week of ${planned.week} (${counts(planned)})`;
}

export function pullRequestTitle(planned: PairingsFile): string {
  return `Mentorship pairings for the week of ${planned.week}`;
}

/**
 * What changes this week: new pairs with their reasons, ended pairs with why, mentees left
 * unpaired with why. Built from the pairings file only, which holds no session detail.
 */
export function pullRequestBody(params: { planned: PairingsFile; path: string }): string {
  const { planned, path } = params;
  const fresh = planned.pairs.filter((p) => p.status === 'new');
  const continuing = planned.pairs.filter((p) => p.status === 'continuing');
  const lines = [
    `Pairings for **${inline(planned.organization)}**, week of ${planned.week}: ${counts(planned)}.`,
    '',
    `Merge to accept them into \`${path}\`. This pull request is reused every week: the next run replaces its commit.`,
    '',
    `### New pairs (${fresh.length})`,
    ...(fresh.length
      ? fresh.map(
          (p) =>
            `- **${p.mentor} → ${p.mentee}** (fit ${p.fit.toFixed(2)}, until ${p.endsOn}): ${inline(p.reasons.join('; '))}`,
        )
      : ['None.']),
    '',
    `### Ended pairs (${planned.ended.length})`,
    ...(planned.ended.length
      ? planned.ended.map(
          (e) => `- ${e.mentor} → ${e.mentee} (since ${e.startedOn}): ${inline(e.reason)}`,
        )
      : ['None.']),
    '',
    `### Unpaired mentees (${planned.unpaired.length})`,
    ...(planned.unpaired.length
      ? planned.unpaired.map((u) => `- ${u.mentee}: ${inline(u.reasons.join('; '))}`)
      : ['None.']),
    '',
    `<details><summary>Continuing pairs (${continuing.length})</summary>`,
    '',
    ...continuing.map(
      (p) => `- ${p.mentor} → ${p.mentee} (since ${p.startedOn}, until ${p.endsOn})`,
    ),
    '',
    '</details>',
    '',
  ];
  return fitToSize({
    markdown: lines.join('\n'),
    limitBytes: PULL_REQUEST_BODY_LIMIT,
    note: `Shortened to fit a pull request; the full list is in ${path}.`,
  });
}
