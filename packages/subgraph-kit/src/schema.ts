import { buildSubgraphSchema, printSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import type { GraphQLSchema } from 'graphql';
import { gql } from 'graphql-tag';
import { validateOrReject, type ValidationError } from 'class-validator';
import { ArgumentValidationError, buildSchema, createResolversMap, type BuildSchemaOptions } from 'type-graphql';
import { authChecker, type SubgraphContext } from './auth.js';
import { badUserInput } from './errors.js';
import { auditMutations, auditRoleRefusals } from './audit-trail/audit-trail.middleware.js';
import { auditTrailResolver } from './audit-trail/audit-trail.resolver.js';
import { rememberExpectedVersion } from './concurrency.js';

/** `__resolveReference` per entity type: how this subgraph turns a representation `{ id }` into its object. */
export type ReferenceResolvers = Record<
  string,
  { __resolveReference(reference: { id: string }, context: SubgraphContext): unknown }
>;

export interface FederatedSchemaOptions {
  resolvers: BuildSchemaOptions['resolvers'];
  /**
   * The platform's audit trail (issue #7): every mutation recorded with who, when, arguments, before and after, and
   * the query `<field>` (e.g. `trainingAuditTrail`) for agency staff. Needs `prisma` in the request context.
   */
  auditTrail?: { field: string };
  orphanedTypes?: BuildSchemaOptions['orphanedTypes'];
  referenceResolvers?: ReferenceResolvers;
}

type SchemaModule = Extract<Parameters<typeof buildSubgraphSchema>[0], readonly unknown[]>[number];

const FEDERATION_LINK = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides"])';

const needsValidation = (value: unknown): value is object =>
  value !== null && typeof value === 'object' && !(value instanceof Date);

/**
 * Text PostgreSQL cannot store (a NUL character) or that is not Unicode (a lone surrogate, which the driver would
 * silently turn into "�"): refused for every argument, at any depth, before a resolver runs, instead of failing
 * half-way in the database (the mutation fuzzer of @werkplek/test-kit sends such text to every mutation).
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function findUnstorableText(value: unknown, path: string, seen = new Set<unknown>()): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') || LONE_SURROGATE.test(value) ? path : undefined;
  if (value === null || typeof value !== 'object' || value instanceof Date || seen.has(value)) return undefined;
  seen.add(value);
  for (const [key, item] of Object.entries(value)) {
    const found = findUnstorableText(item, path ? `${path}.${key}` : key, seen);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * Validates input objects with class-validator, refusing objects of no known input class (forbidUnknownValues),
 * but letting scalars through: a Date from the LocalDate or DateTime scalar is a value, not an input to validate.
 */
async function validateArgument(value: unknown): Promise<void> {
  const unstorable = findUnstorableText(value, '');
  if (unstorable !== undefined) {
    throw badUserInput(
      `Ongeldige tekens in ${unstorable || 'de invoer'} (NUL-teken of ongeldige Unicode)`,
      `Invalid characters in ${unstorable || 'the input'} (NUL character or invalid Unicode)`,
      { field: unstorable },
    );
  }
  const inputs = Array.isArray(value) ? value.filter(needsValidation) : needsValidation(value) ? [value] : [];
  try {
    await Promise.all(inputs.map((input) => validateOrReject(input, { forbidUnknownValues: true, skipMissingProperties: true })));
  } catch (errors) {
    throw new ArgumentValidationError(errors as ValidationError[]);
  }
}

/**
 * type-graphql builds the schema; it is printed with its directives (plain printSchema drops `@key`) under the
 * Federation 2 `@link`, and handed with type-graphql's resolvers plus the reference resolvers to
 * buildSubgraphSchema in one go (resolvers attached later are never called: apollographql/federation#1070).
 */
export async function buildFederatedSchema(options: FederatedSchemaOptions): Promise<GraphQLSchema> {
  const resolvers = (options.auditTrail
    ? [...(options.resolvers as readonly Function[]), auditTrailResolver(options.auditTrail.field)]
    : options.resolvers) as BuildSchemaOptions['resolvers'];
  const schema = await buildSchema({
    resolvers,
    // The audit trail wraps the rest, so a change refused as stale is on the trail too.
    globalMiddlewares: [...(options.auditTrail ? [auditMutations] : []), rememberExpectedVersion],
    orphanedTypes: options.orphanedTypes,
    authChecker: options.auditTrail ? auditRoleRefusals(authChecker) : authChecker,
    validateFn: validateArgument,
    skipCheck: true,
  });
  const typeDefs = gql`
    ${FEDERATION_LINK}
    ${printSchemaWithDirectives(schema)}
  `;
  const resolverMap = createResolversMap(schema) as Record<string, Record<string, unknown>>;
  for (const [typeName, reference] of Object.entries(options.referenceResolvers ?? {})) {
    resolverMap[typeName] = { ...resolverMap[typeName], ...reference };
  }
  // createResolversMap's map is structurally what buildSubgraphSchema takes; only its declared types differ.
  return buildSubgraphSchema([{ typeDefs, resolvers: resolverMap } as SchemaModule]);
}

/** The subgraph SDL the composition reads (with federation directives). */
export function printSubgraphSdl(schema: GraphQLSchema): string {
  return printSubgraphSchema(schema);
}
