import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageInput, requireUser, Role, rolesAllowed, startOfDay, StatusChange, IdArg, ExpectedVersionArg } from '@werkplek/subgraph-kit';
import { trainingPolicy } from '../access/policy.js';
import type { TrainingContext } from '../context.js';
import type { Certificate as CertificateRow, Enrolment as EnrolmentRow } from '../generated/prisma/client.js';
import { CertificateType } from '../generated/prisma/enums.js';
import { learnerServiceOf } from '../learner/learner.service.js';
import { Enrolment, TrainingLearner } from '../learner/learner.types.js';
import { Track } from '../track/track.types.js';
import { trackServiceOf } from '../track/track.service.js';
import { certificateServiceOf, issuableCertificateTypes } from './certificate.service.js';
import { Certificate, CertificateConnection, CertificateFilter, CertificateSort, CertificateVerification, IssueCertificateInput } from './certificate.types.js';

const readers = [Role.AgencyStaff, Role.Inspector, Role.CentreUser];

@Resolver(() => Certificate)
export class CertificateResolver {
  @Query(() => CertificateVerification, { description: 'Publiek: is dit attestnummer geldig? (zonder aanmelden, zonder persoonsgegevens)' })
  verifyCertificate(@Arg('number', () => String) number: string, @Ctx() ctx: TrainingContext) {
    return certificateServiceOf(ctx).verify(number);
  }

  @Authorized(...rolesAllowed(trainingPolicy['Query.certificates']))
  @Query(() => CertificateConnection, { description: 'Attesten (centrummedewerkers: van hun centrum)' })
  certificates(
    @Arg('filter', () => CertificateFilter, { nullable: true }) filter: CertificateFilter | undefined,
    @Arg('sort', () => CertificateSort, { defaultValue: CertificateSort.NUMBER_ASC }) sort: CertificateSort,
    @Arg('page', () => PageInput, { nullable: true }) page: PageInput | undefined,
    @Ctx() ctx: TrainingContext,
  ) {
    return certificateServiceOf(ctx).list(filter ?? undefined, sort, page ?? undefined);
  }

  @Authorized(...rolesAllowed(trainingPolicy['Query.certificate']))
  @Query(() => Certificate, { description: 'Eén attest' })
  certificate(@IdArg('id') id: string, @Ctx() ctx: TrainingContext) {
    return certificateServiceOf(ctx).get(id);
  }

  @Authorized(...rolesAllowed(trainingPolicy['Mutation.issueCertificate']))
  @Mutation(() => Certificate, { description: 'Een attest uitreiken (wie uitreikt volgt §2.5)' })
  issueCertificate(@Arg('input', () => IssueCertificateInput) input: IssueCertificateInput, @Ctx() ctx: TrainingContext) {
    return certificateServiceOf(ctx).issue(input);
  }

  @Authorized(...rolesAllowed(trainingPolicy['Mutation.revokeCertificate']))
  @Mutation(() => Certificate, { description: 'Een attest intrekken, met reden' })
  revokeCertificate(@IdArg('id') id: string, @Arg('reason', () => String) reason: string, @ExpectedVersionArg() _expectedVersion: number | undefined, @Ctx() ctx: TrainingContext) {
    return certificateServiceOf(ctx).revoke(id, reason);
  }

  @FieldResolver(() => Boolean, { description: 'Niet ingetrokken' })
  valid(@Root() certificate: CertificateRow) {
    return certificate.revokedOn === null;
  }

  @FieldResolver(() => TrainingLearner)
  learner(@Root() certificate: CertificateRow, @Ctx() ctx: TrainingContext) {
    return learnerServiceOf(ctx).learnerById.load(certificate.learnerId);
  }

  @FieldResolver(() => String, { description: 'Naam van het traject' })
  async trackName(@Root() certificate: CertificateRow, @Ctx() ctx: TrainingContext) {
    return (await trackServiceOf(ctx).byId.load(certificate.trackId))?.name ?? '';
  }

  @FieldResolver(() => Track)
  track(@Root() certificate: CertificateRow, @Ctx() ctx: TrainingContext) {
    return trackServiceOf(ctx).byId.load(certificate.trackId);
  }

  @FieldResolver(() => [StatusChange], { description: 'Geschiedenis, oudste eerst' })
  history(@Root() certificate: CertificateRow, @Ctx() ctx: TrainingContext) {
    return certificateServiceOf(ctx).historyOf.load(certificate.id);
  }
}

/** The certificate side of an enrolment, so the app offers only what `issueCertificate` would accept. */
@Resolver(() => Enrolment)
export class EnrolmentCertificateResolver {
  @FieldResolver(() => [CertificateType], {
    description:
      'De soorten attest die jij vandaag op deze inschrijving mag uitreiken (geslaagd, soort traject, wie attesteert §2.5, nog geen geldig attest van die soort); leeg als geen',
  })
  async issuableCertificateTypes(@Root() enrolment: EnrolmentRow, @Ctx() ctx: TrainingContext) {
    const track = await trackServiceOf(ctx).byId.load(enrolment.trackId);
    const user = requireUser(ctx);
    const today = startOfDay(ctx.now());
    // Only a non-empty offer needs the certificates in force, so lists of running enrolments cost no extra query.
    if (issuableCertificateTypes(enrolment, track, user, today).length === 0) return [];
    const inForce = await certificateServiceOf(ctx).typesInForce.load(`${enrolment.learnerId}:${enrolment.trackId}`);
    return issuableCertificateTypes(enrolment, track, user, today, inForce);
  }
}
