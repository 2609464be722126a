import { type Config, configSchema } from '../../src/core/config/config-schema.js';
import { emptyFormats } from '../../src/core/pairing/formats/formats-file.js';
import type { PairingsFile, PlannedPair } from '../../src/core/pairing/pairings-file.js';
import { appCommentWithKey, findPairIssues } from '../../src/core/programme/pair-marker.js';
import type { ProgrammeEffect } from '../../src/core/programme/plan-programme-effects.js';
import type { ProgrammeComment, ProgrammeIssue } from '../../src/core/programme/programme-issue.js';
import type { Session } from '../../src/core/sessions/session-schema.js';

export const config: Config = configSchema.parse({});
export const APP = config.help.appLogin;
/** The app as REST names it: a Bot whose login is the slug with [bot]. */
export const app = { login: `${APP}[bot]`, isBot: true };
export const human = (login: string) => ({ login, isBot: false });

let ids = 5000;

/** A timestamp at 09:00 UTC on `day`, or `day` itself when it is one. */
export const at = (day: string) => (day.includes('T') ? day : `${day}T09:00:00Z`);

export function comment(
  author: { login: string; isBot: boolean },
  body: string,
  day: string,
): ProgrammeComment {
  ids += 1;
  return { id: ids, author, body, createdAt: at(day) };
}

export function issue(fields: Partial<ProgrammeIssue> & { number: number }): ProgrammeIssue {
  return {
    title: 'An issue',
    body: '',
    state: 'open',
    author: human('someone'),
    labels: [],
    createdAt: at('2026-11-02'),
    editedAt: at('2026-11-02'),
    closedAt: null,
    comments: [],
    ...fields,
  };
}

export function planned(
  mentor: string,
  mentee: string,
  startedOn: string,
  more: Partial<PlannedPair> = {},
): PlannedPair {
  return {
    mentor,
    mentee,
    status: 'new',
    startedOn,
    endsOn: addWeeks(startedOn, 6),
    fit: 3,
    reasons: [
      'Go: level 4 vs 2 (a goal)',
      '6h working-hour overlap (Africa/Lagos / Europe/Berlin)',
    ],
    ...more,
  };
}

export function pairingsFile(fields: Partial<PairingsFile> & { week: string }): PairingsFile {
  return {
    schemaVersion: 3,
    organization: 'acme',
    method: 'optimal',
    summary: { new: 0, continuing: 0, ended: 0, unpaired: 0, totalFit: 0 },
    pairs: [],
    ended: [],
    unpaired: [],
    history: [],
    formats: emptyFormats(),
    ...fields,
  };
}

export function session(mentor: string, mentee: string, date: string): Session {
  ids += 1;
  return {
    id: `s${ids}`,
    mentor,
    mentees: [mentee],
    date,
    durationMins: 45,
    topics: ['go'],
    outcome: '',
    source: { kind: 'manual' },
  };
}

export function addWeeks(day: string, weeks: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + weeks * 7 * 86_400_000)
    .toISOString()
    .slice(0, 10);
}

/**
 * What the shell does with the effects, in memory: skip what the markers show done, post,
 * update, open and close as the effect says. Returns the new issues (the input is not changed).
 */
export function applyEffects(
  before: readonly ProgrammeIssue[],
  effects: readonly ProgrammeEffect[],
  day: string,
): ProgrammeIssue[] {
  const issues = before.map((i) => ({ ...i, comments: [...i.comments] }));
  const byNumber = (n: number) => {
    const found = issues.find((i) => i.number === n);
    if (!found) throw new Error(`no issue #${n}`);
    return found;
  };
  for (const effect of effects) {
    if (effect.kind === 'open-pair-issue') {
      if (findPairIssues(issues, APP).has(effect.key)) continue;
      const number = Math.max(0, ...issues.map((i) => i.number)) + 1;
      issues.push(
        issue({
          number,
          title: effect.title,
          body: effect.body,
          author: app,
          labels: effect.labels,
          createdAt: at(day),
          editedAt: at(day),
        }),
      );
      continue;
    }
    if (effect.kind === 'open-format-issue') continue;
    const target = byNumber(effect.issue);
    const existing = appCommentWithKey(target, effect.key, APP);
    if (effect.kind === 'upsert-comment' && existing) {
      target.comments = target.comments.map((c) =>
        c.id === existing.id ? { ...c, body: effect.body } : c,
      );
    } else if (!existing) {
      target.comments.push(comment(app, effect.body, day));
    }
    if (effect.kind === 'close-pair-issue') {
      target.state = 'closed';
      target.closedAt = at(day);
    }
  }
  return issues;
}
