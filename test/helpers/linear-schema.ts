import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, type GraphQLSchema } from 'graphql';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Linear's published schema, kept beside the project (see ../shared/data/linear/SOURCE.md). */
export const LINEAR_SCHEMA_PATH = resolve(projectRoot, '../shared/data/linear/schema.graphql');

let cached: GraphQLSchema | undefined;

export function loadLinearSchema(): GraphQLSchema {
  if (cached) return cached;
  if (!existsSync(LINEAR_SCHEMA_PATH)) {
    throw new Error(
      `Linear's GraphQL schema is missing at ${LINEAR_SCHEMA_PATH} (../shared/data/linear/schema.graphql from the project root); ` +
        'restore it from packages/sdk/src/schema.graphql in github.com/linear/linear',
    );
  }
  cached = buildSchema(readFileSync(LINEAR_SCHEMA_PATH, 'utf8'));
  return cached;
}
