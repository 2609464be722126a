import { isTimeZone, tidyTimeZone } from '../config/zod-helpers.js';
import {
  type FormSection,
  hasSections,
  readFormSections,
  sectionValue,
} from '../forms/form-sections.js';
import {
  FORMAT_OPTIONS,
  MENTOR_OFFER_FORM_FIELDS,
  MENTORSHIP_FORM_FIELDS,
  NO_FORMAT_PREFERENCE,
  type RequestFormField,
} from '../forms/request-forms.js';
import type { PersonRecord } from '../people/person-schema.js';
import { MAX_CAPACITY } from '../programme/programme-command.js';

/** request: a mentorship request (a mentee); offer: a mentor offer (a mentor). */
export type EnrolmentFormKind = 'request' | 'offer';
export type WorkingHours = NonNullable<PersonRecord['workingHours']>;

/** What an enrolment form says, each field present only when it was answered and readable. */
export interface EnrolmentFields {
  /** request: one goal per line of "Goals"; offer: none. */
  goals: string[];
  /** request: "Preferred topics"; offer: "What I can help with". */
  topics: string[];
  /** Reverse mentoring: request "What I could teach"; offer "What I want to learn". */
  reverse?: string[];
  timezone?: string;
  /** offer only. */
  workingHours?: WorkingHours;
  /** offer only: mentees this cycle. */
  capacity?: number;
  /** request only; "No preference" is left out. */
  preferredFormat?: string;
}

/** One field that could not be read: `field` is the form's label, `problem` says how to fix it. */
export interface FormProblem {
  field: string;
  problem: string;
}

export interface EnrolmentFormRead {
  form: EnrolmentFormKind;
  fields: EnrolmentFields;
  problems: FormProblem[];
}

// Every issue the app writes (pair issues, config problems) carries its hidden marker; a
// person's enrolment never does.
const APP_MARKER = '<!-- mentorship-bot:';

type FieldIds<F extends readonly RequestFormField[]> = F[number]['id'];
const labelOf = <F extends readonly RequestFormField[]>(fields: F, id: FieldIds<F>): string =>
  fields.find((f) => f.id === id)!.label;
const requiredLabels = (fields: readonly RequestFormField[]) =>
  fields.filter((f) => f.required).map((f) => f.label);

const REQUEST = (id: FieldIds<typeof MENTORSHIP_FORM_FIELDS>) =>
  labelOf(MENTORSHIP_FORM_FIELDS, id);
const OFFER = (id: FieldIds<typeof MENTOR_OFFER_FORM_FIELDS>) =>
  labelOf(MENTOR_OFFER_FORM_FIELDS, id);

/**
 * Which enrolment form a body was written from, by its required headings, or null. The offer is
 * tried first: both forms ask for a time zone, and only the offer asks what one can help with.
 */
export function enrolmentFormOf(sections: readonly FormSection[]): EnrolmentFormKind | null {
  if (hasSections(sections, requiredLabels(MENTOR_OFFER_FORM_FIELDS))) return 'offer';
  if (hasSections(sections, requiredLabels(MENTORSHIP_FORM_FIELDS))) return 'request';
  return null;
}

/**
 * An enrolment issue's form, open or closed, or null when the issue is not one (a pair issue,
 * a help request, free text). Each unreadable field is one problem; every other field is used.
 */
export function readEnrolmentForm(issue: { body: string }): EnrolmentFormRead | null {
  if (issue.body.includes(APP_MARKER)) return null;
  const sections = readFormSections(issue.body);
  const form = enrolmentFormOf(sections);
  if (!form) return null;
  const problems: FormProblem[] = [];
  const answer = (label: string) => sectionValue(sections, label) ?? '';
  const note = (field: string) => (problem: string) => {
    problems.push({ field, problem });
    return undefined;
  };
  const fields: EnrolmentFields = { goals: [], topics: [] };
  if (form === 'request') {
    fields.goals = listOf(answer(REQUEST('goals')), /\r?\n/, stripListMarker);
    if (fields.goals.length === 0)
      note(REQUEST('goals'))('is empty; say what you want to learn, one goal per line');
    fields.topics = listOf(answer(REQUEST('topics')), /[,;\n]/);
    fields.timezone = readTimeZone(answer(REQUEST('timezone')), note(REQUEST('timezone')));
    fields.preferredFormat = readFormat(answer(REQUEST('format')), note(REQUEST('format')));
    const canTeach = listOf(answer(REQUEST('canTeach')), /[,;\n]/);
    if (canTeach.length) fields.reverse = canTeach;
  } else {
    fields.topics = listOf(answer(OFFER('offers')), /[,;\n]/);
    if (fields.topics.length === 0)
      note(OFFER('offers'))('is empty; list the topics you can help with, e.g. "Go, postgres"');
    fields.capacity = readCapacity(answer(OFFER('capacity')), note(OFFER('capacity')));
    fields.workingHours = readHours(answer(OFFER('workingHours')), note(OFFER('workingHours')));
    fields.timezone = readTimeZone(answer(OFFER('timezone')), note(OFFER('timezone')));
    const wantsToLearn = listOf(answer(OFFER('wantsToLearn')), /[,;\n]/);
    if (wantsToLearn.length) fields.reverse = wantsToLearn;
  }
  return { form, fields: compact(fields), problems };
}

type Note = (problem: string) => undefined;

/** A typed value as quoted back in a problem: short, one line, in double quotes. */
const quoted = (text: string) => JSON.stringify(text.length > 40 ? `${text.slice(0, 37)}…` : text);

/** The distinct items of a list, compared without case, first spelling kept. */
function listOf(text: string, separator: RegExp, tidy = (item: string) => item.trim()): string[] {
  const seen = new Set<string>();
  return text
    .split(separator)
    .map(tidy)
    .filter((item) => {
      const key = item.toLowerCase();
      if (!item || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

const stripListMarker = (line: string) =>
  line
    .trim()
    .replace(/^(?:[-*+]|\d+[.)])(?:\s+|$)(?:\[[ xX]\](?:\s+|$))?/, '')
    .trim();

function readTimeZone(text: string, note: Note): string | undefined {
  if (!text) return note('is empty; write your IANA time zone, e.g. "Europe/Berlin"');
  if (!isTimeZone(text))
    return note(`${quoted(text)} is not an IANA time zone; write one such as "Europe/Berlin"`);
  return tidyTimeZone(text);
}

function readFormat(text: string, note: Note): string | undefined {
  if (!text) return undefined;
  const option = FORMAT_OPTIONS.find((o) => o.toLowerCase() === text.toLowerCase());
  if (!option) return note(`choose one of ${FORMAT_OPTIONS.map((o) => `"${o}"`).join(', ')}`);
  return option === NO_FORMAT_PREFERENCE ? undefined : option;
}

function readCapacity(text: string, note: Note): number | undefined {
  const fix = `choose how many mentees you take this cycle, 0 to ${MAX_CAPACITY}`;
  if (!text) return note(`is empty; ${fix}`);
  const n = /^\d{1,2}$/.test(text) ? Number(text) : Number.NaN;
  return n <= MAX_CAPACITY ? n : note(`${quoted(text)} is not a number of mentees; ${fix}`);
}

const HOURS = /^(\d{1,2})(?::(\d{2}))?\s*(?:-|–|—|to)\s*(\d{1,2})(?::(\d{2}))?$/i;

function readHours(text: string, note: Note): WorkingHours | undefined {
  if (!text) return undefined;
  const fix = 'write your working day as HH:MM-HH:MM in whole hours, e.g. "09:00-17:00"';
  const match = HOURS.exec(text);
  if (!match) return note(`${quoted(text)} is not a time range; ${fix}`);
  const [, startHour, startMinutes = '00', endHour, endMinutes = '00'] = match;
  const start = Number(startHour);
  const end = Number(endHour);
  if (startMinutes !== '00' || endMinutes !== '00')
    return note(`${quoted(text)} is not in whole hours; ${fix}`);
  if (start > 23 || end > 24) return note(`${quoted(text)} has an hour past 24:00; ${fix}`);
  if (start >= end)
    return note(`${quoted(text)} does not end after it starts; ${fix}, within one day`);
  return { start, end };
}

/** Unanswered fields are absent rather than undefined, so results compare and serialise alike. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
