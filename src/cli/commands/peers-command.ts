import { planPeerRotation } from '../../core/pairing/peer-rotation.js';
import { LoginSet } from '../../core/people/login.js';
import { toPerson } from '../../core/people/person.js';
import { UsageError } from '../cli-io.js';
import type { Command } from '../command.js';
import {
  availablePeople,
  configOption,
  loadSnapshotAndConfig,
  snapshotOption,
} from '../load-inputs.js';
import { requireString } from '../options.js';

export const peersCommand: Command = {
  name: 'peers',
  summary: 'Peer pairing: people of the same level rotate so nobody meets a peer twice in a cycle.',
  details: 'Give the same --seed every week and increase --round by one; a cycle wraps around.',
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
      );
    }
    const { snapshot, config } = await loadSnapshotAndConfig(io, values);
    // The rotation spans every active peer; those away this week sit out rather than reshuffle it.
    const here = new LoginSet(availablePeople({ snapshot, config }).map((p) => p.login));
    const peers = snapshot.people
      .filter((p) => p.active)
      .map((p) => toPerson(p, config.roles))
      .filter((p) => p.role === 'peer');
    const groups = planPeerRotation({
      people: peers,
      seed,
      round,
      absent: (login) => !here.has(login),
    });
    if (values.json) {
      io.stdout(`${JSON.stringify(groups, null, 2)}\n`);
      return 0;
    }
    io.stdout(`Peer pairs for ${snapshot.organization}, round ${round} (seed "${seed}")\n\n`);
    for (const g of groups) {
      io.stdout(`Level ${g.level} (cycle of ${g.cycleLength} rounds):\n`);
      for (const [a, b] of g.pairs) io.stdout(`  ${a} + ${b}\n`);
      for (const login of g.sittingOut) io.stdout(`  ${login} sits out this round\n`);
      io.stdout('\n');
    }
    return 0;
  },
};
