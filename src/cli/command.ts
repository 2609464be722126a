import type { ParseArgsConfig } from 'node:util';
import type { CliIo } from './cli-io.js';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>[string] & {
  description: string;
  placeholder?: string;
};

export interface Command {
  name: string;
  summary: string;
  /** Shown under the usage line of `--help`. */
  details?: string;
  options: Record<string, OptionSpec>;
  run: (params: {
    values: Record<string, string | boolean | undefined>;
    io: CliIo;
  }) => Promise<number>;
}

export function commandHelp(command: Command): string {
  const lines = [`Usage: mentorship ${command.name} [options]`, '', command.summary];
  if (command.details) lines.push('', command.details);
  lines.push('', 'Options:');
  const entries = Object.entries({
    ...command.options,
    help: { type: 'boolean', description: 'Show this help' } as OptionSpec,
  });
  const labels = entries.map(
    ([name, o]) => `--${name}${o.type === 'string' ? ` ${o.placeholder ?? 'VALUE'}` : ''}`,
  );
  const width = Math.max(...labels.map((l) => l.length));
  entries.forEach(([, o], i) => {
    lines.push(`  ${labels[i]!.padEnd(width)}  ${o.description}`);
  });
  return `${lines.join('\n')}\n`;
}
