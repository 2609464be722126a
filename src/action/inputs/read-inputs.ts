import { parseWith } from '../../core/config/zod-helpers.js';
import { problemsError } from '../action-error.js';
import { type ActionInputs, crossCheckInputs, INPUT_NAMES, inputsSchema } from './inputs-schema.js';

/**
 * The inputs as `getInput` reads them (INPUT_<NAME>, hyphens kept), checked all at once. An
 * empty input means "not given", so action.yml's defaults and the schema's agree.
 */
export function readInputs(params: { getInput: (name: string) => string }): ActionInputs {
  const raw: Record<string, string> = {};
  for (const name of INPUT_NAMES) {
    const value = params.getInput(name);
    if (value !== '') raw[name] = value;
  }
  const parsed = parseWith(inputsSchema, raw, 'inputs');
  const problems = [...(parsed.ok ? [] : parsed.problems), ...crossCheckInputs(raw)];
  if (!parsed.ok || problems.length) throw problemsError({ what: 'inputs', problems });
  return parsed.value;
}
