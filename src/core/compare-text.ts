/**
 * Orders text by UTF-16 code units: the same on every machine, whatever its locale (where
 * localeCompare would put "aa" after "z" in Danish and change who is paired on ties).
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
