import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  type GraphQLArgument,
  type GraphQLEnumType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLScalarType,
} from 'graphql';

/**
 * Type-correct operations generated from a schema, for the tests that call every operation (the authorization
 * matrix, the mutation fuzzer): variables for the arguments, `__typename` as the selection.
 */

/** A fixed value for an argument or input field (fixture ids), or undefined to generate one / leave it out. */
export type Ask = (path: string, name: string, type: string, required: boolean) => unknown;

export interface GenerationChoices {
  ask: Ask;
  /** A value of a scalar or enum type. */
  leaf(type: GraphQLScalarType | GraphQLEnumType, path: string): unknown;
  /** Whether to fill an optional input field or argument nobody asked for (default: no). */
  includeOptional?(path: string): boolean;
  /** How many items a list gets (default 1). */
  listLength?(path: string): number;
}

/** The deterministic leaf values the authorization matrix uses: valid for their type, meaningless otherwise. */
export function plainLeaf(type: GraphQLScalarType | GraphQLEnumType): unknown {
  if (isEnumType(type)) return type.getValues()[0]?.value;
  switch (type.name) {
    case 'Int':
      return 1;
    case 'Float':
      return 1.5;
    case 'Boolean':
      return false;
    case 'LocalDate':
      return '2027-03-15';
    case 'DateTimeISO':
      return '2027-03-15T09:00:00.000Z';
    default:
      return 'matrix-sample';
  }
}

export function sampleValue(type: GraphQLInputType, path: string, name: string, choices: GenerationChoices): unknown {
  if (isNonNullType(type)) return sampleValue(type.ofType, path, name, choices);
  const named = getNamedType(type);
  const given = choices.ask(path, name, named.name, true);
  if (given !== undefined) return isListType(type) && !Array.isArray(given) ? [given] : given;
  if (isListType(type)) {
    const length = choices.listLength?.(path) ?? 1;
    return Array.from({ length }, (_, index) => sampleValue(type.ofType, `${path}.${index}`, name, choices));
  }
  if (isInputObjectType(named)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(named.getFields())) {
      const fieldPath = `${path}.${field.name}`;
      if (isNonNullType(field.type) && field.defaultValue === undefined) {
        value[field.name] = sampleValue(field.type, fieldPath, field.name, choices);
        continue;
      }
      const optional = choices.ask(fieldPath, field.name, getNamedType(field.type).name, false);
      if (optional !== undefined) value[field.name] = optional;
      else if (choices.includeOptional?.(fieldPath)) value[field.name] = sampleValue(field.type, fieldPath, field.name, choices);
    }
    return value;
  }
  return choices.leaf(named as GraphQLScalarType | GraphQLEnumType, path);
}

export interface GeneratedOperation {
  /** `Query.x` / `Mutation.y`. */
  key: string;
  field: string;
  query: string;
  variables: Record<string, unknown>;
}

export function generateOperation(kind: 'Query' | 'Mutation', field: GraphQLField<unknown, unknown>, choices: GenerationChoices): GeneratedOperation {
  const variables: Record<string, unknown> = {};
  const declarations: string[] = [];
  const passing: string[] = [];
  for (const argument of field.args as readonly GraphQLArgument[]) {
    const required = isNonNullType(argument.type) && argument.defaultValue === undefined;
    let value: unknown;
    if (required) value = sampleValue(argument.type, argument.name, argument.name, choices);
    else {
      value = choices.ask(argument.name, argument.name, getNamedType(argument.type).name, false);
      if (value === undefined && choices.includeOptional?.(argument.name)) value = sampleValue(argument.type, argument.name, argument.name, choices);
    }
    if (value === undefined) continue;
    variables[argument.name] = value;
    declarations.push(`$${argument.name}: ${argument.type.toString()}`);
    passing.push(`${argument.name}: $${argument.name}`);
  }
  const header = declarations.length ? `(${declarations.join(', ')})` : '';
  const call = passing.length ? `(${passing.join(', ')})` : '';
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  const query = `${kind === 'Query' ? 'query' : 'mutation'} Generated${header} { ${field.name}${call}${selection} }`;
  return { key: `${kind}.${field.name}`, field: field.name, query, variables };
}
