import { Field, Float, Int, ObjectType } from 'type-graphql';

/** The share of cases handled within their term against the agency's target (seed003 §4.7: 75 %). */
@ObjectType('HandlingTimes', { description: 'Behandeltermijnen: aandeel tijdig behandelde dossiers tegenover de doelstelling (§4.7)' })
export class HandlingTimes {
  @Field(() => Int, { description: 'Afgehandeld in de periode (klachten: afgesloten; beroepen: definitief beslist)' })
  closed!: number;

  @Field(() => Int, { description: 'Waarvan binnen de termijn (klachten 45 dagen, BR-47; beroepen 60 dagen, BR-44)' })
  closedWithinTerm!: number;

  @Field(() => Float, { nullable: true, description: 'closedWithinTerm / closed, tussen 0 en 1; null als niets afgehandeld werd' })
  share!: number | null;

  @Field(() => Float, { description: 'De doelstelling: 0,75' })
  target!: number;

  @Field(() => Boolean, { nullable: true, description: 'share ≥ target; null als niets afgehandeld werd' })
  met!: boolean | null;

  @Field(() => Int, {
    description: 'Nog open op de laatste dag van de periode (of vandaag, als die eerder valt) en de termijn al voorbij',
  })
  openPastTerm!: number;
}
