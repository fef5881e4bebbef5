import { IsEmail, IsOptional, Length, Matches } from 'class-validator';
import { Field, ID, InputType, ObjectType, registerEnumType, Int } from 'type-graphql';
import { AuditorOrganisation, AuditRole, InspectionTeam } from '../generated/prisma/enums.js';
import { UUID_PATTERN } from '../shared/input.js';

// The auditor module registers the auditor's enums; InspectionTeam is the audit module's (registered there).
registerEnumType(AuditorOrganisation, {
  name: 'AuditorOrganisation',
  description: 'Voor wie een auditor werkt',
  valuesConfig: {
    AGENCY: { description: 'SYNTRA Vlaanderen, entiteit Toezicht en inspectie' },
    EDUCATION_INSPECTORATE: { description: 'Onderwijsinspectie (co-auditor, lid van een paritair college)' },
  },
});
registerEnumType(AuditRole, {
  name: 'AuditRole',
  description: 'Rol in een doorlichting',
  valuesConfig: {
    LEAD: { description: 'Leidend inspecteur / toezichthouder: plant en rapporteert' },
    INSPECTOR: { description: 'Inspecteur' },
    CO_AUDITOR: { description: 'Co-auditor van de onderwijsinspectie (kwaliteitsdoorlichting duaal leren)' },
    PANEL_MEMBER: { description: 'Lid van het paritair college (opvolgingsdoorlichting leertijd)' },
  },
});
export { AuditorOrganisation, AuditRole };

@ObjectType('Auditor', { description: 'Een inspecteur, toezichthouder of co-auditor van de onderwijsinspectie' })
export class Auditor {
  @Field(() => ID)
  id!: string;

  /** Exposed through a field resolver: agency staff only. */
  userId!: string | null;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => AuditorOrganisation)
  organisation!: AuditorOrganisation;

  @Field(() => InspectionTeam, { nullable: true, description: 'Team Toezicht of Team Inspectie; leeg voor de onderwijsinspectie' })
  team!: InspectionTeam | null;

  @Field(() => Boolean)
  active!: boolean;

  @Field(() => Int, { description: 'Versie: stijgt bij elke wijziging; stuur ze mee als expectedVersion' })
  version!: number;
}

@InputType('RegisterAuditorInput', { description: 'Een auditor in het register opnemen' })
export class RegisterAuditorInput {
  @Field(() => String)
  @Length(2, 200, { message: 'naam: 2 tot 200 tekens / name: 2 to 200 characters' })
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'e-mail: een geldig adres / email: a valid address' })
  @Length(3, 254, { message: 'e-mail: hoogstens 254 tekens / email: at most 254 characters' })
  email?: string | null;

  @Field(() => AuditorOrganisation, { defaultValue: AuditorOrganisation.AGENCY })
  organisation: AuditorOrganisation = AuditorOrganisation.AGENCY;

  @Field(() => InspectionTeam, { nullable: true, description: 'Verplicht voor SYNTRA Vlaanderen, leeg voor de onderwijsinspectie' })
  @IsOptional()
  team?: InspectionTeam | null;

  @Field(() => String, { nullable: true, description: 'De gebruiker (aanmelding) van de auditor, als die een account heeft' })
  @IsOptional()
  @Length(1, 200, { message: 'userId: 1 tot 200 tekens / userId: 1 to 200 characters' })
  userId?: string | null;
}

@InputType('AuditorAssignmentInput', { description: 'Een auditor met een rol in een doorlichting' })
export class AuditorAssignmentInput {
  @Field(() => ID)
  @Matches(UUID_PATTERN, { message: 'auditorId: een geldige id / a valid id' })
  auditorId!: string;

  @Field(() => AuditRole)
  role!: AuditRole;
}
