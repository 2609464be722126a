import type { Config } from '../../core/config/config-schema.js';
import { toPerson } from '../../core/people/person.js';
import { buildReport, type Report } from '../../core/reports/build-report.js';
import { lastWeeks } from '../../core/reports/report-period.js';
import type { Snapshot } from '../../core/snapshot/snapshot-schema.js';

/** The report covers the four complete weeks before this one, so every bar is a whole week. */
export const REPORT_WEEKS = 4;
const MAX_TOPICS = 15;

export function reportSessions(params: { snapshot: Snapshot; config: Config }): Report {
  const { snapshot, config } = params;
  return buildReport({
    sessions: snapshot.sessions,
    people: snapshot.people.map((p) => toPerson(p, config.roles)),
    ...lastWeeks({ asOf: snapshot.asOf, weeks: REPORT_WEEKS }),
    weeklyTarget: config.sessions.weeklyTarget,
    inactiveWeeks: config.sessions.inactiveWeeks,
    pairing: config.pairing,
    helpIssues: snapshot.helpIssues,
  });
}

/**
 * Sessions per topic in the report's period, most frequent first. Session detail: call it only
 * for a private repository.
 */
export function topicCounts(params: {
  snapshot: Snapshot;
  report: Report;
}): Array<{ topic: string; sessions: number }> {
  const { since, until } = params.report.period;
  const counts = new Map<string, { topic: string; sessions: number }>();
  for (const s of params.snapshot.sessions) {
    if (s.date < since || s.date > until) continue;
    for (const topic of new Set(s.topics.map((t) => t.trim()))) {
      const key = topic.toLowerCase();
      const entry = counts.get(key) ?? { topic, sessions: 0 };
      entry.sessions += 1;
      counts.set(key, entry);
    }
  }
  return [...counts.values()]
    .sort((a, b) => b.sessions - a.sessions || (a.topic < b.topic ? -1 : a.topic > b.topic ? 1 : 0))
    .slice(0, MAX_TOPICS);
}
