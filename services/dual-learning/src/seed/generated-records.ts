import { createHash } from 'node:crypto';
import type { PrismaClient } from '../generated/prisma/client.js';
import type {
  AgreementStatus,
  AgreementType,
  ApplicationStatus,
  CompanySizeClass,
  HandlingAction,
  MentorTrainingStatus,
  RejectionReason,
  SubmitterType,
  TerminationReason,
} from '../generated/prisma/enums.js';
import { withCheckDigits } from '../workplace/belgian-numbers.js';
import { provinceOfPostalCode } from '../workplace/province.js';

/*
 * Generated demonstration records in the proportions of the annual report 2017-2018 (§5 of the digest): applications
 * (Tabel 6 months, Tabel 7/8 submitters, Tabel 9 actions, Tabel 10/11 rejection reasons, Tabel 12 status mix),
 * companies by size class (Tabel 14), recognitions, mentors, learners and agreements (Tabel 15 types, Tabel 16
 * status mix, Tabel 17 termination reasons, Tabel 19 partnerships), for school years 2016-2017 … 2018-2019.
 * Deterministic (mulberry32), bulk inserts, idempotent (nothing happens when applications exist or the partnerships
 * of the reference data are missing). The companies, people and numbers are fictitious.
 */

// ───────────────────────── the report's proportions ─────────────────────────

interface PartnershipProfile {
  /** Tabel 12 (2017-2018): rejected, approved, withdrawn. */
  statuses: [rejected: number, approved: number, withdrawn: number];
  /** Tabel 9: % of handled applications with action 1 … 4. */
  actions: [admin: number, contact: number, visit: number, external: number];
  /** Tabel 11: admin not in order, equipment, financial capacity, no mentor, conviction (null: Tabel 10 totals). */
  reasons: [number, number, number, number, number] | null;
  /** Tabel 19: agreements that ran in 2017-2018. */
  agreements: number;
  trainings: string[];
  names: string[];
  publicAuthority?: boolean;
}

const profiles: Record<string, PartnershipProfile> = {
  // VP: Tabel 12's VP total without Lokale besturen (a sectoral partnership here); Tabel 19's VP sectors.
  vp: { statuses: [291, 2485, 30], actions: [100, 100, 68, 9], reasons: [110, 116, 2, 51, 0], agreements: 1624, trainings: ['Winkelbediende', 'Verkoper', 'Beenhouwer', 'Kassier'], names: ['Winkel {s}', 'Slagerij {s}', 'Superette {s}', 'Verhuizingen {s}', 'Drukkerij {s}'] },
  'sp-auto': { statuses: [44, 533, 3], actions: [100, 22, 21, 0], reasons: [29, 14, 0, 0, 0], agreements: 400, trainings: ['Autotechnicus', 'Carrosseriehersteller'], names: ['Garage {s}', 'Autobedrijf {s}', 'Carrosserie {s}'] },
  'sp-bouw': { statuses: [340, 1182, 28], actions: [100, 77, 0, 7], reasons: [7, 303, 0, 6, 1], agreements: 1008, trainings: ['Metselaar', 'Dakwerker', 'Tegelzetter'], names: ['Bouwbedrijf {s}', 'Dakwerken {s}', 'Renovatie {s}', 'Aannemingen {s}'] },
  'sp-chemie': { statuses: [1, 33, 0], actions: [100, 100, 22, 20], reasons: [0, 1, 0, 0, 0], agreements: 35, trainings: ['Procesoperator'], names: ['{s} Chemicals', 'Kunststoffen {s}'] },
  'sp-elektriciens': { statuses: [1, 224, 1], actions: [95, 22, 36, 0], reasons: [1, 0, 0, 0, 0], agreements: 199, trainings: ['Elektrotechnisch installateur'], names: ['Elektro {s}', 'Elektriciteitswerken {s}'] },
  'sp-groene-sectoren': { statuses: [101, 488, 11], actions: [99, 99, 96, 0], reasons: [48, 43, 0, 6, 0], agreements: 268, trainings: ['Medewerker groen- en tuinbeheer', 'Hovenier'], names: ['Tuinaanleg {s}', 'Boomkwekerij {s}', 'Hoveniersbedrijf {s}'] },
  'sp-haartooi': { statuses: [39, 636, 15], actions: [100, 0, 0, 4], reasons: [0, 32, 0, 1, 0], agreements: 564, trainings: ['Kapper', 'Schoonheidsspecialist'], names: ['Kapsalon {s}', 'Haarstudio {s}', 'Schoonheidsinstituut {s}'] },
  'sp-horeca': { statuses: [272, 980, 60], actions: [100, 100, 90, 8], reasons: [32, 114, 29, 39, 1], agreements: 678, trainings: ['Keukenmedewerker', 'Hulpkok', 'Hulpkelner'], names: ['Brasserie {s}', 'Restaurant {s}', 'Hotel {s}', 'Eetcafé {s}'] },
  'sp-hout': { statuses: [30, 273, 11], actions: [18, 99, 80, 3], reasons: [2, 25, 0, 2, 0], agreements: 86, trainings: ['Schrijnwerker', 'Meubelmaker'], names: ['Schrijnwerkerij {s}', 'Houtbewerking {s}', 'Interieur {s}'] },
  'sp-kleding': { statuses: [0, 14, 0], actions: [79, 79, 79, 0], reasons: null, agreements: 9, trainings: ['Productiemedewerker confectie'], names: ['Confectie {s}', 'Atelier {s}'] },
  'sp-social-profit': { statuses: [8, 521, 5], actions: [100, 3, 3, 6], reasons: [0, 7, 0, 1, 0], agreements: 698, trainings: ['Zorgkundige', 'Begeleider kinderopvang'], names: ['Woonzorgcentrum {s}', 'Kinderdagverblijf {s}', 'Zorggroep {s}'] },
  'sp-textiel': { statuses: [1, 3, 0], actions: [100, 100, 100, 3], reasons: [0, 0, 0, 1, 0], agreements: 2, trainings: ['Operator textielproductie'], names: ['Weverij {s}', 'Textiel {s}'] },
  'sp-transport': { statuses: [0, 17, 0], actions: [100, 100, 100, 25], reasons: null, agreements: 30, trainings: ['Magazijnmedewerker', 'Vrachtwagenchauffeur'], names: ['Transport {s}', 'Logistiek {s}'] },
  'sp-textielverzorging': { statuses: [0, 4, 0], actions: [100, 100, 100, 0], reasons: null, agreements: 3, trainings: ['Medewerker textielverzorging'], names: ['Wasserij {s}', 'Droogkuis {s}'] },
  'sp-voeding': { statuses: [5, 241, 0], actions: [100, 3, 4, 6], reasons: null, agreements: 117, trainings: ['Bakker', 'Chocolatier'], names: ['Bakkerij {s}', 'Chocolaterie {s}', 'Patisserie {s}'] },
  'sp-technologische-industrie': { statuses: [38, 273, 5], actions: [100, 100, 100, 3], reasons: [16, 16, 0, 2, 0], agreements: 251, trainings: ['Lasser-monteerder', 'Productieoperator', 'Onderhoudstechnicus'], names: ['Metaalconstructie {s}', 'Machinebouw {s}', '{s} Engineering'] },
  // Lokale besturen: Tabel 12 lists it under the VP sectors; Tabel 9 has no row, the VP's actions are used.
  'sp-lokale-besturen': { statuses: [36, 192, 0], actions: [100, 100, 68, 9], reasons: [13, 11, 0, 5, 0], agreements: 222, trainings: ['Medewerker groenonderhoud gemeente', 'Administratief medewerker'], names: ['Gemeente {p}', 'OCMW {p}', 'Stad {p}'], publicAuthority: true },
};

/** Tabel 10 totals, for partnerships without a row in Tabel 11. */
const reportRejectionReasons: [number, number, number, number, number] = [260, 679, 31, 116, 2];
const rejectionReasons: RejectionReason[] = [
  'NOT_ADMINISTRATIVELY_IN_ORDER',
  'INSUFFICIENT_EQUIPMENT',
  'INSUFFICIENT_FINANCIAL_CAPACITY',
  'NO_QUALIFYING_MENTOR',
  'CONVICTION',
];
const handlingActions: HandlingAction[] = ['ADMINISTRATIVE_CHECK', 'COMPANY_CONTACT', 'SITE_VISIT', 'EXTERNAL_ADVICE'];

/** Tabel 6: submissions per month, July … June. */
const submissionsPerMonth = [718, 626, 1723, 1298, 833, 520, 668, 539, 744, 400, 542, 798];

/** Tabel 7/8: without mandate 3,409; with: training institution 4,117, SP 458, workplace coach 1,040 (unknown 370 before August 2017). */
const mandate = { company: 3409, mandated: 5985 };
const mandatedSubmitters: [SubmitterType, number][] = [
  ['TRAINING_INSTITUTION', 4117],
  ['SECTORAL_PARTNERSHIP', 458],
  ['WORKPLACE_COACH', 1040],
];

/** Tabel 14: unique companies with a recognition per size class. */
const sizeClasses: [CompanySizeClass, number][] = [
  ['SIZE_0', 252], ['SIZE_1_4', 1439], ['SIZE_5_9', 589], ['SIZE_10_19', 468], ['SIZE_20_49', 316], ['SIZE_50_99', 144],
  ['SIZE_100_199', 88], ['SIZE_200_499', 72], ['SIZE_500_999', 41], ['SIZE_1000_PLUS', 48], ['UNKNOWN', 557],
];

/** Tabel 15: agreement types (transitional agreements come on top, Tabel 19: 494 of 6,686). */
const agreementTypes: [AgreementType, number][] = [['OAO', 6138], ['DA_SM', 307], ['DA', 188], ['OAO_STAGE', 53]];
const transitionalShare = 494 / 6686;

/** Tabel 16 (30/6/2018): running, ended, ended early per start year. */
const agreementOutcomes: Record<number, [running: number, ended: number, endedEarly: number]> = {
  2016: [570, 1405, 2156],
  2017: [1891, 1225, 1746],
  2018: [1891, 1225, 1746],
};

/** Tabel 17. */
const terminationReasons: [TerminationReason, number][] = [
  ['LEARNER_STOPPED_TRAINING', 857], ['PROGRESS_SERIOUSLY_HINDERED', 779], ['LEARNER_SWITCHES_TRAINING', 267],
  ['LEARNER_COMPLETED_TRAINING', 148], ['LEARNER_SERIOUS_BREACHES', 148], ['COMPANY_BANKRUPT', 44], ['FORCE_MAJEURE', 35],
  ['LEARNER_EXCLUDED_DISCIPLINARY', 19], ['LEARNER_HEALTH_AT_RISK', 12], ['COMPANY_SERIOUS_BREACHES', 6],
  ['MENTOR_DROPPED_OUT', 6], ['SUSPENDED_OVER_60_DAYS', 6], ['RECOGNITION_WITHDRAWN', 5],
];

/** Applications and agreements generated per school year (a few hundred in all). */
const volumes: Record<number, { applications: number; agreements: number }> = {
  2016: { applications: 140, agreements: 90 },
  2017: { applications: 230, agreements: 120 },
  2018: { applications: 150, agreements: 70 },
};

// ───────────────────────── names and places ─────────────────────────

const surnames = ['Peeters', 'Janssens', 'Maes', 'Jacobs', 'Mertens', 'Willems', 'Claes', 'Goossens', 'Wouters', 'De Smet', 'Vermeulen', 'Pauwels', 'Hermans', 'Aerts', 'Michiels', 'Van Damme', 'De Clercq', 'Verstraeten', 'Vandenberghe', 'Claeys', 'Dewulf', 'Lemmens', 'Verhaeghe', 'Desmet', 'Van den Broeck', 'Segers', 'Coppens', 'Martens', 'De Backer', 'Verbeke', 'Cools', 'Smets', 'Stevens', 'Vandamme', 'Baert', 'Lambrechts', 'Deprez', 'Geerts', 'Bogaert', 'Vervoort'];
const firstNames = ['Lotte', 'Wout', 'Emma', 'Arne', 'Lien', 'Jonas', 'Noor', 'Seppe', 'Fien', 'Milan', 'Ella', 'Lars', 'Marie', 'Robbe', 'Hanne', 'Stan', 'Amber', 'Bram', 'Jana', 'Thibo', 'Yasmine', 'Mohamed', 'Elif', 'Kobe', 'Nina', 'Jelle'];
/** [postal code, municipality, weight]: most applications in Antwerp, then East, then West Flanders (§5.10). */
const places: [string, string, number][] = [
  ['2000', 'Antwerpen', 6], ['2800', 'Mechelen', 3], ['2300', 'Turnhout', 3], ['2500', 'Lier', 2], ['2200', 'Herentals', 2], ['2400', 'Mol', 2],
  ['9000', 'Gent', 5], ['9100', 'Sint-Niklaas', 3], ['9300', 'Aalst', 3], ['9200', 'Dendermonde', 2], ['9700', 'Oudenaarde', 1], ['9900', 'Eeklo', 1],
  ['8000', 'Brugge', 3], ['8500', 'Kortrijk', 3], ['8800', 'Roeselare', 2], ['8400', 'Oostende', 2], ['8900', 'Ieper', 1],
  ['3000', 'Leuven', 2], ['1800', 'Vilvoorde', 1], ['1500', 'Halle', 1], ['3300', 'Tienen', 1],
  ['3500', 'Hasselt', 2], ['3600', 'Genk', 2], ['3700', 'Tongeren', 1], ['3290', 'Diest', 1],
];
const streets = ['Stationsstraat', 'Kerkstraat', 'Nieuwstraat', 'Industrieweg', 'Molenstraat', 'Dorpsstraat', 'Kapelstraat', 'Ambachtenlaan', 'Nijverheidsstraat', 'Grote Markt'];
const trainingProviders = ['CDO Brugge', 'Centrum Leren en Werken Antwerpen', 'Syntra AB', 'Syntra West', 'Syntra Midden-Vlaanderen', 'Syntra Limburg', 'Syntra Vlaams-Brabant', 'GO! CLW Gent', 'Technisch Instituut Sint-Niklaas', 'KTA Hasselt'];
const schoolSubmitters = ['Trajectbegeleider CDO Brugge', 'Trajectbegeleider Syntra AB', 'Leerlingenbegeleider GO! CLW Gent', 'Trajectbegeleider Syntra West'];

// ───────────────────────── deterministic helpers ─────────────────────────

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Dice {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float(): number {
    return this.next();
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = this.next() * total;
    for (const [item, weight] of items) {
      roll -= weight;
      if (roll < 0) return item;
    }
    return items[items.length - 1]![0];
  }
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i -= 1) {
      const j = Math.floor(this.next() * (i + 1));
      [items[i], items[j]] = [items[j]!, items[i]!];
    }
    return items;
  }
  /** `count` labels in the weights' exact proportions (largest remainder), in random order. */
  deal<T>(count: number, items: readonly (readonly [T, number])[]): T[] {
    const total = items.reduce((sum, [, weight]) => sum + weight, 0);
    if (total === 0 || count === 0) return [];
    const shares = items.map(([item, weight], index) => ({ item, index, exact: (count * weight) / total }));
    const counts = shares.map((share) => Math.floor(share.exact));
    let left = count - counts.reduce((sum, n) => sum + n, 0);
    for (const share of [...shares].sort((a, b) => b.exact - Math.floor(b.exact) - (a.exact - Math.floor(a.exact)) || a.index - b.index)) {
      if (left === 0) break;
      counts[share.index]! += 1;
      left -= 1;
    }
    return this.shuffle(shares.flatMap((share) => Array<T>(counts[share.index]!).fill(share.item)));
  }
  uuid(): string {
    const hex = Array.from({ length: 32 }, () => Math.floor(this.next() * 16).toString(16)).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${'89ab'[Math.floor(this.next() * 4)]}${hex.slice(17, 20)}-${hex.slice(20)}`;
  }
}

const DAY = 86_400_000;
const utcDate = (year: number, month: number, day: number) => new Date(Date.UTC(year, month, day));
const plusDays = (date: Date, days: number) => new Date(date.getTime() + days * DAY);
const dayOf = (date: Date) => utcDate(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());

// ───────────────────────── the generator ─────────────────────────

/** Applications, recognitions, agreements, … in the proportions of the annual report's tables (§5 of the digest). */
export async function seedGeneratedRecords(prisma: PrismaClient): Promise<void> {
  if ((await prisma.recognitionApplication.count()) > 0) return;
  const partnerships = await prisma.partnership.findMany({
    where: { code: { in: Object.keys(profiles) } },
    orderBy: { code: 'asc' },
  });
  if (partnerships.length === 0) return;

  const dice = new Dice(20172018);
  const actor = { id: 'seed-generated', name: 'Gegenereerde demonstratiegegevens' };

  // Trainings: the reference data's per partnership, else a few generated ones.
  const existingTrainings = await prisma.training.findMany({ select: { id: true, partnershipId: true }, orderBy: { code: 'asc' } });
  const trainingsOf = new Map<string, string[]>();
  const newTrainings: { id: string; code: string; name: string; partnershipId: string; activities: string[] }[] = [];
  for (const partnership of partnerships) {
    const own = existingTrainings.filter((training) => training.partnershipId === partnership.id).map((training) => training.id);
    if (own.length === 0) {
      for (const name of profiles[partnership.code]!.trainings) {
        const id = dice.uuid();
        const slug = name.toLowerCase().normalize('NFD').replace(/[^a-z0-9]+/g, '-');
        newTrainings.push({ id, code: `gen-${partnership.code}-${slug}`, name, partnershipId: partnership.id, activities: [] });
        own.push(id);
      }
    }
    trainingsOf.set(partnership.id, own);
  }
  if (newTrainings.length > 0) await prisma.training.createMany({ data: newTrainings, skipDuplicates: true });

  // Companies and workplaces: about one company per two applications (Tabel 13: 9,394 requests, 4,134 companies).
  const applicationsPerPartnership = new Map<string, number>();
  const handledTotal = partnerships.reduce((sum, p) => sum + profiles[p.code]!.statuses.reduce((a, b) => a + b, 0), 0);
  const takenEnterprise = new Set((await prisma.company.findMany({ select: { enterpriseNumber: true } })).map((c) => c.enterpriseNumber));
  const takenEstablishment = new Set((await prisma.workplace.findMany({ select: { establishmentNumber: true } })).map((w) => w.establishmentNumber));
  let serial = 0;
  const nextNumber = (prefix: '0' | '2', taken: Set<string>) => {
    for (;;) {
      serial += 1;
      const number = withCheckDigits(`${prefix}${String(6_100_000 + serial)}`);
      if (!taken.has(number)) return number;
    }
  };
  const companies: { id: string; enterpriseNumber: string; name: string; sizeClass: CompanySizeClass; jointCommittees: string[]; publicAuthority: boolean }[] = [];
  const workplaces: { id: string; establishmentNumber: string; name: string; companyId: string; companyName: string; enterpriseNumber: string; street: string; postalCode: string; municipality: string; province: NonNullable<ReturnType<typeof provinceOfPostalCode>>; sectoralPartnership: string; employeeCount: number | null }[] = [];
  const workplacesOf = new Map<string, string[]>();
  for (const partnership of partnerships) {
    const profile = profiles[partnership.code]!;
    const share = profile.statuses.reduce((a, b) => a + b, 0) / handledTotal;
    const total = Object.values(volumes).reduce((sum, volume) => sum + volume.applications, 0);
    const applications = Math.max(3, Math.round(total * share));
    applicationsPerPartnership.set(partnership.id, applications);
    const companyCount = Math.max(2, Math.ceil(applications / 2));
    const classes = dice.deal(companyCount, sizeClasses);
    const own: string[] = [];
    for (let index = 0; index < companyCount; index += 1) {
      const [postalCode, municipality] = dice.weighted(places.map(([code, name, weight]) => [[code, name] as const, weight] as const));
      const surname = dice.pick(surnames);
      const name = dice.pick(profile.names).replace('{s}', surname).replace('{p}', municipality);
      const publicAuthority = profile.publicAuthority === true;
      const companyName = publicAuthority ? name : `${name} ${dice.pick(['BV', 'BV', 'NV', 'CommV'])}`;
      const company = {
        id: dice.uuid(),
        enterpriseNumber: nextNumber('0', takenEnterprise),
        name: companyName,
        sizeClass: publicAuthority ? ('SIZE_200_499' as const) : classes[index]!,
        jointCommittees: partnership.jointCommittees.slice(0, 1),
        publicAuthority,
      };
      companies.push(company);
      const establishments = dice.float() < 0.1 ? 2 : 1;
      for (let e = 0; e < establishments; e += 1) {
        const id = dice.uuid();
        own.push(id);
        workplaces.push({
          id,
          establishmentNumber: nextNumber('2', takenEstablishment),
          name: e === 0 ? name : `${name} ${municipality}`,
          companyId: company.id,
          companyName,
          enterpriseNumber: company.enterpriseNumber,
          street: `${dice.pick(streets)} ${dice.int(1, 180)}`,
          postalCode,
          municipality,
          province: provinceOfPostalCode(postalCode)!,
          sectoralPartnership: partnership.name,
          employeeCount: company.sizeClass === 'UNKNOWN' ? null : dice.int(1, 40),
        });
      }
    }
    workplacesOf.set(partnership.id, own);
  }
  await prisma.company.createMany({ data: companies });
  await prisma.workplace.createMany({ data: workplaces });

  // One mentor per workplace.
  const mentorOf = new Map<string, string>();
  const mentors = workplaces.map((workplace, index) => {
    const id = dice.uuid();
    mentorOf.set(workplace.id, id);
    const status = dice.weighted<MentorTrainingStatus>([['COMPLETED', 45], ['REGISTERED', 20], ['EXEMPTED', 20], ['NOT_REGISTERED', 15]]);
    return {
      id,
      workplaceId: workplace.id,
      name: `${dice.pick(firstNames)} ${dice.pick(surnames)}`,
      nationalRegisterHash: createHash('sha256').update(`generated-mentor-${index}`).digest('hex'),
      birthDate: utcDate(dice.int(1960, 1995), dice.int(0, 11), dice.int(1, 28)),
      yearsOfExperience: dice.int(2, 30),
      trainingStatus: status,
      trainingRegisteredOn: status === 'NOT_REGISTERED' || status === 'EXEMPTED' ? null : utcDate(2017, dice.int(0, 11), dice.int(1, 28)),
      trainingCompletedOn: status === 'COMPLETED' ? utcDate(2018, dice.int(0, 11), dice.int(1, 28)) : null,
      exemption: status === 'EXEMPTED' ? dice.pick(['PEDAGOGICAL_DIPLOMA', 'FIVE_YEARS_GUIDING_YOUTH', 'PREVIOUS_MENTOR_CERTIFICATE'] as const) : null,
    };
  });
  await prisma.mentor.createMany({ data: mentors });

  // Applications per school year and partnership, each dealt in Tabel 12's status mix.
  type Application = {
    id: string; workplaceId: string; trainingId: string; partnershipId: string; submitterType: SubmitterType;
    submittedById: string; submittedByName: string; signedDeclaration: boolean; status: ApplicationStatus;
    submittedAt: Date; dueOn: Date; companyInOrder: boolean | null; equipmentSufficient: boolean | null;
    financiallyCapable: boolean | null; noConvictions: boolean | null; outcome: 'APPROVAL' | 'REJECTION' | null;
    rejectionReason: RejectionReason | null; decidedAt: Date | null; decidedById: string | null; decidedByName: string | null;
  };
  const applications: Application[] = [];
  const actions: { applicationId: string; action: HandlingAction; performedOn: Date; performedById: string; performedByName: string }[] = [];
  const grandTotal = Object.values(volumes).reduce((sum, volume) => sum + volume.applications, 0);
  for (const [yearText, volume] of Object.entries(volumes)) {
    const year = Number(yearText);
    const yearShare = volume.applications / grandTotal;
    const yearApplications: Application[] = [];
    for (const partnership of partnerships) {
      const profile = profiles[partnership.code]!;
      const count = Math.max(1, Math.round(applicationsPerPartnership.get(partnership.id)! * yearShare));
      // The last school year keeps a few files open (Ingediend, In behandeling, In wacht, Dossier onvolledig).
      const open = year === 2018 ? Math.round(count * 0.04) : 0;
      const statuses: ApplicationStatus[] = [
        ...dice.deal(count - open, [['REJECTED', profile.statuses[0]], ['APPROVED', profile.statuses[1]], ['WITHDRAWN', profile.statuses[2]]] as const),
        ...dice.deal(open, [['SUBMITTED', 1], ['IN_PROGRESS', 2], ['ON_HOLD', 1], ['INCOMPLETE', 1]] as const),
      ];
      const reasons = dice.deal(
        statuses.filter((status) => status === 'REJECTED').length,
        rejectionReasons.map((reason, index) => [reason, (profile.reasons ?? reportRejectionReasons)[index]!] as const),
      );
      const handled: Application[] = [];
      for (const status of statuses) {
        const open = !['REJECTED', 'APPROVED', 'WITHDRAWN'].includes(status);
        const month = open ? 11 : dice.weighted(submissionsPerMonth.map((weight, index) => [index, weight] as const));
        const calendarYear = month < 6 ? year : year + 1;
        const submittedAt = new Date(Date.UTC(calendarYear, (month + 6) % 12, dice.int(1, open ? 20 : 28), dice.int(6, 15), dice.int(0, 59)));
        const days = dice.float() < 0.88 ? dice.int(1, 14) : dice.int(15, 35);
        const decidedAt = open ? null : new Date(dayOf(submittedAt).getTime() + days * DAY + dice.int(7, 15) * 3_600_000);
        const reason = status === 'REJECTED' ? reasons.pop()! : null;
        const application: Application = {
          id: dice.uuid(),
          workplaceId: dice.pick(workplacesOf.get(partnership.id)!),
          trainingId: dice.pick(trainingsOf.get(partnership.id)!),
          partnershipId: partnership.id,
          submitterType: 'COMPANY',
          submittedById: actor.id,
          submittedByName: 'Onderneming',
          signedDeclaration: false,
          status,
          submittedAt,
          dueOn: plusDays(dayOf(submittedAt), 14),
          companyInOrder: open ? null : reason !== 'NOT_ADMINISTRATIVELY_IN_ORDER',
          equipmentSufficient: open ? null : reason !== 'INSUFFICIENT_EQUIPMENT',
          financiallyCapable: open ? null : reason !== 'INSUFFICIENT_FINANCIAL_CAPACITY',
          noConvictions: open ? null : reason !== 'CONVICTION',
          outcome: status === 'APPROVED' ? 'APPROVAL' : status === 'REJECTED' ? 'REJECTION' : null,
          rejectionReason: reason,
          // A withdrawal (Opgeheven) is dated like a decision: the day the file was closed.
          decidedAt,
          decidedById: decidedAt ? actor.id : null,
          decidedByName: decidedAt ? partnership.name : null,
        };
        yearApplications.push(application);
        if (!open) handled.push(application);
      }
      // Tabel 9: each action on its exact share of the handled applications.
      handlingActions.forEach((action, index) => {
        const flags = dice.deal(handled.length, [[true, profile.actions[index]!], [false, 100 - profile.actions[index]!]] as const);
        handled.forEach((application, i) => {
          if (!flags[i]) return;
          const span = Math.max(0, Math.round((application.decidedAt!.getTime() - application.submittedAt.getTime()) / DAY) - 1);
          actions.push({
            applicationId: application.id,
            action,
            performedOn: plusDays(dayOf(application.submittedAt), Math.min(span, index + dice.int(0, 3))),
            performedById: actor.id,
            performedByName: partnership.name,
          });
        });
      });
    }
    // Tabel 7/8: 36% by the company itself; mandated submitters untraceable before 1 August 2017 (BR-14).
    const submitters = dice.deal(yearApplications.length, [['COMPANY', mandate.company], ['MANDATED', mandate.mandated]] as const);
    const mandated = dice.deal(submitters.filter((s) => s === 'MANDATED').length, mandatedSubmitters);
    yearApplications.forEach((application, index) => {
      if (submitters[index] === 'COMPANY') return;
      const type: SubmitterType = application.submittedAt < utcDate(2017, 7, 1) ? 'UNKNOWN' : mandated.pop()!;
      application.submitterType = type;
      application.submittedByName =
        type === 'TRAINING_INSTITUTION' ? dice.pick(schoolSubmitters)
        : type === 'WORKPLACE_COACH' ? 'Werkplekbegeleider SYNTRA Vlaanderen'
        : type === 'SECTORAL_PARTNERSHIP' ? 'Sectorconsulent'
        : 'Onbekend (datamigratie juli 2017)';
      application.signedDeclaration = type === 'TRAINING_INSTITUTION';
    });
    applications.push(...yearApplications);
  }
  await prisma.recognitionApplication.createMany({ data: applications });
  // The largest table in one statement (PGlite is several times faster on unnest than on a long VALUES list).
  await prisma.$executeRaw`
    INSERT INTO application_action (id, "applicationId", action, "performedOn", "performedById", "performedByName")
    SELECT id::uuid, application_id::uuid, action::"HandlingAction", performed_on::date, by_id, by_name
    FROM unnest(
      ${actions.map(() => dice.uuid())}::text[], ${actions.map((a) => a.applicationId)}::text[],
      ${actions.map((a) => a.action as string)}::text[], ${actions.map((a) => a.performedOn.toISOString().slice(0, 10))}::text[],
      ${actions.map((a) => a.performedById)}::text[], ${actions.map((a) => a.performedByName)}::text[]
    ) AS t(id, application_id, action, performed_on, by_id, by_name)`;
  await prisma.applicationMentor.createMany({
    data: applications.map((application) => ({ applicationId: application.id, mentorId: mentorOf.get(application.workplaceId)! })),
  });

  // A recognition (5 years, BR-13) per approved application, with the workplace's mentor.
  const recognitions = applications
    .filter((application) => application.status === 'APPROVED')
    .map((application) => {
      const validFrom = dayOf(application.decidedAt!);
      return {
        id: dice.uuid(),
        applicationId: application.id,
        workplaceId: application.workplaceId,
        trainingId: application.trainingId,
        partnershipId: application.partnershipId,
        validFrom,
        validUntil: plusDays(utcDate(validFrom.getUTCFullYear() + 5, validFrom.getUTCMonth(), validFrom.getUTCDate()), -1),
      };
    });
  await prisma.recognition.createMany({ data: recognitions });
  await prisma.recognitionMentor.createMany({
    data: recognitions.map((recognition) => ({ recognitionId: recognition.id, mentorId: mentorOf.get(recognition.workplaceId)! })),
  });

  // Agreements per start year: Tabel 19's partnership mix over the recognitions valid at the start, Tabel 15 types,
  // Tabel 16 outcomes, Tabel 17 reasons; transitional agreements (no recognition) only in 2016-2017.
  const learners: { id: string; name: string; birthDate: Date; trainingProvider: string; studyDirection: string }[] = [];
  const agreements: {
    type: AgreementType; workplaceId: string; recognitionId: string | null; trainingId: string; learnerId: string;
    mentorId: string; startDate: Date; plannedEndDate: Date; actualEndDate: Date | null; status: AgreementStatus;
    terminationReason: TerminationReason | null; registeredById: string;
  }[] = [];
  for (const [yearText, volume] of Object.entries(volumes)) {
    const year = Number(yearText);
    // Tabel 16 measures every start year on 30/6/2018; the 2018-2019 cohort is measured a year later.
    const measuredOn = utcDate(year === 2016 ? 2018 : year + 1, 5, 30);
    const transitional = year === 2016 ? Math.round(volume.agreements * transitionalShare * 2) : 0;
    const recognised = volume.agreements - transitional;
    const outcomes = dice.deal(volume.agreements, [['RUNNING', agreementOutcomes[year]![0]], ['ENDED', agreementOutcomes[year]![1]], ['ENDED_EARLY', agreementOutcomes[year]![2]]] as const);
    const types = dice.deal(recognised, agreementTypes);
    const byPartnership = dice.deal(
      recognised,
      partnerships.map((partnership) => [partnership.id, profiles[partnership.code]!.agreements] as const),
    );
    for (let index = 0; index < volume.agreements; index += 1) {
      // Most agreements start in September; the rest spread over the school year.
      const monthIndex = dice.float() < 0.6 ? 2 : dice.int(0, 11);
      const startDate = utcDate(monthIndex < 6 ? year : year + 1, (monthIndex + 6) % 12, dice.int(1, 28));
      const isTransitional = index < transitional;
      let recognition: (typeof recognitions)[number] | undefined;
      if (!isTransitional) {
        const partnershipId = byPartnership[index - transitional]!;
        const valid = recognitions.filter((r) => r.validFrom <= startDate);
        const own = valid.filter((r) => r.partnershipId === partnershipId);
        recognition = own.length > 0 ? dice.pick(own) : valid.length > 0 ? dice.pick(valid) : undefined;
      }
      const workplaceId = recognition?.workplaceId ?? dice.pick(workplaces).id;
      const workplacePartnership = partnerships.find((p) => workplacesOf.get(p.id)!.includes(workplaceId))!;
      const outcome = outcomes[index]!;
      const june30 = (calendarYear: number) => utcDate(calendarYear, 5, 30);
      let plannedEndDate: Date;
      let actualEndDate: Date | null = null;
      if (outcome === 'RUNNING') {
        // Still running on the measurement date.
        plannedEndDate = june30(measuredOn.getUTCFullYear() + dice.int(1, 2));
      } else if (outcome === 'ENDED') {
        plannedEndDate = june30(Math.max(startDate.getUTCFullYear() + (startDate.getUTCMonth() >= 6 ? 1 : 0), dice.int(year + 1, measuredOn.getUTCFullYear())));
        actualEndDate = plannedEndDate;
      } else {
        const room = Math.max(1, Math.round((measuredOn.getTime() - startDate.getTime()) / DAY) - 20);
        actualEndDate = plusDays(startDate, 20 + dice.int(0, room));
        plannedEndDate = june30(measuredOn.getUTCFullYear() + dice.int(0, 2));
        if (actualEndDate >= plannedEndDate) actualEndDate = plusDays(plannedEndDate, -1);
      }
      // The records stand as of the end of school year 2018-2019: a running agreement whose planned end has passed ended.
      const endedSince = outcome === 'RUNNING' && plannedEndDate < utcDate(2019, 6, 1);
      const learnerId = dice.uuid();
      learners.push({
        id: learnerId,
        name: `${dice.pick(firstNames)} ${dice.pick(surnames)}`,
        birthDate: utcDate(year - dice.int(15, 22), dice.int(0, 11), dice.int(1, 28)),
        trainingProvider: dice.pick(trainingProviders),
        studyDirection: profiles[workplacePartnership.code]!.trainings[0]!,
      });
      agreements.push({
        type: isTransitional ? 'TRANSITIONAL' : types[index - transitional]!,
        workplaceId,
        recognitionId: recognition?.id ?? null,
        trainingId: recognition?.trainingId ?? dice.pick(trainingsOf.get(workplacePartnership.id)!),
        learnerId,
        mentorId: mentorOf.get(workplaceId)!,
        startDate,
        plannedEndDate,
        actualEndDate: endedSince ? plannedEndDate : actualEndDate,
        status: endedSince ? 'ENDED' : outcome,
        terminationReason: null,
        registeredById: actor.id,
      });
    }
  }
  // Tabel 17: the early terminations dealt in the report's reason mix (BR-34).
  const endedEarly = agreements.filter((agreement) => agreement.status === 'ENDED_EARLY');
  const reasons = dice.deal(endedEarly.length, terminationReasons);
  endedEarly.forEach((agreement, index) => {
    agreement.terminationReason = reasons[index]!;
  });
  await prisma.learner.createMany({ data: learners });
  await prisma.agreement.createMany({ data: agreements });
}
