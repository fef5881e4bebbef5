import { IsBoolean, IsDate, IsEnum, IsOptional, IsUUID, Length } from 'class-validator';
import { Directive, Field, ID, InputType, ObjectType, registerEnumType, Int } from 'type-graphql';
import { LocalDateScalar } from '@werkplek/subgraph-kit';
import { RevocationKind, RevocationProposalStatus } from '../generated/prisma/enums.js';

registerEnumType(RevocationKind, {
  name: 'RevocationKind',
  description: 'Wat een doorlichting voorstelt: opheffing van de erkenning of uitsluiting van de onderneming (§3.6)',
  valuesConfig: {
    WITHDRAWAL: { description: 'Opheffing van de erkenning: een nieuwe aanvraag kan vanaf de volgende dag' },
    EXCLUSION: { description: '(Tijdelijke) uitsluiting van de onderneming: geen nieuwe aanvraag zolang ze duurt' },
  },
});
registerEnumType(RevocationProposalStatus, {
  name: 'RevocationProposalStatus',
  description: 'Stand van een voorstel tot opheffing of uitsluiting',
  valuesConfig: {
    PROPOSED: { description: 'Voorgesteld door de inspectie, wacht op de beslissing' },
    ACCEPTED: { description: 'Aanvaard: de erkenning is opgeheven of de onderneming uitgesloten' },
    REJECTED: { description: 'Afgewezen: de erkenning blijft ongewijzigd' },
  },
});

/**
 * The audit (doorlichting) of the inspection subgraph, which owns it: here only a reference by id, to which this
 * subgraph adds the revocation proposals it led to.
 */
@ObjectType('Audit', { description: 'Een doorlichting (eigendom van de inspectie)' })
@Directive('@key(fields: "id")')
export class AuditReference {
  @Field(() => ID)
  id!: string;
}

/** A proposal of the inspection, after a doorlichting, to withdraw a recognition or exclude the company (§3.6). */
@ObjectType('RecognitionRevocationProposal', {
  description: 'Voorstel van de inspectie, na een doorlichting, tot opheffing van een erkenning of uitsluiting van de onderneming',
})
export class RecognitionRevocationProposal {
  @Field(() => ID, { description: 'Dezelfde id als het voorstel in de inspectie' })
  id!: string;

  @Field(() => RevocationKind)
  kind!: RevocationKind;

  @Field(() => String, { description: 'Motivering van de inspecteur' })
  reason!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Laatste dag van de voorgestelde uitsluiting; leeg = tot opgeheven' })
  exclusionUntil!: Date | null;

  @Field(() => String, { description: 'Referentie van de doorlichting, bv. AUD-2026-0007' })
  auditReference!: string;

  @Field(() => String, { description: 'Naam van de inspecteur die het voorstelde' })
  proposedBy!: string;

  @Field(() => Date)
  proposedAt!: Date;

  @Field(() => Date, { description: 'Wanneer het duaal leren het voorstel ontving' })
  receivedAt!: Date;

  @Field(() => RevocationProposalStatus)
  status!: RevocationProposalStatus;

  @Field(() => String, { nullable: true, description: 'Wie besliste' })
  decidedBy!: string | null;

  @Field(() => Date, { nullable: true })
  decidedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Motivering van de beslissing' })
  decisionNote!: string | null;

  auditId!: string;
  recognitionId!: string;
  decidedById!: string | null;

  @Field(() => Int, { description: 'Versie: stijgt bij elke wijziging; stuur ze mee als expectedVersion' })
  version!: number;
}

@InputType('ReceiveRevocationProposalInput', { description: 'Een voorstel tot opheffing of uitsluiting, bezorgd door de inspectie' })
export class ReceiveRevocationProposalInput {
  @Field(() => ID, { description: 'De id van het voorstel in de inspectie (een herhaling met dezelfde id doet niets)' })
  @IsUUID('all', { message: 'id: geen geldige id / not a valid id' })
  id!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'auditId: geen geldige id / not a valid id' })
  auditId!: string;

  @Field(() => String, { description: 'AUD-<jaar>-<nummer>' })
  @Length(1, 40, { message: 'auditReference: 1 tot 40 tekens / 1 to 40 characters' })
  auditReference!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'recognitionId: geen geldige id / not a valid id' })
  recognitionId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'De doorgelichte werkplek: de erkenning moet van die werkplek zijn (leeg als de doorlichting een overeenkomst betrof)',
  })
  @IsOptional()
  @IsUUID('all', { message: 'workplaceId: geen geldige id / not a valid id' })
  workplaceId?: string | null;

  @Field(() => RevocationKind)
  @IsEnum(RevocationKind)
  kind!: RevocationKind;

  @Field(() => String)
  @Length(5, 2000, { message: 'reden: 5 tot 2000 tekens / reason: 5 to 2000 characters' })
  reason!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Enkel bij uitsluiting: laatste dag; leeg = tot opgeheven' })
  @IsOptional()
  exclusionUntil?: Date | null;

  @Field(() => String, { description: 'Naam van de inspecteur' })
  @Length(1, 200, { message: 'proposedBy: 1 tot 200 tekens / 1 to 200 characters' })
  proposedBy!: string;

  @Field(() => Date)
  @IsDate()
  proposedAt!: Date;
}

@InputType('DecideRevocationProposalInput', { description: 'Beslissen over een voorstel tot opheffing of uitsluiting' })
export class DecideRevocationProposalInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id: geen geldige id / not a valid id' })
  id!: string;

  @Field(() => Boolean, { description: 'true: aanvaarden (opheffen of uitsluiten); false: afwijzen' })
  @IsBoolean()
  accept!: boolean;

  @Field(() => String, { description: 'Motivering van de beslissing' })
  @Length(5, 1000, { message: 'note: 5 tot 1000 tekens / 5 to 1000 characters' })
  note!: string;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'Enkel bij het aanvaarden van een uitsluiting: een andere laatste dag dan voorgesteld',
  })
  @IsOptional()
  exclusionUntil?: Date | null;
}
