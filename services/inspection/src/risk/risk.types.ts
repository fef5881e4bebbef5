import { IsNumber, Length } from 'class-validator';
import { Field, Float, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateScalar } from '@werkplek/subgraph-kit';
import { RiskFactor } from '../generated/prisma/enums.js';

registerEnumType(RiskFactor, {
  name: 'RiskFactor',
  description: 'Risicofactor van de jaarplanning / risk factor of the annual planning',
  valuesConfig: {
    COMPLAINTS: { description: 'Klachten en meldingen over het onderwerp in het voorgaande jaar (standaardgewicht 2)' },
    EARLY_TERMINATIONS: { description: 'Vroegtijdig beëindigde overeenkomsten in het voorgaande jaar (standaardgewicht 1,5)' },
    OVERDUE_RECOMMENDATIONS: {
      description: 'Aanbevelingen en maatregelen over de realisatiedatum en niet gerealiseerd (standaardgewicht 3)',
    },
    NEGATIVE_PREVIOUS_RESULT: {
      description: 'Vorige doorlichting niet positief of met een ernstige tekortkoming: 1, anders 0 (standaardgewicht 4)',
    },
    YEARS_SINCE_LAST_AUDIT: {
      description: 'Kalenderjaren sinds de laatste uitgevoerde doorlichting, hoogstens 5; nooit doorgelicht = 5 (standaardgewicht 1)',
    },
  },
});
export { RiskFactor };

@ObjectType('RiskWeightSetting', { description: 'Het gewicht van een risicofactor op een dag' })
export class RiskWeightSetting {
  @Field(() => RiskFactor)
  factor!: RiskFactor;

  @Field(() => Float, {
    description:
      'Gewicht (0–100, 2 decimalen). Zonder ingesteld gewicht geldt de standaard: klachten 2, vroegtijdige beëindigingen 1,5, achterstallige aanbevelingen 3, negatief vorig resultaat 4, jaren sinds de laatste doorlichting 1',
  })
  weight!: number;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Geldig vanaf; leeg voor de standaardwaarde' })
  validFrom!: Date | null;

  @Field(() => String, { nullable: true, description: 'Wie het gewicht instelde; leeg voor de standaardwaarde' })
  changedBy!: string | null;

  @Field(() => String, { nullable: true, description: 'Motivering van de wijziging' })
  reason!: string | null;

  @Field(() => Boolean, { description: 'De standaardwaarde: de agentschap stelde voor deze factor nog niets in' })
  isDefault!: boolean;
}

@InputType('SetRiskWeightInput', {
  description:
    'Een gewicht vanaf een dag (vandaag of later). Dezelfde factor en dezelfde dag opnieuw vervangt die toekomstige waarde: het is een planning, geen geschiedenis',
})
export class SetRiskWeightInput {
  @Field(() => RiskFactor)
  factor!: RiskFactor;

  @Field(() => Float, { description: '0 tot 100, hoogstens 2 decimalen' })
  @IsNumber()
  weight!: number;

  @Field(() => LocalDateScalar, { description: 'Niet in het verleden' })
  validFrom!: Date;

  @Field(() => String, { description: 'Waarom (5 tot 1000 tekens)' })
  @Length(0, 10_000)
  reason!: string;
}
