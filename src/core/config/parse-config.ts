import { type Config, configSchema } from './config-schema.js';
import { type Parsed, parseWith } from './zod-helpers.js';

/** Validates a parsed config document (YAML already decoded); missing means all defaults. */
export function parseConfig(input: unknown): Parsed<Config> {
  return parseWith(configSchema, input ?? {});
}

export const DEFAULT_CONFIG: Config = configSchema.parse({});
