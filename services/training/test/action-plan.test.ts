import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { User } from '@werkplek/auth';
import { demoReferences } from '@werkplek/config';
import { startTestSubgraph, testUsers, type TestSubgraph } from '@werkplek/test-kit';
import type { PrismaClient } from '../src/generated/prisma/client.js';
import { createTrainingSubgraph } from '../src/index.js';
import { seedTrainingCentres } from '../src/seed.js';

const west = demoReferences.trainingCentres['syntra-west'];
const brussel = demoReferences.trainingCentres['syntra-brussel'];
const limburg = demoReferences.trainingCentres['syntra-limburg'];

/** A criteria version shaped like the 2018-19 definitions (§2.3), inserted by the test itself. */
const ids = {
  version: randomUUID(),
  sector: randomUUID(),
  completedTrack: randomUUID(),
  youngTrack: randomUUID(),
  criteria: {
    I1: randomUUID(), // never organised before (required)
    I2: randomUUID(), // new market activities (required)
    I3: randomUUID(), // innovative business concepts (required)
    F1: randomUUID(),
    F2: randomUUID(),
    F3: randomUUID(),
    R1: randomUUID(), // at least one module added or reworked (required)
    R2: randomUUID(), // carried by the other Syntra (required)
    R3: randomUUID(),
    R4: randomUUID(),
    R5: randomUUID(),
    R6: randomUUID(),
  },
};

async function seedActionPlanFixture(prisma: PrismaClient) {
  await prisma.criteriaVersion.create({
    data: { id: ids.version, code: 'TEST_2018_2019', name: 'Criteria 2018-19 (test)', validFrom: new Date('2018-01-01'), approvedOn: new Date('2018-03-15') },
  });
  const c = ids.criteria;
  const criteria = [
    { id: c.I1, mark: 'INNOVATIVE', code: 'NIEUW', text: 'Niet eerder in de praktijk georganiseerd door de Syntra', required: true },
    { id: c.I2, mark: 'INNOVATIVE', code: 'MARKT', text: 'Gericht op nieuwe marktactiviteiten', required: true },
    { id: c.I3, mark: 'INNOVATIVE', code: 'CONCEPT', text: 'Innovatieve concepten op het vlak van bedrijfsvoering', required: true },
    { id: c.F1, mark: 'FLEXIBLE', code: 'PERSOON', text: 'Persoonsgericht, oriëntatie en opvolging, coaching', required: false },
    { id: c.F2, mark: 'FLEXIBLE', code: 'LEERVORM', text: 'Variabele leer- en evaluatievormen én een combinatie ervan', required: false },
    { id: c.F3, mark: 'FLEXIBLE', code: 'DOORLOOP', text: 'Flexibele doorlooptijd', required: false },
    { id: c.R1, mark: 'INNOVATIVE_REWORK', code: 'MODULE', text: 'Minstens één module toegevoegd of herwerkt', required: true },
    { id: c.R2, mark: 'INNOVATIVE_REWORK', code: 'GEDRAGEN', text: 'Gedragen door de andere Syntra', required: true },
    { id: c.R3, mark: 'INNOVATIVE_REWORK', code: 'MARKTGERICHT', text: 'Marktgericht', required: false },
    { id: c.R4, mark: 'INNOVATIVE_REWORK', code: 'CROSS', text: 'Cross-sectoraal', required: false },
    { id: c.R5, mark: 'INNOVATIVE_REWORK', code: 'DIGITAAL', text: 'Gericht op digitalisering', required: false },
    { id: c.R6, mark: 'INNOVATIVE_REWORK', code: 'CLEANTECH', text: 'Cleantech & duurzaam ondernemen', required: false },
  ] as const;
  for (const [position, criterion] of criteria.entries()) {
    await prisma.criterion.create({ data: { ...criterion, versionId: ids.version, position: position + 1 } });
  }
  await prisma.markRule.createMany({
    data: [
      { versionId: ids.version, mark: 'INNOVATIVE', minimumMet: 0, description: 'Alle drie de criteria' },
      { versionId: ids.version, mark: 'FLEXIBLE', minimumMet: 3, description: 'De drie criteria' },
      { versionId: ids.version, mark: 'INNOVATIVE_REWORK', minimumMet: 2, description: 'Module, gedragen, en minstens twee van vier' },
    ],
  });
  await prisma.sector.create({ data: { id: ids.sector, code: 'TEST-BOUW', name: 'Bouw (test)' } });
  const track = { type: 'ENTREPRENEURSHIP', sectorId: ids.sector, centreId: west, components: ['PROFESSIONAL_KNOWLEDGE'], durationMonths: 12 } as const;
  await prisma.track.create({ data: { ...track, id: ids.completedTrack, code: 'TEST-DAKWERKER', name: 'Dakwerker', completedFullRun: true, components: [...track.components] } });
  await prisma.track.create({ data: { ...track, id: ids.youngTrack, code: 'TEST-DRONE', name: 'Dronepiloot', completedFullRun: false, components: [...track.components] } });
}

let subgraph: TestSubgraph;
/** The subgraph's own Prisma client (kept from seedWith), to check rows no query of this module exposes. */
let prisma: PrismaClient;
let clock = new Date('2018-03-01T09:00:00Z');
const statements: string[] = [];
const at = (moment: string) => {
  clock = new Date(moment.length === 10 ? `${moment}T09:00:00Z` : moment);
};

beforeAll(async () => {
  subgraph = await startTestSubgraph('training', (db) =>
    createTrainingSubgraph({
      ...db,
      seedWith: async (client) => {
        prisma = client;
        await seedTrainingCentres(client);
        await seedActionPlanFixture(client);
      },
      now: () => clock,
      onQuery: (sql) => statements.push(sql),
    }),
  );
});
afterAll(() => subgraph?.stop());
beforeEach(() => at('2018-03-01'));

const staff = testUsers.agencyStaff;
const westUser = testUsers.centreUser(west);
const brusselUser = testUsers.centreUser(brussel);
const limburgUser = testUsers.centreUser(limburg);

type Errors = { message: string; extensions?: Record<string, unknown> }[] | undefined;
const code = (errors: Errors) => errors?.[0]?.extensions?.code;

const PLAN = `id status centreId submittedAt centre { name } round { id season }
  dossiers { id kind title requestedMarks components advice programmed trackId cases { id met argument criterion { code mark } } }
  history { step fromStatus toStatus actorName note }`;
const OPEN = `mutation ($input: OpenActionPlanRoundInput!) { openActionPlanRound(input: $input) { id year season status deadline criteriaVersionId history { step toStatus note } } }`;
const DRAFT = `mutation ($roundId: ID!) { draftActionPlan(roundId: $roundId) { ${PLAN} } }`;
const ADD = `mutation ($planId: ID!, $input: TrainingDossierInput!) { addTrainingDossier(planId: $planId, input: $input) { ${PLAN} } }`;
const UPDATE = `mutation ($dossierId: ID!, $input: TrainingDossierInput!) { updateTrainingDossier(dossierId: $dossierId, input: $input) { id title requestedMarks cases { criterion { code } argument } } }`;
const SUBMIT = `mutation ($planId: ID!) { submitActionPlan(planId: $planId) { ${PLAN} } }`;
const START = `mutation ($planId: ID!) { startPlanReview(planId: $planId) { id status } }`;
const ASSESS = `mutation ($caseId: ID!, $met: Boolean!, $motivation: String!) { assessCriterion(caseId: $caseId, met: $met, motivation: $motivation) { id met motivation } }`;
const ADVISE = `mutation ($dossierId: ID!, $advice: DossierAdvice!, $motivation: String!) { adviseDossier(dossierId: $dossierId, advice: $advice, motivation: $motivation) { id advice adviceMotivation } }`;
const RETURN = `mutation ($planId: ID!, $reason: String!) { returnActionPlanForChanges(planId: $planId, reason: $reason) { id status } }`;
const DECIDE = `mutation ($roundId: ID!, $decidedOn: LocalDate!) { recordBoardDecision(roundId: $roundId, decidedOn: $decidedOn) { id status boardDecisionOn history { step fromStatus toStatus note } } }`;
const GET = `query ($id: ID!) { actionPlan(id: $id) { ${PLAN} } }`;
const LIST = `query ($filter: ActionPlanFilter) { actionPlans(filter: $filter) { totalCount nodes { id centreId status } } }`;
const RESULTS = `query ($roundId: ID!) { roundResults(roundId: $roundId) { advisedDossiers marks { mark recognised notRecognised } } }`;

const arg = 'Onze argumentatie voor dit criterium, met bewijsstukken.';
const newTrack = (over: Record<string, unknown> = {}) => ({
  kind: 'NEW_TRACK',
  title: 'Vlogger en contentcreator',
  sectorId: ids.sector,
  partners: ['UNIZO', 'Howest'],
  requestedMarks: ['INNOVATIVE', 'FLEXIBLE'],
  components: ['PROFESSIONAL_KNOWLEDGE', 'BUSINESS_MANAGEMENT'],
  durationMonths: 18,
  cases: Object.entries(ids.criteria)
    .filter(([key]) => key.startsWith('I') || key.startsWith('F'))
    .map(([, criterionId]) => ({ criterionId, argument: arg })),
  ...over,
});
const rework = (trackId: string) => ({
  kind: 'INNOVATIVE_REWORK',
  trackId,
  title: 'Dakwerker: herwerking met digitale module',
  sectorId: ids.sector,
  partners: ['Bouwunie'],
  requestedMarks: ['INNOVATIVE_REWORK'],
  components: ['PROFESSIONAL_KNOWLEDGE'],
  durationMonths: 12,
  cases: Object.entries(ids.criteria)
    .filter(([key]) => key.startsWith('R'))
    .map(([, criterionId]) => ({ criterionId, argument: arg })),
});

interface Plan {
  id: string;
  status: string;
  dossiers: { id: string; title: string; advice: string | null; programmed: boolean; trackId: string | null; cases: { id: string; criterion: { code: string; mark: string } }[] }[];
  history: { step: string; fromStatus: string | null; toStatus: string; note: string | null }[];
}

let roundId: string;
let westPlan: Plan;
let brusselPlan: Plan;
let limburgPlan: Plan;

async function run<T = Record<string, unknown>>(query: string, variables: Record<string, unknown>, as: User = staff) {
  return subgraph.query<T>(query, { variables, as });
}

describe('§2.12 A, §6.5: the annual action plan cycle', () => {
  it('§2.12 A: agency staff open the April round with the criteria version in force; others may not', async () => {
    const input = { year: 2018, season: 'APRIL', deadline: '2018-04-30T22:00:00.000Z', criteriaVersionId: ids.version };
    const denied = await run(OPEN, { input }, westUser);
    expect(code(denied.errors)).toBe('FORBIDDEN');
    const opened = await run<{ openActionPlanRound: { id: string; status: string; history: { step: string }[] } }>(OPEN, { input });
    expect(opened.errors).toBeUndefined();
    expect(opened.data!.openActionPlanRound).toMatchObject({ status: 'OPEN', history: [{ step: 'open' }] });
    roundId = opened.data!.openActionPlanRound.id;
    const twice = await run(OPEN, { input });
    expect(code(twice.errors)).toBe('CONFLICT');
    const unknownVersion = await run(OPEN, { input: { ...input, season: 'NOVEMBER', deadline: '2018-11-15T22:00:00.000Z', criteriaVersionId: randomUUID() } });
    expect(code(unknownVersion.errors)).toBe('BAD_USER_INPUT');
    const rounds = await subgraph.query<{ actionPlanRounds: { id: string }[] }>('{ actionPlanRounds { id year season } }', { as: testUsers.inspector });
    expect(rounds.data!.actionPlanRounds.map((r) => r.id)).toEqual([roundId]);
    const partnership = await subgraph.query('{ actionPlanRounds { id } }', { as: testUsers.partnershipStaff(randomUUID()) });
    expect(code(partnership.errors)).toBe('FORBIDDEN');
  });

  it('§2.12 A: a centre drafts one plan of its own per round; agency staff and inspectors do not draft', async () => {
    const drafted = await run<{ draftActionPlan: Plan }>(DRAFT, { roundId }, westUser);
    expect(drafted.errors).toBeUndefined();
    westPlan = drafted.data!.draftActionPlan;
    expect(westPlan).toMatchObject({ status: 'DRAFT', centre: { name: 'Syntra West' }, history: [{ step: 'draft', toStatus: 'DRAFT' }] });
    expect(code((await run(DRAFT, { roundId }, westUser)).errors)).toBe('CONFLICT');
    expect(code((await run(DRAFT, { roundId }, staff)).errors)).toBe('FORBIDDEN');
    expect(code((await run(DRAFT, { roundId }, testUsers.inspector)).errors)).toBe('FORBIDDEN');
    brusselPlan = (await run<{ draftActionPlan: Plan }>(DRAFT, { roundId }, brusselUser)).data!.draftActionPlan;
    limburgPlan = (await run<{ draftActionPlan: Plan }>(DRAFT, { roundId }, limburgUser)).data!.draftActionPlan;
  });

  it('§2.3: a new-track dossier carries the case per criterion of the requested marks only', async () => {
    const wrongCriterion = await run(ADD, { planId: westPlan.id, input: newTrack({ requestedMarks: ['INNOVATIVE'] }) }, westUser);
    expect(code(wrongCriterion.errors)).toBe('BAD_USER_INPUT');
    expect(wrongCriterion.errors![0]!.message).toMatch(/niet aangevraagd/);
    const wrongMark = await run(ADD, { planId: westPlan.id, input: newTrack({ requestedMarks: ['INNOVATIVE_REWORK'], cases: [] }) }, westUser);
    expect(code(wrongMark.errors)).toBe('BAD_USER_INPUT');
    const added = await run<{ addTrainingDossier: Plan }>(ADD, { planId: westPlan.id, input: newTrack() }, westUser);
    expect(added.errors).toBeUndefined();
    const plan = added.data!.addTrainingDossier;
    expect(plan.dossiers).toHaveLength(1);
    expect(plan.dossiers[0]!.cases.map((c) => c.criterion.code)).toEqual(['NIEUW', 'MARKT', 'CONCEPT', 'PERSOON', 'LEERVORM', 'DOORLOOP']);
    expect(plan.history.at(-1)).toMatchObject({ step: 'addTrainingDossier', fromStatus: 'DRAFT', toStatus: 'DRAFT' });
  });

  it('§2.3: an innovative rework names a track of the centre that has completed a full run', async () => {
    const young = await run(ADD, { planId: westPlan.id, input: rework(ids.youngTrack) }, westUser);
    expect(code(young.errors)).toBe('BAD_USER_INPUT');
    expect(young.errors![0]!.message).toMatch(/volledige doorlooptijd/);
    const otherCentre = await run(ADD, { planId: brusselPlan.id, input: rework(ids.completedTrack) }, brusselUser);
    expect(code(otherCentre.errors)).toBe('BAD_USER_INPUT');
    const noTrack = await run(ADD, { planId: westPlan.id, input: { ...rework(ids.completedTrack), trackId: null } }, westUser);
    expect(code(noTrack.errors)).toBe('BAD_USER_INPUT');
    const ok = await run<{ addTrainingDossier: Plan }>(ADD, { planId: westPlan.id, input: rework(ids.completedTrack) }, westUser);
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.addTrainingDossier.dossiers).toHaveLength(2);
    westPlan = ok.data!.addTrainingDossier;
  });

  it('rejects bad input with the field at fault (class-validator)', async () => {
    const result = await run(ADD, { planId: westPlan.id, input: newTrack({ title: 'x', durationMonths: 0 }) }, westUser);
    expect(code(result.errors)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(result.errors)).toMatch(/title/);
  });

  it('a centre user edits only their own centre’s plan and sees only their own (also by id)', async () => {
    const foreignEdit = await run(ADD, { planId: westPlan.id, input: newTrack() }, brusselUser);
    expect(code(foreignEdit.errors)).toBe('NOT_FOUND');
    const foreignRead = await run(GET, { id: westPlan.id }, brusselUser);
    expect(code(foreignRead.errors)).toBe('NOT_FOUND');
    const list = await run<{ actionPlans: { totalCount: number; nodes: { centreId: string }[] } }>(LIST, { filter: { roundId } }, brusselUser);
    expect(list.data!.actionPlans.nodes.map((n) => n.centreId)).toEqual([brussel]);
    const forged = await run<{ actionPlans: { totalCount: number } }>(LIST, { filter: { centreId: west } }, brusselUser);
    expect(forged.data!.actionPlans.totalCount).toBe(0);
    const inspector = await run<{ actionPlans: { totalCount: number } }>(LIST, { filter: { roundId } }, testUsers.inspector);
    expect(inspector.data!.actionPlans.totalCount).toBe(3);
    const company = await run(LIST, {}, testUsers.companyUser(randomUUID()));
    expect(code(company.errors)).toBe('FORBIDDEN');
    const reference = await subgraph.query<{ _entities: (null | { id: string })[] }>(
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on AnnualActionPlan { id status } } }',
      { variables: { r: [{ __typename: 'AnnualActionPlan', id: westPlan.id }] }, as: brusselUser },
    );
    expect(reference.data!._entities).toEqual([null]);
    const ownReference = await subgraph.query<{ _entities: (null | { id: string })[] }>(
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on AnnualActionPlan { id status } } }',
      { variables: { r: [{ __typename: 'AnnualActionPlan', id: westPlan.id }] }, as: westUser },
    );
    expect(ownReference.data!._entities).toEqual([{ id: westPlan.id, status: 'DRAFT' }]);
  });

  it('§2.12 A: submitted before the deadline, the plan is locked (every edit refused)', async () => {
    at('2018-04-27');
    const submitted = await run<{ submitActionPlan: Plan & { submittedAt: string } }>(SUBMIT, { planId: westPlan.id }, westUser);
    expect(submitted.errors).toBeUndefined();
    expect(submitted.data!.submitActionPlan).toMatchObject({ status: 'SUBMITTED', submittedAt: '2018-04-27T09:00:00.000Z' });
    const add = await run(ADD, { planId: westPlan.id, input: newTrack() }, westUser);
    expect(code(add.errors)).toBe('INVALID_STATE_TRANSITION');
    const update = await run(UPDATE, { dossierId: westPlan.dossiers[0]!.id, input: newTrack({ title: 'Nieuwe titel' }) }, westUser);
    expect(code(update.errors)).toBe('INVALID_STATE_TRANSITION');
    const again = await run(SUBMIT, { planId: westPlan.id }, westUser);
    expect(code(again.errors)).toBe('INVALID_STATE_TRANSITION');
    // Brussel submits in time too, with one new track asking to be innovative.
    await run(ADD, { planId: brusselPlan.id, input: newTrack({ title: 'Urban farming', requestedMarks: ['INNOVATIVE'], cases: [ids.criteria.I1, ids.criteria.I2, ids.criteria.I3].map((criterionId) => ({ criterionId, argument: arg })) }) }, brusselUser);
    expect((await run(SUBMIT, { planId: brusselPlan.id }, brusselUser)).errors).toBeUndefined();
  });

  it('§2.12 A: a submission after the deadline is refused with a message naming the deadline', async () => {
    await run(ADD, { planId: limburgPlan.id, input: newTrack({ title: 'Te laat traject' }) }, limburgUser);
    at('2018-05-01T08:00:00Z');
    const late = await run(SUBMIT, { planId: limburgPlan.id }, limburgUser);
    expect(code(late.errors)).toBe('BAD_USER_INPUT');
    expect(late.errors![0]!.message).toContain('30/04/2018 22:00');
  });

  it('§6.5: only agency staff start the quality steering (kwaliteitssturing)', async () => {
    at('2018-10-29');
    expect(code((await run(START, { planId: westPlan.id }, westUser)).errors)).toBe('FORBIDDEN');
    expect(code((await run(START, { planId: limburgPlan.id })).errors)).toBe('INVALID_STATE_TRANSITION');
    expect((await run<{ startPlanReview: { status: string } }>(START, { planId: westPlan.id })).data!.startPlanReview.status).toBe('UNDER_REVIEW');
    expect((await run(START, { planId: brusselPlan.id })).errors).toBeUndefined();
  });

  it('§2.3: the advice must be justified by the version’s rules (required criteria met, at least minimumMet of the others)', async () => {
    at('2018-11-12');
    const plan = (await run<{ actionPlan: Plan }>(GET, { id: westPlan.id })).data!.actionPlan;
    const [track, reworked] = plan.dossiers;
    const metCodes = new Set(['NIEUW', 'MARKT', 'CONCEPT', 'PERSOON', 'LEERVORM', 'MODULE', 'GEDRAGEN', 'DIGITAAL', 'CLEANTECH']);
    expect(code((await run(ASSESS, { caseId: track!.cases[0]!.id, met: true, motivation: 'Nooit eerder georganiseerd' }, westUser)).errors)).toBe('FORBIDDEN');
    for (const c of [...track!.cases, ...reworked!.cases]) {
      const result = await run(ASSESS, { caseId: c.id, met: metCodes.has(c.criterion.code), motivation: `Beoordeling ${c.criterion.code}` });
      expect(result.errors).toBeUndefined();
    }
    const tooMuch = await run(ADVISE, { dossierId: track!.id, advice: 'INNOVATIVE_AND_FLEXIBLE', motivation: 'Innovatief en flexibel' });
    expect(code(tooMuch.errors)).toBe('BAD_USER_INPUT');
    expect(tooMuch.errors![0]!.message).toMatch(/flexibel is niet verantwoord: 0 .* 2 van de minstens 3/);
    const wrongKind = await run(ADVISE, { dossierId: track!.id, advice: 'INNOVATIVE_REWORK', motivation: 'Herwerking' });
    expect(code(wrongKind.errors)).toBe('BAD_USER_INPUT');
    const innovative = await run<{ adviseDossier: { advice: string } }>(ADVISE, { dossierId: track!.id, advice: 'INNOVATIVE', motivation: 'Voldoet aan de drie criteria' });
    expect(innovative.data!.adviseDossier.advice).toBe('INNOVATIVE');
    expect((await run<{ actionPlan: Plan }>(GET, { id: westPlan.id })).data!.actionPlan.status).toBe('UNDER_REVIEW');
    const afterAdvice = await run(ASSESS, { caseId: track!.cases[3]!.id, met: true, motivation: 'Toch voldaan' });
    expect(code(afterAdvice.errors)).toBe('INVALID_STATE_TRANSITION');
    const rw = await run(ADVISE, { dossierId: reworked!.id, advice: 'INNOVATIVE_REWORK', motivation: 'Module en twee van vier criteria' });
    expect(rw.errors).toBeUndefined();
    const advised = (await run<{ actionPlan: Plan }>(GET, { id: westPlan.id })).data!.actionPlan;
    expect(advised.status).toBe('ADVISED');
    expect(advised.history.map((h) => h.step)).toContain('assessCriterion');
    expect(advised.history.at(-1)).toMatchObject({ step: 'adviseDossier', fromStatus: 'UNDER_REVIEW', toStatus: 'ADVISED' });
  });

  it('§6.5: returned for changes before the decision, the centre edits and resubmits after the deadline', async () => {
    at('2018-11-14');
    const tooShort = await run(RETURN, { planId: brusselPlan.id, reason: 'kort' });
    expect(code(tooShort.errors)).toBe('BAD_USER_INPUT');
    expect(code((await run(RETURN, { planId: brusselPlan.id, reason: 'Onvoldoende onderbouwing' }, brusselUser)).errors)).toBe('FORBIDDEN');
    const returned = await run<{ returnActionPlanForChanges: { status: string } }>(RETURN, { planId: brusselPlan.id, reason: 'Onderbouw het criterium nieuwe marktactiviteiten beter' });
    expect(returned.data!.returnActionPlanForChanges.status).toBe('RETURNED');
    const plan = (await run<{ actionPlan: Plan }>(GET, { id: brusselPlan.id }, brusselUser)).data!.actionPlan;
    const edited = await run<{ updateTrainingDossier: { title: string; cases: unknown[] } }>(
      UPDATE,
      {
        dossierId: plan.dossiers[0]!.id,
        input: newTrack({ title: 'Urban farming en korte keten', requestedMarks: ['INNOVATIVE'], cases: [ids.criteria.I1, ids.criteria.I2].map((criterionId) => ({ criterionId, argument: arg })) }),
      },
      brusselUser,
    );
    expect(edited.errors).toBeUndefined();
    expect(edited.data!.updateTrainingDossier).toMatchObject({ title: 'Urban farming en korte keten' });
    expect(edited.data!.updateTrainingDossier.cases).toHaveLength(2);
    const resubmitted = await run<{ submitActionPlan: Plan }>(SUBMIT, { planId: brusselPlan.id }, brusselUser);
    expect(resubmitted.errors).toBeUndefined();
    expect(resubmitted.data!.submitActionPlan.history.at(-1)).toMatchObject({ step: 'submit', fromStatus: 'RETURNED', toStatus: 'SUBMITTED' });
  });

  it('§6.5: NOT_RECOGNISED is an advice too; a mark the rules do not justify is refused', async () => {
    await run(START, { planId: brusselPlan.id });
    const plan = (await run<{ actionPlan: Plan }>(GET, { id: brusselPlan.id })).data!.actionPlan;
    for (const c of plan.dossiers[0]!.cases) await run(ASSESS, { caseId: c.id, met: true, motivation: 'Voldaan' });
    const refused = await run(ADVISE, { dossierId: plan.dossiers[0]!.id, advice: 'INNOVATIVE', motivation: 'Innovatief' });
    expect(refused.errors![0]!.message).toMatch(/innovatief is niet verantwoord: 1 verplicht/);
    expect((await run(ADVISE, { dossierId: plan.dossiers[0]!.id, advice: 'NOT_RECOGNISED', motivation: 'Innovatieve bedrijfsvoering ontbreekt' })).errors).toBeUndefined();
  });

  it('§2.12 A step 4: the Raad van bestuur decides in December; advised dossiers become tracks with mark grants', async () => {
    const november = await run(DECIDE, { roundId, decidedOn: '2018-11-30' });
    expect(code(november.errors)).toBe('BAD_USER_INPUT');
    expect(november.errors![0]!.message).toMatch(/december 2018/);
    expect(code((await run(DECIDE, { roundId, decidedOn: '2018-12-18' }, westUser)).errors)).toBe('FORBIDDEN');
    at('2018-12-18');
    const decided = await run<{ recordBoardDecision: { status: string; boardDecisionOn: string; history: { step: string; note: string }[] } }>(DECIDE, { roundId, decidedOn: '2018-12-18' });
    expect(decided.errors).toBeUndefined();
    expect(decided.data!.recordBoardDecision).toMatchObject({ status: 'DECIDED', boardDecisionOn: '2018-12-18' });
    expect(decided.data!.recordBoardDecision.history.at(-1)).toMatchObject({ step: 'recordBoardDecision', note: '2 dossier(s) in het programma vastgelegd' });
    const westAfter = (await run<{ actionPlan: Plan }>(GET, { id: westPlan.id })).data!.actionPlan;
    expect(westAfter.status).toBe('DECIDED');
    expect(westAfter.dossiers.map((d) => d.programmed)).toEqual([true, true]);
    expect(westAfter.dossiers[1]!.trackId).toBe(ids.completedTrack);
    expect(westAfter.dossiers[0]!.trackId).toMatch(/^[0-9a-f-]{36}$/);
    const created = await prisma.track.findUniqueOrThrow({ where: { id: westAfter.dossiers[0]!.trackId! }, include: { marks: true } });
    expect(created).toMatchObject({ name: 'Vlogger en contentcreator', centreId: west, type: 'ENTREPRENEURSHIP', durationMonths: 18 });
    expect(created.marks.map((m) => [m.mark, m.criteriaVersionId, m.roundId, m.grantedOn.toISOString().slice(0, 10)])).toEqual([
      ['INNOVATIVE', ids.version, roundId, '2018-12-18'],
    ]);
    const reworkGrants = await prisma.trackMarkGrant.findMany({ where: { trackId: ids.completedTrack } });
    expect(reworkGrants.map((g) => g.mark)).toEqual(['INNOVATIVE_REWORK']);
    // NOT_RECOGNISED creates nothing: every grant of the round comes from West's two dossiers.
    expect(await prisma.trackMarkGrant.count({ where: { roundId } })).toBe(2);
    const brusselAfter = (await run<{ actionPlan: Plan }>(GET, { id: brusselPlan.id })).data!.actionPlan;
    expect(brusselAfter.status).toBe('DECIDED');
    expect(brusselAfter.dossiers[0]).toMatchObject({ programmed: false, trackId: null });
    const limburgAfter = (await run<{ actionPlan: Plan }>(GET, { id: limburgPlan.id })).data!.actionPlan;
    expect(limburgAfter.status).toBe('DRAFT');
    expect(code((await run(DECIDE, { roundId, decidedOn: '2018-12-19' })).errors)).toBe('INVALID_STATE_TRANSITION');
    expect(code((await run(SUBMIT, { planId: limburgPlan.id }, limburgUser)).errors)).toBe('INVALID_STATE_TRANSITION');
  });

  it('§2.12 A: the 2019 output indicator counts (non-)recognitions per mark', async () => {
    const results = await run<{ roundResults: { advisedDossiers: number; marks: { mark: string; recognised: number; notRecognised: number }[] } }>(RESULTS, { roundId }, testUsers.inspector);
    expect(results.data!.roundResults).toEqual({
      advisedDossiers: 3,
      marks: [
        { mark: 'INNOVATIVE', recognised: 1, notRecognised: 1 },
        { mark: 'INNOVATIVE_REWORK', recognised: 1, notRecognised: 0 },
        { mark: 'FLEXIBLE', recognised: 0, notRecognised: 1 },
      ],
    });
    expect(code((await run(RESULTS, { roundId }, westUser)).errors)).toBe('FORBIDDEN');
  });

  it('resolves plans, dossiers, cases, criteria and history in batches, not per row', async () => {
    statements.length = 0;
    const result = await run<{ actionPlans: { nodes: Plan[] } }>(`query { actionPlans { nodes { ${PLAN} } } }`, {});
    expect(result.errors).toBeUndefined();
    expect(result.data!.actionPlans.nodes).toHaveLength(3);
    const selects = statements.filter((sql) => /^\s*select/i.test(sql));
    // plans, count, centres, rounds, dossiers, cases, criteria, history: one each, whatever the number of rows.
    expect(selects.length).toBeLessThanOrEqual(8);
  });
});
