import { mentorCapacity } from '../../core/pairing/availability.js';
import { formatsWeekOf, presentPerson } from '../../core/pairing/formats/formats-week.js';
import { planRings } from '../../core/pairing/plan-rings.js';
import { checkConfigAgainstSnapshot } from '../check-inputs.js';
import type { Command } from '../command.js';
import { whyEmpty } from '../empty-results.js';
import { configOption, loadSnapshotAndConfig, snapshotOption } from '../load-inputs.js';
import { wholeNumber } from '../options.js';
import { timingFor, withProgress } from '../progress.js';

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
    const configPath = values.config as string | undefined;
    checkConfigAgainstSnapshot({ io, config, configPath, snapshot });
    const settings = config.formats.rings;
    const maxMentees = wholeNumber(values, 'size', settings.maxMentees, 100);
    // The week and the rules of the weekly run's rings (forbidden pairs kept apart either way
    // round, shared hours, who is away), so `rings` and `pair` agree on both.
    const ctx = formatsWeekOf({ snapshot, config });
    const present = ctx.people.logins().flatMap((login) => presentPerson(ctx, login) ?? []);
    const plan = await withProgress(io, (progress) => {
      progress.stage(`grouping ${present.length} people into rings`, timingFor(present.length));
      return planRings({
        mentors: present.filter(
          (p) => p.role === 'mentor' && mentorCapacity(p, config.pairing) > 0,
        ),
        mentees: present.filter((p) => p.role === 'mentee'),
        rules: ctx.rules,
        maxMentees,
        mentorsPerRing: settings.mentorsPerRing,
        minMentees: Math.min(settings.minMentees, maxMentees),
      });
    });
    if (values.json) {
      io.stdout(`${JSON.stringify(plan, null, 2)}\n`);
      return 0;
    }
    io.stdout(`Mentor rings for ${snapshot.organization}, week of ${ctx.week}\n\n`);
    for (const ring of plan.rings) {
      io.stdout(`${ring.theme}: ${ring.mentors.join(' & ') || '(no mentor free)'}\n`);
      io.stdout(`  mentees: ${ring.mentees.join(', ')}\n  why: ${ring.reasons.join('; ')}\n\n`);
    }
    if (plan.unplaced.length) {
      io.stdout('In no ring:\n');
      for (const u of plan.unplaced) io.stdout(`  ${u.login}: ${u.reasons.join('; ')}\n`);
    }
    if (!plan.rings.length && !plan.unplaced.length) {
      const why = whyEmpty({ snapshot, config, needs: 'mentors and mentees' });
      if (why) io.stdout(`${why}\n`);
    }
    return 0;
  },
};
