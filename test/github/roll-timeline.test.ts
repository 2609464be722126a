import { describe, expect, it } from 'vitest';
import type { Activity } from '../../src/core/people/person-schema.js';
import { rollTimeline, type TimelinePullRequest } from '../../src/github/read/person-timeline.js';
import { rollActivity } from '../../src/github/read/roll-activity.js';
import type { SpanReading } from '../../src/github/read/span-reading.js';

const WINDOW = { since: '2026-05-25', until: '2026-11-22' };

const week = (day: string, commits: number, reviews = 0) => ({
  week: day,
  commits,
  pullRequests: 0,
  reviews,
  issues: 0,
});
const area = (weeks: ReturnType<typeof week>[]): Activity => ({
  area: 'acme/api',
  kind: 'repository',
  commits: weeks.reduce((s, w) => s + w.commits, 0),
  pullRequests: 0,
  reviews: weeks.reduce((s, w) => s + w.reviews, 0),
  issues: 0,
  weeks,
});
const pr = (openedOn: string, number: number): TimelinePullRequest => ({
  repository: 'acme/api',
  number,
  openedOn,
  mergedOn: null,
  reviewsReceived: 0,
});
const reading = (parts: Partial<SpanReading>): SpanReading => ({
  activity: [],
  pullRequests: [],
  firstDay: null,
  ...parts,
});

describe('rolling weeks forward', () => {
  it('adds the week read at the end, takes the dropped days from their week, and sums the rest', () => {
    const base = [area([week('2026-05-18', 3), week('2026-06-01', 2), week('2026-11-09', 1)])];
    const rolled = rollActivity({
      base,
      add: [[area([week('2026-11-16', 4, 1)])]],
      remove: [[area([week('2026-05-18', 3)])]],
    });
    expect(rolled).toEqual([
      area([week('2026-06-01', 2), week('2026-11-09', 1), week('2026-11-16', 4, 1)]),
    ]);
    expect(rolled[0]?.commits).toBe(7);
  });

  it('leaves weeks out when some entry has none (an older snapshot)', () => {
    const { weeks: _weeks, ...old } = area([week('2026-06-01', 2)]);
    const rolled = rollActivity({
      base: [old],
      add: [[area([week('2026-11-16', 1)])]],
      remove: [],
    });
    expect(rolled[0]).toEqual({ ...old, commits: 3 });
  });
});

describe('rolling first contributions and pull requests forward', () => {
  const activity = [area([week('2026-06-01', 2)])];

  it('keeps a first day still inside the window, and pull requests opened inside it', () => {
    const rolled = rollTimeline({
      base: {
        firstContributionOn: '2026-06-02',
        pullRequests: [pr('2026-05-20', 1), pr('2026-06-03', 2)],
      },
      readings: [reading({ pullRequests: [{ ...pr('2026-11-18', 3), unread: true }] })],
      activity,
      window: WINDOW,
    });
    expect(rolled).toEqual({
      firstContributionOn: '2026-06-02',
      pullRequests: [pr('2026-06-03', 2), { ...pr('2026-11-18', 3), unread: true }],
    });
  });

  it('gives the window’s first day once the first contribution fell out of it', () => {
    const base = { firstContributionOn: '2026-05-20', pullRequests: [] };
    expect(rollTimeline({ base, readings: [], activity, window: WINDOW })).toEqual({
      firstContributionOn: WINDOW.since,
      pullRequests: [],
    });
    // … and nothing once nothing is left in the window.
    expect(rollTimeline({ base, readings: [], activity: [], window: WINDOW })).toEqual({
      pullRequests: [],
    });
  });

  it('takes the first day read for someone new, unless they contributed the year before', () => {
    const fresh = reading({ firstDay: '2026-11-17', contributedBefore: false });
    expect(
      rollTimeline({ base: { pullRequests: [] }, readings: [fresh], activity, window: WINDOW }),
    ).toMatchObject({ firstContributionOn: '2026-11-17' });
    const returning = { ...fresh, contributedBefore: true };
    expect(
      rollTimeline({ base: undefined, readings: [returning], activity, window: WINDOW }),
    ).toMatchObject({ firstContributionOn: WINDOW.since });
  });
});
