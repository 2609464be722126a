import type { Config } from '../../core/config/config-schema.js';
import { programmeCounts } from '../../core/programme/programme-counts.js';
import type { ProgrammeIssue } from '../../core/programme/programme-issue.js';
import { table } from '../render/markdown.js';
import type { ReconcileResult } from './reconcile-programme.js';

/**
 * The programme in the job summary: what this run did, then the programme's totals. Counts
 * only, never who answered what: the summary is readable by everyone who can read the run.
 */
export function programmeSummary(params: {
  result: ReconcileResult | null;
  issues: readonly ProgrammeIssue[];
  config: Config;
}): string {
  const { result, issues, config } = params;
  const lines = ['## Programme', ''];
  if (result) {
    const verb = result.dryRun ? 'would' : '';
    const did = (n: number, what: string) => [verb ? `${what} (dry run)` : what, String(n)];
    lines.push(
      table({
        headers: ['This run', 'Pairs'],
        rows: [
          did(result.introduced, 'introduced (pair issue opened)'),
          did(result.formatsIntroduced, 'rings, reverse pairs and buddies introduced'),
          did(result.nudged, 'nudged'),
          did(result.fitAsked, 'asked about fit'),
          did(result.closed, 'closed with the post-mortem prompt'),
          did(result.linked, 'enrolments linked to their pair'),
          did(result.unpairedTold, 'unpaired mentees told why'),
        ],
        align: ['l', 'r'],
      }),
      '',
    );
  }
  const counts = programmeCounts({ issues, appLogin: config.help.appLogin });
  const ended = Object.entries(counts.pairsEnded)
    .filter(([, n]) => n > 0)
    .map(([reason, n]) => `${reason} ${n}`);
  const fit = Object.entries(counts.fitAnswers).map(([answer, n]) => `${answer} ${n}`);
  lines.push(
    table({
      headers: ['So far', 'Count'],
      rows: [
        ['pairs introduced', String(counts.pairsIntroduced)],
        ['pairs nudged', String(counts.pairsNudged)],
        ['pairs ended', ended.length ? ended.join(', ') : '0'],
        ['fit answers', fit.join(', ')],
        ['post-mortems done', String(counts.postMortemsDone)],
      ],
      align: ['l', 'r'],
    }),
    '',
  );
  return lines.join('\n');
}
