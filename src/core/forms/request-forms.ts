/**
 * The issue forms, field by field: the two enrolment forms (mentorship request, mentor offer)
 * and the senior-help request. The `.github/ISSUE_TEMPLATE` YAML is written from
 * these (a test keeps them in step), and the app recognises a form by its headings.
 */
export interface RequestFormField {
  id: string;
  label: string;
  type: 'input' | 'textarea' | 'dropdown';
  required: boolean;
  description: string;
  placeholder?: string;
  options?: readonly string[];
}

/** "No preference" is the same as leaving the dropdown unanswered. */
export const NO_FORMAT_PREFERENCE = 'No preference';
export const FORMAT_OPTIONS = [
  'Pairing on real work',
  'Conversation and review',
  NO_FORMAT_PREFERENCE,
] as const;
export const CAPACITY_OPTIONS = ['0', '1', '2', '3'] as const;

export const MENTORSHIP_FORM_FIELDS = [
  {
    id: 'goals',
    label: 'Goals',
    type: 'textarea',
    required: true,
    description: 'What you want to learn or get better at over the next weeks.',
    placeholder: 'Get comfortable reviewing infrastructure changes',
  },
  {
    id: 'topics',
    label: 'Preferred topics',
    type: 'input',
    required: false,
    description: 'Skill areas or topics, separated by commas.',
    placeholder: 'TypeScript, postgres, on-call',
  },
  {
    id: 'timezone',
    label: 'Time zone',
    type: 'input',
    required: true,
    description: 'Your IANA time zone, so you are paired with someone whose day overlaps yours.',
    placeholder: 'Europe/Berlin',
  },
  {
    id: 'format',
    label: 'Preferred format',
    type: 'dropdown',
    required: false,
    description: 'How you would like to meet your mentor.',
    options: FORMAT_OPTIONS,
  },
  {
    id: 'canTeach',
    label: 'What I could teach (reverse mentoring)',
    type: 'input',
    required: false,
    description:
      'Topics you know well enough to teach someone more senior, separated by commas: reverse mentoring pairs you with them.',
    placeholder: 'Swift, accessibility',
  },
] as const satisfies readonly RequestFormField[];

/** The offer a mentor makes for one cycle; read by src/core/enrolment/read-enrolment-form.ts. */
export const MENTOR_OFFER_FORM_FIELDS = [
  {
    id: 'offers',
    label: 'What I can help with',
    type: 'input',
    required: true,
    description: 'Skill areas or topics you can mentor in, separated by commas.',
    placeholder: 'Go, postgres, code review',
  },
  {
    id: 'capacity',
    label: 'How many mentees this cycle',
    type: 'dropdown',
    required: true,
    description: 'Mentees you can take at once this cycle (0: none this time).',
    options: CAPACITY_OPTIONS,
  },
  {
    id: 'workingHours',
    label: 'Working hours',
    type: 'input',
    required: false,
    description:
      'Your working day in your own time, whole hours as HH:MM-HH:MM. Leave empty for the usual hours.',
    placeholder: '09:00-17:00',
  },
  {
    id: 'timezone',
    label: 'Time zone',
    type: 'input',
    required: true,
    description: 'Your IANA time zone, so you are paired with mentees whose day overlaps yours.',
    placeholder: 'Europe/Berlin',
  },
  {
    id: 'wantsToLearn',
    label: 'What I want to learn (reverse mentoring)',
    type: 'input',
    required: false,
    description:
      'Topics you would like a less senior colleague to teach you, separated by commas: reverse mentoring pairs you with them.',
    placeholder: 'Rust, mobile',
  },
] as const satisfies readonly RequestFormField[];

export const URGENCY_OPTIONS = ['Today', 'This week', 'When a senior is free'] as const;

export const HELP_FORM_FIELDS = [
  {
    id: 'problem',
    label: 'The problem',
    type: 'textarea',
    required: true,
    description: 'State the problem clearly: what you expected, what happens instead, where.',
    placeholder: 'The deploy job times out at the migration step since Tuesday.',
  },
  {
    id: 'tried',
    label: 'What I tried in the 15 minutes of preparation',
    type: 'textarea',
    required: true,
    description: 'Before asking, spend 15 minutes on it: what did you read, run and rule out?',
    placeholder: 'Re-ran the job, read the migration logs, checked the lock table.',
  },
  {
    id: 'urgency',
    label: 'Urgency',
    type: 'dropdown',
    required: true,
    description: 'How soon you need a senior.',
    options: URGENCY_OPTIONS,
  },
  {
    id: 'topics',
    label: 'Topics',
    type: 'input',
    required: false,
    description:
      'Areas it touches, separated by commas: the app routes to a senior who knows them.',
    placeholder: 'postgres, GitHub Actions',
  },
  {
    id: 'timezone',
    label: 'Time zone',
    type: 'input',
    required: false,
    description:
      'Your IANA time zone: the rota of your region and your own weekday pick the senior, and office hours show in your time.',
    placeholder: 'Europe/Berlin',
  },
  {
    id: 'duration',
    label: 'Duration',
    type: 'input',
    required: false,
    description:
      'Leave empty now. After the session, edit the issue to fill in how long you paired (e.g. "45m") and close it: the session is logged.',
    placeholder: '45m',
  },
] as const satisfies readonly RequestFormField[];
