import { describe, expect, it } from 'vitest';
import { storedBases } from '../../src/action/steps/activity-store-bases.js';

const WINDOW = { since: '2026-05-18', until: '2026-11-15' };
const WHERE = 'branch `mentorship-bot/activity`';
const activity = [
  { area: 'acme/api', kind: 'repository', commits: 3, pullRequests: 1, reviews: 0, issues: 0 },
];

const file = (path: string, fields: Record<string, unknown>) => ({
  path,
  text: JSON.stringify({
    kind: 'mentorship-activity-checkpoint',
    version: 1,
    organization: 'acme',
    window: WINDOW,
    activity: { ada: activity },
    pending: 0,
    ...fields,
  }),
});

const start = (files: {
  week?: ReturnType<typeof file> | { path: string; text: string };
  checkpoint?: ReturnType<typeof file>;
}) =>
  storedBases({
    org: 'acme',
    window: WINDOW,
    where: WHERE,
    week: files.week ?? null,
    checkpoint: files.checkpoint ?? null,
  });

describe('what a run starts from, out of the activity its branch keeps', () => {
  it('uses the checkpoint before last week, so its newer counts win', () => {
    const week = file('activity.json', { window: { since: '2026-05-11', until: '2026-11-08' } });
    const checkpoint = file('activity.checkpoint.json', { pending: 4, activity: { bob: [] } });
    const result = start({ week, checkpoint });
    expect(result.bases.map((b) => Object.keys(b.activity))).toEqual([['bob'], ['ada']]);
    expect(result.warnings).toEqual([]);
    expect(result.info).toEqual([
      `Activity: carrying on from the checkpoint on ${WHERE} (1 person already read, 2026-05-18 to 2026-11-15).`,
      `Activity: rolling forward the week kept on ${WHERE} (2026-05-11 to 2026-11-08); only the days added and dropped are read.`,
    ]);
  });

  it('leaves out a checkpoint a finished week overtook', () => {
    const old = { window: { since: '2026-05-11', until: '2026-11-08' } };
    const result = start({
      week: file('activity.json', {}),
      checkpoint: file('activity.checkpoint.json', old),
    });
    expect(result.bases).toHaveLength(1);
    expect(result.info[0]).toBe(
      `the checkpoint on ${WHERE} is older than its finished week: not used`,
    );
  });

  it('leaves out a week sharing no day with the window, and an unreadable file, saying why', () => {
    const stale = file('activity.json', { window: { since: '2025-01-06', until: '2025-07-06' } });
    expect(start({ week: stale })).toEqual({
      bases: [],
      warnings: [],
      info: [
        `activity.json on ${WHERE} covers 2025-01-06 to 2025-07-06, no day of this run's window (2026-05-18 to 2026-11-15): not used`,
        `Activity: nothing usable on ${WHERE} yet; reading the whole window.`,
      ],
    });
    const broken = start({ week: { path: 'activity.json', text: '{"kind":' } });
    expect(broken.bases).toEqual([]);
    expect(broken.warnings).toEqual([
      expect.stringMatching(
        /^activity\.json on branch `mentorship-bot\/activity` is not valid JSON \(.+\): not used$/,
      ),
    ]);
  });
});
