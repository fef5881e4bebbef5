import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import { rolesAllowed, LocalDateScalar } from '@werkplek/subgraph-kit';
import { dualLearningPolicy } from '../access/policy.js';
import type { DualLearningContext } from '../context.js';
import { annualReportServiceOf } from './annual-report.service.js';
import {
  AgreementStartYearStatusFigures,
  AgreementsThatRan,
  ApplicationsMonthFigures,
  DecisionsPerPartnership,
  PartnershipHandlingActionFigures,
  PartnershipHandlingTime,
  RejectionReasonFigures,
  SubmissionsByMandate,
  TerminationReasonFigures,
} from './annual-report.types.js';

const SCHOOL_YEAR = 'Beginjaar van het schooljaar (2017 = 1/7/2017 – 30/6/2018) / First year of the school year';

/** The annual monitoring report (jaarrapport): agency staff and inspectors see all, partnership staff their own. */
@Resolver()
export class AnnualReportResolver {
  @Authorized(...rolesAllowed(dualLearningPolicy['Query.applicationsPerMonth']))
  @Query(() => [ApplicationsMonthFigures], { description: 'Tabel 6: aanvragen per maand / applications per month' })
  applicationsPerMonth(@Arg('schoolYear', () => Int, { description: SCHOOL_YEAR }) schoolYear: number, @Ctx() ctx: DualLearningContext) {
    return annualReportServiceOf(ctx).applicationsPerMonth(schoolYear);
  }

  @Authorized(...rolesAllowed(dualLearningPolicy['Query.decisionsPerPartnership']))
  @Query(() => DecisionsPerPartnership, { description: 'Tabel 12: behandelde aanvragen per partnerschap en status' })
  decisionsPerPartnership(@Arg('schoolYear', () => Int, { description: SCHOOL_YEAR }) schoolYear: number, @Ctx() ctx: DualLearningContext) {
    return annualReportServiceOf(ctx).decisionsPerPartnership(schoolYear);
  }

  @Authorized(...rolesAllowed(dualLearningPolicy['Query.handlingActionsPerPartnership']))
  @Query(() => [PartnershipHandlingActionFigures], { description: 'Tabel 9: acties per partnerschap (% behandelde aanvragen)' })
  handlingActionsPerPartnership(
    @Arg('schoolYear', () => Int, { description: SCHOOL_YEAR }) schoolYear: number,
    @Ctx() ctx: DualLearningContext,
  ) {
    return annualReportServiceOf(ctx).handlingActionsPerPartnership(schoolYear);
  }

  @Authorized(...rolesAllowed(dualLearningPolicy['Query.rejectionReasons']))
  @Query(() => [RejectionReasonFigures], { description: 'Tabel 10 (per maand) of 11 (per partnerschap): redenen van afkeuring' })
  rejectionReasons(
    @Arg('schoolYear', () => Int, { description: SCHOOL_YEAR }) schoolYear: number,
    @Arg('byPartnership', () => Boolean, { defaultValue: false }) byPartnership: boolean,
    @Ctx() ctx: DualLearningContext,
  ) {
    return annualReportServiceOf(ctx).rejectionReasons(schoolYear, byPartnership);
  }

  @Authorized(...rolesAllowed(dualLearningPolicy['Query.handlingTime']))
  @Query(() => [PartnershipHandlingTime], { description: 'Behandeltermijn (14 dagen) per partnerschap / handling time' })
  handlingTime(@Arg('schoolYear', () => Int, { description: SCHOOL_YEAR }) schoolYear: number, @Ctx() ctx: DualLearningContext) {
    return annualReportServiceOf(ctx).handlingTime(schoolYear);
  }

  @Authorized(...rolesAllowed(dualLearningPolicy['Query.submissionsByMandate']))
  @Query(() => SubmissionsByMandate, { description: 'Tabel 7/8: indiening met machtiging / submission with mandate' })
  submissionsByMandate(@Arg('schoolYear', () => Int, { description: SCHOOL_YEAR }) schoolYear: number, @Ctx() ctx: DualLearningContext) {
    return annualReportServiceOf(ctx).submissionsByMandate(schoolYear);
  }

  @Authorized(...rolesAllowed(dualLearningPolicy['Query.agreementsThatRan']))
  @Query(() => AgreementsThatRan, { description: 'Tabel 15/19/20: overeenkomsten die minstens 1 dag liepen (BR-33)' })
  agreementsThatRan(@Arg('schoolYear', () => Int, { description: SCHOOL_YEAR }) schoolYear: number, @Ctx() ctx: DualLearningContext) {
    return annualReportServiceOf(ctx).agreementsThatRan(schoolYear);
  }

  @Authorized(...rolesAllowed(dualLearningPolicy['Query.agreementsByStartYearAndStatus']))
  @Query(() => [AgreementStartYearStatusFigures], { description: 'Tabel 16: overeenkomsten per startjaar en status op de meetdatum' })
  agreementsByStartYearAndStatus(
    @Arg('measuredOn', () => LocalDateScalar, { description: 'Meetdatum / Measurement date' }) measuredOn: Date,
    @Ctx() ctx: DualLearningContext,
  ) {
    return annualReportServiceOf(ctx).agreementsByStartYearAndStatus(measuredOn);
  }

  @Authorized(...rolesAllowed(dualLearningPolicy['Query.earlyTerminationsByReason']))
  @Query(() => [TerminationReasonFigures], { description: 'Tabel 17: vroegtijdige beëindigingen per reden' })
  earlyTerminationsByReason(
    @Arg('schoolYear', () => Int, { description: SCHOOL_YEAR }) schoolYear: number,
    @Ctx() ctx: DualLearningContext,
  ) {
    return annualReportServiceOf(ctx).earlyTerminationsByReason(schoolYear);
  }
}
