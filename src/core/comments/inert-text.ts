/**
 * User text the app echoes into its own comments. The app's hidden markers are HTML comments,
 * so echoed text must never hold a `<` or `>`: it could open a forged marker, or close one.
 *
 * In Markdown prose, `&lt;` and `&gt;` render exactly as the characters did.
 */
export function inertText(text: string): string {
  return text.replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Inside code (a fenced block or a code span) entities are shown as typed, so the angle brackets
 * become look-alike quotation marks (‹ ›) instead.
 */
export function inertCode(text: string): string {
  return text.replace(/</g, '\u2039').replace(/>/g, '\u203a');
}

const MARKER_END = ' -->';

/**
 * The JSON of the `prefix` marker that ends `body`, or null. The app writes its marker last, so
 * a marker anywhere else (say, pasted into text the app quoted) is not read.
 */
export function trailingMarkerJson(body: string, prefix: string): string | null {
  const text = body.trimEnd();
  if (!text.endsWith(MARKER_END)) return null;
  const start = text.lastIndexOf(prefix);
  if (start < 0) return null;
  const json = text.slice(start + prefix.length, text.length - MARKER_END.length);
  return json.includes('-->') ? null : json;
}

/** JSON with `<` and `>` escaped, so that no value inside it can close an HTML comment. */
export function markerJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e');
}
