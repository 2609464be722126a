import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { exportedNames, metricNamesIn } from './promql-names.js';

const root = resolve(import.meta.dirname, '../..');
const RULES = 'deploy/prometheus/alerts.yml';
const RULE_TESTS = [
  'deploy/prometheus/alerts.test.yml',
  'deploy/prometheus/alerts-intention.test.yml',
];

/**
 * promtool comes with Debian's `prometheus` package, which .ci/run installs. Locally without it
 * the promtool checks are skipped; in CI (CI set) its absence fails them, so a green CI always
 * means the rules were checked.
 */
const hasPromtool = spawnSync('promtool', ['--version'], { stdio: 'ignore' }).status === 0;
const promtool = (args: string[]) =>
  execFileSync('promtool', args, { cwd: root, encoding: 'utf8', stdio: 'pipe' });

describe('the Prometheus alert rules', () => {
  const rules = (
    parse(readFileSync(resolve(root, RULES), 'utf8')) as {
      groups: Array<{ rules: Array<{ alert: string; expr: string }> }>;
    }
  ).groups.flatMap((g) => g.rules);

  it('use only metrics the App exports', async () => {
    const exported = await exportedNames();
    const unknown = rules.flatMap((r) =>
      metricNamesIn(r.expr)
        .filter((name) => !exported.has(name))
        .map((name) => `${r.alert}: ${name}`),
    );
    expect(unknown).toEqual([]);
    expect(rules.map((r) => r.alert)).toEqual(
      expect.arrayContaining(['MentorshipWebhookErrors', 'MentorBelowIntention']),
    );
  });

  it.runIf(hasPromtool || process.env.CI)('pass promtool check rules and their unit tests', () => {
    if (!hasPromtool)
      throw new Error(
        'promtool is not on PATH in CI: .ci/run must install it (apt-get install -y prometheus)',
      );
    expect(promtool(['check', 'rules', RULES])).toContain('SUCCESS');
    expect(promtool(['test', 'rules', ...RULE_TESTS])).toContain('SUCCESS');
  });
});
