import { rolesAllowed, IdArg, ExpectedVersionArg } from '@werkplek/subgraph-kit';
import { inspectionPolicy } from '../access/policy.js';
import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { notFound, PageInput, Role, StatusChange } from '@werkplek/subgraph-kit';
import type { InspectionContext } from '../context.js';
import type { Audit as AuditRow, Finding as FindingRow, Recommendation as RecommendationRow } from '../generated/prisma/client.js';
import { Audit } from '../audit/audit.types.js';
import { AUDIT, findingServiceOf } from '../finding/finding.service.js';
import { Finding } from '../finding/finding.types.js';
import {
  daysOverdue,
  implementedOnTime,
  isOverdue,
  recommendationServiceOf as serviceOf,
} from './recommendation.service.js';
import {
  EvaluateRecommendationInput,
  IssueRecommendationInput,
  Recommendation,
  RecommendationConnection,
  RecommendationFilter,
  RecommendationSort,
  RecommendationStatus,
} from './recommendation.types.js';

const readers = [Role.AgencyStaff, Role.Inspector, Role.CentreUser, Role.PartnershipStaff];

@Resolver(() => Recommendation)
export class RecommendationResolver {
  @Authorized(...readers)
  @Query(() => RecommendationConnection, {
    description: 'Aanbevelingen van doorlichtingen die je mag zien, vroegste afgesproken realisatiedatum eerst',
  })
  recommendations(
    @Arg('filter', () => RecommendationFilter, { nullable: true }) filter: RecommendationFilter | undefined,
    @Arg('page', () => PageInput, { nullable: true }) page: PageInput | undefined,
    @Arg('sort', () => RecommendationSort, { defaultValue: RecommendationSort.AGREED_DUE_ON_ASC }) sort: RecommendationSort,
    @Ctx() ctx: InspectionContext,
  ) {
    return serviceOf(ctx).list(filter, page, sort);
  }

  @Authorized(Role.Inspector, Role.AgencyStaff)
  @Query(() => RecommendationConnection, {
    description: 'Herinneringen: open aanbevelingen waarvan de realisatiedatum voorbij is (op te volgen)',
  })
  overdueRecommendations(
    @Arg('assignedToMe', () => Boolean, { nullable: true, description: 'Alleen van doorlichtingen waaraan je toegewezen bent' })
    assignedToMe: boolean | undefined,
    @Arg('page', () => PageInput, { nullable: true }) page: PageInput | undefined,
    @Ctx() ctx: InspectionContext,
  ) {
    return serviceOf(ctx).list({ overdue: true, assignedToMe: assignedToMe ?? false }, page);
  }

  @Authorized(...readers)
  @Query(() => Recommendation, { description: 'Eén aanbeveling' })
  recommendation(@IdArg('id') id: string, @Ctx() ctx: InspectionContext) {
    return serviceOf(ctx).recommendation(id);
  }

  @Authorized(...rolesAllowed(inspectionPolicy['Mutation.issueRecommendation']))
  @Mutation(() => Recommendation, {
    description: 'Een aanbeveling, maatregel of actie uit het verbeterplan formuleren; veilig om te herhalen',
  })
  issueRecommendation(@Arg('input', () => IssueRecommendationInput) input: IssueRecommendationInput, @Ctx() ctx: InspectionContext) {
    return serviceOf(ctx).issue(input);
  }

  @Authorized(...rolesAllowed(inspectionPolicy['Mutation.evaluateRecommendation']))
  @Mutation(() => Recommendation, {
    description: 'Een aanbeveling opvolgen (gerealiseerd / niet gerealiseerd); de eerste opvolging start de opvolging van de doorlichting',
  })
  evaluateRecommendation(
    @Arg('input', () => EvaluateRecommendationInput) input: EvaluateRecommendationInput,
    @ExpectedVersionArg() _expectedVersion: number | undefined, @Ctx() ctx: InspectionContext,
  ) {
    return serviceOf(ctx).evaluate(input);
  }

  @FieldResolver(() => Boolean, { description: 'Open en de afgesproken realisatiedatum is voorbij' })
  isOverdue(@Root() recommendation: RecommendationRow, @Ctx() ctx: InspectionContext): boolean {
    return isOverdue(recommendation, ctx.now());
  }

  @FieldResolver(() => Int, { description: 'Dagen na de afgesproken realisatiedatum (0 als ze niet achterstallig is)' })
  daysOverdue(@Root() recommendation: RecommendationRow, @Ctx() ctx: InspectionContext): number {
    return daysOverdue(recommendation, ctx.now());
  }

  @FieldResolver(() => Boolean, { nullable: true, description: 'Tijdig gerealiseerd (leeg zolang ze open is)' })
  implementedOnTime(@Root() recommendation: RecommendationRow): boolean | null {
    return implementedOnTime(recommendation);
  }

  @FieldResolver(() => Finding, { nullable: true })
  finding(@Root() recommendation: RecommendationRow, @Ctx() ctx: InspectionContext) {
    return recommendation.findingId ? findingServiceOf(ctx).findingById.load(recommendation.findingId) : null;
  }

  @FieldResolver(() => Audit)
  async audit(@Root() recommendation: RecommendationRow, @Ctx() ctx: InspectionContext) {
    const audit = await findingServiceOf(ctx).auditById.load(recommendation.auditId);
    if (!audit) throw notFound(AUDIT, recommendation.auditId);
    return audit;
  }

  @FieldResolver(() => [StatusChange], { description: 'Geschiedenis, oudste eerst' })
  history(@Root() recommendation: RecommendationRow, @Ctx() ctx: InspectionContext) {
    return serviceOf(ctx).historyOf.load(recommendation.id);
  }
}

@Resolver(() => Finding)
export class FindingRecommendationsResolver {
  @FieldResolver(() => [Recommendation], { description: 'Aanbevelingen bij deze vaststelling' })
  async recommendations(@Root() finding: FindingRow, @Ctx() ctx: InspectionContext) {
    // Through the audit's loader: the findings of a page and their audits' recommendations share one query.
    const ofAudit = await serviceOf(ctx).recommendationsOfAudit.load(finding.auditId);
    return ofAudit.filter((r) => r.findingId === finding.id);
  }
}

@Resolver(() => Audit)
export class AuditRecommendationsResolver {
  @FieldResolver(() => [Recommendation], { description: 'Aanbevelingen, maatregelen en acties, vroegste realisatiedatum eerst' })
  recommendations(@Root() audit: AuditRow, @Ctx() ctx: InspectionContext) {
    return serviceOf(ctx).recommendationsOfAudit.load(audit.id);
  }

  @FieldResolver(() => Int, { description: 'Aantal open aanbevelingen' })
  async openRecommendationCount(@Root() audit: AuditRow, @Ctx() ctx: InspectionContext): Promise<number> {
    const all = await serviceOf(ctx).recommendationsOfAudit.load(audit.id);
    return all.filter((r) => r.status === RecommendationStatus.OPEN).length;
  }

  @FieldResolver(() => Int, { description: 'Aantal open aanbevelingen waarvan de realisatiedatum voorbij is' })
  async overdueRecommendationCount(@Root() audit: AuditRow, @Ctx() ctx: InspectionContext): Promise<number> {
    const all = await serviceOf(ctx).recommendationsOfAudit.load(audit.id);
    const now = ctx.now();
    return all.filter((r) => isOverdue(r, now)).length;
  }
}
