import { IsDefined, IsOptional, IsString } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

@ObjectType('EvidenceFile', { description: 'Een bewijsstuk bij een doorlichting (gecontroleerd en gehasht bij het opladen)' })
export class EvidenceFile {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  auditId!: string;

  @Field(() => ID, { nullable: true, description: 'De vaststelling die het staaft' })
  findingId!: string | null;

  @Field(() => String)
  fileName!: string;

  @Field(() => String)
  mediaType!: string;

  @Field(() => Int)
  sizeBytes!: number;

  @Field(() => String, { description: 'SHA-256 van de inhoud (hex)' })
  sha256!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  uploadedById!: string;

  @Field(() => String)
  uploadedBy!: string;

  @Field(() => Date)
  uploadedAt!: Date;
}

@InputType('UploadEvidenceInput', {
  description: 'Een bewijsstuk opladen: PDF, JPEG, PNG, tekst, CSV, .docx of .xlsx, 1 byte tot 600 KiB. Herhalen met dezelfde id is veilig',
})
export class UploadEvidenceInput {
  @Field(() => ID, { description: 'Door de toepassing gekozen uuid: een herhaling met dezelfde id en inhoud geeft hetzelfde bewijsstuk' })
  @IsString()
  id!: string;

  @Field(() => ID)
  @IsString()
  auditId!: string;

  @Field(() => ID, { nullable: true, description: 'Een vaststelling van dezelfde doorlichting' })
  @IsOptional()
  findingId?: string | null;

  @Field(() => String, { description: 'Bestandsnaam met een extensie die bij het type past, 1 tot 200 tekens, zonder map' })
  @IsString()
  fileName!: string;

  @Field(() => String)
  @IsString()
  mediaType!: string;

  @Field(() => String, { description: 'De inhoud, strikte base64' })
  @IsString()
  contentBase64!: string;

  @Field(() => String, { nullable: true, description: 'Hoogstens 1000 tekens' })
  @IsOptional()
  description?: string | null;
}
