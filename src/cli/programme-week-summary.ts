import type { FormProblem } from '../core/enrolment/read-enrolment-form.js';
import { endKindOf } from '../core/programme/end-reason.js';
import {
  duplicatePairIssues,
  type PairRef,
  pairIssueKey,
  pairIssueOf,
} from '../core/programme/pair-marker.js';
import type { ProgrammeCounts } from '../core/programme/programme-counts.js';
import type { ProgrammeIssuesFile } from '../core/programme/programme-issue.js';
import type { ProgrammeReview } from '../core/programme/review-programme.js';
import type { ProgrammeWeek } from './plan-programme-week.js';

type OnIssue<T> = T & { issue: number };

/** What the enrolment issues gave: counts of who enrolled, and what was left out and why. */
export interface EnrolmentSummary {
  requests: number;
  offers: number;
  withdrawn: number;
  /** Open enrolments with unreadable fields: those fields are left out, the rest is used. */
  problems: Array<OnIssue<{ login: string; form: string; problems: FormProblem[] }>>;
  outsiders: Array<OnIssue<{ login: string }>>;
}

/** What the weekly run would do in the programme repository, by kind, each with its pair. */
export interface ProgrammeSummary {
  repository: string;
  asOf: string;
  introduce: PairRef[];
  /** Titles of the ring, reverse-pair and buddy issues that would be opened. */
  introduceFormats: string[];
  nudge: Array<OnIssue<PairRef>>;
  askFit: Array<OnIssue<PairRef>>;
  /** `asked`: the pair issue's own request to end, when the pair ended for another reason. */
  close: Array<OnIssue<PairRef & { reason: string; asked?: string }>>;
  replyUnpaired: Array<OnIssue<{ mentee: string }>>;
  link: Array<OnIssue<{ login: string }>>;
  endRequests: ProgrammeReview['endRequests'];
  extensions: ProgrammeReview['extensions'];
  /** From the pair issues as they stand, before this run. */
  counts: ProgrammeCounts;
}

const pairOf = ({ mentor, mentee, startedOn }: PairRef): PairRef => ({ mentor, mentee, startedOn });

/** Sorts the planned effects into what a person reviewing the dry run wants to see. */
export function summariseProgrammeWeek(params: {
  week: ProgrammeWeek;
  issues: ProgrammeIssuesFile;
  appLogin: string;
}): { enrolment: EnrolmentSummary; programme: ProgrammeSummary } {
  const { week, appLogin } = params;
  const { issues } = params.issues;
  const authorOf = (number: number) => issues.find((i) => i.number === number)?.author.login ?? '';
  // Every pair issue by number, a second one for the same pair included.
  const pairs = new Map<number, PairRef>();
  for (const issue of issues) {
    const pair = pairIssueOf(issue, appLogin);
    if (pair) pairs.set(issue.number, pairOf(pair));
  }
  const duplicates = new Map(duplicatePairIssues(issues, appLogin).map((d) => [d.issue.number, d]));
  const programme: ProgrammeSummary = {
    repository: params.issues.repository,
    asOf: week.asOf,
    introduce: [],
    introduceFormats: [],
    nudge: [],
    askFit: [],
    close: [],
    replyUnpaired: [],
    link: [],
    endRequests: week.review.endRequests,
    extensions: week.review.extensions,
    counts: week.counts,
  };
  for (const effect of week.effects) {
    if (effect.kind === 'open-pair-issue') programme.introduce.push(pairOf(effect.pair));
    else if (effect.kind === 'upsert-comment')
      programme.replyUnpaired.push({ issue: effect.issue, mentee: authorOf(effect.issue) });
    else if (effect.kind === 'comment' && effect.about === 'paired')
      programme.link.push({ issue: effect.issue, login: authorOf(effect.issue) });
    else if (effect.kind === 'comment') {
      const pair = pairs.get(effect.issue);
      if (pair)
        programme[effect.about === 'nudge' ? 'nudge' : 'askFit'].push({
          issue: effect.issue,
          ...pair,
        });
    } else if (effect.kind === 'close-pair-issue') {
      const pair = pairs.get(effect.issue);
      if (pair)
        programme.close.push({ issue: effect.issue, ...closing(pairOf(pair), effect.issue) });
    } else programme.introduceFormats.push(effect.title);
  }
  return { enrolment: enrolmentSummary(week), programme };

  function closing(pair: PairRef, issue: number): PairRef & { reason: string; asked?: string } {
    const key = pairIssueKey(pair);
    const duplicate = duplicates.get(issue);
    if (duplicate)
      return { ...pair, reason: `a second issue for this pair; #${duplicate.of} is its issue` };
    const ended = week.file.ended.find((e) => pairIssueKey(e) === key);
    const asked = week.review.endRequests.find((r) => pairIssueKey(r) === key)?.reason;
    if (!ended) return { ...pair, reason: 'no longer running' };
    // Said only when the pair ended for another reason: one that ranks before the request.
    const endedOtherwise = asked && endKindOf(ended.reason) !== asked;
    return { ...pair, reason: ended.reason, ...(endedOtherwise ? { asked } : {}) };
  }
}

function enrolmentSummary(week: ProgrammeWeek): EnrolmentSummary {
  const { enrolments, formProblems, outsiders } = week.enrolment;
  const current = enrolments.filter((e) => e.withdrawn === null);
  return {
    requests: current.filter((e) => e.form === 'request').length,
    offers: current.filter((e) => e.form === 'offer').length,
    withdrawn: enrolments.length - current.length,
    problems: formProblems.map(({ issue, login, form, problems }) => ({
      issue,
      login,
      form,
      problems,
    })),
    outsiders: outsiders.map(({ issue, login }) => ({ issue, login })),
  };
}
