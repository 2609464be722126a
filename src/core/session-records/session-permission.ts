import { includesLogin, sameLogin } from '../people/login.js';

/**
 * Who may log on an issue at all: its participants (author, assignees, anyone who commented
 * before) and the configured seniors. Logins compare case-insensitively.
 */
export function mayLogSession(params: {
  actor: string;
  issueAuthor: string;
  assignees: readonly string[];
  earlierCommenters: readonly string[];
  seniors: readonly string[];
}): boolean {
  return includesLogin(
    [params.issueAuthor, ...params.assignees, ...params.earlierCommenters, ...params.seniors],
    params.actor,
  );
}

/**
 * Whether `actor` may record this session: a configured senior may record any; anyone else only
 * a session they led, or, as a mentee, one whose mentor they did not choose themselves (a help
 * issue's assignee). So nobody but the mentor or a senior can put minutes on a mentor's week.
 */
export function mayRecordSession(params: {
  actor: string;
  session: { mentor: string; mentees: readonly string[] };
  seniors: readonly string[];
  /** The actor wrote who the mentor is (a /session command, a session form). */
  mentorChosenByActor: boolean;
}): boolean {
  const { actor, session } = params;
  if (includesLogin(params.seniors, actor)) return true;
  if (sameLogin(session.mentor, actor)) return true;
  return !params.mentorChosenByActor && includesLogin(session.mentees, actor);
}
