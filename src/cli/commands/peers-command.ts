import { formatsWeekOf } from '../../core/pairing/formats/formats-week.js';
import { planPeerRound } from '../../core/pairing/formats/plan-peer-week.js';
import { checkConfigAgainstSnapshot } from '../check-inputs.js';
import { UsageError } from '../cli-io.js';
import type { Command } from '../command.js';
import { whyEmpty } from '../empty-results.js';
import { configOption, loadSnapshotAndConfig, snapshotOption } from '../load-inputs.js';
import { requireString } from '../options.js';
import { timingFor, withProgress } from '../progress.js';

export const peersCommand: Command = {
  name: 'peers',
  summary: 'Peer pairing: people of the same level rotate so nobody meets a peer twice in a cycle.',
  details:
    'Give the same --seed every week and increase --round by one; a cycle wraps around. A pair\n' +
    'without pairing.minOverlapHours of shared hours, forbidden together, or with someone away\n' +
    'sits out and says why. The weekly run (formats.peers) turns the round by the week itself.',
  options: {
    snapshot: snapshotOption,
    config: configOption,
    seed: {
      type: 'string',
      placeholder: 'TEXT',
      description: 'Seed for the rotation order (required)',
    },
    round: { type: 'string', placeholder: 'N', description: 'Which round, from 0 (default 0)' },
    json: { type: 'boolean', description: 'Print JSON instead of text' },
  },
  async run({ values, io }) {
    const seed = requireString(
      values,
      'seed',
      'a seed, e.g. --seed 2026-h2, kept the same every week',
    );
    const round = Number(values.round ?? 0);
    if (!Number.isInteger(round) || round < 0) {
      throw new UsageError(
        `--round: expected a whole number from 0, got "${String(values.round)}"`,
        2,
      );
    }
    const { snapshot, config } = await loadSnapshotAndConfig(io, values);
    const configPath = values.config as string | undefined;
    checkConfigAgainstSnapshot({ io, config, configPath, snapshot });
    // The rotation spans every active peer; those away this week sit out rather than reshuffle it.
    const ctx = formatsWeekOf({ snapshot, config });
    const plan = await withProgress(io, (progress) => {
      progress.stage(
        `rotating peers among ${snapshot.people.length} people`,
        timingFor(snapshot.people.length),
      );
      return planPeerRound({ ctx, seed, round, history: [] });
    });
    if (values.json) {
      io.stdout(
        `${JSON.stringify({ round, seed, pairs: plan.pairs, waiting: plan.waiting }, null, 2)}\n`,
      );
      return 0;
    }
    io.stdout(
      `Peer pairs for ${snapshot.organization}, week of ${ctx.week}, round ${round} (seed "${seed}")\n\n`,
    );
    for (const p of plan.pairs) io.stdout(`  ${p.a} + ${p.b}: ${p.reasons.join('; ')}\n`);
    for (const w of plan.waiting) io.stdout(`  ${w.login} ${w.reasons.join('; ')}\n`);
    const why = plan.pairs.length ? null : whyEmpty({ snapshot, config, needs: 'peers' });
    io.stdout(why ? `${why}\n\n` : '\n');
    return 0;
  },
};
