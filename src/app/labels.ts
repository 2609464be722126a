import type { LabelSpec } from '../core/config/label-specs.js';
import {
  type AppOctokit,
  hasStatus,
  type IssueRef,
  type RepoRef,
  repoKey,
} from './github-types.js';

/**
 * Creates the labels a repository lacks. Creating and accepting GitHub's "already exists" costs
 * one request per label and is safe to race; `known` remembers labels seen per repository.
 */
export async function ensureLabels(params: {
  octokit: AppOctokit;
  repo: RepoRef;
  specs: readonly LabelSpec[];
  known: Set<string>;
}): Promise<void> {
  const { octokit, repo, known } = params;
  for (const spec of params.specs) {
    const k = `${repoKey(repo)}:${spec.name.toLowerCase()}`;
    if (known.has(k)) continue;
    try {
      await octokit.rest.issues.createLabel({ ...repo, ...spec });
    } catch (error) {
      if (!hasStatus(error, 422)) throw error;
    }
    known.add(k);
  }
}

/** Adds a label to an issue, creating it (with its colour and description) when missing. */
export async function applyLabel(params: {
  octokit: AppOctokit;
  issue: IssueRef;
  spec: LabelSpec;
  known: Set<string>;
}): Promise<void> {
  const { octokit, issue, spec, known } = params;
  const repo = { owner: issue.owner, repo: issue.repo };
  await ensureLabels({ octokit, repo, specs: [spec], known });
  await octokit.rest.issues.addLabels({ ...issue, labels: [spec.name] });
}
