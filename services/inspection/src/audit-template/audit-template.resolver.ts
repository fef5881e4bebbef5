import { rolesAllowed, IdArg } from '@werkplek/subgraph-kit';
import { inspectionPolicy } from '../access/policy.js';
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Role, StatusChange } from '@werkplek/subgraph-kit';
import type { InspectionContext } from '../context.js';
import type { AuditTemplate as TemplateRow } from '../generated/prisma/client.js';
import { AuditKind } from '../audit/audit.types.js';
import { auditTemplateServiceOf as serviceOf } from './audit-template.service.js';
import {
  AuditTemplate,
  DraftAuditTemplateInput,
  TemplateQuestion,
  TemplateQuestionInput,
  TemplateStatus,
} from './audit-template.types.js';

/** The teams write their own frameworks (§4.3); agency staff too. Which inspector may write which kind: the service. */
const writers = [Role.AgencyStaff, Role.Inspector];

@Resolver(() => AuditTemplate)
export class AuditTemplateResolver {
  @Authorized(...writers)
  @Query(() => [AuditTemplate], { description: 'Versies van de inspectiekaders, per soort nieuwste eerst' })
  auditTemplates(
    @Arg('kind', () => AuditKind, { nullable: true }) kind: AuditKind | undefined,
    @Arg('status', () => TemplateStatus, { nullable: true }) status: TemplateStatus | undefined,
    @Ctx() ctx: InspectionContext,
  ) {
    return serviceOf(ctx).list(kind ?? undefined, status ?? undefined);
  }

  @Authorized(...writers)
  @Query(() => AuditTemplate, { description: 'Eén versie van een inspectiekader' })
  auditTemplate(@IdArg('id') id: string, @Ctx() ctx: InspectionContext) {
    return serviceOf(ctx).template(id);
  }

  @Authorized(...rolesAllowed(inspectionPolicy['Mutation.draftAuditTemplate']))
  @Mutation(() => AuditTemplate, { description: 'Een nieuwe versie (ontwerp) van het kader van een soort doorlichting, eventueel met de vragen van een eerdere versie' })
  draftAuditTemplate(@Arg('input', () => DraftAuditTemplateInput) input: DraftAuditTemplateInput, @Ctx() ctx: InspectionContext) {
    return serviceOf(ctx).draft(input);
  }

  @Authorized(...rolesAllowed(inspectionPolicy['Mutation.addTemplateQuestion']))
  @Mutation(() => AuditTemplate, { description: 'Een vraag achteraan toevoegen (alleen in ontwerp)' })
  addTemplateQuestion(
    @IdArg('templateId') templateId: string,
    @Arg('input', () => TemplateQuestionInput) input: TemplateQuestionInput,
    @Ctx() ctx: InspectionContext,
  ) {
    return serviceOf(ctx).addQuestion(templateId, input);
  }

  @Authorized(...rolesAllowed(inspectionPolicy['Mutation.updateTemplateQuestion']))
  @Mutation(() => AuditTemplate, { description: 'Een vraag wijzigen (alleen in ontwerp)' })
  updateTemplateQuestion(
    @IdArg('questionId') questionId: string,
    @Arg('input', () => TemplateQuestionInput) input: TemplateQuestionInput,
    @Ctx() ctx: InspectionContext,
  ) {
    return serviceOf(ctx).updateQuestion(questionId, input);
  }

  @Authorized(...rolesAllowed(inspectionPolicy['Mutation.removeTemplateQuestion']))
  @Mutation(() => AuditTemplate, { description: 'Een vraag schrappen (alleen in ontwerp)' })
  removeTemplateQuestion(@IdArg('questionId') questionId: string, @Ctx() ctx: InspectionContext) {
    return serviceOf(ctx).removeQuestion(questionId);
  }

  @Authorized(...rolesAllowed(inspectionPolicy['Mutation.reorderTemplateQuestions']))
  @Mutation(() => AuditTemplate, { description: 'De volgorde van de vragen vastleggen: elke vraag precies één keer (alleen in ontwerp)' })
  reorderTemplateQuestions(
    @IdArg('templateId') templateId: string,
    @Arg('questionIds', () => [ID]) questionIds: string[],
    @Ctx() ctx: InspectionContext,
  ) {
    return serviceOf(ctx).reorderQuestions(templateId, questionIds);
  }

  @Authorized(...rolesAllowed(inspectionPolicy['Mutation.publishAuditTemplate']))
  @Mutation(() => AuditTemplate, {
    description: 'Publiceren: de vorige gepubliceerde versie van de soort wordt vervangen; doorlichtingen houden de versie die ze vastlegden',
  })
  publishAuditTemplate(@IdArg('id') id: string, @Ctx() ctx: InspectionContext) {
    return serviceOf(ctx).publish(id);
  }

  @FieldResolver(() => [TemplateQuestion], { description: 'De vragen in volgorde' })
  questions(@Root() template: TemplateRow, @Ctx() ctx: InspectionContext) {
    return serviceOf(ctx).questionsOf.load(template.id);
  }

  @FieldResolver(() => [StatusChange], { description: 'Geschiedenis (publicatie, vervanging), oudste eerst' })
  history(@Root() template: TemplateRow, @Ctx() ctx: InspectionContext) {
    return serviceOf(ctx).historyOf.load(template.id);
  }
}
