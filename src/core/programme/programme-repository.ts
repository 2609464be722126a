/**
 * Whether a repository is the programme repository, where enrolment issues are read. Without
 * programme.repository set, every repository the App runs in is: the Action defaults to the
 * repository it runs in, and an organisation that runs the programme in one repository names it.
 * GitHub compares owner and repository names without case.
 */
export function isProgrammeRepository(params: {
  /** "owner/name" of the repository the event is about. */
  repository: string;
  /** programme.repository. */
  configured: string | undefined;
}): boolean {
  const { repository, configured } = params;
  return configured === undefined || configured.toLowerCase() === repository.toLowerCase();
}
