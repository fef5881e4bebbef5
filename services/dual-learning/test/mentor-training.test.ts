import { createDualLearningSubgraph } from '../src/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { User } from '@werkplek/auth';
import { startTestSubgraph, testUsers, type TestSubgraph } from '@werkplek/test-kit';
import { escalationStepDue } from '../src/mentor-training/escalation-steps.js';
import { isEquivalentMentorTraining, planMentorPlusSessions, HOUT_REQUIRED_THEMES } from '../src/mentor-training/mentor-plus.js';
import { firstError, ids, seedAgreementFixture } from './fixtures/agreement.js';

let subgraph: TestSubgraph;
const clock = new Date('2026-03-02T09:00:00Z');

beforeAll(async () => {
  subgraph = await startTestSubgraph('dual-learning', (db) => createDualLearningSubgraph({ ...db, seedWith: seedAgreementFixture, now: () => clock }));
});
afterAll(() => subgraph?.stop());

const OVERDUE = `query ($partnershipId: ID, $asOf: LocalDate) {
  mentorsOverdue(partnershipId: $partnershipId, asOf: $asOf) {
    mentor { id name trainingStatus } partnership { code } recognitionId recognisedOn deadlineKind deadline daysOverdue contractStopOn
    escalationStep { code afterMonths nl }
  }
}`;
const REGISTER = `mutation ($mentorId: ID!, $on: LocalDate!) { registerMentorTraining(mentorId: $mentorId, on: $on) { id trainingStatus trainingRegisteredOn } }`;
const COMPLETE = `mutation ($mentorId: ID!, $on: LocalDate!) { completeMentorTraining(mentorId: $mentorId, on: $on) { id trainingStatus trainingCompletedOn } }`;
const EXEMPT = `mutation ($mentorId: ID!, $ground: MentorTrainingExemption!) { grantMentorTrainingExemption(mentorId: $mentorId, ground: $ground) { id trainingStatus exemption } }`;

interface Overdue {
  mentor: { id: string; name: string; trainingStatus: string };
  partnership: { code: string };
  deadlineKind: string;
  deadline: string;
  daysOverdue: number;
  escalationStep: { code: string; afterMonths: number; nl: string } | null;
  contractStopOn: string | null;
}

async function overdue(variables: Record<string, unknown> = {}, as: User = testUsers.agencyStaff) {
  const result = await subgraph.query<{ mentorsOverdue: Overdue[] }>(OVERDUE, { variables, as });
  expect(result.errors).toBeUndefined();
  return result.data!.mentorsOverdue;
}
const byMentor = (list: Overdue[], id: string) => list.find((o) => o.mentor.id === id);

describe('mentor-training compliance', () => {
  it('BR-20: only partnerships with a MANDATORY policy; a DESIRABLE one (Voeding) never shows', async () => {
    const later = await overdue({ asOf: '2027-06-01' });
    expect(later.map((o) => o.partnership.code)).not.toContain('sp-voeding');
    expect(later.map((o) => o.partnership.code)).toEqual(expect.arrayContaining(['sp-horeca', 'sp-bouw', 'sp-haartooi', 'sp-transport']));
    // Mandatory but no deadline set (Auto, Textielverzorging): nothing to be late for.
    expect(later.map((o) => o.partnership.code)).not.toContain('sp-auto');
  });

  it('BR-21: deadlines counted in months from the recognition; Horeca overdue the day after 6 months, with days overdue', async () => {
    expect(byMentor(await overdue({ asOf: '2026-03-01' }), ids.mentor.hotel)).toBeUndefined();
    const now = await overdue();
    // BR-24/BR-35: the Horeca sanction stops the contract on the next 31 August (or 31 January).
    expect(byMentor(now, ids.mentor.hotel)).toMatchObject({ deadlineKind: 'COMPLETION', deadline: '2026-03-01', daysOverdue: 1, escalationStep: { code: 'STOP_TRAINING_LEARNERS', afterMonths: 6 }, contractStopOn: '2026-08-31' });
    expect(byMentor(now, ids.mentor.kapsalon)?.contractStopOn).toBeNull();
    // Haartooi: register ≤ 6 months, complete ≤ 12 months.
    expect(byMentor(now, ids.mentor.kapsalon)).toMatchObject({ deadlineKind: 'REGISTRATION', deadline: '2026-03-01', daysOverdue: 1, escalationStep: { code: 'INFORMATIVE_MAIL_THEN_PHONE' } });
    // Bouw (8 months) and Transport (1 year) not yet.
    expect(byMentor(now, ids.mentor.bouw)).toBeUndefined();
    expect(byMentor(now, ids.mentor.magazijn)).toBeUndefined();
  });

  it('BR-21/BR-24: escalation steps as data per partnership (Horeca 4/6, Bouw 3/8, Haartooi 6/12)', async () => {
    expect(escalationStepDue('sp-horeca', 3)).toBeNull();
    expect(escalationStepDue('sp-horeca', 4)?.code).toBe('REMINDER_LETTER');
    expect(escalationStepDue('sp-horeca', 6)?.code).toBe('STOP_TRAINING_LEARNERS');
    expect(escalationStepDue('sp-bouw', 3)?.code).toBe('LAST_CHANCE_LETTER');
    expect(escalationStepDue('sp-bouw', 7)?.code).toBe('WITHDRAW_IF_NOT_INTERESTED');
    expect(escalationStepDue('sp-bouw', 8)?.code).toBe('TEMPORARY_EXCLUSION');
    expect(escalationStepDue('sp-haartooi', 12)?.code).toBe('REGISTERED_LETTER_WITHDRAWAL');
    expect(escalationStepDue('UNKNOWN_SP', 1)?.code).toBe('REMINDER');
    const bouw = await overdue({ asOf: '2026-05-02', partnershipId: ids.partnership.bouw });
    expect(bouw.map((o) => o.mentor.id).sort()).toEqual([ids.mentor.bouw, ids.mentor.bouw2].sort());
    expect(bouw[0]).toMatchObject({ deadline: '2026-05-01', daysOverdue: 1, escalationStep: { code: 'TEMPORARY_EXCLUSION' } });
  });

  it('BR-21: a registered Haartooi mentor leaves the list until the 12-month completion deadline', async () => {
    const company = testUsers.companyUser(ids.company.lotte);
    const registered = await subgraph.query<{ registerMentorTraining: { trainingStatus: string; trainingRegisteredOn: string } }>(REGISTER, {
      variables: { mentorId: ids.mentor.kapsalon, on: '2026-03-01' },
      as: company,
    });
    expect(registered.data!.registerMentorTraining).toEqual({ id: ids.mentor.kapsalon, trainingStatus: 'REGISTERED', trainingRegisteredOn: '2026-03-01' });
    expect(byMentor(await overdue(), ids.mentor.kapsalon)).toBeUndefined();
    const later = await overdue({ asOf: '2026-09-02' });
    expect(byMentor(later, ids.mentor.kapsalon)).toMatchObject({ deadlineKind: 'COMPLETION', deadline: '2026-09-01', daysOverdue: 1, escalationStep: { code: 'REGISTERED_LETTER_WITHDRAWAL' } });
    const again = await subgraph.query(REGISTER, { variables: { mentorId: ids.mentor.kapsalon, on: '2026-03-01' }, as: company });
    expect(firstError(again)).toMatchObject({ code: 'INVALID_STATE_TRANSITION' });
    expect(firstError(again).message).toMatch(/Ingeschreven/);
  });

  it('completion: by agency or the own partnership; a company may not certify; no dates in the future; not twice', async () => {
    expect(firstError(await subgraph.query(COMPLETE, { variables: { mentorId: ids.mentor.hotel, on: '2026-02-20' }, as: testUsers.companyUser(ids.company.leiehotels) })).code).toBe('FORBIDDEN');
    expect(firstError(await subgraph.query(COMPLETE, { variables: { mentorId: ids.mentor.hotel, on: '2026-02-20' }, as: testUsers.partnershipStaff(ids.partnership.bouw) })).code).toBe('FORBIDDEN');
    expect(firstError(await subgraph.query(COMPLETE, { variables: { mentorId: ids.mentor.hotel, on: '2026-02-20' }, as: testUsers.inspector })).code).toBe('FORBIDDEN');
    const future = await subgraph.query(COMPLETE, { variables: { mentorId: ids.mentor.hotel, on: '2026-03-03' }, as: testUsers.partnershipStaff(ids.partnership.horeca) });
    expect(firstError(future)).toMatchObject({ code: 'BAD_USER_INPUT' });
    const done = await subgraph.query<{ completeMentorTraining: { trainingStatus: string; trainingCompletedOn: string } }>(COMPLETE, {
      variables: { mentorId: ids.mentor.hotel, on: '2026-02-20' },
      as: testUsers.partnershipStaff(ids.partnership.horeca),
    });
    expect(done.data!.completeMentorTraining).toMatchObject({ trainingStatus: 'COMPLETED', trainingCompletedOn: '2026-02-20' });
    expect(byMentor(await overdue(), ids.mentor.hotel)).toBeUndefined();
    expect(firstError(await subgraph.query(COMPLETE, { variables: { mentorId: ids.mentor.hotel, on: '2026-02-21' }, as: testUsers.agencyStaff })).code).toBe('INVALID_STATE_TRANSITION');
    const history = await subgraph.query<{ history: { step: string; toStatus: string; actorName: string }[] }>(
      `query ($id: ID!) { history(entityId: $id) { step toStatus actorName } }`,
      { variables: { id: ids.mentor.hotel }, as: testUsers.inspector },
    );
    expect(history.data!.history).toEqual([{ step: 'complete', toStatus: 'COMPLETED', actorName: 'Koen Janssens' }]);
  });

  it('BR-22: an exemption only on a ground the partnership accepts', async () => {
    const refused = await subgraph.query(EXEMPT, { variables: { mentorId: ids.mentor.hotel2, ground: 'TEACHER_TRAINING' }, as: testUsers.agencyStaff });
    expect(firstError(refused)).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(firstError(refused).message).toMatch(/SP Horeca aanvaardt de vrijstellingsgrond TEACHER_TRAINING niet/);
    const unknown = await subgraph.query(EXEMPT, { variables: { mentorId: ids.mentor.hotel2, ground: 'FRIEND_OF_THE_BOSS' }, as: testUsers.agencyStaff });
    expect(firstError(unknown).code).toBe('BAD_USER_INPUT');
    expect(firstError(await subgraph.query(EXEMPT, { variables: { mentorId: ids.mentor.hotel2, ground: 'PREVIOUS_MENTOR_CERTIFICATE' }, as: testUsers.companyUser(ids.company.leiehotels) })).code).toBe('FORBIDDEN');
    const granted = await subgraph.query<{ grantMentorTrainingExemption: { trainingStatus: string; exemption: string } }>(EXEMPT, {
      variables: { mentorId: ids.mentor.hotel2, ground: 'PREVIOUS_MENTOR_CERTIFICATE' },
      as: testUsers.partnershipStaff(ids.partnership.horeca),
    });
    expect(granted.data!.grantMentorTrainingExemption).toMatchObject({ trainingStatus: 'EXEMPTED', exemption: 'PREVIOUS_MENTOR_CERTIFICATE' });
    expect(byMentor(await overdue(), ids.mentor.hotel2)).toBeUndefined();
    const twice = await subgraph.query(EXEMPT, { variables: { mentorId: ids.mentor.hotel2, ground: 'PREVIOUS_MENTOR_CERTIFICATE' }, as: testUsers.agencyStaff });
    expect(firstError(twice).code).toBe('INVALID_STATE_TRANSITION');
  });

  it('who reads the list: agency, inspectors, own partnership only; not companies, schools or centres', async () => {
    const own = await overdue({ asOf: '2026-05-02' }, testUsers.partnershipStaff(ids.partnership.bouw));
    expect(new Set(own.map((o) => o.partnership.code))).toEqual(new Set(['sp-bouw']));
    const other = await subgraph.query(OVERDUE, { variables: { partnershipId: ids.partnership.horeca }, as: testUsers.partnershipStaff(ids.partnership.bouw) });
    expect(firstError(other).code).toBe('FORBIDDEN');
    expect((await overdue({}, testUsers.inspector)).length).toBeGreaterThan(0);
    for (const user of [testUsers.companyUser(ids.company.lotte), testUsers.schoolUser, testUsers.centreUser(ids.company.lotte)]) {
      expect(firstError(await subgraph.query(OVERDUE, { variables: {}, as: user })).code).toBe('FORBIDDEN');
    }
    expect(firstError(await subgraph.query(REGISTER, { variables: { mentorId: ids.mentor.bouw, on: '2026-03-01' }, as: testUsers.companyUser(ids.company.lotte) })).code).toBe('FORBIDDEN');
    expect(firstError(await subgraph.query(OVERDUE, { variables: { asOf: '2026-02-30' }, as: testUsers.agencyStaff })).code).toBe('BAD_USER_INPUT');
  });

  it('BR-23: an external mentor training is equivalent (Hout) with ≥ 12 hours and the six themes', () => {
    expect(isEquivalentMentorTraining({ hours: 12, themes: HOUT_REQUIRED_THEMES })).toBe(true);
    expect(isEquivalentMentorTraining({ hours: 11, themes: HOUT_REQUIRED_THEMES })).toBe(false);
    expect(isEquivalentMentorTraining({ hours: 16, themes: HOUT_REQUIRED_THEMES.slice(1) })).toBe(false);
  });

  it('BR-25: Mentor+ sessions hold at most 16; a province with fewer than 6 registrations is cancelled', () => {
    const plan = planMentorPlusSessions({ ANTWERPEN: 5, LIMBURG: 6, OOST_VLAANDEREN: 16, WEST_VLAANDEREN: 17, VLAAMS_BRABANT: 40 });
    expect(plan).toEqual([
      { province: 'ANTWERPEN', registered: 5, cancelled: true, sessions: [] },
      { province: 'LIMBURG', registered: 6, cancelled: false, sessions: [6] },
      { province: 'OOST_VLAANDEREN', registered: 16, cancelled: false, sessions: [16] },
      { province: 'WEST_VLAANDEREN', registered: 17, cancelled: false, sessions: [9, 8] },
      { province: 'VLAAMS_BRABANT', registered: 40, cancelled: false, sessions: [14, 13, 13] },
    ]);
    expect(() => planMentorPlusSessions({ LIMBURG: -1 })).toThrow(RangeError);
  });
});
