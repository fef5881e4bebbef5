import { useQuery } from '@apollo/client/react';
import { Alert, DataTable, DescriptionList, LoadingIndicator, apiErrorMessage, type DataTableColumn } from '@werkplek/ui';
import type { QualitativePlanDetailQuery } from '../gql/graphql.js';
import { Link } from '../routing/router.js';
import { formatDate } from '../shared/format.js';
import { qualitativePlanStatusLabels, realisationLabels } from '../shared/labels.js';
import { SectionHeader } from '../shared/SectionHeader.js';
import { QUALITATIVE_PLAN_QUERY } from './qualitativePlans.operations.js';

type Item = QualitativePlanDetailQuery['qualitativePlan']['items'][number];
const euro = new Intl.NumberFormat('nl-BE', { style: 'currency', currency: 'EUR' });

/** One qualitative annual plan: its items per template section, assessment and realisation (read only here). */
export function QualitativePlanDetail({ id }: { id: string }) {
  const { data, loading, error } = useQuery(QUALITATIVE_PLAN_QUERY, { variables: { id } });
  if (loading && !data) return <LoadingIndicator label="Het kwalitatief jaarplan wordt geladen…" />;
  if (error && !data) return <Alert title="Het kwalitatief jaarplan kon niet worden geladen.">{apiErrorMessage(error)}</Alert>;
  if (!data) return null;
  const plan = data.qualitativePlan;
  const sectionName = (code: string) => data.qualitativePlanSections.find((section) => section.code === code)?.name ?? code;
  const columns: readonly DataTableColumn<Item>[] = [
    { key: 'section', header: 'Rubriek', rowHeader: true, render: (row) => sectionName(row.section) },
    { key: 'text', header: 'Inhoud', render: (row) => row.text },
    { key: 'assessment', header: 'Beoordeling', render: (row) => row.assessment ?? '–' },
    { key: 'realisation', header: 'Realisatie', render: (row) => (row.realisation ? realisationLabels[row.realisation] : '–') + (row.realisationNote ? `: ${row.realisationNote}` : '') },
    { key: 'budget', header: 'Budgettaire weerslag', render: (row) => (row.budgetImpact === null ? '–' : euro.format(row.budgetImpact)) },
  ];
  return (
    <article>
      <SectionHeader title={`Kwalitatief jaarplan ${plan.centre.name} ${plan.year}`} back={<Link to="/kwalitatieve-jaarplannen">‹ Terug naar de kwalitatieve jaarplannen</Link>} />
      <DescriptionList
        items={[
          { term: 'Status', description: qualitativePlanStatusLabels[plan.status] },
          { term: 'Ingediend op', description: formatDate(plan.submittedAt) },
          { term: 'Beoordeeld op', description: formatDate(plan.assessedAt) },
          { term: 'Beoordeling', description: plan.assessment ?? 'nog niet beoordeeld' },
        ]}
      />
      <DataTable caption="Items per rubriek" columns={columns} rows={plan.items} rowKey={(row) => row.id} emptyText="Nog geen items." />
    </article>
  );
}
