import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { demoReferences } from '@werkplek/config';
import { startTestSubgraph, testUsers, type TestSubgraph } from '@werkplek/test-kit';
import { createTrainingSubgraph } from '../src/index.js';
import { seedTrainingCentres } from '../src/seed.js';
import { criteriaVersionIdOf, sectorIdOf, sectorSeed, seedReferenceData, trackIdOf, trackSeed } from '../src/seed/reference-data.js';

let subgraph: TestSubgraph;
const statements: string[] = [];
const west = demoReferences.trainingCentres['syntra-west'];
const limburg = demoReferences.trainingCentres['syntra-limburg'];

beforeAll(async () => {
  subgraph = await startTestSubgraph('training', (db) =>
    createTrainingSubgraph({
      ...db,
      seedWith: async (prisma) => {
        await seedTrainingCentres(prisma);
        await seedReferenceData(prisma);
      },
      onQuery: (sql) => statements.push(sql),
    }),
  );
});
afterAll(() => subgraph?.stop());
beforeEach(() => {
  statements.length = 0;
});

const LIST = `query ($filter: TrackFilter, $sort: TrackSort, $page: PageInput) {
  tracks(filter: $filter, sort: $sort, page: $page) { totalCount nodes { id code name type centreId } pageInfo { hasNextPage endCursor } }
}`;
const count = async (filter: Record<string, unknown>) => {
  const result = await subgraph.query<{ tracks: { totalCount: number } }>(LIST, { variables: { filter }, as: testUsers.agencyStaff });
  expect(result.errors).toBeUndefined();
  return result.data!.tracks.totalCount;
};

describe('reference data', () => {
  it('§5.7: the 25 DAB sectors', async () => {
    const result = await subgraph.query<{ sectors: { code: string; name: string }[] }>('{ sectors { code name } }', { as: testUsers.inspector });
    expect(result.data!.sectors).toHaveLength(25);
    expect(result.data!.sectors.map((s) => s.name)).toContain('Kunst, antiek en ambachten');
    expect(sectorSeed).toHaveLength(25);
  });

  it('§5.4 (scaled 1:4): start-able on 1 September 2018 are 10 innovative, 2 rework and 12 flexible tracks', async () => {
    expect(await count({ mark: 'INNOVATIVE', startableOn: '2018-09-01' })).toBe(10);
    expect(await count({ mark: 'INNOVATIVE_REWORK', startableOn: '2018-09-01' })).toBe(2);
    expect(await count({ mark: 'FLEXIBLE', startableOn: '2018-09-01' })).toBe(12);
    expect(await count({ mark: 'INNOVATIVE', startableOn: '2017-09-01' })).toBe(6);
    expect(await count({ mark: 'INNOVATIVE_REWORK', startableOn: '2017-09-01' })).toBe(0);
    expect(await count({ mark: 'FLEXIBLE', startableOn: '2017-09-01' })).toBe(8);
    expect(await count({ mark: 'INNOVATIVE', startableOn: '2016-09-01' })).toBe(1);
  });

  it('§2.3: the three recognised pre-starter tracks', async () => {
    const result = await subgraph.query<{ tracks: { nodes: { name: string }[] } }>(LIST, {
      variables: { filter: { type: 'PRE_STARTER' } },
      as: testUsers.agencyStaff,
    });
    expect(result.data!.tracks.nodes.map((t) => t.name)).toEqual([
      'Basiskennis bedrijfsbeheer',
      'E-basiskennis bedrijfsbeheer',
      'Werkzoekenden naar ondernemerschap (Maak werk van je zaak)',
    ]);
  });

  it('§1.6: mandate holders, among which Mpiris', async () => {
    const result = await subgraph.query<{ mandateHolders: { name: string }[] }>('{ mandateHolders { name qualityLabel } }', {
      as: testUsers.centreUser(west),
    });
    expect(result.data!.mandateHolders.map((m) => m.name)).toContain('Mpiris');
  });
});

describe('tracks', () => {
  it('filters by centre, sector and type, sorts by name then id, and pages', async () => {
    const all = trackSeed.filter((t) => t.centre === 'syntra-west').length;
    expect(await count({ centreId: west })).toBe(all);
    expect(await count({ sectorId: sectorIdOf('voeding') })).toBe(trackSeed.filter((t) => t.sector === 'voeding').length);
    const first = await subgraph.query<{ tracks: { nodes: { name: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } }>(LIST, {
      variables: { filter: { centreId: west }, page: { first: 2 } },
      as: testUsers.agencyStaff,
    });
    expect(first.data!.tracks.pageInfo.hasNextPage).toBe(true);
    const second = await subgraph.query<{ tracks: { nodes: { name: string }[] } }>(LIST, {
      variables: { filter: { centreId: west }, page: { first: 50, after: first.data!.tracks.pageInfo.endCursor } },
      as: testUsers.agencyStaff,
    });
    const names = [...first.data!.tracks.nodes, ...second.data!.tracks.nodes].map((t) => t.name);
    expect(names).toHaveLength(all);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('shows a track with modules per component, marks (round, criteria version, granted on) and start-ability on a date', async () => {
    const result = await subgraph.query<{ track: Record<string, unknown> & { modules: { component: string }[]; marks: Record<string, unknown>[] } }>(
      `query ($id: ID!) { track(id: $id) { name type components sector { name } centre { code }
        modules { code component hours } marks { mark roundId criteriaVersionId grantedOn }
        before: startable(on: "2014-08-31") after: startable(on: "2014-09-01") } }`,
      { variables: { id: trackIdOf('OT-WEB-L') }, as: testUsers.inspector },
    );
    expect(result.errors).toBeUndefined();
    const track = result.data!.track;
    expect(track).toMatchObject({ name: 'Webdesigner', type: 'ENTREPRENEURSHIP', sector: { name: 'Informatica' }, centre: { code: 'syntra-limburg' } });
    expect(new Set(track.modules.map((m) => m.component))).toEqual(new Set(['PROFESSIONAL_KNOWLEDGE', 'BUSINESS_MANAGEMENT']));
    expect(track.marks).toContainEqual(
      expect.objectContaining({ mark: 'INNOVATIVE_REWORK', criteriaVersionId: criteriaVersionIdOf('2018_2019'), grantedOn: '2018-06-21' }),
    );
    expect(track).toMatchObject({ before: false, after: true });
  });

  it('is readable by every signed-in user, not anonymously', async () => {
    for (const user of [testUsers.partnershipStaff(crypto.randomUUID()), testUsers.companyUser(crypto.randomUUID()), testUsers.schoolUser]) {
      const result = await subgraph.query(LIST, { as: user });
      expect(result.errors).toBeUndefined();
    }
    expect((await subgraph.query(LIST)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('resolves modules, marks, sectors and centres of a page of tracks in a fixed number of statements (batched)', async () => {
    const query = `{ tracks(page: { first: 30 }) { nodes { modules { code } marks { mark } sector { name } centre { name } } } }`;
    const result = await subgraph.query<{ tracks: { nodes: unknown[] } }>(query, { as: testUsers.agencyStaff });
    expect(result.errors).toBeUndefined();
    expect(result.data!.tracks.nodes).toHaveLength(30);
    const selects = statements.filter((sql) => /^\s*select/i.test(sql));
    expect(selects.length).toBeGreaterThan(3);
    expect(selects.length).toBeLessThanOrEqual(6);
  });

  it('federation: a Track reference resolves for signed-in users, not anonymously', async () => {
    const ids = [trackIdOf('OT-BAKKER-W'), trackIdOf('PS-MWVJZ-L')];
    const result = await subgraph.query<{ _entities: { name: string }[] }>(
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Track { name } } }',
      { variables: { r: ids.map((id) => ({ __typename: 'Track', id })) }, as: testUsers.inspector },
    );
    expect(result.data!._entities.map((t) => t.name)).toEqual(['Bakker', 'Werkzoekenden naar ondernemerschap (Maak werk van je zaak)']);
    const anonymous = await subgraph.query('query ($r: [_Any!]!) { _entities(representations: $r) { ... on Track { name } } }', {
      variables: { r: [{ __typename: 'Track', id: ids[0] }] },
    });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('TrainingCentre.tracks and teachingLocations', () => {
  it('lists a centre’s tracks and teaching locations, also through a reference, for all centres in one statement each', async () => {
    const result = await subgraph.query<{ _entities: { tracks: { code: string }[]; teachingLocations: { municipality: string }[] }[] }>(
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on TrainingCentre { tracks { code } teachingLocations { campus municipality } } } }',
      { variables: { r: [west, limburg].map((id) => ({ __typename: 'TrainingCentre', id })) }, as: testUsers.centreUser(west) },
    );
    expect(result.errors).toBeUndefined();
    const [w, l] = result.data!._entities;
    expect(w!.tracks.map((t) => t.code)).toContain('OT-BAKKER-W');
    expect(l!.teachingLocations.map((t) => t.municipality)).toEqual(expect.arrayContaining(['Hasselt', 'Genk']));
    expect(statements.filter((sql) => /from "public"\."track"/i.test(sql))).toHaveLength(1);
    expect(statements.filter((sql) => /from "public"\."teaching_location"/i.test(sql))).toHaveLength(1);
  });
});

describe('updateTrackStartability', () => {
  const UPDATE = 'mutation ($id: ID!, $on: LocalDate) { updateTrackStartability(id: $id, startableFrom: $on) { code startableFrom } }';
  const smartHome = trackIdOf('OT-SMART-HOME-W');

  it('§5.4: agency staff and the centre’s own user set the 1 September a track becomes start-able', async () => {
    const byStaff = await subgraph.query(UPDATE, { variables: { id: smartHome, on: '2019-09-01' }, as: testUsers.agencyStaff });
    expect(byStaff.data).toEqual({ updateTrackStartability: { code: 'OT-SMART-HOME-W', startableFrom: '2019-09-01' } });
    const byCentre = await subgraph.query(UPDATE, { variables: { id: smartHome, on: '2018-09-01' }, as: testUsers.centreUser(west) });
    expect(byCentre.errors).toBeUndefined();
  });

  it('§5.4: start-ability is on 1 September only', async () => {
    const result = await subgraph.query(UPDATE, { variables: { id: smartHome, on: '2019-10-01' }, as: testUsers.agencyStaff });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('denies another centre’s user, inspectors and other roles; an assigned track only by agency staff', async () => {
    expect((await subgraph.query(UPDATE, { variables: { id: smartHome, on: null }, as: testUsers.centreUser(limburg) })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await subgraph.query(UPDATE, { variables: { id: smartHome, on: null }, as: testUsers.inspector })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await subgraph.query(UPDATE, { variables: { id: smartHome, on: null }, as: testUsers.partnershipStaff(crypto.randomUUID()) })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const assigned = trackIdOf('TT-CREATIEF-MP');
    expect((await subgraph.query(UPDATE, { variables: { id: assigned, on: '2019-09-01' }, as: testUsers.centreUser(west) })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await subgraph.query(UPDATE, { variables: { id: assigned, on: '2019-09-01' }, as: testUsers.agencyStaff })).errors).toBeUndefined();
  });
});
