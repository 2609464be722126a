import nock from 'nock';
import { describe, expect, it } from 'vitest';
import {
  CONFIG_PROBLEM_MARKER,
  CONFIG_PROBLEM_TITLE,
} from '../../src/core/config/config-problem-text.js';
import { API, fakeGitHub } from '../helpers/app-github.js';
import { example, INSTALLATION_ID, shapeIssue } from '../helpers/app-payloads.js';
import { deliver, testProbot } from '../helpers/app-probot.js';

const mentorIssue = () =>
  shapeIssue(example('issues', 'opened'), {
    title: 'Mentor wanted',
    body: '',
    labels: [],
    assignees: [],
  });

describe('installing the app', () => {
  it('creates both labels, with colours and descriptions, in every repository of the installation', async () => {
    const payload = example('installation', 'created');
    payload.installation.id = INSTALLATION_ID;
    payload.repositories = [
      ...payload.repositories,
      { ...payload.repositories[0], full_name: 'Codertocat/Other', name: 'Other' },
    ];
    const gh = fakeGitHub({ repos: ['Codertocat/Other'], labels: ['mentorship'] });
    const { probot } = await testProbot();
    await deliver(probot, 'installation', payload);
    const created = gh.writes().map((w) => `${w.path} ${(w.body as { name: string }).name}`);
    expect(created).toEqual([
      '/repos/Codertocat/Hello-World/labels mentorship',
      '/repos/Codertocat/Hello-World/labels senior-help-sessions',
      '/repos/Codertocat/Other/labels mentorship',
      '/repos/Codertocat/Other/labels senior-help-sessions',
    ]);
    expect(gh.labels.get('Codertocat/Other')).toEqual(
      new Set(['mentorship', 'senior-help-sessions']),
    );
    expect(gh.writes()[1]!.body).toEqual({
      name: 'senior-help-sessions',
      color: '5319e7',
      description: 'A senior help session: mentorship-bot routes it to a senior and logs sessions',
    });
  });
});

describe('adding repositories to the installation', () => {
  it('creates the labels in each added repository', async () => {
    const payload = example('installation_repositories', 'added');
    payload.installation.id = INSTALLATION_ID;
    const gh = fakeGitHub({ repos: ['Codertocat/Space'] });
    const { probot } = await testProbot();
    await deliver(probot, 'installation_repositories', payload);
    expect(gh.labels.get('Codertocat/Space')).toEqual(
      new Set(['mentorship', 'senior-help-sessions']),
    );
  });
});

describe('configuration', () => {
  it("reads the config from the Contents API, then the owner's .github repository, and uses defaults without either", async () => {
    const scope = nock(API)
      .post(`/app/installations/${INSTALLATION_ID}/access_tokens`)
      .reply(201, { token: 'ghs_x', expires_at: '2099-01-01T00:00:00Z' })
      .get('/repos/Codertocat/Hello-World/contents/.github%2Fmentorship.yml')
      .reply(404)
      .get('/repos/Codertocat/.github/contents/.github%2Fmentorship.yml')
      .reply(404)
      .post('/repos/Codertocat/Hello-World/labels')
      .reply(201, {})
      .post('/repos/Codertocat/Hello-World/issues/1/labels', { labels: ['mentorship'] })
      .reply(200, []);
    const { probot } = await testProbot();
    await deliver(probot, 'issues', mentorIssue());
    scope.done();
  });

  it("follows the org's .github config and its _extends, lists replacing rather than adding up", async () => {
    const gh = fakeGitHub({
      orgConfig: '_extends: shared-config\nhelp:\n  mentorshipKeywords: [apprentice]\n',
      repos: [],
    });
    const shared = nock(API)
      .get('/repos/Codertocat/shared-config/contents/.github%2Fmentorship.yml')
      .times(2)
      .reply(
        200,
        'labels:\n  mentorship: mentoring-wanted\nhelp:\n  mentorshipKeywords: [mentor]\n',
      );
    const { probot } = await testProbot();
    await deliver(probot, 'issues', mentorIssue()); // "mentor" is no longer a keyword
    const apprentice = mentorIssue();
    apprentice.issue.title = 'Apprentice looking for guidance';
    await deliver(probot, 'issues', apprentice);
    expect(
      gh
        .writes()
        .filter((w) => w.path.endsWith('/issues/1/labels'))
        .map((w) => w.body),
    ).toEqual([{ labels: ['mentoring-wanted'] }]);
    shared.done();
  });

  it('with a broken config does nothing else and opens one issue naming each problem, updated not repeated', async () => {
    const gh = fakeGitHub({
      config: 'pairing:\n  capacity: 50\nhelp:\n  seniors: ["not a login"]\nlables: {}\n',
    });
    const { probot } = await testProbot();
    await deliver(probot, 'issues', mentorIssue());
    await deliver(probot, 'issues', mentorIssue());
    const again = await testProbot(); // a restarted process finds the issue instead of opening another
    await deliver(again.probot, 'issues', mentorIssue());
    expect(gh.writes().map((w) => `${w.method} ${w.path}`)).toEqual([
      'POST /repos/Codertocat/Hello-World/issues',
    ]);
    const issue = gh.writes()[0]!.body as { title: string; body: string };
    expect(issue.title).toBe(CONFIG_PROBLEM_TITLE);
    expect(issue.body).toContain('pairing.capacity: expected a number from 1 to 10, got 50');
    expect(issue.body).toContain('help.seniors.0: "not a login" is not a valid GitHub login');
    expect(issue.body).toContain('lables: unknown setting; check its spelling or remove it');
    expect(issue.body).toContain(CONFIG_PROBLEM_MARKER);
  });

  it('updates the problem issue when the problems change, and reports unreadable YAML', async () => {
    const gh = fakeGitHub({
      config: 'help: [unclosed\n',
      openIssues: [
        {
          number: 77,
          title: CONFIG_PROBLEM_TITLE,
          body: `- old problem\n${CONFIG_PROBLEM_MARKER}`,
          user: { login: 'mentorship-bot[bot]', type: 'Bot' },
        },
      ],
    });
    const { probot } = await testProbot();
    await deliver(probot, 'issues', mentorIssue());
    expect(gh.writes().map((w) => `${w.method} ${w.path}`)).toEqual([
      'PATCH /repos/Codertocat/Hello-World/issues/77',
    ]);
    expect((gh.writes()[0]!.body as { body: string }).body).toMatch(
      /mentorship\.yml.*invalid YAML/,
    );
  });

  const BROKEN = 'pairing:\n  capacity: 50\n';

  it('opens one problem issue when two deliveries with a broken config arrive at once', async () => {
    const gh = fakeGitHub({ config: BROKEN });
    const { probot } = await testProbot();
    await Promise.all([
      deliver(probot, 'issues', mentorIssue()),
      deliver(probot, 'issues', mentorIssue()),
    ]);
    expect(gh.writes().map((w) => `${w.method} ${w.path}`)).toEqual([
      'POST /repos/Codertocat/Hello-World/issues',
    ]);
  });

  it('closes the duplicate when two instances race to report, keeping the lowest number', async () => {
    const gh = fakeGitHub({ config: BROKEN, race: 2 });
    const first = await testProbot();
    const second = await testProbot();
    await Promise.all([
      deliver(first.probot, 'issues', mentorIssue()),
      deliver(second.probot, 'issues', mentorIssue()),
    ]);
    const created = gh.writes().filter((w) => w.method === 'POST');
    expect(created).toHaveLength(2); // both raced past the check
    expect(gh.issues.filter((i) => i.state !== 'closed').map((i) => i.number)).toEqual([77]);
    expect(gh.writes()).toContainEqual({
      method: 'PATCH',
      path: '/repos/Codertocat/Hello-World/issues/78',
      body: { state: 'closed', state_reason: 'not_planned' },
    });
  });

  it("leaves alone a look-alike problem issue another bot opened, and opens the app's own", async () => {
    const gh = fakeGitHub({
      config: BROKEN,
      openIssues: [
        {
          number: 50,
          title: CONFIG_PROBLEM_TITLE,
          body: `- old problem\n${CONFIG_PROBLEM_MARKER}`,
          user: { login: 'other-app[bot]', type: 'Bot' },
        },
      ],
    });
    const { probot } = await testProbot();
    await deliver(probot, 'issues', mentorIssue());
    expect(gh.writes().map((w) => `${w.method} ${w.path}`)).toEqual([
      'POST /repos/Codertocat/Hello-World/issues',
    ]);
  });

  it('names a problem without echoing markup from the config', async () => {
    const gh = fakeGitHub({ config: 'help:\n  seniors: ["<!-- x -->"]\n' });
    const { probot } = await testProbot();
    await deliver(probot, 'issues', mentorIssue());
    const body = (gh.writes()[0]!.body as { body: string }).body;
    expect(body.match(/</g)).toHaveLength(1); // the marker that ends it
    expect(body).toContain('\u2039!-- x --\u203a');
  });
});
