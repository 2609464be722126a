import { planRings, RING_MAX_MENTEES } from '../../core/pairing/plan-rings.js';
import type { Command } from '../command.js';
import {
  availablePeople,
  configOption,
  loadSnapshotAndConfig,
  snapshotOption,
} from '../load-inputs.js';
import { wholeNumber } from '../options.js';

export const ringsCommand: Command = {
  name: 'rings',
  summary: 'Group mentees into mentor rings: two mentors with up to 14 mentees who share a goal.',
  options: {
    snapshot: snapshotOption,
    config: configOption,
    size: {
      type: 'string',
      placeholder: 'N',
      description: `Most mentees in a ring (default ${RING_MAX_MENTEES})`,
    },
    json: { type: 'boolean', description: 'Print JSON instead of text' },
  },
  async run({ values, io }) {
    const maxMentees = wholeNumber(values, 'size', RING_MAX_MENTEES, 100);
    const { snapshot, config } = await loadSnapshotAndConfig(io, values);
    const people = availablePeople({ snapshot, config });
    const rings = planRings({
      mentors: people.filter((p) => p.role === 'mentor'),
      mentees: people.filter((p) => p.role === 'mentee'),
      maxMentees,
    });
    if (values.json) {
      io.stdout(`${JSON.stringify(rings, null, 2)}\n`);
      return 0;
    }
    io.stdout(`Mentor rings for ${snapshot.organization}, week of ${snapshot.asOf}\n\n`);
    for (const ring of rings) {
      io.stdout(`${ring.theme}: ${ring.mentors.join(' & ') || '(no mentor free)'}\n`);
      io.stdout(`  mentees: ${ring.mentees.join(', ')}\n  why: ${ring.reasons.join('; ')}\n\n`);
    }
    return 0;
  },
};
