import { Arg, Authorized, Ctx, Directive, Field, ID, InputType, Int, ObjectType, Query, Resolver, type ClassType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { Role } from '@werkplek/auth';
import { PageInfo, PageInput } from '../pagination.js';
import type { AuditableContext } from './audit-trail.middleware.js';
import { listAuditEntries } from './audit-trail.store.js';

@ObjectType('AuditTrailEntry', { description: 'Wie wanneer welke wijziging deed (audittrail van het platform)' })
@Directive('@shareable')
export class AuditTrailEntry {
  @Field(() => ID)
  id!: string;

  @Field(() => Date)
  at!: Date;

  @Field(() => String, { nullable: true })
  actorId!: string | null;

  @Field(() => String, { nullable: true })
  actorName!: string | null;

  @Field(() => String, { nullable: true })
  actorRole!: string | null;

  @Field(() => String, { description: 'De mutatie, bv. submitActionPlan' })
  operation!: string;

  @Field(() => GraphQLJSON, { nullable: true, description: 'De argumenten (geheimen en bestandsinhoud weggelaten)' })
  arguments!: unknown;

  @Field(() => String, { nullable: true })
  entityType!: string | null;

  @Field(() => String, { nullable: true })
  entityId!: string | null;

  @Field(() => GraphQLJSON, { nullable: true })
  before!: unknown;

  @Field(() => GraphQLJSON, { nullable: true })
  after!: unknown;

  @Field(() => String, { description: 'OK, of de foutcode die de oproeper kreeg' })
  outcome!: string;
}

@ObjectType('AuditTrailConnection')
@Directive('@shareable')
export class AuditTrailConnection {
  @Field(() => [AuditTrailEntry])
  nodes!: AuditTrailEntry[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}

@InputType('AuditTrailFilter')
export class AuditTrailFilter {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  entityType?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  entityId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  actorId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  operation?: string | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  from?: Date | null;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  to?: Date | null;
}

/**
 * `<domain>AuditTrail(filter, page)`: the subgraph's audit trail for agency staff, newest first. One field per domain
 * (dualLearningAuditTrail, trainingAuditTrail, inspectionAuditTrail), because each subgraph holds its own trail.
 */
export function auditTrailResolver(fieldName: string): ClassType {
  @Resolver()
  class AuditTrailResolver {
    @Authorized(Role.AgencyStaff)
    @Query(() => AuditTrailConnection, { name: fieldName, description: 'Audittrail van dit domein: elke mutatie, wie, wanneer, voor en na' })
    async auditTrail(
      @Ctx() context: AuditableContext,
      @Arg('filter', () => AuditTrailFilter, { nullable: true }) filter?: AuditTrailFilter,
      @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
    ): Promise<AuditTrailConnection> {
      const result = await listAuditEntries(context.prisma, { ...filter, first: page?.first ?? 25, after: page?.after ?? null });
      return { nodes: result.nodes, totalCount: result.totalCount, pageInfo: { endCursor: result.endCursor, hasNextPage: result.hasNextPage } };
    }
  }
  return AuditTrailResolver;
}
