import { unavailableBecause } from '../../core/pairing/availability.js';
import { planRings, RING_MAX_MENTEES } from '../../core/pairing/plan-rings.js';
import { toPerson } from '../../core/people/person.js';
import type { Command } from '../command.js';
import { loadConfig, loadSnapshot } from '../load-inputs.js';
import { requireString, wholeNumber } from '../options.js';

export const ringsCommand: Command = {
  name: 'rings',
  summary: 'Group mentees into mentor rings: two mentors with up to 14 mentees who share a goal.',
  options: {
    snapshot: { type: 'string', placeholder: 'FILE', description: 'Snapshot JSON (required)' },
    config: {
      type: 'string',
      placeholder: 'FILE',
      description: 'mentorship.yml config (default: built-in defaults)',
    },
    size: {
      type: 'string',
      placeholder: 'N',
      description: `Most mentees in a ring (default ${RING_MAX_MENTEES})`,
    },
    json: { type: 'boolean', description: 'Print JSON instead of text' },
  },
  async run({ values, io }) {
    const snapshotPath = requireString(
      values,
      'snapshot',
      'a snapshot JSON, e.g. examples/acme/snapshot.json',
    );
    const maxMentees = wholeNumber(values, 'size', RING_MAX_MENTEES, 100);
    const [snapshot, config] = await Promise.all([
      loadSnapshot(io, snapshotPath),
      loadConfig(io, values.config as string | undefined),
    ]);
    const people = snapshot.people
      .map((p) => toPerson(p, config.roles))
      .filter(
        (p) =>
          !unavailableBecause({
            person: p,
            login: p.login,
            asOf: snapshot.asOf,
            pairing: config.pairing,
          }),
      );
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
