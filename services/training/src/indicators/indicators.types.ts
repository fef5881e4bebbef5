import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '@werkplek/subgraph-kit';
import { RoundSeason } from '../action-plan/action-plan.types.js';
import { TrackMark } from '../criteria/criteria.types.js';
import { SurveyFocusGroup } from '../generated/prisma/enums.js';
// The satisfaction module owns (registers) SurveyFocusGroup; importing its types file registers it.
import '../satisfaction/satisfaction.types.js';

/** A ratio: numerator ÷ denominator as a percentage with one decimal (null when the denominator is 0), vs a target. */
@ObjectType('IndicatorRatio', { description: 'Verhouding: teller ÷ noemer in procent (1 decimaal) t.o.v. de doelstelling' })
export class IndicatorRatio {
  @Field(() => Int, { description: 'Teller' })
  numerator!: number;

  @Field(() => Int, { description: 'Noemer' })
  denominator!: number;

  @Field(() => Float, { nullable: true, description: 'Percentage, 1 decimaal; leeg bij noemer 0' })
  percentage!: number | null;

  @Field(() => Float, { nullable: true, description: 'Doelstelling in procent' })
  target!: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Doelstelling gehaald' })
  meetsTarget!: boolean | null;
}

@ObjectType('EnrolmentCount', { description: 'Ingeschreven cursisten op een teldatum (1 oktober, 1 februari, 1 juni)' })
export class EnrolmentCount {
  @Field(() => LocalDateScalar)
  onDate!: Date;

  @Field(() => Int, { description: 'Aantal verschillende cursisten' })
  learners!: number;
}

@ObjectType('CertificateRatios', { description: 'Verhouding instroom – gekwalificeerde uitstroom (§5.5)' })
export class CertificateRatios {
  @Field(() => Int, { description: 'Cursusjaar (2017 = 2017-18)' })
  courseYear!: number;

  @Field(() => Int, { description: 'Examenjaar: het tweede kalenderjaar van het cursusjaar' })
  examYear!: number;

  @Field(() => ID, { nullable: true })
  centreId!: string | null;

  @Field(() => [EnrolmentCount], { description: 'Ingeschreven op 1 oktober, 1 februari en 1 juni' })
  enrolled!: EnrolmentCount[];

  @Field(() => IndicatorRatio, { description: 'Getuigschriften beroepskennis ÷ ingeschreven op 1 juni (doel 25 %)' })
  professionalKnowledge!: IndicatorRatio;

  @Field(() => IndicatorRatio, { description: 'Getuigschriften bedrijfsbeheer ÷ inschrijvingen bedrijfsbeheer (doel 55 %)' })
  businessManagement!: IndicatorRatio;

  @Field(() => Int, { description: 'Diploma’s ondernemerschapstraject in het examenjaar' })
  diplomas!: number;

  @Field(() => Int, { description: 'Getuigschriften beroepskennis uitstroom kmo-medewerker in het examenjaar' })
  smeEmployeeCertificates!: number;
}

@ObjectType('TrackRealisation', { description: 'Realisatiegraad op trajectniveau voor een kenmerk (opgestart ÷ goedgekeurd)' })
export class TrackRealisation {
  @Field(() => TrackMark)
  mark!: TrackMark;

  @Field(() => IndicatorRatio)
  ratio!: IndicatorRatio;
}

@ObjectType('RealisationRate', { description: 'Realisatiegraad ondernemerschapstrajecten (§2.7, §5.8)' })
export class RealisationRate {
  @Field(() => Int)
  courseYear!: number;

  @Field(() => ID, { nullable: true })
  centreId!: string | null;

  @Field(() => LocalDateScalar, { description: 'Peildatum: 15 november van het cursusjaar' })
  snapshotOn!: Date;

  @Field(() => IndicatorRatio, { description: 'Cursussen gestart op of voor 15 november ÷ aangevraagde cursussen (moduleniveau)' })
  modules!: IndicatorRatio;

  @Field(() => [TrackRealisation], { description: 'Opgestarte ÷ goedgekeurde opstartbare trajecten per kenmerk (doel 90 %)' })
  tracks!: TrackRealisation[];
}

@ObjectType('FocusGroupScore', { description: 'Tevredenheid van een focusgroep' })
export class FocusGroupScore {
  @Field(() => SurveyFocusGroup)
  focusGroup!: SurveyFocusGroup;

  @Field(() => Float)
  score!: number;

  @Field(() => Int)
  respondents!: number;

  @Field(() => Boolean)
  meetsTarget!: boolean;
}

@ObjectType('SectorScore', { description: 'Laatste tevredenheidsscore van een sector (rotatie om de drie jaar)' })
export class SectorScore {
  @Field(() => ID)
  sectorId!: string;

  @Field(() => String)
  sectorName!: string;

  @Field(() => Float)
  score!: number;

  @Field(() => Int, { description: 'Jaar afname (schooljaar, 2016 = 2016-17)' })
  surveyYear!: number;

  @Field(() => Boolean)
  meetsTarget!: boolean;
}

@ObjectType('SatisfactionIndex', { description: 'Cursistentevredenheid ondernemerschapstrajecten (§5.7), op 10' })
export class SatisfactionIndex {
  @Field(() => Int)
  schoolYear!: number;

  @Field(() => Float, { description: 'Doelstelling (7,5)' })
  target!: number;

  @Field(() => Float, { nullable: true, description: 'Algemene index: de focusgroep Algemeen, anders het gewogen gemiddelde van het schooljaar' })
  overall!: number | null;

  @Field(() => Boolean, { nullable: true })
  meetsTarget!: boolean | null;

  @Field(() => [FocusGroupScore])
  focusGroups!: FocusGroupScore[];

  @Field(() => [SectorScore], { description: 'Per sector de laatste meting tot en met dit schooljaar' })
  sectors!: SectorScore[];
}

@ObjectType('SelfEmploymentShare', { description: 'Aandeel zelfstandigen op een moment na het eindproef' })
export class SelfEmploymentShare {
  @Field(() => Int, { description: 'Jaren na het slagen (0 = bij uitstroom)' })
  yearsAfter!: number;

  @Field(() => Int, { description: 'Zelfstandigen' })
  selfEmployed!: number;

  @Field(() => Float, { nullable: true, description: 'Aandeel in procent (1 decimaal); leeg zolang niet meetbaar' })
  percentage!: number | null;

  @Field(() => Float, { nullable: true, description: 'Verschil t.o.v. de uitstroom in procentpunten (1 decimaal)' })
  differencePoints!: number | null;

  @Field(() => Float, { nullable: true, description: 'Doelstelling in procentpunten (+8 na 1 jaar, +12 na 2 jaar)' })
  targetPoints!: number | null;

  @Field(() => Boolean, { nullable: true })
  meetsTarget!: boolean | null;
}

@ObjectType('OutflowToSelfEmployment', { description: 'Uitstroom naar ondernemerschap (§2.8, §5.6)' })
export class OutflowToSelfEmployment {
  @Field(() => Int)
  courseYear!: number;

  @Field(() => Int, { description: 'Geslaagd voor de eindproef' })
  passed!: number;

  @Field(() => [SelfEmploymentShare])
  shares!: SelfEmploymentShare[];
}

@ObjectType('StartableTrackCount', { description: 'Opstartbare trajecten met een kenmerk' })
export class StartableTrackCount {
  @Field(() => TrackMark)
  mark!: TrackMark;

  @Field(() => Int)
  tracks!: number;
}

@ObjectType('StartableTracks', { description: 'Nieuwe, flexibele en innovatieve trajecten opstartbaar op een datum (§5.4)' })
export class StartableTracks {
  @Field(() => LocalDateScalar)
  onDate!: Date;

  @Field(() => [StartableTrackCount], { description: 'Eén traject kan bij meerdere kenmerken tellen' })
  byMark!: StartableTrackCount[];

  @Field(() => Int, { description: 'Verschillende trajecten met minstens één kenmerk' })
  distinctTracks!: number;
}

@ObjectType('RoundRecognitions', { description: '(Niet-)erkenningen van opleidingsdossiers in een ronde, volgens het advies' })
export class RoundRecognitions {
  @Field(() => RoundSeason)
  season!: RoundSeason;

  @Field(() => Int)
  dossiers!: number;

  @Field(() => Int, { description: 'Erkend als innovatief (ook innovatief en flexibel)' })
  innovative!: number;

  @Field(() => Int, { description: 'Erkend als flexibel (ook innovatief en flexibel)' })
  flexible!: number;

  @Field(() => Int, { description: 'Erkend als innovatieve herwerking' })
  innovativeRework!: number;

  @Field(() => Int, { description: 'Niet erkend' })
  notRecognised!: number;

  @Field(() => Int, { description: 'Nog geen advies' })
  pending!: number;
}

@ObjectType('ActionPlanRecognitions', { description: 'Erkenningen innovatief / flexibel / herwerking per ronde van een jaar' })
export class ActionPlanRecognitions {
  @Field(() => Int)
  year!: number;

  @Field(() => [RoundRecognitions])
  rounds!: RoundRecognitions[];
}

@ObjectType('AwardedBudget', { description: 'Budget voor de toegekende gunningen (§5.10), incl. btw' })
export class AwardedBudget {
  @Field(() => Int)
  year!: number;

  @Field(() => Float, { description: 'Som van de gunningen incl. btw' })
  amountInclVat!: number;

  @Field(() => Float, { description: 'Waarvan oude werking' })
  oldWork!: number;

  @Field(() => Float, { description: 'Waarvan nieuwe werking (innovatieve partnerschappen)' })
  newWork!: number;

  @Field(() => Int)
  awards!: number;

  @Field(() => Float, { nullable: true, description: 'Doelstelling (2018: € 1.700.000; 2019: € 800.000 + € 900.000)' })
  target!: number | null;

  @Field(() => Boolean, { nullable: true })
  meetsTarget!: boolean | null;
}
