import type { Config } from '../config/config-schema.js';
import { inertCode } from './inert-text.js';

export interface LabelSpec {
  name: string;
  /** Six hex digits, no "#", as GitHub's API takes it. */
  color: string;
  description: string;
}

/** The labels the app creates in each repository, from the configured names. */
export function labelSpecs(labels: Config['labels']): LabelSpec[] {
  return [
    {
      name: labels.mentorship,
      color: '0e8a16',
      description: 'A request for a mentor; mentorship-bot pairs it in the weekly plan',
    },
    {
      name: labels.seniorHelp,
      color: '5319e7',
      description: 'A senior help session: mentorship-bot routes it to a senior and logs sessions',
    },
  ];
}

export const CONFIG_PROBLEM_TITLE = 'mentorship-bot: configuration problem';
export const CONFIG_PROBLEM_MARKER = '<!-- mentorship-bot:config-problem -->';

/** The body of the one issue that tells a repository why the app is standing by. */
export function renderConfigProblem(params: { problems: readonly string[] }): string {
  return [
    'mentorship-bot found problems in `.github/mentorship.yml` (or the file it extends) and is doing nothing in this repository until they are fixed:',
    '',
    ...params.problems.map((p) => `- \`${inertCode(p.replace(/`/g, "'"))}\``),
    '',
    'Fix the file on the default branch; the next event after that uses it. This issue is updated, not repeated, while problems remain; close it once fixed.',
    '',
    CONFIG_PROBLEM_MARKER,
  ].join('\n');
}

/** True when the body ends with the config-problem marker, as the app writes it. */
export function isConfigProblemBody(body: string | null | undefined): boolean {
  return (body ?? '').trimEnd().endsWith(CONFIG_PROBLEM_MARKER);
}
