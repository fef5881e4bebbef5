import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSubgraph, testUsers, graphqlRequest, type TestSubgraph } from '@werkplek/test-kit';
import { createTrainingSubgraph } from '../src/index.js';

let subgraph: TestSubgraph;
let centres: { id: string; name: string; code: string }[];

beforeAll(async () => {
  subgraph = await startTestSubgraph('training', (database) => createTrainingSubgraph({ ...database, seed: true }));
  const result = await subgraph.query<{ trainingCentres: typeof centres }>('{ trainingCentres { id name code } }');
  centres = result.data!.trainingCentres;
});
afterAll(() => subgraph?.stop());

const centre = (code: string) => centres.find((c) => c.code === code)!;

const UPDATE = `mutation ($id: ID!, $input: TrainingCentreContactInput!) {
  updateTrainingCentreContact(id: $id, input: $input) { id email phone }
}`;

describe('training centres', () => {
  it('lists the five Syntra to anyone, without sign-in', () => {
    expect(centres.map((c) => c.name)).toEqual([
      'Syntra Antwerpen en Vlaams-Brabant',
      'Syntra Brussel',
      'Syntra Limburg',
      'Syntra Midden-Vlaanderen',
      'Syntra West',
    ]);
  });

  it('lets agency staff update any centre and stores it', async () => {
    const west = centre('syntra-west');
    const result = await subgraph.query(UPDATE, {
      variables: { id: west.id, input: { email: 'info@syntrawest.be', phone: '+32 50 40 30 20' } },
      as: testUsers.agencyStaff,
    });
    expect(result.errors).toBeUndefined();
    const reread = await subgraph.query<{ trainingCentre: { email: string } }>(
      'query ($id: ID!) { trainingCentre(id: $id) { email } }',
      { variables: { id: west.id } },
    );
    expect(reread.data?.trainingCentre.email).toBe('info@syntrawest.be');
  });

  it('lets a centre user update their own centre only', async () => {
    const limburg = centre('syntra-limburg');
    const own = await subgraph.query(UPDATE, {
      variables: { id: limburg.id, input: { phone: '011 22 33 44' } },
      as: testUsers.centreUser(limburg.id),
    });
    expect(own.errors).toBeUndefined();
    const other = await subgraph.query(UPDATE, {
      variables: { id: centre('syntra-brussel').id, input: { phone: '02 222 33 44' } },
      as: testUsers.centreUser(limburg.id),
    });
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(other.errors?.[0]?.message).toMatch(/eigen centrum/);
  });

  it('refuses inspectors and anonymous callers', async () => {
    const variables = { id: centre('syntra-west').id, input: { phone: '050 11 22 33' } };
    const inspector = await subgraph.query(UPDATE, { variables, as: testUsers.inspector });
    expect(inspector.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await subgraph.query(UPDATE, { variables });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('rejects an invalid e-mail address with the field at fault, and changes nothing', async () => {
    const brussel = centre('syntra-brussel');
    const result = await subgraph.query(UPDATE, {
      variables: { id: brussel.id, input: { email: 'not-an-address' } },
      as: testUsers.agencyStaff,
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/e-mailadres/);
    const reread = await subgraph.query<{ trainingCentre: { email: string | null } }>(
      'query ($id: ID!) { trainingCentre(id: $id) { email } }',
      { variables: { id: brussel.id } },
    );
    expect(reread.data?.trainingCentre.email).toBeNull();
  });

  it('answers NOT_FOUND for an unknown centre', async () => {
    const result = await subgraph.query(UPDATE, {
      variables: { id: '00000000-0000-4000-8000-000000000000', input: { phone: '050 11 22 33' } },
      as: testUsers.agencyStaff,
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('resolves entity references for the gateway, in order, null for unknown ids', async () => {
    const ids = [centre('syntra-west').id, '00000000-0000-4000-8000-000000000000', centre('syntra-limburg').id];
    const result = await subgraph.query<{ _entities: ({ name: string } | null)[] }>(
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on TrainingCentre { name } } }',
      { variables: { r: ids.map((id) => ({ __typename: 'TrainingCentre', id })) } },
    );
    expect(result.data?._entities).toEqual([{ name: 'Syntra West' }, null, { name: 'Syntra Limburg' }]);
  });

  it('refuses a request that did not come through the gateway', async () => {
    const direct = await graphqlRequest(subgraph.url, '{ trainingCentres { id } }');
    expect(direct.status).toBe(401);
    expect(direct.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const forged = await graphqlRequest(subgraph.url, '{ trainingCentres { id } }', {
      headers: { 'x-werkplek-identity': 'eyJhbGciOiJIUzI1NiJ9.e30.forged' },
    });
    expect(forged.status).toBe(401);
  });
});
