import type { Config } from '../../config/config-schema.js';
import { weekStart } from '../../dates.js';
import { LoginMap, type ReadonlyLoginMap } from '../../people/login.js';
import { type Person, toPerson } from '../../people/person.js';
import type { Snapshot } from '../../snapshot/snapshot-schema.js';
import { unavailableBecause } from '../availability.js';
import { createMeetingRules, type MeetingRules } from './meeting-rules.js';

/** What every format plans a week from. */
export interface FormatsWeek {
  people: ReadonlyLoginMap<Person>;
  config: Config;
  /** Monday of the week planned. */
  week: string;
  asOf: string;
  rules: MeetingRules;
  /** Why someone cannot take part this week (gone, inactive, opted out, away, paused), or null. */
  unavailable: (login: string) => string | null;
}

/** The week of `snapshot` (its people with roles, who is away, the meeting rules) for the formats. */
export function formatsWeekOf(params: { snapshot: Snapshot; config: Config }): FormatsWeek {
  const { snapshot, config } = params;
  const { asOf } = snapshot;
  const { pairing } = config;
  const people = new LoginMap(snapshot.people.map((r) => [r.login, toPerson(r, config.roles)]));
  return {
    people,
    config,
    week: weekStart(asOf),
    asOf,
    rules: createMeetingRules({ pairing, asOf }),
    unavailable: (login) => unavailableBecause({ person: people.get(login), login, asOf, pairing }),
  };
}

/** Someone who can take part this week, with who they are. */
export function presentPerson(ctx: FormatsWeek, login: string): Person | undefined {
  return ctx.unavailable(login) ? undefined : ctx.people.get(login);
}

/**
 * Why a running reverse pair or buddy stops this week, or null to let it run on: as a 1:1 pair,
 * someone gone or away first, then a pair now forbidden, then the end of its term (`complete`
 * says it). It ends on the plan's Monday.
 */
export function runningEndReason(params: {
  ctx: FormatsWeek;
  a: string;
  b: string;
  endsOn: string;
  complete: string;
}): string | null {
  const { ctx, a, b } = params;
  const away = ctx.unavailable(a) ?? ctx.unavailable(b);
  if (away) return away;
  if (!ctx.rules.together(ctx.people.get(a)!, ctx.people.get(b)!))
    return 'the pair is now forbidden in config';
  return params.endsOn <= ctx.asOf ? params.complete : null;
}
