import type { Config } from '../core/config/config-schema.js';
import { addDays } from '../core/dates.js';
import { helpSeniors } from '../core/help/help-seniors.js';
import { type LoginKey, LoginMap, loginKey } from '../core/people/login.js';
import type { PersonRecord } from '../core/people/person-schema.js';
import { type LinearUser, mergePeople } from '../core/snapshot/merge-people.js';
import {
  parseSnapshot,
  SNAPSHOT_SCHEMA_VERSION,
  type Snapshot,
} from '../core/snapshot/snapshot-schema.js';
import type { GitHubClient } from '../github/client/github-client.js';
import { RateBudget, RateBudgetExhaustedError } from '../github/client/rate-budget.js';
import { listOrgMembers } from '../github/read/list-org-members.js';
import { finishedTimeline, type PersonTimeline } from '../github/read/person-timeline.js';
import type { ActivityBase } from '../github/read/plan-activity-reads.js';
import { readActivity } from '../github/read/read-activity.js';
import { readVerifiedEmails } from '../github/read/read-verified-emails.js';
import { resolveUserIds } from '../github/read/resolve-user-ids.js';
import type { LinearClient } from '../linear/linear-client.js';
import { readLinearPeople } from '../linear/read-linear-people.js';
import { collectSessions } from './collect-sessions.js';
import { type PausedCollection, pausedOutcome } from './paused-outcome.js';

export type { PausedCollection } from './paused-outcome.js';

export interface CollectProgress {
  stage: string;
  people?: number;
  requests?: number;
  /** GraphQL points left this hour, once GitHub has said. */
  remaining?: number | null;
  /** Once planned: contributions requests and points the activity still needs. */
  planned?: { requests: number; points: number };
}

export interface CollectSnapshotParams {
  octokit: GitHubClient;
  /** null: no Linear; roles then come from config overrides only. */
  linear: LinearClient | null;
  config: Config;
  org: string;
  /** YYYY-MM-DD, today, from the shell's clock. */
  asOf: string;
  /** Activity window start; default asOf − config.github.activityWeeks weeks. */
  since?: string;
  /** How far back to rebuild sessions from labeled issues (default 8 weeks). */
  sessionWeeks?: number;
  onProgress?: (progress: CollectProgress) => void;
  /**
   * Counts already held, first match per person wins: this run's checkpoint, then last week's
   * snapshot. Only the days each one lacks (and those that fell out of the window) are read.
   */
  bases?: readonly ActivityBase[];
}

/** A finished collection: the snapshot (`paused` absent). */
export interface CollectedSnapshot {
  snapshot: Snapshot;
  warnings: string[];
  paused?: undefined;
}

export type CollectOutcome = CollectedSnapshot | PausedCollection;

/**
 * collect: everything the core needs for one week, read from GitHub and Linear and joined, and
 * validated before it is returned. Activity, the costly part, is read last: when GitHub's
 * budget runs out the run pauses with a checkpoint of the counts it finished, instead of
 * failing; any other failure rejects. Pairs and history are left empty: they come from last
 * week's pairings file.
 */
export async function collectSnapshot(params: CollectSnapshotParams): Promise<CollectOutcome> {
  const { octokit, linear, config, org, asOf, onProgress } = params;
  const until = addDays(asOf, -1);
  const since = params.since ?? addDays(asOf, -config.github.activityWeeks * 7);
  let stage = 'starting';
  const budget = new RateBudget({
    onProgress: (p) =>
      onProgress?.({ stage, requests: p.requests, remaining: p.remaining ?? null }),
  });

  stage = 'linear';
  onProgress?.({ stage });
  const linearUsers: LinearUser[] = linear
    ? (await readLinearPeople({ client: linear, teamKeys: config.linear.teams })).users
    : [];
  const window = { since, until };
  const bases = params.bases ?? [];
  stage = 'github members';
  try {
    return await collectAll();
  } catch (error) {
    if (!(error instanceof RateBudgetExhaustedError)) throw error;
    // Nothing new was finished: whatever an earlier run kept for this window is still good.
    return pausedOutcome({
      org,
      window,
      bases,
      finished: new Map(),
      timelines: new Map(),
      pending: null,
      error,
    });
  }

  async function collectAll(): Promise<CollectOutcome> {
    const members = await listOrgMembers({ octokit, org, teams: config.github.teams, budget });
    onProgress?.({ stage, people: members.length });
    stage = 'github ids';
    const ids = linearUsers.flatMap((u) => (u.gitHubUserId ? [u.gitHubUserId] : []));
    const resolved = ids.length
      ? await resolveUserIds({ octokit, ids, budget })
      : { logins: new Map(), unresolved: [] };
    // Emails are read only when some Linear user has neither a linked account nor a mapping.
    const unlinked = linearUsers.filter(
      (u) =>
        !(u.gitHubUserId && resolved.logins.has(u.gitHubUserId)) &&
        !config.linear.githubLogins[u.email] &&
        !config.linear.githubLogins[u.id],
    );
    stage = 'github emails';
    const verified = unlinked.length
      ? await readVerifiedEmails({ octokit, org, budget })
      : new Map<LoginKey, string[]>();
    stage = 'sessions';
    const sessions = await collectSessions({
      octokit,
      org,
      label: config.labels.seniorHelp,
      appLogin: config.help.appLogin,
      seniors: helpSeniors(config.help),
      since: addDays(asOf, -(params.sessionWeeks ?? 8) * 7),
      until,
      budget,
    });

    stage = 'github activity';
    const reading = await readActivity({
      octokit,
      budget,
      logins: members.map((m) => m.login),
      window,
      bases,
      onEstimate: (e) =>
        onProgress?.({ stage, planned: { requests: e.requests, points: e.points } }),
    });
    if (reading.stoppedBy) {
      return pausedOutcome({
        org,
        window,
        bases,
        finished: reading.activity,
        timelines: reading.timelines,
        pending: reading.pending.length,
        error: reading.stoppedBy,
      });
    }
    const merged = mergePeople({
      linearUsers,
      githubMembers: members.map((m) => ({
        ...m,
        verifiedEmails: verified?.get(loginKey(m.login)) ?? [],
      })),
      idToLogin: Object.fromEntries(resolved.logins),
      activity: Object.fromEntries(reading.activity),
      explicitLogins: config.linear.githubLogins,
      today: asOf,
    });
    const warnings = [
      ...(linear
        ? []
        : ['no Linear API key: titles are unknown, so roles come from roles.overrides only']),
      ...(verified
        ? []
        : [
            `verified emails are not visible to this token: ${unlinked.length} Linear user(s) without a linked GitHub account could not be matched by email`,
          ]),
      ...reading.warnings,
      ...sessions.warnings,
      ...merged.warnings,
      ...resolved.unresolved.map(
        (id: string) => `GitHub user id ${id} (linked in Linear) no longer exists`,
      ),
      ...merged.unmatched.map((u) => `unmatched Linear user ${u.linearUser}: ${u.reason}`),
    ];
    const parsed = parseSnapshot({
      schemaVersion: SNAPSHOT_SCHEMA_VERSION,
      organization: org,
      asOf,
      window: { since, until },
      people: withTimelines({ people: merged.people, timelines: reading.timelines }),
      pairs: [],
      history: [],
      sessions: sessions.sessions,
      helpIssues: sessions.helpIssues,
    });
    if (!parsed.ok)
      throw new Error(
        `the collected snapshot is not valid:\n  - ${parsed.problems.join('\n  - ')}`,
      );
    return { snapshot: parsed.value, warnings };
  }
}

/** Each person's first contribution and pull requests, beside the counts merge-people placed. */
function withTimelines(params: {
  people: readonly PersonRecord[];
  timelines: ReadonlyMap<string, PersonTimeline>;
}): PersonRecord[] {
  const byLogin = new LoginMap([...params.timelines]);
  return params.people.map((person) => {
    const timeline = byLogin.get(person.login);
    return timeline ? { ...person, ...finishedTimeline(timeline) } : person;
  });
}
