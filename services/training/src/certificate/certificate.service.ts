import { randomInt } from 'node:crypto';
import DataLoader from 'dataloader';
import { badUserInput, checkStep, domainError, ErrorCode, forbidden, historyLoader, historyOrder, loaderByGroup, loaderById, notFound, paginate, recordStatusChange, requireUser, Role, schoolYearLabel, schoolYearOf, startOfDay, type PageInput, type User, checkExpectedVersion, unlessChangedMeanwhile } from '@werkplek/subgraph-kit';
import type { TrainingContext } from '../context.js';
import type { Certificate as CertificateRow, Prisma } from '../generated/prisma/client.js';
import type { CertificateIssuer, CertificateType, TrackType } from '../generated/prisma/enums.js';
import { canReadCentre } from '../shared/access.js';
import { trackServiceOf } from '../track/track.service.js';
import type { CertificateFilter, CertificateSort, IssueCertificateInput } from './certificate.types.js';
import { orderByOf } from '../shared/sort.js';

/** Every sortable column of the certificates table, over the whole list. */
export const certificateOrderBy = (sort: CertificateSort): Prisma.CertificateOrderByWithRelationInput[] =>
  orderByOf(sort, {
    NUMBER: (direction) => [{ number: direction }],
    TYPE: (direction) => [{ type: direction }],
    LEARNER: (direction) => [{ learner: { name: direction } }],
    EXAM_YEAR: (direction) => [{ examYear: direction }],
    ISSUED_ON: (direction) => [{ issuedOn: direction }],
  });
import { certificateWorkflow, type CertificateState } from './certificate.workflow.js';

const CERTIFICATE = { nl: 'Attest', en: 'Certificate' };
const ENTITY = 'Certificate';
const NO_CENTRE = '00000000-0000-0000-0000-000000000000';
/** The public number: SYN-<exam year>-<six digits>. */
export const CERTIFICATE_NUMBER = /^SYN-\d{4}-\d{6}$/;
export const MAX_NUMBER_LENGTH = 40;
/** §2.5: leertijd is attested by the agency up to 2018-19 (on data from the Syntra); from 2019-20 by the Syntra. */
export const LAST_AGENCY_APPRENTICESHIP_YEAR = 2018;

/** §2.5: which certificate types belong to which track type. */
export const typesOfTrack: Partial<Record<TrackType, CertificateType[]>> = {
  ENTREPRENEURSHIP: [
    'ENTREPRENEURSHIP_DIPLOMA',
    'PROFESSIONAL_KNOWLEDGE_CERTIFICATE',
    'SME_EMPLOYEE_CERTIFICATE',
    'BUSINESS_MANAGEMENT_CERTIFICATE',
  ],
  APPRENTICESHIP: [
    'APPRENTICESHIP_CERTIFICAAT',
    'APPRENTICESHIP_GETUIGSCHRIFT',
    'APPRENTICESHIP_SECOND_GRADE',
    'APPRENTICESHIP_THIRD_GRADE',
    'SECONDARY_EDUCATION_DIPLOMA',
  ],
  DUAL: ['DUAL_VOCATIONAL_CERTIFICATE', 'DUAL_SECOND_YEAR_THIRD_GRADE', 'DUAL_THIRD_YEAR_THIRD_GRADE', 'DUAL_DIPLOMA'],
};

const trackTypeLabels: Record<TrackType, string> = {
  ENTREPRENEURSHIP: 'ondernemerschapstraject',
  APPRENTICESHIP: 'leertijd',
  DUAL: 'duaal traject',
  PRE_STARTER: 'prestarterstraject',
  ASSIGNED: 'toegewezen traject',
};

/** §2.5 "Who attests": the issuer of a certificate of this track type issued in this course year. */
export function issuerOf(trackType: TrackType, courseYear: number): { issuer: CertificateIssuer; rule: { nl: string; en: string } } {
  if (trackType === 'ENTREPRENEURSHIP') {
    return {
      issuer: 'AGENCY',
      rule: {
        nl: 'Attesten van ondernemerschapstrajecten reikt het agentschap uit (§2.5)',
        en: 'Entrepreneurship-track certificates are issued by the agency (§2.5)',
      },
    };
  }
  if (trackType === 'APPRENTICESHIP') {
    return courseYear <= LAST_AGENCY_APPRENTICESHIP_YEAR
      ? {
          issuer: 'AGENCY',
          rule: {
            nl: `Leertijdattesten reikt het agentschap uit tot en met cursusjaar 2018-2019 (§2.5; hier ${schoolYearLabel(courseYear)})`,
            en: `Apprenticeship certificates are issued by the agency up to course year 2018-2019 (§2.5; here ${schoolYearLabel(courseYear)})`,
          },
        }
      : {
          issuer: 'CENTRE',
          rule: {
            nl: `Vanaf cursusjaar 2019-2020 attesteren de Syntra alle leerlingen in de leertijd (§2.5; hier ${schoolYearLabel(courseYear)})`,
            en: `From course year 2019-2020 the Syntra attest all apprenticeship pupils (§2.5; here ${schoolYearLabel(courseYear)})`,
          },
        };
  }
  return {
    issuer: 'CENTRE',
    rule: { nl: 'Attesten van duale trajecten reikt de Syntra zelf uit (§2.5)', en: 'Dual-track certificates are issued by the Syntra themselves (§2.5)' },
  };
}

/** §2.5: the agency's staff issue what the agency attests; a centre's own users what the centre attests. */
export function mayIssue(issuer: CertificateIssuer, user: User, trackCentreId: string): boolean {
  return issuer === 'AGENCY' ? user.role === Role.AgencyStaff : user.role === Role.CentreUser && user.centreId === trackCentreId;
}

/**
 * The certificate types `user` may issue today on this enrolment, as `issue` checks them without input: a completed
 * enrolment with result PASSED, at the track's own centre, the types of the track's type, the issuer of today's course
 * year. The issue date chosen in the form can still change the issuer (leertijd around 2019-2020), so the step decides.
 */
export function issuableCertificateTypes(
  enrolment: { status: string; result: string | null; centreId: string },
  track: { type: TrackType; centreId: string | null } | null | undefined,
  user: User,
  today: Date,
  alreadyInForce: readonly CertificateType[] = [],
): CertificateType[] {
  if (enrolment.status !== 'COMPLETED' || enrolment.result !== 'PASSED') return [];
  if (!track?.centreId || track.centreId !== enrolment.centreId) return [];
  const fitting = typesOfTrack[track.type] ?? [];
  if (fitting.length === 0 || !mayIssue(issuerOf(track.type, schoolYearOf(today)).issuer, user, track.centreId)) return [];
  return fitting.filter((type) => !alreadyInForce.includes(type));
}

/** The refusal of a second certificate in force of one type for one learner and track. */
export function duplicateCertificate(type: CertificateType, number: string | null) {
  return domainError(
    ErrorCode.Conflict,
    `Deze cursist heeft voor dit traject al een geldig attest van dit type${number ? ` (${number})` : ''}; trek het eerst in om het te corrigeren`,
    `This learner already holds a valid certificate of this type for this track${number ? ` (${number})` : ''}; revoke it first to correct it`,
    { field: 'type', rule: 'ONE_CERTIFICATE_PER_TYPE', type },
  );
}

function stateOf(certificate: CertificateRow): CertificateState {
  return certificate.revokedOn ? 'REVOKED' : 'VALID';
}

/** Certificates (§2.5): issuing under the issuer rules, revocation, listing, and the public verification. */
export class CertificateService {
  readonly byId;
  readonly historyOf;
  /** The types in force per `learnerId:trackId`, for `Enrolment.issuableCertificateTypes` (one query per request). */
  readonly typesInForce;

  constructor(private readonly ctx: TrainingContext) {
    const prisma = ctx.prisma;
    this.byId = loaderById((ids) => prisma.certificate.findMany({ where: { id: { in: [...ids] } } }));
    this.typesInForce = new DataLoader<string, CertificateType[]>(async (keys) => {
      const pairs = keys.map((key) => key.split(':') as [string, string]);
      const rows = await prisma.certificate.findMany({
        where: { inForce: true, OR: pairs.map(([learnerId, trackId]) => ({ learnerId, trackId })) },
        select: { learnerId: true, trackId: true, type: true },
      });
      return keys.map((key) => rows.filter((row) => `${row.learnerId}:${row.trackId}` === key).map((row) => row.type));
    });
    this.historyOf = historyLoader((query) => prisma.statusChange.findMany(query), ENTITY);
  }

  private get user(): User {
    return requireUser(this.ctx);
  }

  private today(): Date {
    return startOfDay(this.ctx.now());
  }

  async get(id: string) {
    const row = await this.byId.load(id);
    if (!row || !canReadCentre(this.user, row.centreId)) throw notFound(CERTIFICATE, id);
    return row;
  }

  /** For a federation reference: the same rule as a direct read (FORBIDDEN for another centre's certificate). */
  async byReference(id: string) {
    const user = this.user;
    const row = await this.byId.load(id);
    if (row && !canReadCentre(user, row.centreId)) {
      throw forbidden('Dit attest hoort bij een ander opleidingscentrum', 'This certificate belongs to another training centre');
    }
    return row;
  }

  list(filter: CertificateFilter | undefined, sort: CertificateSort, page: PageInput | undefined) {
    const user = this.user;
    const and: Prisma.CertificateWhereInput[] = [];
    if (user.role === Role.CentreUser) and.push({ centreId: user.centreId ?? NO_CENTRE });
    if (filter?.centreId) and.push({ centreId: filter.centreId });
    if (filter?.examYear) and.push({ examYear: filter.examYear });
    if (filter?.type) and.push({ type: filter.type });
    const where: Prisma.CertificateWhereInput = { AND: and };
    return paginate(
      page,
      (args) => this.ctx.prisma.certificate.findMany({ where, orderBy: certificateOrderBy(sort), ...args }),
      () => this.ctx.prisma.certificate.count({ where }),
    );
  }

  /** §2.5: the type fits the track type, the caller is the issuer the rule names, exam year = calendar year by default. */
  async issue(input: IssueCertificateInput) {
    const user = this.user;
    const track = await trackServiceOf(this.ctx).byId.load(input.trackId);
    if (!track) throw badUserInput(`Traject ${input.trackId} bestaat niet`, `Track ${input.trackId} does not exist`, { field: 'trackId' });
    if (!track.centreId) {
      throw badUserInput('Dit traject hoort bij geen centrum', 'This track belongs to no centre', { field: 'trackId' });
    }
    const fitting = typesOfTrack[track.type] ?? [];
    if (!fitting.includes(input.type)) {
      throw badUserInput(
        `Een ${trackTypeLabels[track.type]} geeft geen attest van het type ${input.type} (§2.5)`,
        `A ${track.type} track gives no certificate of type ${input.type} (§2.5)`,
        { field: 'type' },
      );
    }
    const learner = await this.ctx.prisma.learner.findUnique({ where: { id: input.learnerId } });
    if (!learner) throw badUserInput(`Cursist ${input.learnerId} bestaat niet`, `Learner ${input.learnerId} does not exist`, { field: 'learnerId' });
    const issuedOn = startOfDay(input.issuedOn);
    if (issuedOn > this.today()) {
      throw badUserInput('De uitreikingsdatum ligt in de toekomst', 'The issue date lies in the future', { field: 'issuedOn' });
    }
    const { issuer, rule } = issuerOf(track.type, schoolYearOf(issuedOn));
    if (!mayIssue(issuer, user, track.centreId)) {
      const who = issuer === 'AGENCY' ? 'het agentschap' : 'het centrum van het traject';
      throw forbidden(`${rule.nl}: alleen ${who} reikt dit attest uit`, `${rule.en}: only ${issuer === 'AGENCY' ? 'the agency' : "the track's centre"} issues it`);
    }
    // §2.5: a certificate attests a passed track: the learner needs an enrolment in this track at its centre,
    // completed with result PASSED.
    const passed = await this.ctx.prisma.enrolment.findFirst({
      where: { learnerId: learner.id, trackId: track.id, centreId: track.centreId, status: 'COMPLETED', result: 'PASSED' },
      select: { id: true },
    });
    if (!passed) {
      throw badUserInput(
        'Een attest vereist een afgeronde inschrijving van de cursist in dit traject bij dit centrum met resultaat geslaagd (§2.5)',
        'A certificate requires an enrolment of the learner in this track at this centre, completed with result PASSED (§2.5)',
        { field: 'learnerId', rule: 'PASSED_ENROLMENT_REQUIRED' },
      );
    }
    const issueYear = issuedOn.getUTCFullYear();
    const examYear = input.examYear ?? issueYear;
    if (examYear > issueYear || examYear < issueYear - 1) {
      throw badUserInput(
        `Examenjaar = kalenderjaar: ${issueYear} (of ${issueYear - 1} voor een examen van vorig jaar)`,
        `Exam year = calendar year: ${issueYear} (or ${issueYear - 1} for last year's exam)`,
        { field: 'examYear' },
      );
    }
    const inForce = () =>
      this.ctx.prisma.certificate.findFirst({
        where: { learnerId: learner.id, trackId: track.id, type: input.type, inForce: true },
        select: { number: true },
      });
    const existing = await inForce();
    if (existing) throw duplicateCertificate(input.type, existing.number);
    for (let attempt = 0; ; attempt += 1) {
      const number = `SYN-${examYear}-${String(randomInt(0, 1_000_000)).padStart(6, '0')}`;
      try {
        return await this.ctx.prisma.$transaction(async (tx) => {
          const certificate = await tx.certificate.create({
            data: { number, type: input.type, learnerId: learner.id, trackId: track.id, centreId: track.centreId!, examYear, issuedOn, issuer },
          });
          await recordStatusChange(tx, {
            entityType: ENTITY,
            entityId: certificate.id,
            step: 'issue',
            from: null,
            to: 'VALID',
            actor: user,
            note: `Uitgereikt op ${issuedOn.toISOString().slice(0, 10)} (${number})`,
            at: this.ctx.now(),
          });
          return certificate;
        });
      } catch (error) {
        if ((error as { code?: string }).code !== 'P2002') throw error;
        // Two unique indexes can clash: a concurrent issue of the same type won the race (refuse), or the drawn
        // number is taken (draw another one). Asking again tells which, the same way on PGlite and PostgreSQL.
        const winner = await inForce();
        if (winner) throw duplicateCertificate(input.type, winner.number);
        if (attempt >= 5) throw error;
      }
    }
  }

  /** The agency revokes a certificate with a reason; it then no longer verifies as valid. */
  async revoke(id: string, reason: string) {
    const user = this.user;
    const row = await this.get(id);
    checkExpectedVersion(this.ctx, row, CERTIFICATE);
    const { from, to } = checkStep(certificateWorkflow, 'revoke', stateOf(row), user);
    const motivation = (reason ?? '').trim();
    if (motivation.length < 10 || motivation.length > 1000) {
      throw badUserInput('reden: 10 tot 1000 tekens', 'reason: 10 to 1000 characters', { field: 'reason' });
    }
    return this.ctx.prisma.$transaction(async (tx) => {
      const updated = await unlessChangedMeanwhile(CERTIFICATE, () =>
        tx.certificate.update({
          where: { id, revokedOn: null, version: row.version },
          // inForce null frees the (learner, track, type) slot for a corrected certificate.
          data: { revokedOn: this.today(), revokedReason: motivation, inForce: null },
        }),
      );
      await recordStatusChange(tx, { entityType: ENTITY, entityId: id, step: 'revoke', from, to, actor: user, note: motivation, at: this.ctx.now() });
      this.byId.clear(id).prime(id, updated);
      this.historyOf.clear(id);
      return updated;
    });
  }

  /** Public, without sign-in: valid or not, and for a valid number only the track name, issue date and type. */
  async verify(number: string) {
    const candidate = (number ?? '').trim().toUpperCase();
    if (candidate.length > MAX_NUMBER_LENGTH) {
      throw badUserInput(`Nummer: hoogstens ${MAX_NUMBER_LENGTH} tekens`, `Number: at most ${MAX_NUMBER_LENGTH} characters`, { field: 'number' });
    }
    if (!CERTIFICATE_NUMBER.test(candidate)) {
      throw badUserInput('Nummer: vorm SYN-jjjj-nnnnnn', 'Number: format SYN-yyyy-nnnnnn', { field: 'number' });
    }
    const certificate = await this.ctx.prisma.certificate.findUnique({
      where: { number: candidate },
      select: { issuedOn: true, type: true, revokedOn: true, track: { select: { name: true } } },
    });
    if (!certificate || certificate.revokedOn) return { valid: false, trackName: null, issuedOn: null, type: null };
    return { valid: true, trackName: certificate.track.name, issuedOn: certificate.issuedOn, type: certificate.type };
  }
}

export function certificateServiceOf(ctx: TrainingContext): CertificateService {
  return ctx.scoped(CertificateService, () => new CertificateService(ctx));
}
