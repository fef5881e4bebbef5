import type { PrismaClient } from '../generated/prisma/client.js';
import { AnswerType, AuditKind, TemplateStatus } from '../generated/prisma/enums.js';
import { actorOf, type AuditorKey } from './auditors.js';
import { at, stableId } from './ids.js';

export interface QuestionSeed {
  code: string;
  section: string;
  text: string;
  guidance?: string;
  answerType: AnswerType;
  choices?: string[];
  weight: number;
  required?: boolean;
}

interface TemplateSeed {
  kind: AuditKind;
  version: number;
  title: string;
  description: string;
  status: TemplateStatus;
  publishedOn: string;
  author: AuditorKey;
  questions: QuestionSeed[];
}

const { YES_NO, SCALE, NUMBER, TEXT, CHOICE } = AnswerType;

const partnershipSupervision: QuestionSeed[] = [
  { code: '1.1', section: 'Voorbereiding', text: 'Heeft het partnerschap de voorbereidingsbundel volledig en tijdig ingediend?', answerType: YES_NO, weight: 1 },
  { code: '2.1', section: 'Proces erkenning (PDCA)', text: 'Plan: zijn de criteria en de werkwijze voor de erkenning van een onderneming beschreven en gekend bij de werkplekbegeleiders?', answerType: SCALE, weight: 2 },
  { code: '2.2', section: 'Proces erkenning (PDCA)', text: 'Do: worden de erkenningsaanvragen volgens die werkwijze behandeld?', guidance: 'Steekproef van erkenningen uit werkplekduaal.be.', answerType: SCALE, weight: 3 },
  { code: '2.3', section: 'Proces erkenning (PDCA)', text: 'Check: controleert het partnerschap zelf de kwaliteit van zijn erkenningsbeslissingen?', answerType: SCALE, weight: 2 },
  { code: '2.4', section: 'Proces erkenning (PDCA)', text: 'Act: stuurt het partnerschap zijn werkwijze bij op basis van die controles?', answerType: SCALE, weight: 2 },
  { code: '3.1', section: 'Proces opheffing (PDCA)', text: 'Is de procedure voor de opheffing van de erkenning van een onderneming beschreven en wordt ze toegepast?', answerType: SCALE, weight: 2 },
  { code: '3.2', section: 'Proces opheffing (PDCA)', text: 'Wordt de onderneming gehoord vóór een opheffing of een uitsluiting?', answerType: YES_NO, weight: 2 },
  { code: '3.3', section: 'Steekproef', text: 'Aantal erkenningen in de steekproef', answerType: NUMBER, weight: 0 },
  { code: '4.1', section: 'Kwaliteitsborging', text: 'Hoe borgt het partnerschap de kwaliteit binnen het proces erkenningen, als eerste aanspreekpunt voor de interne kwaliteitscontrole?', answerType: TEXT, weight: 0 },
];

const trackInspectionV1: QuestionSeed[] = [
  { code: '1.1', section: 'Organisatie', text: 'Is het lesrooster van het traject beschikbaar en actueel?', answerType: YES_NO, weight: 1 },
  { code: '1.2', section: 'Aanwezigheden', text: 'Worden de aanwezigheidsregisters per lesdag bijgehouden en ondertekend?', answerType: YES_NO, weight: 3 },
  { code: '1.3', section: 'Aanwezigheden', text: 'Is de klasagenda volledig ingevuld (lesinhoud, lesgever, lesuren)?', answerType: SCALE, weight: 2 },
  { code: '2.1', section: 'Opleidingsprogramma', text: 'Sluiten de lesinhouden aan bij het erkende opleidingsprogramma?', answerType: SCALE, weight: 2 },
  { code: '2.2', section: 'Opleidingsprogramma', text: "Zijn de bewijsstukken beschikbaar 'voor inspectie en toezicht'?", answerType: YES_NO, weight: 2 },
  { code: '3.1', section: 'Regelgeving', text: 'Opmerkingen over de helderheid van de regelgeving zelf', answerType: TEXT, weight: 0, required: false },
];

const byCode = (a: QuestionSeed, b: QuestionSeed) => a.code.localeCompare(b.code, 'nl', { numeric: true });

const trackInspectionV2: QuestionSeed[] = [
  ...trackInspectionV1.filter((question) => question.code !== '1.1'),
  {
    code: '1.4',
    section: 'Aanwezigheden',
    text: 'Hoe worden de aanwezigheden en de klasagenda bijgehouden?',
    guidance: 'Syntra Limburg en Syntra Antwerpen en Vlaams-Brabant werken digitaal; Syntra West volgt.',
    answerType: CHOICE,
    choices: ['Digitaal', 'Op papier', 'Gemengd'],
    weight: 0,
  },
  { code: '4.1', section: 'Eindproeven', text: 'Aantal bijgewoonde eindproeven op deze lesplaats', guidance: 'Gemiddeld twee eindproeven per lesplaats.', answerType: NUMBER, weight: 0 },
  { code: '4.2', section: 'Eindproeven', text: 'Verloopt de eindproef volgens het examenreglement (opdracht, duur, toezicht)?', answerType: SCALE, weight: 2 },
  { code: '4.3', section: 'Eindproeven', text: 'Is de jury samengesteld volgens de regels (minstens één externe deskundige uit de sector)?', answerType: YES_NO, weight: 2 },
  {
    code: '4.4',
    section: 'Eindproeven',
    text: 'Hoe wordt de beoordeling van de eindproef vastgelegd?',
    answerType: CHOICE,
    choices: ['Beoordelingsformulier per cursist', 'Gezamenlijk juryverslag', 'Niet schriftelijk vastgelegd'],
    weight: 1,
  },
].sort(byCode);

const dualQualityAudit: QuestionSeed[] = [
  { code: '1.1', section: 'Afstemming school- en werkplekcomponent', text: 'Is er per leerling een gezamenlijk opleidingsplan van school en werkplek?', answerType: SCALE, weight: 3 },
  { code: '1.2', section: 'Afstemming school- en werkplekcomponent', text: 'Overleggen trajectbegeleider en mentor regelmatig over de voortgang van de leerling?', answerType: SCALE, weight: 2 },
  { code: '1.3', section: 'Afstemming school- en werkplekcomponent', text: 'Worden de competenties verworven op de werkplek mee opgenomen in de evaluatie?', answerType: YES_NO, weight: 2 },
  { code: '2.1', section: 'Werkplek', text: 'Is de werkplek erkend voor deze opleiding?', answerType: YES_NO, weight: 2 },
  { code: '2.2', section: 'Werkplek', text: 'Is er een mentor die de mentoropleiding volgde of ervan vrijgesteld is?', answerType: YES_NO, weight: 2 },
  { code: '2.3', section: 'Werkplek', text: 'Is er een getekende overeenkomst alternerende opleiding?', answerType: YES_NO, weight: 3 },
  { code: '3.1', section: 'Leerling', text: 'Begeleiding en welzijn van de leerling op de werkplek', answerType: SCALE, weight: 1 },
  { code: '3.2', section: 'Rolverdeling', text: 'Vaststellingen voor de onderwijsinspectie (schoolcomponent)', answerType: TEXT, weight: 0, required: false },
];

const apprenticeshipFollowUp: QuestionSeed[] = [
  { code: '1.1', section: 'Verbeterplan', text: 'Is het verbeterplan na de vorige doorlichting goedgekeurd en opgevolgd?', answerType: YES_NO, weight: 3 },
  { code: '1.2', section: 'Verbeterplan', text: 'In welke mate zijn de acties uit het verbeterplan gerealiseerd?', answerType: SCALE, weight: 4 },
  { code: '2.1', section: 'Begeleiding', text: 'Worden de leerlingen in de leertijd systematisch begeleid (trajectbegeleiding)?', answerType: SCALE, weight: 2 },
  { code: '2.2', section: 'Begeleiding', text: 'Zijn de individuele dossiers van de leerlingen volledig?', answerType: YES_NO, weight: 2 },
  { code: '2.3', section: 'Begeleiding', text: 'Worden leerlingen zonder werkplek opgevolgd (voltijds engagement)?', answerType: SCALE, weight: 2 },
  { code: '3.1', section: 'Onderwijs', text: 'Kwaliteit van de algemene vorming', answerType: SCALE, weight: 2 },
  { code: '3.2', section: 'Besluit', text: 'Advies van het Paritair College', answerType: TEXT, weight: 0 },
];

const workplaceAudit: QuestionSeed[] = [
  { code: '1.1', section: 'Mentor', text: 'Is er een mentor aangeduid en aanwezig op de werkplek?', answerType: YES_NO, weight: 3 },
  { code: '1.2', section: 'Mentor', text: 'Volgde de mentor de mentoropleiding of heeft hij een vrijstelling?', answerType: YES_NO, weight: 2 },
  { code: '2.1', section: 'Opleidingsplan', text: 'Is er een opleidingsplan voor de leerling en wordt het gevolgd?', answerType: YES_NO, weight: 3 },
  { code: '2.2', section: 'Opleidingsplan', text: 'Krijgt de leerling de activiteiten uit het opleidingsplan aangeboden?', answerType: SCALE, weight: 2 },
  { code: '3.1', section: 'Overeenkomst', text: 'Is de overeenkomst alternerende opleiding getekend en geregistreerd?', answerType: YES_NO, weight: 3 },
  { code: '3.2', section: 'Overeenkomst', text: 'Worden de arbeids- en rusttijden uit de overeenkomst nageleefd?', answerType: YES_NO, weight: 2 },
  {
    code: '4.1',
    section: 'Welzijn',
    text: 'Veiligheid en welzijn van de leerling op de werkplek',
    answerType: CHOICE,
    choices: ['In orde', 'Werkpunten', 'Ernstige tekortkomingen'],
    weight: 2,
  },
  { code: '4.2', section: 'Welzijn', text: 'Toelichting van de mentor', answerType: TEXT, weight: 0, required: false },
];

/** A published version per kind; the track inspection shows versioning (the try-out framework, then the 2026 one). */
export const templateSeed = {
  partnershipSupervision: {
    kind: AuditKind.PARTNERSHIP_SUPERVISION, version: 1, title: 'Toezichtkader processen erkenning en opheffing',
    description: 'Toezichtdoelstellingen (PDCA) voor de processen erkenning en opheffing van de erkenning van een onderneming, bij de werkingscode en de leidraad voor toezichthouders.',
    status: TemplateStatus.PUBLISHED, publishedOn: '2026-03-02', author: 'els', questions: partnershipSupervision,
  },
  trackInspectionV1: {
    kind: AuditKind.TRACK_INSPECTION, version: 1, title: 'Inspectiekader ondernemerschapstrajecten (try-out)',
    description: 'Eerste kader van team inspectie voor de sector-try-outs: aanwezigheden, klasagenda en opleidingsprogramma.',
    status: TemplateStatus.RETIRED, publishedOn: '2025-01-15', author: 'lies', questions: trackInspectionV1,
  },
  trackInspectionV2: {
    kind: AuditKind.TRACK_INSPECTION, version: 2, title: 'Inspectiekader ondernemerschapstrajecten',
    description: 'Kader na de try-outs, met de thematische inspectie van de eindproeven en de manier van registreren van de aanwezigheden.',
    status: TemplateStatus.PUBLISHED, publishedOn: '2026-05-04', author: 'pieter', questions: trackInspectionV2,
  },
  dualQualityAudit: {
    kind: AuditKind.DUAL_QUALITY_AUDIT, version: 1, title: 'Afsprakenkader gezamenlijke kwaliteitsdoorlichting duaal leren',
    description: 'Instrumenten van de werkgroep toezicht duaal (met de onderwijsinspectie), publiek sinds september 2026.',
    status: TemplateStatus.PUBLISHED, publishedOn: '2026-09-01', author: 'els', questions: dualQualityAudit,
  },
  apprenticeshipFollowUp: {
    kind: AuditKind.APPRENTICESHIP_FOLLOW_UP, version: 1, title: 'Opvolgingsdoorlichting leertijd',
    description: 'Kader van het Paritair College (addendum bij het samenwerkingsakkoord met de onderwijsinspectie).',
    status: TemplateStatus.PUBLISHED, publishedOn: '2025-09-01', author: 'jan', questions: apprenticeshipFollowUp,
  },
  workplaceAudit: {
    kind: AuditKind.WORKPLACE_AUDIT, version: 1, title: 'Doorlichting erkende werkplek',
    description: 'Mentor, opleidingsplan en overeenkomst alternerende opleiding op een erkende werkplek.',
    status: TemplateStatus.PUBLISHED, publishedOn: '2026-01-15', author: 'els', questions: workplaceAudit,
  },
} satisfies Record<string, TemplateSeed>;

export type TemplateKey = keyof typeof templateSeed;

export const templateIdOf = (key: TemplateKey) => {
  const template: TemplateSeed = templateSeed[key];
  return stableId(`inspection:template:${template.kind}:v${template.version}`);
};

export const questionIdOf = (key: TemplateKey, code: string) => stableId(`inspection:question:${templateIdOf(key)}:${code}`);

export function questionsOf(key: TemplateKey): readonly QuestionSeed[] {
  return templateSeed[key].questions;
}

export async function seedTemplates(prisma: PrismaClient): Promise<void> {
  const entries = Object.entries(templateSeed) as [TemplateKey, TemplateSeed][];
  await prisma.auditTemplate.createMany({
    data: entries.map(([key, template]) => ({
      id: templateIdOf(key),
      kind: template.kind,
      version: template.version,
      title: template.title,
      description: template.description,
      status: template.status,
      publishedAt: at(template.publishedOn),
      createdBy: actorOf(template.author).id,
      createdAt: at(template.publishedOn, '08:00'),
    })),
    skipDuplicates: true,
  });
  await prisma.templateQuestion.createMany({
    data: entries.flatMap(([key, template]) =>
      template.questions.map((question, index) => ({
        id: questionIdOf(key, question.code),
        templateId: templateIdOf(key),
        code: question.code,
        section: question.section,
        text: question.text,
        guidance: question.guidance ?? null,
        answerType: question.answerType,
        choices: question.choices ?? [],
        weight: question.weight,
        required: question.required ?? true,
        position: index + 1,
      })),
    ),
    skipDuplicates: true,
  });
}
