import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { User } from '@werkplek/auth';
import { demoReferences } from '@werkplek/config';
import { startTestSubgraph, testUsers, type TestSubgraph } from '@werkplek/test-kit';
import { CertificateType } from '../src/generated/prisma/enums.js';
import { createTrainingSubgraph } from '../src/index.js';
import { seedTraining } from '../src/seed.js';

// Server-side sorting of the lists the app used to sort only page by page (issue #6): courses, certificates, action
// plans, qualitative plans. On the demonstration seed, every sort value of each list: walking the list in small cursor
// pages gives exactly the rows of one big page, in the same order, and that order follows the sorted column.

const TODAY = new Date('2026-03-02T09:00:00Z');
const WEST = demoReferences.trainingCentres['syntra-west'];
let subgraph: TestSubgraph;

beforeAll(async () => {
  subgraph = await startTestSubgraph('training', (db) =>
    createTrainingSubgraph({
      ...db,
      now: () => TODAY,
      seedWith: async (prisma) => {
        await seedTraining(prisma, TODAY);
        // The demo has no plans yet: one per centre and round (and per centre and year), states and dates spread out.
        const centres = await prisma.trainingCentre.findMany({ orderBy: { code: 'asc' } });
        const rounds = await prisma.actionPlanRound.findMany({ orderBy: { deadline: 'asc' } });
        const planStates = ['DRAFT', 'SUBMITTED', 'RETURNED', 'UNDER_REVIEW', 'ADVISED', 'DECIDED'] as const;
        for (const [r, round] of rounds.entries()) {
          for (const [c, centre] of centres.entries()) {
            const status = planStates[(r + c) % planStates.length]!;
            await prisma.annualActionPlan.create({
              data: { centreId: centre.id, roundId: round.id, status, submittedAt: status === 'DRAFT' ? null : new Date(Date.UTC(2018, (r * 5 + c * 3) % 12, 1 + c)) },
            });
          }
        }
        const qualitativeStates = ['DRAFT', 'SUBMITTED', 'ASSESSED', 'REVIEWED'] as const;
        for (const year of [2018, 2019]) {
          for (const [c, centre] of centres.entries()) {
            await prisma.qualitativeAnnualPlan.create({ data: { centreId: centre.id, year, status: qualitativeStates[(year + c) % 4]! } });
          }
        }
      },
    }),
  );
}, 120_000);
afterAll(() => subgraph?.stop());

// Results are untyped JSON from the test server; each case below reads the few fields it compares.
async function ask(document: string, variables: Record<string, unknown>, as: User = testUsers.agencyStaff): Promise<any> {
  const result = await subgraph.query(document, { variables, as });
  expect(result.errors).toBeUndefined();
  return result.data;
}

type Row = { id: string } & Record<string, unknown>;
type Compared = string | number | null;

interface ListCase {
  list: string;
  query: string;
  filter: Record<string, unknown>;
  /** The value of the sorted column per key of the sort enum (null = empty). */
  keys: Record<string, (row: Row) => Compared>;
  /** Keys whose empty values go last in both directions. */
  nullsLast?: string[];
}

const cases: ListCase[] = [
  {
    list: 'courses',
    query: 'courses(filter: $filter, sort: $sort, page: $page) { totalCount pageInfo { hasNextPage endCursor } nodes { id requestedOn courseYear status startedOn module { name } centre { name } } }',
    filter: { centreId: WEST, courseYear: 2016 },
    keys: {
      REQUESTED_ON: (row) => row.requestedOn as string,
      MODULE: (row) => (row.module as { name: string }).name,
      CENTRE: (row) => (row.centre as { name: string }).name,
      COURSE_YEAR: (row) => row.courseYear as number,
      STATUS: (row) => ['REQUESTED', 'STARTED', 'CANCELLED'].indexOf(row.status as string),
      STARTED_ON: (row) => row.startedOn as string | null,
    },
    nullsLast: ['STARTED_ON'],
  },
  {
    list: 'certificates',
    query: 'certificates(filter: $filter, sort: $sort, page: $page) { totalCount pageInfo { hasNextPage endCursor } nodes { id number type examYear issuedOn learner { name } } }',
    filter: { examYear: 2017, centreId: WEST },
    keys: {
      NUMBER: (row) => row.number as string,
      // An enum column sorts in the enum's declared order (PostgreSQL enum), which is the order of the §2.5 list.
      TYPE: (row) => Object.values(CertificateType).indexOf(row.type as CertificateType),
      LEARNER: (row) => (row.learner as { name: string }).name,
      EXAM_YEAR: (row) => row.examYear as number,
      ISSUED_ON: (row) => row.issuedOn as string,
    },
  },
  {
    list: 'actionPlans',
    query: 'actionPlans(filter: $filter, sort: $sort, page: $page) { totalCount pageInfo { hasNextPage endCursor } nodes { id status submittedAt centre { name } round { deadline } } }',
    filter: {},
    keys: {
      CREATED_AT: () => null,
      CENTRE: (row) => (row.centre as { name: string }).name,
      ROUND: (row) => (row.round as { deadline: string }).deadline,
      STATUS: (row) => ['DRAFT', 'SUBMITTED', 'RETURNED', 'UNDER_REVIEW', 'ADVISED', 'DECIDED'].indexOf(row.status as string),
      SUBMITTED_AT: (row) => row.submittedAt as string | null,
    },
    nullsLast: ['SUBMITTED_AT'],
  },
  {
    list: 'qualitativePlans',
    query: 'qualitativePlans(filter: $filter, sort: $sort, page: $page) { totalCount pageInfo { hasNextPage endCursor } nodes { id year status centre { name } } }',
    filter: {},
    keys: {
      YEAR: (row) => row.year as number,
      CENTRE: (row) => (row.centre as { name: string }).name,
      STATUS: (row) => ['DRAFT', 'SUBMITTED', 'ASSESSED', 'REVIEWED'].indexOf(row.status as string),
    },
  },
];

const sortEnumOf: Record<string, string> = {
  courses: 'CourseSort',
  certificates: 'CertificateSort',
  actionPlans: 'ActionPlanSort',
  qualitativePlans: 'QualitativePlanSort',
};
const filterOf: Record<string, string> = {
  courses: 'CourseFilter',
  certificates: 'CertificateFilter',
  actionPlans: 'ActionPlanFilter',
  qualitativePlans: 'QualitativePlanFilter',
};

function compare(a: Compared, b: Compared): number {
  if (a === b) return 0;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  // PostgreSQL's text order in the test databases (C/ICU collations) agrees with a code-point compare on these names.
  return String(a) < String(b) ? -1 : 1;
}

describe.each(cases)('$list: sort over the whole list', (listCase) => {
  const document = `query ($filter: ${filterOf[listCase.list]}, $sort: ${sortEnumOf[listCase.list]}!, $page: PageInput) { ${listCase.query} }`;
  const fetchPage = async (sort: string, first: number, after?: string) =>
    (await ask(document, { filter: listCase.filter, sort, page: { first, ...(after ? { after } : {}) } }))[listCase.list] as {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      nodes: Row[];
    };

  const values = Object.keys(listCase.keys).flatMap((key) => [`${key}_ASC`, `${key}_DESC`]);
  it.each(values)('%s: pages of 4 walk the same order as one page, sorted by that column', async (sort) => {
    const whole = await fetchPage(sort, 100);
    expect(whole.totalCount).toBeGreaterThan(4);
    expect(whole.totalCount).toBeLessThanOrEqual(100);
    const walked: Row[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await fetchPage(sort, 4, after);
      walked.push(...page.nodes);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor!;
    }
    expect(walked.map((row) => row.id)).toEqual(whole.nodes.map((row) => row.id));

    const key = sort.replace(/_(ASC|DESC)$/, '');
    const descending = sort.endsWith('_DESC');
    const valueOf = listCase.keys[key]!;
    const sorted = whole.nodes.map(valueOf);
    const nullsLast = listCase.nullsLast?.includes(key) ?? false;
    for (let i = 1; i < sorted.length; i += 1) {
      const [before, current] = [sorted[i - 1]!, sorted[i]!];
      if (nullsLast && (before === null || current === null)) {
        expect(before === null && current !== null, `${sort}: an empty value before a filled one`).toBe(false);
        continue;
      }
      const order = compare(before, current) * (descending ? -1 : 1);
      expect(order, `${sort}: ${String(before)} then ${String(current)}`).toBeLessThanOrEqual(0);
    }
    // Not a constant column: the sort is seen to act (the two directions differ).
    if (new Set(sorted).size > 1) {
      const reverse = await fetchPage(`${key}_${descending ? 'ASC' : 'DESC'}`, 100);
      expect(reverse.nodes.map((row) => row.id)).not.toEqual(whole.nodes.map((row) => row.id));
    }
  });
});
