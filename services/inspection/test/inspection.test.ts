import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoReferences } from '@werkplek/config';
import { startTestSubgraph, testUsers, type TestSubgraph } from '@werkplek/test-kit';
import { createInspectionSubgraph } from '../src/index.js';

let subgraph: TestSubgraph;
const { trainingCentres, workplaces } = demoReferences;
const statements: string[] = [];

beforeAll(async () => {
  subgraph = await startTestSubgraph('inspection', (database) =>
    createInspectionSubgraph({ ...database, seed: true, onQuery: (sql) => statements.push(sql) }),
  );
});
afterAll(() => subgraph?.stop());

const LIST = '{ inspections { reference title kind status plannedOn leadInspector subjectType workplace { id } trainingCentre { id } } }';
const PLAN = `mutation ($input: PlanInspectionInput!) {
  planInspection(input: $input) { id reference title plannedOn leadInspector subjectType trainingCentre { id } workplace { id } }
}`;

function nextYear(monthDay: string) {
  return `${new Date().getUTCFullYear() + 1}-${monthDay}`;
}

type Listed = { reference: string; title: string; plannedOn: string; workplace: { id: string } | null; trainingCentre: { id: string } | null };

describe('inspections', () => {
  it('lists inspections in date order with their subject as a reference to another subgraph', async () => {
    const result = await subgraph.query<{ inspections: Listed[] }>(LIST, { as: testUsers.inspector });
    expect(result.errors).toBeUndefined();
    const list = result.data!.inspections;
    expect(list.map((i) => i.plannedOn)).toEqual([...list.map((i) => i.plannedOn)].sort());
    const followUp = list.find((i) => i.title === 'Opvolgingsdoorlichting leertijd Syntra Midden-Vlaanderen')!;
    expect(followUp).toMatchObject({
      plannedOn: '2026-03-17',
      trainingCentre: { id: trainingCentres['syntra-midden-vlaanderen'] },
      workplace: null,
    });
    expect(followUp.reference).toMatch(/^INS-2026-\d{4}$/);
  });

  it('keeps the list from centre users and anonymous callers', async () => {
    const centre = await subgraph.query(LIST, { as: testUsers.centreUser(trainingCentres['syntra-west']) });
    expect(centre.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await subgraph.query(LIST)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('lets an inspector plan an inspection of a training centre and become its lead inspector', async () => {
    const input = {
      title: 'Thematische inspectie aanwezigheidsregisters Syntra West',
      kind: 'TRACK_INSPECTION',
      plannedOn: nextYear('02-10'),
      subjectType: 'TRAINING_CENTRE',
      subjectId: trainingCentres['syntra-west'],
    };
    const result = await subgraph.query<{ planInspection: Record<string, unknown> }>(PLAN, {
      variables: { input },
      as: testUsers.inspector,
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.planInspection).toMatchObject({
      plannedOn: input.plannedOn,
      leadInspector: testUsers.inspector.name,
      trainingCentre: { id: trainingCentres['syntra-west'] },
      workplace: null,
    });
  });

  it('refuses a plan that does not fit the kind, the calendar or the past', async () => {
    const base = {
      title: 'Terreinbezoek Garage Peeters',
      kind: 'WORKPLACE_VISIT',
      plannedOn: nextYear('01-20'),
      subjectType: 'WORKPLACE',
      subjectId: workplaces['garage-peeters'],
    };
    const cases = [
      { override: { subjectType: 'TRAINING_CENTRE' }, message: /werkplek/ },
      { override: { kind: 'PARTNERSHIP_SUPERVISION' }, message: /partnerschap/ },
      { override: { plannedOn: nextYear('02-30') }, message: /Ongeldige datum/ },
      { override: { plannedOn: '2020-01-15' }, message: /vandaag of later/ },
      { override: { plannedOn: '15/01/2027' }, message: /JJJJ-MM-DD/ },
      { override: { subjectId: 'garage-peeters' }, message: /geen geldig id/ },
      { override: { title: 'Kort' }, message: /titel/ },
    ];
    for (const { override, message } of cases) {
      const result = await subgraph.query(PLAN, { variables: { input: { ...base, ...override } }, as: testUsers.inspector });
      expect(result.errors?.[0]?.extensions?.code, JSON.stringify(override)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toMatch(message);
    }
    const list = await subgraph.query<{ inspections: Listed[] }>(LIST, { as: testUsers.agencyStaff });
    expect(list.data?.inspections.map((i) => i.title)).not.toContain('Terreinbezoek Garage Peeters');
  });

  it('refuses planning by a centre user', async () => {
    const result = await subgraph.query(PLAN, {
      variables: {
        input: { title: 'Eigen doorlichting', kind: 'TRACK_INSPECTION', plannedOn: nextYear('03-01'), subjectType: 'TRAINING_CENTRE', subjectId: trainingCentres['syntra-west'] },
      },
      as: testUsers.centreUser(trainingCentres['syntra-west']),
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('adds inspections to training centres: a centre user sees their own centre only', async () => {
    const query = 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on TrainingCentre { inspections { title } } } }';
    const own = await subgraph.query<{ _entities: { inspections: { title: string }[] }[] }>(query, {
      variables: { r: [{ __typename: 'TrainingCentre', id: trainingCentres['syntra-midden-vlaanderen'] }] },
      as: testUsers.centreUser(trainingCentres['syntra-midden-vlaanderen']),
    });
    expect(own.data?._entities[0]?.inspections.map((i) => i.title)).toEqual(['Opvolgingsdoorlichting leertijd Syntra Midden-Vlaanderen']);
    const other = await subgraph.query(query, {
      variables: { r: [{ __typename: 'TrainingCentre', id: trainingCentres['syntra-limburg'] }] },
      as: testUsers.centreUser(trainingCentres['syntra-midden-vlaanderen']),
    });
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('adds inspections to workplaces, one query for many workplaces', async () => {
    const query = 'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Workplace { id inspections { title } } } }';
    const ids = [workplaces['hotel-aan-de-leie'], workplaces['kapsalon-lotte'], workplaces['bouwonderneming-janssens']];
    statements.length = 0;
    const result = await subgraph.query<{ _entities: { id: string; inspections: { title: string }[] }[] }>(query, {
      variables: { r: ids.map((id) => ({ __typename: 'Workplace', id })) },
      as: testUsers.agencyStaff,
    });
    expect(result.data?._entities.map((w) => w.inspections.map((i) => i.title))).toEqual([
      ['Terreinbezoek Hotel Aan de Leie'],
      [],
      ['Terreinbezoek Bouwonderneming Janssens'],
    ]);
    expect(statements.filter((sql) => /FROM "public"\."inspection"/.test(sql))).toHaveLength(1);
  });
});
