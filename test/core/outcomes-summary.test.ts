import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { summaryMarkdown } from '../../src/action/render/summary-markdown.js';
import { parseConfig } from '../../src/core/config/parse-config.js';
import { reportOutcomes } from '../../src/core/outcomes/report-outcomes.js';
import { toPerson } from '../../src/core/people/person.js';
import { buildReport } from '../../src/core/reports/build-report.js';
import { parseSnapshot } from '../../src/core/snapshot/snapshot-schema.js';

const parsedConfig = parseConfig(parse(readFileSync('examples/acme/mentorship.yml', 'utf8')));
const parsedSnapshot = parseSnapshot(
  JSON.parse(readFileSync('examples/acme/snapshot.json', 'utf8')),
);
if (!parsedConfig.ok || !parsedSnapshot.ok) throw new Error('the example does not parse');
const config = parsedConfig.value;
const snapshot = parsedSnapshot.value;
const report = buildReport({
  sessions: snapshot.sessions,
  people: snapshot.people.map((p) => toPerson(p, config.roles)),
  until: snapshot.asOf,
  days: 28,
  weeklyTarget: config.sessions.weeklyTarget,
  inactiveWeeks: config.sessions.inactiveWeeks,
});
const summary = (visibility: 'private' | 'public') => {
  const outcomes = reportOutcomes({ snapshot, config, visibility });
  return summaryMarkdown({
    organization: 'acme',
    week: '2026-11-16',
    path: 'p.json',
    planned: null,
    write: null,
    report: outcomes ? { ...report, outcomes } : report,
    topics: null,
  });
};

describe('the job summary’s outcomes', () => {
  it('in a private repository: a cohort table and a chart of level change per cohort', () => {
    const text = summary('private');
    expect(text).toContain('### What mentoring changed');
    expect(text).toContain('| **All** | 16 | +1.00 (14) | 0.00 (24) | 12 (6) | 24 (4) |');
    expect(text).toContain('| 2026-05-25 | 1 | not enough people yet (1) |');
    expect(text).toContain(
      'title "Median level change per cohort (bars: with a mentor; line: without)"',
    );
    expect(text).toContain('x-axis ["10-26", "11-02", "11-09", "all"]');
    expect(text).toContain('bar [1, 0, 0.5, 1]');
    const section = text.slice(text.indexOf('### What mentoring changed'));
    for (const p of snapshot.people) expect(section).not.toContain(p.login);
  });

  it('in a public repository: no outcome section at all', () => {
    const text = summary('public');
    expect(text).not.toContain('What mentoring changed');
    expect(text).not.toContain('level change');
  });
});
