import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { CsvExportButton, DataTable, sortRows, type CsvColumn, type DataTableColumn, type SortState } from '@werkplek/ui';
import { formatDate, today, useHeadingFocus } from '@werkplek/frontend-kit';
import { labelOf, riskFactorLabels } from '../shared/labels.js';
import { RISK_WEIGHTS_QUERY, type RiskWeightRow } from './riskWeights.operations.js';
import { RiskWeightForm } from './RiskWeightForm.js';

const number = new Intl.NumberFormat('nl-BE', { maximumFractionDigits: 2 });

const columns: DataTableColumn<RiskWeightRow>[] = [
  { key: 'factor', header: 'Risicofactor', rowHeader: true, render: (row) => labelOf(riskFactorLabels, row.factor), sortKey: 'factor', sortValue: (row) => labelOf(riskFactorLabels, row.factor) },
  { key: 'weight', header: 'Gewicht', render: (row) => number.format(row.weight), sortKey: 'weight', sortValue: (row) => row.weight },
  { key: 'validFrom', header: 'Geldig vanaf', render: (row) => (row.isDefault ? 'Standaardwaarde' : formatDate(row.validFrom)), sortKey: 'validFrom', sortValue: (row) => row.validFrom ?? '' },
  { key: 'changedBy', header: 'Ingesteld door', render: (row) => row.changedBy ?? '—' },
  { key: 'reason', header: 'Motivering', render: (row) => row.reason ?? '—' },
];

const csvColumns: CsvColumn<RiskWeightRow>[] = [
  { header: 'Risicofactor', value: (row) => labelOf(riskFactorLabels, row.factor) },
  { header: 'Gewicht', value: (row) => row.weight },
  { header: 'Geldig vanaf', value: (row) => row.validFrom ?? 'standaard' },
  { header: 'Ingesteld door', value: (row) => row.changedBy ?? '' },
  { header: 'Motivering', value: (row) => row.reason ?? '' },
];

function WeightsTable({ caption, rows, loading, error, onRetry, emptyText, fileName }: {
  caption: string;
  rows: readonly RiskWeightRow[];
  loading: boolean;
  error: unknown;
  onRetry: () => void;
  emptyText: string;
  fileName: string;
}) {
  const [sort, setSort] = useState<SortState | undefined>();
  const sorted = sort ? sortRows(rows, columns, sort) : rows;
  return (
    <>
      <DataTable
        caption={caption}
        columns={columns}
        rows={sorted}
        rowKey={(row) => `${row.factor}-${row.validFrom ?? 'standaard'}`}
        sort={sort}
        onSortChange={setSort}
        loading={loading}
        error={error}
        onRetry={onRetry}
        emptyText={emptyText}
      />
      {rows.length > 0 && <CsvExportButton rows={sorted} columns={csvColumns} fileName={fileName} />}
    </>
  );
}

/**
 * The weights of the annual planning's risk factors (agency staff only): what applies today, the planned changes, and
 * a form to plan a new value. A draft annual plan takes the weights valid on 1 January of its year.
 */
export function RiskWeightsPage() {
  const { data, loading, error, refetch } = useQuery(RISK_WEIGHTS_QUERY, { fetchPolicy: 'cache-and-network' });
  const headingRef = useHeadingFocus();
  const retry = () => void refetch();
  return (
    <section className="wp-inspection__page" aria-labelledby="gewichten-titel">
      <h2 id="gewichten-titel" ref={headingRef} tabIndex={-1}>
        Gewichten van de risicofactoren
      </h2>
      <p>
        De risicoscore van een kandidaat in de jaarplanning is de som van gewicht × waarde per factor. Een ontwerp van de jaarplanning neemt de gewichten
        die op 1 januari van het jaar gelden.
      </p>
      <WeightsTable
        caption={`Geldig vandaag (${formatDate(today())})`}
        rows={data?.riskWeights ?? []}
        loading={loading && !data}
        error={data ? undefined : error}
        onRetry={retry}
        emptyText="Geen gewichten."
        fileName={`risicogewichten-${today()}.csv`}
      />
      <WeightsTable
        caption="Geplande wijzigingen"
        rows={data?.scheduledRiskWeights ?? []}
        loading={loading && !data}
        error={data ? undefined : error}
        onRetry={retry}
        emptyText="Er zijn geen wijzigingen gepland."
        fileName={`geplande-risicogewichten-${today()}.csv`}
      />
      <RiskWeightForm />
    </section>
  );
}
