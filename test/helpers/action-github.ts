import nock from 'nock';
import { REPOSITORY } from './action-env.js';
import { API_URL } from './github-nock.js';

const REPO_PATH = `/repos/${REPOSITORY.owner}/${REPOSITORY.repo}`;
const encode = (path: string) => path.split('/').map(encodeURIComponent).join('%2F');

/** Interceptors for the workflow's repository; `done()` fails the test if one was not used. */
export function repoApi(): nock.Scope {
  return nock(API_URL);
}

export function mockRepository(
  scope: nock.Scope,
  params: { visibility?: 'public' | 'private' | 'internal'; defaultBranch?: string } = {},
): nock.Scope {
  const visibility = params.visibility ?? 'private';
  return scope.get(REPO_PATH).reply(200, {
    full_name: `${REPOSITORY.owner}/${REPOSITORY.repo}`,
    default_branch: params.defaultBranch ?? 'main',
    private: visibility !== 'public',
    visibility,
  });
}

/** GET contents at `ref`: the file (base64, with its blob sha) or a 404. */
export function mockFile(
  scope: nock.Scope,
  params: { path: string; ref: string; text: string | null; sha?: string },
): nock.Scope {
  const interceptor = scope
    .get(`${REPO_PATH}/contents/${encode(params.path)}`)
    .query({ ref: params.ref });
  if (params.text === null) return interceptor.reply(404, { message: 'Not Found' });
  return interceptor.reply(200, {
    type: 'file',
    path: params.path,
    sha: params.sha ?? 'blob-sha',
    encoding: 'base64',
    content: Buffer.from(params.text, 'utf8').toString('base64'),
  });
}

export interface PutBody {
  message: string;
  content: string;
  branch: string;
  sha?: string;
}

export const decode = (base64: string) => Buffer.from(base64, 'base64').toString('utf8');

/** PUT contents: records each body and answers with `status` (a commit, or an error). */
export function mockPut(
  scope: nock.Scope,
  params: { path: string; status?: number; message?: string; bodies: PutBody[]; times?: number },
): nock.Scope {
  const status = params.status ?? 200;
  return scope
    .put(`${REPO_PATH}/contents/${encode(params.path)}`)
    .times(params.times ?? 1)
    .reply((_uri, body) => {
      params.bodies.push(body as PutBody);
      if (status >= 300) return [status, { message: params.message ?? 'Conflict' }];
      return [
        status,
        {
          content: { path: params.path, sha: 'new-blob-sha' },
          commit: { sha: 'c0ffee', html_url: `https://github.com/acme/handbook/commit/c0ffee` },
        },
      ];
    });
}

export { encode, REPO_PATH };
