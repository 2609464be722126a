import type { Config } from '../core/config/config-schema.js';
import { unavailableBecause } from '../core/pairing/availability.js';
import { toPerson } from '../core/people/person.js';
import type { Snapshot } from '../core/snapshot/snapshot-schema.js';

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Who can take part this week, by role: what an empty result is explained with. */
export function takingPart(params: { snapshot: Snapshot; config: Config }) {
  const { snapshot, config } = params;
  const people = snapshot.people.map((p) => toPerson(p, config.roles));
  const present = people.filter(
    (p) =>
      !unavailableBecause({
        person: p,
        login: p.login,
        asOf: snapshot.asOf,
        pairing: config.pairing,
      }),
  );
  const of = (role: string) => present.filter((p) => p.role === role).length;
  return {
    people: people.length,
    away: people.length - present.length,
    mentors: of('mentor'),
    mentees: of('mentee'),
    peers: of('peer'),
  };
}

/**
 * Why a plan came out empty, in a line a person can act on, or null when it is not empty for
 * want of people: "0 pairs" alone reads like a fault.
 */
export function whyEmpty(params: {
  snapshot: Snapshot;
  config: Config;
  needs: 'mentors and mentees' | 'peers';
}): string | null {
  const n = takingPart(params);
  if (n.people === 0)
    return `Nothing to plan: the snapshot ${params.snapshot.organization} has no people; collect one with "mentorship snapshot", or check its people list.`;
  const away = n.away
    ? `; ${count(n.away, 'person is', 'people are')} away, opted out or inactive`
    : '';
  const roles =
    'Roles come from titles (roles.mentorTitles, roles.menteeTitles) and roles.overrides.';
  if (params.needs === 'peers')
    return n.peers < 2
      ? `Nothing to plan: ${count(n.peers, 'peer')} can take part this week (of ${count(n.people, 'person', 'people')}${away}); peer pairs need two. ${roles}`
      : null;
  if (n.mentors > 0 && n.mentees > 0) return null;
  return `Nothing to plan: ${count(n.mentors, 'mentor')} and ${count(n.mentees, 'mentee')} can take part this week (of ${count(n.people, 'person', 'people')}${away}); a pair needs one of each. ${roles}`;
}
