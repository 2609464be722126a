import { DEFAULT_APP_LOGIN, isAppAuthor } from '../core/comments/app-identity.js';
import {
  CONFIG_PROBLEM_TITLE,
  isConfigProblemBody,
  renderConfigProblem,
} from '../core/config/config-problem-text.js';
import { resolveAppLogin } from './app-identity.js';
import type { AppState } from './app-state.js';
import { type AppOctokit, NO_RETRY, type RepoRef, repoKey } from './github-types.js';

interface ProblemIssue {
  number: number;
  body: string;
}

/**
 * Tells a repository once why the app is standing by: one open issue, updated when the problems
 * change, never repeated. Within a process, reports for a repository run one at a time and
 * `state.reportedConfig` spares a busy repository any requests; instances racing each other
 * converge afterwards, closing every duplicate but the lowest-numbered issue.
 */
export async function reportConfigProblem(params: {
  octokit: AppOctokit;
  repo: RepoRef;
  problems: readonly string[];
  state: AppState;
}): Promise<void> {
  const { octokit, repo, state } = params;
  const body = renderConfigProblem({ problems: params.problems });
  const key = repoKey(repo);
  await state.lock.run(`${key}:config-problem`, async () => {
    if (state.reportedConfig.get(key) === body) return;
    // The config cannot say who the app is: it is broken. GitHub, or the default, must.
    const appLogin = await resolveAppLogin({ octokit, state, fallback: DEFAULT_APP_LOGIN });
    let open = await listProblemIssues({ octokit, repo, appLogin });
    if (open.length === 0) {
      await octokit.rest.issues.create({ ...repo, title: CONFIG_PROBLEM_TITLE, body, ...NO_RETRY });
      open = await listProblemIssues({ octokit, repo, appLogin });
    }
    const [kept, ...duplicates] = open;
    for (const dup of duplicates) {
      await octokit.rest.issues.update({
        ...repo,
        issue_number: dup.number,
        state: 'closed',
        state_reason: 'not_planned',
      });
    }
    if (kept && kept.body !== body) {
      await octokit.rest.issues.update({ ...repo, issue_number: kept.number, body });
    }
    state.reportedConfig.set(key, body);
  });
}

/** The app's own open config-problem issues, lowest number first. */
async function listProblemIssues(params: {
  octokit: AppOctokit;
  repo: RepoRef;
  appLogin: string;
}): Promise<ProblemIssue[]> {
  const { octokit, repo, appLogin } = params;
  const found: ProblemIssue[] = [];
  const pages = octokit.paginate.iterator(octokit.rest.issues.listForRepo, {
    ...repo,
    state: 'open',
    per_page: 100,
  });
  for await (const page of pages) {
    for (const i of page.data) {
      const mine =
        i.title === CONFIG_PROBLEM_TITLE &&
        !i.pull_request &&
        isConfigProblemBody(i.body) &&
        isAppAuthor({ login: i.user?.login, isBot: i.user?.type === 'Bot', appLogin });
      if (mine) found.push({ number: i.number, body: i.body ?? '' });
    }
  }
  return found.sort((a, b) => a.number - b.number);
}
