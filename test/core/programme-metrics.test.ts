import { describe, expect, it } from 'vitest';
import {
  emptyProgrammeTallies,
  programmeFamilies,
} from '../../src/core/metrics/programme-metrics.js';
import { sessionElsewhereReply } from '../../src/core/session-records/session-elsewhere.js';
import { parseSessionMarker } from '../../src/core/session-records/session-marker.js';

describe('programme metrics', () => {
  it('has every known series from zero, as counters', () => {
    const t = emptyProgrammeTallies();
    t.pairsEnded['not a fit'] += 2;
    const families = programmeFamilies(t);
    const family = (name: string) => families.find((f) => f.name === name);
    expect(family('mentorship_programme_fit_answers_total')?.type).toBe('counter');
    expect(family('mentorship_programme_fit_answers_total')?.samples).toContainEqual({
      labels: { answer: 'unsure' },
      value: 0,
    });
    expect(family('mentorship_programme_pairs_ended_total')?.labelNames).toEqual(['reason']);
    expect(family('mentorship_programme_pairs_ended_total')?.samples).toContainEqual({
      labels: { reason: 'not a fit' },
      value: 2,
    });
    expect(family('mentorship_programme_pairs_ended_total')?.samples).toContainEqual({
      labels: { reason: 'unstated' },
      value: 0,
    });
    expect(family('mentorship_programme_post_mortems_total')?.samples).toEqual([
      { labels: {}, value: 0 },
    ]);
  });
});

describe('the reply to a /session where sessions are not logged', () => {
  it('names the labels inertly and refuses in the session marker’s terms', () => {
    const reply = sessionElsewhereReply({
      commentId: 7,
      labels: { mentorship: 'mentor<ing>', seniorHelp: 'senior-help-sessions' },
    });
    expect(reply.body).toContain('`mentor‹ing›`');
    expect(parseSessionMarker(reply.body)).toEqual({ v: 1, key: 'comment:7', status: 'refused' });
  });
});
