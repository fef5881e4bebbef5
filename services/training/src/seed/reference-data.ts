import { createHash } from 'node:crypto';
import { demoReferences } from '@werkplek/config';
import type { PrismaClient } from '../generated/prisma/client.js';
import type { TrackComponent, TrackMark, TrackType } from '../generated/prisma/enums.js';

/** A stable UUID from a name, so that seeded rows keep their ids on every machine (dev sign-in, links, tests). */
export function stableId(name: string): string {
  const hex = createHash('sha256').update(`werkplek:training:${name}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export const trackIdOf = (code: string) => stableId(`track:${code}`);
export const criteriaVersionIdOf = (code: string) => stableId(`criteria-version:${code}`);
export const sectorIdOf = (code: string) => stableId(`sector:${code}`);
export const teachingLocationIdOf = (centreCode: string, name: string) => stableId(`teaching-location:${centreCode}:${name}`);
export const mandateHolderIdOf = (name: string) => stableId(`mandate-holder:${name}`);
export const moduleIdOf = (trackCode: string, moduleCode: string) => stableId(`module:${trackCode}:${moduleCode}`);

type CentreCode = keyof typeof demoReferences.trainingCentres;
const centreId = (code: CentreCode) => demoReferences.trainingCentres[code];

/** The 25 DAB sectors of the training offer, as in the satisfaction survey (§5.7). */
export const sectorSeed = [
  ['talen-redactie', 'Talen en redactie'],
  ['ontwerpen', 'Ontwerpen'],
  ['administratie-onthaal', 'Administratie en onthaal'],
  ['dieren', 'Dieren'],
  ['verkoop-marketing', 'Verkoop en marketing'],
  ['elektriciteit', 'Elektriciteit'],
  ['gezondheid-sport', 'Gezondheid en sport'],
  ['vastgoed', 'Vastgoed'],
  ['groensector', 'Groensector'],
  ['financien-verzekeringen', 'Financiën en verzekeringen'],
  ['veiligheid-milieu', 'Veiligheid en milieu'],
  ['informatica', 'Informatica'],
  ['voeding', 'Voeding'],
  ['grafisch-audiovisueel', 'Grafische en audiovisuele technieken'],
  ['management-bedrijfsbeheer', 'Management en bedrijfsbeheer'],
  ['medische-diagnostiek', 'Technologie voor medische diagnostiek'],
  ['horeca', 'Horeca'],
  ['toerisme-recreatie', 'Toerisme en recreatie'],
  ['cultuur-podiumkunsten', 'Cultuur en podiumkunsten'],
  ['bouw-hout', 'Bouw en hout'],
  ['voertuigen-metaal', 'Voertuigen en metaal'],
  ['personenverzorging', 'Personenverzorging'],
  ['mode-kledij', 'Mode en kledij'],
  ['transport-logistiek', 'Transport en logistiek'],
  ['kunst-antiek-ambachten', 'Kunst, antiek en ambachten'],
] as const;
export type SectorCode = (typeof sectorSeed)[number][0];

/** Teaching locations (lesplaatsen) on the centres' campuses (illustrative: the source names none). */
export const teachingLocationSeed: { centre: CentreCode; campus: string; name: string; municipality: string }[] = [
  { centre: 'syntra-midden-vlaanderen', campus: 'Gent', name: 'Campus Gent Rijvisschestraat', municipality: 'Gent' },
  { centre: 'syntra-midden-vlaanderen', campus: 'Aalst', name: 'Campus Aalst Kapellekensbaan', municipality: 'Aalst' },
  { centre: 'syntra-midden-vlaanderen', campus: 'Sint-Niklaas', name: 'Campus Sint-Niklaas', municipality: 'Sint-Niklaas' },
  { centre: 'syntra-brussel', campus: 'Brussel', name: 'Campus Brussel Kanaal', municipality: 'Brussel' },
  { centre: 'syntra-west', campus: 'Brugge', name: 'Campus Brugge Spoorwegstraat', municipality: 'Brugge' },
  { centre: 'syntra-west', campus: 'Kortrijk', name: 'Campus Kortrijk Doorniksesteenweg', municipality: 'Kortrijk' },
  { centre: 'syntra-west', campus: 'Roeselare', name: 'Campus Roeselare', municipality: 'Roeselare' },
  { centre: 'syntra-antwerpen-vlaams-brabant', campus: 'Antwerpen', name: 'Campus Antwerpen Jos Smolderenstraat', municipality: 'Antwerpen' },
  { centre: 'syntra-antwerpen-vlaams-brabant', campus: 'Mechelen', name: 'Campus Mechelen', municipality: 'Mechelen' },
  { centre: 'syntra-antwerpen-vlaams-brabant', campus: 'Leuven', name: 'Campus Leuven Ambachtenlaan', municipality: 'Leuven' },
  { centre: 'syntra-limburg', campus: 'Hasselt', name: 'Campus Hasselt Trichterheideweg', municipality: 'Hasselt' },
  { centre: 'syntra-limburg', campus: 'Genk', name: 'Campus Genk', municipality: 'Genk' },
];

/** Mandate holders (mandaathouders); Mpiris is named in §6.8, the others are illustrative. */
export const mandateHolderSeed = [
  { name: 'Mpiris', enterpriseNumber: '0550.715.116', qualityLabel: 'Q-decreet: ISO 9001' },
  { name: 'Vormingsfonds Creatief Ondernemen', enterpriseNumber: '0661.203.451', qualityLabel: 'Q-decreet: EFQM' },
  { name: 'Opleidingshuis Kempen', enterpriseNumber: '0447.120.875', qualityLabel: null },
];

interface CriterionSeed {
  mark: TrackMark;
  code: string;
  text: string;
  required?: boolean;
}
interface VersionSeed {
  code: 'PRE_2018' | '2018_2019';
  name: string;
  approvedOn: string | null;
  validFrom: string;
  validUntil: string | null;
  criteria: CriterionSeed[];
  rules: { mark: TrackMark; minimumMet: number; description: string }[];
}

const NEVER_ORGANISED =
  'een traject dat niet eerder in de praktijk georganiseerd werd door de Syntra, op geen enkele campus of andere locatie';
const rework: CriterionSeed[] = [
  { mark: 'INNOVATIVE_REWORK', code: 'full-run', text: 'de herwerking van een ondernemerstraject, dat een volledige doorlooptijd heeft gekend', required: true },
  { mark: 'INNOVATIVE_REWORK', code: 'module', text: 'minstens één module wordt toegevoegd of herwerkt', required: true },
  { mark: 'INNOVATIVE_REWORK', code: 'supported', text: 'De herwerking dient door de andere Syntra gedragen te zijn', required: true },
  { mark: 'INNOVATIVE_REWORK', code: 'marktgericht', text: 'marktgericht' },
  { mark: 'INNOVATIVE_REWORK', code: 'cross-sectoraal', text: 'cross-sectoraal' },
  { mark: 'INNOVATIVE_REWORK', code: 'digitalisering', text: 'gericht op digitalisering' },
  { mark: 'INNOVATIVE_REWORK', code: 'cleantech', text: 'cleantech & duurzaam ondernemen' },
];
const reworkRule = {
  mark: 'INNOVATIVE_REWORK' as const,
  minimumMet: 2,
  description:
    'Herwerking van een traject met een volledige doorlooptijd, minstens één module, gedragen door de andere Syntra, en minstens 2 van de 4 criteria',
};

/** The two versions of the steering-policy criteria (§2.3), word for word in Dutch. */
export const criteriaVersionSeed: VersionSeed[] = [
  {
    code: 'PRE_2018',
    name: 'Kader sturend beleid tot en met 2017-2018 (JOP 2018)',
    approvedOn: null,
    validFrom: '2012-09-01',
    validUntil: '2018-08-31',
    criteria: [
      { mark: 'INNOVATIVE', code: 'never-organised', text: NEVER_ORGANISED, required: true },
      { mark: 'INNOVATIVE', code: 'doelgericht', text: 'doelgerichtheid', required: true },
      { mark: 'INNOVATIVE', code: 'marktgericht', text: 'marktgerichtheid', required: true },
      { mark: 'INNOVATIVE', code: 'beleidsgericht', text: 'beleidsgerichtheid', required: true },
      ...rework,
      { mark: 'FLEXIBLE', code: 'tempo', text: 'gedifferentieerd tempo' },
      { mark: 'FLEXIBLE', code: 'vrijstellingen', text: 'mogelijkheid van vrijstellingen' },
      { mark: 'FLEXIBLE', code: 'digitale-leeromgeving', text: 'digitale leeromgeving ter vervanging van de contacturen in de klas' },
      { mark: 'FLEXIBLE', code: 'werkplek', text: 'competenties verwerven op de werkplek, bij voorkeur bij verschillende werkgevers' },
      {
        mark: 'FLEXIBLE',
        code: 'coaching',
        text: 'individuele coaching per cursist, verschillend van de coaching in de digitale leeromgeving of het werkplekleren',
      },
    ],
    rules: [
      {
        mark: 'INNOVATIVE',
        minimumMet: 0,
        description:
          'Alleen een traject dat de toetsing aan alle drie beoordelingscriteria doorstaat, wordt als innovatief beschouwd.',
      },
      reworkRule,
      { mark: 'FLEXIBLE', minimumMet: 3, description: 'Minstens 3 van de 5 criteria' },
    ],
  },
  {
    code: '2018_2019',
    name: 'Kader sturend beleid vanaf schooljaar 2018-2019 (goedgekeurd door het MSN, maart 2018)',
    approvedOn: '2018-03-20',
    validFrom: '2018-09-01',
    validUntil: null,
    criteria: [
      { mark: 'INNOVATIVE', code: 'never-organised', text: NEVER_ORGANISED, required: true },
      { mark: 'INNOVATIVE', code: 'nieuwe-marktactiviteiten', text: 'Het moet daarenboven gericht zijn op nieuwe marktactiviteiten', required: true },
      { mark: 'INNOVATIVE', code: 'innovatieve-bedrijfsvoering', text: 'en innovatieve concepten op het vlak van bedrijfsvoering omvatten', required: true },
      { mark: 'INNOVATIVE', code: 'kruisbestuiving', text: 'Het kan ook kruisbestuiving omvatten' },
      { mark: 'INNOVATIVE', code: 'incubatie', text: 'Het kan ook incubatie omvatten' },
      { mark: 'INNOVATIVE', code: 'informeel-leren', text: 'Het kan ook informeel leren omvatten' },
      ...rework,
      { mark: 'FLEXIBLE', code: 'persoonsgericht', text: 'persoonsgericht, oriëntatie en opvolging, coaching', required: true },
      { mark: 'FLEXIBLE', code: 'leer-evaluatievormen', text: 'variabele leer- en evaluatievormen én een combinatie ervan', required: true },
      { mark: 'FLEXIBLE', code: 'doorlooptijd', text: 'flexibele doorlooptijd', required: true },
    ],
    rules: [
      {
        mark: 'INNOVATIVE',
        minimumMet: 0,
        description:
          'Niet eerder georganiseerd, gericht op nieuwe marktactiviteiten en innovatieve concepten van bedrijfsvoering; kruisbestuiving, incubatie en informeel leren zijn mogelijk, niet vereist',
      },
      reworkRule,
      { mark: 'FLEXIBLE', minimumMet: 0, description: 'Voldoet aan de drie criteria' },
    ],
  },
];

/**
 * Action-plan rounds the seeded marks were granted in: the board decides in December (or June for the April round)
 * for the tracks start-able the next 1 September. The action-plan module owns rounds; these are upserted by year and
 * season and left alone when they exist.
 */
const roundSeed = [
  { year: 2015, season: 'NOVEMBER' as const, deadline: '2015-11-15T23:59:59Z', version: 'PRE_2018', decidedOn: '2015-12-17' },
  { year: 2016, season: 'NOVEMBER' as const, deadline: '2016-11-15T23:59:59Z', version: 'PRE_2018', decidedOn: '2016-12-15' },
  { year: 2018, season: 'APRIL' as const, deadline: '2018-04-30T23:59:59Z', version: '2018_2019', decidedOn: '2018-06-21' },
];

type M = { mark: TrackMark; round: 0 | 1 | 2 };
interface TrackSeed {
  code: string;
  name: string;
  type: TrackType;
  sector: SectorCode;
  centre: CentreCode | null;
  months: number;
  startable: string | null;
  establishment?: boolean;
  fullRun?: boolean;
  marks?: M[];
}

const BOTH: TrackComponent[] = ['PROFESSIONAL_KNOWLEDGE', 'BUSINESS_MANAGEMENT'];
const inn = (round: 0 | 1 | 2): M => ({ mark: 'INNOVATIVE', round });
const flex = (round: 0 | 1 | 2): M => ({ mark: 'FLEXIBLE', round });
const rew = (round: 0 | 1 | 2): M => ({ mark: 'INNOVATIVE_REWORK', round });

/**
 * The catalogue, scaled 1:4 on §5.4: start-able on 1 September 2018 are 10 innovative (40), 2 reworks (9) and 12
 * flexible (48) tracks; on 1 September 2017 6 innovative (24) and 8 flexible (32); on 1 September 2016 1 (5) and 1 (4).
 */
export const trackSeed: TrackSeed[] = [
  { code: 'OT-BAKKER-W', name: 'Bakker', type: 'ENTREPRENEURSHIP', sector: 'voeding', centre: 'syntra-west', months: 24, startable: '2010-09-01', establishment: true, fullRun: true, marks: [flex(1)] },
  { code: 'OT-RESTAURANT-MV', name: 'Restauranthouder', type: 'ENTREPRENEURSHIP', sector: 'horeca', centre: 'syntra-midden-vlaanderen', months: 24, startable: '2010-09-01', establishment: true, fullRun: true, marks: [flex(1)] },
  { code: 'OT-BEAUTY-AB', name: 'Schoonheidsspecialist', type: 'ENTREPRENEURSHIP', sector: 'personenverzorging', centre: 'syntra-antwerpen-vlaams-brabant', months: 24, startable: '2011-09-01', establishment: true, fullRun: true, marks: [flex(0)] },
  { code: 'OT-WEB-L', name: 'Webdesigner', type: 'ENTREPRENEURSHIP', sector: 'informatica', centre: 'syntra-limburg', months: 12, startable: '2014-09-01', fullRun: true, marks: [rew(2), flex(1)] },
  { code: 'OT-FIETS-W', name: 'Zaakvoerder fietsenwinkel', type: 'ENTREPRENEURSHIP', sector: 'voertuigen-metaal', centre: 'syntra-west', months: 12, startable: '2013-09-01', fullRun: true, marks: [rew(2)] },
  { code: 'OT-KAPPER-B', name: 'Kapper', type: 'ENTREPRENEURSHIP', sector: 'personenverzorging', centre: 'syntra-brussel', months: 24, startable: '2010-09-01', establishment: true, fullRun: true },
  { code: 'OT-SLAGER-L', name: 'Slager-spekslager', type: 'ENTREPRENEURSHIP', sector: 'voeding', centre: 'syntra-limburg', months: 24, startable: '2010-09-01', establishment: true, fullRun: true },
  { code: 'OT-DRONE-AB', name: 'Dronepiloot-ondernemer', type: 'ENTREPRENEURSHIP', sector: 'transport-logistiek', centre: 'syntra-antwerpen-vlaams-brabant', months: 12, startable: '2016-09-01', marks: [inn(0), flex(1)] },
  { code: 'OT-3DPRINT-W', name: '3D-printspecialist', type: 'ENTREPRENEURSHIP', sector: 'ontwerpen', centre: 'syntra-west', months: 12, startable: '2017-09-01', marks: [inn(1), flex(1)] },
  { code: 'OT-VLOGGER-MV', name: 'Contentcreator en vlogger', type: 'ENTREPRENEURSHIP', sector: 'grafisch-audiovisueel', centre: 'syntra-midden-vlaanderen', months: 12, startable: '2017-09-01', marks: [inn(1)] },
  { code: 'OT-URBANFARM-L', name: 'Stadslandbouwer', type: 'ENTREPRENEURSHIP', sector: 'groensector', centre: 'syntra-limburg', months: 18, startable: '2017-09-01', marks: [inn(1), flex(1)] },
  { code: 'OT-ESPORT-AB', name: 'E-sportcoach', type: 'ENTREPRENEURSHIP', sector: 'gezondheid-sport', centre: 'syntra-antwerpen-vlaams-brabant', months: 12, startable: '2017-09-01', marks: [inn(1)] },
  { code: 'OT-CIRCULAIR-B', name: 'Circulair ondernemer', type: 'ENTREPRENEURSHIP', sector: 'veiligheid-milieu', centre: 'syntra-brussel', months: 12, startable: '2017-09-01', marks: [inn(1), flex(1)] },
  { code: 'OT-BLOCKCHAIN-MV', name: 'Blockchain-consultant', type: 'ENTREPRENEURSHIP', sector: 'informatica', centre: 'syntra-midden-vlaanderen', months: 12, startable: '2018-09-01', marks: [inn(2), flex(2)] },
  { code: 'OT-ZEROWASTE-W', name: 'Uitbater zero-wastewinkel', type: 'ENTREPRENEURSHIP', sector: 'verkoop-marketing', centre: 'syntra-west', months: 12, startable: '2018-09-01', marks: [inn(2)] },
  { code: 'OT-TINYHOUSE-L', name: 'Tiny-housebouwer', type: 'ENTREPRENEURSHIP', sector: 'bouw-hout', centre: 'syntra-limburg', months: 18, startable: '2018-09-01', marks: [inn(2), flex(2)] },
  { code: 'OT-SOCIALMEDIA-AB', name: 'Socialemediamanager', type: 'ENTREPRENEURSHIP', sector: 'verkoop-marketing', centre: 'syntra-antwerpen-vlaams-brabant', months: 12, startable: '2018-09-01' },
  { code: 'OT-VASTGOED-B', name: 'Vastgoedmakelaar', type: 'ENTREPRENEURSHIP', sector: 'vastgoed', centre: 'syntra-brussel', months: 24, startable: '2012-09-01', fullRun: true },
  { code: 'OT-HONDEN-MV', name: 'Hondentrimmer', type: 'ENTREPRENEURSHIP', sector: 'dieren', centre: 'syntra-midden-vlaanderen', months: 12, startable: '2012-09-01', fullRun: true },
  { code: 'OT-SMART-HOME-W', name: 'Domotica-installateur', type: 'ENTREPRENEURSHIP', sector: 'elektriciteit', centre: 'syntra-west', months: 18, startable: '2018-09-01', marks: [inn(2)] },
  { code: 'OT-KLEDING-AB', name: 'Modeontwerper', type: 'ENTREPRENEURSHIP', sector: 'mode-kledij', centre: 'syntra-antwerpen-vlaams-brabant', months: 24, startable: '2011-09-01', fullRun: true },
  { code: 'OT-FOTOGRAAF-L', name: 'Fotograaf', type: 'ENTREPRENEURSHIP', sector: 'grafisch-audiovisueel', centre: 'syntra-limburg', months: 24, startable: '2011-09-01', fullRun: true },
  { code: 'LT-BAKKER-W', name: 'Leertijd Bakker', type: 'APPRENTICESHIP', sector: 'voeding', centre: 'syntra-west', months: 36, startable: '2010-09-01', fullRun: true },
  { code: 'LT-KAPPER-MV', name: 'Leertijd Kapper', type: 'APPRENTICESHIP', sector: 'personenverzorging', centre: 'syntra-midden-vlaanderen', months: 36, startable: '2010-09-01', fullRun: true },
  { code: 'DU-ELEKTRO-L', name: 'Duaal Elektrotechnicus', type: 'DUAL', sector: 'elektriciteit', centre: 'syntra-limburg', months: 24, startable: '2016-09-01' },
  { code: 'DU-KOK-AB', name: 'Duaal Kok', type: 'DUAL', sector: 'horeca', centre: 'syntra-antwerpen-vlaams-brabant', months: 24, startable: '2017-09-01' },
  { code: 'PS-BBH-MV', name: 'Basiskennis bedrijfsbeheer', type: 'PRE_STARTER', sector: 'management-bedrijfsbeheer', centre: 'syntra-midden-vlaanderen', months: 6, startable: '2010-09-01', fullRun: true },
  { code: 'PS-EBBH-AB', name: 'E-basiskennis bedrijfsbeheer', type: 'PRE_STARTER', sector: 'management-bedrijfsbeheer', centre: 'syntra-antwerpen-vlaams-brabant', months: 6, startable: '2015-09-01', fullRun: true, marks: [flex(2)] },
  { code: 'PS-MWVJZ-L', name: 'Werkzoekenden naar ondernemerschap (Maak werk van je zaak)', type: 'PRE_STARTER', sector: 'management-bedrijfsbeheer', centre: 'syntra-limburg', months: 6, startable: '2016-09-01', marks: [flex(2)] },
  { code: 'TT-CREATIEF-MP', name: 'Creatief ondernemen (creatieve cluster)', type: 'ASSIGNED', sector: 'cultuur-podiumkunsten', centre: null, months: 6, startable: null },
];

function componentsOf(type: TrackType): TrackComponent[] {
  if (type === 'PRE_STARTER') return ['BUSINESS_MANAGEMENT'];
  if (type === 'ENTREPRENEURSHIP') return BOTH;
  return ['PROFESSIONAL_KNOWLEDGE'];
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Teaching locations, sectors, criteria versions, tracks and modules, mandate holders. Idempotent upserts by code/name. */
export async function seedReferenceData(prisma: PrismaClient): Promise<void> {
  for (const [code, name] of sectorSeed) {
    await prisma.sector.upsert({ where: { code }, update: {}, create: { id: sectorIdOf(code), code, name } });
  }
  for (const location of teachingLocationSeed) {
    const id = centreId(location.centre);
    await prisma.teachingLocation.upsert({
      where: { centreId_name: { centreId: id, name: location.name } },
      update: {},
      create: { id: teachingLocationIdOf(location.centre, location.name), centreId: id, campus: location.campus, name: location.name, municipality: location.municipality },
    });
  }
  for (const holder of mandateHolderSeed) {
    await prisma.mandateHolder.upsert({ where: { name: holder.name }, update: {}, create: { id: mandateHolderIdOf(holder.name), ...holder } });
  }
  for (const version of criteriaVersionSeed) {
    const versionId = criteriaVersionIdOf(version.code);
    await prisma.criteriaVersion.upsert({
      where: { code: version.code },
      update: {},
      create: {
        id: versionId,
        code: version.code,
        name: version.name,
        approvedOn: version.approvedOn ? day(version.approvedOn) : null,
        validFrom: day(version.validFrom),
        validUntil: version.validUntil ? day(version.validUntil) : null,
      },
    });
    for (const [position, criterion] of version.criteria.entries()) {
      await prisma.criterion.upsert({
        where: { versionId_mark_code: { versionId, mark: criterion.mark, code: criterion.code } },
        update: {},
        create: {
          id: stableId(`criterion:${version.code}:${criterion.mark}:${criterion.code}`),
          versionId,
          mark: criterion.mark,
          code: criterion.code,
          text: criterion.text,
          required: criterion.required ?? false,
          position: position + 1,
        },
      });
    }
    for (const rule of version.rules) {
      await prisma.markRule.upsert({
        where: { versionId_mark: { versionId, mark: rule.mark } },
        update: {},
        create: { id: stableId(`mark-rule:${version.code}:${rule.mark}`), versionId, ...rule },
      });
    }
  }
  const roundIds: string[] = [];
  for (const round of roundSeed) {
    const row = await prisma.actionPlanRound.upsert({
      where: { year_season: { year: round.year, season: round.season } },
      update: {},
      create: {
        id: stableId(`round:${round.year}:${round.season}`),
        year: round.year,
        season: round.season,
        deadline: new Date(round.deadline),
        criteriaVersionId: criteriaVersionIdOf(round.version),
        status: 'DECIDED',
        boardDecisionOn: day(round.decidedOn),
      },
    });
    roundIds.push(row.id);
  }
  for (const track of trackSeed) {
    const id = trackIdOf(track.code);
    const components = componentsOf(track.type);
    await prisma.track.upsert({
      where: { code: track.code },
      update: {},
      create: {
        id,
        code: track.code,
        name: track.name,
        type: track.type,
        sectorId: sectorIdOf(track.sector),
        centreId: track.centre ? centreId(track.centre) : null,
        components,
        durationMonths: track.months,
        startableFrom: track.startable ? day(track.startable) : null,
        establishmentRegulation: track.establishment ?? false,
        completedFullRun: track.fullRun ?? false,
      },
    });
    const modules = components.flatMap((component): { code: string; name: string; component: TrackComponent; hours: number }[] =>
      component === 'PROFESSIONAL_KNOWLEDGE'
        ? [
            { code: 'BK1', name: `${track.name}: beroepskennis deel 1`, component, hours: 120 },
            { code: 'BK2', name: `${track.name}: beroepskennis deel 2`, component, hours: 120 },
          ]
        : [{ code: 'BBH', name: 'Bedrijfsbeheer (incl. haalbaarheidsstudie)', component, hours: 90 }],
    );
    for (const module of modules) {
      await prisma.module.upsert({
        where: { trackId_code: { trackId: id, code: module.code } },
        update: {},
        create: { id: moduleIdOf(track.code, module.code), trackId: id, ...module },
      });
    }
    for (const grant of track.marks ?? []) {
      const round = roundSeed[grant.round]!;
      const roundId = roundIds[grant.round]!;
      await prisma.trackMarkGrant.upsert({
        where: { trackId_mark_roundId: { trackId: id, mark: grant.mark, roundId } },
        update: {},
        create: {
          id: stableId(`mark:${track.code}:${grant.mark}:${round.year}:${round.season}`),
          trackId: id,
          mark: grant.mark,
          roundId,
          criteriaVersionId: criteriaVersionIdOf(round.version),
          grantedOn: day(round.decidedOn),
        },
      });
    }
  }
}
