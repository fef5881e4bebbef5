import { IsOptional, Length } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateScalar } from '@werkplek/subgraph-kit';
import { ProposalDelivery, RevocationKind } from '../generated/prisma/enums.js';

// This module registers the proposal's enums. RevocationKind has the same name and values in dual learning (its
// receiving input), so the composed graph has one enum.
registerEnumType(RevocationKind, {
  name: 'RevocationKind',
  description: 'Soort voorstel na een doorlichting van een werkplek (§3.6)',
  valuesConfig: {
    WITHDRAWAL: { description: 'Opheffing van de erkenning: de onderneming mag vanaf de volgende dag opnieuw aanvragen' },
    EXCLUSION: { description: '(Tijdelijke) uitsluiting van de onderneming: geen nieuwe aanvraag zolang ze duurt' },
  },
});
registerEnumType(ProposalDelivery, {
  name: 'ProposalDelivery',
  description: 'Bezorging van een voorstel aan het domein duaal leren, dat erover beslist',
  valuesConfig: {
    PENDING: { description: 'Nog te bezorgen (wordt opnieuw geprobeerd)' },
    DELIVERED: { description: 'Ontvangen door duaal leren' },
    REFUSED: { description: 'Geweigerd door duaal leren (bv. de erkenning is niet meer actief): wordt niet opnieuw geprobeerd' },
  },
});
export { ProposalDelivery, RevocationKind };

@ObjectType('RevocationProposal', {
  description:
    'Voorstel tot opheffing van de erkenning of uitsluiting van de onderneming na een doorlichting; duaal leren (het Vlaams Partnerschap of het agentschap) beslist',
})
export class RevocationProposal {
  @Field(() => ID, { description: 'Het id dat de inspecteur (de client) koos: herhalen is veilig' })
  id!: string;

  auditId!: string;
  recognitionId!: string;

  @Field(() => RevocationKind)
  kind!: RevocationKind;

  @Field(() => String, { description: 'Motivering, met verwijzing naar de vaststellingen' })
  reason!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Laatste dag van een tijdelijke uitsluiting; leeg = tot opheffing' })
  exclusionUntil!: Date | null;

  proposedById!: string;

  @Field(() => String, { description: 'De inspecteur die het voorstel deed' })
  proposedBy!: string;

  @Field(() => Date)
  proposedAt!: Date;

  @Field(() => ProposalDelivery)
  delivery!: ProposalDelivery;

  @Field(() => Int, { description: 'Aantal bezorgpogingen' })
  attempts!: number;

  @Field(() => String, { nullable: true, description: 'Laatste fout of weigering bij het bezorgen' })
  lastError!: string | null;

  @Field(() => Date, { nullable: true })
  deliveredAt!: Date | null;
}

@InputType({ description: 'Voorstel tot opheffing of uitsluiting na een doorlichting van een werkplek' })
export class ProposeRevocationInput {
  @Field(() => ID, { description: 'Gekozen door de client (UUID): een herhaalde aanvraag geeft hetzelfde voorstel' })
  id!: string;

  @Field(() => ID)
  auditId!: string;

  @Field(() => ID, { description: 'De erkenning (duaal leren) waarover het voorstel gaat' })
  recognitionId!: string;

  @Field(() => RevocationKind)
  kind!: RevocationKind;

  @Field(() => String, { description: 'Motivering: 5 tot 1000 tekens' })
  @Length(1, 2000)
  reason!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Alleen bij uitsluiting: laatste dag, na vandaag' })
  @IsOptional()
  exclusionUntil?: Date | null;
}
