import { compareText } from '../../compare-text.js';
import type { Config, Role } from '../../config/config-schema.js';
import { addDays } from '../../dates.js';
import { LoginSet, pairKey } from '../../people/login.js';
import type { Person } from '../../people/person.js';
import { createPairJudge } from '../assess-pair.js';
import { overlapReason } from '../explain-pair.js';
import { coolingDown, fitOf, teaches } from '../pair-rules.js';
import type { PlannedPair } from '../pairings-file.js';
import { areaKey } from '../people-index.js';
import { solveAssignment } from '../solve-assignment.js';
import type { FormatPast, ReversePair } from './formats-file.js';
import { type FormatsWeek, presentPerson, runningEndReason } from './formats-week.js';

// Seniority as roles say it. Someone with no role has no known seniority, so takes no part.
const SENIORITY: Record<Role, number | null> = { mentee: 0, peer: 1, mentor: 2, none: null };

/** "reverse mentoring: X teaches Y <topic>", the words every reverse pair is explained with. */
export const reverseText = (teacher: string, learner: string, topic: string) =>
  `reverse mentoring: ${teacher} teaches ${learner} ${topic}`;

/**
 * What `teacher` can teach `learner` the other way round: the first of the learner's goals the
 * teacher offers and is 1 to maxSkillGap levels ahead in. The skill rule is the 1:1 one
 * (`teaches`), applied to that topic alone, not to anyone's overall level.
 */
export function reverseTopic(
  teacher: Person,
  learner: Person,
  pairing: Config['pairing'],
): string | undefined {
  const senior = SENIORITY[learner.role];
  const junior = SENIORITY[teacher.role];
  if (senior === null || junior === null || junior >= senior) return undefined;
  const offered = new Set(teacher.offers.map(areaKey));
  return learner.goals.find((goal) => {
    const area = areaKey(goal);
    const gap = (teacher.skills.get(area) ?? 0) - (learner.skills.get(area) ?? 0);
    return offered.has(area) && teaches(gap, pairing);
  });
}

/**
 * The week's reverse pairs. Running pairs continue until their programme ends, unless someone
 * is away or gone, the pair is now forbidden, or the two are now each other's 1:1 mentor and
 * mentee; an ended pair cools down as a 1:1 pair does. Then everyone not yet teaching or learning
 * is paired exactly (solveAssignment: the most pairs, then the best fit), each person teaching
 * in at most one pair and learning in at most one. Shared hours and forbidden pairs are the
 * meeting rules'. Reverse pairs do not count against anyone's 1:1 capacity: they are the
 * junior's time and the senior's learning, not mentoring hours given.
 */
export function planReverse(params: {
  ctx: FormatsWeek;
  running: readonly ReversePair[];
  history: readonly FormatPast[];
  oneToOne: readonly PlannedPair[];
}): { pairs: ReversePair[]; ended: FormatPast[] } {
  const { ctx } = params;
  const { pairing, programme } = ctx.config;
  const partners = new Set(
    params.oneToOne.flatMap((p) => [pairKey(p.mentor, p.mentee), pairKey(p.mentee, p.mentor)]),
  );
  const endsOn = (startedOn: string) => addDays(startedOn, programme.weeks * 7);
  const explain = (teacher: Person, learner: Person, topic: string) => [
    reverseText(teacher.login, learner.login, topic),
    overlapReason(teacher, learner, ctx.rules.overlap(teacher, learner)),
  ];
  const teaching = new LoginSet();
  const learning = new LoginSet();
  const pairs: ReversePair[] = [];
  const ended: FormatPast[] = [];
  for (const r of params.running) {
    const reason =
      runningEndReason({
        ctx,
        a: r.teacher,
        b: r.learner,
        endsOn: endsOn(r.startedOn),
        complete: `programme complete (${programme.weeks} weeks from ${r.startedOn})`,
      }) ??
      (partners.has(pairKey(r.teacher, r.learner))
        ? `${r.teacher} and ${r.learner} are paired 1:1 this week`
        : teaching.has(r.teacher) || learning.has(r.learner)
          ? 'one of them already continues another reverse pair'
          : null);
    const { teacher, learner, topic, startedOn } = r;
    if (reason) {
      ended.push({
        format: 'reverse',
        a: teacher,
        b: learner,
        topic,
        startedOn,
        endedOn: ctx.week,
        reason,
      });
      continue;
    }
    teaching.add(teacher);
    learning.add(learner);
    const [t, l] = [ctx.people.get(teacher)!, ctx.people.get(learner)!];
    const status = 'continuing';
    pairs.push({
      teacher,
      learner,
      topic,
      status,
      startedOn,
      endsOn: endsOn(startedOn),
      reasons: explain(t, l, topic),
    });
  }
  // The pairs that ended just now cool down too, as a 1:1 pair ended this week does.
  const past = [...params.history, ...ended]
    .filter((h) => h.format === 'reverse')
    .map((h) => ({ mentor: h.a, mentee: h.b, startedOn: h.startedOn, endedOn: h.endedOn }));
  const judge = createPairJudge({ pairing, asOf: ctx.asOf, history: past });
  const present = ctx.people
    .logins()
    .sort(compareText)
    .flatMap((login) => presentPerson(ctx, login) ?? []);
  const teachers = present.filter((p) => p.offers.length > 0 && !teaching.has(p.login));
  const learners = present.filter((p) => p.goals.length > 0 && !learning.has(p.login));
  const topics = teachers.map(() => new Array<string | undefined>(learners.length));
  const cost = teachers.map((t, i) =>
    learners.map((l, k) => {
      const topic = reverseTopic(t, l, pairing);
      if (!topic || partners.has(pairKey(t.login, l.login)) || !ctx.rules.canMeet(t, l))
        return null;
      const facts = judge.facts(t, l);
      if (coolingDown(facts, pairing)) return null;
      topics[i]![k] = topic;
      return -Math.round(fitOf(facts, pairing) * 100);
    }),
  );
  const solution = solveAssignment({ cost, capacity: teachers.map(() => 1) });
  for (const [i, k] of solution.pairs) {
    const [t, l, topic] = [teachers[i]!, learners[k]!, topics[i]![k]!];
    pairs.push({
      teacher: t.login,
      learner: l.login,
      topic,
      status: 'new',
      startedOn: ctx.week,
      endsOn: endsOn(ctx.week),
      reasons: explain(t, l, topic),
    });
  }
  pairs.sort((a, b) => compareText(a.teacher, b.teacher) || compareText(a.learner, b.learner));
  return { pairs, ended };
}
