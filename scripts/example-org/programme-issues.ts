import type { Config } from '../../src/core/config/config-schema.js';
import type { ProgrammeIssuesFile } from '../../src/core/programme/programme-issue.js';
import type { Session } from '../../src/core/sessions/session-schema.js';
import { buildEnrolmentIssues } from './enrolment-issues.js';
import { buildPairIssues } from './pair-issues.js';
import { PEOPLE } from './people-data.js';
import { withCommentIds } from './programme-drafts.js';
import { SESSIONS_REPOSITORY } from './sessions.js';

/**
 * acme/mentoring's issues as the weekly run reads them on `asOf` (examples/acme/issues.json):
 * the enrolment issues, the pair issues and what the app and the people wrote on them. Help
 * requests and other issues of the repository are left out: the programme reads neither.
 */
export function buildProgrammeIssues(params: {
  config: Config;
  sessions: readonly Session[];
  asOf: string;
}): ProgrammeIssuesFile {
  const enrolments = buildEnrolmentIssues();
  const enrolmentIssueOf = (login: string) =>
    enrolments.find((i) => i.author.login === login)?.number;
  const personOf = (login: string) => {
    const person = PEOPLE.find((p) => p.login === login);
    if (!person) throw new Error(`${login} is not one of the example people`);
    return { timezone: person.timezone };
  };
  const pairs = buildPairIssues({ ...params, personOf, enrolmentIssueOf });
  for (const { issue, comment } of pairs.links) {
    const enrolment = enrolments.find((i) => i.number === issue)!;
    enrolment.comments.push(comment);
  }
  return {
    repository: SESSIONS_REPOSITORY,
    asOf: params.asOf,
    issues: withCommentIds([...enrolments, ...pairs.issues]),
  };
}
