import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoReferences } from '@werkplek/config';
import { startTestSubgraph, testUsers, type TestSubgraph } from '@werkplek/test-kit';
import type { User } from '@werkplek/auth';
import type { PrismaClient } from '../src/generated/prisma/client.js';
import { createTrainingSubgraph } from '../src/index.js';
import { seedTrainingCentres } from '../src/seed.js';

const WEST = demoReferences.trainingCentres['syntra-west'];
/** Five of the 25 DAB sectors of §5.7. */
const SECTOR = {
  talen: '5e000000-0000-4000-8000-000000000301',
  horeca: '5e000000-0000-4000-8000-000000000302',
  transport: '5e000000-0000-4000-8000-000000000303',
  bouw: '5e000000-0000-4000-8000-000000000304',
  informatica: '5e000000-0000-4000-8000-000000000305',
};

let subgraph: TestSubgraph;

async function seedSurveyFixture(prisma: PrismaClient) {
  await prisma.sector.createMany({
    data: [
      { id: SECTOR.talen, code: 'TALEN', name: 'Talen en redactie' },
      { id: SECTOR.horeca, code: 'HORECA', name: 'Horeca' },
      { id: SECTOR.transport, code: 'TRANSPORT', name: 'Transport en logistiek' },
      { id: SECTOR.bouw, code: 'BOUW', name: 'Bouw en hout' },
      { id: SECTOR.informatica, code: 'INFORMATICA', name: 'Informatica' },
    ],
  });
}

beforeAll(async () => {
  subgraph = await startTestSubgraph('training', (db) =>
    createTrainingSubgraph({
      ...db,
      seedWith: async (prisma) => {
        await seedTrainingCentres(prisma);
        await seedSurveyFixture(prisma);
      },
      now: () => new Date('2018-09-01T10:00:00Z'),
    }),
  );
});
afterAll(() => subgraph?.stop());

type Errors = { message: string; extensions?: { code?: string } }[] | undefined;
const code = (errors: Errors) => errors?.[0]?.extensions?.code;

async function q<T = Record<string, any>>(document: string, variables: Record<string, unknown>, as?: User) {
  return (await subgraph.query<T>(document, { variables, ...(as ? { as } : {}) })) as { data?: T; errors?: Errors };
}

const RECORD = `mutation ($input: RecordSatisfactionSurveyInput!) {
  recordSatisfactionSurvey(input: $input) { id schoolYear sectorId focusGroup score respondents }
}`;
const LATEST = `{ latestSectorScores { sectorName score schoolYear schoolYearLabel meetsTarget } }`;

const record = (input: Record<string, unknown>, as: User = testUsers.agencyStaff) => q(RECORD, { input: { respondents: 120, ...input } }, as);

describe('§2.6: recording satisfaction surveys', () => {
  it('§2.6: agency staff record a sector score out of 10 with two decimals', async () => {
    const result = await record({ schoolYear: 2016, sectorId: SECTOR.talen, score: 6.54 });
    expect(result.errors).toBeUndefined();
    expect(result.data!.recordSatisfactionSurvey).toMatchObject({ schoolYear: 2016, sectorId: SECTOR.talen, focusGroup: null, score: 6.54, respondents: 120 });
  });

  it('§5.7: records the focus groups of 2017-18 (establishment law, innovative, flexible, general)', async () => {
    for (const [focusGroup, score] of [['ESTABLISHMENT_LAW', 7.27], ['INNOVATIVE', 6.4], ['FLEXIBLE', 6.86], ['GENERAL', 7.2]] as const) {
      const result = await record({ schoolYear: 2017, focusGroup, score });
      expect(result.errors).toBeUndefined();
      expect(result.data!.recordSatisfactionSurvey.score).toBe(score);
    }
    const again = await record({ schoolYear: 2017, focusGroup: 'INNOVATIVE', score: 6.5 });
    expect(code(again.errors)).toBe('CONFLICT');
  });

  it('§2.6: refuses a sector surveyed less than three years before (rotation), allows it after three', async () => {
    expect((await record({ schoolYear: 2014, sectorId: SECTOR.horeca, score: 7.27 })).errors).toBeUndefined();
    const tooSoon = await record({ schoolYear: 2016, sectorId: SECTOR.horeca, score: 7.1 });
    expect(code(tooSoon.errors)).toBe('CONFLICT');
    expect(tooSoon.errors![0]!.message).toMatch(/iedere sector komt om de drie jaar aan bod; Horeca werd bevraagd in 2014-2015/);
    const sameYear = await record({ schoolYear: 2014, sectorId: SECTOR.horeca, score: 7.1 });
    expect(code(sameYear.errors)).toBe('CONFLICT');
    expect((await record({ schoolYear: 2017, sectorId: SECTOR.horeca, score: 7.35 })).errors).toBeUndefined();
  });

  it('§2.6: exactly one of sector or focus group', async () => {
    const both = await record({ schoolYear: 2017, sectorId: SECTOR.bouw, focusGroup: 'GENERAL', score: 7 });
    expect(code(both.errors)).toBe('BAD_USER_INPUT');
    expect(both.errors![0]!.message).toMatch(/precies één van sector of focusgroep/);
    expect(code((await record({ schoolYear: 2017, score: 7 })).errors)).toBe('BAD_USER_INPUT');
  });

  it('rejects a score outside 0–10, with more than two decimals, no respondents or an unknown sector (bad input)', async () => {
    expect(code((await record({ schoolYear: 2015, sectorId: SECTOR.bouw, score: 10.5 })).errors)).toBe('BAD_USER_INPUT');
    const decimals = await record({ schoolYear: 2015, sectorId: SECTOR.bouw, score: 7.425 });
    expect(code(decimals.errors)).toBe('BAD_USER_INPUT');
    expect(decimals.errors![0]!.message).toMatch(/twee decimalen/);
    expect(code((await record({ schoolYear: 2015, sectorId: SECTOR.bouw, score: 7.42, respondents: 0 })).errors)).toBe('BAD_USER_INPUT');
    expect(code((await record({ schoolYear: 2015, sectorId: '5e000000-0000-4000-8000-000000000399', score: 7 })).errors)).toBe('BAD_USER_INPUT');
  });

  it('refuses centre users and inspectors recording a survey', async () => {
    expect(code((await record({ schoolYear: 2015, sectorId: SECTOR.bouw, score: 7.42 }, testUsers.centreUser(WEST))).errors)).toBe('FORBIDDEN');
    expect(code((await record({ schoolYear: 2015, sectorId: SECTOR.bouw, score: 7.42 }, testUsers.inspector)).errors)).toBe('FORBIDDEN');
  });
});

describe('§5.7: reading the results', () => {
  it('§5.7: the latest score per sector with its survey year, lowest first, against the 7.5 target', async () => {
    expect((await record({ schoolYear: 2015, sectorId: SECTOR.transport, score: 7.86 })).errors).toBeUndefined();
    expect((await record({ schoolYear: 2015, sectorId: SECTOR.bouw, score: 7.42 })).errors).toBeUndefined();
    const result = await q(LATEST, {}, testUsers.centreUser(WEST));
    expect(result.errors).toBeUndefined();
    expect(result.data!.latestSectorScores).toEqual([
      { sectorName: 'Talen en redactie', score: 6.54, schoolYear: 2016, schoolYearLabel: '2016-2017', meetsTarget: false },
      { sectorName: 'Horeca', score: 7.35, schoolYear: 2017, schoolYearLabel: '2017-2018', meetsTarget: false },
      { sectorName: 'Bouw en hout', score: 7.42, schoolYear: 2015, schoolYearLabel: '2015-2016', meetsTarget: false },
      { sectorName: 'Transport en logistiek', score: 7.86, schoolYear: 2015, schoolYearLabel: '2015-2016', meetsTarget: true },
    ]);
  });

  it('lists the surveys of a school year for inspectors, and refuses school users and anonymous callers', async () => {
    const result = await q<{ satisfactionSurveys: { focusGroup: string | null; sectorId: string | null }[] }>(
      `query ($y: Int) { satisfactionSurveys(schoolYear: $y) { focusGroup sectorId score sector { name } } }`,
      { y: 2017 },
      testUsers.inspector,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.satisfactionSurveys).toHaveLength(5); // four focus groups and Horeca
    expect(result.data!.satisfactionSurveys.filter((s) => s.sectorId !== null)).toMatchObject([{ sector: { name: 'Horeca' } }]);
    expect(code((await q(LATEST, {}, testUsers.schoolUser)).errors)).toBe('FORBIDDEN');
    expect(code((await q(LATEST, {})).errors)).toBe('UNAUTHENTICATED');
  });
});
