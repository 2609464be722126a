import type { Command } from './command.js';

/** A command as the top-level help lists it; its module is loaded only when it runs. */
export interface CommandEntry {
  name: string;
  /** The same words as the command's own `summary` (a test keeps the two equal). */
  summary: string;
  load: () => Promise<Command>;
}

// One line per command, in the order `mentorship --help` lists them. Each module (and the
// client libraries it brings, Octokit and Linear for `snapshot`) loads only when it runs, so
// `mentorship --help` starts about as fast as Node itself.
// biome-ignore format: one line per command, so adding a command is a one-line edit
export const COMMANDS: readonly CommandEntry[] = [
  { name: 'snapshot', summary: 'Collect people, activity and sessions from GitHub and Linear into a snapshot file.', load: async () => (await import('./commands/snapshot-command.js')).snapshotCommand },
  { name: 'pair', summary: 'Pair mentors with mentees for the week and write the pairings file.', load: async () => (await import('./commands/pair-command.js')).pairCommand },
  { name: 'report', summary: 'Report sessions for a period: totals, per-mentor against the weekly target, quiet mentees.', load: async () => (await import('./commands/report-command.js')).reportCommand },
  { name: 'import', summary: 'Import a session tracker’s JSON log into a snapshot.', load: async () => (await import('./commands/import-command.js')).importCommand },
  { name: 'rings', summary: 'Group mentees into mentor rings: two mentors with up to 14 mentees who share goals and hours.', load: async () => (await import('./commands/rings-command.js')).ringsCommand },
  { name: 'peers', summary: 'Peer pairing: people of the same level rotate so nobody meets a peer twice in a cycle.', load: async () => (await import('./commands/peers-command.js')).peersCommand },
  { name: 'export', summary: 'Export pairs for other tools: HR pairings with Linear ids, or pairs and sessions as CSV.', load: async () => (await import('./commands/export-command.js')).exportCommand },
  { name: 'redeliver', summary: 'Ask GitHub to redeliver the App’s webhook deliveries that failed and never succeeded.', load: async () => (await import('./commands/redeliver-command.js')).redeliverCommand },
];
