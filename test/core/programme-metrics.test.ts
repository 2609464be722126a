import { describe, expect, it } from 'vitest';
import {
  emptyProgrammeTallies,
  programmeFamilies,
} from '../../src/core/metrics/programme-metrics.js';
import { renderPrometheus } from '../../src/core/metrics/prometheus.js';
import { sessionElsewhereReply } from '../../src/core/session-records/session-elsewhere.js';
import { parseSessionMarker } from '../../src/core/session-records/session-marker.js';

describe('programme metrics', () => {
  it('renders every known series from zero, as counters', () => {
    const t = emptyProgrammeTallies();
    t.pairsEnded['not a fit'] += 2;
    const text = renderPrometheus(programmeFamilies(t));
    expect(text).toContain('# TYPE mentorship_programme_fit_answers_total counter');
    expect(text).toContain('mentorship_programme_fit_answers_total{answer="unsure"} 0');
    expect(text).toContain('mentorship_programme_pairs_ended_total{reason="not a fit"} 2');
    expect(text).toContain('mentorship_programme_pairs_ended_total{reason="unstated"} 0');
    expect(text).toContain('mentorship_programme_post_mortems_total 0');
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
