import { serializePairingsFile } from '../../core/pairing/pairings-file.js';
import { planPairings } from '../../core/pairing/plan-from-previous.js';
import { renderPairings } from '../../core/pairing/render-pairings.js';
import type { Command } from '../command.js';
import {
  configOption,
  loadPairingsFile,
  loadSnapshotAndConfig,
  snapshotOption,
} from '../load-inputs.js';

export const pairCommand: Command = {
  name: 'pair',
  summary: 'Pair mentors with mentees for the week and write the pairings file.',
  details:
    'Reads a snapshot (people, running pairs, history), continues running pairs, assigns the\n' +
    'remaining mentees optimally, prints each pair with its reasons and writes the pairings file.\n' +
    'Same input, byte-identical output. Nothing is written if anything is invalid.',
  options: {
    snapshot: snapshotOption,
    config: configOption,
    out: {
      type: 'string',
      placeholder: 'FILE',
      description: 'Where to write the pairings file (JSON)',
    },
    previous: {
      type: 'string',
      placeholder: 'FILE',
      description: "Last week's pairings file: continue its pairs and honour its cool-downs",
    },
    json: { type: 'boolean', description: 'Print the pairings file instead of the table' },
  },
  async run({ values, io }) {
    const { snapshot, config } = await loadSnapshotAndConfig(io, values);
    const previous =
      typeof values.previous === 'string' ? await loadPairingsFile(io, values.previous) : null;
    const file = planPairings({ snapshot, config, previous });
    const json = serializePairingsFile(file);
    if (typeof values.out === 'string') await io.writeFile(values.out, json);
    io.stdout(values.json ? json : renderPairings(file));
    if (typeof values.out === 'string' && !values.json) io.stdout(`Wrote ${values.out}\n`);
    return 0;
  },
};
