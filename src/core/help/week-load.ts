import { addDays, weekStart } from '../dates.js';
import { LoginMap, LoginSet } from '../people/login.js';
import { type SessionMarker, sessionFromMarker } from '../session-records/session-marker.js';

/** A senior-help issue active this week, as the load reader sees it. */
export interface LoadIssue {
  repository: string;
  number: number;
  assignees: readonly string[];
  /** Session markers from the app's own replies on the issue. */
  markers: readonly SessionMarker[];
}

export interface WeekLoad {
  minutesThisWeek: number;
  sessionsThisWeek: number;
  helpIssuesThisWeek: number;
}

/**
 * Each senior's load in the ISO week of `day`: sessions they led (and their minutes) dated that
 * week, and the help issues assigned to them, the issue being routed left out.
 */
export function weekLoad(params: {
  seniors: readonly string[];
  day: string;
  issues: readonly LoadIssue[];
  current: { repository: string; number: number };
}): LoginMap<WeekLoad> {
  const from = weekStart(params.day);
  const to = addDays(from, 6);
  const load = new LoginMap<WeekLoad>(
    params.seniors.map((s) => [
      s,
      { minutesThisWeek: 0, sessionsThisWeek: 0, helpIssuesThisWeek: 0 },
    ]),
  );
  const seen = new Set<string>();
  const isCurrent = (i: LoadIssue) =>
    i.repository.toLowerCase() === params.current.repository.toLowerCase() &&
    i.number === params.current.number;
  for (const issue of params.issues) {
    if (!isCurrent(issue)) {
      for (const a of new LoginSet(issue.assignees).logins()) {
        const entry = load.get(a);
        if (entry) entry.helpIssuesThisWeek += 1;
      }
    }
    for (const marker of issue.markers) {
      const session = sessionFromMarker(marker);
      if (!session || session.date < from || session.date > to || seen.has(session.id)) continue;
      seen.add(session.id);
      const entry = load.get(session.mentor);
      if (!entry) continue;
      entry.sessionsThisWeek += 1;
      entry.minutesThisWeek += session.durationMins;
    }
  }
  return load;
}
