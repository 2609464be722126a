import nock from 'nock';
import { INSTALLATION_ID, ISSUE, OWNER, REPO } from './app-payloads.js';
import { schemaProblems } from './github-nock.js';

export const API = 'https://api.github.com';
/** When the fake says a comment it holds without a time was written. */
export const WRITTEN_AT = '2026-11-17T10:00:00Z';

export interface FakeComment {
  id: number;
  body: string;
  user: { login: string; type: 'User' | 'Bot' };
  createdAt?: string;
}

export interface Call {
  method: string;
  path: string;
  body?: unknown;
}

export interface GraphqlAnswer {
  operation: string;
  variables: Record<string, unknown>;
}

export interface FakeGitHubOptions {
  /** .github/mentorship.yml in the repository; undefined: none there nor in the org's .github. */
  config?: string;
  /** The same file in the owner's `.github` repository. */
  orgConfig?: string;
  comments?: FakeComment[];
  labels?: string[];
  openIssues?: Array<{
    number: number;
    title: string;
    body: string;
    user: { login: string; type: string };
  }>;
  /** Answers GraphQL by operation name; documents are validated against GitHub's schema. */
  graphql?: (call: GraphqlAnswer) => unknown;
  /** Extra repositories whose config and labels are served too ("owner/name"). */
  repos?: string[];
  /** The app's slug GET /app answers with; null: GET /app fails. Default "mentorship-bot". */
  appSlug?: string | null;
  /** The login the app's comments and issues are written as. Default "<appSlug>[bot]". */
  botLogin?: string;
  /** Who issue #1 is assigned to now (the app's assignments are added). */
  assignees?: string[];
  /** Whether issue #1 is open or closed now (the app's closing and reopening change it). */
  issueState?: 'open' | 'closed';
  /**
   * Members of the owner (GET /orgs/{owner}/members/{login}: 204, else 404); 'hidden': the app
   * may not see members (GitHub redirects to the public-members check). Unset: not served.
   */
  members?: string[] | 'hidden';
  /**
   * Instances racing: the first `race` listings of issue comments, and of issues, each wait
   * until that many have been asked for, so every racer finds what was there before any wrote.
   */
  race?: number;
}

/** Holds the first `n` callers until all `n` have arrived; later callers pass at once. */
function gate(n: number | undefined): () => Promise<void> {
  let arrived = 0;
  let release: () => void = () => {};
  const open = new Promise<void>((resolve) => {
    release = resolve;
  });
  return async () => {
    if (n === undefined || arrived >= n) return;
    arrived += 1;
    if (arrived >= n) release();
    await open;
  };
}

type OpenIssue = NonNullable<FakeGitHubOptions['openIssues']>[number] & { state?: string };

/**
 * GitHub as far as the app sees it, kept in memory: comments, labels, issues, config files.
 * Every request is recorded in `calls`, so a test asserts the exact writes the app made (and
 * fails if it stops making one). Anything not served here fails: the network is off.
 */
export function fakeGitHub(options: FakeGitHubOptions = {}) {
  const comments: FakeComment[] = [...(options.comments ?? [])];
  const labels = new Map<string, Set<string>>();
  const calls: Call[] = [];
  const graphqlCalls: GraphqlAnswer[] = [];
  const issues: OpenIssue[] = [...(options.openIssues ?? [])];
  const assignees = [...(options.assignees ?? [])];
  const issueOne = {
    state: options.issueState ?? 'open',
    closed_at: options.issueState === 'closed' ? '2026-11-16T12:00:00Z' : null,
  };
  const botLogin = options.botLogin ?? `${options.appSlug ?? 'mentorship-bot'}[bot]`;
  const commentsGate = gate(options.race);
  const issuesGate = gate(options.race);
  let nextIssue = Math.max(76, ...issues.map((i) => i.number)) + 1;
  let nextId = Math.max(1000, ...comments.map((c) => c.id)) + 1;
  const record = (method: string, path: string, body?: unknown) => {
    calls.push({ method, path: decodeURIComponent(path), ...(body === undefined ? {} : { body }) });
  };
  const repos = [`${OWNER}/${REPO}`, ...(options.repos ?? [])];
  labels.set(`${OWNER}/${REPO}`, new Set(options.labels ?? []));
  const scope = nock(API).persist();
  scope.post(`/app/installations/${INSTALLATION_ID}/access_tokens`).reply(201, {
    token: 'ghs_fake-installation-token',
    expires_at: '2099-01-01T00:00:00Z',
    permissions: { issues: 'write', contents: 'read', metadata: 'read' },
  });
  scope.get('/app').reply((uri) => {
    record('GET', uri);
    const slug = options.appSlug === undefined ? 'mentorship-bot' : options.appSlug;
    return slug === null ? [500, { message: 'Server Error' }] : [200, { id: 123, slug }];
  });
  for (const full of repos) {
    const [owner] = full.split('/');
    scope.get(`/repos/${full}/contents/.github%2Fmentorship.yml`).reply((uri) => {
      record('GET', uri);
      return options.config === undefined ? [404, { message: 'Not Found' }] : [200, options.config];
    });
    scope.get(`/repos/${owner}/.github/contents/.github%2Fmentorship.yml`).reply((uri) => {
      record('GET', uri);
      return options.orgConfig === undefined
        ? [404, { message: 'Not Found' }]
        : [200, options.orgConfig];
    });
    if (!labels.has(full)) labels.set(full, new Set());
    scope.post(`/repos/${full}/labels`).reply((uri, body) => {
      record('POST', uri, body);
      const name = (body as { name: string }).name;
      const set = labels.get(full)!;
      if (set.has(name))
        return [422, { message: 'Validation Failed', errors: [{ code: 'already_exists' }] }];
      set.add(name);
      return [201, { name }];
    });
  }
  const issuePath = `/repos/${OWNER}/${REPO}/issues/${ISSUE}`;
  scope
    .get(`${issuePath}/comments`)
    .query(true)
    .reply(async (uri) => {
      record('GET', uri.split('?')[0]!);
      await commentsGate();
      // Comments a test wrote without a time (and the app's) are given the tests' "now".
      return [200, comments.map((c) => ({ ...c, created_at: c.createdAt ?? WRITTEN_AT }))];
    });
  scope.post(`${issuePath}/comments`).reply((uri, body) => {
    record('POST', uri, body);
    const comment: FakeComment = {
      id: nextId++,
      body: (body as { body: string }).body,
      user: { login: botLogin, type: 'Bot' },
    };
    comments.push(comment);
    return [201, comment];
  });
  scope.get(/\/repos\/Codertocat\/Hello-World\/issues\/comments\/\d+$/).reply((uri) => {
    record('GET', uri);
    const found = comments.find((c) => c.id === Number(uri.split('/').pop()));
    return found
      ? [200, { ...found, created_at: found.createdAt }]
      : [404, { message: 'Not Found' }];
  });
  scope.get(issuePath).reply((uri) => {
    record('GET', uri);
    return [200, { number: ISSUE, assignees: assignees.map((login) => ({ login })), ...issueOne }];
  });
  scope.patch(/\/repos\/Codertocat\/Hello-World\/issues\/comments\/\d+$/).reply((uri, body) => {
    record('PATCH', uri, body);
    const id = Number(uri.split('/').pop());
    const found = comments.find((c) => c.id === id);
    if (!found) return [404, { message: 'Not Found' }];
    found.body = (body as { body: string }).body;
    return [200, found];
  });
  scope.delete(/\/repos\/Codertocat\/Hello-World\/issues\/comments\/\d+$/).reply((uri) => {
    record('DELETE', uri);
    const id = Number(uri.split('/').pop());
    const at = comments.findIndex((c) => c.id === id);
    if (at < 0) return [404, { message: 'Not Found' }];
    comments.splice(at, 1);
    return [204, ''];
  });
  scope.post(`${issuePath}/labels`).reply((uri, body) => {
    record('POST', uri, body);
    return [200, []];
  });
  scope.post(`${issuePath}/assignees`).reply((uri, body) => {
    record('POST', uri, body);
    assignees.push(...(body as { assignees: string[] }).assignees);
    return [201, {}];
  });
  scope
    .get(`/repos/${OWNER}/${REPO}/issues`)
    .query(true)
    .reply(async (uri) => {
      record('GET', uri.split('?')[0]!);
      await issuesGate();
      return [200, issues.filter((i) => i.state !== 'closed')];
    });
  scope.post(`/repos/${OWNER}/${REPO}/issues`).reply((uri, body) => {
    record('POST', uri, body);
    const created = {
      number: nextIssue++,
      user: { login: botLogin, type: 'Bot' },
      ...(body as { title: string; body: string }),
    };
    issues.push(created);
    return [201, created];
  });
  scope.patch(/\/repos\/Codertocat\/Hello-World\/issues\/\d+$/).reply((uri, body) => {
    record('PATCH', uri, body);
    const number = Number(uri.split('/').pop());
    const found = issues.find((i) => i.number === number);
    if (found) Object.assign(found, body);
    const state = (body as { state?: 'open' | 'closed' }).state;
    if (number === ISSUE && state) {
      issueOne.state = state;
      issueOne.closed_at = state === 'closed' ? WRITTEN_AT : null;
    }
    return [200, found ?? {}];
  });
  if (options.members !== undefined) {
    const members = options.members;
    scope.get(new RegExp(`^/orgs/${OWNER}/members/[^/]+$`)).reply((uri) => {
      record('GET', uri);
      if (members === 'hidden')
        return [302, '', { location: `${API}/orgs/${OWNER}/public_members/x` }];
      const login = uri.split('/').pop()!.toLowerCase();
      return members.some((m) => m.toLowerCase() === login) ? [204, ''] : [404, {}];
    });
  }
  scope.post('/graphql').reply((uri, raw) => {
    const body = (typeof raw === 'string' ? JSON.parse(raw) : raw) as {
      query: string;
      variables?: Record<string, unknown>;
    };
    const problems = schemaProblems(body.query);
    if (problems.length > 0) return [400, { message: `invalid document: ${problems.join('; ')}` }];
    const operation = /^\s*query\s+(\w+)/.exec(body.query)?.[1] ?? '';
    const call = { operation, variables: body.variables ?? {} };
    graphqlCalls.push(call);
    record('POST', uri, { operation });
    const answer = options.graphql?.(call);
    if (answer === undefined) return [500, { message: `no GraphQL answer for ${operation}` }];
    return [200, answer];
  });

  const writes = () =>
    calls.filter((c) => c.method !== 'GET' && !(c.method === 'POST' && c.path === '/graphql'));
  return {
    comments,
    issueOne,
    calls,
    graphqlCalls,
    labels,
    issues,
    /** Requests that change something, in order. */
    writes,
    /** Comments the app wrote. */
    botComments: () => comments.filter((c) => c.user.login === botLogin),
    /** Makes GitHub hold what an issue_comment payload says happened to its comment. */
    apply(payload: {
      action: string;
      comment: { id: number; body: string; user: { login: string }; created_at: string };
    }) {
      const { comment } = payload;
      const at = comments.findIndex((c) => c.id === comment.id);
      if (payload.action === 'deleted') {
        if (at >= 0) comments.splice(at, 1);
        return;
      }
      const stored: FakeComment = {
        id: comment.id,
        body: comment.body,
        user: { login: comment.user.login, type: 'User' },
        createdAt: comment.created_at,
      };
      if (at >= 0) comments[at] = stored;
      else comments.push(stored);
    },
  };
}

export const RATE_LIMIT = {
  cost: 1,
  remaining: 4999,
  resetAt: '2099-01-01T00:00:00Z',
  limit: 5000,
};
