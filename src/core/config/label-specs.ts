import type { Config } from './config-schema.js';

export interface LabelSpec {
  name: string;
  /** Six hex digits, no "#", as GitHub's API takes it. */
  color: string;
  description: string;
}

/** The labels the app creates in each repository, from the configured names. */
export function labelSpecs(labels: Config['labels']): LabelSpec[] {
  return [
    {
      name: labels.mentorship,
      color: '0e8a16',
      description: 'A request for a mentor; mentorship-bot pairs it in the weekly plan',
    },
    {
      name: labels.seniorHelp,
      color: '5319e7',
      description: 'A senior help session: mentorship-bot routes it to a senior and logs sessions',
    },
  ];
}
