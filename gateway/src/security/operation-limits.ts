import { GraphQLError, type ValidationRule } from 'graphql';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';

/**
 * How big one operation may be, checked at the gateway before any subgraph is asked (graphql-armor's validation
 * rules: a maintained implementation of depth, alias, directive and cost analysis, following fragments). The figures
 * leave room above the frontends' own operations, which are checked against these same limits at their build
 * (packages/frontend-build), so the UI never hits them; what does is someone hand-writing a query to hurt us.
 */
export const operationLimits = {
  /** Nesting of fields (the frontends go to 6; a cycle such as workplace → audits → workplace → … stops here). */
  maxDepth: 10,
  /** Aliases per operation: batching the same expensive field under many names (the frontends use up to 4). */
  maxAliases: 10,
  /** Directives per operation (@include/@skip repeated by the thousand). */
  maxDirectives: 20,
  /** graphql-armor's static cost (objects 2, scalars 1, times 1.5 per level): the frontends' largest is about 370. */
  maxCost: 2_000,
  /** Tokens in the document, before parsing finishes (graphql-js#3955). */
  maxTokens: 10_000,
} as const;

type Limit = 'depth' | 'aliases' | 'directives' | 'cost';

const messages: Record<Limit, string> = {
  depth: `De vraag is te diep genest (hoogstens ${operationLimits.maxDepth} niveaus) / The query is nested too deeply (at most ${operationLimits.maxDepth} levels)`,
  aliases: `De vraag gebruikt te veel aliassen (hoogstens ${operationLimits.maxAliases}) / The query uses too many aliases (at most ${operationLimits.maxAliases})`,
  directives: `De vraag gebruikt te veel directieven (hoogstens ${operationLimits.maxDirectives}) / The query uses too many directives (at most ${operationLimits.maxDirectives})`,
  cost: `De vraag is te omvangrijk (kost hoogstens ${operationLimits.maxCost}) / The query is too expensive (cost at most ${operationLimits.maxCost})`,
};

/** graphql-armor reports "Syntax Error: …"; we report our own error with a code and a Dutch/English message instead. */
function rejectWith(limit: Limit) {
  return {
    propagateOnRejection: false,
    onReject: [
      (context: { reportError(error: GraphQLError): void } | null) => {
        context?.reportError(new GraphQLError(messages[limit], { extensions: { code: 'QUERY_TOO_COMPLEX', limit } }));
      },
    ],
  };
}

/** The validation rules the gateway adds to GraphQL's own. */
export function operationLimitRules(): ValidationRule[] {
  // graphql-armor's rule types come from its own graphql-js declaration; the rules are plain graphql-js visitors.
  return [
    // A fragment is a way of writing a selection, not a level of nesting: `flattenFragments` counts the fields only.
    maxDepthRule({ n: operationLimits.maxDepth, flattenFragments: true, ...rejectWith('depth') }),
    maxAliasesRule({ n: operationLimits.maxAliases, ...rejectWith('aliases') }),
    maxDirectivesRule({ n: operationLimits.maxDirectives, ...rejectWith('directives') }),
    costLimitRule({ maxCost: operationLimits.maxCost, flattenFragments: true, ...rejectWith('cost') }),
  ] as ValidationRule[];
}
