import { describe, expect, it } from 'vitest';
import { buildSchema, graphql, GraphQLError } from 'graphql';
import { Role } from '@werkplek/auth';
import { fuzzMutations, type MatrixCaller } from '../src/index.js';

/**
 * The fuzzer on a small schema with two planted faults: `renameCentre` crashes on a control character (a 500-class
 * error), `addLocations` writes the first location before it validates the rest (a refused mutation that changed
 * the data). `closeCentre` is correct. The fuzzer must find both faults, and nothing in the correct one.
 */
const schema = buildSchema(`
  scalar LocalDate
  type Query { ok: Boolean }
  type Mutation {
    renameCentre(id: ID!, name: String!): Centre
    addLocations(id: ID!, locations: [String!]!): Centre
    closeCentre(id: ID!, on: LocalDate!, reason: Reason!): Centre
  }
  enum Reason { MERGED STOPPED }
  type Centre { id: ID!, name: String! }
`);

function clear(code: string, message: string) {
  return new GraphQLError(message, { extensions: { code } });
}

function database() {
  const centres = new Map([['west', { id: 'west', name: 'Syntra West', locations: ['Brugge'], closedOn: null as string | null }]]);
  const find = (id: string) => {
    const centre = centres.get(id);
    if (!centre) throw clear('NOT_FOUND', 'Centrum bestaat niet / Centre does not exist');
    return centre;
  };
  const root = {
    renameCentre: ({ id, name }: { id: string; name: string }) => {
      const centre = find(id);
      if (name.includes('\u0000')) throw new Error('invalid byte sequence for encoding "UTF8": 0x00');
      if (!name.trim() || name.length > 200) throw clear('BAD_USER_INPUT', 'Ongeldige naam / Invalid name');
      centre.name = name;
      return centre;
    },
    addLocations: ({ id, locations }: { id: string; locations: string[] }) => {
      const centre = find(id);
      for (const location of locations) {
        if (!location.trim()) throw clear('BAD_USER_INPUT', 'Lege locatie / Empty location');
        centre.locations.push(location);
      }
      return centre;
    },
    closeCentre: ({ id, on }: { id: string; on: string }) => {
      const centre = find(id);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(on) || Number.isNaN(Date.parse(on)) || new Date(on).toISOString().slice(0, 10) !== on) {
        throw clear('BAD_USER_INPUT', 'Ongeldige datum / Invalid date');
      }
      if (centre.closedOn) throw clear('INVALID_STATE_TRANSITION', 'Al gesloten / Already closed');
      centre.closedOn = on;
      return centre;
    },
  };
  return { root, fingerprint: async () => JSON.stringify([...centres.values()]) };
}

const callers: MatrixCaller[] = [{ label: 'agentschap', user: { id: 's', name: 'S', role: Role.AgencyStaff }, scoped: false }];

describe('fuzzMutations', () => {
  it('finds a crash on hostile input and a refused mutation that changed the data, and nothing in a correct one', async () => {
    const { root, fingerprint } = database();
    const result = await fuzzMutations({
      schema,
      callers,
      runs: 40,
      seed: 7,
      fingerprint,
      fixture: (_operation, name) => (name === 'id' ? 'west' : undefined),
      execute: async (query, variables) => {
        const answer = await graphql({ schema, source: query, variableValues: variables, rootValue: root });
        const errors = answer.errors?.map((error) => ({
          message: error.originalError instanceof GraphQLError || !error.originalError ? error.message : 'Er ging iets mis / Something went wrong',
          // As Apollo Server answers: a thrown Error is INTERNAL_SERVER_ERROR, a bad variable BAD_USER_INPUT.
          extensions: {
            code: ((error.originalError instanceof GraphQLError ? error.originalError.extensions['code'] : error.originalError ? 'INTERNAL_SERVER_ERROR' : undefined) ?? 'BAD_USER_INPUT') as string,
          },
        }));
        return { status: 200, data: (answer.data as Record<string, unknown> | null | undefined) ?? null, ...(errors ? { errors } : {}) };
      },
    });
    expect(result.calls).toBe(120);
    const problems = (operation: string) => result.findings.filter((finding) => finding.operation === operation).map((finding) => finding.problem);
    expect(problems('Mutation.renameCentre')).toContain('code INTERNAL_SERVER_ERROR: Er ging iets mis / Something went wrong');
    expect(problems('Mutation.addLocations')).toContain('refused (BAD_USER_INPUT) but the database changed');
    expect(problems('Mutation.closeCentre')).toEqual([]);
    expect(result.refused).toBeGreaterThan(0);
    expect(result.succeeded).toBeGreaterThan(0);
  });
});
