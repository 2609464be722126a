import {
  buildDraft,
  emptyFields,
  type FieldHints,
  type ParseResult,
  type RawFields,
  trimEndOf,
} from './session-draft.js';

export {
  parseSessionForm,
  SESSION_FORM_FIELDS,
  SESSION_FORM_LABELS,
} from './parse-session-form.js';
export type { ParseResult, SessionDraft } from './session-draft.js';

const EXAMPLE = '"/session 45m @alice topics: jq, strace outcome: wrote the runbook"';

const COMMAND_HINTS: FieldHints = {
  durationMissing: 'write it right after /session, e.g. "/session 45m @alice topics: jq"',
  menteesMissing: 'mention who you paired with, e.g. "@alice"',
  topicsMissing: 'add "topics: jq, strace"',
  mentee: 'mention people by their GitHub login, e.g. "@alice"',
  mentor: 'write "mentor: @login", e.g. "mentor: @bob"',
  date: 'write it as YYYY-MM-DD, e.g. "on 2026-11-18" or "date: 2026-11-18"',
};

// Up to three spaces of indent, as in Markdown: four spaces would be a code block.
const COMMAND_LINE = /^ {0,3}\/session(?=\s|$)(.*)$/is;
const KEYWORD_LINE = /^\s*(?:topics?|outcome|date|mentor)\s*:/i;
const KEYWORD = /(^|[\s,;])(topics?|outcome|date|mentor)\s*:/gi;
const FENCE = /^\s*(?:```|~~~)/;

/**
 * Reads a `/session` command from a comment body: `/session 45m @alice topics: jq, strace
 * outcome: wrote the runbook`, optionally `on 2026-11-18` and `mentor: @bob`. Lines right
 * after the command that start with a keyword (`topics:`, `outcome:`…) belong to it.
 * Returns null when the body holds no command, so callers can tell "not for me" from "bad".
 */
export function parseSessionCommand(params: {
  text: string;
  author: string;
  date: string;
}): ParseResult | null {
  const commands = findCommands(params.text);
  const first = commands[0];
  if (first === undefined) return null;
  const fields = emptyFields();
  readFreeText(first.map((line) => readSections(line, fields)).join(' '), fields);
  if (commands.length > 1) {
    fields.problems.push(
      `command: found ${commands.length} /session commands — post one /session per comment`,
    );
  }
  return buildDraft({ fields, author: params.author, date: params.date, hints: COMMAND_HINTS });
}

/** Each command as its lines: the text after `/session`, then its keyword continuation lines. */
function findCommands(text: string): string[][] {
  const commands: string[][] = [];
  let inFence = false;
  let current: string[] | undefined;
  for (const line of text.split(/\r?\n/)) {
    if (FENCE.test(line)) {
      inFence = !inFence;
      current = undefined;
      continue;
    }
    const match = inFence ? null : COMMAND_LINE.exec(line);
    if (match) {
      current = [match[1] ?? ''];
      commands.push(current);
    } else if (current && KEYWORD_LINE.test(line)) {
      current.push(line);
    } else {
      current = undefined;
    }
  }
  return commands;
}

type Section = { keyword: string; value: string };

/** Splits a line into the free text before any keyword and the keyword sections after it. */
function splitSections(line: string): { free: string; sections: Section[] } {
  const matches = [...line.matchAll(KEYWORD)].map((m) => ({
    keyword: m[2]!.toLowerCase().replace(/s$/, ''),
    start: m.index + m[1]!.length,
    end: m.index + m[0].length,
  }));
  // Outcome text is prose: only a `topics:` (people reorder the two) ends it.
  const kept: typeof matches = [];
  for (const m of matches) {
    const last = kept[kept.length - 1];
    if (last?.keyword !== 'outcome' || m.keyword === 'topic') kept.push(m);
  }
  const sections = kept.map((m, i) => ({
    keyword: m.keyword,
    value: line.slice(m.end, kept[i + 1]?.start),
  }));
  return { free: line.slice(0, kept[0]?.start), sections };
}

/** Files each keyword section into `fields` and returns the line's free text. */
function readSections(line: string, fields: RawFields): string {
  const { free, sections } = splitSections(line);
  const freeParts = [free];
  for (const { keyword, value } of sections) {
    if (keyword === 'topic') fields.topics.push(value);
    else if (keyword === 'outcome') fields.outcome.push(value);
    else {
      // `date:` and `mentor:` take one word; what follows is free text again.
      const [word, ...rest] = value.trim().split(/\s+/);
      if (!word)
        fields.problems.push(`${keyword}: empty — ${COMMAND_HINTS[keyword as 'date' | 'mentor']}`);
      else
        (keyword === 'date' ? fields.date : fields.mentor).push(
          trimEndOf(word, `,${TRAILING_PUNCTUATION}`),
        );
      freeParts.push(rest.join(' '));
    }
  }
  return freeParts.join(' ');
}

const TRAILING_PUNCTUATION = '.;:!?)';
const FILLER = /^(?:with|and|&|for|[\p{P}\p{S}]+)$/iu;
const UNITS = new Set(['h', 'hr', 'hrs', 'hour', 'hours', 'm', 'min', 'mins', 'minute', 'minutes']);

/** Numbers and unit words only ("45", "1h30m", "mins"); checked without a regex that could backtrack. */
function isDurationPiece(token: string): boolean {
  const lower = token.toLowerCase();
  if (!/^[\d.a-z]+$/.test(lower)) return false;
  return lower.split(/[\d.]+/).every((word) => word === '' || UNITS.has(word));
}

/** Free text holds the duration, @mentions of mentees and `on YYYY-MM-DD`, in any order. */
function readFreeText(text: string, fields: RawFields): void {
  const tokens = text.split(/[\s,]+/).filter(Boolean);
  const duration: string[] = [];
  const unknown: string[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    if (token.startsWith('@')) fields.mentees.push(trimEndOf(token, TRAILING_PUNCTUATION));
    else if (token.toLowerCase() === 'on' && next !== undefined && /^\d/.test(next)) {
      fields.date.push(trimEndOf(next, TRAILING_PUNCTUATION));
      i += 1;
    } else if (FILLER.test(token)) continue;
    else if (isDurationPiece(token)) duration.push(token);
    else unknown.push(token);
  }
  // Without anything duration-like, the first unknown word was most likely meant as one.
  if (duration.length === 0 && unknown.length > 0) duration.push(unknown.shift()!);
  if (duration.length > 0) fields.duration.push(duration.join(' '));
  if (unknown.length > 0) {
    fields.problems.push(
      `command: did not understand ${JSON.stringify(unknown.join(' '))} — write the duration and @mentions, then "topics:" and "outcome:", e.g. ${EXAMPLE}`,
    );
  }
}
