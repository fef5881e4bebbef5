import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { FormErrorSummary, NumberField, SubmitButton, type FormError } from '@werkplek/ui';
import { SubmissionResult, useSubmission } from '@werkplek/frontend-kit';
import type { AuditKind } from '../gql/graphql.js';
import { DRAFT_ANNUAL_PLAN_MUTATION } from './annualPlan.operations.js';
import { kindLabels } from '../shared/labels.js';

const kinds = Object.keys(kindLabels) as AuditKind[];

/** Agency staff draft a year's plan: the capacity per kind; the service scores and ranks the candidates. */
export function DraftAnnualPlanForm({ year, onDrafted }: { year: number; onDrafted: () => void }) {
  const [counts, setCounts] = useState<Record<string, string>>(() => Object.fromEntries(kinds.map((kind) => [kind, '2'])));
  const [draftPlan] = useMutation(DRAFT_ANNUAL_PLAN_MUTATION);
  const form = useSubmission();

  const validate = (): FormError[] =>
    kinds.flatMap((kind) => {
      const value = Number(counts[kind]);
      return Number.isInteger(value) && value >= 0 && value <= 200 && counts[kind] !== ''
        ? []
        : [{ fieldId: `capaciteit-${kind}`, message: `${kindLabels[kind]}: een geheel getal van 0 tot 200.` }];
    });

  return (
    <form
      className="wp-form wp-inspection__form"
      aria-labelledby="jaarplanning-opstellen"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void form.run(async () => {
          await draftPlan({ variables: { input: { year, capacities: kinds.map((kind) => ({ kind, count: Number(counts[kind]) })) } } });
          onDrafted();
          return `Ontwerp van de jaarplanning ${year} opgesteld.`;
        }, { validate });
      }}
    >
      <h3 id="jaarplanning-opstellen">Jaarplanning {year} opstellen</h3>
      <FormErrorSummary errors={form.errors} focusKey={form.attempts} />
      <SubmissionResult error={form.error} confirmation={form.confirmation} errorTitle="De jaarplanning werd niet opgesteld." />
      <p>Hoeveel doorlichtingen van elke soort kan het team dit jaar uitvoeren?</p>
      {kinds.map((kind) => (
        <NumberField
          key={kind}
          id={`capaciteit-${kind}`}
          label={kindLabels[kind]}
          required
          min={0}
          max={200}
          value={counts[kind]}
          onChange={(event) => setCounts({ ...counts, [kind]: event.target.value })}
          error={form.errorFor(`capaciteit-${kind}`)}
        />
      ))}
      <SubmitButton pending={form.pending}>Ontwerp opstellen</SubmitButton>
    </form>
  );
}
