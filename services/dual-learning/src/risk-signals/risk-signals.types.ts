import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('WorkplaceRiskSignal', {
  description: 'Risicosignalen van een werkplek in een periode, voor de risicogebaseerde jaarplanning van de inspectie',
})
export class WorkplaceRiskSignal {
  @Field(() => ID)
  workplaceId!: string;

  @Field(() => ID, { nullable: true, description: 'Partnerschap van de meest recente erkenning van de werkplek (null: nooit erkend)' })
  partnershipId!: string | null;

  @Field(() => Int, { description: 'Klachten en meldingen over de werkplek, ontvangen in de periode' })
  complaints!: number;

  @Field(() => Int, { description: 'Overeenkomsten op de werkplek die in de periode vroegtijdig beëindigd werden' })
  earlyTerminations!: number;
}

@ObjectType('PartnershipRiskSignal', {
  description: 'Risicosignalen van een partnerschap in een periode (elk partnerschap, ook zonder signalen)',
})
export class PartnershipRiskSignal {
  @Field(() => ID)
  partnershipId!: string;

  @Field(() => Int, { description: 'Klachten en meldingen toegewezen aan het partnerschap, ontvangen in de periode' })
  complaints!: number;

  @Field(() => Int, {
    description: 'Overeenkomsten onder een erkenning van het partnerschap, vroegtijdig beëindigd in de periode',
  })
  earlyTerminations!: number;
}
