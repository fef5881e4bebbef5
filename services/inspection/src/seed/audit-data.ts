import { demoReferences } from '@werkplek/config';
import {
  AuditKind,
  AuditResult,
  AuditRole,
  AuditStatus,
  AuditSubjectType,
  FindingSeverity,
  RecommendationKind,
  RecommendationStatus,
} from '../generated/prisma/enums.js';
import type { AuditorKey } from './auditors.js';
import { partnershipIdOf } from './ids.js';
import type { TemplateKey } from './templates.js';

export const centres = demoReferences.trainingCentres;
export const workplaces = demoReferences.workplaces;
export const partnerships = {
  bouw: partnershipIdOf('sp-bouw'),
  horeca: partnershipIdOf('sp-horeca'),
  groen: partnershipIdOf('sp-groene-sectoren'),
  auto: partnershipIdOf('sp-auto'),
};

export type AnswerValue = boolean | number | string;

export interface FindingSeed {
  key: string;
  severity: FindingSeverity;
  title: string;
  description: string;
  question?: string;
}

export interface RecommendationSeed {
  key: string;
  finding?: string;
  kind: RecommendationKind;
  description: string;
  owner: string;
  agreedDueOn: string;
  status: RecommendationStatus;
  implementedOn?: string;
  evaluatedOn?: string;
  evaluationNote?: string;
}

/**
 * One demonstration audit. The dates of the steps taken drive both the audit's columns and its history, so the two
 * cannot disagree: plan (plannedOn) → prepare (preparedOn) → start (performedOn) → report (reportedOn) →
 * startFollowUp (followUpOn) → close (closedOn).
 */
export interface AuditSeed {
  number: number;
  kind: AuditKind;
  title: string;
  focus?: string;
  subjectType: AuditSubjectType;
  subjectId: string;
  trainingCentreId?: string;
  partnershipId?: string;
  teachingLocation?: string;
  /** The template pinned at preparation. */
  template?: TemplateKey;
  status: AuditStatus;
  plannedOn: string;
  scheduledOn: string;
  preparedOn?: string;
  preparationPackReceivedOn?: string;
  performedOn?: string;
  reportedOn?: string;
  followUpOn?: string;
  closedOn?: string;
  result?: AuditResult;
  reportSummary?: string;
  advice?: string;
  reportedToFlemishPartnershipOn?: string;
  improvementPlanApprovedOn?: string;
  notes?: string;
  team: [AuditorKey, AuditRole][];
  /** The annual plan 2026's item that scheduled it, by "<kind>:<subjectId>". */
  planned?: boolean;
  /** Answers by question code; 'all' answers the rest with a neutral value. Only for audits that were performed. */
  answers?: { complete: boolean; values: Record<string, AnswerValue> };
  findings?: FindingSeed[];
  recommendations?: RecommendationSeed[];
}

const { LEAD, INSPECTOR, CO_AUDITOR, PANEL_MEMBER } = AuditRole;
const { POSITIVE, OBSERVATION, SHORTCOMING, SERIOUS_SHORTCOMING } = FindingSeverity;
const { RECOMMENDATION, MEASURE, IMPROVEMENT_ACTION } = RecommendationKind;
const { OPEN, IMPLEMENTED, NOT_IMPLEMENTED } = RecommendationStatus;

/**
 * The entity's work of the year, from seed003 §4.3–4.6 with 2018 moved to 2026 (and 2019 to 2027, 2020 to 2028), so
 * that today (late November 2026) sits where the source's autumn 2018 sits.
 */
export const auditSeed: AuditSeed[] = [
  // §4.6: leertijd follow-up audits by a Paritair College (agency + education inspectors), one per audit.
  {
    number: 1,
    kind: AuditKind.APPRENTICESHIP_FOLLOW_UP,
    title: 'Opvolgingsdoorlichting leertijd Syntra Midden-Vlaanderen',
    focus: 'leertijd',
    subjectType: AuditSubjectType.TRAINING_CENTRE,
    subjectId: centres['syntra-midden-vlaanderen'],
    trainingCentreId: centres['syntra-midden-vlaanderen'],
    template: 'apprenticeshipFollowUp',
    status: AuditStatus.FOLLOW_UP,
    plannedOn: '2025-12-12',
    scheduledOn: '2026-03-17',
    preparedOn: '2026-02-24',
    performedOn: '2026-03-17',
    reportedOn: '2026-04-28',
    followUpOn: '2026-06-23',
    result: AuditResult.NOT_POSITIVE,
    reportSummary:
      'Het Paritair College stelt vast dat de acties uit het verbeterplan na de vorige doorlichting maar gedeeltelijk gerealiseerd zijn. De opvolging van leerlingen zonder werkplek en de volledigheid van de individuele dossiers blijven onvoldoende. De opvolgingsdoorlichting kent geen positief resultaat.',
    advice: 'Een nieuw verbeterplan indienen; SYNTRUM coördineert de verbeterplannen van de Syntra.',
    improvementPlanApprovedOn: '2026-06-23',
    team: [['pieter', LEAD], ['sofie', PANEL_MEMBER], ['marleen', PANEL_MEMBER]],
    planned: true,
    answers: {
      complete: true,
      values: { '1.1': false, '1.2': 2, '2.1': 2, '2.2': false, '2.3': 1, '3.1': 3, '3.2': 'Niet positief: nieuw verbeterplan binnen drie maanden.' },
    },
    findings: [
      { key: 'no-workplace', severity: SERIOUS_SHORTCOMING, title: 'Leerlingen zonder werkplek onvoldoende opgevolgd', description: 'Van de twaalf leerlingen zonder werkplek hadden er zeven geen actieplan naar een werkplek; voor drie was er na de decretale termijn geen contact meer.', question: '2.3' },
      { key: 'dossiers', severity: SHORTCOMING, title: 'Individuele dossiers onvolledig', description: 'In acht van de twintig nagekeken dossiers ontbreken het opleidingsplan of de evaluaties van de werkplek.', question: '2.2' },
      { key: 'general-education', severity: POSITIVE, title: 'Algemene vorming van goede kwaliteit', description: 'De lessen algemene vorming zijn goed voorbereid en sluiten aan bij de praktijk van de leerlingen.', question: '3.1' },
    ],
    recommendations: [
      { key: 'action-plan', finding: 'no-workplace', kind: IMPROVEMENT_ACTION, description: 'Elke leerling zonder werkplek binnen dertig dagen een trajectbegeleider en een actieplan naar een werkplek geven.', owner: 'Syntra Midden-Vlaanderen, coördinator leertijd', agreedDueOn: '2026-10-31', status: IMPLEMENTED, implementedOn: '2026-10-20', evaluatedOn: '2026-11-10', evaluationNote: 'Steekproef van tien dossiers: alle leerlingen zonder werkplek hebben een actieplan.' },
      { key: 'checklist', finding: 'dossiers', kind: IMPROVEMENT_ACTION, description: 'Een checklist voor de volledigheid van de individuele dossiers invoeren en elk trimester steekproefsgewijs controleren.', owner: 'Syntra Midden-Vlaanderen, trajectbegeleiding', agreedDueOn: '2027-01-31', status: OPEN },
      { key: 'syntrum', kind: IMPROVEMENT_ACTION, description: 'De verbeteracties samen met SYNTRUM opvolgen in het overleg van de Syntra.', owner: 'Syntra Midden-Vlaanderen, directie', agreedDueOn: '2027-03-31', status: OPEN },
    ],
  },
  {
    number: 2,
    kind: AuditKind.APPRENTICESHIP_FOLLOW_UP,
    title: 'Opvolgingsdoorlichting leertijd Syntra Brussel',
    focus: 'leertijd',
    subjectType: AuditSubjectType.TRAINING_CENTRE,
    subjectId: centres['syntra-brussel'],
    trainingCentreId: centres['syntra-brussel'],
    template: 'apprenticeshipFollowUp',
    status: AuditStatus.REPORTED,
    plannedOn: '2025-12-12',
    scheduledOn: '2026-04-21',
    preparedOn: '2026-03-31',
    performedOn: '2026-04-21',
    reportedOn: '2026-05-26',
    result: AuditResult.NOT_POSITIVE,
    reportSummary:
      'De trajectbegeleiding is niet systematisch gedocumenteerd en het verbeterplan werd maar voor een deel uitgevoerd. Het Paritair College komt tot een niet-positief resultaat.',
    advice: 'Het verbeterplan aanvullen met meetbare acties en een timing; opvolging door het agentschap samen met SYNTRUM.',
    improvementPlanApprovedOn: '2026-07-07',
    team: [['jan', LEAD], ['lies', PANEL_MEMBER], ['dirk', PANEL_MEMBER]],
    planned: true,
    answers: { complete: true, values: { '1.1': true, '1.2': 2, '2.1': 1, '2.2': true, '2.3': 2, '3.1': 3, '3.2': 'Niet positief.' } },
    findings: [
      { key: 'guidance', severity: SHORTCOMING, title: 'Trajectbegeleiding niet systematisch gedocumenteerd', description: 'Gesprekken met leerlingen en werkplekken worden niet in het dossier bijgehouden; opvolging hangt af van de individuele begeleider.', question: '2.1' },
      { key: 'teamsite', severity: OBSERVATION, title: "Teamsite 'doorlichting' weinig gebruikt", description: 'De documenten voor de doorlichting staan verspreid; de teamsite van het agentschap wordt nauwelijks gebruikt.' },
      { key: 'dossiers', severity: POSITIVE, title: 'Individuele dossiers volledig', description: 'Alle nagekeken dossiers bevatten een opleidingsplan en evaluaties.', question: '2.2' },
    ],
    recommendations: [
      { key: 'log', finding: 'guidance', kind: IMPROVEMENT_ACTION, description: 'Elk begeleidingsgesprek met leerling en werkplek in het dossier registreren.', owner: 'Syntra Brussel, trajectbegeleiding', agreedDueOn: '2026-12-31', status: OPEN },
      { key: 'plan', kind: IMPROVEMENT_ACTION, description: 'Het verbeterplan aanvullen met meetbare acties en een timing per actie.', owner: 'Syntra Brussel, directie', agreedDueOn: '2027-02-28', status: OPEN },
    ],
  },
  {
    number: 3,
    kind: AuditKind.APPRENTICESHIP_FOLLOW_UP,
    title: 'Opvolgingsdoorlichting leertijd Syntra West',
    focus: 'leertijd',
    subjectType: AuditSubjectType.TRAINING_CENTRE,
    subjectId: centres['syntra-west'],
    trainingCentreId: centres['syntra-west'],
    status: AuditStatus.PLANNED,
    plannedOn: '2026-09-15',
    scheduledOn: '2027-04-20',
    notes: "Voorbereidingsondersteuning gestart: frequent overleg, nazicht van individuele dossiers, teamsite met een rubriek 'doorlichting'.",
    team: [['pieter', LEAD], ['sofie', PANEL_MEMBER], ['marleen', PANEL_MEMBER]],
  },
  {
    number: 4,
    kind: AuditKind.APPRENTICESHIP_FOLLOW_UP,
    title: 'Opvolgingsdoorlichting leertijd Syntra Antwerpen en Vlaams-Brabant',
    focus: 'leertijd',
    subjectType: AuditSubjectType.TRAINING_CENTRE,
    subjectId: centres['syntra-antwerpen-vlaams-brabant'],
    trainingCentreId: centres['syntra-antwerpen-vlaams-brabant'],
    status: AuditStatus.PLANNED,
    plannedOn: '2026-10-06',
    scheduledOn: '2028-03-14',
    notes: 'Beperkte voorbereiding gestart in 2026; het Paritair College wordt later samengesteld.',
    team: [['jan', LEAD]],
  },
  // §4.5: inspection of the entrepreneurship tracks (team inspectie).
  {
    number: 5,
    kind: AuditKind.TRACK_INSPECTION,
    title: 'Try-out inspectie groensector Syntra Limburg',
    focus: 'groensector',
    subjectType: AuditSubjectType.TRAINING_CENTRE,
    subjectId: centres['syntra-limburg'],
    trainingCentreId: centres['syntra-limburg'],
    teachingLocation: 'Hasselt',
    template: 'trackInspectionV1',
    status: AuditStatus.CLOSED,
    plannedOn: '2025-12-12',
    scheduledOn: '2026-03-10',
    preparedOn: '2026-02-27',
    performedOn: '2026-03-10',
    reportedOn: '2026-04-14',
    followUpOn: '2026-10-05',
    closedOn: '2026-10-27',
    reportSummary: 'Try-out in de groensector (tuinaanleg en -onderhoud): voorbereiding, terreinbezoek, rapportage en aanbevelingen. De praktijklessen zijn sterk; de administratie van de aanwezigheden moet beter.',
    team: [['sofie', LEAD], ['bart', INSPECTOR]],
    planned: true,
    answers: { complete: true, values: { '1.1': true, '1.2': false, '1.3': 2, '2.1': 4, '2.2': true, '3.1': 'De regels voor de registratie van inhaallessen zijn voor de lesgevers niet duidelijk.' } },
    findings: [
      { key: 'practice', severity: POSITIVE, title: 'Praktijklessen tuinaanleg sterk uitgebouwd', description: 'De praktijklessen gebeuren op echte werven, met materiaal van partnerbedrijven.', question: '2.1' },
      { key: 'agenda', severity: OBSERVATION, title: 'Klasagenda niet altijd volledig', description: 'In twee van de vijf cursussen ontbreekt bij een deel van de lessen de lesinhoud.', question: '1.3' },
      { key: 'registers', severity: SHORTCOMING, title: 'Aanwezigheidsregisters niet ondertekend', description: 'De aanwezigheidsregisters van de avondlessen worden niet per lesdag door de lesgever ondertekend.', question: '1.2' },
    ],
    recommendations: [
      { key: 'sign', finding: 'registers', kind: RECOMMENDATION, description: 'De aanwezigheidsregisters per lesdag laten ondertekenen door de lesgever.', owner: 'Syntra Limburg, campusverantwoordelijke Hasselt', agreedDueOn: '2026-09-30', status: IMPLEMENTED, implementedOn: '2026-09-01', evaluatedOn: '2026-10-05', evaluationNote: 'Registers van september nagekeken: volledig ondertekend.' },
      { key: 'agenda', finding: 'agenda', kind: RECOMMENDATION, description: 'De klasagenda na elke les laten aanvullen met lesinhoud en lesgever.', owner: 'Syntra Limburg, opleidingsverantwoordelijke groen', agreedDueOn: '2026-09-30', status: NOT_IMPLEMENTED, evaluatedOn: '2026-10-05', evaluationNote: 'Nog onvolledig in twee van de vijf cursussen; opnieuw bekeken bij de volgende inspectie.' },
    ],
  },
  // The thematic inspection of the final exams: on average two final exams attended per teaching location.
  {
    number: 6,
    kind: AuditKind.TRACK_INSPECTION,
    title: 'Thematische inspectie eindproeven Syntra West – lesplaats Brugge',
    focus: 'eindproeven',
    subjectType: AuditSubjectType.TRAINING_CENTRE,
    subjectId: centres['syntra-west'],
    trainingCentreId: centres['syntra-west'],
    teachingLocation: 'Brugge',
    template: 'trackInspectionV2',
    status: AuditStatus.REPORTED,
    plannedOn: '2025-12-12',
    scheduledOn: '2026-06-09',
    preparedOn: '2026-05-26',
    performedOn: '2026-06-09',
    reportedOn: '2026-07-07',
    reportSummary: 'Twee eindproeven bijgewoond (bakker, elektrotechnisch installateur). De eindproeven verlopen ordelijk, maar de jury had geen externe deskundige en de beoordeling wordt niet per cursist vastgelegd.',
    team: [['pieter', LEAD]],
    planned: true,
    answers: { complete: true, values: { '1.2': true, '1.3': 3, '1.4': 'Op papier', '2.1': 3, '2.2': true, '4.1': 2, '4.2': 3, '4.3': false, '4.4': 'Gezamenlijk juryverslag' } },
    findings: [
      { key: 'jury', severity: SHORTCOMING, title: 'Jury zonder externe deskundige', description: 'Bij beide eindproeven bestond de jury enkel uit lesgevers van de opleiding.', question: '4.3' },
      { key: 'assessment', severity: OBSERVATION, title: 'Beoordeling enkel in een gezamenlijk juryverslag', description: 'Per cursist is niet na te gaan op welke criteria de beoordeling steunt.', question: '4.4' },
      { key: 'order', severity: POSITIVE, title: 'Eindproeven ordelijk en volgens het reglement', description: 'Opdracht, duur en toezicht volgen het examenreglement.', question: '4.2' },
    ],
    recommendations: [
      { key: 'external', finding: 'jury', kind: RECOMMENDATION, description: 'Bij elke eindproef minstens één externe deskundige uit de sector in de jury opnemen.', owner: 'Syntra West, examencoördinator Brugge', agreedDueOn: '2026-11-01', status: OPEN },
      { key: 'form', finding: 'assessment', kind: RECOMMENDATION, description: 'Een beoordelingsformulier per cursist invoeren, met de criteria van de eindproef.', owner: 'Syntra West, examencoördinator Brugge', agreedDueOn: '2026-11-15', status: OPEN },
    ],
  },
  {
    number: 7,
    kind: AuditKind.TRACK_INSPECTION,
    title: 'Thematische inspectie eindproeven Syntra West – lesplaats Kortrijk',
    focus: 'eindproeven',
    subjectType: AuditSubjectType.TRAINING_CENTRE,
    subjectId: centres['syntra-west'],
    trainingCentreId: centres['syntra-west'],
    teachingLocation: 'Kortrijk',
    template: 'trackInspectionV2',
    status: AuditStatus.FOLLOW_UP,
    plannedOn: '2026-01-20',
    scheduledOn: '2026-06-16',
    preparedOn: '2026-06-02',
    performedOn: '2026-06-16',
    reportedOn: '2026-07-07',
    followUpOn: '2026-11-18',
    reportSummary: 'Twee eindproeven bijgewoond (kapper, schrijnwerker). Het examenreglement wordt gevolgd; de aanwezigheden worden nog op papier bijgehouden.',
    team: [['pieter', LEAD], ['sofie', INSPECTOR]],
    answers: { complete: true, values: { '1.2': true, '1.3': 3, '1.4': 'Op papier', '2.1': 4, '2.2': true, '4.1': 2, '4.2': 4, '4.3': true, '4.4': 'Beoordelingsformulier per cursist' } },
    findings: [
      { key: 'paper', severity: OBSERVATION, title: 'Aanwezigheden en klasagenda nog op papier', description: 'Syntra West besliste, na Syntra Limburg en Syntra Antwerpen en Vlaams-Brabant, om aanwezigheden en klasagenda te digitaliseren.', question: '1.4' },
      { key: 'planning', severity: OBSERVATION, title: 'Planning eindproeven laat gecommuniceerd', description: 'Cursisten kregen de datum van de eindproef minder dan twee weken vooraf.' },
      { key: 'jury', severity: POSITIVE, title: 'Jury met twee externe deskundigen', description: 'Goede praktijk: de jury telt telkens twee vakmensen uit de sector.', question: '4.3' },
    ],
    recommendations: [
      { key: 'calendar', finding: 'planning', kind: RECOMMENDATION, description: 'De data van de eindproeven bij de start van het opleidingsjaar bekendmaken.', owner: 'Syntra West, campusverantwoordelijke Kortrijk', agreedDueOn: '2026-10-31', status: IMPLEMENTED, implementedOn: '2026-09-15', evaluatedOn: '2026-11-18', evaluationNote: 'Examenkalender 2026-2027 staat op de website en in de cursistenmap.' },
      { key: 'digital', finding: 'paper', kind: RECOMMENDATION, description: 'Het digitale aanwezigheidsregister en de digitale klasagenda aan team inspectie voorstellen vóór de invoering.', owner: 'Syntra West, directie', agreedDueOn: '2026-11-15', status: OPEN },
    ],
  },
  {
    number: 8,
    kind: AuditKind.TRACK_INSPECTION,
    title: 'Thematische inspectie eindproeven Syntra Midden-Vlaanderen – lesplaats Gent',
    focus: 'eindproeven',
    subjectType: AuditSubjectType.TRAINING_CENTRE,
    subjectId: centres['syntra-midden-vlaanderen'],
    trainingCentreId: centres['syntra-midden-vlaanderen'],
    teachingLocation: 'Gent',
    template: 'trackInspectionV2',
    status: AuditStatus.REPORTED,
    plannedOn: '2025-12-12',
    scheduledOn: '2026-06-23',
    preparedOn: '2026-06-08',
    performedOn: '2026-06-23',
    reportedOn: '2026-07-14',
    reportSummary: 'Eén van de twee geplande eindproeven bijgewoond: de tweede werd zonder verwittiging verplaatst. De opdracht van de eindproef was niet op voorhand vastgelegd.',
    team: [['jan', LEAD]],
    planned: true,
    answers: { complete: true, values: { '1.2': true, '1.3': 3, '1.4': 'Gemengd', '2.1': 3, '2.2': true, '4.1': 1, '4.2': 2, '4.3': true, '4.4': 'Beoordelingsformulier per cursist' } },
    findings: [
      { key: 'assignment', severity: SHORTCOMING, title: 'Opdracht van de eindproef niet vooraf vastgelegd', description: 'De lesgever stelde de opdracht op de dag zelf samen; ze is niet terug te vinden in het dossier.', question: '4.2' },
      { key: 'moved', severity: OBSERVATION, title: 'Eindproef verplaatst zonder verwittiging', description: 'Het inspectieteam werd niet verwittigd van de verplaatsing van de tweede eindproef.' },
    ],
    recommendations: [
      { key: 'assignment', finding: 'assignment', kind: RECOMMENDATION, description: 'De opdracht van elke eindproef vooraf schriftelijk vastleggen en bewaren in het examendossier.', owner: 'Syntra Midden-Vlaanderen, examencoördinator Gent', agreedDueOn: '2026-11-20', status: OPEN },
      { key: 'notify', finding: 'moved', kind: RECOMMENDATION, description: 'Wijzigingen in de planning van eindproeven meteen aan team inspectie melden.', owner: 'Syntra Midden-Vlaanderen, campusverantwoordelijke Gent', agreedDueOn: '2026-12-15', status: OPEN },
    ],
  },
  // The check of the older recommendations (sectors toerisme en recreatie, informatica).
  {
    number: 9,
    kind: AuditKind.TRACK_INSPECTION,
    title: 'Try-out inspectie toerisme en recreatie Syntra Antwerpen en Vlaams-Brabant',
    focus: 'toerisme en recreatie',
    subjectType: AuditSubjectType.TRAINING_CENTRE,
    subjectId: centres['syntra-antwerpen-vlaams-brabant'],
    trainingCentreId: centres['syntra-antwerpen-vlaams-brabant'],
    teachingLocation: 'Antwerpen',
    template: 'trackInspectionV1',
    status: AuditStatus.CLOSED,
    plannedOn: '2025-01-20',
    scheduledOn: '2025-03-18',
    preparedOn: '2025-03-04',
    performedOn: '2025-03-18',
    reportedOn: '2025-04-22',
    followUpOn: '2026-10-13',
    closedOn: '2026-11-03',
    reportSummary: 'Eerste try-out van team inspectie, in de sector toerisme en recreatie (reisbureaumedewerker, gids).',
    team: [['lies', LEAD]],
    answers: { complete: true, values: { '1.1': true, '1.2': true, '1.3': 2, '2.1': 2, '2.2': true } },
    findings: [
      { key: 'programme', severity: SHORTCOMING, title: 'Lesinhouden wijken af van het erkende programma', description: 'Het vak bestemmingskennis besteedt de helft van de lesuren aan onderwerpen buiten het programma.', question: '2.1' },
      { key: 'agenda', severity: OBSERVATION, title: 'Klasagenda summier', description: 'De klasagenda vermeldt alleen de titel van de les.', question: '1.3' },
    ],
    recommendations: [
      { key: 'programme', finding: 'programme', kind: RECOMMENDATION, description: 'De lesinhouden van bestemmingskennis afstemmen op het erkende opleidingsprogramma.', owner: 'Syntra Antwerpen en Vlaams-Brabant, opleidingsverantwoordelijke toerisme', agreedDueOn: '2025-12-31', status: IMPLEMENTED, implementedOn: '2025-09-01', evaluatedOn: '2026-10-13', evaluationNote: 'Nieuwe lesplanning sinds september 2025 nagekeken.' },
      { key: 'agenda', finding: 'agenda', kind: RECOMMENDATION, description: 'In de klasagenda de behandelde lesinhoud noteren.', owner: 'Syntra Antwerpen en Vlaams-Brabant, lesgevers toerisme', agreedDueOn: '2025-12-31', status: NOT_IMPLEMENTED, evaluatedOn: '2026-10-13', evaluationNote: 'Nog steeds alleen titels; meegenomen in de volgende inspectie.' },
    ],
  },
  {
    number: 10,
    kind: AuditKind.TRACK_INSPECTION,
    title: 'Try-out inspectie informatica Syntra Brussel',
    focus: 'informatica',
    subjectType: AuditSubjectType.TRAINING_CENTRE,
    subjectId: centres['syntra-brussel'],
    trainingCentreId: centres['syntra-brussel'],
    teachingLocation: 'Brussel',
    template: 'trackInspectionV1',
    status: AuditStatus.CLOSED,
    plannedOn: '2025-01-20',
    scheduledOn: '2025-05-13',
    preparedOn: '2025-04-29',
    performedOn: '2025-05-13',
    reportedOn: '2025-06-17',
    followUpOn: '2026-10-20',
    closedOn: '2026-11-10',
    reportSummary: 'Try-out in de sector informatica (webontwikkelaar, netwerkbeheerder).',
    team: [['jan', LEAD]],
    answers: { complete: true, values: { '1.1': true, '1.2': false, '1.3': 3, '2.1': 3, '2.2': false } },
    findings: [
      { key: 'online', severity: SHORTCOMING, title: 'Aanwezigheden van afstandslessen niet geregistreerd', description: 'Voor de lessen op afstand is er geen aanwezigheidsregister.', question: '1.2' },
      { key: 'evidence', severity: OBSERVATION, title: 'Bewijsstukken niet centraal bewaard', description: 'Opdrachten en evaluaties staan op persoonlijke schijven van lesgevers.', question: '2.2' },
    ],
    recommendations: [
      { key: 'online', finding: 'online', kind: RECOMMENDATION, description: 'Ook voor afstandslessen de aanwezigheid per lesdag registreren.', owner: 'Syntra Brussel, opleidingsverantwoordelijke informatica', agreedDueOn: '2025-12-31', status: IMPLEMENTED, implementedOn: '2025-10-01', evaluatedOn: '2026-10-20' },
      { key: 'evidence', finding: 'evidence', kind: RECOMMENDATION, description: 'Opdrachten en evaluaties centraal bewaren, beschikbaar voor inspectie en toezicht.', owner: 'Syntra Brussel, directie', agreedDueOn: '2025-12-31', status: IMPLEMENTED, implementedOn: '2025-12-15', evaluatedOn: '2026-10-20' },
    ],
  },
  // §4.4: the series of 7 trial audits of dual trajectories (December 2026 – June 2027), with the Onderwijsinspectie.
  {
    number: 11,
    kind: AuditKind.DUAL_QUALITY_AUDIT,
    title: 'Proefdoorlichting duaal traject Hulpkok – Syntra West',
    focus: 'afstemming school- en werkplekcomponent',
    subjectType: AuditSubjectType.TRAINING_CENTRE,
    subjectId: centres['syntra-west'],
    trainingCentreId: centres['syntra-west'],
    teachingLocation: 'Brugge',
    template: 'dualQualityAudit',
    status: AuditStatus.PREPARED,
    plannedOn: '2025-12-12',
    scheduledOn: '2026-12-08',
    preparedOn: '2026-11-19',
    notes: 'De eerste van een reeks van 7 proefdoorlichtingen (december 2026 – juni 2027). De onderwijsinspectie neemt de schoolcomponent op, het agentschap de werkplekken.',
    team: [['els', LEAD], ['marleen', CO_AUDITOR]],
    planned: true,
  },
  {
    number: 12,
    kind: AuditKind.DUAL_QUALITY_AUDIT,
    title: 'Proefdoorlichting duaal traject Medewerker groen- en tuinbeheer – Syntra Limburg',
    focus: 'afstemming school- en werkplekcomponent',
    subjectType: AuditSubjectType.TRAINING_CENTRE,
    subjectId: centres['syntra-limburg'],
    trainingCentreId: centres['syntra-limburg'],
    teachingLocation: 'Genk',
    status: AuditStatus.PLANNED,
    plannedOn: '2026-10-20',
    scheduledOn: '2027-02-09',
    notes: 'Proefdoorlichting 2 van 7.',
    team: [['tom', LEAD], ['dirk', CO_AUDITOR]],
  },
  {
    number: 13,
    kind: AuditKind.DUAL_QUALITY_AUDIT,
    title: 'Proefdoorlichting duaal traject Kapper – Syntra Antwerpen en Vlaams-Brabant',
    focus: 'afstemming school- en werkplekcomponent',
    subjectType: AuditSubjectType.TRAINING_CENTRE,
    subjectId: centres['syntra-antwerpen-vlaams-brabant'],
    trainingCentreId: centres['syntra-antwerpen-vlaams-brabant'],
    teachingLocation: 'Mechelen',
    status: AuditStatus.PLANNED,
    plannedOn: '2026-10-20',
    scheduledOn: '2027-04-13',
    notes: 'Proefdoorlichting 3 van 7.',
    team: [['hanne', LEAD], ['marleen', CO_AUDITOR]],
  },
  // §4.3: supervision of the sectoral partnerships' processes erkenning and opheffing (team toezicht).
  {
    number: 14,
    kind: AuditKind.PARTNERSHIP_SUPERVISION,
    title: 'Toezicht proces erkenning – SP Bouw',
    focus: 'erkenning',
    subjectType: AuditSubjectType.PARTNERSHIP,
    subjectId: partnerships.bouw,
    partnershipId: partnerships.bouw,
    template: 'partnershipSupervision',
    status: AuditStatus.REPORTED,
    plannedOn: '2025-12-12',
    scheduledOn: '2026-10-14',
    preparationPackReceivedOn: '2026-09-30',
    preparedOn: '2026-10-01',
    performedOn: '2026-10-14',
    reportedOn: '2026-11-05',
    reportedToFlemishPartnershipOn: '2026-11-19',
    reportSummary: 'Toezichtverslag: steekproef van 25 erkenningen op werkplekduaal.be. De erkenningen zijn correct en tijdig behandeld; de interne kwaliteitscontrole (Check) is niet gedocumenteerd.',
    advice: 'Advies: de interne kwaliteitscontrole op de erkenningsbeslissingen beschrijven en jaarlijks rapporteren, zodat het partnerschap als eerste aanspreekpunt voor de interne kwaliteitscontrole kan worden erkend.',
    team: [['els', LEAD], ['koen', INSPECTOR]],
    planned: true,
    answers: { complete: true, values: { '1.1': true, '2.1': 4, '2.2': 4, '2.3': 2, '2.4': 3, '3.1': 3, '3.2': true, '3.3': 25, '4.1': 'Tweede lezing van elke erkenning door een collega; niet gedocumenteerd.' } },
    findings: [
      { key: 'sample', severity: POSITIVE, title: 'Erkenningen correct en tijdig behandeld', description: 'Alle 25 erkenningen in de steekproef zijn binnen de termijn en volgens de criteria behandeld.', question: '2.2' },
      { key: 'check', severity: OBSERVATION, title: 'Interne kwaliteitscontrole niet gedocumenteerd', description: 'De tweede lezing van erkenningen gebeurt, maar er is geen spoor van in het dossier.', question: '2.3' },
    ],
    recommendations: [
      { key: 'check', finding: 'check', kind: MEASURE, description: 'De interne kwaliteitscontrole op erkenningsbeslissingen beschrijven en de resultaten jaarlijks rapporteren.', owner: 'SP Bouw, coördinator werkplekbegeleiding', agreedDueOn: '2027-03-31', status: OPEN },
    ],
  },
  {
    number: 15,
    kind: AuditKind.PARTNERSHIP_SUPERVISION,
    title: 'Toezicht proces opheffing – SP Horeca',
    focus: 'opheffing',
    subjectType: AuditSubjectType.PARTNERSHIP,
    subjectId: partnerships.horeca,
    partnershipId: partnerships.horeca,
    template: 'partnershipSupervision',
    status: AuditStatus.PREPARED,
    plannedOn: '2025-12-12',
    scheduledOn: '2026-12-09',
    preparationPackReceivedOn: '2026-11-20',
    preparedOn: '2026-11-20',
    team: [['tom', LEAD], ['hanne', INSPECTOR]],
    planned: true,
  },
  {
    number: 16,
    kind: AuditKind.PARTNERSHIP_SUPERVISION,
    title: 'Proeftoezicht proces erkenning – SP Groene Sectoren',
    focus: 'erkenning',
    subjectType: AuditSubjectType.PARTNERSHIP,
    subjectId: partnerships.groen,
    partnershipId: partnerships.groen,
    template: 'partnershipSupervision',
    status: AuditStatus.CLOSED,
    plannedOn: '2025-12-12',
    scheduledOn: '2026-04-22',
    preparationPackReceivedOn: '2026-04-08',
    preparedOn: '2026-04-09',
    performedOn: '2026-04-22',
    reportedOn: '2026-05-20',
    reportedToFlemishPartnershipOn: '2026-06-10',
    closedOn: '2026-06-30',
    reportSummary: 'Proeftoezicht (fase 1) om de instrumenten te testen. Het partnerschap volgt zijn werkwijze voor erkenningen; de voorbereidingsbundel was voor het partnerschap te omvangrijk.',
    advice: 'Advies: geen maatregelen. De voorbereidingsbundel wordt ingekort na de evaluatie van de proeftoezichten.',
    team: [['koen', LEAD], ['els', INSPECTOR]],
    planned: true,
    answers: { complete: true, values: { '1.1': true, '2.1': 3, '2.2': 3, '2.3': 3, '2.4': 3, '3.1': 3, '3.2': true, '3.3': 15, '4.1': 'Steekproef door de sectorconsulent bij elke tiende erkenning.' } },
    findings: [
      { key: 'pack', severity: OBSERVATION, title: 'Voorbereidingsbundel te omvangrijk', description: 'Het partnerschap had drie weken nodig om de voorbereidingsbundel in te vullen.', question: '1.1' },
      { key: 'consultant', severity: POSITIVE, title: 'Steekproef door de sectorconsulent', description: 'Goede praktijk: de sectorconsulent controleert elke tiende erkenning ter plaatse.', question: '2.3' },
    ],
  },
  // Workplace audits (doorlichting van een erkende werkplek).
  {
    number: 17,
    kind: AuditKind.WORKPLACE_AUDIT,
    title: 'Doorlichting werkplek Bouwonderneming Janssens',
    subjectType: AuditSubjectType.WORKPLACE,
    subjectId: workplaces['bouwonderneming-janssens'],
    partnershipId: partnerships.bouw,
    template: 'workplaceAudit',
    status: AuditStatus.IN_PROGRESS,
    plannedOn: '2025-12-12',
    scheduledOn: '2026-11-20',
    preparedOn: '2026-11-12',
    performedOn: '2026-11-20',
    team: [['els', LEAD], ['pieter', INSPECTOR]],
    planned: true,
    answers: { complete: false, values: { '1.1': true, '1.2': false, '2.1': false, '3.1': true } },
    findings: [
      { key: 'plan', severity: SERIOUS_SHORTCOMING, title: 'Geen opleidingsplan voor de leerling', description: 'De leerling metselaar werkt sinds september zonder opleidingsplan; hij voert vooral sjouwwerk uit.', question: '2.1' },
      { key: 'mentor', severity: SHORTCOMING, title: 'Mentor zonder mentoropleiding', description: 'De aangeduide mentor volgde geen mentoropleiding en heeft geen vrijstelling.', question: '1.2' },
    ],
    recommendations: [
      { key: 'plan', finding: 'plan', kind: MEASURE, description: 'Binnen vier weken samen met de trajectbegeleider een opleidingsplan opstellen en naleven.', owner: 'Bouwonderneming Janssens, zaakvoerder', agreedDueOn: '2026-12-18', status: OPEN },
    ],
  },
  {
    number: 18,
    kind: AuditKind.WORKPLACE_AUDIT,
    title: 'Doorlichting werkplek Hotel Aan de Leie',
    subjectType: AuditSubjectType.WORKPLACE,
    subjectId: workplaces['hotel-aan-de-leie'],
    partnershipId: partnerships.horeca,
    template: 'workplaceAudit',
    status: AuditStatus.CLOSED,
    plannedOn: '2025-12-12',
    scheduledOn: '2026-05-12',
    preparedOn: '2026-05-05',
    performedOn: '2026-05-12',
    reportedOn: '2026-05-29',
    followUpOn: '2026-09-15',
    closedOn: '2026-09-15',
    reportSummary: 'Goede begeleiding door de mentor; de rusttijden van de leerling in het weekend werden niet nageleefd.',
    team: [['els', LEAD]],
    planned: true,
    answers: { complete: true, values: { '1.1': true, '1.2': true, '2.1': true, '2.2': 4, '3.1': true, '3.2': false, '4.1': 'Werkpunten', '4.2': 'De weekendplanning wordt aangepast.' } },
    findings: [
      { key: 'rest', severity: SHORTCOMING, title: 'Rusttijden in het weekend niet nageleefd', description: 'De leerling hulpkok werkte drie weekends na elkaar langer dan de overeenkomst toelaat.', question: '3.2' },
      { key: 'mentor', severity: POSITIVE, title: 'Sterke begeleiding door de mentor', description: 'De mentor bespreekt elke week de voortgang met de leerling en de trajectbegeleider.', question: '1.1' },
    ],
    recommendations: [
      { key: 'rest', finding: 'rest', kind: MEASURE, description: 'De werkroosters van de leerling aanpassen aan de arbeids- en rusttijden van de overeenkomst.', owner: 'Hotel Aan de Leie, mentor', agreedDueOn: '2026-08-31', status: IMPLEMENTED, implementedOn: '2026-06-15', evaluatedOn: '2026-09-15', evaluationNote: 'Roosters juni–augustus nagekeken: in orde.' },
    ],
  },
];
