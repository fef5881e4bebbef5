import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSubgraph, testUsers, type TestSubgraph } from '@werkplek/test-kit';
import { createDualLearningSubgraph } from '../src/index.js';
import { withCheckDigits } from '../src/workplace/belgian-numbers.js';

let subgraph: TestSubgraph;
const statements: string[] = [];

beforeAll(async () => {
  subgraph = await startTestSubgraph('dual-learning', (database) =>
    createDualLearningSubgraph({ ...database, seed: true, onQuery: (sql) => statements.push(sql) }),
  );
});
afterAll(() => subgraph?.stop());

const LIST = '{ workplaces { id name province sectoralPartnership establishmentNumber } }';
const REGISTER = `mutation ($input: RegisterWorkplaceInput!) {
  registerWorkplace(input: $input) { id name province establishmentNumber enterpriseNumber }
}`;

const validInput = {
  establishmentNumber: withCheckDigits('22223333').replace(/^(\d)(\d{3})(\d{3})(\d{3})$/, '$1.$2.$3.$4'),
  name: 'Schrijnwerkerij De Vos',
  companyName: 'De Vos Interieur BV',
  enterpriseNumber: withCheckDigits('05556666'),
  street: 'Stationsstraat 3',
  postalCode: '8800',
  municipality: 'Roeselare',
  sectoralPartnership: 'SP Houtsectoren',
};

describe('workplaces', () => {
  it('lists the seeded workplaces to agency staff and inspectors', async () => {
    for (const user of [testUsers.agencyStaff, testUsers.inspector]) {
      const result = await subgraph.query<{ workplaces: { name: string; province: string }[] }>(LIST, { as: user });
      expect(result.errors).toBeUndefined();
      expect(result.data?.workplaces.map((w) => w.name)).toContain('Bakkerij Vandenbroucke');
      expect(result.data?.workplaces.find((w) => w.name === 'Bouwonderneming Janssens')?.province).toBe('LIMBURG');
    }
  });

  it('keeps workplaces from centre users and anonymous callers', async () => {
    const centre = await subgraph.query(LIST, { as: testUsers.centreUser('4b0a6c1e-7d3f-4e55-9a1b-2c3d4e5f6a7b') });
    expect(centre.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await subgraph.query(LIST);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('registers a workplace, normalising its numbers and deriving the province', async () => {
    const result = await subgraph.query<{ registerWorkplace: Record<string, string> }>(REGISTER, {
      variables: { input: validInput },
      as: testUsers.agencyStaff,
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.registerWorkplace).toMatchObject({
      name: 'Schrijnwerkerij De Vos',
      province: 'WEST_VLAANDEREN',
      establishmentNumber: withCheckDigits('22223333'),
    });
    const list = await subgraph.query<{ workplaces: { name: string }[] }>(LIST, { as: testUsers.inspector });
    expect(list.data?.workplaces.map((w) => w.name)).toContain('Schrijnwerkerij De Vos');
  });

  it('refuses a second registration of the same establishment', async () => {
    const again = await subgraph.query(REGISTER, { variables: { input: validInput }, as: testUsers.agencyStaff });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('refuses bad check digits, a Walloon address and an unknown partnership, with clear codes', async () => {
    const cases = [
      { establishmentNumber: '2.222.333.300', field: /vestigingsnummer/ },
      { enterpriseNumber: '0555.666.600', field: /ondernemingsnummer/ },
      { postalCode: '4000', field: /niet in Vlaanderen/ },
      { sectoralPartnership: 'SP Onbestaand', field: /partnerschap/ },
      { postalCode: 'abcd', field: /postcode/ },
    ];
    for (const { field, ...override } of cases) {
      const result = await subgraph.query(REGISTER, {
        variables: { input: { ...validInput, establishmentNumber: withCheckDigits('23334444'), ...override } },
        as: testUsers.agencyStaff,
      });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toMatch(field);
    }
    const list = await subgraph.query<{ workplaces: { establishmentNumber: string }[] }>(LIST, { as: testUsers.agencyStaff });
    expect(list.data?.workplaces.map((w) => w.establishmentNumber)).not.toContain(withCheckDigits('23334444'));
  });

  it('lets only agency staff register', async () => {
    const input = { ...validInput, establishmentNumber: withCheckDigits('24445555') };
    const inspector = await subgraph.query(REGISTER, { variables: { input }, as: testUsers.inspector });
    expect(inspector.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('resolves entity references for the gateway, refusing centre users', async () => {
    const list = await subgraph.query<{ workplaces: { id: string; name: string }[] }>(LIST, { as: testUsers.agencyStaff });
    const [first, second] = list.data!.workplaces;
    const query = 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Workplace { name } } }';
    const variables = { r: [second!.id, first!.id].map((id) => ({ __typename: 'Workplace', id })) };
    statements.length = 0;
    const result = await subgraph.query<{ _entities: { name: string }[] }>(query, { variables, as: testUsers.inspector });
    expect(result.data?._entities).toEqual([{ name: second!.name }, { name: first!.name }]);
    // Both references in one query (a DataLoader), not one per entity.
    expect(statements.filter((sql) => /FROM "public"\."workplace"/.test(sql))).toHaveLength(1);
    const refused = await subgraph.query(query, { variables, as: testUsers.centreUser('4b0a6c1e-7d3f-4e55-9a1b-2c3d4e5f6a7b') });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
