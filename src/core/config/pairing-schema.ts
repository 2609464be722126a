import { z } from 'zod';
import { LoginMap, sameLogin } from '../people/login.js';
import { trackProblems, tracksSchema } from './tracks-schema.js';
import { githubLogin, numberIn } from './zod-helpers.js';

const pairRef = z.strictObject({
  mentor: githubLogin.describe('GitHub login of the mentor.'),
  mentee: githubLogin.describe('GitHub login of the mentee.'),
});

export const pairingSchema = z
  .strictObject({
    capacity: numberIn(1, 10, { integer: true })
      .default(2)
      .describe('Most mentees one mentor takes at once.'),
    weeklyHours: numberIn(1, 4)
      .default(2)
      .describe('Hours a week a mentor gives to mentoring; with hoursPerPair it caps capacity.'),
    hoursPerPair: numberIn(0.5, 4)
      .default(1)
      .describe('Hours a week one pairing takes (a mentor fits weeklyHours / hoursPerPair pairs).'),
    maxSkillGap: numberIn(1, 5, { integer: true })
      .default(2)
      .describe(
        'Largest skill-level gap (levels 0–5) that still makes a good pair; a gap of 0 teaches nothing.',
      ),
    minOverlapHours: numberIn(0, 12)
      .default(2)
      .describe('Fewest shared working hours a day a pair needs.'),
    workingHours: z
      .strictObject({
        start: numberIn(0, 23, { integer: true })
          .default(9)
          .describe('Local hour the working day starts.'),
        end: numberIn(1, 24, { integer: true })
          .default(17)
          .describe('Local hour the working day ends.'),
      })
      .prefault({})
      .describe('Everyone’s working day in their own time zone, used for overlap.'),
    repeatCooldownWeeks: numberIn(0, 104, { integer: true })
      .default(12)
      .describe(
        'Weeks after a pair ends during which the same two are not paired again (pinned pairs excepted).',
      ),
    repeatPenaltyWeeks: numberIn(0, 208, { integer: true })
      .default(26)
      .describe(
        'Weeks after a pair ends during which pairing the same two again (after the cool-down) halves their fit.',
      ),
    capacityOverrides: z
      .record(githubLogin, numberIn(0, 10, { integer: true }))
      .default({})
      .describe(
        'Per-person capacity set by the programme admins, e.g. { ada: 3, bo: 0 }: wins over both the capacity above and what the person said in their mentor offer.',
      ),
    preferOutsideTeam: z
      .boolean()
      .default(false)
      .describe(
        'Prefer a mentor from outside the mentee’s Linear team: a same-team pair’s fit is halved. Usually set on a track (tracks[].preferOutsideTeam).',
      ),
    tracks: tracksSchema,
    optOut: z.array(githubLogin).default([]).describe('Logins never paired (opted out).'),
    pinned: z.array(pairRef).default([]).describe('Pairs always kept while both are available.'),
    forbidden: z.array(pairRef).default([]).describe('Pairs never made.'),
  })
  .superRefine(checkPairing)
  .describe('How mentors and mentees are paired.');

type PairingInput = {
  tracks: { name: string; mentees?: string[] | undefined }[];
  weeklyHours: number;
  hoursPerPair: number;
  workingHours: { start: number; end: number };
  pinned: Array<{ mentor: string; mentee: string }>;
  forbidden: Array<{ mentor: string; mentee: string }>;
};

/** Settings that are each valid but cannot hold together. */
function checkPairing(p: PairingInput, ctx: z.core.$RefinementCtx<PairingInput>): void {
  const problem = (path: (string | number)[], message: string) =>
    ctx.addIssue({ code: 'custom', path, message, input: p });
  if (p.hoursPerPair > p.weeklyHours) {
    problem(
      ['hoursPerPair'],
      `is more than weeklyHours (${p.weeklyHours}): no mentor could take a pair; lower it or raise weeklyHours`,
    );
  }
  if (p.workingHours.end <= p.workingHours.start) {
    problem(
      ['workingHours', 'end'],
      `must be after workingHours.start (${p.workingHours.start}); hours are local, 0–24`,
    );
  }
  for (const t of trackProblems(p.tracks)) problem(['tracks', ...t.path], t.message);
  const same = sameLogin;
  const pinnedMentee = new LoginMap<number>();
  p.pinned.forEach((pin, i) => {
    if (p.forbidden.some((f) => same(f.mentor, pin.mentor) && same(f.mentee, pin.mentee))) {
      problem(
        ['pinned', i],
        `${pin.mentor} with ${pin.mentee} is also forbidden; keep it in one list`,
      );
    }
    const earlier = pinnedMentee.get(pin.mentee);
    if (earlier !== undefined)
      problem(
        ['pinned', i, 'mentee'],
        `${pin.mentee} is already pinned (pinned.${earlier}); a mentee has one mentor`,
      );
    else pinnedMentee.set(pin.mentee, i);
  });
}
