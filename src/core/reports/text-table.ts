export type ColumnAlign = 'left' | 'right';

/**
 * An aligned plain-text table: a header row, a dashed rule, then one line per row.
 * Columns are separated by two spaces and trailing spaces are trimmed, so output is
 * stable for snapshots and diffs. No trailing newline.
 *
 * Widths count code points, not UTF-16 units, so "Zoë" lines up with "Zoe".
 */
export function renderTextTable(params: {
  headers: string[];
  rows: string[][];
  align?: ColumnAlign[];
}): string {
  const { headers, rows, align = [] } = params;
  if (headers.length === 0) {
    throw new Error('headers: expected at least one column header, got none');
  }
  rows.forEach((row, i) => {
    if (row.length > headers.length) {
      throw new Error(
        `rows.${i}: has ${row.length} cells but there are ${headers.length} headers; give each row at most one cell per header`,
      );
    }
  });
  const grid = [headers, ...rows].map((row) => headers.map((_, c) => oneLine(row[c] ?? '')));
  const widths = headers.map((_, c) => Math.max(...grid.map((row) => width(row[c] ?? ''))));
  const rule = widths.map((w) => '-'.repeat(w));
  const [head, ...body] = grid;
  return [head ?? [], rule, ...body]
    .map((row) => formatRow({ cells: row, widths, align }))
    .join('\n');
}

function formatRow(params: { cells: string[]; widths: number[]; align: ColumnAlign[] }): string {
  const { cells, widths, align } = params;
  return cells
    .map((cell, c) => pad({ text: cell, width: widths[c] ?? 0, align: align[c] ?? 'left' }))
    .join('  ')
    .trimEnd();
}

function pad(params: { text: string; width: number; align: ColumnAlign }): string {
  const fill = ' '.repeat(Math.max(0, params.width - width(params.text)));
  return params.align === 'right' ? fill + params.text : params.text + fill;
}

function width(text: string): number {
  return [...text].length;
}

// A line break inside a cell would tear the table apart.
function oneLine(text: string): string {
  return text.replace(/\r?\n|\r/g, ' ');
}
