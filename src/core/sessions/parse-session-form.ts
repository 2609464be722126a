import {
  buildDraft,
  emptyFields,
  type FieldHints,
  type ParseResult,
  type RawFields,
  trimEndOf,
} from './session-draft.js';

type FieldId = 'mentor' | 'mentees' | 'date' | 'duration' | 'topics' | 'outcome';

/** The session issue form, field by field: the `.github/ISSUE_TEMPLATE` YAML is written from this. */
export const SESSION_FORM_FIELDS = [
  {
    id: 'mentor',
    label: 'Mentor',
    required: false,
    description: 'GitHub login of the mentor. Leave empty if you were the mentor.',
    placeholder: '@bob',
  },
  {
    id: 'mentees',
    label: 'Mentees',
    required: true,
    description: 'GitHub logins of who you paired with, separated by commas.',
    placeholder: '@alice, @carol',
  },
  {
    id: 'date',
    label: 'Date',
    required: false,
    description: 'Day of the session as YYYY-MM-DD. Leave empty for today.',
    placeholder: '2026-11-18',
  },
  {
    id: 'duration',
    label: 'Duration',
    required: true,
    description: 'How long you paired: minutes or hours, from 1 minute to 4 hours.',
    placeholder: '45m',
  },
  {
    id: 'topics',
    label: 'Topics',
    required: true,
    description: 'What you worked on, separated by commas.',
    placeholder: 'jq, strace',
  },
  {
    id: 'outcome',
    label: 'Outcome',
    required: false,
    description: 'What came out of it. Confidential: never shown in public repositories.',
    placeholder: 'Wrote the on-call runbook together',
  },
] as const satisfies ReadonlyArray<{
  id: FieldId;
  label: string;
  required: boolean;
  description: string;
  placeholder: string;
}>;

/** The headings the form renders, in order. */
export const SESSION_FORM_LABELS: readonly string[] = SESSION_FORM_FIELDS.map((f) => f.label);

const FORM_HINTS: FieldHints = {
  durationMissing: 'fill in "Duration", e.g. "45m"',
  menteesMissing: 'fill in "Mentees" with who you paired with, e.g. "@alice"',
  topicsMissing: 'fill in "Topics", e.g. "jq, strace"',
  mentee: 'list GitHub logins in "Mentees", e.g. "@alice, @carol"',
  mentor: 'put a GitHub login in "Mentor", e.g. "@bob", or leave it empty if you were the mentor',
  date: 'write "Date" as YYYY-MM-DD, e.g. "2026-11-18", or leave it empty for today',
};

const HEADING = /^ {0,3}#{1,6}[ \t]+(.*)$/;
const NO_RESPONSE = '_No response_';
// Words that identify a heading; the earliest in the label wins ("Date of the session with the mentee").
const LABEL_WORDS: ReadonlyArray<[string, FieldId]> = [
  ['mentee', 'mentees'],
  ['mentor', 'mentor'],
  ['date', 'date'],
  ['duration', 'duration'],
  ['topic', 'topics'],
  ['outcome', 'outcome'],
];

/**
 * Reads a session issue form body (`### Label` then the value; empty fields render as
 * `_No response_`). Returns null when neither a Duration nor a Topics section is present.
 */
export function parseSessionForm(params: {
  body: string;
  author: string;
  date: string;
}): ParseResult | null {
  const sections = readSections(params.body);
  if (!sections.some((s) => s.field === 'duration' || s.field === 'topics')) return null;
  const fields = emptyFields();
  for (const { field, value } of sections) fileValue({ field, value, fields });
  return buildDraft({ fields, author: params.author, date: params.date, hints: FORM_HINTS });
}

function fieldForLabel(label: string): FieldId | undefined {
  const lower = label.toLowerCase();
  let best: { at: number; field: FieldId } | undefined;
  for (const [word, field] of LABEL_WORDS) {
    const at = lower.indexOf(word);
    if (at >= 0 && (best === undefined || at < best.at)) best = { at, field };
  }
  return best?.field;
}

function readSections(body: string): Array<{ field: FieldId; value: string }> {
  const sections: Array<{ field: FieldId | undefined; lines: string[] }> = [];
  for (const line of body.split(/\r?\n/)) {
    const heading = HEADING.exec(line);
    if (heading)
      sections.push({ field: fieldForLabel(trimEndOf(heading[1] ?? '', ' \t#')), lines: [] });
    else sections[sections.length - 1]?.lines.push(line);
  }
  return sections.flatMap(({ field, lines }) => {
    const value = lines.join('\n').trim();
    return field ? [{ field, value: value === NO_RESPONSE ? '' : value }] : [];
  });
}

const BULLET = /^\s*(?:[-*+]|\d+\.)\s+/;
const CHECKBOX = /^\s*[-*+]\s+\[([ xX])\]\s*/;

function fileValue(p: { field: FieldId; value: string; fields: RawFields }): void {
  const { field, value, fields } = p;
  if (field === 'mentees') {
    const words = value.split(/[\s,;]+/).filter((w) => w && !/^(?:[-*+]|and|&)$/i.test(w));
    fields.mentees.push(...words);
  } else if (field === 'topics') {
    fields.topics.push(...value.split('\n').flatMap(topicLine));
  } else if (value !== '') {
    fields[field].push(value);
  }
}

/** A topics line: plain, a list item, or a checkbox (only ticked ones count). */
function topicLine(line: string): string[] {
  const box = CHECKBOX.exec(line);
  if (box) return box[1] === ' ' ? [] : [line.slice(box[0].length)];
  return [line.replace(BULLET, '')];
}
