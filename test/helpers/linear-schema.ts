import { buildSchema, type GraphQLSchema } from 'graphql';
import { readFixture } from './fixture-file.js';

let cached: GraphQLSchema | undefined;

/** Linear's published schema, vendored in test/fixtures/linear (see SOURCE.md there). */
export function loadLinearSchema(): GraphQLSchema {
  cached ??= buildSchema(readFixture({ folder: 'linear', name: 'schema.graphql' }));
  return cached;
}
