import { describe, expect, it } from 'vitest';
import { parseRoutedMarker, renderRoutedMarker } from '../../src/core/help/routing-comment.js';
import { renderSessionMarker } from '../../src/core/session-records/session-marker.js';
import { fakeGitHub, type GraphqlAnswer, RATE_LIMIT } from '../helpers/app-github.js';
import { example, helpFormBody, shapeIssue } from '../helpers/app-payloads.js';
import { deliver, testProbot } from '../helpers/app-probot.js';
import { userContributions } from '../helpers/github-nock.js';

const HELP = 'senior-help-sessions';
// TODAY is Tuesday 2026-11-17. With three seniors the rota that week runs bob (Monday),
// carol (Tuesday), dave (Wednesday).
const CONFIG = 'help:\n  seniors: [bob, carol, dave]\n';

interface World {
  busy?: string[];
  /** Help issues this week: number, assignees, and app markers (or forged ones). */
  issues?: Array<{
    number: number;
    assignees: string[];
    comments?: Array<{ bot: boolean; body: string; login?: string }>;
  }>;
  activity?: Record<
    string,
    Array<{ repo: string; language?: string; commits?: number; pullRequests?: number }>
  >;
  missing?: string[];
}

function answers(world: World) {
  return (call: GraphqlAnswer) => {
    if (call.operation === 'SeniorFacts') {
      const data: Record<string, unknown> = { rateLimit: RATE_LIMIT };
      for (const [k, login] of Object.entries(call.variables)) {
        if (!k.startsWith('login')) continue;
        const alias = `s${k.slice(5)}`;
        data[alias] = world.missing?.includes(String(login))
          ? null
          : {
              login,
              status: world.busy?.includes(String(login))
                ? { indicatesLimitedAvailability: true }
                : null,
            };
      }
      data.search = searchPage(world, undefined);
      return { data };
    }
    if (call.operation === 'SeniorLoadPage') {
      const after = String(call.variables.cursor);
      return { data: { rateLimit: RATE_LIMIT, search: searchPage(world, after) } };
    }
    if (call.operation === 'Contributions') {
      const data: Record<string, unknown> = { rateLimit: RATE_LIMIT };
      for (const [k, login] of Object.entries(call.variables)) {
        if (/^login\d+$/.test(k))
          data[`u${k.slice(5)}`] = userContributions(
            String(login),
            world.activity?.[String(login)] ?? [],
          );
      }
      return { data };
    }
    return undefined;
  };
}

/** Search results 50 to a page, as the app asks for them; the cursor is the next offset. */
function searchPage(world: World, after: string | undefined) {
  const from = after === undefined ? 0 : Number(after);
  const all = world.issues ?? [];
  const page = all.slice(from, from + 50);
  return {
    pageInfo: { hasNextPage: from + 50 < all.length, endCursor: String(from + 50) },
    nodes: page.map((i) => ({
      number: i.number,
      repository: { nameWithOwner: 'Codertocat/Hello-World' },
      assignees: { nodes: i.assignees.map((login) => ({ login })) },
      comments: {
        nodes: (i.comments ?? []).map((c) => ({
          author: {
            __typename: c.bot ? 'Bot' : 'User',
            login: c.login ?? (c.bot ? 'mentorship-bot' : 'someone'),
          },
          body: c.body,
        })),
      },
    })),
  };
}

function labeled(
  issue: { author?: string; body?: string; labels?: string[]; assignees?: string[] } = {},
) {
  const p = shapeIssue(example('issues', 'labeled'), {
    author: 'alice',
    body: 'Deploys time out',
    labels: [HELP],
    assignees: [],
    ...issue,
  });
  p.label = { ...p.label, name: HELP };
  return p;
}

const marker = (mentor: string, minutes: number, id: string) =>
  renderSessionMarker({
    v: 1,
    key: 'issue',
    status: 'recorded',
    session: {
      id,
      mentor,
      mentees: ['zoe'],
      date: '2026-11-16',
      durationMins: minutes,
      source: { kind: 'issue', repository: 'Codertocat/Hello-World', issue: 9 },
    },
  });

describe('routing a senior-help issue', () => {
  it("brings in today's rota senior beside the author, who stays the owner, and comments once with why and an agenda", async () => {
    const gh = fakeGitHub({ config: CONFIG, graphql: answers({}) });
    const { probot } = await testProbot();
    await deliver(probot, 'issues', labeled());
    // The author first, then the senior beside them; nobody is ever unassigned.
    expect(gh.writes().map((w) => [w.method, w.path, w.body])).toEqual([
      [
        'POST',
        '/repos/Codertocat/Hello-World/issues/1/assignees',
        { assignees: ['alice', 'carol'] },
      ],
      ['POST', '/repos/Codertocat/Hello-World/issues/1/comments', expect.anything()],
    ]);
    const body = gh.botComments()[0]!.body;
    expect(body).toContain(
      '@carol will pair with @alice on this: @carol is on the rota for Tuesday.',
    );
    expect(body).toContain(
      '@alice, this stays your issue: you drive and @carol guides. @carol is assigned beside you, not in your place',
    );
    expect(body).toContain('**Agenda** (about 30 minutes: @carol guides, @alice drives)');
    expect(body).toMatch(
      /states the problem[\s\S]*15 minutes of preparation[\s\S]*Pair on it[\s\S]*next step/,
    );
    // No office hours are configured: the comment lists none.
    expect(body).not.toContain('Office hours');
    // The rota decided: contribution activity was never read.
    expect(gh.graphqlCalls.map((c) => c.operation)).toEqual(['SeniorFacts']);
    expect(gh.graphqlCalls[0]!.variables).toEqual({
      searchQuery: 'user:Codertocat is:issue label:"senior-help-sessions" updated:>=2026-11-16',
      login0: 'bob',
      login1: 'carol',
      login2: 'dave',
    });
  });

  it('skips the rota senior when out of office and picks by expertise in the repository', async () => {
    const world: World = {
      busy: ['carol'],
      activity: {
        bob: [{ repo: 'Codertocat/Hello-World', language: 'Ruby', commits: 30, pullRequests: 10 }],
        dave: [],
      },
    };
    const gh = fakeGitHub({ config: CONFIG, graphql: answers(world) });
    const { probot } = await testProbot();
    await deliver(probot, 'issues', labeled());
    expect(gh.writes()[0]!.body).toEqual({ assignees: ['alice', 'bob'] });
    const body = gh.botComments()[0]!.body;
    expect(body).toContain(
      "today's rota senior @carol cannot take it; @bob knows this best (Codertocat/Hello-World (level 3))",
    );
    expect(body).toContain('@carol is out of office');
    const contributions = gh.graphqlCalls.find((c) => c.operation === 'Contributions')!;
    expect([contributions.variables.login0, contributions.variables.login1]).toEqual([
      'bob',
      'dave',
    ]);
  });

  it("matches the issue's topics to languages, and never picks the issue's author", async () => {
    const world: World = {
      activity: {
        bob: [{ repo: 'acme/web', language: 'TypeScript', commits: 5 }],
        dave: [{ repo: 'acme/db', language: 'PLpgSQL', commits: 200 }],
      },
    };
    const gh = fakeGitHub({ config: CONFIG, graphql: answers(world) });
    const { probot } = await testProbot();
    // carol (on the rota) asks for help herself; the issue is labeled plpgsql.
    await deliver(probot, 'issues', labeled({ author: 'carol', labels: [HELP, 'PLpgSQL'] }));
    expect(gh.writes()[0]!.body).toEqual({ assignees: ['carol', 'dave'] });
    expect(gh.botComments()[0]!.body).toContain('@carol opened this issue');
  });

  it('passes over anyone at their weekly hours, counting only markers the app wrote, then picks the lightest load', async () => {
    const world: World = {
      issues: [
        {
          number: 9,
          assignees: ['carol'],
          comments: [{ bot: true, body: marker('carol', 120, 'issue:codertocat/hello-world#9') }],
        },
        {
          number: 10,
          assignees: ['bob'],
          comments: [{ bot: false, body: marker('dave', 200, 'issue:codertocat/hello-world#10') }],
        },
        { number: 11, assignees: ['bob'] },
      ],
    };
    const gh = fakeGitHub({ config: CONFIG, graphql: answers(world) });
    const { probot } = await testProbot();
    await deliver(probot, 'issues', labeled());
    expect(gh.writes()[0]!.body).toEqual({ assignees: ['alice', 'dave'] });
    const body = gh.botComments()[0]!.body;
    expect(body).toContain('@carol has already paired 120 of their 120 weekly minutes');
    expect(body).toContain('@dave has the lightest load: 0 help issues and 0 sessions this week');
  });

  it('says once why nobody could be assigned when no seniors are configured', async () => {
    const gh = fakeGitHub({ graphql: answers({}) });
    const { probot } = await testProbot();
    await deliver(probot, 'issues', labeled());
    await deliver(probot, 'issues', labeled());
    expect(gh.botComments()).toHaveLength(1);
    expect(gh.botComments()[0]!.body).toContain(
      'no seniors are configured: list them under help.seniors',
    );
    expect(gh.graphqlCalls).toEqual([]);
    expect(gh.writes().filter((w) => w.path.endsWith('/assignees'))).toEqual([]);
  });

  it('routes once when the opened and labeled deliveries of a help form arrive at once', async () => {
    const gh = fakeGitHub({ config: CONFIG, graphql: answers({}), labels: [HELP] });
    const { probot } = await testProbot();
    const form = helpFormBody();
    const opened = shapeIssue(example('issues', 'opened'), {
      author: 'alice',
      body: form,
      labels: [HELP],
      assignees: [],
    });
    await Promise.all([
      deliver(probot, 'issues', opened),
      deliver(probot, 'issues', labeled({ body: form })),
    ]);
    expect(gh.botComments()).toHaveLength(1);
    expect(gh.writes().filter((w) => w.path.endsWith('/assignees'))).toHaveLength(1);
  });

  it('leaves an issue alone that a senior already took, and labels other than senior-help', async () => {
    const gh = fakeGitHub({ config: CONFIG, graphql: answers({}) });
    const { probot } = await testProbot();
    await deliver(probot, 'issues', labeled({ assignees: ['dave'] }));
    const other = labeled();
    other.label.name = 'bug';
    await deliver(probot, 'issues', other);
    expect(gh.writes()).toEqual([]);
  });

  it('routes around a configured senior GitHub does not know', async () => {
    const world: World = { missing: ['carol'] };
    const facts = answers(world);
    const gh = fakeGitHub({
      config: CONFIG,
      graphql: (call) => {
        const answer = facts(call) as { data: unknown };
        return call.operation === 'SeniorFacts'
          ? {
              ...answer,
              errors: [{ type: 'NOT_FOUND', path: ['s1'], message: 'Could not resolve to a User' }],
            }
          : answer;
      },
    });
    const { probot } = await testProbot();
    await deliver(probot, 'issues', labeled());
    expect(gh.writes()[0]!.body).toEqual({ assignees: ['alice', 'bob'] });
    expect(gh.botComments()[0]!.body).toContain('@carol is not a GitHub user (check help.seniors)');
  });

  it('ignores the label when a bot added it', async () => {
    const gh = fakeGitHub({ config: CONFIG, graphql: answers({}) });
    const { probot } = await testProbot();
    const p = labeled();
    p.sender = { ...p.sender, login: 'mentorship-bot[bot]', type: 'Bot' };
    await deliver(probot, 'issues', p);
    expect(gh.calls).toEqual([]);
  });

  it("counts only the app's own markers toward a senior's hours, not another bot's", async () => {
    const world: World = {
      issues: [
        {
          number: 9,
          assignees: [],
          comments: [
            {
              bot: true,
              login: 'other-app',
              body: marker('carol', 120, 'issue:codertocat/hello-world#9'),
            },
          ],
        },
      ],
    };
    const gh = fakeGitHub({ config: CONFIG, graphql: answers(world) });
    const { probot } = await testProbot();
    await deliver(probot, 'issues', labeled());
    expect(gh.writes()[0]!.body).toEqual({ assignees: ['alice', 'carol'] });
  });

  it("reads every page of the week's help issues, so a senior at their hours on page two is passed over", async () => {
    const issues: NonNullable<World['issues']> = Array.from({ length: 60 }, (_, i) => ({
      number: 100 + i,
      assignees: [],
    }));
    issues[55] = {
      number: 155,
      assignees: ['carol'],
      comments: [{ bot: true, body: marker('carol', 120, 'issue:codertocat/hello-world#155') }],
    };
    const gh = fakeGitHub({ config: CONFIG, graphql: answers({ issues }) });
    const { probot } = await testProbot();
    await deliver(probot, 'issues', labeled());
    expect(gh.graphqlCalls.map((c) => c.operation)).toEqual([
      'SeniorFacts',
      'SeniorLoadPage',
      'Contributions',
    ]);
    expect(gh.botComments()[0]!.body).toContain(
      '@carol has already paired 120 of their 120 weekly minutes',
    );
    expect(gh.writes()[0]!.body).not.toEqual({ assignees: ['alice', 'carol'] });
  });
});

describe('routing again', () => {
  const routedTo = (senior: string | null) => ({
    id: 40,
    body: `Earlier routing\n\n${renderRoutedMarker({ v: 1, senior })}`,
    user: { login: 'mentorship-bot[bot]', type: 'Bot' as const },
  });

  it('retries when the label is re-added after nobody could be found, editing its one comment', async () => {
    const gh = fakeGitHub({ config: CONFIG, graphql: answers({}), comments: [routedTo(null)] });
    const { probot } = await testProbot();
    await deliver(probot, 'issues', labeled());
    expect(gh.writes().map((w) => `${w.method} ${w.path}`)).toEqual([
      'POST /repos/Codertocat/Hello-World/issues/1/assignees',
      'PATCH /repos/Codertocat/Hello-World/issues/comments/40',
    ]);
    expect(gh.botComments()).toHaveLength(1);
    expect(gh.botComments()[0]!.body).toContain('@carol will pair with @alice');
  });

  it('routes again once the senior it named is no longer assigned', async () => {
    const gh = fakeGitHub({
      config: CONFIG,
      graphql: answers({ busy: ['carol'] }),
      comments: [routedTo('carol')],
      assignees: [],
    });
    const { probot } = await testProbot();
    await deliver(probot, 'issues', labeled());
    expect(gh.writes()[0]!.body).toEqual({ assignees: ['alice', 'bob'] });
    expect(gh.botComments()).toHaveLength(1);
    expect(parseRoutedMarker(gh.botComments()[0]!.body)).toEqual({ v: 1, senior: 'bob' });
  });

  it('stays put while the senior it named is still assigned, even if the payload is older', async () => {
    const gh = fakeGitHub({
      config: CONFIG,
      graphql: answers({}),
      comments: [routedTo('carol')],
      assignees: ['carol'],
    });
    const { probot } = await testProbot();
    await deliver(probot, 'issues', labeled({ assignees: [] }));
    expect(gh.writes()).toEqual([]);
    expect(gh.graphqlCalls).toEqual([]);
  });
});

describe('ownership, regional rotas and office hours', () => {
  const withZone = (zone: string) => `${helpFormBody()}\n\n### Time zone\n\n${zone}`;
  const REGIONS = [
    'help:',
    '  seniors: [bob, carol, dave]',
    '  rotas:',
    '    apac: [kenji, mia, yuki]',
    '    emea: [erin, frank]',
    '  officeHours:',
    '    - { weekday: tue, time: "15:00", zone: Europe/Berlin, seniors: [erin, frank] }',
    '',
  ].join('\n');

  it('adds only the senior when the author already assigned themselves, and never unassigns anyone', async () => {
    const gh = fakeGitHub({ config: CONFIG, graphql: answers({}), assignees: ['alice'] });
    const { probot } = await testProbot();
    await deliver(probot, 'issues', labeled({ assignees: ['alice'] }));
    expect(gh.writes()[0]!.body).toEqual({ assignees: ['carol'] });
    expect(gh.writes().filter((w) => w.method === 'DELETE')).toEqual([]);
  });

  it('routes a senior who asks for help and assigned themselves: their own issue is not taken', async () => {
    const gh = fakeGitHub({ config: CONFIG, graphql: answers({}), assignees: ['carol'] });
    const { probot } = await testProbot();
    await deliver(probot, 'issues', labeled({ author: 'carol', assignees: ['carol'] }));
    expect(gh.writes()[0]!.body).toEqual({ assignees: ['bob'] });
    expect(gh.botComments()[0]!.body).toContain('@carol, this stays your issue');
  });

  it("routes a Sydney requester on their Monday morning to apac's Monday lead, though it is Sunday in UTC", async () => {
    const sundayUtc = new Date('2026-11-15T21:00:00Z'); // Monday 08:00 in Sydney
    const gh = fakeGitHub({ config: REGIONS, graphql: answers({}) });
    const { probot } = await testProbot({ now: sundayUtc });
    await deliver(probot, 'issues', labeled({ body: withZone('Australia/Sydney') }));
    expect(gh.writes()[0]!.body).toEqual({ assignees: ['alice', 'kenji'] });
    const body = gh.botComments()[0]!.body;
    expect(body).toContain('@kenji is on the apac rota for Monday');
    // Only the apac rota's seniors were looked up; the week's load is still UTC's week.
    expect(gh.graphqlCalls[0]!.variables).toMatchObject({
      searchQuery: expect.stringContaining('updated:>=2026-11-09'),
      login0: 'kenji',
      login1: 'mia',
      login2: 'yuki',
    });
    expect(gh.graphqlCalls[0]!.variables).not.toHaveProperty('login3');
    // Office hours in the slot's zone and in the requester's.
    expect(body).toContain(
      '- Tue 17 Nov, 15:00–16:00 Europe/Berlin (your time: Wed 18 Nov, 01:00–02:00 Australia/Sydney), led by frank',
    );
  });

  it('reads the UTC day and the default rota without a time zone, and says so when it cannot read one', async () => {
    const sundayUtc = new Date('2026-11-15T21:00:00Z');
    const gh = fakeGitHub({ config: REGIONS, graphql: answers({}) });
    const { probot } = await testProbot({ now: sundayUtc });
    await deliver(probot, 'issues', labeled({ body: withZone('Sydney <b>') }));
    const body = gh.botComments()[0]!.body;
    // Sunday in UTC: nobody on the default rota, so the lightest load among its seniors.
    expect(body).toContain('nobody is on the rota at the weekend');
    expect(gh.writes()[0]!.body).toEqual({ assignees: ['alice', 'bob'] });
    expect(body).toContain('Your Time zone answer is not an IANA time zone');
    expect(body).not.toContain('<b>');
    expect(body).toContain('add your Time zone to the form to see them in your time');
  });

  it('lists the next office hours in the routing comment, the only way left when nobody can be assigned', async () => {
    const config = [
      'help:',
      '  officeHours:',
      '    - { weekday: tue, time: "15:00", zone: Europe/Berlin, seniors: [erin, frank] }',
      '    - { weekday: thu, time: "09:00", zone: America/New_York, minutes: 45, seniors: [gus] }',
      '',
    ].join('\n');
    const gh = fakeGitHub({ config, graphql: answers({}) });
    const { probot } = await testProbot();
    await deliver(probot, 'issues', labeled({ body: withZone('America/New_York') }));
    const body = gh.botComments()[0]!.body;
    expect(body).toContain('no seniors are configured');
    expect(body).toContain(
      [
        '**Office hours** (drop in, no issue needed; also shown in your time, America/New_York)',
        '- Tue 17 Nov, 15:00–16:00 Europe/Berlin (your time: Tue 17 Nov, 09:00–10:00 America/New_York), led by frank',
        '- Thu 19 Nov, 09:00–09:45 America/New_York, led by gus',
        '- Tue 24 Nov, 15:00–16:00 Europe/Berlin (your time: Tue 24 Nov, 09:00–10:00 America/New_York), led by erin',
      ].join('\n'),
    );
    expect(body).not.toMatch(/@(erin|frank|gus)\b/);
    expect(parseRoutedMarker(body)).toEqual({ v: 1, senior: null });
  });
});
