// Writes the JSON Schemas editors use for .github/mentorship.yml, snapshots and pairings files.
// A test fails when the committed files differ from what this generates.
import { writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { configFileSchema } from '../src/core/config/config-file-schema.js';
import { csvRowSchema, hrExportSchema } from '../src/core/outcomes/export/export-schemas.js';
import { pairingsFileSchema } from '../src/core/pairing/pairings-file.js';
import { snapshotSchema } from '../src/core/snapshot/snapshot-schema.js';

const SCHEMAS = {
  'schema/mentorship-config.schema.json': {
    schema: configFileSchema,
    title: 'mentorship-bot configuration',
  },
  'schema/snapshot.schema.json': { schema: snapshotSchema, title: 'mentorship-bot snapshot' },
  'schema/pairings.schema.json': {
    schema: pairingsFileSchema,
    title: 'mentorship-bot pairings file',
  },
  'schema/export-hr.schema.json': {
    schema: hrExportSchema,
    title: 'mentorship export --format hr',
  },
  'schema/export-csv-row.schema.json': {
    schema: csvRowSchema,
    title: 'mentorship export --format csv (one row)',
  },
} as const;

export function generateSchemas(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, { schema, title }] of Object.entries(SCHEMAS)) {
    const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<
      string,
      unknown
    >;
    out[path] = `${JSON.stringify({ title, ...json }, null, 2)}\n`;
  }
  return out;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const [path, content] of Object.entries(generateSchemas())) {
    await writeFile(path, content);
    console.log(`wrote ${path}`);
  }
}
