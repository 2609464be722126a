import type { PairRef } from '../core/programme/pair-marker.js';
import type { EnrolmentSummary, ProgrammeSummary } from './programme-week-summary.js';

const pairText = (p: PairRef) => `${p.mentor} → ${p.mentee}`;
const onIssue = (p: PairRef & { issue: number }) => `#${p.issue} ${pairText(p)}`;
const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/**
 * The programme section `pair --issues` prints after the pairings: what the weekly run would do
 * in the programme repository, in the pairings' own plain style. People appear by login and
 * pairs by issue number; who answered the fit question is never shown, only counts.
 */
export function renderProgrammeWeek(params: {
  enrolment: EnrolmentSummary;
  programme: ProgrammeSummary;
}): string {
  const { enrolment, programme: p } = params;
  const withdrawn = enrolment.withdrawn ? `; ${enrolment.withdrawn} withdrawn` : '';
  const out = [
    '',
    `Programme in ${p.repository}, as of ${p.asOf} (a dry run: nothing is written):`,
    `  Enrolled from issues: ${plural(enrolment.requests, 'mentorship request')}, ${plural(enrolment.offers, 'mentor offer')}${withdrawn}`,
    inline('Introduce', p.introduce.map(pairText)),
    inline('Nudge', p.nudge.map(onIssue)),
    inline('Ask about fit', p.askFit.map(onIssue)),
    ...block(
      'End and close',
      p.close.map((c) => {
        const asked = c.asked ? ` (its pair issue asked to end it: ${c.asked})` : '';
        return `${onIssue(c)}: ${c.reason}${asked}`;
      }),
    ),
  ];
  // The rest only when there is something: most weeks have none of them.
  const optional: Array<[string, string[]]> = [
    ['Introduce rings, reverse pairs and buddies', p.introduceFormats],
    ['Extend', p.extensions.map((e) => `${pairText(e)} by ${plural(e.weeks, 'week')} in all`)],
    ['Reply to unpaired', p.replyUnpaired.map((r) => `#${r.issue} ${r.mentee}`)],
    ['Link the pair issue on enrolments', p.link.map((l) => `#${l.issue} ${l.login}`)],
  ];
  for (const [label, items] of optional) if (items.length) out.push(inline(label, items));
  if (enrolment.problems.length)
    out.push(
      ...block(
        'Enrolment problems, each answered once by the App',
        enrolment.problems.flatMap((e) =>
          // A field that cannot be read is left out; the rest of the enrolment is used.
          e.problems.map((x) => `#${e.issue} ${e.login}: ${x.field} left out: ${x.problem}`),
        ),
      ),
    );
  if (enrolment.outsiders.length)
    out.push(
      inline(
        'Outsiders ignored',
        enrolment.outsiders.map((o) => `#${o.issue} ${o.login}`),
      ),
    );
  out.push(`  So far, from the pair issues: ${countsText(p.counts)}`, '');
  return out.join('\n');
}

/** "  Label (n): a, b, c" on one line. */
function inline(label: string, items: readonly string[]): string {
  return `  ${label} (${items.length})${items.length ? `: ${items.join(', ')}` : ''}`;
}

/** "  Label (n):" then one item a line, for items with reasons. */
function block(label: string, items: readonly string[]): string[] {
  return [
    `  ${label} (${items.length})${items.length ? ':' : ''}`,
    ...items.map((i) => `    ${i}`),
  ];
}

function countsText(c: ProgrammeSummary['counts']): string {
  const ended = Object.values(c.pairsEnded).reduce((a, b) => a + b, 0);
  const answers = Object.entries(c.fitAnswers)
    .map(([answer, n]) => `${n} ${answer}`)
    .join(', ');
  return (
    `${plural(c.pairsIntroduced, 'pair issue')} opened, ${c.pairsNudged} nudged, ${ended} ended; ` +
    `fit answers ${answers}; ${plural(c.postMortemsDone, 'post-mortem')} done.`
  );
}
