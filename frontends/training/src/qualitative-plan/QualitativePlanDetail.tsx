import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Alert, DataTable, DescriptionList, LoadingIndicator, StatusMessage, apiErrorMessage, type DataTableColumn } from '@werkplek/ui';
import { AreaLink, SectionHeader, formatDate, type User } from '@werkplek/frontend-kit';
import type { QualitativePlanDetailQuery } from '../gql/graphql.js';
import { qualitativePlanStatusLabels, realisationLabels } from '../shared/labels.js';
import { QUALITATIVE_PLAN_QUERY } from './qualitativePlans.operations.js';
import { QualitativePlanAssessmentForm } from './QualitativePlanAssessmentForm.js';
import { QualitativePlanItemForm } from './QualitativePlanItemForm.js';
import { RealisationForm } from './RealisationForm.js';
import { SubmitQualitativePlan } from './SubmitQualitativePlan.js';

type Item = QualitativePlanDetailQuery['qualitativePlan']['items'][number];
const euro = new Intl.NumberFormat('nl-BE', { style: 'currency', currency: 'EUR' });

/** One qualitative annual plan: items per template section, and the step the caller may take (draft, assess, realise). */
export function QualitativePlanDetail({ id, user }: { id: string; user?: User | undefined }) {
  const { data, loading, error, refetch } = useQuery(QUALITATIVE_PLAN_QUERY, { variables: { id } });
  const [message, setMessage] = useState<string | undefined>();
  if (loading && !data) return <LoadingIndicator label="Het kwalitatief jaarplan wordt geladen…" />;
  if (error && !data) return <Alert title="Het kwalitatief jaarplan kon niet worden geladen.">{apiErrorMessage(error)}</Alert>;
  if (!data) return null;
  const plan = data.qualitativePlan;
  const sections = data.qualitativePlanSections;
  const sectionName = (code: string) => sections.find((section) => section.code === code)?.name ?? code;
  // The API decides what the caller may do now (role, own centre, state, required sections); the step checks again.
  const steps = plan.allowedSteps;
  const missingSections = sections.filter((section) => section.required && !plan.items.some((item) => item.section === section.code)).map((section) => section.name);
  const columns: readonly DataTableColumn<Item>[] = [
    { key: 'section', header: 'Rubriek', rowHeader: true, render: (row) => sectionName(row.section) },
    { key: 'text', header: 'Inhoud', render: (row) => row.text },
    { key: 'assessment', header: 'Beoordeling', render: (row) => row.assessment ?? '–' },
    { key: 'realisation', header: 'Realisatie', render: (row) => (row.realisation ? realisationLabels[row.realisation] : '–') + (row.realisationNote ? `: ${row.realisationNote}` : '') },
    { key: 'budget', header: 'Budgettaire weerslag', render: (row) => (row.budgetImpact === null ? '–' : euro.format(row.budgetImpact)) },
  ];
  const done = async (text: string) => {
    await refetch();
    setMessage(text);
  };
  return (
    <article>
      <SectionHeader title={`Kwalitatief jaarplan ${plan.centre.name} ${plan.year}`} back={<AreaLink to="/kwalitatieve-jaarplannen">‹ Terug naar de kwalitatieve jaarplannen</AreaLink>} />
      {/* A role="status" region: announced without moving focus away from the form the user is working in. */}
      {message && <StatusMessage tone="success">{message}</StatusMessage>}
      <DescriptionList
        items={[
          { term: 'Status', description: qualitativePlanStatusLabels[plan.status] },
          { term: 'Ingediend op', description: formatDate(plan.submittedAt) },
          { term: 'Beoordeeld op', description: formatDate(plan.assessedAt) },
          { term: 'Beoordeling', description: plan.assessment ?? 'nog niet beoordeeld' },
        ]}
      />
      <DataTable caption="Items per rubriek" columns={columns} rows={plan.items} rowKey={(row) => row.id} emptyText="Nog geen items." />
      {steps.includes('addItem') && <QualitativePlanItemForm planId={plan.id} sections={sections} onAdded={() => refetch().then(() => undefined)} />}
      {/* While drafting, the submit section also says which required sections still lack an item. */}
      {(steps.includes('submit') || steps.includes('addItem')) && (
        <SubmitQualitativePlan planId={plan.id} year={plan.year} missingSections={missingSections} allowed={steps.includes('submit')} onSubmitted={() => done('Het kwalitatief jaarplan is ingediend.')} />
      )}
      {steps.includes('assess') && (
        <QualitativePlanAssessmentForm
          planId={plan.id}
          items={plan.items.map((item) => ({ id: item.id, text: item.text, sectionName: sectionName(item.section) }))}
          onAssessed={() => done('De beoordeling is bewaard. Noteer in de ronde van Vlaanderen de realisatie per item.')}
        />
      )}
      {steps.includes('recordRealisation') && (
        <section aria-labelledby="training-qp-realisation-title">
          <h3 id="training-qp-realisation-title">Realisatie per item (ronde van Vlaanderen)</h3>
          {plan.items.map((item) => (
            <RealisationForm key={item.id} item={item} sectionName={sectionName(item.section)} onRecorded={() => refetch().then(() => undefined)} />
          ))}
        </section>
      )}
    </article>
  );
}
