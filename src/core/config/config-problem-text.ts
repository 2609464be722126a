import { inertCode } from '../comments/inert-text.js';

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
