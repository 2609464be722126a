import { mentorCapacity } from '../../core/pairing/availability.js';
import { createMeetingRules } from '../../core/pairing/formats/meeting-rules.js';
import { planRings } from '../../core/pairing/plan-rings.js';
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
  summary:
    'Group mentees into mentor rings: two mentors with up to 14 mentees who share goals and hours.',
  details:
    'Every available mentee, grouped afresh as the weekly run groups a new cohort (formats.rings):\n' +
    'each shares pairing.minOverlapHours with every mentor of their ring, forbidden pairs are never\n' +
    'in one ring, and opt-outs, pauses and people away are left out. The weekly run keeps its\n' +
    'rings in the pairings file (`mentorship pair`); this shows how everyone would group today.',
  options: {
    snapshot: snapshotOption,
    config: configOption,
    size: {
      type: 'string',
      placeholder: 'N',
      description: 'Most mentees in a ring (default: formats.rings.maxMentees, 14)',
    },
    json: { type: 'boolean', description: 'Print JSON instead of text' },
  },
  async run({ values, io }) {
    const { snapshot, config } = await loadSnapshotAndConfig(io, values);
    const settings = config.formats.rings;
    const maxMentees = wholeNumber(values, 'size', settings.maxMentees, 100);
    const people = availablePeople({ snapshot, config });
    const plan = planRings({
      mentors: people.filter((p) => p.role === 'mentor' && mentorCapacity(p, config.pairing) > 0),
      mentees: people.filter((p) => p.role === 'mentee'),
      rules: createMeetingRules({ pairing: config.pairing, asOf: snapshot.asOf }),
      maxMentees,
      mentorsPerRing: settings.mentorsPerRing,
      minMentees: Math.min(settings.minMentees, maxMentees),
    });
    if (values.json) {
      io.stdout(`${JSON.stringify(plan, null, 2)}\n`);
      return 0;
    }
    io.stdout(`Mentor rings for ${snapshot.organization}, week of ${snapshot.asOf}\n\n`);
    for (const ring of plan.rings) {
      io.stdout(`${ring.theme}: ${ring.mentors.join(' & ') || '(no mentor free)'}\n`);
      io.stdout(`  mentees: ${ring.mentees.join(', ')}\n  why: ${ring.reasons.join('; ')}\n\n`);
    }
    if (plan.unplaced.length) {
      io.stdout('In no ring:\n');
      for (const u of plan.unplaced) io.stdout(`  ${u.login}: ${u.reasons.join('; ')}\n`);
    }
    return 0;
  },
};
