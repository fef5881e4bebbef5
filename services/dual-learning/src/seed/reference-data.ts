import type { Prisma, PrismaClient } from '../generated/prisma/client.js';
import {
  DecisionMechanism,
  MentorTrainingExemption as Exemption,
  MentorTrainingPolicy,
  PartnershipKind,
  SiteVisitPolicy,
} from '../generated/prisma/enums.js';
import { autoBands, blocksOfTen, type EstablishmentCapRule } from '../partnership/establishment-cap-rule.js';
import { sizeClassOf } from '../company/size-class.js';
import { workplaceSeed } from '../seed.js';
import { withCheckDigits } from '../workplace/belgian-numbers.js';
import { provinceOfPostalCode } from '../workplace/province.js';
import { demoPartnershipId, demoReferences, stableDemoId } from '@werkplek/config';

/** The seed's stable ids (one derivation for every domain's seed, in @werkplek/config). */
export const stableId = stableDemoId;
export const partnershipIdOf = demoPartnershipId;
export const trainingIdOf = (code: string) => stableId(`training:${code}`);

interface PartnershipSeed {
  code: string;
  /** Exactly the names of ../workplace/sectoral-partnerships.ts (a workplace names its partnership by name). */
  name: string;
  kind: PartnershipKind;
  operator: string | null;
  jointCommittees: string[];
  takesRecognition?: boolean;
  takesGuidance?: boolean;
  takesComplaints: boolean;
  decisionMechanism?: DecisionMechanism;
  siteVisitPolicy: SiteVisitPolicy;
  mentorTrainingPolicy: MentorTrainingPolicy;
  mentorTrainingDeadlineMonths?: number;
  mentorRegistrationDeadlineMonths?: number;
  learnersPerMentor: number | null;
  establishmentCapRule?: EstablishmentCapRule;
  acceptedExemptions?: Exemption[];
  signalVisitDays?: number;
  /** Members voting in the weekly unanimous vote (BR-10(b), UNANIMOUS_WEEKLY_VOTE). */
  votingMembers?: number;
  activeFrom?: string;
}

const { MANDATORY, DESIRABLE } = MentorTrainingPolicy;
const { NEVER, ALWAYS, CONDITIONAL } = SiteVisitPolicy;

/**
 * The Flemish Partnership and the 16 sectoral partnerships of 2017-2018 (digest §1.2, Tabel 2), with their settings:
 * complaint handling (Tabel 28), decision mechanism (BR-10), site visits (BR-12), mentor training (Tabel 24, BR-20,
 * BR-21, BR-22), learners per mentor and per establishment (Tabel 21), follow-up timers (§4.6).
 *
 * The report lists no joint committees (PC numbers) per partnership: the numbers below are the real Belgian joint
 * committees of those sectors, INFERRED, not taken from the report. Local authorities have no joint committee: the
 * marker "LOKAAL-BESTUUR" (inferred) stands for them. Operators are given only where the report names them.
 */
export const partnershipSeed: PartnershipSeed[] = [
  {
    code: 'vp', name: 'Vlaams Partnerschap Duaal Leren', kind: PartnershipKind.FLEMISH, operator: 'SYNTRA Vlaanderen',
    jointCommittees: [], takesComplaints: true, siteVisitPolicy: CONDITIONAL, mentorTrainingPolicy: DESIRABLE,
    learnersPerMentor: 3,
  },
  {
    code: 'sp-auto', name: 'SP Auto en aanverwante sectoren', kind: PartnershipKind.SECTORAL, operator: null,
    jointCommittees: ['112', '149.04'], takesComplaints: true, siteVisitPolicy: CONDITIONAL, mentorTrainingPolicy: MANDATORY,
    learnersPerMentor: 2, establishmentCapRule: autoBands,
  },
  {
    code: 'sp-bouw', name: 'SP Bouw', kind: PartnershipKind.SECTORAL, operator: 'Constructiv',
    jointCommittees: ['124'], takesComplaints: false, siteVisitPolicy: NEVER, mentorTrainingPolicy: MANDATORY,
    mentorTrainingDeadlineMonths: 8, learnersPerMentor: 1, establishmentCapRule: blocksOfTen,
    acceptedExemptions: [Exemption.PREVIOUS_MENTOR_CERTIFICATE, Exemption.TEACHER_TRAINING, Exemption.RECOGNISED_COACHING_TRAINING],
  },
  {
    code: 'sp-chemie', name: 'SP Chemie, Kunststoffen en Life sciences', kind: PartnershipKind.SECTORAL, operator: null,
    jointCommittees: ['116', '207'], takesComplaints: true, siteVisitPolicy: CONDITIONAL, mentorTrainingPolicy: DESIRABLE,
    learnersPerMentor: 4,
  },
  {
    code: 'sp-elektriciens', name: 'SP Elektriciens: installatie en distributie', kind: PartnershipKind.SECTORAL, operator: 'Volta',
    jointCommittees: ['149.01'], takesComplaints: true, decisionMechanism: DecisionMechanism.TACIT_APPROVAL_DAY_14,
    siteVisitPolicy: CONDITIONAL, mentorTrainingPolicy: DESIRABLE, learnersPerMentor: 2,
  },
  {
    code: 'sp-groene-sectoren', name: 'SP Groene Sectoren', kind: PartnershipKind.SECTORAL, operator: 'EDUplus',
    jointCommittees: ['132', '144', '145'], takesComplaints: true, siteVisitPolicy: ALWAYS, mentorTrainingPolicy: DESIRABLE,
    learnersPerMentor: 1,
  },
  {
    code: 'sp-haartooi', name: 'SP Haartooi, Fitness en schoonheidszorgen', kind: PartnershipKind.SECTORAL, operator: null,
    jointCommittees: ['314'], takesComplaints: false, siteVisitPolicy: CONDITIONAL, mentorTrainingPolicy: MANDATORY,
    mentorRegistrationDeadlineMonths: 6, mentorTrainingDeadlineMonths: 12, learnersPerMentor: 1,
    acceptedExemptions: [Exemption.PEDAGOGICAL_DIPLOMA, Exemption.PREVIOUS_MENTOR_CERTIFICATE],
  },
  {
    code: 'sp-horeca', name: 'SP Horeca', kind: PartnershipKind.SECTORAL, operator: null,
    jointCommittees: ['302'], takesComplaints: true, siteVisitPolicy: ALWAYS, mentorTrainingPolicy: MANDATORY,
    mentorTrainingDeadlineMonths: 6, learnersPerMentor: 1, acceptedExemptions: [Exemption.PREVIOUS_MENTOR_CERTIFICATE],
  },
  {
    code: 'sp-hout', name: 'SP Houtsectoren', kind: PartnershipKind.SECTORAL, operator: 'WOODWIZE',
    jointCommittees: ['125', '126'], takesComplaints: true, siteVisitPolicy: ALWAYS, mentorTrainingPolicy: MANDATORY,
    mentorTrainingDeadlineMonths: 4, learnersPerMentor: 2, establishmentCapRule: blocksOfTen,
    acceptedExemptions: [Exemption.RECOGNISED_COACHING_TRAINING],
  },
  {
    code: 'sp-kleding', name: 'SP Kleding en confectie', kind: PartnershipKind.SECTORAL, operator: 'IVOC',
    jointCommittees: ['109'], takesComplaints: true, siteVisitPolicy: CONDITIONAL, mentorTrainingPolicy: MANDATORY,
    mentorTrainingDeadlineMonths: 3, learnersPerMentor: 2, signalVisitDays: 14,
    acceptedExemptions: [
      Exemption.PREVIOUS_MENTOR_CERTIFICATE,
      Exemption.RECOGNISED_COACHING_TRAINING,
      Exemption.FIVE_YEARS_GUIDING_YOUTH,
      Exemption.TEACHER_TRAINING,
    ],
  },
  {
    code: 'sp-social-profit', name: 'SP Social Profit', kind: PartnershipKind.SECTORAL, operator: 'VIVO vzw',
    jointCommittees: ['318', '319', '327', '329', '330', '331', '332', '337'], takesComplaints: false,
    decisionMechanism: DecisionMechanism.UNANIMOUS_WEEKLY_VOTE, siteVisitPolicy: CONDITIONAL, mentorTrainingPolicy: DESIRABLE,
    learnersPerMentor: 2, establishmentCapRule: blocksOfTen,
    // BR-10(b): members voting in the weekly unanimous vote; a plausible number, editable via updatePartnershipSettings.
    votingMembers: 8,
  },
  {
    code: 'sp-textiel', name: 'SP Textiel', kind: PartnershipKind.SECTORAL, operator: null,
    jointCommittees: ['120'], takesComplaints: true, siteVisitPolicy: ALWAYS, mentorTrainingPolicy: MANDATORY,
    learnersPerMentor: 2, acceptedExemptions: [Exemption.RECOGNISED_COACHING_TRAINING],
  },
  {
    code: 'sp-transport', name: 'SP Transport en logistiek en afhandeling op luchthavens', kind: PartnershipKind.SECTORAL,
    operator: 'SFTL', jointCommittees: ['140', '226'], takesComplaints: true, siteVisitPolicy: ALWAYS,
    mentorTrainingPolicy: MANDATORY, mentorTrainingDeadlineMonths: 12, learnersPerMentor: 2,
    acceptedExemptions: [Exemption.MENTOR_TRAINING_WITHIN_10_YEARS, Exemption.FIVE_YEARS_GUIDING_YOUTH, Exemption.TEACHER_TRAINING],
  },
  {
    code: 'sp-textielverzorging', name: 'SP Textielverzorging', kind: PartnershipKind.SECTORAL, operator: 'TFTC',
    jointCommittees: ['110'], takesComplaints: true, siteVisitPolicy: ALWAYS, mentorTrainingPolicy: MANDATORY,
    learnersPerMentor: 2, signalVisitDays: 14, acceptedExemptions: [Exemption.RECOGNISED_COACHING_TRAINING],
  },
  {
    code: 'sp-voeding', name: 'SP Voedingsnijverheid', kind: PartnershipKind.SECTORAL, operator: 'Alimento',
    jointCommittees: ['118', '220'], takesComplaints: true, siteVisitPolicy: CONDITIONAL, mentorTrainingPolicy: DESIRABLE,
    learnersPerMentor: null,
  },
  {
    code: 'sp-technologische-industrie', name: 'SP Technologische industrie', kind: PartnershipKind.SECTORAL,
    operator: 'INOM Arbeiders (met Agoria)', jointCommittees: ['111', '209'], takesComplaints: true,
    decisionMechanism: DecisionMechanism.WITHOUT_OBJECTION, siteVisitPolicy: ALWAYS, mentorTrainingPolicy: DESIRABLE,
    learnersPerMentor: 3, activeFrom: '2018-01-01',
  },
  {
    // "Recently started": its 2017-2018 requests were handled by the VP's workplace coaches (§1.2); not in Tabel 28.
    code: 'sp-lokale-besturen', name: 'SP Lokale besturen', kind: PartnershipKind.SECTORAL, operator: null,
    jointCommittees: ['LOKAAL-BESTUUR'], takesComplaints: false, siteVisitPolicy: CONDITIONAL, mentorTrainingPolicy: DESIRABLE,
    learnersPerMentor: 3,
  },
];

interface TrainingSeed {
  code: string;
  name: string;
  partnership: string;
  activities: string[];
  minimumEmployees?: number;
  /** Transport: learners per mentor for this training (Tabel 21). */
  learnersPerMentor?: number;
}

/** Trainings named in the report (§2.8), each with a short activity list owned by its sector's partnership. */
export const trainingSeed: TrainingSeed[] = [
  { code: 'winkelbediende', name: 'Winkelbediende', partnership: 'vp', activities: ['Klanten onthalen en helpen', 'Goederen ontvangen en in de rekken plaatsen', 'Kassa bedienen'] },
  { code: 'verkoper', name: 'Verkoper', partnership: 'vp', activities: ['Verkoopgesprek voeren', 'Producten presenteren', 'Klachten opvangen'] },
  { code: 'kassier', name: 'Kassier', partnership: 'vp', activities: ['Kassa openen en afsluiten', 'Betalingen afhandelen'] },
  { code: 'aanvuller', name: 'Aanvuller', partnership: 'vp', activities: ['Rekken aanvullen', 'Houdbaarheid controleren'] },
  { code: 'keukenmedewerker', name: 'Keukenmedewerker', partnership: 'sp-horeca', activities: ['Mise-en-place', 'Eenvoudige bereidingen', 'HACCP-regels toepassen'] },
  { code: 'hulpkok', name: 'Hulpkok', partnership: 'sp-horeca', activities: ['Koude en warme bereidingen', 'Bestellingen voorbereiden', 'Hygiëne bewaken'] },
  { code: 'hulpkelner', name: 'Hulpkelner', partnership: 'sp-horeca', activities: ['Tafels dekken', 'Dranken serveren', 'Gasten onthalen'] },
  { code: 'medewerker-fastfood-duaal', name: 'Medewerker fastfood duaal', partnership: 'sp-horeca', activities: ['Bestellingen opnemen', 'Snacks bereiden', 'Zaal schoonhouden'] },
  { code: 'kapper', name: 'Kapper', partnership: 'sp-haartooi', activities: ['Haar wassen en verzorgen', 'Knippen', 'Kleuren'] },
  {
    code: 'kapper-salonverantwoordelijke', name: 'Kapper-salonverantwoordelijke', partnership: 'sp-haartooi',
    activities: ['Knippen en kleuren', 'Team leiden', 'Salon organiseren', 'Voorraad beheren'], minimumEmployees: 2,
  },
  { code: 'medewerker-groen-en-tuinbeheer', name: 'Medewerker groen- en tuinbeheer', partnership: 'sp-groene-sectoren', activities: ['Gazon onderhouden', 'Planten snoeien', 'Machines veilig gebruiken'] },
  { code: 'tuinaanlegger-groenbeheerder-duaal', name: 'Tuinaanlegger-groenbeheerder duaal', partnership: 'sp-groene-sectoren', activities: ['Tuinplan lezen', 'Verhardingen aanleggen', 'Beplanting aanleggen'] },
  { code: 'groen-en-tuinbeheer-duaal', name: 'Groen- en tuinbeheer duaal', partnership: 'sp-groene-sectoren', activities: ['Groenonderhoud', 'Snoeien', 'Bodembewerking'] },
  { code: 'metselaar', name: 'Metselaar', partnership: 'sp-bouw', activities: ['Metselwerk uitzetten', 'Mortel aanmaken', 'Muren metselen', 'Veilig werken op hoogte'] },
  { code: 'lassen-constructie-duaal', name: 'Lassen-constructie duaal', partnership: 'sp-technologische-industrie', activities: ['Lassen (MIG/MAG, TIG)', 'Visuele lascontrole', 'Constructietekeningen lezen'] },
  { code: 'elektromechanische-technieken-duaal', name: 'Elektromechanische technieken (EMT) duaal', partnership: 'sp-technologische-industrie', activities: ['Mechanische onderdelen monteren', 'Elektrische schakelingen aansluiten', 'Storingen zoeken'] },
  { code: 'operator-cnc-houtbewerking-duaal', name: 'Operator CNC-gestuurde houtbewerkingsmachines duaal', partnership: 'sp-hout', activities: ['CNC-machine instellen', 'Programma laden', 'Kwaliteit controleren'] },
  { code: 'interieurbouwer-duaal', name: 'Interieurbouwer duaal', partnership: 'sp-hout', activities: ['Plaatmateriaal verwerken', 'Meubels monteren', 'Plaatsen bij de klant'] },
  { code: 'kinderbegeleider-duaal', name: 'Kinderbegeleider duaal', partnership: 'sp-social-profit', activities: ['Kinderen verzorgen', 'Activiteiten begeleiden', 'Communiceren met ouders'] },
  { code: 'zorgkundige-duaal', name: 'Zorgkundige duaal', partnership: 'sp-social-profit', activities: ['Basiszorg verlenen', 'Parameters meten', 'Rapporteren in het zorgdossier'] },
  { code: 'verzorgende-zorgkundige', name: 'Verzorgende/zorgkundige', partnership: 'sp-social-profit', activities: ['Persoonsverzorging', 'Huishoudelijke ondersteuning', 'Observeren en rapporteren'] },
  { code: 'brood-en-banketbakkerij-duaal', name: 'Brood- en banketbakkerij duaal', partnership: 'sp-voeding', activities: ['Deeg bereiden', 'Brood bakken', 'Gebak afwerken', 'Hygiëne en voedselveiligheid'] },
  { code: 'chocolatier-duaal', name: 'Chocolatier duaal', partnership: 'sp-voeding', activities: ['Chocolade tempereren', 'Pralines vullen', 'Verpakken'] },
  { code: 'productieoperator-textielproductielijn-duaal', name: 'Productieoperator textielproductielijn duaal', partnership: 'sp-textiel', activities: ['Machines instellen', 'Productie opvolgen', 'Kwaliteitscontrole'] },
  { code: 'elektrotechnicus-duaal', name: 'Elektrotechnicus duaal', partnership: 'sp-elektriciens', activities: ['Installaties plaatsen volgens AREI', 'Schakelborden bekabelen', 'Metingen uitvoeren'] },
  { code: 'logistiek-duaal', name: 'Logistiek duaal', partnership: 'sp-transport', activities: ['Goederen ontvangen', 'Orders verzamelen', 'Voorraad beheren'], learnersPerMentor: 2 },
  { code: 'magazijnmedewerker', name: 'Magazijnmedewerker', partnership: 'sp-transport', activities: ['Goederen stockeren', 'Orders picken', 'Inventaris'], learnersPerMentor: 4 },
  { code: 'bestuurder-heftruck', name: 'Bestuurder heftruck', partnership: 'sp-transport', activities: ['Heftruck veilig besturen', 'Laden en lossen'], learnersPerMentor: 2 },
  { code: 'bestuurder-reachtruck', name: 'Bestuurder reachtruck', partnership: 'sp-transport', activities: ['Reachtruck veilig besturen', 'Stockeren in hoogbouw'], learnersPerMentor: 2 },
  { code: 'behandelaar-luchtvracht-en-bagage', name: 'Behandelaar luchtvracht en bagage', partnership: 'sp-transport', activities: ['Bagage sorteren', 'Vracht laden en lossen', 'Luchthavenveiligheid'], learnersPerMentor: 2 },
];

/** The companies behind the demonstration workplaces of ../seed.ts, by the same enterprise number. */
const companyFacts: Record<(typeof workplaceSeed)[number]['key'], { jointCommittees: string[]; employeeCount: number }> = {
  'bakkerij-vandenbroucke': { jointCommittees: ['118'], employeeCount: 8 },
  'bouwonderneming-janssens': { jointCommittees: ['124'], employeeCount: 24 },
  'garage-peeters': { jointCommittees: ['112'], employeeCount: 6 },
  'hotel-aan-de-leie': { jointCommittees: ['302'], employeeCount: 35 },
  'kapsalon-lotte': { jointCommittees: ['314'], employeeCount: 3 },
  'elektro-wouters': { jointCommittees: ['149.01'], employeeCount: 12 },
};

/**
 * The Flemish Partnership, the 16 sectoral partnerships, the trainings with Transport's per-training caps, and the
 * companies of the demonstration workplaces (created here with their company link and headcount, so that
 * seedWorkplaces finds them and leaves them alone). Idempotent: upserts by code / number; settings edited since
 * are kept (only created when missing).
 */
export async function seedReferenceData(prisma: PrismaClient): Promise<void> {
  for (const seed of partnershipSeed) {
    const data = {
      name: seed.name,
      kind: seed.kind,
      operator: seed.operator,
      jointCommittees: seed.jointCommittees,
      takesRecognition: seed.takesRecognition ?? true,
      takesGuidance: seed.takesGuidance ?? true,
      takesComplaints: seed.takesComplaints,
      decisionMechanism: seed.decisionMechanism ?? DecisionMechanism.CONSULTANT_DECISION,
      siteVisitPolicy: seed.siteVisitPolicy,
      mentorTrainingPolicy: seed.mentorTrainingPolicy,
      mentorTrainingDeadlineMonths: seed.mentorTrainingDeadlineMonths ?? null,
      mentorRegistrationDeadlineMonths: seed.mentorRegistrationDeadlineMonths ?? null,
      learnersPerMentor: seed.learnersPerMentor,
      establishmentCapRule: (seed.establishmentCapRule ?? undefined) as Prisma.InputJsonValue | undefined,
      acceptedExemptions: seed.acceptedExemptions ?? [],
      signalVisitDays: seed.signalVisitDays ?? null,
      votingMembers: seed.votingMembers ?? null,
      activeFrom: seed.activeFrom ? new Date(`${seed.activeFrom}T00:00:00Z`) : null,
    };
    await prisma.partnership.upsert({
      where: { code: seed.code },
      update: {},
      create: { id: partnershipIdOf(seed.code), code: seed.code, ...data },
    });
  }
  const partnerships = await prisma.partnership.findMany({ select: { id: true, code: true } });
  const partnershipId = new Map(partnerships.map((p) => [p.code, p.id]));

  for (const seed of trainingSeed) {
    const training = await prisma.training.upsert({
      where: { code: seed.code },
      update: {},
      create: {
        id: trainingIdOf(seed.code),
        code: seed.code,
        name: seed.name,
        dual: true,
        partnershipId: partnershipId.get(seed.partnership) ?? null,
        activities: seed.activities,
        minimumEmployees: seed.minimumEmployees ?? null,
      },
    });
    if (seed.learnersPerMentor !== undefined && partnershipId.has(seed.partnership)) {
      const owner = partnershipId.get(seed.partnership)!;
      await prisma.partnershipTrainingCap.upsert({
        where: { partnershipId_trainingId: { partnershipId: owner, trainingId: training.id } },
        update: {},
        create: { partnershipId: owner, trainingId: training.id, learnersPerMentor: seed.learnersPerMentor },
      });
    }
  }

  for (const seed of workplaceSeed) {
    const facts = companyFacts[seed.key];
    const enterpriseNumber = withCheckDigits(seed.enterprise);
    const company = await prisma.company.upsert({
      where: { enterpriseNumber },
      update: {},
      create: {
        id: stableId(`company:${enterpriseNumber}`),
        enterpriseNumber,
        name: seed.companyName,
        jointCommittees: facts.jointCommittees,
        sizeClass: sizeClassOf(facts.employeeCount),
      },
    });
    const establishmentNumber = withCheckDigits(seed.establishment);
    await prisma.workplace.upsert({
      where: { establishmentNumber },
      // An existing workplace (seeded before companies existed) only gets its missing company link and headcount.
      update: {},
      create: {
        id: demoReferences.workplaces[seed.key],
        establishmentNumber,
        enterpriseNumber,
        companyId: company.id,
        name: seed.name,
        companyName: seed.companyName,
        street: seed.street,
        postalCode: seed.postalCode,
        municipality: seed.municipality,
        province: provinceOfPostalCode(seed.postalCode)!,
        sectoralPartnership: seed.sectoralPartnership,
        employeeCount: facts.employeeCount,
      },
    });
    await prisma.workplace.updateMany({
      where: { establishmentNumber, companyId: null },
      data: { companyId: company.id, employeeCount: facts.employeeCount },
    });
  }
}
