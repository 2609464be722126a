import { z } from 'zod';
import { configSchema } from './config-schema.js';
import { EXTENDS_FORMS } from './extends-target.js';

/**
 * A config file as written, for the JSON Schema editors use: the settings plus `_extends`, so an
 * editor does not flag it. Validation never sees `_extends` (the loader follows it and takes it
 * out), which is why it is not in `configSchema` and `Config` has no such field.
 */
export const configFileSchema = configSchema.extend({
  _extends: z
    .string()
    .min(1)
    .optional()
    .describe(
      `Another config file this one builds on: ${EXTENDS_FORMS}. Its settings apply where this file sets none; objects merge key by key, lists replace.`,
    ),
});
