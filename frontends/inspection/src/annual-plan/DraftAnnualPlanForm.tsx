import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Alert, FormErrorSummary, NumberField, SubmitButton, type FormError } from '@werkplek/ui';
import type { AuditKind } from '../gql/graphql.js';
import { DRAFT_ANNUAL_PLAN_MUTATION } from './annualPlan.operations.js';
import { kindLabels } from '../shared/labels.js';
import { useSubmission } from '../shared/useSubmission.js';

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
        void form.run(validate, async () => {
          await draftPlan({ variables: { input: { year, capacities: kinds.map((kind) => ({ kind, count: Number(counts[kind]) })) } } });
          onDrafted();
          return `Ontwerp van de jaarplanning ${year} opgesteld.`;
        });
      }}
    >
      <h3 id="jaarplanning-opstellen">Jaarplanning {year} opstellen</h3>
      {form.confirmation && (
        <p role="status" tabIndex={-1} ref={form.confirmationRef}>
          {form.confirmation}
        </p>
      )}
      <FormErrorSummary errors={form.errors} focusKey={form.attempts} />
      {form.serverError && <Alert title="De jaarplanning werd niet opgesteld.">{form.serverError}</Alert>}
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
