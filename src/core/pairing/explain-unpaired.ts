import type { Blocker } from './assess-pair.js';

/** What stood between one mentee and each mentor, gathered while planning. */
export interface MenteeObstacles {
  unavailableMentors: string[];
  fullMentors: string[];
  /** Mentors whose own capacity this cycle is 0: not full, just not taking anyone. */
  notTakingMentors: string[];
  blocked: Array<{ mentor: string; blockers: Blocker[] }>;
  /** Mentors who could have taken the mentee but whose capacity went to others. */
  suitableButTaken: string[];
}

const names = (logins: string[]) =>
  logins.length <= 3
    ? logins.join(', ')
    : `${logins.slice(0, 3).join(', ')} and ${logins.length - 3} more`;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Short reasons, most actionable first, for why a mentee has no mentor this week. */
export function explainUnpaired(o: MenteeObstacles): string[] {
  const reasons: string[] = [];
  if (o.suitableButTaken.length) {
    reasons.push(
      `no capacity left: ${plural(o.suitableButTaken.length, 'suitable mentor')} (${names(o.suitableButTaken)}) went to other mentees`,
    );
  }
  if (o.fullMentors.length) {
    reasons.push(
      `${plural(o.fullMentors.length, 'mentor')} already at capacity (${names(o.fullMentors)})`,
    );
  }
  if (o.notTakingMentors.length) {
    const n = o.notTakingMentors.length;
    reasons.push(
      `${plural(n, 'mentor')} ${n === 1 ? 'takes' : 'take'} no mentees this cycle (${names(o.notTakingMentors)})`,
    );
  }
  if (o.unavailableMentors.length) {
    reasons.push(
      `${plural(o.unavailableMentors.length, 'mentor')} unavailable: ${names(o.unavailableMentors)}`,
    );
  }
  const byKind = (kind: Blocker['kind']) =>
    o.blocked.filter((b) => b.blockers.some((x) => x.kind === kind)).map((b) => b.mentor);
  const overlap = byKind('overlap');
  if (overlap.length)
    reasons.push(
      `${plural(overlap.length, 'mentor')} without enough shared working hours (${names(overlap)})`,
    );
  const gap = byKind('gap');
  if (gap.length)
    reasons.push(
      `${plural(gap.length, 'mentor')} not the right number of levels ahead in their areas (${names(gap)})`,
    );
  const cooling = byKind('cool-down');
  if (cooling.length) reasons.push(`cooling down after an earlier pairing with ${names(cooling)}`);
  const forbidden = byKind('forbidden');
  if (forbidden.length) reasons.push(`forbidden in config with ${names(forbidden)}`);
  const otherTrack = byKind('other-track');
  if (otherTrack.length) reasons.push(`already mentored by ${names(otherTrack)} in another track`);
  if (reasons.length === 0) reasons.push('no mentors in the organisation');
  return reasons;
}
