import { isoDate } from '../config/zod-helpers.js';

/**
 * The commands people type on programme issues, one per line, outside code fences:
 *   on their enrolment issue   /mentorship pause until 2026-12-14 | resume | capacity 1 | leave
 *   on a pair issue            /mentorship extend 2w   and   /fit good | unsure | no
 * One parser for the App (which replies) and the weekly run (which applies them), so the two
 * can never read a command differently.
 */
export type ProgrammeCommand =
  | { kind: 'pause'; until: string }
  | { kind: 'resume' }
  | { kind: 'capacity'; mentees: number }
  | { kind: 'leave' }
  | { kind: 'extend'; weeks: number }
  | { kind: 'fit'; answer: FitAnswer }
  /** A /mentorship or /fit line that could not be read: `problem` says what to type instead. */
  | { kind: 'invalid'; command: string; problem: string };

export const FIT_ANSWERS = ['good', 'unsure', 'no'] as const;
export type FitAnswer = (typeof FIT_ANSWERS)[number];

/** Where a command may be used: enrolment commands on enrolment issues, pair commands on pair issues. */
export const ENROLMENT_COMMANDS = ['pause', 'resume', 'capacity', 'leave'] as const;
export const PAIR_COMMANDS = ['extend', 'fit'] as const;

export const MAX_CAPACITY = 10;
const COMMAND_LINE = /^ {0,3}\/(mentorship|fit)(?=\s|$)(.*)$/i;
const FENCE = /^\s*(?:```|~~~)/;

const USAGE =
  'use one of: /mentorship pause until YYYY-MM-DD, /mentorship resume, /mentorship capacity N, /mentorship leave (on your enrolment issue), /mentorship extend 2w or /fit good|unsure|no (on a pair issue)';

/** Every command in a comment, in order; text that is not a command is ignored. */
export function programmeCommandsIn(body: string): ProgrammeCommand[] {
  const out: ProgrammeCommand[] = [];
  let inFence = false;
  for (const line of body.split(/\r?\n/)) {
    if (FENCE.test(line)) {
      inFence = !inFence;
      continue;
    }
    const match = inFence ? null : COMMAND_LINE.exec(line);
    if (match) out.push(parseCommand(match[1]!.toLowerCase(), match[2]!.trim()));
  }
  return out;
}

function parseCommand(name: string, rest: string): ProgrammeCommand {
  const words = rest.split(/\s+/).filter(Boolean);
  const command = `/${name}${rest ? ` ${rest}` : ''}`.slice(0, 80);
  const invalid = (problem: string): ProgrammeCommand => ({ kind: 'invalid', command, problem });
  if (name === 'fit') {
    const answer = words[0]?.toLowerCase();
    return FIT_ANSWERS.includes(answer as FitAnswer) && words.length === 1
      ? { kind: 'fit', answer: answer as FitAnswer }
      : invalid('say how the pair fits: /fit good, /fit unsure or /fit no');
  }
  const verb = words[0]?.toLowerCase();
  const args = words.slice(1);
  switch (verb) {
    case 'pause':
      return parsePause(args, invalid);
    case 'resume':
    case 'leave':
      return args.length ? invalid(`/mentorship ${verb} takes nothing after it`) : { kind: verb };
    case 'capacity': {
      const n = args.length === 1 && /^\d+$/.test(args[0]!) ? Number(args[0]) : Number.NaN;
      return Number.isInteger(n) && n >= 0 && n <= MAX_CAPACITY
        ? { kind: 'capacity', mentees: n }
        : invalid(
            `give how many mentees you take this cycle, 0 to ${MAX_CAPACITY}: /mentorship capacity 1`,
          );
    }
    case 'extend':
      return parseExtend(args, invalid);
    default:
      return invalid(verb ? `"${verb.slice(0, 20)}" is not a command; ${USAGE}` : USAGE);
  }
}

function parsePause(
  args: string[],
  invalid: (problem: string) => ProgrammeCommand,
): ProgrammeCommand {
  const date = args[0]?.toLowerCase() === 'until' ? args[1] : args[0];
  const extra = args.length > (args[0]?.toLowerCase() === 'until' ? 2 : 1);
  if (!date || extra)
    return invalid('give the last day of the pause: /mentorship pause until 2026-12-14');
  const parsed = isoDate.safeParse(date);
  if (!parsed.success)
    return invalid(
      `${JSON.stringify(date.slice(0, 20))} is not a date; write YYYY-MM-DD, e.g. /mentorship pause until 2026-12-14`,
    );
  return { kind: 'pause', until: parsed.data };
}

function parseExtend(
  args: string[],
  invalid: (problem: string) => ProgrammeCommand,
): ProgrammeCommand {
  // "2w", "2 w" and "2 weeks" all mean two weeks.
  const match =
    args.length >= 1 && args.length <= 2
      ? /^(\d{1,2})(?:w|wk|wks|weeks?)?$/i.exec(args.join(''))
      : null;
  const weeks = match ? Number(match[1]) : 0;
  return weeks >= 1
    ? { kind: 'extend', weeks }
    : invalid('give the weeks to add: /mentorship extend 2w');
}
