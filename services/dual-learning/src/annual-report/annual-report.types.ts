import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

/*
 * Output types of the annual monitoring report (jaarrapport, §5 of the digest). Every figure is computed by PostgreSQL.
 * Enum values (ApplicationStatus, RejectionReason, SubmitterType, AgreementType, TerminationReason, CompanySizeClass,
 * PartnershipKind) are returned as String fields holding the Prisma enum's value: their GraphQL enums belong to the
 * modules that own them.
 */

@ObjectType('ApplicationsMonthFigures', { description: 'Erkenningsaanvragen per maand (Tabel 6) / Applications per month' })
export class ApplicationsMonthFigures {
  @Field(() => String, { description: 'Maand JJJJ-MM / Month YYYY-MM' })
  month!: string;

  @Field(() => Int, { description: 'Ingediend in deze maand / Submitted this month' })
  submitted!: number;

  @Field(() => Int, { description: 'Goedgekeurd in deze maand / Approved (decided) this month' })
  approved!: number;

  @Field(() => Int, { description: 'Afgekeurd in deze maand / Rejected (decided) this month' })
  rejected!: number;
}

@ObjectType('PartnershipDecisionFigures', {
  description: 'Behandelde aanvragen per partnerschap en status (Tabel 12) / Handled applications per partnership',
})
export class PartnershipDecisionFigures {
  @Field(() => ID, { nullable: true, description: 'Null op een subtotaal- of totaalrij / Null on a (sub)total row' })
  partnershipId!: string | null;

  @Field(() => String, { nullable: true })
  partnershipCode!: string | null;

  @Field(() => String, { nullable: true })
  partnershipName!: string | null;

  @Field(() => String, { nullable: true, description: 'FLEMISH (VP) of SECTORAL (SP); null op de totaalrij' })
  partnershipKind!: string | null;

  @Field(() => Int)
  rejected!: number;

  @Field(() => Int)
  approved!: number;

  @Field(() => Int)
  withdrawn!: number;

  @Field(() => Int)
  total!: number;

  @Field(() => Float, { description: 'Aandeel in het totaal, % (1 decimaal) / Share of the grand total' })
  sharePercent!: number;

  @Field(() => Float, { description: 'Afkeuringsgraad, % / Rejection rate' })
  rejectionRatePercent!: number;
}

@ObjectType('DecisionsPerPartnership', { description: 'Tabel 12 met subtotalen SP en VP / with SP and VP subtotals' })
export class DecisionsPerPartnership {
  @Field(() => [PartnershipDecisionFigures])
  rows!: PartnershipDecisionFigures[];

  @Field(() => [PartnershipDecisionFigures], { description: 'Subtotaal per soort (SECTORAL, FLEMISH)' })
  subtotals!: PartnershipDecisionFigures[];

  @Field(() => PartnershipDecisionFigures)
  total!: PartnershipDecisionFigures;
}

@ObjectType('PartnershipHandlingActionFigures', {
  description: 'Acties per partnerschap, % van de behandelde aanvragen (Tabel 9) / Handling actions per partnership',
})
export class PartnershipHandlingActionFigures {
  @Field(() => ID)
  partnershipId!: string;

  @Field(() => String)
  partnershipCode!: string;

  @Field(() => String)
  partnershipName!: string;

  @Field(() => Int, { description: 'Behandelde aanvragen / Handled applications' })
  handled!: number;

  @Field(() => Float, { description: 'Actie 1 administratieve controle, %' })
  administrativeCheckPercent!: number;

  @Field(() => Float, { description: 'Actie 2 contact onderneming, %' })
  companyContactPercent!: number;

  @Field(() => Float, { description: 'Actie 3 plaatsbezoek, %' })
  siteVisitPercent!: number;

  @Field(() => Float, { description: 'Actie 4 extern advies, %' })
  externalAdvicePercent!: number;
}

@ObjectType('RejectionReasonFigures', { description: 'Redenen van afkeuring (Tabel 10/11) / Rejection reasons' })
export class RejectionReasonFigures {
  @Field(() => String, { nullable: true, description: 'Maand JJJJ-MM; null op een jaartotaal / null on a year total' })
  month!: string | null;

  @Field(() => ID, { nullable: true })
  partnershipId!: string | null;

  @Field(() => String, { nullable: true })
  partnershipCode!: string | null;

  @Field(() => String, { nullable: true })
  partnershipName!: string | null;

  @Field(() => String, { description: 'RejectionReason' })
  reason!: string;

  @Field(() => Int)
  count!: number;

  @Field(() => Float, {
    description: '% van de afkeuringen in dezelfde groep (maand, partnerschap of jaar) / % of the rejections in the same group',
  })
  percent!: number;
}

@ObjectType('PartnershipHandlingTime', {
  description: 'Behandeltermijn per partnerschap (14 kalenderdagen, BR-01) / Handling time per partnership',
})
export class PartnershipHandlingTime {
  @Field(() => ID)
  partnershipId!: string;

  @Field(() => String)
  partnershipCode!: string;

  @Field(() => String)
  partnershipName!: string;

  @Field(() => Int, { description: 'Beslist (goedgekeurd of afgekeurd) / Decided' })
  decided!: number;

  @Field(() => Int, { description: 'Binnen de termijn (uiterlijk dag 14) / Within the term (day 14 at the latest)' })
  withinTerm!: number;

  @Field(() => Int, { description: 'Te laat (dag 15 of later) / Late' })
  late!: number;

  @Field(() => Float)
  withinTermPercent!: number;

  @Field(() => Float, { description: 'Mediaan in kalenderdagen / Median calendar days' })
  medianDays!: number;

  @Field(() => Float, { description: 'Gemiddelde in kalenderdagen / Average calendar days' })
  averageDays!: number;
}

@ObjectType('SubmitterFigures', { description: 'Indieners met machtiging (Tabel 8) / Mandated submitters' })
export class SubmitterFigures {
  @Field(() => String, { description: 'SubmitterType' })
  submitterType!: string;

  @Field(() => Int)
  count!: number;

  @Field(() => Float, { description: '% van de aanvragen met machtiging / % of the mandated submissions' })
  percentOfMandated!: number;
}

@ObjectType('SubmissionsByMandate', { description: 'Indiening met machtiging (Tabel 7/8) / Submission with mandate' })
export class SubmissionsByMandate {
  @Field(() => Int)
  total!: number;

  @Field(() => Int)
  withMandate!: number;

  @Field(() => Int)
  withoutMandate!: number;

  @Field(() => Float)
  withMandatePercent!: number;

  @Field(() => Float)
  withoutMandatePercent!: number;

  @Field(() => [SubmitterFigures])
  bySubmitter!: SubmitterFigures[];
}

@ObjectType('AgreementTypeFigures')
export class AgreementTypeFigures {
  @Field(() => String, { description: 'AgreementType' })
  type!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType('AgreementPartnershipFigures')
export class AgreementPartnershipFigures {
  @Field(() => ID)
  partnershipId!: string;

  @Field(() => String)
  partnershipCode!: string;

  @Field(() => String)
  partnershipName!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType('AgreementSizeClassFigures')
export class AgreementSizeClassFigures {
  @Field(() => String, { description: 'CompanySizeClass; UNKNOWN ook voor een werkplek zonder onderneming' })
  sizeClass!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType('AgreementsThatRan', {
  description: 'Overeenkomsten die minstens 1 dag liepen in het schooljaar (Tabel 15, 19, 20) / Agreements that ran',
})
export class AgreementsThatRan {
  @Field(() => Int)
  total!: number;

  @Field(() => Int, { description: 'Overgangsmaatregel, zonder erkenning / Transitional, no recognition' })
  transitional!: number;

  @Field(() => [AgreementTypeFigures], { description: 'Tabel 15' })
  byType!: AgreementTypeFigures[];

  @Field(() => [AgreementPartnershipFigures], { description: 'Tabel 19 (erkende werkplekken)' })
  byPartnership!: AgreementPartnershipFigures[];

  @Field(() => [AgreementSizeClassFigures], {
    description: 'Tabel 20: erkende werkplekken, zonder lokale en openbare besturen / excluding public authorities',
  })
  bySizeClass!: AgreementSizeClassFigures[];

  @Field(() => Int, { description: 'Niet in de grootteklassen: openbare besturen / Left out of the size classes' })
  publicAuthorityExcluded!: number;
}

@ObjectType('AgreementStartYearStatusFigures', {
  description: 'Overeenkomsten per schooljaar van start en status op de meetdatum (Tabel 16)',
})
export class AgreementStartYearStatusFigures {
  @Field(() => Int, { description: 'Schooljaar van start (2017 = 2017-2018)' })
  startSchoolYear!: number;

  @Field(() => String, { description: '"2017-2018"' })
  schoolYearLabel!: string;

  @Field(() => Int, { description: 'Lopend' })
  running!: number;

  @Field(() => Int, { description: 'Afgelopen' })
  ended!: number;

  @Field(() => Int, { description: 'Vroegtijdig beëindigd' })
  endedEarly!: number;

  @Field(() => Int)
  total!: number;

  @Field(() => Float)
  runningPercent!: number;

  @Field(() => Float)
  endedPercent!: number;

  @Field(() => Float)
  endedEarlyPercent!: number;
}

@ObjectType('TerminationReasonFigures', { description: 'Vroegtijdige beëindigingen per reden (Tabel 17)' })
export class TerminationReasonFigures {
  @Field(() => String, { description: 'TerminationReason, of UNKNOWN' })
  reason!: string;

  @Field(() => Int)
  count!: number;

  @Field(() => Float)
  percent!: number;
}
