import { describe, expect, it } from 'vitest';
import { AppMetrics } from '../../src/app/app-metrics.js';
import { closingText, nudgeText } from '../../src/core/programme/programme-comment-text.js';
import { fakeGitHub } from '../helpers/app-github.js';
import { asSender, example, shapeIssue } from '../helpers/app-payloads.js';
import { deliver, deliverComment, testProbot } from '../helpers/app-probot.js';
import {
  APP_BOT,
  byApp,
  enrolmentComment,
  offerBody,
  PAIR,
  pairBody,
  pairComment,
} from '../helpers/app-programme.js';

const lines = async (metrics: AppMetrics, name: string) =>
  (await metrics.render()).split('\n').filter((l) => l.startsWith(name));

function pairOpened() {
  const p = shapeIssue(example('issues', 'opened'), {
    body: pairBody(),
    labels: [],
    private: true,
  });
  p.issue.user = { ...p.issue.user, login: APP_BOT, type: 'Bot' };
  return byApp(p);
}

const fromApp = (id: number, body: string, author = APP_BOT) => {
  const p = pairComment({ id, author, body });
  p.comment.user = { ...p.comment.user, login: author, type: 'Bot' };
  return asSender(p, author, 'Bot');
};

describe('programme metrics', () => {
  it('counts pairs introduced, nudged and ended from the weekly run’s own issues and comments, once each', async () => {
    const gh = fakeGitHub();
    const metrics = new AppMetrics();
    const { probot } = await testProbot({ metrics });
    await deliver(probot, 'issues', pairOpened());
    await deliver(probot, 'issues', pairOpened()); // redelivered
    const nudge = nudgeText({ pair: PAIR, lastSession: undefined, weeks: 2, week: '2026-11-30' });
    await deliverComment(probot, gh, fromApp(950, nudge));
    await deliverComment(probot, gh, fromApp(950, nudge));
    const close = closingText({
      pair: PAIR,
      reason: 'inactive',
      marker: { v: 1, kind: 'close', reason: 'inactive' },
      postMortem: 'Week 6: post-mortem',
      postMortemDone: false,
    });
    await deliverComment(probot, gh, fromApp(951, close));
    // Another bot's copy of a nudge is not the weekly run's; the workflow bot's is.
    await deliverComment(probot, gh, fromApp(952, nudge, 'other-bot[bot]'));
    await deliverComment(probot, gh, fromApp(953, nudge, 'github-actions[bot]'));
    expect(await lines(metrics, 'mentorship_programme_pairs_introduced_total')).toEqual([
      'mentorship_programme_pairs_introduced_total 1',
    ]);
    expect(await lines(metrics, 'mentorship_programme_nudges_total')).toEqual([
      'mentorship_programme_nudges_total 2',
    ]);
    expect(await lines(metrics, 'mentorship_programme_pairs_ended_total{')).toContain(
      'mentorship_programme_pairs_ended_total{reason="inactive"} 1',
    );
    expect(gh.writes()).toEqual([]);
  });

  it('counts fit answers by answer, extensions, enrolment commands and refusals, never people', async () => {
    const gh = fakeGitHub({ members: ['amara'] });
    const metrics = new AppMetrics();
    const { probot } = await testProbot({ metrics });
    const fit = pairComment({ id: 960, author: 'zainab', body: '/fit good' });
    await deliverComment(probot, gh, fit);
    await deliverComment(probot, gh, fit);
    await deliverComment(probot, gh, pairComment({ id: 961, author: 'mallory', body: '/fit no' }));
    await deliverComment(
      probot,
      gh,
      pairComment({ id: 962, author: 'amara', body: '/mentorship extend 9w' }),
    );
    expect(await lines(metrics, 'mentorship_programme_fit_answers_total{')).toEqual([
      'mentorship_programme_fit_answers_total{answer="good"} 1',
      'mentorship_programme_fit_answers_total{answer="unsure"} 0',
      'mentorship_programme_fit_answers_total{answer="no"} 0',
    ]);
    expect(await lines(metrics, 'mentorship_programme_extensions_total{')).toEqual([
      'mentorship_programme_extensions_total{outcome="granted"} 0',
      'mentorship_programme_extensions_total{outcome="refused"} 1',
    ]);
    expect(await lines(metrics, 'mentorship_programme_commands_refused_total{')).toContain(
      'mentorship_programme_commands_refused_total{reason="not-allowed"} 1',
    );
    const programme = (await metrics.render())
      .split('\n')
      .filter((l) => l.startsWith('mentorship_programme_'))
      .join('\n');
    expect(programme).not.toMatch(/amara|zainab|mallory/);
  });

  it('counts accepted enrolment commands by command', async () => {
    const gh = fakeGitHub({ members: ['amara'] });
    const metrics = new AppMetrics();
    const { probot } = await testProbot({ metrics });
    const issue = { body: offerBody(), author: 'amara' };
    const capacity = enrolmentComment(
      { id: 963, author: 'amara', body: '/mentorship capacity 1' },
      issue,
    );
    await deliverComment(probot, gh, capacity);
    await deliverComment(probot, gh, capacity);
    expect(await lines(metrics, 'mentorship_programme_enrolment_commands_total{')).toEqual([
      'mentorship_programme_enrolment_commands_total{command="pause"} 0',
      'mentorship_programme_enrolment_commands_total{command="resume"} 0',
      'mentorship_programme_enrolment_commands_total{command="capacity"} 1',
      'mentorship_programme_enrolment_commands_total{command="leave"} 0',
    ]);
  });

  it('counts a post-mortem when a person ticks its line on the pair issue', async () => {
    fakeGitHub();
    const metrics = new AppMetrics();
    const { probot } = await testProbot({ metrics });
    const before = pairBody();
    const lastLine = before
      .split('\n')
      .filter((l) => l.startsWith('- [ ]'))
      .at(-1)!;
    const after = before.replace(lastLine, lastLine.replace('- [ ]', '- [x]'));
    const edited = shapeIssue(example('issues', 'edited'), { body: after, private: true });
    edited.issue.user = { ...edited.issue.user, login: APP_BOT, type: 'Bot' };
    edited.changes = { body: { from: before } };
    asSender(edited, 'zainab');
    await deliver(probot, 'issues', edited);
    await deliver(probot, 'issues', edited);
    expect(await lines(metrics, 'mentorship_programme_post_mortems_total')).toEqual([
      'mentorship_programme_post_mortems_total 1',
    ]);
  });
});
