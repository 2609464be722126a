// The workflow repository's `mentorship-bot/activity` branch as GitHub would hold it, in memory
// behind nock, so a sequence of runs can be played against it: the branch (a commit with no
// parent, made through the git database API), then compare-and-swap contents writes on it.
import nock from 'nock';
import { REPOSITORY } from '../helpers/action-env.js';
import { API_URL } from '../helpers/github-nock.js';

export const BRANCH = 'mentorship-bot/activity';
export const WEEK_FILE = '.github/mentorship/activity.json';
export const CHECKPOINT_FILE = '.github/mentorship/activity.checkpoint.json';

export interface ActivityBranch {
  /** The branch's files; empty with `head` null while there is no branch. */
  files: Map<string, { text: string; sha: string }>;
  head: string | null;
  /** Every request that reached the branch, in order ("GET contents/…", "POST git/refs"). */
  requests: string[];
  /** The parents of the commit that created the branch. */
  rootParents: string[] | null;
  /** Every request answered 403, as for a token without `contents` access. */
  refuse?: boolean;
}

export function activityBranch(files: Record<string, string> = {}): ActivityBranch {
  const entries = Object.entries(files).map(
    ([p, text]) => [p, { text, sha: shaOf(text) }] as const,
  );
  return {
    files: new Map(entries),
    head: entries.length ? 'seeded' : null,
    requests: [],
    rootParents: null,
  };
}

const shaOf = (text: string) =>
  `blob-${text.length}-${[...text].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7)}`;
const BASE = `/repos/${REPOSITORY.owner}/${REPOSITORY.repo}`;
const pathOf = (uri: string) => decodeURIComponent(uri.split('/contents/')[1]!.split('?')[0]!);

/**
 * Serves the branch until nock is cleaned. Register it before fakeProgrammeRepo, whose catch-all
 * contents routes ignore the branch: nock answers with the first interceptor that matches.
 */
export function serveActivityBranch(branch: ActivityBranch): void {
  const scope = nock(API_URL).persist();
  if (branch.refuse) {
    const forbidden = [403, { message: 'Resource not accessible by integration' }] as const;
    scope
      .get(/\/git\/ref\/heads(%2F|\/)mentorship-bot(%2F|\/)activity$/)
      .reply(() => [...forbidden]);
    scope
      .get(/\/contents\//)
      .query((q) => q.ref === BRANCH)
      .reply(() => [...forbidden]);
    return;
  }
  let pendingTree: Map<string, string> | null = null;
  let pendingCommit: { files: Map<string, string>; parents: string[] } | null = null;
  const onBranch = (b: { branch?: string }) => b.branch === BRANCH;

  scope.get(/\/git\/ref\/heads(%2F|\/)mentorship-bot(%2F|\/)activity$/).reply(() => {
    branch.requests.push('GET git/ref');
    return branch.head
      ? [200, { ref: `refs/heads/${BRANCH}`, object: { sha: branch.head, type: 'commit' } }]
      : [404, { message: 'Not Found' }];
  });
  scope.post(`${BASE}/git/trees`).reply((_uri, body) => {
    const b = body as { base_tree?: string; tree: { path: string; content: string }[] };
    branch.requests.push(`POST git/trees${b.base_tree ? ' (on a base)' : ''}`);
    pendingTree = new Map(b.tree.map((e) => [e.path, e.content]));
    return [201, { sha: 'tree-sha' }];
  });
  scope.post(`${BASE}/git/commits`).reply((_uri, body) => {
    branch.requests.push('POST git/commits');
    pendingCommit = {
      files: pendingTree ?? new Map(),
      parents: (body as { parents: string[] }).parents,
    };
    return [201, { sha: 'root-commit' }];
  });
  scope
    .post(`${BASE}/git/refs`, (b: { ref?: string }) => b.ref === `refs/heads/${BRANCH}`)
    .reply(() => {
      branch.requests.push('POST git/refs');
      if (branch.head) return [422, { message: 'Reference already exists' }];
      if (!pendingCommit) return [422, { message: 'Object does not exist' }];
      branch.head = 'root-commit';
      branch.rootParents = pendingCommit.parents;
      for (const [p, text] of pendingCommit.files) branch.files.set(p, { text, sha: shaOf(text) });
      return [201, { ref: `refs/heads/${BRANCH}`, object: { sha: 'root-commit' } }];
    });
  scope
    .get(/\/contents\//)
    .query((q) => q.ref === BRANCH)
    .reply((uri) => {
      const path = pathOf(uri);
      branch.requests.push(`GET contents/${path}`);
      const file = branch.files.get(path);
      if (!file)
        return [404, { message: branch.head ? 'Not Found' : 'No commit found for the ref' }];
      const content = Buffer.from(file.text).toString('base64');
      return [200, { type: 'file', path, sha: file.sha, encoding: 'base64', content }];
    });
  scope.put(/\/contents\//, onBranch).reply((uri, body) => {
    const path = pathOf(uri);
    const b = body as { content: string; sha?: string };
    branch.requests.push(`PUT contents/${path}`);
    if (!branch.head) return [404, { message: `Branch ${BRANCH} not found` }];
    const current = branch.files.get(path);
    if (current?.sha !== b.sha) {
      return current
        ? [409, { message: `${path} does not match ${b.sha}` }]
        : [422, { message: '"sha" wasn\'t supplied.' }];
    }
    const text = Buffer.from(b.content, 'base64').toString('utf8');
    branch.files.set(path, { text, sha: shaOf(text) });
    branch.head = `commit-${branch.requests.length}`;
    return [200, { content: { path, sha: shaOf(text) }, commit: { sha: branch.head } }];
  });
  scope.delete(/\/contents\//, onBranch).reply((uri, body) => {
    const path = pathOf(uri);
    branch.requests.push(`DELETE contents/${path}`);
    const current = branch.files.get(path);
    if (!current) return [404, { message: 'Not Found' }];
    if (current.sha !== (body as { sha: string }).sha) return [409, { message: 'does not match' }];
    branch.files.delete(path);
    return [200, { commit: { sha: `commit-${branch.requests.length}` } }];
  });
}
