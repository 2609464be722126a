import {
  CONFIG_PROBLEM_MARKER,
  CONFIG_PROBLEM_TITLE,
  renderConfigProblem,
} from '../core/help/app-labels.js';
import { type AppOctokit, NO_RETRY, type RepoRef, repoKey } from './github-types.js';

/**
 * Tells a repository once why the app is standing by: one open issue, updated when the problems
 * change, never repeated. `reported` remembers what this process already said per repository,
 * so a busy repository with a broken config costs no extra requests per event.
 */
export async function reportConfigProblem(params: {
  octokit: AppOctokit;
  repo: RepoRef;
  problems: readonly string[];
  reported: Map<string, string>;
}): Promise<void> {
  const { octokit, repo, problems, reported } = params;
  const body = renderConfigProblem({ problems });
  if (reported.get(repoKey(repo)) === body) return;
  const existing = await findOpenProblemIssue({ octokit, repo });
  if (!existing) {
    await octokit.rest.issues.create({ ...repo, title: CONFIG_PROBLEM_TITLE, body, ...NO_RETRY });
  } else if (existing.body !== body) {
    await octokit.rest.issues.update({ ...repo, issue_number: existing.number, body });
  }
  reported.set(repoKey(repo), body);
}

async function findOpenProblemIssue(params: {
  octokit: AppOctokit;
  repo: RepoRef;
}): Promise<{ number: number; body: string } | undefined> {
  const { octokit, repo } = params;
  const pages = octokit.paginate.iterator(octokit.rest.issues.listForRepo, {
    ...repo,
    state: 'open',
    per_page: 100,
  });
  for await (const page of pages) {
    const found = page.data.find(
      (i) =>
        i.title === CONFIG_PROBLEM_TITLE &&
        i.user?.type === 'Bot' &&
        (i.body ?? '').includes(CONFIG_PROBLEM_MARKER) &&
        !i.pull_request,
    );
    if (found) return { number: found.number, body: found.body ?? '' };
  }
  return undefined;
}
