import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { InspectionContext } from '../context.js';
import { AuditSubjectType } from '../generated/prisma/enums.js';
import { Audit } from '../audit/audit.types.js';
import { auditServiceOf } from '../audit/audit.service.js';
import { PartnershipReference, TrackReference, TrainingCentreReference, WorkplaceReference } from './audited-subject.types.js';

/*
 * The audits this subgraph adds to the other domains' entities, newest first, with the same visibility as `audits`
 * (a centre or partnership sees only its finished reports). One query per request for a whole list of parents.
 */

@Resolver(() => TrainingCentreReference)
export class TrainingCentreAuditsResolver {
  @FieldResolver(() => [Audit], { description: 'Doorlichtingen van dit opleidingscentrum, recentste eerst' })
  audits(@Root() centre: TrainingCentreReference, @Ctx() ctx: InspectionContext) {
    return auditServiceOf(ctx).ofTrainingCentre.load(centre.id);
  }
}

@Resolver(() => PartnershipReference)
export class PartnershipAuditsResolver {
  @FieldResolver(() => [Audit], { description: 'Doorlichtingen over dit partnerschap of waarvoor het verantwoordelijk is, recentste eerst' })
  audits(@Root() partnership: PartnershipReference, @Ctx() ctx: InspectionContext) {
    return auditServiceOf(ctx).ofPartnership.load(partnership.id);
  }
}

@Resolver(() => WorkplaceReference)
export class WorkplaceAuditsResolver {
  @FieldResolver(() => [Audit], { description: 'Doorlichtingen van deze werkplek, recentste eerst' })
  audits(@Root() workplace: WorkplaceReference, @Ctx() ctx: InspectionContext) {
    return auditServiceOf(ctx).ofSubject.load(`${AuditSubjectType.WORKPLACE}:${workplace.id}`);
  }
}

@Resolver(() => TrackReference)
export class TrackAuditsResolver {
  @FieldResolver(() => [Audit], { description: 'Doorlichtingen van dit traject, recentste eerst' })
  audits(@Root() track: TrackReference, @Ctx() ctx: InspectionContext) {
    return auditServiceOf(ctx).ofSubject.load(`${AuditSubjectType.TRACK}:${track.id}`);
  }
}
