import { csvExport } from '../../core/outcomes/export/csv-export.js';
import { hrExport } from '../../core/outcomes/export/hr-export.js';
import { UsageError } from '../cli-io.js';
import type { Command } from '../command.js';
import { loadPairingsFile, loadSnapshot, snapshotOption } from '../load-inputs.js';
import { requireString } from '../options.js';

const FORMATS = ['hr', 'csv'] as const;

export const exportCommand: Command = {
  name: 'export',
  summary:
    'Export pairs for other tools: HR pairings with Linear ids, or pairs and sessions as CSV.',
  details:
    '--format hr writes the running pairs as the tracker scripts’ pairings export,\n' +
    '[{senior_id, junior_id}] with Linear user ids (senior_login and junior_login beside them);\n' +
    'a pair where someone has no Linear id is left out and listed on standard error, with the\n' +
    'reason. --pairings takes the pairs from a pairings file instead of the snapshot.\n' +
    '--format csv writes pairs and sessions (one row per mentee), never topics or outcomes.\n' +
    'Same input, same bytes. Schemas: schema/export-hr.schema.json, export-csv-row.schema.json.',
  options: {
    snapshot: snapshotOption,
    format: { type: 'string', placeholder: 'FORMAT', description: 'hr or csv' },
    pairings: {
      type: 'string',
      placeholder: 'FILE',
      description: 'hr: take the running pairs from this pairings file (from `pair --out`)',
    },
    out: {
      type: 'string',
      placeholder: 'FILE',
      description: 'Write here instead of standard output',
    },
  },
  async run({ values, io }) {
    const format = requireString(values, 'format', 'hr or csv');
    if (!(FORMATS as readonly string[]).includes(format))
      throw new UsageError(`--format: expected hr or csv, got "${format}"`, 2);
    if (format === 'csv' && values.pairings !== undefined)
      throw new UsageError('--pairings: only --format hr reads a pairings file', 2);
    const snapshot = await loadSnapshot(io, requireString(values, 'snapshot', 'a snapshot file'));
    let text: string;
    if (format === 'hr') {
      const pairs =
        typeof values.pairings === 'string'
          ? (await loadPairingsFile(io, values.pairings)).pairs
          : snapshot.pairs;
      const result = hrExport({ pairs, people: snapshot.people });
      text = `${JSON.stringify(result.pairs, null, 2)}\n`;
      if (result.leftOut.length)
        io.stderr(
          `Left out of the HR export (${result.leftOut.length}):\n${result.leftOut
            .map((l) => `  ${l.mentor} → ${l.mentee}: ${l.reason}\n`)
            .join('')}`,
        );
    } else text = csvExport(snapshot);
    if (typeof values.out === 'string') await io.writeFile(values.out, text);
    else io.stdout(text);
    return 0;
  },
};
