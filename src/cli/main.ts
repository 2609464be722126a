import { parseArgs } from 'node:util';
import { type CliIo, nodeIo, UsageError } from './cli-io.js';
import { type Command, commandHelp } from './command.js';
import { importCommand } from './commands/import-command.js';
import { pairCommand } from './commands/pair-command.js';
import { peersCommand } from './commands/peers-command.js';
import { reportCommand } from './commands/report-command.js';
import { ringsCommand } from './commands/rings-command.js';
import { snapshotCommand } from './commands/snapshot-command.js';

const COMMANDS: Command[] = [
  snapshotCommand,
  pairCommand,
  reportCommand,
  importCommand,
  ringsCommand,
  peersCommand,
];

function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'Usage: mentorship <command> [options]',
    '',
    'Runs a mentoring programme: pairs mentors with mentees and reports on sessions.',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run "mentorship <command> --help" for a command’s options.',
    '',
  ].join('\n');
}

/** The CLI: returns an exit code instead of exiting, so tests drive it in memory. */
export async function main(params: { argv: string[]; io?: CliIo }): Promise<number> {
  const io = params.io ?? nodeIo();
  const [name, ...rest] = params.argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(mainHelp());
    return name ? 0 : 1;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr(
      `mentorship: unknown command "${name}". Commands: ${COMMANDS.map((c) => c.name).join(', ')}.\n`,
    );
    return 2;
  }
  try {
    const { values } = parseArgs({
      args: rest,
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: false,
    });
    if (values.help) {
      io.stdout(commandHelp(command));
      return 0;
    }
    return await command.run({
      values: values as Record<string, string | boolean | undefined>,
      io,
    });
  } catch (error) {
    return reportFailure({ error, command, io });
  }
}

function reportFailure(params: { error: unknown; command: Command; io: CliIo }): number {
  const { error, command, io } = params;
  const code = (error as { code?: string }).code ?? '';
  if (code.startsWith('ERR_PARSE_ARGS')) {
    io.stderr(
      `mentorship ${command.name}: ${(error as Error).message}\nRun "mentorship ${command.name} --help".\n`,
    );
    return 2;
  }
  if (error instanceof UsageError) {
    io.stderr(`mentorship ${command.name}: ${error.message}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr(`mentorship ${command.name}: ${message}\n`);
  return 1;
}
