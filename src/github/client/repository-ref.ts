/** A repository by owner and name, as every REST route under /repos takes it. */
export interface RepositoryRef {
  owner: string;
  repo: string;
}

export function repoParams(ref: RepositoryRef): { owner: string; repo: string } {
  return { owner: ref.owner, repo: ref.repo };
}

/** An issue (or pull request) by repository and number, as /issues routes take it. */
export interface IssueRef extends RepositoryRef {
  issue_number: number;
}
