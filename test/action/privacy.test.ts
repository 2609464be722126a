import type nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runner } from '../../src/action/runner.js';
import { fakeActionsEnv, restoreActionsEnv } from '../helpers/action-env.js';
import {
  decode,
  mockFile,
  mockPut,
  mockRepository,
  type PutBody,
  repoApi,
} from '../helpers/action-github.js';
import {
  acmeSnapshot,
  CONFIG_TEXT,
  expectOk,
  fakeCollect,
  runnerDeps,
} from '../helpers/action-runner.js';
import { fakeProgrammeRepo } from '../helpers/programme-github.js';

const PATH = '.github/mentorship/pairings.json';

afterEach(restoreActionsEnv);

/** The example organisation with every session's topics and outcome made recognisable. */
function confidentialSnapshot() {
  const snapshot = acmeSnapshot();
  return {
    ...snapshot,
    sessions: snapshot.sessions.map((s, i) => ({
      ...s,
      topics: [`confidential-topic-${i % 3}`],
      outcome: `CONFIDENTIAL OUTCOME ${i}`,
    })),
  };
}

function mockRun(
  scope: nock.Scope,
  visibility: 'public' | 'private' | 'internal',
  bodies: PutBody[],
) {
  mockRepository(scope, { visibility });
  mockFile(scope, { path: '.github/mentorship.yml', ref: 'main', text: CONFIG_TEXT });
  mockFile(scope, { path: PATH, ref: 'main', text: null });
  mockPut(scope, { path: PATH, status: 201, bodies });
}

async function runOn(visibility: 'public' | 'private' | 'internal') {
  const env = fakeActionsEnv({ inputs: { 'github-token': 'ghs_workflow', commit: 'direct' } });
  const scope = repoApi();
  const bodies: PutBody[] = [];
  mockRun(scope, visibility, bodies);
  const outputs = expectOk(
    await runner(runnerDeps({ collect: fakeCollect({ snapshot: confidentialSnapshot() }) })),
  );
  scope.done();
  return {
    file: decode(bodies[0]!.content),
    summary: env.summary(),
    outputs: JSON.stringify(outputs),
    stdout: env.stdout(),
  };
}

// Every live run also reads (and looks after) the programme repository's issues.
beforeEach(() => {
  fakeProgrammeRepo();
});

describe('privacy', () => {
  it.each(['public', 'internal'] as const)(
    'a %s repository gets no session topics or outcomes: counts only',
    async (visibility) => {
      const written = await runOn(visibility);

      for (const [where, text] of Object.entries(written)) {
        expect(text, where).not.toContain('confidential-topic');
        expect(text, where).not.toContain('CONFIDENTIAL OUTCOME');
      }
      expect(written.summary).toMatch(/\d+ sessions, \d+ minutes, \d+ mentees met/);
      expect(written.summary).toContain('Sessions appear as counts only');
    },
  );

  it('a private repository shows session topics in the summary, and never outcomes', async () => {
    const written = await runOn('private');

    expect(written.summary).toContain('### Topics');
    expect(written.summary).toMatch(/\| confidential-topic-\d \| \d+ \|/);
    for (const text of Object.values(written)) expect(text).not.toContain('CONFIDENTIAL OUTCOME');
    expect(written.file).not.toContain('confidential-topic');
  });
});
