import { compareText } from '../../core/compare-text.js';
import type { WeekActivity } from '../../core/outcomes/contribution-schema.js';
import type { Activity } from '../../core/people/person-schema.js';

const COUNTERS = ['commits', 'pullRequests', 'reviews', 'issues'] as const;
type Counts = Record<(typeof COUNTERS)[number], number>;

const zero = (): Counts => ({ commits: 0, pullRequests: 0, reviews: 0, issues: 0 });

/**
 * Activity over a base window, plus what was read for the days added to it, minus what was read
 * for the days that fell out: the same counts as reading the new window whole. Weeks roll the
 * same way (weeks added at the end, weeks dropped at the start), and when every entry has them
 * the totals are their sums, so the two always agree. A count never goes below zero (a
 * repository renamed or a language changed between the two reads would otherwise leave a
 * negative); a week, or an area, whose counts all reach zero is dropped. Ordered as
 * contributionsToActivity orders it: languages, then repositories, each by name.
 */
export function rollActivity(params: {
  base: readonly Activity[];
  add: ReadonlyArray<readonly Activity[]>;
  remove: ReadonlyArray<readonly Activity[]>;
}): Activity[] {
  const all = [params.base, ...params.add, ...params.remove].flat();
  const timeline = all.every((a) => a.weeks !== undefined);
  const areas = new Map<string, { area: Activity; weeks: Map<string, Counts> }>();
  const apply = (entries: readonly Activity[], sign: 1 | -1) => {
    for (const entry of entries) {
      const key = `${entry.kind}\u0000${entry.area}`;
      const into = areas.get(key) ?? {
        area: { area: entry.area, kind: entry.kind, ...zero() },
        weeks: new Map<string, Counts>(),
      };
      for (const counter of COUNTERS) into.area[counter] += sign * entry[counter];
      for (const week of entry.weeks ?? []) {
        const counts = into.weeks.get(week.week) ?? zero();
        for (const counter of COUNTERS) counts[counter] += sign * week[counter];
        into.weeks.set(week.week, counts);
      }
      areas.set(key, into);
    }
  };
  apply(params.base, 1);
  for (const entries of params.add) apply(entries, 1);
  for (const entries of params.remove) apply(entries, -1);
  const kept = [...areas.values()]
    .map(({ area, weeks }) => (timeline ? withWeeks(area, weeks) : clamped(area)))
    .filter((a) => COUNTERS.some((counter) => a[counter] > 0));
  const byName = (a: Activity, b: Activity) => compareText(a.area, b.area);
  return [
    ...kept.filter((a) => a.kind === 'language').sort(byName),
    ...kept.filter((a) => a.kind === 'repository').sort(byName),
  ];
}

function clamped(area: Activity): Activity {
  for (const counter of COUNTERS) area[counter] = Math.max(0, area[counter]);
  return area;
}

function withWeeks(area: Activity, byWeek: ReadonlyMap<string, Counts>): Activity {
  const weeks: WeekActivity[] = [...byWeek]
    .map(([week, counts]) => {
      const row: WeekActivity = { week, ...zero() };
      for (const counter of COUNTERS) row[counter] = Math.max(0, counts[counter]);
      return row;
    })
    .filter((w) => COUNTERS.some((counter) => w[counter] > 0))
    .sort((a, b) => compareText(a.week, b.week));
  const totals = zero();
  for (const w of weeks) for (const counter of COUNTERS) totals[counter] += w[counter];
  return { ...area, ...totals, weeks };
}
