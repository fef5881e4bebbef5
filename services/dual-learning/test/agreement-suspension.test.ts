import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { User } from '@werkplek/auth';
import { startTestSubgraph, testUsers, type TestSubgraph } from '@werkplek/test-kit';
import { Prisma } from '../src/generated/prisma/client.js';
import { createDualLearningSubgraph } from '../src/index.js';
import { firstError, ids, seedAgreementFixture, uuid } from './fixtures/agreement.js';

// Issue #6: Agreement.allowedSteps, endAgreementSuspension (BR-32), Company.workplaces and Workplace.recognitions.
let subgraph: TestSubgraph;
const statements: string[] = [];
let clock = new Date('2026-03-02T09:00:00Z');
const at = (day: string) => {
  clock = new Date(`${day}T09:00:00Z`);
};
const secondHotel = uuid(391);

beforeAll(async () => {
  subgraph = await startTestSubgraph('dual-learning', (db) =>
    createDualLearningSubgraph({
      ...db,
      now: () => clock,
      onQuery: (sql) => statements.push(sql),
      seedWith: async (prisma) => {
        await seedAgreementFixture(prisma);
        // The caps (§4.2) are not what these tests are about: Horeca's are lifted so each test registers its own agreements.
        await prisma.partnership.update({ where: { id: ids.partnership.horeca }, data: { learnersPerMentor: null, establishmentCapRule: Prisma.DbNull } });
        // A second establishment of Leiehotels BV, without recognitions (alphabetically before Hotel De Gans).
        await prisma.workplace.create({
          data: {
            id: secondHotel, establishmentNumber: '2990000091', name: 'Hotel Aan de Leie', companyId: ids.company.leiehotels,
            companyName: 'Leiehotels BV', enterpriseNumber: '0400000000', street: 'Leieoever 2', postalCode: '9000',
            municipality: 'Gent', province: 'OOST_VLAANDEREN', sectoralPartnership: 'SP Horeca',
          },
        });
      },
    }),
  );
});
afterAll(() => subgraph?.stop());

const staff = testUsers.agencyStaff;
const hotelUser = testUsers.companyUser(ids.company.leiehotels);
const janssensUser = testUsers.companyUser(ids.company.janssens);
const horecaStaff = testUsers.partnershipStaff(ids.partnership.horeca);
const bouwStaff = testUsers.partnershipStaff(ids.partnership.bouw);

const FIELDS = 'id status suspendedFrom suspendedOver60Days allowedSteps';
const REGISTER = `mutation ($input: RegisterAgreementInput!) { registerAgreement(input: $input) { ${FIELDS} } }`;
const SUSPEND = `mutation ($id: ID!, $from: LocalDate!) { suspendAgreement(id: $id, from: $from) { ${FIELDS} } }`;
const RESUME = `mutation ($input: EndAgreementSuspensionInput!) { endAgreementSuspension(input: $input) { ${FIELDS} } }`;
const TERMINATE = `mutation ($id: ID!, $endDate: LocalDate!) { terminateAgreementEarly(id: $id, reason: SUSPENDED_OVER_60_DAYS, endDate: $endDate) { ${FIELDS} } }`;
const GET = `query ($id: ID!) { agreement(id: $id) { ${FIELDS} } }`;
const HISTORY = `query ($id: ID!) { history(entityId: $id) { step note } }`;

type AgreementData = { id: string; status: string; suspendedFrom: string | null; suspendedOver60Days: boolean; allowedSteps: string[] };
let learners = 0;

async function run<T = Record<string, AgreementData>>(query: string, variables: Record<string, unknown>, as: User = staff) {
  return subgraph.query<T>(query, { variables, as });
}
async function ok(query: string, variables: Record<string, unknown>, as: User = staff): Promise<AgreementData> {
  clock = new Date(clock.getTime() + 1000);
  const result = await run(query, variables, as);
  expect(result.errors).toBeUndefined();
  return Object.values(result.data!)[0]!;
}
const register = () =>
  ok(REGISTER, {
    input: {
      type: 'OAO', workplaceId: ids.workplace.hotel, trainingId: ids.training.hulpkok, mentorId: ids.mentor.hotel2,
      learner: { name: `Leerling ${++learners}`, trainingProvider: 'Campus Brugge' }, startDate: '2025-09-15', plannedEndDate: '2026-06-30',
    },
  }, hotelUser);
const stepsOf = async (id: string, as: User) => (await ok(GET, { id }, as)).allowedSteps;

describe('Agreement.allowedSteps', () => {
  it('per role and relation: the company and the agency suspend and terminate, the partnership only terminates', async () => {
    at('2026-03-02');
    const agreement = await register();
    expect(agreement.allowedSteps).toEqual(['terminateEarly', 'suspend']);
    expect(await stepsOf(agreement.id, staff)).toEqual(['terminateEarly', 'suspend']);
    expect(await stepsOf(agreement.id, horecaStaff)).toEqual(['terminateEarly']);
    expect(await stepsOf(agreement.id, testUsers.inspector)).toEqual([]);
    for (const other of [janssensUser, bouwStaff]) expect(firstError(await run(GET, { id: agreement.id }, other)).code).toBe('FORBIDDEN');

    const suspended = await ok(SUSPEND, { id: agreement.id, from: '2026-02-01' }, hotelUser);
    expect(suspended.allowedSteps).toEqual(['terminateEarly', 'endSuspension']);
    at('2026-07-01'); // the planned end (30/06) reached: now it can be closed
    expect(await stepsOf(agreement.id, hotelUser)).toEqual(['end', 'terminateEarly', 'endSuspension']);
    expect(await stepsOf(agreement.id, horecaStaff)).toEqual(['terminateEarly']);
  });
});

describe('endAgreementSuspension (BR-32)', () => {
  it('resumes a suspension: the agreement keeps running, the history names the days; suspend is offered again', async () => {
    at('2026-03-02');
    const agreement = await register();
    const suspended = await ok(SUSPEND, { id: agreement.id, from: '2026-02-10' }, hotelUser);
    expect(suspended).toMatchObject({ suspendedFrom: '2026-02-10', suspendedOver60Days: false });
    const resumed = await ok(RESUME, { input: { agreementId: agreement.id, resumedOn: '2026-03-01' } }, hotelUser);
    expect(resumed).toMatchObject({ status: 'RUNNING', suspendedFrom: null, allowedSteps: ['terminateEarly', 'suspend'] });
    const history = (await run<{ history: { step: string; note: string }[] }>(HISTORY, { id: agreement.id })).data!.history;
    expect(history.at(-1)).toEqual({ step: 'endSuspension', note: 'schorsing sinds 2026-02-10 beëindigd, hervat op 2026-03-01 (19 dagen)' });
    // Once resumed, BR-32's reason is gone: the agreement is no longer suspended.
    expect(firstError(await run(TERMINATE, { id: agreement.id, endDate: '2026-03-02' })).code).toBe('BAD_USER_INPUT');
    expect(firstError(await run(RESUME, { input: { agreementId: agreement.id, resumedOn: '2026-03-02' } })).code).toBe('INVALID_STATE_TRANSITION');
  });

  it('after more than 60 days: flagged on the agreement, may end it (reason 12), or is resumed with a note', async () => {
    at('2026-03-02');
    const first = await register();
    await ok(SUSPEND, { id: first.id, from: '2025-12-01' }, hotelUser);
    expect(await ok(GET, { id: first.id })).toMatchObject({ suspendedOver60Days: true });
    const ended = await ok(TERMINATE, { id: first.id, endDate: '2026-03-02' });
    expect(ended).toMatchObject({ status: 'ENDED_EARLY', suspendedOver60Days: false, allowedSteps: [] });
    expect(firstError(await run(RESUME, { input: { agreementId: first.id, resumedOn: '2026-03-02' } })).code).toBe('INVALID_STATE_TRANSITION');

    const second = await register();
    await ok(SUSPEND, { id: second.id, from: '2025-12-01' }, hotelUser);
    await ok(RESUME, { input: { agreementId: second.id, resumedOn: '2026-02-15' } }, staff);
    const history = (await run<{ history: { step: string; note: string }[] }>(HISTORY, { id: second.id })).data!.history;
    expect(history.at(-1)!.note).toBe('schorsing sinds 2025-12-01 beëindigd, hervat op 2026-02-15 (76 dagen); langer dan 60 dagen geschorst (BR-32), toch voortgezet');
  });

  it('refuses bad dates, other companies, partnership staff and readers', async () => {
    at('2026-03-02');
    const agreement = await register();
    await ok(SUSPEND, { id: agreement.id, from: '2026-02-10' }, hotelUser);
    const resume = (resumedOn: string, as: User = hotelUser, agreementId = agreement.id) => run(RESUME, { input: { agreementId, resumedOn } }, as);
    const fieldOf = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => result.errors?.[0]?.extensions;
    expect(fieldOf(await resume('2026-02-09'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'resumedOn' });
    expect(fieldOf(await resume('2026-03-03'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'resumedOn' });
    expect(firstError(await resume('2026-03-03')).message).toMatch(/^De hervatting ligt in de toekomst/);
    expect(firstError(await resume('2026-03-01', janssensUser)).code).toBe('FORBIDDEN');
    for (const user of [horecaStaff, testUsers.inspector, testUsers.schoolUser]) expect(firstError(await resume('2026-03-01', user)).code).toBe('FORBIDDEN');
    expect(firstError(await resume('2026-03-01', staff, uuid(999))).code).toBe('NOT_FOUND');
    expect(firstError(await resume('2026-03-01', staff, 'geen-id')).code).toBe('BAD_USER_INPUT');
    expect((await ok(GET, { id: agreement.id })).suspendedFrom).toBe('2026-02-10');
  });
});

const COMPANIES = `{ companies(page: { first: 50 }) { nodes { id name workplaces { id name recognitions { id status training { name } } } } } }`;
type Companies = { companies: { nodes: { id: string; workplaces: { id: string; name: string; recognitions: { id: string; status: string }[] }[] }[] } };

describe('Company.workplaces and Workplace.recognitions', () => {
  it("lists a company's establishments by name with their recognitions, one query each for the whole page", async () => {
    statements.length = 0;
    const result = await run<Companies>(COMPANIES, {});
    expect(result.errors).toBeUndefined();
    expect(statements.filter((sql) => /FROM "public"\."workplace"/i.test(sql))).toHaveLength(1);
    expect(statements.filter((sql) => /FROM "public"\."recognition"/i.test(sql))).toHaveLength(1);
    const leie = result.data!.companies.nodes.find((company) => company.id === ids.company.leiehotels)!;
    expect(leie.workplaces.map((workplace) => workplace.name)).toEqual(['Hotel Aan de Leie', 'Hotel De Gans']);
    expect(leie.workplaces[0]!.recognitions).toEqual([]);
    expect(leie.workplaces[1]!.recognitions.map((recognition) => recognition.id).sort()).toEqual([ids.recognition.hotel, ids.recognition.hotelWithdrawn].sort());
  });

  it('the company user sees only their own company; partnership staff only their own partnership\'s recognitions', async () => {
    const COMPANY = `query ($id: ID!) { company(id: $id) { workplaces { name recognitions { id } } } }`;
    const own = await run<{ company: { workplaces: { name: string }[] } }>(COMPANY, { id: ids.company.leiehotels }, hotelUser);
    expect(own.data!.company.workplaces).toHaveLength(2);
    expect(firstError(await run(COMPANY, { id: ids.company.leiehotels }, janssensUser)).code).toBe('FORBIDDEN');
    const bouw = await run<{ company: { workplaces: { recognitions: { id: string }[] }[] } }>(COMPANY, { id: ids.company.janssens }, horecaStaff);
    expect(bouw.data!.company.workplaces[0]!.recognitions).toEqual([]);
    const bouwOwn = await run<{ company: { workplaces: { recognitions: { id: string }[] }[] } }>(COMPANY, { id: ids.company.janssens }, bouwStaff);
    expect(bouwOwn.data!.company.workplaces[0]!.recognitions).toEqual([{ id: ids.recognition.bouw }]);
  });
});
