import { describe, expect, it } from 'vitest';
import { fakeGitHub, type GraphqlAnswer, RATE_LIMIT } from '../helpers/app-github.js';
import { asSender, example, shapeIssue } from '../helpers/app-payloads.js';
import { deliver, testProbot } from '../helpers/app-probot.js';

const opened = (shape: { title?: string; body?: string; labels?: string[] }) =>
  shapeIssue(example('issues', 'opened'), { author: 'alice', labels: [], assignees: [], ...shape });

const labelWrites = (gh: ReturnType<typeof fakeGitHub>) =>
  gh
    .writes()
    .filter((w) => w.path.endsWith('/issues/1/labels'))
    .map((w) => w.body);

const nobodyToAsk = (call: GraphqlAnswer) =>
  call.operation === 'SeniorFacts'
    ? { data: { rateLimit: RATE_LIMIT, search: { nodes: [] } } }
    : undefined;

describe('labeling new issues', () => {
  it('labels a mentorship request found by a title keyword, creating the missing label first', async () => {
    const gh = fakeGitHub();
    const { probot } = await testProbot();
    await deliver(
      probot,
      'issues',
      opened({ title: 'Looking for a mentor for Kubernetes', body: 'I would like to learn.' }),
    );
    expect(gh.writes()).toEqual([
      {
        method: 'POST',
        path: '/repos/Codertocat/Hello-World/labels',
        body: {
          name: 'mentorship',
          color: '0e8a16',
          description: 'A request for a mentor; mentorship-bot pairs it in the weekly plan',
        },
      },
      {
        method: 'POST',
        path: '/repos/Codertocat/Hello-World/issues/1/labels',
        body: { labels: ['mentorship'] },
      },
    ]);
  });

  it('labels the mentorship form, without creating a label the repository has', async () => {
    const gh = fakeGitHub({ labels: ['mentorship'] });
    const { probot } = await testProbot();
    const body =
      '### Goals\n\nReview infra changes\n\n### Preferred topics\n\nTerraform\n\n### Time zone\n\nEurope/Berlin';
    await deliver(probot, 'issues', opened({ title: 'Mentorship request: infra', body }));
    expect(labelWrites(gh)).toEqual([{ labels: ['mentorship'] }]);
    expect(gh.labels.get('Codertocat/Hello-World')).toEqual(new Set(['mentorship']));
  });

  it('labels a /help command with the senior-help label and routes it (here: to nobody)', async () => {
    const gh = fakeGitHub({ graphql: nobodyToAsk });
    const { probot } = await testProbot();
    await deliver(
      probot,
      'issues',
      opened({ title: 'Deploys time out', body: 'Tried rerunning.\n/help' }),
    );
    expect(labelWrites(gh)).toEqual([{ labels: ['senior-help-sessions'] }]);
    expect(gh.botComments()[0]!.body).toContain('I could not find a senior');
  });

  it('labels a /mentor command and uses configured label names and keywords', async () => {
    const gh = fakeGitHub({
      config: 'labels:\n  mentorship: wants-mentor\nhelp:\n  mentorshipKeywords: [coach]\n',
    });
    const { probot } = await testProbot();
    await deliver(probot, 'issues', opened({ title: 'Growth', body: '/mentor please' }));
    await deliver(probot, 'issues', opened({ title: 'Need a coach', body: '' }));
    expect(labelWrites(gh)).toEqual([{ labels: ['wants-mentor'] }, { labels: ['wants-mentor'] }]);
  });

  it('leaves other issues, commands inside code blocks, and issues opened by bots alone', async () => {
    const gh = fakeGitHub();
    const { probot } = await testProbot();
    await deliver(probot, 'issues', opened({ title: 'Typo in README', body: 'Fix it' }));
    await deliver(probot, 'issues', opened({ title: 'Docs', body: '```\n/help\n```' }));
    const byBot = asSender(opened({ title: 'Mentor wanted' }), 'dependabot[bot]', 'Bot');
    await deliver(probot, 'issues', byBot);
    expect(gh.writes()).toEqual([]);
  });
});
