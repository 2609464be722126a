import { compareText } from '../../compare-text.js';
import type { Snapshot } from '../../snapshot/snapshot-schema.js';
import { CSV_COLUMNS, type CsvRow } from './export-schemas.js';

/**
 * Pairs (ended, then running, by start day) and sessions (one row per mentee, by day) as CSV:
 * a header, then RFC 4180 rows ending in CRLF. Never topics or outcomes: they are not columns.
 */
export function csvExport(snapshot: Pick<Snapshot, 'pairs' | 'history' | 'sessions'>): string {
  const pairs: CsvRow[] = [
    ...snapshot.history.map((p) => pairRow(p.mentor, p.mentee, p.startedOn, p.endedOn)),
    ...snapshot.pairs.map((p) => pairRow(p.mentor, p.mentee, p.startedOn, '')),
  ].sort((a, b) => compareRows(a, b, 'started_on'));
  const seen = new Set<string>();
  const sessions: CsvRow[] = snapshot.sessions
    .filter((s) => !seen.has(s.id) && seen.add(s.id))
    .flatMap((s) =>
      s.mentees.map(
        (mentee): CsvRow => ({
          record: 'session',
          mentor: s.mentor,
          mentee,
          started_on: '',
          ended_on: '',
          session_date: s.date,
          duration_mins: String(s.durationMins),
        }),
      ),
    )
    .sort(
      (a, b) => compareRows(a, b, 'session_date') || compareText(a.duration_mins, b.duration_mins),
    );
  const lines = [CSV_COLUMNS.join(','), ...[...pairs, ...sessions].map(csvLine)];
  return `${lines.join('\r\n')}\r\n`;
}

/** The rows back as objects, for checking a file against the row schema. */
export function parseCsvRows(text: string): Array<Record<string, string>> {
  const [header, ...rows] = text.split('\r\n').filter((l) => l !== '');
  const names = (header ?? '').split(',');
  return rows.map((row) =>
    Object.fromEntries(row.split(',').map((cell, i) => [names[i] ?? `column${i}`, unquote(cell)])),
  );
}

function pairRow(mentor: string, mentee: string, startedOn: string, endedOn: string): CsvRow {
  return {
    record: 'pair',
    mentor,
    mentee,
    started_on: startedOn,
    ended_on: endedOn,
    session_date: '',
    duration_mins: '',
  };
}

function compareRows(a: CsvRow, b: CsvRow, day: 'started_on' | 'session_date'): number {
  return (
    compareText(a[day], b[day]) ||
    compareText(a.mentor.toLowerCase(), b.mentor.toLowerCase()) ||
    compareText(a.mentee.toLowerCase(), b.mentee.toLowerCase())
  );
}

function csvLine(row: CsvRow): string {
  return CSV_COLUMNS.map((c) => quote(row[c])).join(',');
}

// Logins, dates and numbers never need quoting; quote anyway if one ever does, per RFC 4180.
function quote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

function unquote(cell: string): string {
  return cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell;
}
