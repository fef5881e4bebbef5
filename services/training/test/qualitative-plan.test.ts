import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { User } from '@werkplek/auth';
import { demoReferences } from '@werkplek/config';
import { startTestSubgraph, testUsers, type TestSubgraph } from '@werkplek/test-kit';
import { createTrainingSubgraph } from '../src/index.js';
import { seedTrainingCentres } from '../src/seed.js';

const west = demoReferences.trainingCentres['syntra-west'];
const limburg = demoReferences.trainingCentres['syntra-limburg'];

let subgraph: TestSubgraph;
let clock = new Date('2019-02-15T09:00:00Z');
const statements: string[] = [];
const at = (day: string) => {
  clock = new Date(`${day}T09:00:00Z`);
};

beforeAll(async () => {
  subgraph = await startTestSubgraph('training', (db) =>
    createTrainingSubgraph({
      ...db,
      seedWith: async (prisma) => {
        await seedTrainingCentres(prisma);
      },
      now: () => clock,
      onQuery: (sql) => statements.push(sql),
    }),
  );
});
afterAll(() => subgraph?.stop());
beforeEach(() => at('2019-02-15'));

const staff = testUsers.agencyStaff;
const westUser = testUsers.centreUser(west);
const limburgUser = testUsers.centreUser(limburg);

type Errors = { message: string; extensions?: Record<string, unknown> }[] | undefined;
const code = (errors: Errors) => errors?.[0]?.extensions?.code;

const PLAN = `id centreId year status submittedAt assessedAt assessment centre { name }
  items { id section text assessment realisation realisationNote budgetImpact }
  history { step fromStatus toStatus actorName note }`;
const DRAFT = `mutation ($input: DraftQualitativePlanInput!) { draftQualitativePlan(input: $input) { ${PLAN} } }`;
const ADD = `mutation ($planId: ID!, $input: QualitativePlanItemInput!) { addQualitativePlanItem(planId: $planId, input: $input) { ${PLAN} } }`;
const SUBMIT = `mutation ($id: ID!) { submitQualitativePlan(id: $id) { ${PLAN} } }`;
const ASSESS = `mutation ($id: ID!, $assessment: QualitativePlanAssessmentInput!) { assessQualitativePlan(id: $id, assessment: $assessment) { ${PLAN} } }`;
const REALISE = `mutation ($itemId: ID!, $status: RealisationStatus!, $note: String, $budgetImpact: Float) {
  recordRealisation(itemId: $itemId, status: $status, note: $note, budgetImpact: $budgetImpact) { id realisation realisationNote budgetImpact } }`;
const GET = `query ($id: ID!) { qualitativePlan(id: $id) { ${PLAN} } }`;
const LIST = `query ($filter: QualitativePlanFilter) { qualitativePlans(filter: $filter) { totalCount nodes { ${PLAN} } } }`;

interface Plan {
  id: string;
  status: string;
  items: { id: string; section: string; realisation: string | null; budgetImpact: number | null; assessment: string | null }[];
  history: { step: string; fromStatus: string | null; toStatus: string; note: string | null }[];
}

async function run<T = Record<string, unknown>>(query: string, variables: Record<string, unknown>, as: User = staff) {
  return subgraph.query<T>(query, { variables, as });
}

const item = (section: string, text = `Onze aanpak voor ${section.toLowerCase()} in 2019.`) => ({ section, text });
let westPlan: Plan;
let limburgPlan: Plan;

describe('§2.12 B, §6.6: the qualitative annual plan', () => {
  it('§2.12 B: the template lists the sections of the erkennings- en financieringsbesluit', async () => {
    const result = await subgraph.query<{ qualitativePlanSections: { code: string; name: string; required: boolean }[] }>(
      '{ qualitativePlanSections { code name required } }',
      { as: westUser },
    );
    const names = result.data!.qualitativePlanSections.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['Doelgroepenbeleid', 'Taal- en leercoaching', 'Innovatiestrategie', 'Kwaliteitszorg']));
  });

  it('§6.6: a centre user drafts their own centre’s plan per the template; one per year; others may not draft', async () => {
    const drafted = await run<{ draftQualitativePlan: Plan }>(DRAFT, { input: { year: 2019, items: [item('DOELGROEPENBELEID'), item('TAAL_EN_LEERCOACHING')] } }, westUser);
    expect(drafted.errors).toBeUndefined();
    westPlan = drafted.data!.draftQualitativePlan;
    expect(westPlan).toMatchObject({ status: 'DRAFT', centreId: west, history: [{ step: 'draft', toStatus: 'DRAFT' }] });
    expect(code((await run(DRAFT, { input: { year: 2019, items: [item('KWALITEITSZORG')] } }, westUser)).errors)).toBe('CONFLICT');
    expect(code((await run(DRAFT, { input: { year: 2019, items: [item('KWALITEITSZORG')] } }, staff)).errors)).toBe('FORBIDDEN');
    expect(code((await run(DRAFT, { input: { year: 2019, items: [item('KWALITEITSZORG')] } }, testUsers.inspector)).errors)).toBe('FORBIDDEN');
    limburgPlan = (await run<{ draftQualitativePlan: Plan }>(DRAFT, { input: { year: 2019, items: [item('KWALITEITSZORG')] } }, limburgUser)).data!
      .draftQualitativePlan;
  });

  it('rejects an unknown template section and a too short text (bad input)', async () => {
    const unknown = await run(DRAFT, { input: { year: 2020, items: [item('ONBESTAAND')] } }, westUser);
    expect(code(unknown.errors)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(unknown.errors)).toMatch(/rubriek/);
    const short = await run(ADD, { planId: westPlan.id, input: { section: 'KWALITEITSZORG', text: 'kort' } }, westUser);
    expect(code(short.errors)).toBe('BAD_USER_INPUT');
  });

  it('§2.12 B: submission needs an item for every required section (doelgroepen, taal- en leercoaching, kwaliteitszorg)', async () => {
    const incomplete = await run(SUBMIT, { id: westPlan.id }, westUser);
    expect(code(incomplete.errors)).toBe('BAD_USER_INPUT');
    expect(incomplete.errors![0]!.message).toContain('Kwaliteitszorg');
    expect((await run(ADD, { planId: westPlan.id, input: item('KWALITEITSZORG') }, westUser)).errors).toBeUndefined();
    expect((await run(ADD, { planId: westPlan.id, input: item('INNOVATIESTRATEGIE') }, westUser)).errors).toBeUndefined();
    const submitted = await run<{ submitQualitativePlan: Plan }>(SUBMIT, { id: westPlan.id }, westUser);
    expect(submitted.errors).toBeUndefined();
    expect(submitted.data!.submitQualitativePlan.status).toBe('SUBMITTED');
    westPlan = submitted.data!.submitQualitativePlan;
    expect(westPlan.items).toHaveLength(4);
    const locked = await run(ADD, { planId: westPlan.id, input: item('WERKPLEKLEREN') }, westUser);
    expect(code(locked.errors)).toBe('INVALID_STATE_TRANSITION');
  });

  it('a centre user sees and edits only their own centre’s plan (also by id and by reference)', async () => {
    expect(code((await run(GET, { id: westPlan.id }, limburgUser)).errors)).toBe('NOT_FOUND');
    expect(code((await run(ADD, { planId: westPlan.id, input: item('WERKPLEKLEREN') }, limburgUser)).errors)).toBe('NOT_FOUND');
    const list = await run<{ qualitativePlans: { totalCount: number; nodes: { centreId: string }[] } }>(LIST, {}, limburgUser);
    expect(list.data!.qualitativePlans.nodes.map((n) => n.centreId)).toEqual([limburg]);
    const all = await run<{ qualitativePlans: { totalCount: number } }>(LIST, { filter: { year: 2019 } }, testUsers.inspector);
    expect(all.data!.qualitativePlans.totalCount).toBe(2);
    expect(code((await run(LIST, {}, testUsers.schoolUser)).errors)).toBe('FORBIDDEN');
    const reference = await subgraph.query<{ _entities: unknown[] }>(
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on QualitativeAnnualPlan { id } } }',
      { variables: { r: [{ __typename: 'QualitativeAnnualPlan', id: westPlan.id }] }, as: limburgUser },
    );
    expect(reference.data!._entities).toEqual([null]);
  });

  it('§2.12 B: agency staff assess the plan against the JOP goals; centre users and inspectors may not', async () => {
    at('2019-09-10');
    const assessment = { assessment: 'Het plan speelt goed in op de JOP-doelstellingen rond doelgroepen en innovatie.', items: [{ itemId: westPlan.items[0]!.id, assessment: 'Sterk' }] };
    expect(code((await run(ASSESS, { id: westPlan.id, assessment }, westUser)).errors)).toBe('FORBIDDEN');
    expect(code((await run(ASSESS, { id: westPlan.id, assessment }, testUsers.inspector)).errors)).toBe('FORBIDDEN');
    expect(code((await run(ASSESS, { id: limburgPlan.id, assessment })).errors)).toBe('INVALID_STATE_TRANSITION');
    expect(code((await run(ASSESS, { id: westPlan.id, assessment: { ...assessment, items: [{ itemId: randomUUID(), assessment: 'Vreemd' }] } })).errors)).toBe('BAD_USER_INPUT');
    const assessed = await run<{ assessQualitativePlan: Plan & { assessedAt: string } }>(ASSESS, { id: westPlan.id, assessment });
    expect(assessed.errors).toBeUndefined();
    expect(assessed.data!.assessQualitativePlan).toMatchObject({ status: 'ASSESSED', assessedAt: '2019-09-10T09:00:00.000Z' });
    expect(assessed.data!.assessQualitativePlan.items.find((i) => i.id === westPlan.items[0]!.id)!.assessment).toBe('Sterk');
  });

  it('§6.6: in the ronde van Vlaanderen each item gets its realisation and budget impact; all done → REVIEWED', async () => {
    at('2019-11-20');
    const [first, second, ...rest] = westPlan.items;
    expect(code((await run(REALISE, { itemId: first!.id, status: 'REALISED' }, westUser)).errors)).toBe('FORBIDDEN');
    expect(code((await run(REALISE, { itemId: limburgPlan.items[0]!.id, status: 'REALISED' })).errors)).toBe('INVALID_STATE_TRANSITION');
    const noReason = await run(REALISE, { itemId: second!.id, status: 'NOT_REALISED' });
    expect(code(noReason.errors)).toBe('BAD_USER_INPUT');
    expect(noReason.errors![0]!.message).toMatch(/reden/);
    const realised = await run<{ recordRealisation: { budgetImpact: number } }>(REALISE, { itemId: first!.id, status: 'REALISED', budgetImpact: 12500.5 });
    expect(realised.data!.recordRealisation.budgetImpact).toBe(12500.5);
    const partly = await run(REALISE, { itemId: second!.id, status: 'PARTLY_REALISED', note: 'Lesgevers voor taalcoaching pas in het voorjaar gevonden', budgetImpact: -3000 });
    expect(partly.errors).toBeUndefined();
    expect((await run<{ qualitativePlan: Plan }>(GET, { id: westPlan.id })).data!.qualitativePlan.status).toBe('ASSESSED');
    for (const other of rest) await run(REALISE, { itemId: other.id, status: 'REALISED' });
    const reviewed = (await run<{ qualitativePlan: Plan }>(GET, { id: westPlan.id }, westUser)).data!.qualitativePlan;
    expect(reviewed.status).toBe('REVIEWED');
    expect(reviewed.history.map((h) => h.step)).toEqual(['draft', 'addItem', 'addItem', 'submit', 'assess', 'recordRealisation', 'recordRealisation', 'recordRealisation', 'recordRealisation']);
    expect(reviewed.history.at(-1)).toMatchObject({ fromStatus: 'ASSESSED', toStatus: 'REVIEWED' });
    expect(reviewed.history[5]!.note).toContain('€ 12500.50');
    expect(code((await run(REALISE, { itemId: first!.id, status: 'NOT_REALISED', note: 'Toch niet gerealiseerd wegens budget' })).errors)).toBe('INVALID_STATE_TRANSITION');
  });

  it('resolves centres, items and history in batches, not per plan', async () => {
    statements.length = 0;
    const result = await run<{ qualitativePlans: { nodes: Plan[] } }>(LIST, {});
    expect(result.errors).toBeUndefined();
    expect(result.data!.qualitativePlans.nodes).toHaveLength(2);
    // plans, count, centres, items, history: one each, whatever the number of plans.
    expect(statements.filter((sql) => /^\s*select/i.test(sql)).length).toBeLessThanOrEqual(5);
  });
});
