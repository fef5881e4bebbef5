import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, type GraphQLSchema } from 'graphql';
import { Arg, Field, ID, Mutation, ObjectType, Query, Resolver, Ctx, Authorized } from 'type-graphql';
import { openDatabase, type Database, type SqlConnection } from '@werkplek/database';
import { Role, type User } from '@werkplek/auth';
import { buildFederatedSchema, domainError, ErrorCode, type AuditDatabase } from '../src/index.js';
import { targetId } from '../src/audit-trail/audit-trail.middleware.js';

/**
 * The audit trail on a real (embedded) PostgreSQL: a small schema whose mutations change a `plan` table, the kit's
 * middleware recording them, and the trail's query. The context's `prisma` offers what a Prisma client offers the
 * trail (raw SQL and the model delegate `plan.findUnique`), over the same connection.
 */
@ObjectType()
class Plan {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  title!: string;
}

interface TestContext {
  user: User | null;
  prisma: AuditDatabase & { plan: { findUnique(args: { where: { id: string } }): Promise<unknown> } };
}

@Resolver()
class PlanResolver {
  @Query(() => Boolean)
  ok(): boolean {
    return true;
  }

  @Authorized()
  @Mutation(() => Plan)
  async renamePlan(@Ctx() context: TestContext, @Arg('id', () => ID) id: string, @Arg('title', () => String) title: string): Promise<Plan> {
    if (title === 'verboden') throw domainError(ErrorCode.InvalidStateTransition, 'Het plan is ingediend', 'The plan was submitted');
    await context.prisma.$executeRawUnsafe('UPDATE plan SET title = $1 WHERE id = $2', title, id);
    return { id, title };
  }

  @Authorized()
  @Mutation(() => Plan)
  async retitlePlan(@Ctx() context: TestContext, @Arg('planId', () => ID) planId: string, @Arg('title', () => String) title: string): Promise<Plan> {
    await context.prisma.$executeRawUnsafe('UPDATE plan SET title = $1 WHERE id = $2', title, planId);
    return { id: planId, title };
  }

  @Authorized(Role.AgencyStaff)
  @Mutation(() => Plan)
  async createPlan(@Ctx() context: TestContext, @Arg('id', () => ID) id: string, @Arg('content', () => String) content: string): Promise<Plan> {
    await context.prisma.$executeRawUnsafe('INSERT INTO plan (id, title, content) VALUES ($1, $2, $3)', id, 'Nieuw plan', content);
    return { id, title: 'Nieuw plan' };
  }
}

const staff: User = { id: 'staff-1', name: 'Sofie Claes', role: Role.AgencyStaff };
const centre: User = { id: 'centre-1', name: 'Lien Maes', role: Role.CentreUser, centreId: 'west' };
const planId = '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b';
const newPlanId = '7a2e3d4c-5b6f-4a71-9b8c-0d1e2f3a4b5c';

let database: Database;
let connection: SqlConnection;
let schema: GraphQLSchema;
let prisma: TestContext['prisma'];

beforeAll(async () => {
  database = await openDatabase({ dataDir: undefined });
  connection = await database.connect();
  await connection.query('CREATE TABLE plan (id uuid PRIMARY KEY, title text NOT NULL, content text)');
  await connection.query(`INSERT INTO plan VALUES ('${planId}', 'Jaaractieplan 2027', NULL)`);
  prisma = {
    $executeRawUnsafe: async (sql, ...values) => (await connection.query(sql, values)).length,
    $queryRawUnsafe: async <T,>(sql: string, ...values: unknown[]) => (await connection.query(sql, values)) as T,
    plan: { findUnique: async ({ where }) => (await connection.query('SELECT * FROM plan WHERE id = $1', [where.id]))[0] ?? null },
  };
  schema = await buildFederatedSchema({ resolvers: [PlanResolver], auditTrail: { field: 'testAuditTrail' } });
});

afterAll(async () => {
  await connection?.close();
  await database?.close();
});

// A clock that moves a minute per request, so "newest first" is a fact and not a tie.
let minute = 0;
const run = (source: string, user: User | null, variables?: Record<string, unknown>) => {
  const at = new Date(Date.UTC(2027, 0, 15, 10, minute++));
  return graphql({ schema, source, variableValues: variables, contextValue: { user, prisma, now: () => at } });
};

const TRAIL = `query ($filter: AuditTrailFilter, $page: PageInput) {
  testAuditTrail(filter: $filter, page: $page) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { at actorId actorName actorRole operation arguments entityType entityId before after outcome }
  }
}`;

describe('the audit trail', () => {
  it('records who changed what, with the record before and after, refused attempts, and withholds file content', async () => {
    expect((await run(`mutation { renamePlan(id: "${planId}", title: "Jaaractieplan 2027 (herzien)") { id } }`, centre)).errors).toBeUndefined();
    expect((await run(`mutation { renamePlan(id: "${planId}", title: "verboden") { id } }`, centre)).errors?.[0]?.extensions?.['code']).toBe('INVALID_STATE_TRANSITION');
    expect((await run(`mutation { createPlan(id: "${newPlanId}", content: "${'x'.repeat(50)}") { id } }`, staff)).errors).toBeUndefined();
    // Refused by the role check (before any middleware): on the trail too, without a snapshot; an anonymous attempt is not.
    expect((await run(`mutation { createPlan(id: "${newPlanId}", content: "x") { id } }`, centre)).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect((await run(`mutation { createPlan(id: "${newPlanId}", content: "y") { id } }`, null)).errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');

    const trail = await run(TRAIL, staff, { filter: { entityId: planId } });
    expect(trail.errors).toBeUndefined();
    const nodes = (trail.data?.['testAuditTrail'] as { nodes: Record<string, unknown>[] }).nodes;
    expect(nodes).toEqual([
      expect.objectContaining({
        operation: 'renamePlan',
        actorId: 'centre-1',
        actorRole: 'CENTRE_USER',
        outcome: 'INVALID_STATE_TRANSITION',
        before: { id: planId, title: 'Jaaractieplan 2027 (herzien)', content: null },
        after: { id: planId, title: 'Jaaractieplan 2027 (herzien)', content: null },
      }),
      expect.objectContaining({
        operation: 'renamePlan',
        actorName: 'Lien Maes',
        at: '2027-01-15T10:00:00.000Z',
        arguments: { id: planId, title: 'Jaaractieplan 2027 (herzien)' },
        entityType: 'Plan',
        before: { id: planId, title: 'Jaaractieplan 2027', content: null },
        after: { id: planId, title: 'Jaaractieplan 2027 (herzien)', content: null },
        outcome: 'OK',
      }),
    ]);
    const created = await run(TRAIL, staff, { filter: { operation: 'createPlan' } });
    const createdNodes = (created.data?.['testAuditTrail'] as { nodes: Record<string, unknown>[] }).nodes;
    expect(createdNodes.map((node) => [node['actorRole'], node['outcome']])).toEqual([['CENTRE_USER', 'FORBIDDEN'], ['AGENCY_STAFF', 'OK']]);
    expect(createdNodes[0]).toMatchObject({ actorId: 'centre-1', entityId: newPlanId, before: null, after: null });
    const ok = createdNodes[1]!;
    expect(ok['before']).toBeNull();
    expect(ok['arguments']).toEqual({ id: newPlanId, content: expect.stringMatching(/^\[weggelaten: 50 tekens, sha256 [0-9a-f]{16}\]$/) });
    expect(ok['after']).toEqual({ id: newPlanId, title: 'Nieuw plan', content: expect.stringMatching(/^\[weggelaten: 50 tekens/) });
  });

  it('pages newest first and is for agency staff only', async () => {
    const first = await run(TRAIL, staff, { page: { first: 2 } });
    const page = first.data?.['testAuditTrail'] as { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: unknown[] };
    expect(page.totalCount).toBe(4);
    expect(page.nodes).toHaveLength(2);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const second = await run(TRAIL, staff, { page: { first: 2, after: page.pageInfo.endCursor } });
    const rest = second.data?.['testAuditTrail'] as { nodes: { operation: string }[]; pageInfo: { hasNextPage: boolean } };
    expect(rest.nodes.map((node) => node.operation)).toEqual(['renamePlan', 'renamePlan']);
    expect(rest.pageInfo.hasNextPage).toBe(false);
    expect((await run(TRAIL, centre)).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect((await run(TRAIL, staff, { page: { after: 'rommel' } })).errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it("finds the record by the result type's own id argument too (planId for a Plan)", async () => {
    expect((await run(`mutation { retitlePlan(planId: "${planId}", title: "Jaaractieplan 2027 (definitief)") { id } }`, centre)).errors).toBeUndefined();
    const trail = await run(TRAIL, staff, { filter: { operation: 'retitlePlan' } });
    const [entry] = (trail.data?.['testAuditTrail'] as { nodes: Record<string, unknown>[] }).nodes;
    expect(entry).toMatchObject({
      entityId: planId,
      before: { title: 'Jaaractieplan 2027 (herzien)' },
      after: { title: 'Jaaractieplan 2027 (definitief)' },
    });
  });

  it('names the record by an id argument whose name ends the type name (applicationId for a RecognitionApplication)', () => {
    const id = '0b6f3a52-1c1e-4d0e-9a57-2d7f8e0c4b11';
    expect(targetId({ applicationId: id, reason: 'x' }, 'RecognitionApplication')).toBe(id);
    expect(targetId({ input: { applicationId: id } }, 'RecognitionApplication')).toBe(id);
    expect(targetId({ mentorId: id }, 'Mentor')).toBe(id);
    // The longest matching name wins, and an id of another record is no match.
    expect(targetId({ applicationId: 'other', recognitionApplicationId: id }, 'RecognitionApplication')).toBe(id);
    expect(targetId({ partnershipId: id }, 'RecognitionApplication')).toBeUndefined();
    expect(targetId({ id, auditId: 'other' }, 'Audit')).toBe(id);
  });
});
