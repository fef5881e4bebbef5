import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoReferences } from '@werkplek/config';
import { startTestSubgraph, testUsers, type TestSubgraph } from '@werkplek/test-kit';
import type { User } from '@werkplek/auth';
import type { PrismaClient } from '../src/generated/prisma/client.js';
import { createTrainingSubgraph } from '../src/index.js';
import { seedTrainingCentres } from '../src/seed.js';

const WEST = demoReferences.trainingCentres['syntra-west'];
const LIMBURG = demoReferences.trainingCentres['syntra-limburg'];
const SECTOR = '5e000000-0000-4000-8000-000000000002';
const LEARNER = '1e000000-0000-4000-8000-000000000101';
const NOT_PASSED = '1e000000-0000-4000-8000-000000000102';
const CORRECTED = '1e000000-0000-4000-8000-000000000103';
/** Fifteen learners who passed the entrepreneurship track, one certificate of a type each. */
const GRADUATES = Array.from({ length: 15 }, (_, i) => `1e000000-0000-4000-8000-0000000002${String(i).padStart(2, '0')}`);
const TRACK = {
  entrepreneurship: '7a000000-0000-4000-8000-000000000101', // West
  apprenticeship: '7a000000-0000-4000-8000-000000000102', // West, leertijd
  dual: '7a000000-0000-4000-8000-000000000103', // West
  dualLimburg: '7a000000-0000-4000-8000-000000000104',
};

const clock = new Date('2019-10-01T10:00:00Z');
const statements: string[] = [];
let subgraph: TestSubgraph;

async function seedCertificateFixture(prisma: PrismaClient) {
  await prisma.sector.create({ data: { id: SECTOR, code: 'HORECA', name: 'Horeca' } });
  const track = (id: string, code: string, name: string, type: 'ENTREPRENEURSHIP' | 'APPRENTICESHIP' | 'DUAL', centreId: string) =>
    prisma.track.create({ data: { id, code, name, type, sectorId: SECTOR, centreId, components: ['PROFESSIONAL_KNOWLEDGE'], durationMonths: 24 } });
  await track(TRACK.entrepreneurship, 'OT-RESTAURANTHOUDER', 'Restauranthouder', 'ENTREPRENEURSHIP', WEST);
  await track(TRACK.apprenticeship, 'LT-KOK', 'Kok (leertijd)', 'APPRENTICESHIP', WEST);
  await track(TRACK.dual, 'DU-KEUKEN', 'Medewerker keuken (duaal)', 'DUAL', WEST);
  await track(TRACK.dualLimburg, 'DU-ZAAL', 'Medewerker zaal (duaal)', 'DUAL', LIMBURG);
  await prisma.learner.create({ data: { id: LEARNER, name: 'Nele Vermeulen' } });
  // §2.5: a certificate attests a passed track: Nele completed the three West tracks with PASSED.
  for (const trackId of [TRACK.entrepreneurship, TRACK.apprenticeship, TRACK.dual]) {
    await prisma.enrolment.create({
      data: {
        learnerId: LEARNER, trackId, centreId: WEST, component: 'PROFESSIONAL_KNOWLEDGE', courseYear: 2017,
        enrolledOn: new Date('2017-09-01'), status: 'COMPLETED', result: 'PASSED',
      },
    });
  }
  // Lien passed the dual track: the duplicate and correction rules are tried on her alone.
  await prisma.learner.create({ data: { id: CORRECTED, name: 'Lien Claes' } });
  await prisma.enrolment.create({
    data: {
      learnerId: CORRECTED, trackId: TRACK.dual, centreId: WEST, component: 'PROFESSIONAL_KNOWLEDGE', courseYear: 2018,
      enrolledOn: new Date('2018-09-01'), status: 'COMPLETED', result: 'PASSED',
    },
  });
  for (const [i, id] of GRADUATES.entries()) {
    await prisma.learner.create({ data: { id, name: `Afgestudeerde ${i + 1}` } });
    await prisma.enrolment.create({
      data: {
        learnerId: id, trackId: TRACK.entrepreneurship, centreId: WEST, component: 'PROFESSIONAL_KNOWLEDGE', courseYear: 2017,
        enrolledOn: new Date('2017-09-01'), status: 'COMPLETED', result: 'PASSED',
      },
    });
  }
  // Jonas: failed the entrepreneurship track, still enrolled in the dual track, never enrolled in leertijd.
  await prisma.learner.create({ data: { id: NOT_PASSED, name: 'Jonas Peeters' } });
  await prisma.enrolment.create({
    data: {
      learnerId: NOT_PASSED, trackId: TRACK.entrepreneurship, centreId: WEST, component: 'PROFESSIONAL_KNOWLEDGE', courseYear: 2017,
      enrolledOn: new Date('2017-09-01'), status: 'COMPLETED', result: 'FAILED',
    },
  });
  await prisma.enrolment.create({
    data: {
      learnerId: NOT_PASSED, trackId: TRACK.dual, centreId: WEST, component: 'PROFESSIONAL_KNOWLEDGE', courseYear: 2018,
      enrolledOn: new Date('2018-09-01'), status: 'ENROLLED',
    },
  });
}

beforeAll(async () => {
  subgraph = await startTestSubgraph('training', (db) =>
    createTrainingSubgraph({
      ...db,
      seedWith: async (prisma) => {
        await seedTrainingCentres(prisma);
        await seedCertificateFixture(prisma);
      },
      now: () => clock,
      onQuery: (sql) => statements.push(sql),
    }),
  );
});
afterAll(() => subgraph?.stop());

type Errors = { message: string; extensions?: { code?: string } }[] | undefined;
const code = (errors: Errors) => errors?.[0]?.extensions?.code;

async function q<T = Record<string, any>>(document: string, variables: Record<string, unknown>, as?: User) {
  return (await subgraph.query<T>(document, { variables, ...(as ? { as } : {}) })) as { data?: T; errors?: Errors };
}

const ISSUE = `mutation ($input: IssueCertificateInput!) {
  issueCertificate(input: $input) { id number type examYear issuedOn issuer centreId valid trackName history { step toStatus } }
}`;
const VERIFY = `query ($number: String!) { verifyCertificate(number: $number) { valid trackName issuedOn type } }`;
const REVOKE = `mutation ($id: ID!, $reason: String!) { revokeCertificate(id: $id, reason: $reason) { id valid revokedOn revokedReason history { step fromStatus toStatus } } }`;

const input = (trackId: string, type: string, issuedOn: string, extra: Record<string, unknown> = {}) => ({
  learnerId: LEARNER,
  trackId,
  type,
  issuedOn,
  ...extra,
});

async function issue(trackId: string, type: string, issuedOn: string, as: User, learnerId = LEARNER) {
  const result = await q<{ issueCertificate: { id: string; number: string } }>(ISSUE, { input: input(trackId, type, issuedOn, { learnerId }) }, as);
  expect(result.errors).toBeUndefined();
  return result.data!.issueCertificate;
}

describe('§2.5: issuing certificates', () => {
  it('§2.5: the agency issues entrepreneurship-track certificates; exam year = calendar year of issue', async () => {
    const result = await q(ISSUE, { input: input(TRACK.entrepreneurship, 'ENTREPRENEURSHIP_DIPLOMA', '2019-01-15') }, testUsers.agencyStaff);
    expect(result.errors).toBeUndefined();
    const certificate = result.data!.issueCertificate;
    expect(certificate).toMatchObject({
      type: 'ENTREPRENEURSHIP_DIPLOMA',
      examYear: 2019,
      issuedOn: '2019-01-15',
      issuer: 'AGENCY',
      centreId: WEST,
      valid: true,
      trackName: 'Restauranthouder',
      history: [{ step: 'issue', toStatus: 'VALID' }],
    });
    expect(certificate.number).toMatch(/^SYN-2019-\d{6}$/);
  });

  it('§2.5: an explicit exam year may be the year before the issue (exam in June, issued in January), not later', async () => {
    const earlier = await q(ISSUE, { input: input(TRACK.entrepreneurship, 'BUSINESS_MANAGEMENT_CERTIFICATE', '2019-01-10', { examYear: 2018 }) }, testUsers.agencyStaff);
    expect(earlier.errors).toBeUndefined();
    expect(earlier.data!.issueCertificate.examYear).toBe(2018);
    const later = await q(ISSUE, { input: input(TRACK.entrepreneurship, 'BUSINESS_MANAGEMENT_CERTIFICATE', '2019-01-10', { examYear: 2020 }) }, testUsers.agencyStaff);
    expect(code(later.errors)).toBe('BAD_USER_INPUT');
    expect(later.errors![0]!.message).toMatch(/Examenjaar = kalenderjaar/);
  });

  it('§2.5: refuses a centre user issuing an entrepreneurship-track certificate, naming the rule', async () => {
    const result = await q(ISSUE, { input: input(TRACK.entrepreneurship, 'PROFESSIONAL_KNOWLEDGE_CERTIFICATE', '2019-06-20') }, testUsers.centreUser(WEST));
    expect(code(result.errors)).toBe('FORBIDDEN');
    expect(result.errors![0]!.message).toMatch(/ondernemerschapstrajecten reikt het agentschap uit/);
  });

  it('§2.5: the type must fit the track type', async () => {
    const dualOnEntrepreneurship = await q(ISSUE, { input: input(TRACK.entrepreneurship, 'DUAL_DIPLOMA', '2019-06-20') }, testUsers.agencyStaff);
    expect(code(dualOnEntrepreneurship.errors)).toBe('BAD_USER_INPUT');
    expect(dualOnEntrepreneurship.errors![0]!.message).toMatch(/ondernemerschapstraject geeft geen attest/);
    const ltOnDual = await q(ISSUE, { input: input(TRACK.dual, 'APPRENTICESHIP_CERTIFICAAT', '2019-06-20') }, testUsers.centreUser(WEST));
    expect(code(ltOnDual.errors)).toBe('BAD_USER_INPUT');
  });

  it('§2.5: leertijd up to 2018-19 by the agency (on data from the Syntra), not by the centre', async () => {
    const agency = await q(ISSUE, { input: input(TRACK.apprenticeship, 'APPRENTICESHIP_GETUIGSCHRIFT', '2019-06-28') }, testUsers.agencyStaff);
    expect(agency.errors).toBeUndefined();
    expect(agency.data!.issueCertificate.issuer).toBe('AGENCY');
    const centre = await q(ISSUE, { input: input(TRACK.apprenticeship, 'APPRENTICESHIP_GETUIGSCHRIFT', '2019-06-28') }, testUsers.centreUser(WEST));
    expect(code(centre.errors)).toBe('FORBIDDEN');
    expect(centre.errors![0]!.message).toMatch(/tot en met cursusjaar 2018-2019/);
  });

  it('§2.5: leertijd from 2019-20 by the Syntra themselves, no longer by the agency', async () => {
    const centre = await q(ISSUE, { input: input(TRACK.apprenticeship, 'SECONDARY_EDUCATION_DIPLOMA', '2019-09-10') }, testUsers.centreUser(WEST));
    expect(centre.errors).toBeUndefined();
    expect(centre.data!.issueCertificate.issuer).toBe('CENTRE');
    const agency = await q(ISSUE, { input: input(TRACK.apprenticeship, 'SECONDARY_EDUCATION_DIPLOMA', '2019-09-10') }, testUsers.agencyStaff);
    expect(code(agency.errors)).toBe('FORBIDDEN');
    expect(agency.errors![0]!.message).toMatch(/Vanaf cursusjaar 2019-2020 attesteren de Syntra/);
  });

  it("§2.5: dual-track certificates by the track's own centre only", async () => {
    const own = await q(ISSUE, { input: input(TRACK.dual, 'DUAL_VOCATIONAL_CERTIFICATE', '2019-06-20') }, testUsers.centreUser(WEST));
    expect(own.errors).toBeUndefined();
    expect(own.data!.issueCertificate.issuer).toBe('CENTRE');
    const other = await q(ISSUE, { input: input(TRACK.dual, 'DUAL_VOCATIONAL_CERTIFICATE', '2019-06-20') }, testUsers.centreUser(LIMBURG));
    expect(code(other.errors)).toBe('FORBIDDEN');
    const agency = await q(ISSUE, { input: input(TRACK.dual, 'DUAL_DIPLOMA', '2019-06-20') }, testUsers.agencyStaff);
    expect(code(agency.errors)).toBe('FORBIDDEN');
    expect(agency.errors![0]!.message).toMatch(/duale trajecten reikt de Syntra zelf uit/);
  });

  it('refuses inspectors and school users, an issue date in the future and an unknown learner (bad input)', async () => {
    const ok = input(TRACK.entrepreneurship, 'ENTREPRENEURSHIP_DIPLOMA', '2019-06-20');
    expect(code((await q(ISSUE, { input: ok }, testUsers.inspector)).errors)).toBe('FORBIDDEN');
    expect(code((await q(ISSUE, { input: ok }, testUsers.schoolUser)).errors)).toBe('FORBIDDEN');
    expect(code((await q(ISSUE, { input: { ...ok, issuedOn: '2019-10-02' } }, testUsers.agencyStaff)).errors)).toBe('BAD_USER_INPUT');
    const unknown = await q(ISSUE, { input: { ...ok, learnerId: '1e000000-0000-4000-8000-000000000999' } }, testUsers.agencyStaff);
    expect(code(unknown.errors)).toBe('BAD_USER_INPUT');
  });

  it('§2.5: refuses a certificate without a completed, passed enrolment of the learner in the track at its centre', async () => {
    const refused = async (trackId: string, type: string, issuedOn: string, as: User) => {
      const result = await q(ISSUE, { input: input(trackId, type, issuedOn, { learnerId: NOT_PASSED }) }, as);
      expect(code(result.errors)).toBe('BAD_USER_INPUT');
      expect(result.errors![0]!.message).toMatch(/afgeronde inschrijving van de cursist in dit traject bij dit centrum met resultaat geslaagd/);
    };
    await refused(TRACK.entrepreneurship, 'ENTREPRENEURSHIP_DIPLOMA', '2019-06-20', testUsers.agencyStaff); // completed, FAILED
    await refused(TRACK.dual, 'DUAL_DIPLOMA', '2019-06-20', testUsers.centreUser(WEST)); // still ENROLLED
    await refused(TRACK.apprenticeship, 'SECONDARY_EDUCATION_DIPLOMA', '2019-09-10', testUsers.centreUser(WEST)); // never enrolled
    // The issuer rule still comes first: another centre is FORBIDDEN, not told about the learner's enrolments.
    const other = await q(ISSUE, { input: input(TRACK.dual, 'DUAL_DIPLOMA', '2019-06-20', { learnerId: NOT_PASSED }) }, testUsers.centreUser(LIMBURG));
    expect(code(other.errors)).toBe('FORBIDDEN');
    // Once the dual enrolment is completed with PASSED, the track's own centre issues the certificate.
    const enrolment = await q<{ enrolments: { nodes: { id: string }[] } }>(
      `query ($filter: EnrolmentFilter) { enrolments(filter: $filter) { nodes { id } } }`,
      { filter: { learnerId: NOT_PASSED, trackId: TRACK.dual } },
      testUsers.centreUser(WEST),
    );
    expect(enrolment.errors).toBeUndefined();
    const passed = await q(
      `mutation ($id: ID!) { recordEnrolmentResult(id: $id, result: PASSED) { status result } }`,
      { id: enrolment.data!.enrolments.nodes[0]!.id },
      testUsers.centreUser(WEST),
    );
    expect(passed.errors).toBeUndefined();
    const issued = await q(ISSUE, { input: input(TRACK.dual, 'DUAL_DIPLOMA', '2019-06-20', { learnerId: NOT_PASSED }) }, testUsers.centreUser(WEST));
    expect(issued.errors).toBeUndefined();
    expect(issued.data!.issueCertificate).toMatchObject({ type: 'DUAL_DIPLOMA', issuer: 'CENTRE', centreId: WEST });
  });

  it('gives every certificate a unique number', async () => {
    const numbers = new Set<string>();
    for (const learnerId of GRADUATES) {
      numbers.add((await issue(TRACK.entrepreneurship, 'SME_EMPLOYEE_CERTIFICATE', '2018-06-29', testUsers.agencyStaff, learnerId)).number);
    }
    expect(numbers.size).toBe(15);
    for (const number of numbers) expect(number).toMatch(/^SYN-2018-\d{6}$/);
  });
});

describe('one certificate of a type per learner and track', () => {
  const ISSUABLE = `query ($filter: EnrolmentFilter) { enrolments(filter: $filter) { nodes { issuableCertificateTypes } } }`;
  const issuable = async () => {
    const result = await q<{ enrolments: { nodes: { issuableCertificateTypes: string[] }[] } }>(
      ISSUABLE,
      { filter: { learnerId: CORRECTED, trackId: TRACK.dual } },
      testUsers.centreUser(WEST),
    );
    expect(result.errors).toBeUndefined();
    return result.data!.enrolments.nodes[0]!.issuableCertificateTypes;
  };

  it('refuses a second certificate of the same type in force (CONFLICT, in Dutch) and no longer offers that type', async () => {
    expect(await issuable()).toContain('DUAL_DIPLOMA');
    const first = await issue(TRACK.dual, 'DUAL_DIPLOMA', '2019-06-20', testUsers.centreUser(WEST), CORRECTED);
    const again = await q(ISSUE, { input: input(TRACK.dual, 'DUAL_DIPLOMA', '2019-06-25', { learnerId: CORRECTED }) }, testUsers.centreUser(WEST));
    expect(code(again.errors)).toBe('CONFLICT');
    expect(again.errors![0]!.message).toBe(
      `Deze cursist heeft voor dit traject al een geldig attest van dit type (${first.number}); trek het eerst in om het te corrigeren` +
        ` / This learner already holds a valid certificate of this type for this track (${first.number}); revoke it first to correct it`,
    );
    expect(await issuable()).toEqual(['DUAL_VOCATIONAL_CERTIFICATE', 'DUAL_SECOND_YEAR_THIRD_GRADE', 'DUAL_THIRD_YEAR_THIRD_GRADE']);
    // Another type on the same track is a different certificate and still allowed.
    await issue(TRACK.dual, 'DUAL_VOCATIONAL_CERTIFICATE', '2019-06-20', testUsers.centreUser(WEST), CORRECTED);
    expect(await issuable()).toEqual(['DUAL_SECOND_YEAR_THIRD_GRADE', 'DUAL_THIRD_YEAR_THIRD_GRADE']);
  });

  it('lets only one of two simultaneous issues of the same certificate succeed (unique index)', async () => {
    const both = await Promise.all(
      [0, 1].map(() => q(ISSUE, { input: input(TRACK.dual, 'DUAL_THIRD_YEAR_THIRD_GRADE', '2019-06-21', { learnerId: CORRECTED }) }, testUsers.centreUser(WEST))),
    );
    expect(both.filter((result) => result.errors === undefined)).toHaveLength(1);
    expect(both.map((result) => code(result.errors)).filter(Boolean)).toEqual(['CONFLICT']);
    const stored = await q<{ certificates: { totalCount: number } }>(
      `query { certificates(filter: { type: DUAL_THIRD_YEAR_THIRD_GRADE }) { totalCount nodes { learner { id } } } }`,
      {},
      testUsers.centreUser(WEST),
    );
    expect(stored.data!.certificates.totalCount).toBe(1);
  });

  it('after a revocation a corrected certificate of that type may be issued again (correction)', async () => {
    const wrong = await issue(TRACK.dual, 'DUAL_SECOND_YEAR_THIRD_GRADE', '2019-06-20', testUsers.centreUser(WEST), CORRECTED);
    const revoked = await q(REVOKE, { id: wrong.id, reason: 'Verkeerde uitreikingsdatum, wordt gecorrigeerd' }, testUsers.agencyStaff);
    expect(revoked.errors).toBeUndefined();
    expect(await issuable()).toContain('DUAL_SECOND_YEAR_THIRD_GRADE');
    const corrected = await issue(TRACK.dual, 'DUAL_SECOND_YEAR_THIRD_GRADE', '2019-06-28', testUsers.centreUser(WEST), CORRECTED);
    expect(corrected.number).not.toBe(wrong.number);
    const again = await q(ISSUE, { input: input(TRACK.dual, 'DUAL_SECOND_YEAR_THIRD_GRADE', '2019-06-28', { learnerId: CORRECTED }) }, testUsers.centreUser(WEST));
    expect(code(again.errors)).toBe('CONFLICT');
  });
});

describe('public verification and revocation', () => {
  it('verifies a number without sign-in, telling only the track, the issue date and the type', async () => {
    const certificate = await issue(TRACK.dual, 'DUAL_SECOND_YEAR_THIRD_GRADE', '2019-06-21', testUsers.centreUser(WEST));
    const result = await q(VERIFY, { number: certificate.number });
    expect(result.errors).toBeUndefined();
    expect(result.data!.verifyCertificate).toEqual({
      valid: true,
      trackName: 'Medewerker keuken (duaal)',
      issuedOn: '2019-06-21',
      type: 'DUAL_SECOND_YEAR_THIRD_GRADE',
    });
    expect(JSON.stringify(result.data)).not.toMatch(/Nele|Vermeulen/);
  });

  it('answers valid: false and nothing else for an unknown number', async () => {
    const result = await q(VERIFY, { number: 'SYN-2019-000000' });
    expect(result.data!.verifyCertificate).toEqual({ valid: false, trackName: null, issuedOn: null, type: null });
  });

  it('rejects an over-long or malformed number (bad input)', async () => {
    const long = await q(VERIFY, { number: `SYN-2019-${'1'.repeat(40)}` });
    expect(code(long.errors)).toBe('BAD_USER_INPUT');
    expect(long.errors![0]!.message).toMatch(/hoogstens 40 tekens/);
    const malformed = await q(VERIFY, { number: "' OR 1=1 --" });
    expect(code(malformed.errors)).toBe('BAD_USER_INPUT');
    expect(malformed.errors![0]!.message).toMatch(/SYN-jjjj-nnnnnn/);
  });

  it('lets the agency revoke with a reason, after which it no longer verifies; a second revocation is refused', async () => {
    const certificate = await issue(TRACK.entrepreneurship, 'PROFESSIONAL_KNOWLEDGE_CERTIFICATE', '2019-06-20', testUsers.agencyStaff);
    expect(code((await q(REVOKE, { id: certificate.id, reason: 'Fraude bij de eindproef vastgesteld' }, testUsers.centreUser(WEST))).errors)).toBe('FORBIDDEN');
    expect(code((await q(REVOKE, { id: certificate.id, reason: 'kort' }, testUsers.agencyStaff)).errors)).toBe('BAD_USER_INPUT');
    const revoked = await q(REVOKE, { id: certificate.id, reason: 'Fraude bij de eindproef vastgesteld' }, testUsers.agencyStaff);
    expect(revoked.errors).toBeUndefined();
    expect(revoked.data!.revokeCertificate).toMatchObject({
      valid: false,
      revokedOn: '2019-10-01',
      revokedReason: 'Fraude bij de eindproef vastgesteld',
      history: [
        { step: 'issue', fromStatus: null, toStatus: 'VALID' },
        { step: 'revoke', fromStatus: 'VALID', toStatus: 'REVOKED' },
      ],
    });
    const verify = await q(VERIFY, { number: certificate.number });
    expect(verify.data!.verifyCertificate).toEqual({ valid: false, trackName: null, issuedOn: null, type: null });
    const again = await q(REVOKE, { id: certificate.id, reason: 'Nogmaals intrekken' }, testUsers.agencyStaff);
    expect(code(again.errors)).toBe('INVALID_STATE_TRANSITION');
    expect(again.errors![0]!.message).toMatch(/Ingetrokken/);
  });
});

describe('certificate list and references', () => {
  const LIST = `query ($filter: CertificateFilter, $page: PageInput) {
    certificates(filter: $filter, page: $page) { totalCount nodes { id centreId examYear type trackName track { code } learner { name } history { step } } }
  }`;

  it('filters by exam year and type, and loads learners, tracks and history in one query each (batching)', async () => {
    statements.length = 0;
    const result = await q<{ certificates: { totalCount: number; nodes: { examYear: number; type: string; learner: { name: string } }[] } }>(
      LIST,
      { filter: { examYear: 2018, type: 'SME_EMPLOYEE_CERTIFICATE' }, page: { first: 50 } },
      testUsers.inspector,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.certificates.totalCount).toBe(15);
    expect(result.data!.certificates.nodes.every((n) => n.examYear === 2018 && n.learner.name.startsWith('Afgestudeerde'))).toBe(true);
    const from = (table: string) => statements.filter((sql) => new RegExp(`FROM\\s+"(public"\\.")?${table}"`).test(sql)).length;
    expect(from('learner')).toBe(1);
    expect(from('track')).toBe(1);
    expect(from('status_change')).toBe(1);
  });

  it("shows a centre user only their own centre's certificates, and refuses company users", async () => {
    const limburg = await q<{ certificates: { totalCount: number } }>(LIST, {}, testUsers.centreUser(LIMBURG));
    expect(limburg.errors).toBeUndefined();
    expect(limburg.data!.certificates.totalCount).toBe(0);
    const west = await q<{ certificates: { totalCount: number; nodes: { centreId: string }[] } }>(LIST, { page: { first: 100 } }, testUsers.centreUser(WEST));
    expect(west.data!.certificates.totalCount).toBeGreaterThan(0);
    expect(west.data!.certificates.nodes.every((n) => n.centreId === WEST)).toBe(true);
    expect(code((await q(LIST, {}, testUsers.companyUser('c1'))).errors)).toBe('FORBIDDEN');
    expect(code((await q(LIST, {})).errors)).toBe('UNAUTHENTICATED');
  });

  it("resolves a Certificate reference for staff, inspectors and the centre's own users only", async () => {
    const certificate = await issue(TRACK.dual, 'DUAL_THIRD_YEAR_THIRD_GRADE', '2019-06-21', testUsers.centreUser(WEST));
    const ENTITIES = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Certificate { id number } } }`;
    const r = [{ __typename: 'Certificate', id: certificate.id }];
    for (const user of [testUsers.agencyStaff, testUsers.inspector, testUsers.centreUser(WEST)]) {
      const result = await q(ENTITIES, { r }, user);
      expect(result.errors).toBeUndefined();
      expect(result.data!._entities).toEqual([{ id: certificate.id, number: certificate.number }]);
    }
    expect(code((await q(ENTITIES, { r }, testUsers.centreUser(LIMBURG))).errors)).toBe('FORBIDDEN');
    expect(code((await q(ENTITIES, { r }, testUsers.companyUser('c1'))).errors)).toBe('FORBIDDEN');
  });
});
