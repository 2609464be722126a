/** A run that stopped because GitHub's hourly budget (or what is left of it) could not cover the next request. */
export class RateBudgetExhaustedError extends Error {
  constructor(
    readonly resource: 'graphql' | 'rest',
    readonly remaining: number,
    readonly limit: number | undefined,
    readonly resetAt: Date | undefined,
  ) {
    const unit = resource === 'graphql' ? 'points' : 'requests';
    const of = limit === undefined ? '' : ` of ${limit}`;
    const reset = resetAt
      ? `resets at ${resetAt.toISOString().slice(11, 16)} UTC`
      : 'resets within the hour';
    super(
      `GitHub rate limit exhausted: ${remaining}${of} ${unit} left, ${reset}; ` +
        'nothing was written — run again after the reset',
    );
    this.name = 'RateBudgetExhaustedError';
  }
}
