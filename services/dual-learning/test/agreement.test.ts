import { createDualLearningSubgraph } from '../src/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { User } from '@werkplek/auth';
import { startTestSubgraph, testUsers, type TestSubgraph } from '@werkplek/test-kit';
import { agreementSchoolYear } from '../src/agreement/agreement.service.js';
import { exploratoryInternshipWindow, horecaStopDate, isDualByWorkplaceHours, suspendedOver60Days } from '../src/agreement/agreement-rules.js';
import { establishmentCap, parseEstablishmentCapRule } from '../src/partnership/establishment-cap-rule.js';
import { firstError, ids, routed, seedAgreementRoutingFixture } from './fixtures/agreement.js';

let subgraph: TestSubgraph;
const statements: string[] = [];
let clock = new Date('2026-03-02T09:00:00Z');

beforeAll(async () => {
  subgraph = await startTestSubgraph('dual-learning', (db) =>
    createDualLearningSubgraph({ ...db, seedWith: seedAgreementRoutingFixture, now: () => clock, onQuery: (sql) => statements.push(sql) }),
  );
});
afterAll(() => subgraph?.stop());

const FIELDS = 'id number type status dual startDate plannedEndDate actualEndDate terminationReason suspendedFrom schoolYear recognitionId';
const REGISTER = `mutation ($input: RegisterAgreementInput!) { registerAgreement(input: $input) { ${FIELDS} learner { name } mentor { name } workplace { name } training { name } } }`;
const TERMINATE = `mutation ($id: ID!, $reason: TerminationReason!, $endDate: LocalDate!) { terminateAgreementEarly(id: $id, reason: $reason, endDate: $endDate) { ${FIELDS} } }`;
const SUSPEND = `mutation ($id: ID!, $from: LocalDate!) { suspendAgreement(id: $id, from: $from) { ${FIELDS} } }`;
const END = `mutation ($id: ID!) { endAgreement(id: $id) { ${FIELDS} } }`;
const LIST = `query ($filter: AgreementFilter, $sort: AgreementSort, $page: PageInput) {
  agreements(filter: $filter, sort: $sort, page: $page) { totalCount pageInfo { hasNextPage endCursor } nodes { ${FIELDS} workplace { name } } }
}`;

type AgreementData = Record<string, unknown> & { id: string; status: string; schoolYear: string; dual: boolean };
let learnerCount = 0;
const input = (overrides: Record<string, unknown> = {}) => ({
  type: 'OAO',
  workplaceId: ids.workplace.hotel,
  trainingId: ids.training.hulpkok,
  mentorId: ids.mentor.hotel,
  learner: { name: `Leerling ${++learnerCount}`, trainingProvider: 'Campus Brugge' },
  startDate: '2025-09-15',
  plannedEndDate: '2026-06-30',
  ...overrides,
});

async function register(overrides: Record<string, unknown> = {}, as: User = testUsers.agencyStaff) {
  return subgraph.query<{ registerAgreement: AgreementData }>(REGISTER, { variables: { input: input(overrides) }, as });
}

let horecaAgreement: AgreementData;

describe('agreements: registration (BR-30, BR-31, BR-33, BR-36, caps §4.2)', () => {
  it('BR-30: the company registers its own agreement (no deadline, long after the start); other companies and roles may not', async () => {
    const own = await register({ startDate: '2025-09-15' }, testUsers.companyUser(ids.company.leiehotels));
    expect(own.errors).toBeUndefined();
    horecaAgreement = own.data!.registerAgreement;
    expect(horecaAgreement).toMatchObject({ status: 'RUNNING', type: 'OAO', schoolYear: '2025-2026', recognitionId: ids.recognition.hotel });
    expect(own.data!.registerAgreement).toMatchObject({ mentor: { name: 'An Hermans' }, workplace: { name: 'Hotel De Gans' }, training: { name: 'Hulpkok' } });

    const otherCompany = await register({ mentorId: ids.mentor.hotel2 }, testUsers.companyUser(ids.company.janssens));
    expect(firstError(otherCompany).code).toBe('FORBIDDEN');
    for (const user of [testUsers.schoolUser, testUsers.inspector, testUsers.partnershipStaff(ids.partnership.horeca), testUsers.centreUser(ids.company.lotte)]) {
      expect(firstError(await register({ mentorId: ids.mentor.hotel2 }, user)).code).toBe('FORBIDDEN');
    }
    expect(firstError(await subgraph.query(REGISTER, { variables: { input: input() } })).code).toBe('UNAUTHENTICATED');
  });

  it('BR-31: needs an ACTIVE recognition valid at the start date, except a transitional agreement', async () => {
    const withdrawn = await register({ trainingId: ids.training.keukenmedewerker, mentorId: ids.mentor.hotel2 });
    expect(firstError(withdrawn)).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(firstError(withdrawn).message).toMatch(/geen geldige erkenning/);
    const beforeValidity = await register({ mentorId: ids.mentor.hotel2, startDate: '2025-08-31' });
    expect(firstError(beforeValidity).message).toMatch(/geen geldige erkenning/);
    const transitional = await register({ type: 'TRANSITIONAL', trainingId: ids.training.keukenmedewerker, mentorId: null, startDate: '2016-09-01', plannedEndDate: '2017-06-30' });
    expect(transitional.errors).toBeUndefined();
    expect(transitional.data!.registerAgreement).toMatchObject({ type: 'TRANSITIONAL', recognitionId: null, schoolYear: '2016-2017' });
  });

  it('§4.2 learners per mentor: Horeca 1 per mentor over overlapping running agreements, with a Dutch message naming the cap', async () => {
    const second = await register({ mentorId: ids.mentor.hotel });
    expect(firstError(second).code).toBe('BAD_USER_INPUT');
    expect(firstError(second).message).toMatch(/Maximum 1 leerling\(en\) per mentor bereikt \(SP Horeca\)/);
    // Not overlapping: after the first agreement's planned end.
    const later = await register({ mentorId: ids.mentor.hotel, startDate: '2026-07-01', plannedEndDate: '2027-06-30' });
    expect(later.errors).toBeUndefined();
    // Another mentor of the same establishment: allowed (no establishment rule for Horeca).
    expect((await register({ mentorId: ids.mentor.hotel2 })).errors).toBeUndefined();
  });

  it('§4.2 learners per mentor per training (Transport: magazijnmedewerker 4, heftruck 2) and not fixed (Voeding)', async () => {
    for (let i = 0; i < 4; i += 1) {
      const ok = await register({ workplaceId: ids.workplace.magazijn, trainingId: ids.training.magazijnmedewerker, mentorId: ids.mentor.magazijn });
      expect(ok.errors).toBeUndefined();
    }
    const fifth = await register({ workplaceId: ids.workplace.magazijn, trainingId: ids.training.magazijnmedewerker, mentorId: ids.mentor.magazijn });
    expect(firstError(fifth).message).toMatch(/Maximum 4 leerling/);
    const heftruck = await register({ workplaceId: ids.workplace.magazijn, trainingId: ids.training.heftruck, mentorId: ids.mentor.magazijn });
    expect(firstError(heftruck).message).toMatch(/Maximum 2 leerling/);
    for (let i = 0; i < 5; i += 1) {
      const ok = await register({ workplaceId: ids.workplace.bakkerij, trainingId: ids.training.bakker, mentorId: ids.mentor.bakkerij });
      expect(ok.errors).toBeUndefined();
    }
  });

  it('§4.2 per establishment: Bouw < 5 workers → 1 learner, even with a second mentor; Auto 4-6 employees → 2', async () => {
    expect((await register({ workplaceId: ids.workplace.bouw, trainingId: ids.training.metselaar, mentorId: ids.mentor.bouw })).errors).toBeUndefined();
    const second = await register({ workplaceId: ids.workplace.bouw, trainingId: ids.training.metselaar, mentorId: ids.mentor.bouw2 });
    expect(firstError(second).message).toMatch(/Maximum 1 leerling\(en\) voor deze vestiging met 4 werknemers bereikt \(SP Bouw\)/);
    const garage = { workplaceId: ids.workplace.garage, trainingId: ids.training.autotechnicus, mentorId: ids.mentor.garage };
    expect((await register(garage)).errors).toBeUndefined();
    expect((await register(garage)).errors).toBeUndefined();
    expect(firstError(await register(garage)).message).toMatch(/Maximum 2 leerling\(en\) (per mentor|voor deze vestiging)/);
  });

  let unrecognised: string;
  it('§2.3 recognition mentor (deny): a mentor of the establishment not named on its recognition for the training is refused', async () => {
    const registered = await subgraph.query<{ registerMentor: { id: string } }>(
      'mutation ($input: RegisterMentorInput!) { registerMentor(input: $input) { id } }',
      { variables: { input: { workplaceId: ids.workplace.hotel, name: 'Chef Niet-Erkend', nationalRegisterNumber: '85.07.30-033.28', yearsOfExperience: 12 } }, as: testUsers.agencyStaff },
    );
    expect(registered.errors).toBeUndefined();
    unrecognised = registered.data!.registerMentor.id;
    // Deny: a mentor of this establishment, but not named on its recognition for Hulpkok.
    const denied = await register({ mentorId: unrecognised, startDate: '2029-09-01', plannedEndDate: '2030-06-30' }, testUsers.companyUser(ids.company.leiehotels));
    expect(firstError(denied).code).toBe('BAD_USER_INPUT');
    expect(firstError(denied).message).toMatch(/De mentor 'Chef Niet-Erkend' hoort niet bij de erkenning van deze vestiging voor de opleiding 'Hulpkok'/);
    expect(firstError(denied).message).toMatch(/een overeenkomst \(behalve een overgangsmaatregel\) vraagt een mentor van de erkenning \/ The mentor is not one of the mentors/);
  });

  it('§2.3 recognition mentor (allow): a mentor named on the recognition; any mentor of the establishment for TRANSITIONAL', async () => {
    // A transitional agreement needs no recognition (BR-31), so no recognised mentor either.
    const allowed = await register({ mentorId: ids.mentor.hotel2, startDate: '2029-09-01', plannedEndDate: '2030-06-30' });
    expect(allowed.errors).toBeUndefined();
    expect(allowed.data!.registerAgreement).toMatchObject({ recognitionId: ids.recognition.hotel, mentor: { name: 'Bart Hermans' } });
    const transitional = await register({ type: 'TRANSITIONAL', trainingId: ids.training.keukenmedewerker, mentorId: unrecognised, startDate: '2015-09-01', plannedEndDate: '2016-06-30' });
    expect(transitional.errors).toBeUndefined();
    expect(transitional.data!.registerAgreement).toMatchObject({ type: 'TRANSITIONAL', recognitionId: null, mentor: { name: 'Chef Niet-Erkend' } });
  });

  it('§4.2 establishment cap rules as data: bands and blocks (pure)', () => {
    const bands = parseEstablishmentCapRule({ kind: 'bands', bands: [{ upTo: 3, cap: 1 }, { upTo: 6, cap: 2 }, { upTo: 10, cap: 3 }, { upTo: 14, cap: 4 }, { upTo: null, cap: 5 }] });
    expect([0, 3, 4, 6, 7, 10, 11, 14, 15, 500].map((n) => establishmentCap(bands, n))).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
    const blocks = parseEstablishmentCapRule({ kind: 'blocks', under5: 1, from5to10: 2, perBlockOf10Above10: 1, absoluteMax: 15 });
    expect([1, 4, 5, 10, 11, 19, 20, 30, 1000].map((n) => establishmentCap(blocks, n))).toEqual([1, 1, 2, 2, 2, 2, 3, 4, 15]);
    expect(establishmentCap(null, 10)).toBeNull();
  });

  it('BR-33: the school year of the start runs 1 July – 30 June', () => {
    const at = (d: string) => agreementSchoolYear(new Date(`${d}T00:00:00Z`));
    expect([at('2017-07-01'), at('2018-06-30'), at('2018-07-01'), at('2017-06-30')]).toEqual(['2017-2018', '2017-2018', '2018-2019', '2016-2017']);
  });

  it('BR-36: dual means more than 14 hours a week at the workplace; bad input refused', async () => {
    expect([14, 15].map(isDualByWorkplaceHours)).toEqual([false, true]);
    const fourteen = await register({ type: 'TRANSITIONAL', trainingId: ids.training.keukenmedewerker, mentorId: null, weeklyWorkplaceHours: 14 });
    expect(fourteen.data!.registerAgreement.dual).toBe(false);
    const fifteen = await register({ type: 'TRANSITIONAL', trainingId: ids.training.keukenmedewerker, mentorId: null, weeklyWorkplaceHours: 15 });
    expect(fifteen.data!.registerAgreement.dual).toBe(true);
    const bad = await register({ weeklyWorkplaceHours: 0, workplaceId: 'not-a-uuid' });
    expect(firstError(bad).code).toBe('BAD_USER_INPUT');
    expect(firstError(bad).message).toMatch(/uren per week.*workplaceId|workplaceId.*uren per week/);
    const backwards = await register({ mentorId: ids.mentor.hotel2, startDate: '2026-01-10', plannedEndDate: '2026-01-01' });
    expect(firstError(backwards).message).toMatch(/voorziene einddatum moet na de startdatum/);
    const noMentor = await register({ mentorId: null });
    expect(firstError(noMentor).message).toMatch(/vraagt een mentor/);
  });
});

describe('agreements: lifecycle (BR-32, BR-34, end)', () => {
  it('BR-34: early termination needs one of the 13 coded reasons; a second step is an invalid transition', async () => {
    const agreement = (await register({ workplaceId: ids.workplace.wasserij, trainingId: ids.training.wasserij, mentorId: ids.mentor.wasserij })).data!.registerAgreement;
    const noReason = await subgraph.query(TERMINATE, { variables: { id: agreement.id, reason: 'BORED', endDate: '2026-02-01' }, as: testUsers.agencyStaff });
    expect(firstError(noReason).code).toBe('BAD_USER_INPUT');
    const outside = await subgraph.query(TERMINATE, { variables: { id: agreement.id, reason: 'COMPANY_BANKRUPT', endDate: '2026-07-01' }, as: testUsers.agencyStaff });
    expect(firstError(outside).message).toMatch(/tussen de startdatum en de voorziene einddatum/);
    const otherSp = await subgraph.query(TERMINATE, { variables: { id: agreement.id, reason: 'COMPANY_BANKRUPT', endDate: '2026-02-01' }, as: testUsers.partnershipStaff(ids.partnership.horeca) });
    expect(firstError(otherSp).code).toBe('FORBIDDEN');
    const ownSp = await subgraph.query<{ terminateAgreementEarly: AgreementData }>(TERMINATE, {
      variables: { id: agreement.id, reason: 'COMPANY_BANKRUPT', endDate: '2026-02-01' },
      as: testUsers.partnershipStaff(ids.partnership.textielverzorging),
    });
    expect(ownSp.errors).toBeUndefined();
    expect(ownSp.data!.terminateAgreementEarly).toMatchObject({ status: 'ENDED_EARLY', terminationReason: 'COMPANY_BANKRUPT', actualEndDate: '2026-02-01' });
    const again = await subgraph.query(TERMINATE, { variables: { id: agreement.id, reason: 'FORCE_MAJEURE', endDate: '2026-02-02' }, as: testUsers.agencyStaff });
    expect(firstError(again)).toMatchObject({ code: 'INVALID_STATE_TRANSITION' });
    expect(firstError(again).message).toMatch(/Vroegtijdig beëindigd/);
    const history = await subgraph.query<{ history: { step: string; fromStatus: string | null; toStatus: string; actorName: string }[] }>(
      `query ($id: ID!) { history(entityId: $id) { step fromStatus toStatus actorName } }`,
      { variables: { id: agreement.id }, as: testUsers.agencyStaff },
    );
    expect(history.data!.history.map((h) => `${h.step}:${h.fromStatus}->${h.toStatus}`)).toEqual(['register:null->RUNNING', 'terminateEarly:RUNNING->ENDED_EARLY']);
  });

  it('BR-32: SUSPENDED_OVER_60_DAYS only after more than 60 days of suspension', async () => {
    expect(suspendedOver60Days(new Date('2026-01-01T00:00:00Z'), new Date('2026-03-02T00:00:00Z'))).toBe(false);
    expect(suspendedOver60Days(new Date('2026-01-01T00:00:00Z'), new Date('2026-03-03T00:00:00Z'))).toBe(true);
    expect(suspendedOver60Days(null, new Date('2026-03-03T00:00:00Z'))).toBe(false);
    const company = testUsers.companyUser(ids.company.lotte);
    const agreement = (await register({ workplaceId: ids.workplace.kapsalon, trainingId: ids.training.kapper, mentorId: ids.mentor.kapsalon }, company)).data!.registerAgreement;
    const notSuspended = await subgraph.query(TERMINATE, { variables: { id: agreement.id, reason: 'SUSPENDED_OVER_60_DAYS', endDate: '2026-03-01' }, as: company });
    expect(firstError(notSuspended).message).toMatch(/na meer dan 60 dagen schorsing/);
    expect(firstError(await subgraph.query(SUSPEND, { variables: { id: agreement.id, from: '2026-01-01' }, as: testUsers.companyUser(ids.company.janssens) })).code).toBe('FORBIDDEN');
    const suspended = await subgraph.query<{ suspendAgreement: AgreementData }>(SUSPEND, { variables: { id: agreement.id, from: '2026-01-01' }, as: company });
    expect(suspended.data!.suspendAgreement).toMatchObject({ status: 'RUNNING', suspendedFrom: '2026-01-01' });
    expect(firstError(await subgraph.query(SUSPEND, { variables: { id: agreement.id, from: '2026-01-05' }, as: company })).code).toBe('INVALID_STATE_TRANSITION');
    const sixty = await subgraph.query(TERMINATE, { variables: { id: agreement.id, reason: 'SUSPENDED_OVER_60_DAYS', endDate: '2026-03-02' }, as: company });
    expect(firstError(sixty).message).toMatch(/nu 60 dagen/);
    const sixtyOne = await subgraph.query<{ terminateAgreementEarly: AgreementData }>(TERMINATE, {
      variables: { id: agreement.id, reason: 'SUSPENDED_OVER_60_DAYS', endDate: '2026-03-03' },
      as: company,
    });
    expect(sixtyOne.data!.terminateAgreementEarly).toMatchObject({ status: 'ENDED_EARLY', terminationReason: 'SUSPENDED_OVER_60_DAYS' });
  });

  it('end: only once the planned end date is reached (Afgelopen); not twice; not by inspectors', async () => {
    const early = await subgraph.query(END, { variables: { id: horecaAgreement.id }, as: testUsers.agencyStaff });
    expect(firstError(early)).toMatchObject({ code: 'INVALID_STATE_TRANSITION' });
    expect(firstError(early).message).toMatch(/nog niet bereikt/);
    clock = new Date('2026-06-30T10:00:00Z');
    expect(firstError(await subgraph.query(END, { variables: { id: horecaAgreement.id }, as: testUsers.inspector })).code).toBe('FORBIDDEN');
    const ended = await subgraph.query<{ endAgreement: AgreementData }>(END, { variables: { id: horecaAgreement.id }, as: testUsers.companyUser(ids.company.leiehotels) });
    expect(ended.data!.endAgreement).toMatchObject({ status: 'ENDED', actualEndDate: '2026-06-30' });
    const twice = await subgraph.query(END, { variables: { id: horecaAgreement.id }, as: testUsers.agencyStaff });
    expect(firstError(twice).message).toMatch(/Afgelopen/);
    clock = new Date('2026-03-02T09:00:00Z');
  });

  it('BR-35: Horeca stops contracts of non-compliant mentors on 31 August or 31 January', () => {
    const stop = (d: string) => horecaStopDate(new Date(`${d}T00:00:00Z`)).toISOString().slice(0, 10);
    expect([stop('2026-03-02'), stop('2026-08-31'), stop('2026-09-01'), stop('2027-01-31'), stop('2026-01-15')]).toEqual([
      '2026-08-31', '2026-08-31', '2027-01-31', '2027-01-31', '2026-01-31',
    ]);
  });
});

describe('agreements: queries', () => {
  it('filters by partnership (via the workplace), type, status, school year and start period; paginates', async () => {
    const all = await subgraph.query<{ agreements: { totalCount: number; nodes: AgreementData[] } }>(LIST, { variables: {}, as: testUsers.inspector });
    expect(all.errors).toBeUndefined();
    const horeca = await subgraph.query<{ agreements: { totalCount: number; nodes: (AgreementData & { workplace: { name: string } })[] } }>(LIST, {
      variables: { filter: { partnershipId: ids.partnership.horeca } },
      as: testUsers.agencyStaff,
    });
    expect(horeca.data!.agreements.nodes.every((a) => a.workplace.name === 'Hotel De Gans')).toBe(true);
    expect(horeca.data!.agreements.totalCount).toBeGreaterThanOrEqual(5);
    const transitional = await subgraph.query<{ agreements: { totalCount: number; nodes: AgreementData[] } }>(LIST, {
      variables: { filter: { type: 'TRANSITIONAL', schoolYear: '2016-2017' } },
      as: testUsers.agencyStaff,
    });
    expect(transitional.data!.agreements.totalCount).toBe(1);
    const ended = await subgraph.query<{ agreements: { totalCount: number } }>(LIST, { variables: { filter: { status: 'ENDED_EARLY' } }, as: testUsers.agencyStaff });
    expect(ended.data!.agreements.totalCount).toBe(2);
    const period = await subgraph.query<{ agreements: { nodes: AgreementData[] } }>(LIST, {
      variables: { filter: { startFrom: '2026-07-01', startTo: '2026-07-31' } },
      as: testUsers.agencyStaff,
    });
    expect(period.data!.agreements.nodes.map((a) => a.startDate)).toEqual(['2026-07-01']);
    const page1 = await subgraph.query<{ agreements: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: AgreementData[] } }>(LIST, {
      variables: { sort: 'NUMBER_ASC', page: { first: 3 } },
      as: testUsers.agencyStaff,
    });
    expect(page1.data!.agreements.pageInfo.hasNextPage).toBe(true);
    const page2 = await subgraph.query<{ agreements: { nodes: AgreementData[] } }>(LIST, {
      variables: { sort: 'NUMBER_ASC', page: { first: 3, after: page1.data!.agreements.pageInfo.endCursor } },
      as: testUsers.agencyStaff,
    });
    expect((page2.data!.agreements.nodes[0]!.number as number) > (page1.data!.agreements.nodes[2]!.number as number)).toBe(true);
    const unknown = await subgraph.query<{ agreements: { totalCount: number } }>(LIST, { variables: { filter: { partnershipId: '00000000-0000-4000-8000-999999999999' } }, as: testUsers.agencyStaff });
    expect(unknown.data!.agreements.totalCount).toBe(0);
    const badYear = await subgraph.query(LIST, { variables: { filter: { schoolYear: '2017-2019' } }, as: testUsers.agencyStaff });
    expect(firstError(badYear).code).toBe('BAD_USER_INPUT');
  });

  it('partnership staff see only their partnership, companies only their own; schools and centres nothing', async () => {
    const own = await subgraph.query<{ agreements: { nodes: (AgreementData & { workplace: { name: string } })[] } }>(LIST, { variables: {}, as: testUsers.partnershipStaff(ids.partnership.bouw) });
    expect(own.data!.agreements.nodes.map((a) => a.workplace.name)).toEqual(['Bouwbedrijf Claes']);
    const other = await subgraph.query(LIST, { variables: { filter: { partnershipId: ids.partnership.horeca } }, as: testUsers.partnershipStaff(ids.partnership.bouw) });
    expect(firstError(other).code).toBe('FORBIDDEN');
    const company = await subgraph.query<{ agreements: { nodes: (AgreementData & { workplace: { name: string } })[] } }>(LIST, { variables: {}, as: testUsers.companyUser(ids.company.peeters) });
    expect(new Set(company.data!.agreements.nodes.map((a) => a.workplace.name))).toEqual(new Set(['Garage Maes']));
    const single = await subgraph.query(`query ($id: ID!) { agreement(id: $id) { id } }`, { variables: { id: horecaAgreement.id }, as: testUsers.companyUser(ids.company.peeters) });
    expect(firstError(single).code).toBe('FORBIDDEN');
    for (const user of [testUsers.schoolUser, testUsers.centreUser(ids.company.lotte)]) {
      expect(firstError(await subgraph.query(LIST, { variables: {}, as: user })).code).toBe('FORBIDDEN');
    }
  });

  it('nested fields resolve through DataLoaders: the same number of statements for 2 or 12 agreements', async () => {
    const NESTED = `query ($page: PageInput) { agreements(sort: NUMBER_ASC, page: $page) { nodes { id workplace { name } training { name } learner { name } mentor { name } } } }`;
    const count = async (first: number) => {
      statements.length = 0;
      const result = await subgraph.query<{ agreements: { nodes: unknown[] } }>(NESTED, { variables: { page: { first } }, as: testUsers.agencyStaff });
      expect(result.data!.agreements.nodes).toHaveLength(first);
      return statements.filter((sql) => /^\s*select/i.test(sql)).length;
    };
    const few = await count(2);
    expect(few).toBeGreaterThan(0);
    expect(await count(12)).toBe(few);
  });

  it('BR-37: the one-week exploratory internship falls in the school year before the start', () => {
    const window = exploratoryInternshipWindow(new Date('2018-09-01T00:00:00Z'));
    expect([window.from.toISOString().slice(0, 10), window.to.toISOString().slice(0, 10), window.maxWorkingDays]).toEqual(['2017-07-01', '2018-06-30', 5]);
  });

  it('federation: Agreement entities resolve by id, with the same ownership as the agreement query', async () => {
    const other = await subgraph.query(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Agreement { id } } }`,
      { variables: { r: [{ __typename: 'Agreement', id: horecaAgreement.id }] }, as: testUsers.companyUser(ids.company.peeters) },
    );
    expect(firstError(other).code).toBe('FORBIDDEN');
    const result = await subgraph.query<{ _entities: { id: string; status: string }[] }>(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Agreement { id status } } }`,
      { variables: { r: [{ __typename: 'Agreement', id: horecaAgreement.id }] }, as: testUsers.agencyStaff },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities).toEqual([{ id: horecaAgreement.id, status: 'ENDED' }]);
  });
});

describe('agreements: a withdrawn recognition (§3.6, §3.9, reason 13)', () => {
  it('ends the running agreements of a withdrawn recognition early with reason RECOGNITION_WITHDRAWN, with history', async () => {
    const running = (await register({ workplaceId: ids.workplace.bakkerij, trainingId: ids.training.bakker, mentorId: ids.mentor.bakkerij }))
      .data!.registerAgreement;
    expect(running.status).toBe('RUNNING');
    const withdrawn = await subgraph.query(
      'mutation ($input: WithdrawRecognitionInput!) { withdrawRecognition(input: $input) { status } }',
      { variables: { input: { recognitionId: ids.recognition.bakkerij, reason: 'Onderneming niet langer geïnteresseerd' } }, as: testUsers.agencyStaff },
    );
    expect(withdrawn.errors).toBeUndefined();
    const after = await subgraph.query<{ agreement: AgreementData }>(`query ($id: ID!) { agreement(id: $id) { ${FIELDS} } }`, {
      variables: { id: running.id },
      as: testUsers.agencyStaff,
    });
    expect(after.data?.agreement).toMatchObject({
      status: 'ENDED_EARLY',
      terminationReason: 'RECOGNITION_WITHDRAWN',
      actualEndDate: clock.toISOString().slice(0, 10),
    });
    const history = await subgraph.query<{ history: { step: string; toStatus: string }[] }>(
      'query ($id: ID!) { history(entityId: $id) { step toStatus } }',
      { variables: { id: running.id }, as: testUsers.inspector },
    );
    expect(history.data?.history.at(-1)).toEqual({ step: 'terminateEarly', toStatus: 'ENDED_EARLY' });
  });
});

// Last in the file: these add running agreements the query tests above do not expect.
describe('agreements: caps under concurrent registration (§4.2)', () => {
  const both = async (first: Record<string, unknown>, second: Record<string, unknown>) => {
    const results = await Promise.all([register(first), register(second)]);
    const succeeded = results.filter((result) => !result.errors);
    const refused = results.filter((result) => result.errors);
    return { succeeded, refused };
  };

  it('§4.2 concurrency: two simultaneous registrations for the last place at an establishment, exactly one succeeds', async () => {
    // Bouw: < 5 workers → 1 learner; the period is free, two different mentors race for it.
    const period = { workplaceId: ids.workplace.bouw, trainingId: ids.training.metselaar, startDate: '2027-09-01', plannedEndDate: '2028-06-30' };
    const { succeeded, refused } = await both({ ...period, mentorId: ids.mentor.bouw }, { ...period, mentorId: ids.mentor.bouw2 });
    expect(succeeded).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect(firstError(refused[0]!)).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(firstError(refused[0]!).message).toMatch(/Maximum 1 leerling\(en\) voor deze vestiging met 4 werknemers bereikt \(SP Bouw\)/);
    const list = await subgraph.query<{ agreements: { nodes: AgreementData[] } }>(LIST, {
      variables: { filter: { workplaceId: ids.workplace.bouw, status: 'RUNNING', startFrom: '2027-09-01', startTo: '2027-09-01' } },
      as: testUsers.agencyStaff,
    });
    expect(list.data!.agreements.nodes).toHaveLength(1);
  });

  it('§4.2 concurrency: two simultaneous registrations for the last place with a mentor, exactly one succeeds', async () => {
    // Horeca: 1 learner per mentor; the period is free for the Hotel's first mentor.
    const period = { mentorId: ids.mentor.hotel, startDate: '2028-09-01', plannedEndDate: '2029-06-30' };
    const { succeeded, refused } = await both(period, period);
    expect(succeeded).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect(firstError(refused[0]!).message).toMatch(/Maximum 1 leerling\(en\) per mentor bereikt \(SP Horeca\)/);
  });
});

// Last in the file: these add agreements the query tests above do not expect.
describe('agreements: partnership scope from the routed recognition (BR-06)', () => {
  const GET = `query ($id: ID!) { agreement(id: $id) { id } }`;
  const horeca = testUsers.partnershipStaff(ids.partnership.horeca);
  const bouw = testUsers.partnershipStaff(ids.partnership.bouw);

  it('BR-06 scope (allow/deny): staff of the partnership the recognition was routed to read, list and terminate; staff of the workplace label not', async () => {
    const registered = await register({ workplaceId: routed.workplace, mentorId: routed.mentor, startDate: '2026-01-05', plannedEndDate: '2026-06-30' });
    expect(registered.errors).toBeUndefined();
    const agreement = registered.data!.registerAgreement;
    expect(agreement.recognitionId).toBe(routed.recognition);
    // Deny: the label names SP Bouw, but the recognition was routed to SP Horeca.
    expect(firstError(await subgraph.query(GET, { variables: { id: agreement.id }, as: bouw })).code).toBe('FORBIDDEN');
    const bouwList = await subgraph.query<{ agreements: { nodes: AgreementData[] } }>(LIST, { variables: {}, as: bouw });
    expect(bouwList.data!.agreements.nodes.map((a) => a.id)).not.toContain(agreement.id);
    const bouwTerminate = await subgraph.query(TERMINATE, { variables: { id: agreement.id, reason: 'COMPANY_BANKRUPT', endDate: '2026-02-01' }, as: bouw });
    expect(firstError(bouwTerminate).code).toBe('FORBIDDEN');
    // Allow: SP Horeca, the routed partnership.
    const read = await subgraph.query(GET, { variables: { id: agreement.id }, as: horeca });
    expect(read.errors).toBeUndefined();
    const horecaList = await subgraph.query<{ agreements: { nodes: AgreementData[] } }>(LIST, { variables: {}, as: horeca });
    expect(horecaList.data!.agreements.nodes.map((a) => a.id)).toContain(agreement.id);
    const filtered = await subgraph.query<{ agreements: { nodes: AgreementData[] } }>(LIST, { variables: { filter: { partnershipId: ids.partnership.bouw } }, as: testUsers.agencyStaff });
    expect(filtered.data!.agreements.nodes.map((a) => a.id)).not.toContain(agreement.id);
    const terminated = await subgraph.query<{ terminateAgreementEarly: AgreementData }>(TERMINATE, {
      variables: { id: agreement.id, reason: 'COMPANY_BANKRUPT', endDate: '2026-02-01' },
      as: horeca,
    });
    expect(terminated.errors).toBeUndefined();
    expect(terminated.data!.terminateAgreementEarly.status).toBe('ENDED_EARLY');
  });

  it('BR-06 scope, TRANSITIONAL (no recognition): falls back to the workplace label (SP Bouw allowed, SP Horeca denied)', async () => {
    const registered = await register({ type: 'TRANSITIONAL', workplaceId: routed.workplace, trainingId: ids.training.keukenmedewerker, mentorId: null, startDate: '2016-09-01', plannedEndDate: '2017-06-30' });
    expect(registered.errors).toBeUndefined();
    const agreement = registered.data!.registerAgreement;
    expect((await subgraph.query(GET, { variables: { id: agreement.id }, as: bouw })).errors).toBeUndefined();
    expect(firstError(await subgraph.query(GET, { variables: { id: agreement.id }, as: horeca })).code).toBe('FORBIDDEN');
    const bouwList = await subgraph.query<{ agreements: { nodes: AgreementData[] } }>(LIST, { variables: {}, as: bouw });
    expect(bouwList.data!.agreements.nodes.map((a) => a.id)).toContain(agreement.id);
  });

  it('suspend (lost update): two simultaneous suspensions of one agreement, exactly one is written', async () => {
    const agreement = (await register({ workplaceId: ids.workplace.wasserij, trainingId: ids.training.wasserij, mentorId: ids.mentor.wasserij, startDate: '2029-09-01', plannedEndDate: '2030-06-30' })).data!.registerAgreement;
    const results = await Promise.all(
      ['2029-10-01', '2029-11-01'].map((from) => subgraph.query<{ suspendAgreement: AgreementData }>(SUSPEND, { variables: { id: agreement.id, from }, as: testUsers.agencyStaff })),
    );
    const succeeded = results.filter((result) => !result.errors);
    const refused = results.filter((result) => result.errors);
    expect(succeeded).toHaveLength(1);
    expect(refused).toHaveLength(1);
    // Queued behind the first (PGlite) it finds the agreement suspended; overlapping it (PostgreSQL) its write matches no row.
    expect(firstError(refused[0]!).code).toMatch(/^(INVALID_STATE_TRANSITION|CONFLICT)$/);
    const stored = await subgraph.query<{ agreement: AgreementData }>(`query ($id: ID!) { agreement(id: $id) { ${FIELDS} } }`, { variables: { id: agreement.id }, as: testUsers.agencyStaff });
    expect(stored.data!.agreement.suspendedFrom).toBe(succeeded[0]!.data!.suspendAgreement.suspendedFrom);
    const history = await subgraph.query<{ history: { step: string }[] }>('query ($id: ID!) { history(entityId: $id) { step } }', { variables: { id: agreement.id }, as: testUsers.agencyStaff });
    expect(history.data!.history.filter((h) => h.step === 'suspend')).toHaveLength(1);
  });
});
