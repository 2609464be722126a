import { revealInvisible } from '../people/login.js';

/** Longest part of a value echoed back; a 300-character mistake is not worth repeating whole. */
export const SHOWN_MAX = 40;

// C0 and C1 controls (a stray escape sequence could repaint the terminal) besides the invisible
// characters login.ts already spells out.
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters to escape
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/**
 * A value a person gave, as it is echoed in a message: quoted, its control and invisible
 * characters spelled out (`\u200b`), and cut to `max` characters with how long it was. The one
 * way every message of the CLI, the Action and the App shows what it was given.
 */
export function shownValue(value: string, max = SHOWN_MAX): string {
  const chars = [...value];
  const cut = chars.length > max ? `${chars.slice(0, max).join('')}…` : value;
  const escaped = revealInvisible(cut).replace(
    CONTROL,
    (c) => `\\u${c.codePointAt(0)!.toString(16).padStart(4, '0')}`,
  );
  const quoted = `"${escaped.replace(/"/g, '\\"')}"`;
  return chars.length > max ? `${quoted} (${chars.length} characters)` : quoted;
}
