import type { Config } from '../config/config-schema.js';
import { addDays } from '../dates.js';
import { pairKey } from '../people/login.js';
import { NOT_A_FIT_REASON } from '../programme/end-reason.js';
import type { EndRequestReason, ProgrammeReview } from '../programme/review-programme.js';

/**
 * What the pair issues ask of the week's plan (see reviewProgramme): pairs to end, and weeks
 * granted by `/mentorship extend`. The shapes are review-programme's own, so the two can never
 * drift apart; readonly so a caller's arrays are accepted as they are.
 */
export interface ProgrammeInput {
  readonly endRequests: readonly ProgrammeReview['endRequests'][number][];
  readonly extensions: readonly ProgrammeReview['extensions'][number][];
}

type RunningPair = { mentor: string; mentee: string; startedOn: string };

/** What one running pair's programme is this week: when it ends, and whether it is asked to. */
export interface ProgrammeTerms {
  /** startedOn + (programme.weeks + extension weeks) × 7 days. */
  endsOn: (pair: RunningPair) => string;
  /** "6 weeks", or "6 weeks + 2 extended" once extended: said in "programme complete (…)". */
  lengthText: (pair: RunningPair) => string;
  endRequest: (pair: RunningPair) => EndRequestReason | undefined;
}

// The same pair by login identity: a pair issue may spell a login differently from the file.
const keyOf = (p: RunningPair) => `${pairKey(p.mentor, p.mentee)}|${p.startedOn}`;

/**
 * The programme input indexed by pair. Extension weeks are capped at maxExtensionWeeks here too,
 * whatever the caller passed; a pair listed twice takes its largest grant (the list is of totals,
 * so a duplicate is the same grant, not a second one) and, asked to end twice, `not a fit` (as
 * reviewProgramme ranks it). Without input every pair runs programme.weeks, as before.
 */
export function programmeTerms(params: {
  programme: ProgrammeInput | undefined;
  config: Pick<Config, 'programme'>;
}): ProgrammeTerms {
  const { weeks, maxExtensionWeeks } = params.config.programme;
  const extended = new Map<string, number>();
  for (const e of params.programme?.extensions ?? []) {
    const granted = Math.min(maxExtensionWeeks, Math.max(0, Math.floor(e.weeks)));
    extended.set(keyOf(e), Math.max(extended.get(keyOf(e)) ?? 0, granted));
  }
  const requested = new Map<string, EndRequestReason>();
  for (const r of params.programme?.endRequests ?? []) {
    if (requested.get(keyOf(r)) !== NOT_A_FIT_REASON) requested.set(keyOf(r), r.reason);
  }
  const extensionOf = (pair: RunningPair) => extended.get(keyOf(pair)) ?? 0;
  return {
    endsOn: (pair) => addDays(pair.startedOn, (weeks + extensionOf(pair)) * 7),
    lengthText: (pair) => {
      const extra = extensionOf(pair);
      return extra > 0 ? `${weeks} weeks + ${extra} extended` : `${weeks} weeks`;
    },
    endRequest: (pair) => requested.get(keyOf(pair)),
  };
}
