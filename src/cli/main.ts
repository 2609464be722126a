import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { didYouMean } from '../core/validation/did-you-mean.js';
import { shownValue } from '../core/validation/shown-value.js';
import { type CliIo, nodeIo, UsageError } from './cli-io.js';
import { type Command, commandHelp } from './command.js';
import { COMMANDS } from './command-registry.js';
import { wrappingWriter } from './wrap-text.js';

/** Exit codes, as the README gives them. */
export const EXIT = { done: 0, problem: 1, usage: 2 } as const;

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
    'Run "mentorship <command> --help" for a command’s options, "mentorship --version" for the version.',
    'Exit codes: 0 done, 1 a problem with the input or a service, 2 a mistyped command or option.',
    '',
  ].join('\n');
}

function version(): string {
  const path = new URL('../../package.json', import.meta.url);
  return (JSON.parse(readFileSync(path, 'utf8')) as { version: string }).version;
}

/** The CLI: returns an exit code instead of exiting, so tests drive it in memory. */
export async function main(params: { argv: string[]; io?: CliIo }): Promise<number> {
  const io = params.io ?? nodeIo();
  const [name, ...rest] = params.argv;
  if (name === undefined) {
    io.stderr(mainHelp());
    return EXIT.usage;
  }
  if (name === '--version' || name === '-V') {
    io.stdout(`mentorship ${version()}\n`);
    return EXIT.done;
  }
  if (name === '--help' || name === '-h' || (name === 'help' && rest.length === 0)) {
    io.stdout(mainHelp());
    return EXIT.done;
  }
  if (name === 'help') return main({ argv: [rest[0]!, '--help'], io });
  const entry = COMMANDS.find((c) => c.name === name);
  if (!entry) {
    const what = name.startsWith('-') ? 'option' : 'command';
    const names = name.startsWith('-') ? ['--help', '--version'] : COMMANDS.map((c) => c.name);
    io.stderr(
      `mentorship: unknown ${what} ${shownValue(name)}${didYouMean({ typed: name, candidates: names })}\n` +
        `Commands: ${COMMANDS.map((c) => c.name).join(', ')}. Run "mentorship --help".\n`,
    );
    return EXIT.usage;
  }
  const command = await entry.load();
  const out = { flush: () => {} };
  try {
    const { values } = parseArgs({
      args: rest,
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: false,
    });
    if (values.help) {
      io.stdout(commandHelp(command));
      return EXIT.done;
    }
    // Text is wrapped to the terminal; JSON never is, so it stays what a program reads.
    const width = (values as { json?: boolean }).json ? undefined : io.columns;
    const writer = width ? wrappingWriter({ write: io.stdout, width }) : null;
    if (writer) out.flush = writer.flush;
    return await command.run({
      values: values as Record<string, string | boolean | undefined>,
      io: writer ? { ...io, stdout: writer.write } : io,
    });
  } catch (error) {
    out.flush();
    return reportFailure({ error, command, io });
  } finally {
    out.flush();
  }
}

/** What parseArgs objects to, in the person's terms, with a "did you mean" for a slip. */
function usageProblem(error: Error & { code: string }, command: Command): string {
  const option = /'(-[^' ]*)/.exec(error.message)?.[1] ?? '';
  const names = Object.keys({ ...command.options, help: true }).map((n) => `--${n}`);
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option ${shownValue(option)}${didYouMean({ typed: option, candidates: names })}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': {
      const spec = command.options[option.replace(/^-+/, '')];
      return spec?.type === 'string'
        ? `${option} needs a value, e.g. ${option} ${spec.placeholder ?? 'VALUE'}`
        : `${option} takes no value: give it alone`;
    }
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL': {
      const arg = /'([^']*)'/.exec(error.message)?.[1] ?? '';
      return `unexpected argument ${shownValue(arg)}: every value follows its option, e.g. --snapshot FILE`;
    }
    default:
      return error.message;
  }
}

function reportFailure(params: { error: unknown; command: Command; io: CliIo }): number {
  const { error, command, io } = params;
  const code = (error as { code?: string }).code ?? '';
  if (code.startsWith('ERR_PARSE_ARGS')) {
    const problem = usageProblem(error as Error & { code: string }, command);
    io.stderr(`mentorship ${command.name}: ${problem}\nRun "mentorship ${command.name} --help".\n`);
    return EXIT.usage;
  }
  if (error instanceof UsageError) {
    io.stderr(`mentorship ${command.name}: ${error.message}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr(`mentorship ${command.name}: ${message}\n`);
  return EXIT.problem;
}
