import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { API, fakeGitHub } from '../helpers/app-github.js';
import { example, shapeIssue } from '../helpers/app-payloads.js';
import { deliver, testProbot } from '../helpers/app-probot.js';

const mentorIssue = () =>
  shapeIssue(example('issues', 'opened'), {
    title: 'Mentor wanted',
    body: '',
    labels: [],
    assignees: [],
  });

/** Another config file served raw, as the Contents API answers `format: raw`. */
function serveFile(repo: string, path: string, text: string) {
  return nock(API)
    .get(`/repos/${repo}/contents/${encodeURIComponent(path)}`)
    .reply(200, text);
}

/** The one config-problem issue the delivery opened: its body. */
async function problemIssueFor(config: string): Promise<string> {
  const gh = fakeGitHub({ config });
  const { probot } = await testProbot();
  await deliver(probot, 'issues', mentorIssue());
  expect(gh.writes().map((w) => `${w.method} ${w.path}`)).toEqual([
    'POST /repos/Codertocat/Hello-World/issues',
  ]);
  return (gh.writes()[0]!.body as { body: string }).body;
}

describe('configuration with _extends', () => {
  it('follows a relative path to another file in the same repository', async () => {
    const gh = fakeGitHub({ config: '_extends: ./base.yml\nhelp:\n  appLogin: mentorship-bot\n' });
    const base = serveFile(
      'Codertocat/Hello-World',
      '.github/base.yml',
      'labels:\n  mentorship: mentoring-wanted\n',
    );
    const { probot } = await testProbot();
    await deliver(probot, 'issues', mentorIssue());
    expect(
      gh
        .writes()
        .filter((w) => w.path.endsWith('/issues/1/labels'))
        .map((w) => w.body),
    ).toEqual([{ labels: ['mentoring-wanted'] }]);
    base.done();
  });

  it('reports a problem in an extended file under that file’s name', async () => {
    const shared = serveFile(
      'Codertocat/shared-config',
      '.github/mentorship.yml',
      'pairing:\n  capacity: 50\n',
    );
    const body = await problemIssueFor('_extends: shared-config\n');
    expect(body).toContain(
      'Codertocat/shared-config:.github/mentorship.yml: pairing.capacity: expected a number from 1 to 10, got 50',
    );
    shared.done();
  });

  it('reports unreadable YAML in an extended file at its line and column', async () => {
    const shared = serveFile(
      'Codertocat/shared-config',
      '.github/mentorship.yml',
      'help:\n  seniors: [ada\n',
    );
    const body = await problemIssueFor('_extends: shared-config\n');
    expect(body).toMatch(/Codertocat\/shared-config:\.github\/mentorship\.yml:3:1: invalid YAML: /);
    shared.done();
  });

  it('reports a cycle, naming every file around it', async () => {
    const shared = serveFile(
      'Codertocat/shared-config',
      '.github/mentorship.yml',
      '_extends: Hello-World\n',
    );
    const body = await problemIssueFor('_extends: shared-config\n');
    expect(body).toContain(
      'Codertocat/shared-config:.github/mentorship.yml: _extends: "Hello-World" leads back to .github/mentorship.yml, a cycle (.github/mentorship.yml → Codertocat/shared-config:.github/mentorship.yml → .github/mentorship.yml)',
    );
    shared.done();
  });

  it('reports a bad _extends value with the forms it takes', async () => {
    expect(await problemIssueFor('_extends: "not a repository!"\n')).toContain(
      '.github/mentorship.yml: _extends: expected "repo", "owner/repo", "owner/repo:path/to/file.yml" or a relative path such as "./base.yml", got "not a repository!"',
    );
  });

  it('reports an extended file that is not there, where Probot would silently skip it', async () => {
    const missing = nock(API)
      .get('/repos/Codertocat/gone/contents/.github%2Fmentorship.yml')
      .reply(404, { message: 'Not Found' });
    expect(await problemIssueFor('_extends: gone\n')).toContain(
      '.github/mentorship.yml: _extends: there is no Codertocat/gone:.github/mentorship.yml',
    );
    missing.done();
  });
});
