import { z } from 'zod';
import { describeInput, githubLogin, isoDate } from '../../core/config/zod-helpers.js';

export const DEFAULT_CONFIG_PATH = '.github/mentorship.yml';
export const MODES = ['pair', 'report', 'both', 'introduce'] as const;
export const COMMITS = ['direct', 'pull-request', 'none'] as const;

/** Every input action.yml declares, in its order. */
export const INPUT_NAMES = [
  'github-token',
  'app-id',
  'private-key',
  'linear-api-key',
  'config',
  'org',
  'mode',
  'commit',
  'pairings-path',
  'since',
  'snapshot',
  'issues',
  'as-of',
] as const;
export type InputName = (typeof INPUT_NAMES)[number];

const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, {
    error: (i) => `expected one of ${values.join(', ')}, got ${describeInput(i.input)}`,
  });

const repositoryPath = z
  .string()
  .refine((p) => !p.startsWith('/') && !p.split('/').includes('..'), {
    error: (i) =>
      `expected a path inside the repository (no leading "/" and no ".."), got ${describeInput(i.input)}`,
  });

// Secrets: messages never repeat the value, which would print it into the log.
const secret = (hint: string) => z.string({ error: hint });

export const inputsSchema = z.strictObject({
  'github-token': secret(
    'expected a GitHub token, e.g. the workflow token github.token',
  ).optional(),
  'app-id': z
    .string()
    .regex(/^(?:\d+|Iv[0-9A-Za-z.]+)$/, {
      error: (i) =>
        `expected the GitHub App's numeric App ID (or its client ID, "Iv…"), got ${describeInput(i.input)}`,
    })
    .optional(),
  'private-key': secret('expected the GitHub App private key')
    .transform((key) => key.replace(/\\n/g, '\n'))
    .refine((key) => /-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(key), {
      error:
        'expected the GitHub App private key in PEM form ("-----BEGIN RSA PRIVATE KEY-----…"); store the whole .pem file in a secret',
    })
    .optional(),
  'linear-api-key': secret('expected a Linear API key').optional(),
  config: repositoryPath.default(DEFAULT_CONFIG_PATH),
  org: githubLogin.optional(),
  mode: oneOf(MODES).default('both'),
  commit: oneOf(COMMITS).default('pull-request'),
  'pairings-path': repositoryPath.optional(),
  since: isoDate.optional(),
  snapshot: z.string().min(1).optional(),
  issues: z.string().min(1).optional(),
  'as-of': isoDate.optional(),
});

/** What one input cannot say about itself: the App's credentials come as a pair. */
export function crossCheckInputs(raw: Record<string, string>): string[] {
  const hasId = raw['app-id'] !== undefined;
  const hasKey = raw['private-key'] !== undefined;
  if (hasId === hasKey) return [];
  const [missing, given] = hasId ? ['private-key', 'app-id'] : ['app-id', 'private-key'];
  return [
    `inputs.${missing}: expected together with ${given} (a GitHub App's credentials); set both or neither`,
  ];
}

export type ActionInputs = z.output<typeof inputsSchema>;
export type Mode = ActionInputs['mode'];
export type CommitMode = ActionInputs['commit'];
