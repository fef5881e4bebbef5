import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import { buildSchema, parse, validate } from 'graphql';
import { operationLimitRules } from '@werkplek/gateway/operation-limits';

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
  const files = await generate(
    {
      schema,
      documents: [path.join(dir, 'src/**/*.{ts,tsx}'), `!${path.join(dir, output, '**')}`],
      ignoreNoDocuments: true,
      silent: true,
      errorsOnly: true,
      generates: {
        [path.join(dir, output)]: {
          preset: 'client',
          // persistedDocuments: every operation's text by hash in persisted-documents.json, checked below against the
          // gateway's limits (and the list a trusted-documents setting can use).
          presetConfig: { fragmentMasking: false, persistedDocuments: true },
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
  checkOperationLimits({ schema, documents: path.join(dir, output, 'persisted-documents.json') });
  return files;
}

/**
 * Every operation of the frontend within the gateway's operation limits (depth, aliases, directives, cost): a
 * frontend whose own query the gateway would refuse fails its build, not the user.
 */
export function checkOperationLimits({ schema, documents }) {
  if (!existsSync(documents)) return;
  const schemaObject = buildSchema(readFileSync(schema, 'utf8'));
  const problems = [];
  for (const text of Object.values(JSON.parse(readFileSync(documents, 'utf8')))) {
    const document = parse(text);
    const name = document.definitions.find((definition) => definition.kind === 'OperationDefinition')?.name?.value ?? '(anonymous)';
    for (const error of validate(schemaObject, document, operationLimitRules())) problems.push(`${name}: ${error.message}`);
  }
  if (problems.length) throw new Error(`operations over the gateway's limits:\n${problems.map((problem) => `- ${problem}`).join('\n')}`);
}
