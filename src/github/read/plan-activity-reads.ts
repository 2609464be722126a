import { addDays } from '../../core/dates.js';
import { LoginMap } from '../../core/people/login.js';
import type { Activity } from '../../core/people/person-schema.js';
import { type DaySpan, spanChanges } from './activity-spans.js';
import { canRoll, type PersonTimeline } from './person-timeline.js';
import { type ContributionKind, KINDS } from './queries.js';

/** Activity already counted over a window: last week's snapshot, or a run's checkpoint. */
export interface ActivityBase {
  window: DaySpan;
  activity: Readonly<Record<string, readonly Activity[]>>;
  /** First contributions and pull requests per person, where the base has them. */
  timeline?: Readonly<Record<string, PersonTimeline>>;
}

/** One person's contributions over one span, to be added to (or taken from) their counts. */
export interface ReadTask {
  login: string;
  /** Index into the plan's spans. */
  span: number;
  sign: 1 | -1;
  /** A span (index) to ask only whether they contributed in it: the year before the window. */
  prior?: number;
  /** Repositories per kind to ask for; unknown until the totals were read (or skipped). */
  repositories?: Partial<Record<ContributionKind, number>>;
}

export interface ActivityPlan {
  spans: DaySpan[];
  tasks: ReadTask[];
  /** People whose counts carry over unchanged (their base already covers the window). */
  unchanged: Map<string, readonly Activity[]>;
  /** Each person's base counts, for those rolled forward rather than read whole. */
  bases: LoginMap<readonly Activity[]>;
  /** The timeline held for everyone unchanged or rolled forward. */
  timelines: LoginMap<PersonTimeline>;
  /** People read over the whole window (no usable base). */
  whole: number;
}

/**
 * What to read so every login ends with counts over `window`: nothing for a person whose base
 * already covers it, the days added and dropped for one whose base overlaps it, the whole window
 * for anyone else (and for a base without weeks). The first base holding a login wins (a
 * checkpoint before last week's file). Whoever has no first contribution yet is also asked
 * whether they contributed in the year before the window, so a returning person is no newcomer.
 */
export function planActivityReads(params: {
  logins: readonly string[];
  window: DaySpan;
  bases: readonly ActivityBase[];
}): ActivityPlan {
  const { window } = params;
  const lookups = params.bases.map((b) => ({
    window: b.window,
    activity: new LoginMap(Object.entries(b.activity)),
    timeline: new LoginMap(Object.entries(b.timeline ?? {})),
  }));
  const spans: DaySpan[] = [];
  const spanIndex = (span: DaySpan) => {
    const found = spans.findIndex((s) => s.since === span.since && s.until === span.until);
    if (found >= 0) return found;
    spans.push(span);
    return spans.length - 1;
  };
  const plan: ActivityPlan = {
    spans,
    tasks: [],
    unchanged: new Map(),
    bases: new LoginMap(),
    timelines: new LoginMap(),
    whole: 0,
  };
  const prior = () =>
    spanIndex({ since: addDays(window.since, -365), until: addDays(window.since, -1) });
  for (const login of params.logins) {
    const base = lookups.find((b) => b.activity.has(login));
    const counted = base?.activity.get(login) ?? [];
    const timeline = base?.timeline.get(login);
    const changes = base ? spanChanges({ base: base.window, target: window }) : null;
    if (!base || !changes || !canRoll({ activity: counted, timeline })) {
      plan.whole += 1;
      plan.tasks.push({ login, span: spanIndex(window), sign: 1, prior: prior() });
      continue;
    }
    plan.timelines.set(login, timeline ?? {});
    if (changes.add.length + changes.remove.length === 0) {
      plan.unchanged.set(login, counted);
      continue;
    }
    plan.bases.set(login, counted);
    const unknownFirst = timeline?.firstContributionOn === undefined;
    changes.add.forEach((span, i) => {
      plan.tasks.push({
        login,
        span: spanIndex(span),
        sign: 1,
        ...(unknownFirst && i === 0 ? { prior: prior() } : {}),
      });
    });
    for (const span of changes.remove) plan.tasks.push({ login, span: spanIndex(span), sign: -1 });
  }
  return plan;
}

/** GitHub's documented price: the connections a request may open, over 100, at least 1. */
export function documentedPoints(connections: number): number {
  return Math.max(1, Math.round(connections / 100));
}

/** Connections one task opens: one `contributions` connection per repository asked for. */
export function taskConnections(task: ReadTask): number {
  return KINDS.reduce((sum, k) => sum + (task.repositories?.[k] ?? 0), 0);
}
