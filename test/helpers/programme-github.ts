import nock from 'nock';
import type { ProgrammeIssue } from '../../src/core/programme/programme-issue.js';
import { REPOSITORY } from './action-env.js';
import { API_URL, schemaProblems } from './github-nock.js';

/** What a fake issue holds; `updatedAt` moves with every write, as GitHub's does. */
export interface FakeIssue extends ProgrammeIssue {
  updatedAt: string;
}

export interface FakeProgrammeOptions {
  owner?: string;
  repo?: string;
  issues?: ProgrammeIssue[];
  /** Also serve the repository itself and its files (contents GET and a compare-and-swap PUT). */
  files?: Record<string, string>;
  visibility?: 'public' | 'private' | 'internal';
  /** Who the run's writes appear as (default the workflow token's github-actions[bot]). */
  writer?: string;
  /** The clock writes are stamped with. */
  now?: () => Date;
}

const stamp = (now: () => Date) =>
  now()
    .toISOString()
    .replace(/\.\d+Z$/, 'Z');
const sha = (text: string) =>
  `sha-${text.length}-${[...text].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7)}`;

/**
 * The programme repository as GitHub would hold it: issues with comments, the pairings file and
 * the lock ref, all in memory behind nock. Writes change the state that later reads return, so
 * a sequence of weekly runs can be played against it and what they left behind inspected.
 * Every GraphQL document that arrives is checked against GitHub's published schema.
 */
export function fakeProgrammeRepo(options: FakeProgrammeOptions = {}) {
  const owner = options.owner ?? REPOSITORY.owner;
  const repo = options.repo ?? REPOSITORY.repo;
  const now = options.now ?? (() => new Date('2026-11-16T06:00:00Z'));
  const writer = { login: options.writer ?? 'github-actions[bot]', isBot: true };
  const issues: FakeIssue[] = (options.issues ?? []).map((i) => ({ ...i, updatedAt: i.editedAt }));
  const files = new Map(
    Object.entries(options.files ?? {}).map(([p, t]) => [p, { text: t, sha: sha(t) }]),
  );
  const refs = new Map<string, string>();
  const tags = new Map<string, string>();
  const writes: Array<{ method: string; path: string; body?: unknown }> = [];
  let nextComment = 5000;
  const base = `/repos/${owner}/${repo}`;
  const scope = nock(API_URL).persist();
  const issueAt = (uri: string) =>
    issues.find((i) => i.number === Number(/issues\/(\d+)/.exec(uri)?.[1]));
  const touch = (issue: FakeIssue) => {
    issue.updatedAt = stamp(now);
  };

  scope
    .post('/graphql', (body: { query?: string }) => /query ProgrammeIssues/.test(body.query ?? ''))
    .reply((_uri, raw) => {
      const { query, variables } = raw as { query: string; variables: Record<string, unknown> };
      const problems = schemaProblems(query);
      if (problems.length) return [400, { message: problems.join('; ') }];
      return [200, { data: programmeIssuesPage(issues, variables) }];
    });

  scope.post(`${base}/issues`).reply((uri, body) => {
    const b = body as { title: string; body: string; labels?: string[] };
    writes.push({ method: 'POST', path: uri, body });
    const issue: FakeIssue = {
      number: Math.max(0, ...issues.map((i) => i.number)) + 1,
      title: b.title,
      body: b.body,
      state: 'open',
      author: writer,
      labels: b.labels ?? [],
      createdAt: stamp(now),
      editedAt: stamp(now),
      closedAt: null,
      comments: [],
      updatedAt: stamp(now),
    };
    issues.push(issue);
    return [
      201,
      {
        number: issue.number,
        html_url: `https://github.com/${owner}/${repo}/issues/${issue.number}`,
      },
    ];
  });
  scope.post(/\/repos\/[^/]+\/[^/]+\/issues\/\d+\/comments$/).reply((uri, body) => {
    writes.push({ method: 'POST', path: uri, body });
    const issue = issueAt(uri);
    if (!issue) return [404, { message: 'Not Found' }];
    const comment = {
      id: nextComment++,
      author: writer,
      body: (body as { body: string }).body,
      createdAt: stamp(now),
    };
    issue.comments.push(comment);
    touch(issue);
    return [201, { id: comment.id }];
  });
  scope.patch(/\/repos\/[^/]+\/[^/]+\/issues\/comments\/\d+$/).reply((uri, body) => {
    writes.push({ method: 'PATCH', path: uri, body });
    const id = Number(uri.split('/').pop());
    const issue = issues.find((i) => i.comments.some((c) => c.id === id));
    const comment = issue?.comments.find((c) => c.id === id);
    if (!issue || !comment) return [404, { message: 'Not Found' }];
    comment.body = (body as { body: string }).body;
    touch(issue);
    return [200, { id }];
  });
  scope.patch(/\/repos\/[^/]+\/[^/]+\/issues\/\d+$/).reply((uri, body) => {
    writes.push({ method: 'PATCH', path: uri, body });
    const issue = issueAt(uri);
    if (!issue) return [404, { message: 'Not Found' }];
    if ((body as { state?: string }).state === 'closed') {
      issue.state = 'closed';
      issue.closedAt = stamp(now);
    }
    touch(issue);
    return [200, { number: issue.number }];
  });
  scope.get(`${base}/commits/main`).reply(() => [200, { sha: 'head-sha' }]);
  scope
    .post(`${base}/git/tags`, (b: { tag?: string }) => b.tag === 'mentorship-lock')
    .reply((_uri, body) => {
      const tagSha = `tag-${tags.size + 1}`;
      tags.set(tagSha, (body as { tagger: { date: string } }).tagger.date);
      return [201, { sha: tagSha }];
    });
  scope
    .post(`${base}/git/refs`, (b: { ref?: string }) => b.ref === 'refs/mentorship/lock')
    .reply((_uri, body) => {
      const { ref, sha: target } = body as { ref: string; sha: string };
      if (refs.has(ref)) return [422, { message: 'Reference already exists' }];
      refs.set(ref, target);
      return [201, { ref, object: { sha: target, type: 'tag' } }];
    });
  scope.get(/\/git\/ref\/mentorship%2Flock$|\/git\/ref\/mentorship\/lock$/).reply(() => {
    const target = refs.get('refs/mentorship/lock');
    return target
      ? [200, { object: { sha: target, type: 'tag' } }]
      : [404, { message: 'Not Found' }];
  });
  scope.get(/\/git\/tags\/[^/]+$/).reply((uri) => {
    const date = tags.get(uri.split('/').pop()!);
    return date ? [200, { tagger: { date } }] : [404, { message: 'Not Found' }];
  });
  scope.delete(/\/git\/refs\/mentorship%2Flock$|\/git\/refs\/mentorship\/lock$/).reply(() => {
    const had = refs.delete('refs/mentorship/lock');
    return had ? [204, ''] : [422, { message: 'Reference does not exist' }];
  });

  if (options.files)
    serveFiles({ scope, base, files, owner, repo, visibility: options.visibility, writes });

  return {
    issues,
    files,
    writes,
    lockHeld: () => refs.has('refs/mentorship/lock'),
    /** Adds a comment as a person would (for /fit, /session replies and the like). */
    comment(issueNumber: number, login: string, body: string, isBot = false) {
      const issue = issues.find((i) => i.number === issueNumber);
      if (!issue) throw new Error(`no issue #${issueNumber}`);
      issue.comments.push({
        id: nextComment++,
        author: { login, isBot },
        body,
        createdAt: stamp(now),
      });
      touch(issue);
    },
    done: () => nock.removeInterceptor({ hostname: 'api.github.com' } as never),
  };
}

function programmeIssuesPage(issues: readonly FakeIssue[], variables: Record<string, unknown>) {
  const labels = (variables.labels as string[] | undefined) ?? [];
  const states = (variables.states as string[] | undefined) ?? ['OPEN', 'CLOSED'];
  const since = variables.since as string | null;
  const matching = issues
    .filter((i) => labels.every((l) => i.labels.includes(l)))
    .filter((i) => states.includes(i.state.toUpperCase()))
    .filter((i) => !since || i.updatedAt >= since)
    .sort((a, b) => a.number - b.number);
  const start = Number(variables.cursor ?? 0);
  const page = matching.slice(start, start + 50);
  const more = start + 50 < matching.length;
  return {
    rateLimit: { cost: 1, remaining: 4999, resetAt: '2030-01-01T00:00:00Z', limit: 5000 },
    repository: {
      issues: {
        pageInfo: { hasNextPage: more, endCursor: more ? String(start + 50) : null },
        nodes: page.map((i) => ({
          id: `I_${i.number}`,
          number: i.number,
          title: i.title,
          state: i.state.toUpperCase(),
          createdAt: i.createdAt,
          lastEditedAt: i.editedAt === i.createdAt ? null : i.editedAt,
          closedAt: i.closedAt,
          body: i.body,
          repository: { nameWithOwner: 'acme/handbook' },
          author: {
            __typename: i.author.isBot ? 'Bot' : 'User',
            login: i.author.login.replace(/\[bot\]$/, ''),
          },
          labels: { nodes: i.labels.map((name) => ({ name })) },
          comments: {
            pageInfo: { hasNextPage: false, endCursor: null },
            nodes: i.comments.map((c) => ({
              databaseId: c.id,
              fullDatabaseId: String(c.id),
              author: {
                __typename: c.author.isBot ? 'Bot' : 'User',
                login: c.author.login.replace(/\[bot\]$/, ''),
              },
              body: c.body,
              createdAt: c.createdAt,
            })),
          },
        })),
      },
    },
  };
}

function serveFiles(params: {
  scope: nock.Scope;
  base: string;
  files: Map<string, { text: string; sha: string }>;
  owner: string;
  repo: string;
  visibility: FakeProgrammeOptions['visibility'];
  writes: Array<{ method: string; path: string; body?: unknown }>;
}) {
  const { scope, base, files, owner, repo, writes } = params;
  const visibility = params.visibility ?? 'private';
  scope.get(base).reply(() => [
    200,
    {
      full_name: `${owner}/${repo}`,
      default_branch: 'main',
      private: visibility !== 'public',
      visibility,
    },
  ]);
  const pathOf = (uri: string) => decodeURIComponent(uri.split('/contents/')[1]!.split('?')[0]!);
  scope
    .get(/\/contents\//)
    .query(true)
    .reply((uri) => {
      const file = files.get(pathOf(uri));
      if (!file) return [404, { message: 'Not Found' }];
      return [
        200,
        {
          type: 'file',
          path: pathOf(uri),
          sha: file.sha,
          encoding: 'base64',
          content: Buffer.from(file.text).toString('base64'),
        },
      ];
    });
  scope.put(/\/contents\//).reply((uri, body) => {
    const b = body as { content: string; sha?: string };
    writes.push({ method: 'PUT', path: uri, body });
    const path = pathOf(uri);
    const current = files.get(path);
    if ((current?.sha ?? undefined) !== b.sha) {
      // GitHub's own words for a stale sha, and for a file that appeared meanwhile.
      const message = current ? `${path} does not match ${b.sha}` : '"sha" wasn\'t supplied.';
      return [current ? 409 : 422, { message }];
    }
    const text = Buffer.from(b.content, 'base64').toString('utf8');
    files.set(path, { text, sha: sha(text) });
    return [
      200,
      {
        content: { path, sha: sha(text) },
        commit: { sha: 'c0ffee', html_url: `https://github.com/${owner}/${repo}/commit/c0ffee` },
      },
    ];
  });
}
