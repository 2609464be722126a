// What example sessions are about: per focus, moments of topics with the outcome they led to.
// {name} is the mentee's first name.

export interface Moment {
  topics: readonly string[];
  outcome: string;
}

const m = (topics: string, outcome: string): Moment => ({ topics: topics.split(', '), outcome });

export const FOCUS = {
  go: [
    m('context cancellation', '{name} replaced ad-hoc retries with context deadlines; PR up.'),
    m(
      'goroutines, table-driven tests',
      'Walked through the worker pool; {name} will test shutdown.',
    ),
    m('pprof', 'Profiled the batch job together; the hot loop was JSON re-encoding.'),
    m('error wrapping, code review', "Reviewed {name}'s first Go PR line by line; two follow-ups."),
    m('table-driven tests', '{name} turned six copy-pasted tests into one table.'),
  ],
  payments: [
    m('refunds', 'Traced a refund end to end; {name} now owns the partial-refund ticket.'),
    m('idempotency keys', 'Agreed how idempotency keys expire; {name} drafts the change.'),
    m('ledger reconciliation', 'Reconciled a staging ledger mismatch: a rounding step.'),
    m(
      'webhook retries',
      '{name} presented the webhook retry design; it needs a dead-letter queue.',
    ),
  ],
  typescript: [
    m('narrowing', 'Turned three anys into discriminated unions; {name} will do the rest.'),
    m('zod schemas', 'Paired on zod validation for the settings form.'),
    m('generics', '{name} explained generics back with an example from the codebase.'),
    m('strict null checks', 'Fixed the strict-null errors in the cart module together.'),
  ],
  react: [
    m('react hooks, testing library', 'Split the checkout form into components; tests next.'),
    m('react query', '{name} fixed a stale-cache bug with query invalidation.'),
    m('accessibility', 'Audited the account page for accessibility; five issues filed.'),
    m('react hooks', '{name} replaced a tangle of effects with one custom hook.'),
  ],
  web: [
    m('bundle size', 'Cut 40 kB from the landing bundle by lazy-loading the charts.'),
    m('design system, feature flags', '{name} shipped the new button variants behind a flag.'),
  ],
  kubernetes: [
    m('kubectl debugging', 'Debugged a crash-looping pod together; {name} wrote the runbook.'),
    m('readiness probes', '{name} added readiness probes to the search deployment.'),
    m('helm charts', 'Reviewed the Helm chart values; agreed on per-environment overrides.'),
    m('pod disruption budgets', '{name} set disruption budgets before the node upgrade.'),
  ],
  terraform: [
    m('terraform modules', '{name} moved the queue setup into a module; the plan is clean.'),
    m('terraform state', 'Walked through state locking and importing an existing bucket.'),
    m('plan review', "{name} reviewed a teammate's plan and caught a replaced database."),
  ],
  postgres: [
    m('explain analyze, indexes', 'Read query plans together; {name} found a missing index.'),
    m('migrations', 'Planned a zero-downtime migration for the invoices table.'),
    m('locking', '{name} reproduced a lock wait in staging; the fix is a smaller transaction.'),
  ],
  search: [
    m('query relevance', '{name} built a small relevance test set from support tickets.'),
    m('indexing pipeline, benchmarks', 'Benchmarked the indexer; {name} will try batching writes.'),
  ],
  career: [
    m('code review', 'Talked through review feedback; {name} will review two PRs this week.'),
    m('design docs', '{name} drafted a design doc outline; feedback by Thursday.'),
    m('on-call', "Agreed a shadowing plan for {name}'s first on-call week."),
  ],
} satisfies Record<string, readonly Moment[]>;

export type FocusName = keyof typeof FOCUS;
