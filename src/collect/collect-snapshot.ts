import type { LinearClient } from '@linear/sdk';
import type { Config } from '../core/config/config-schema.js';
import { addDays } from '../core/dates.js';
import { helpSeniors } from '../core/help/help-seniors.js';
import { type LoginKey, loginKey } from '../core/people/login.js';
import { type LinearUser, mergePeople } from '../core/snapshot/merge-people.js';
import {
  parseSnapshot,
  SNAPSHOT_SCHEMA_VERSION,
  type Snapshot,
} from '../core/snapshot/snapshot-schema.js';
import type { GitHubClient } from '../github/client/github-client.js';
import { RateBudget } from '../github/client/rate-budget.js';
import { collectGitHub } from '../github/read/collect-github.js';
import { readVerifiedEmails } from '../github/read/read-verified-emails.js';
import { resolveUserIds } from '../github/read/resolve-user-ids.js';
import { readLinearPeople } from '../linear/read-linear-people.js';
import { collectSessions } from './collect-sessions.js';

export interface CollectProgress {
  stage: string;
  people?: number;
  requests?: number;
  /** GraphQL points left this hour, once GitHub has said. */
  remaining?: number | null;
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
}

/**
 * collect: everything the core needs for one week, read from GitHub and Linear and joined.
 * All or nothing: a failure anywhere rejects, and the result is validated before it is returned.
 * Pairs and history are left empty: they come from last week's pairings file.
 */
export async function collectSnapshot(
  params: CollectSnapshotParams,
): Promise<{ snapshot: Snapshot; warnings: string[] }> {
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
  stage = 'github activity';
  const github = await collectGitHub({
    octokit,
    org,
    teams: config.github.teams,
    since,
    until,
    budget,
  });
  onProgress?.({ stage, people: github.members.length });
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

  const merged = mergePeople({
    linearUsers,
    githubMembers: github.members.map((m) => ({
      ...m,
      verifiedEmails: verified?.get(loginKey(m.login)) ?? [],
    })),
    idToLogin: Object.fromEntries(resolved.logins),
    activity: Object.fromEntries(github.activity),
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
    ...github.warnings,
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
    people: merged.people,
    pairs: [],
    history: [],
    sessions: sessions.sessions,
    helpIssues: sessions.helpIssues,
  });
  if (!parsed.ok)
    throw new Error(`the collected snapshot is not valid:\n  - ${parsed.problems.join('\n  - ')}`);
  return { snapshot: parsed.value, warnings };
}
