import { rolesAllowed } from '@werkplek/subgraph-kit';
import { inspectionPolicy } from '../access/policy.js';
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Role } from '@werkplek/subgraph-kit';
import type { InspectionContext } from '../context.js';
import { Audit } from '../audit/audit.types.js';
import { AuditTemplate } from '../audit-template/audit-template.types.js';
import type { AuditRow } from '../shared/audit-rows.js';
import { checklistServiceOf as serviceOf } from './checklist.service.js';
import { AnswerChecklistQuestionInput, ChecklistItem, ChecklistScore } from './checklist.types.js';

type AuditRoot = Partial<AuditRow> & { id: string };

/** The checklist's fields on Audit (type-graphql merges them with the audit module's). */
@Resolver(() => Audit)
export class ChecklistAuditResolver {
  @FieldResolver(() => AuditTemplate, { nullable: true, description: 'De versie van het inspectiekader die de doorlichting vastlegde' })
  template(@Root() audit: AuditRoot, @Ctx() ctx: InspectionContext) {
    return serviceOf(ctx).templateOf(audit);
  }

  @FieldResolver(() => [ChecklistItem], { description: 'De checklist in de volgorde van het kader, met de antwoorden' })
  checklist(@Root() audit: AuditRoot, @Ctx() ctx: InspectionContext) {
    return serviceOf(ctx).checklist(audit);
  }

  @FieldResolver(() => ChecklistScore, { description: 'Score en volledigheid van de checklist' })
  checklistScore(@Root() audit: AuditRoot, @Ctx() ctx: InspectionContext) {
    return serviceOf(ctx).score(audit);
  }
}

@Resolver(() => ChecklistItem)
export class ChecklistResolver {
  @Authorized(...rolesAllowed(inspectionPolicy['Mutation.answerChecklistQuestion']))
  @Mutation(() => ChecklistItem, {
    description: 'Een vraag van de checklist beantwoorden tijdens de doorlichting; opnieuw antwoorden vervangt het antwoord (veilig te herhalen)',
  })
  answerChecklistQuestion(@Arg('input', () => AnswerChecklistQuestionInput) input: AnswerChecklistQuestionInput, @Ctx() ctx: InspectionContext) {
    return serviceOf(ctx).answer(input);
  }
}
