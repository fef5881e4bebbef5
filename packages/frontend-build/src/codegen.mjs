import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** The public API schema the gateway writes when it composes the supergraph at build (gateway/dist). */
export const apiSchemaPath = path.join(repoRoot, 'gateway/dist/api-schema.graphql');

/**
 * Types every GraphQL operation of one frontend from the composed public schema (graphql-codegen's client preset:
 * `graphql(\`query …\`)` returns a TypedDocumentNode). Codegen validates each operation against the schema, so a schema
 * change that breaks a frontend fails that frontend's build — and CI. The output folder is generated, never committed.
 */
export async function generateOperationTypes({ dir, schema = apiSchemaPath, output = 'src/gql/' }) {
  if (!existsSync(schema)) {
    throw new Error(`No API schema at ${schema}: build the gateway first (it composes the supergraph).`);
  }
  return generate(
    {
      schema,
      documents: [path.join(dir, 'src/**/*.{ts,tsx}'), `!${path.join(dir, output, '**')}`],
      ignoreNoDocuments: true,
      silent: true,
      errorsOnly: true,
      generates: {
        [path.join(dir, output)]: {
          preset: 'client',
          presetConfig: { fragmentMasking: false },
          config: {
            useTypeImports: true,
            enumsAsTypes: true,
            // Our scalars travel as ISO strings: LocalDate "YYYY-MM-DD", DateTimeISO a full timestamp.
            scalars: { LocalDate: 'string', DateTimeISO: 'string' },
            skipTypename: true,
          },
        },
      },
    },
    true,
  );
}
