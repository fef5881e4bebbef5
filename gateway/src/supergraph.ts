import { composeServices } from '@apollo/composition';
import { parse, printSchema, type GraphQLSchema } from 'graphql';
import { printSubgraphSchema } from '@apollo/subgraph';

export interface SubgraphSource {
  name: string;
  url: string;
  schema: GraphQLSchema;
}

export class CompositionError extends Error {}

/** Composes the subgraphs' SDL into the supergraph the gateway serves; any composition error fails loudly. */
export function composeSupergraph(subgraphs: SubgraphSource[]): { supergraphSdl: string; apiSchemaSdl: string } {
  const result = composeServices(
    subgraphs.map(({ name, url, schema }) => ({ name, url, typeDefs: parse(printSubgraphSchema(schema)) })),
  );
  if (result.errors) {
    throw new CompositionError(`composition failed:\n${result.errors.map((error) => `- ${error.message}`).join('\n')}`);
  }
  return { supergraphSdl: result.supergraphSdl, apiSchemaSdl: printSchema(result.schema.toAPISchema().toGraphQLJSSchema()) };
}
