import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSubgraph, testUsers, type TestSubgraph } from '@werkplek/test-kit';
import { demoReferences } from '@werkplek/config';
import { createDualLearningSubgraph } from '../src/index.js';
import { nationalRegisterNumberOf, parseNationalRegisterNumber } from '../src/mentor/national-register-number.js';
import { withCheckDigits } from '../src/workplace/belgian-numbers.js';

let subgraph: TestSubgraph;
let clock = new Date('2026-03-02T09:00:00Z');
const statements: string[] = [];

beforeAll(async () => {
  subgraph = await startTestSubgraph('dual-learning', (db) =>
    createDualLearningSubgraph({ ...db, seed: true, now: () => clock, onQuery: (sql) => statements.push(sql) }),
  );
});
afterAll(() => subgraph?.stop());

interface PartnershipRow {
  id: string;
  code: string;
  name: string;
  kind: string;
  operator: string | null;
  jointCommittees: string[];
  learnersPerMentor: number | null;
  decisionMechanism: string;
  siteVisitPolicy: string;
  mentorTrainingPolicy: string;
  mentorTrainingDeadlineMonths: number | null;
  takesComplaints: boolean;
  acceptedExemptions: string[];
  establishmentCapRule: string | null;
  cap12: number | null;
  trainingCaps: { learnersPerMentor: number; training: { code: string } }[];
}

const PARTNERSHIPS = `{ partnerships { id code name kind operator jointCommittees learnersPerMentor decisionMechanism
  siteVisitPolicy mentorTrainingPolicy mentorTrainingDeadlineMonths takesComplaints acceptedExemptions establishmentCapRule
  cap12: establishmentCap(headcount: 12) trainingCaps { learnersPerMentor training { code } } } }`;

async function partnerships(): Promise<Map<string, PartnershipRow>> {
  const result = await subgraph.query<{ partnerships: PartnershipRow[] }>(PARTNERSHIPS);
  expect(result.errors).toBeUndefined();
  return new Map(result.data!.partnerships.map((p) => [p.code, p]));
}

const UPDATE = `mutation ($id: ID!, $input: UpdatePartnershipSettingsInput!) {
  updatePartnershipSettings(id: $id, input: $input) { id learnersPerMentor siteVisitPolicy establishmentCapRule }
}`;
const HISTORY = `query ($id: ID!) { partnershipSettingHistory(id: $id) { setting oldValue newValue changedByName changedAt } }`;

describe('seeded reference data', () => {
  it('Tabel 2: the Flemish Partnership and the 16 sectoral partnerships, readable anonymously (public bodies)', async () => {
    const all = await partnerships();
    expect(all.size).toBe(17);
    expect([...all.values()].filter((p) => p.kind === 'SECTORAL')).toHaveLength(16);
    expect(all.get('vp')).toMatchObject({ kind: 'FLEMISH', operator: 'SYNTRA Vlaanderen' });
    expect(all.get('sp-bouw')).toMatchObject({ operator: 'Constructiv', jointCommittees: ['124'] });
    for (const code of ['sp-auto', 'sp-groene-sectoren', 'sp-technologische-industrie', 'sp-lokale-besturen', 'sp-textielverzorging']) {
      expect(all.has(code)).toBe(true);
    }
  });

  it('Tabel 21: learners per mentor (Bouw 1, Chemie 4, VP 3, Voeding not fixed) and the cap per establishment', async () => {
    const all = await partnerships();
    expect(all.get('sp-bouw')!.learnersPerMentor).toBe(1);
    expect(all.get('sp-chemie')!.learnersPerMentor).toBe(4);
    expect(all.get('vp')!.learnersPerMentor).toBe(3);
    expect(all.get('sp-voeding')!.learnersPerMentor).toBeNull();
    expect(all.get('sp-auto')!.cap12).toBe(4);
    expect(all.get('sp-bouw')!.cap12).toBe(2);
    expect(all.get('sp-chemie')!.cap12).toBeNull();
    expect(JSON.parse(all.get('sp-hout')!.establishmentCapRule!)).toMatchObject({ kind: 'blocks', absoluteMax: 15 });
    const transport = all.get('sp-transport')!.trainingCaps;
    expect(transport.find((c) => c.training.code === 'magazijnmedewerker')?.learnersPerMentor).toBe(4);
    expect(transport.find((c) => c.training.code === 'bestuurder-heftruck')?.learnersPerMentor).toBe(2);
  });

  it('BR-10, BR-12, BR-20/21/22, Tabel 28: decision mechanism, visits, mentor training and complaints per partnership', async () => {
    const all = await partnerships();
    expect(all.get('sp-elektriciens')!.decisionMechanism).toBe('TACIT_APPROVAL_DAY_14');
    expect(all.get('sp-social-profit')!.decisionMechanism).toBe('UNANIMOUS_WEEKLY_VOTE');
    expect(all.get('sp-technologische-industrie')!.decisionMechanism).toBe('WITHOUT_OBJECTION');
    expect(all.get('sp-horeca')!.decisionMechanism).toBe('CONSULTANT_DECISION');
    expect(all.get('sp-bouw')!.siteVisitPolicy).toBe('NEVER');
    expect(all.get('sp-horeca')!.siteVisitPolicy).toBe('ALWAYS');
    expect(all.get('vp')!.siteVisitPolicy).toBe('CONDITIONAL');
    expect(all.get('sp-hout')).toMatchObject({ mentorTrainingPolicy: 'MANDATORY', mentorTrainingDeadlineMonths: 4 });
    expect(all.get('sp-transport')!.mentorTrainingDeadlineMonths).toBe(12);
    expect(all.get('sp-chemie')!.mentorTrainingPolicy).toBe('DESIRABLE');
    expect(all.get('sp-transport')!.acceptedExemptions).toEqual(
      expect.arrayContaining(['MENTOR_TRAINING_WITHIN_10_YEARS', 'FIVE_YEARS_GUIDING_YOUTH']),
    );
    expect(all.get('sp-bouw')!.takesComplaints).toBe(false);
    expect(all.get('sp-horeca')!.takesComplaints).toBe(true);
  });

  it('BR-11: kapper-salonverantwoordelijke needs more than one employee; trainings carry their partnership', async () => {
    const result = await subgraph.query<{ trainingProgrammes: { code: string; minimumEmployees: number | null; activities: string[]; partnership: { code: string } | null }[] }>(
      '{ trainingProgrammes { code minimumEmployees activities partnership { code } } }',
      { as: testUsers.schoolUser },
    );
    expect(result.errors).toBeUndefined();
    const salon = result.data!.trainingProgrammes.find((t) => t.code === 'kapper-salonverantwoordelijke')!;
    expect(salon).toMatchObject({ minimumEmployees: 2, partnership: { code: 'sp-haartooi' } });
    expect(salon.activities.length).toBeGreaterThan(0);
    expect(result.data!.trainingProgrammes.find((t) => t.code === 'metselaar')?.partnership?.code).toBe('sp-bouw');
    const anonymous = await subgraph.query('{ trainingProgrammes { code } }');
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('links every seeded workplace to its company (same enterprise number) and partnership, in batched queries', async () => {
    statements.length = 0;
    const result = await subgraph.query<{ workplaces: { id: string; enterpriseNumber: string; employeeCount: number | null; company: { enterpriseNumber: string } | null; partnership: { name: string } | null; sectoralPartnership: string }[] }>(
      '{ workplaces { id enterpriseNumber employeeCount sectoralPartnership company { enterpriseNumber } partnership { name } } }',
      { as: testUsers.agencyStaff },
    );
    expect(result.errors).toBeUndefined();
    const demoIds = new Set<string>(Object.values(demoReferences.workplaces));
    const seeded = result.data!.workplaces.filter((w) => demoIds.has(w.id));
    expect(seeded).toHaveLength(6);
    for (const workplace of seeded) {
      expect(workplace.company!.enterpriseNumber).toBe(workplace.enterpriseNumber);
      expect(workplace.partnership?.name).toBe(workplace.sectoralPartnership);
      expect(workplace.employeeCount).toBeGreaterThan(0);
    }
    expect(statements.filter((sql) => /FROM "public"\."company"/.test(sql))).toHaveLength(1);
    expect(statements.filter((sql) => /FROM "public"\."partnership"/.test(sql))).toHaveLength(1);
  });
});

describe('partnership settings', () => {
  it('Tabel 21 settings: agency staff changes them and every change is recorded with old and new value', async () => {
    const bouw = (await partnerships()).get('sp-bouw')!;
    const rule = { kind: 'bands', bands: [{ upTo: 9, cap: 1 }, { upTo: null, cap: 3 }] };
    const result = await subgraph.query<{ updatePartnershipSettings: { learnersPerMentor: number; siteVisitPolicy: string; establishmentCapRule: string } }>(UPDATE, {
      variables: { id: bouw.id, input: { learnersPerMentor: 2, siteVisitPolicy: 'NEVER', establishmentCapRule: JSON.stringify(rule) } },
      as: testUsers.agencyStaff,
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!.updatePartnershipSettings.learnersPerMentor).toBe(2);
    expect(JSON.parse(result.data!.updatePartnershipSettings.establishmentCapRule)).toEqual(rule);
    const history = await subgraph.query<{ partnershipSettingHistory: { setting: string; oldValue: string | null; newValue: string | null; changedByName: string }[] }>(HISTORY, {
      variables: { id: bouw.id },
      as: testUsers.inspector,
    });
    expect(history.errors).toBeUndefined();
    const changes = history.data!.partnershipSettingHistory;
    // siteVisitPolicy was already NEVER: not a change, not recorded.
    expect(changes.map((c) => c.setting)).toEqual(['establishmentCapRule', 'learnersPerMentor']);
    expect(changes[1]).toMatchObject({ oldValue: '1', newValue: '2', changedByName: testUsers.agencyStaff.name });
    expect(JSON.parse(changes[0]!.oldValue!)).toMatchObject({ kind: 'blocks' });

    const cleared = await subgraph.query<{ updatePartnershipSettings: { establishmentCapRule: string | null } }>(UPDATE, {
      variables: { id: bouw.id, input: { establishmentCapRule: null } },
      as: testUsers.agencyStaff,
    });
    expect(cleared.data?.updatePartnershipSettings.establishmentCapRule).toBeNull();
  });

  it('Tabel 21 settings: only agency staff may change them (partnership staff, inspector, anonymous refused)', async () => {
    const chemie = (await partnerships()).get('sp-chemie')!;
    const variables = { id: chemie.id, input: { learnersPerMentor: 1 } };
    for (const user of [testUsers.partnershipStaff(chemie.id), testUsers.inspector, testUsers.companyUser(chemie.id)]) {
      const refused = await subgraph.query(UPDATE, { variables, as: user });
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const anonymous = await subgraph.query(UPDATE, { variables });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await partnerships()).get('sp-chemie')!.learnersPerMentor).toBe(4);
  });

  it('Tabel 21 settings: refuses bad input (0 learners, malformed cap rule, clearing a required setting, unknown id)', async () => {
    const chemie = (await partnerships()).get('sp-chemie')!;
    const cases = [
      { learnersPerMentor: 0 },
      { establishmentCapRule: '{"kind":"bands","bands":[]}' },
      { establishmentCapRule: 'not json' },
      { siteVisitPolicy: null },
      { jointCommittees: ['124; DROP'] },
    ];
    for (const input of cases) {
      const result = await subgraph.query(UPDATE, { variables: { id: chemie.id, input }, as: testUsers.agencyStaff });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    const unknown = await subgraph.query(UPDATE, {
      variables: { id: '00000000-0000-4000-8000-000000000000', input: { learnersPerMentor: 2 } },
      as: testUsers.agencyStaff,
    });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('settings history under concurrency: simultaneous changes each record the value they really replaced (old values read in the transaction)', async () => {
    const textiel = (await partnerships()).get('sp-textielverzorging')!;
    const original = textiel.learnersPerMentor === null ? null : String(textiel.learnersPerMentor);
    const values = [5, 6, 7].filter((value) => String(value) !== original);
    const results = await Promise.all(
      values.map((learnersPerMentor) => subgraph.query(UPDATE, { variables: { id: textiel.id, input: { learnersPerMentor } }, as: testUsers.agencyStaff })),
    );
    for (const result of results) expect(result.errors).toBeUndefined();
    const history = await subgraph.query<{ partnershipSettingHistory: { setting: string; oldValue: string | null; newValue: string | null }[] }>(HISTORY, {
      variables: { id: textiel.id },
      as: testUsers.inspector,
    });
    const changes = history.data!.partnershipSettingHistory.filter((c) => c.setting === 'learnersPerMentor');
    expect(changes).toHaveLength(values.length);
    // One chain from the original value to the final one: no two changes recorded the same old value (lost update).
    const next = new Map(changes.map((c) => [c.oldValue, c.newValue]));
    expect(next.size).toBe(values.length);
    let value: string | null | undefined = original;
    for (let i = 0; i < values.length; i += 1) value = next.get(value ?? null);
    expect(new Set(changes.map((c) => c.newValue))).toEqual(new Set(values.map(String)));
    expect(value).toBe(String((await partnerships()).get('sp-textielverzorging')!.learnersPerMentor));
  });

  it('BR-06: competentPartnership routes by joint committee, else the Flemish Partnership', async () => {
    const query = 'query ($pc: [String!]!) { competentPartnership(jointCommittees: $pc) { code } }';
    const cases: [string[], string][] = [[['124'], 'sp-bouw'], [['149.01'], 'sp-elektriciens'], [['200'], 'vp'], [['314'], 'sp-haartooi']];
    for (const [pc, code] of cases) {
      const result = await subgraph.query<{ competentPartnership: { code: string } }>(query, { variables: { pc }, as: testUsers.companyUser('x') });
      expect(result.data?.competentPartnership.code).toBe(code);
    }
  });
});

describe('companies', () => {
  const COMPANIES = '{ companies(sort: NAME) { totalCount nodes { id name enterpriseNumber } } }';
  const REGISTER = 'mutation ($input: RegisterCompanyInput!) { registerCompany(input: $input) { id name enterpriseNumber jointCommittees sizeClass } }';

  it('registers a company with a valid KBO number (agency staff only) and links its workplaces', async () => {
    const input = { enterpriseNumber: withCheckDigits('05556666'), name: 'De Vos Interieur BV', jointCommittees: ['PC 126'], sizeClass: 'SIZE_5_9' };
    for (const user of [testUsers.inspector, testUsers.partnershipStaff('p'), testUsers.companyUser('c')]) {
      const refused = await subgraph.query(REGISTER, { variables: { input }, as: user });
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const workplace = await subgraph.query<{ registerWorkplace: { id: string } }>(
      'mutation ($input: RegisterWorkplaceInput!) { registerWorkplace(input: $input) { id } }',
      {
        variables: {
          input: {
            establishmentNumber: withCheckDigits('22223333'), name: 'Schrijnwerkerij De Vos', companyName: 'De Vos Interieur BV',
            enterpriseNumber: input.enterpriseNumber, street: 'Stationsstraat 3', postalCode: '8800', municipality: 'Roeselare',
            sectoralPartnership: 'SP Houtsectoren',
          },
        },
        as: testUsers.agencyStaff,
      },
    );
    expect(workplace.errors).toBeUndefined();
    const result = await subgraph.query<{ registerCompany: { id: string; jointCommittees: string[] } }>(REGISTER, { variables: { input }, as: testUsers.agencyStaff });
    expect(result.errors).toBeUndefined();
    expect(result.data!.registerCompany.jointCommittees).toEqual(['126']);
    const linked = await subgraph.query<{ workplace: { company: { id: string }; partnership: { code: string } } }>(
      'query ($id: ID!) { workplace(id: $id) { company { id } partnership { code } } }',
      { variables: { id: workplace.data!.registerWorkplace.id }, as: testUsers.inspector },
    );
    expect(linked.data!.workplace).toEqual({ company: { id: result.data!.registerCompany.id }, partnership: { code: 'sp-hout' } });
    const again = await subgraph.query(REGISTER, { variables: { input }, as: testUsers.agencyStaff });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const badCheck = await subgraph.query(REGISTER, { variables: { input: { ...input, enterpriseNumber: '0555.666.600' } }, as: testUsers.agencyStaff });
    expect(badCheck.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const badName = await subgraph.query(REGISTER, { variables: { input: { ...input, enterpriseNumber: withCheckDigits('05556667'), name: 'X' } }, as: testUsers.agencyStaff });
    expect(badName.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('company access per role: staff, inspectors and partnership staff read all; a company user only its own', async () => {
    const all = await subgraph.query<{ companies: { totalCount: number; nodes: { id: string; name: string }[] } }>(COMPANIES, { as: testUsers.inspector });
    expect(all.errors).toBeUndefined();
    expect(all.data!.companies.totalCount).toBeGreaterThanOrEqual(7);
    const [own, other] = all.data!.companies.nodes;
    const mine = await subgraph.query<{ companies: { nodes: { id: string }[] } }>(COMPANIES, { as: testUsers.companyUser(own!.id) });
    expect(mine.data!.companies.nodes.map((c) => c.id)).toEqual([own!.id]);
    const QUERY = 'query ($id: ID!) { company(id: $id) { id name } }';
    expect((await subgraph.query(QUERY, { variables: { id: own!.id }, as: testUsers.companyUser(own!.id) })).errors).toBeUndefined();
    const foreign = await subgraph.query(QUERY, { variables: { id: other!.id }, as: testUsers.companyUser(own!.id) });
    expect(foreign.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await subgraph.query(QUERY, { variables: { id: other!.id }, as: testUsers.partnershipStaff('p') })).errors).toBeUndefined();
    for (const user of [testUsers.schoolUser, testUsers.centreUser('c')]) {
      const refused = await subgraph.query(COMPANIES, { as: user });
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('pages companies by cursor with filters', async () => {
    const first = await subgraph.query<{ companies: { totalCount: number; pageInfo: { endCursor: string; hasNextPage: boolean }; nodes: { name: string }[] } }>(
      '{ companies(page: { first: 2 }) { totalCount pageInfo { endCursor hasNextPage } nodes { name } } }',
      { as: testUsers.agencyStaff },
    );
    expect(first.data!.companies.nodes).toHaveLength(2);
    expect(first.data!.companies.pageInfo.hasNextPage).toBe(true);
    const next = await subgraph.query<{ companies: { nodes: { name: string }[] } }>(
      'query ($after: String) { companies(page: { first: 2, after: $after }) { nodes { name } } }',
      { variables: { after: first.data!.companies.pageInfo.endCursor }, as: testUsers.agencyStaff },
    );
    expect(next.data!.companies.nodes[0]!.name > first.data!.companies.nodes[1]!.name).toBe(true);
    const bouw = await subgraph.query<{ companies: { nodes: { name: string; jointCommittees: string[] }[] } }>(
      '{ companies(filter: { jointCommittee: "124" }, page: { first: 200 }) { nodes { name jointCommittees } } }',
      { as: testUsers.agencyStaff },
    );
    expect(bouw.data!.companies.nodes.map((c) => c.name)).toContain('Bouwonderneming Janssens NV');
    expect(bouw.data!.companies.nodes.every((c) => c.jointCommittees.includes('124'))).toBe(true);
  });
});

describe('workplacePage', () => {
  const PAGE = 'query ($filter: WorkplaceFilter) { workplacePage(filter: $filter, page: { first: 200 }) { totalCount nodes { name province sectoralPartnership } } }';
  type Page = { workplacePage: { nodes: { name: string; province: string; sectoralPartnership: string }[] } };

  it('filters by partnership and province; partnership staff see only their own partnership', async () => {
    const all = await partnerships();
    const horeca = all.get('sp-horeca')!;
    const byPartnership = await subgraph.query<Page>(PAGE, { variables: { filter: { partnershipId: horeca.id } }, as: testUsers.inspector });
    expect(byPartnership.data!.workplacePage.nodes.map((w) => w.name)).toContain('Hotel Aan de Leie');
    expect(byPartnership.data!.workplacePage.nodes.every((w) => w.sectoralPartnership === 'SP Horeca')).toBe(true);
    const limburg = await subgraph.query<{ workplacePage: { nodes: { province: string }[] } }>(PAGE, {
      variables: { filter: { province: 'LIMBURG' } },
      as: testUsers.agencyStaff,
    });
    expect(limburg.data!.workplacePage.nodes.length).toBeGreaterThan(0);
    expect(limburg.data!.workplacePage.nodes.every((w) => w.province === 'LIMBURG')).toBe(true);
    const own = await subgraph.query<Page>(PAGE, { as: testUsers.partnershipStaff(horeca.id) });
    expect(own.data!.workplacePage.nodes.map((w) => w.name)).toContain('Hotel Aan de Leie');
    expect(own.data!.workplacePage.nodes.every((w) => w.sectoralPartnership === 'SP Horeca')).toBe(true);
    const other = await subgraph.query(PAGE, { variables: { filter: { partnershipId: all.get('sp-bouw')!.id } }, as: testUsers.partnershipStaff(horeca.id) });
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const company = await subgraph.query(PAGE, { as: testUsers.companyUser('c') });
    expect(company.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('mentors', () => {
  const REGISTER = `mutation ($input: RegisterMentorInput!) {
    registerMentor(input: $input) { id name birthDate yearsOfExperience meetsConditions conditionProblems }
  }`;
  const garage = demoReferences.workplaces['garage-peeters'];
  const rrn = (yymmdd: string, serial: string) => nationalRegisterNumberOf(`${yymmdd}${serial}`, Number(yymmdd.slice(0, 2)) < 30);
  type MentorResult = { registerMentor: { birthDate: string; meetsConditions: boolean; conditionProblems: string[] } };
  const register = (nationalRegisterNumber: string, yearsOfExperience: number, as = testUsers.agencyStaff as Parameters<TestSubgraph['query']>[1] extends infer O ? O extends { as?: infer U } ? U : never : never) =>
    subgraph.query<MentorResult>(REGISTER, {
      variables: { input: { workplaceId: garage, name: 'Jan Peeters', nationalRegisterNumber, yearsOfExperience } },
      as,
    });

  it('RRN: validates the mod-97 check digits (before and from 2000) and derives the birth date', () => {
    expect(parseNationalRegisterNumber('85.07.30-033.28')?.birthDate.toISOString().slice(0, 10)).toBe('1985-07-30');
    expect(parseNationalRegisterNumber(nationalRegisterNumberOf('010302123', true))?.birthDate.toISOString().slice(0, 10)).toBe('2001-03-02');
    expect(parseNationalRegisterNumber('85.07.30-033.29')).toBeNull();
    expect(parseNationalRegisterNumber(nationalRegisterNumberOf('850230033'))).toBeNull(); // 30 February
    expect(parseNationalRegisterNumber(nationalRegisterNumberOf('852730033'))?.birthDate.getUTCMonth()).toBe(6); // BIS number
    expect(parseNationalRegisterNumber('1234')).toBeNull();
  });

  it('BR-04: 25 years old on the day meets the conditions without experience', async () => {
    const result = await register(rrn('010302', '001'), 0);
    expect(result.errors).toBeUndefined();
    expect(result.data!.registerMentor).toMatchObject({ birthDate: '2001-03-02', meetsConditions: true, conditionProblems: [] });
  });

  it('BR-04: 24 years old needs 5 years of experience (4 refused, 5 accepted)', async () => {
    const four = await register(rrn('010303', '003'), 4);
    expect(four.data!.registerMentor.meetsConditions).toBe(false);
    expect(four.data!.registerMentor.conditionProblems[0]).toMatch(/minder dan 5 jaar/);
    const five = await register(rrn('010303', '005'), 5);
    expect(five.data!.registerMentor.meetsConditions).toBe(true);
  });

  it('BR-04: 23 on the day with 5 years meets them; 22 never does, until the clock reaches the 23rd birthday', async () => {
    expect((await register(rrn('030302', '007'), 5)).data!.registerMentor.meetsConditions).toBe(true);
    const young = await register(rrn('030303', '009'), 10);
    expect(young.data!.registerMentor).toMatchObject({ meetsConditions: false });
    expect(young.data!.registerMentor.conditionProblems[0]).toMatch(/jonger dan 23/);
    clock = new Date('2026-03-03T09:00:00Z');
    try {
      const list = await subgraph.query<{ mentors: { birthDate: string; meetsConditions: boolean }[] }>(
        `query { mentors(workplaceId: "${garage}") { birthDate meetsConditions } }`,
        { as: testUsers.inspector },
      );
      expect(list.data!.mentors.find((m) => m.birthDate === '2003-03-03')?.meetsConditions).toBe(true);
    } finally {
      clock = new Date('2026-03-02T09:00:00Z');
    }
  });

  it('BR-04: refuses an invalid national register number, a future birth date and a second registration of the same person', async () => {
    const bad = await register('85.07.30-033.29', 10);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const future = await register(rrn('270101', '011'), 10);
    expect(future.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const negative = await register(rrn('800101', '013'), -1);
    expect(negative.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const twice = await register(rrn('010302', '001'), 3);
    expect(twice.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('registerMentor per role: the workplace company and its partnership staff may; others not', async () => {
    const all = await partnerships();
    const workplace = await subgraph.query<{ workplace: { company: { id: string } } }>(`{ workplace(id: "${garage}") { company { id } } }`, { as: testUsers.agencyStaff });
    const companyId = workplace.data!.workplace.company.id;
    expect((await register(rrn('800101', '015'), 10, testUsers.companyUser(companyId))).errors).toBeUndefined();
    expect((await register(rrn('800101', '017'), 10, testUsers.partnershipStaff(all.get('sp-auto')!.id))).errors).toBeUndefined();
    for (const user of [testUsers.companyUser('other'), testUsers.partnershipStaff(all.get('sp-bouw')!.id)]) {
      expect((await register(rrn('800101', '019'), 10, user)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    for (const user of [testUsers.inspector, testUsers.schoolUser]) {
      expect((await register(rrn('800101', '021'), 10, user)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const foreignList = await subgraph.query(`{ mentors(workplaceId: "${garage}") { id } }`, { as: testUsers.companyUser('other') });
    expect(foreignList.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('learners', () => {
  const REGISTER = 'mutation ($input: RegisterLearnerInput!) { registerLearner(input: $input) { id name birthDate trainingProvider } }';
  const input = { name: 'Lotte Claes', birthDate: '2009-05-14', trainingProvider: 'Campus Brugge', studyDirection: 'Kapper-salonverantwoordelijke duaal' };

  it('registers learners (school, staff) and pages them (staff, inspector)', async () => {
    const before = await subgraph.query<{ learners: { totalCount: number } }>('{ learners { totalCount } }', { as: testUsers.agencyStaff });
    const seeded = before.data!.learners.totalCount;
    const result = await subgraph.query<{ registerLearner: { birthDate: string } }>(REGISTER, { variables: { input }, as: testUsers.schoolUser });
    expect(result.errors).toBeUndefined();
    expect(result.data!.registerLearner.birthDate).toBe('2009-05-14');
    await subgraph.query(REGISTER, { variables: { input: { ...input, name: 'Arne Wouters' } }, as: testUsers.agencyStaff });
    const page = await subgraph.query<{ learners: { totalCount: number; nodes: { name: string }[]; pageInfo: { hasNextPage: boolean } } }>(
      '{ learners(page: { first: 1 }) { totalCount nodes { name } pageInfo { hasNextPage } } }',
      { as: testUsers.inspector },
    );
    expect(page.data!.learners.totalCount).toBe(seeded + 2);
    expect(page.data!.learners.nodes).toHaveLength(1);
    expect(page.data!.learners.pageInfo.hasNextPage).toBe(true);
    expect((await subgraph.query('{ learners { totalCount } }', { as: testUsers.schoolUser })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await subgraph.query(REGISTER, { variables: { input }, as: testUsers.companyUser('c') })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses a learner younger than 12 or without a name', async () => {
    const young = await subgraph.query(REGISTER, { variables: { input: { ...input, birthDate: '2020-01-01' } }, as: testUsers.agencyStaff });
    expect(young.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const nameless = await subgraph.query(REGISTER, { variables: { input: { ...input, name: '' } }, as: testUsers.agencyStaff });
    expect(nameless.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('federation', () => {
  it('resolves Partnership, Company and Mentor references in one query per type', async () => {
    const all = await partnerships();
    const companies = await subgraph.query<{ companies: { nodes: { id: string }[] } }>('{ companies { nodes { id } } }', { as: testUsers.agencyStaff });
    const mentors = await subgraph.query<{ mentors: { id: string }[] }>(
      `{ mentors(workplaceId: "${demoReferences.workplaces['garage-peeters']}") { id } }`,
      { as: testUsers.agencyStaff },
    );
    expect(mentors.data!.mentors.length).toBeGreaterThanOrEqual(2);
    const representations = [
      ...[all.get('sp-bouw')!.id, all.get('vp')!.id].map((id) => ({ __typename: 'Partnership', id })),
      ...companies.data!.companies.nodes.slice(0, 2).map(({ id }) => ({ __typename: 'Company', id })),
      ...mentors.data!.mentors.slice(0, 2).map(({ id }) => ({ __typename: 'Mentor', id })),
    ];
    statements.length = 0;
    const result = await subgraph.query<{ _entities: ({ code?: string; name?: string } | null)[] }>(
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Partnership { code } ... on Company { name } ... on Mentor { name meetsConditions } } }',
      { variables: { r: representations }, as: testUsers.inspector },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities.slice(0, 2).map((e) => e?.code)).toEqual(['sp-bouw', 'vp']);
    expect(statements.filter((sql) => /FROM "public"\."partnership"/.test(sql))).toHaveLength(1);
    expect(statements.filter((sql) => /FROM "public"\."company"/.test(sql))).toHaveLength(1);
    expect(statements.filter((sql) => /FROM "public"\."mentor"/.test(sql))).toHaveLength(1);
    expect(result.data!._entities.slice(4).every((e) => e?.name === 'Jan Peeters')).toBe(true);
    const refused = await subgraph.query(
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Mentor { name } } }',
      { variables: { r: representations.slice(4) }, as: testUsers.schoolUser },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
