import { compareLogins, LoginMap } from '../../people/login.js';
import type { PersonRecord } from '../../people/person-schema.js';
import type { HrPair } from './export-schemas.js';

export interface LeftOut {
  mentor: string;
  mentee: string;
  /** Who lacks an id and why, e.g. "tom-becker (mentee) has no Linear user id: …". */
  reason: string;
}

/**
 * The running pairs as `[{senior_id, junior_id}]` with Linear user ids, logins beside them. A
 * pair where someone has no Linear id is left out of the list and said apart, with the reason.
 */
export function hrExport(params: {
  pairs: ReadonlyArray<{ mentor: string; mentee: string }>;
  people: readonly Pick<PersonRecord, 'login' | 'linearId'>[];
}): { pairs: HrPair[]; leftOut: LeftOut[] } {
  const people = new LoginMap(params.people.map((p) => [p.login, p] as const));
  const sorted = [...params.pairs].sort(
    (a, b) => compareLogins(a.mentor, b.mentor) || compareLogins(a.mentee, b.mentee),
  );
  const pairs: HrPair[] = [];
  const leftOut: LeftOut[] = [];
  for (const pair of sorted) {
    const mentor = people.get(pair.mentor);
    const mentee = people.get(pair.mentee);
    const missing = [
      ...(mentor?.linearId ? [] : [why(pair.mentor, 'mentor', mentor)]),
      ...(mentee?.linearId ? [] : [why(pair.mentee, 'mentee', mentee)]),
    ];
    if (missing.length || !mentor?.linearId || !mentee?.linearId)
      leftOut.push({ mentor: pair.mentor, mentee: pair.mentee, reason: missing.join('; ') });
    else
      pairs.push({
        senior_id: mentor.linearId,
        junior_id: mentee.linearId,
        senior_login: mentor.login,
        junior_login: mentee.login,
      });
  }
  return { pairs, leftOut };
}

function why(login: string, side: string, person: object | undefined): string {
  return person
    ? `${login} (${side}) has no Linear user id: no Linear user was matched to this login; link the GitHub account in Linear or map it under linear.githubLogins, then collect a new snapshot`
    : `${login} (${side}) is not among the snapshot's people`;
}
