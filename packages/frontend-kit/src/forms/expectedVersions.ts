import { ApolloLink } from '@apollo/client';
import { Kind, type DocumentNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';

/**
 * Optimistic concurrency without a line per form: a mutation that declares `$expectedVersion` and is sent without it
 * gets the version of the record as this page's cache holds it, which is what the screen shows. The server then
 * refuses the change if someone else changed the record since (CONFLICT, reason STALE_VERSION; `refetchOnStaleRecord`
 * refreshes the screen). The record is the one the mutation names, found like the server finds it
 * (`checkExpectedVersion` in the subgraph kit): `id` or `input.id`, else an `<x>Id` whose name ends the result type's
 * name (`applicationId` for a RecognitionApplication).
 */
export function sendExpectedVersions(): ApolloLink {
  return new ApolloLink((operation, forward) => {
    const definition = operationOf(operation.query);
    const declares = definition?.variableDefinitions?.some((variable) => variable.variable.name.value === 'expectedVersion');
    if (definition?.operation === 'mutation' && declares && operation.variables['expectedVersion'] === undefined) {
      const cache = operation.client.cache.extract() as Record<string, { version?: unknown } | undefined>;
      const typeName = resultTypeOf(operation.query, definition.selectionSet);
      const id = namedRecordId(operation.variables, typeName ?? '');
      // Without a fragment naming the type, a record named by `id` is found by its key (`<Type>:<id>`; ids are UUIDs).
      const cacheId = !id ? undefined : typeName ? operation.client.cache.identify({ __typename: typeName, id }) : Object.keys(cache).find((key) => key.endsWith(`:${id}`));
      const cached = cacheId ? cache[cacheId] : undefined;
      if (typeof cached?.version === 'number') operation.variables['expectedVersion'] = cached.version;
    }
    return forward(operation);
  });
}

function operationOf(document: DocumentNode): OperationDefinitionNode | undefined {
  return document.definitions.find((node): node is OperationDefinitionNode => node.kind === Kind.OPERATION_DEFINITION);
}

/** The type of the mutation's result, from the fragment its selection spreads (`...DetailFields on Agreement`). */
function resultTypeOf(document: DocumentNode, operation: SelectionSetNode): string | undefined {
  const field = operation.selections.find((selection) => selection.kind === Kind.FIELD);
  if (!field || field.kind !== Kind.FIELD || !field.selectionSet) return undefined;
  for (const selection of field.selectionSet.selections) {
    if (selection.kind === Kind.INLINE_FRAGMENT && selection.typeCondition) return selection.typeCondition.name.value;
    if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const fragment = document.definitions.find((node) => node.kind === Kind.FRAGMENT_DEFINITION && node.name.value === selection.name.value);
      if (fragment?.kind === Kind.FRAGMENT_DEFINITION) return fragment.typeCondition.name.value;
    }
  }
  return undefined;
}

/** The id of the record a mutation's variables name, by the same rule as the server's audit trail and version check. */
export function namedRecordId(variables: Record<string, unknown>, typeName: string): string | undefined {
  const input = variables['input'] && typeof variables['input'] === 'object' ? (variables['input'] as Record<string, unknown>) : {};
  for (const candidate of [variables['id'], input['id']]) {
    if (typeof candidate === 'string') return candidate;
  }
  const type = typeName.toLowerCase();
  const namesTheType = (key: string) => key.length > 2 && key.endsWith('Id') && type.endsWith(key.slice(0, -2).toLowerCase());
  for (const source of [variables, input]) {
    const keys = Object.keys(source).filter(namesTheType).sort((a, b) => b.length - a.length);
    for (const key of keys) {
      if (typeof source[key] === 'string') return source[key];
    }
  }
  return undefined;
}
