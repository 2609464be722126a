import { parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { LINEAR_DOCUMENTS } from '../../src/linear/linear-documents.js';
import { loadLinearSchema } from '../helpers/linear-schema.js';

const errorsOf = (document: string) =>
  validate(loadLinearSchema(), parse(document)).map((e) => e.message);

describe("Linear GraphQL documents against Linear's published schema", () => {
  it.each(Object.entries(LINEAR_DOCUMENTS))('%s is valid', (_name, document) => {
    expect(errorsOf(document)).toEqual([]);
  });

  it('each document is one named operation that pages with $first and $after', () => {
    for (const [name, document] of Object.entries(LINEAR_DOCUMENTS)) {
      const operations = parse(document).definitions.filter(
        (d) => d.kind === 'OperationDefinition',
      );
      expect(operations.map((o) => o.name?.value)).toEqual([name]);
      expect(document).toMatch(/first: \$first, after: \$after/);
      expect(document).toMatch(/pageInfo \{ hasNextPage endCursor \}/);
    }
  });

  it('would catch a field Linear does not have', () => {
    expect(errorsOf('query Q { users(first: 1) { nodes { jobTitle } } }')).toEqual([
      expect.stringContaining('Cannot query field "jobTitle" on type "User"'),
    ]);
  });
});
