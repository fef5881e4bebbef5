import { useState } from 'react';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { type CsvColumn, CsvExportButton, DataTable, type DataTableColumn, FilterBar, SelectField, type SortState, StatusBadge, TextField } from '@werkplek/ui';
import { AreaLink, CursorPagination, fetchAllPages, formatDate, useCursorPages } from '@werkplek/frontend-kit';
import type { AgreementFilter, AgreementSort, AgreementStatus, AgreementType, DualLearningAgreementsQuery } from '../gql/graphql.js';
import { PARTNERSHIPS_QUERY } from '../applications/applications.operations.js';
import { agreementStatusLabels, agreementStatusTones, agreementTypeLabels, label, options, terminationReasonLabels } from '../shared/labels.js';
import { AGREEMENTS_QUERY } from './agreements.operations.js';

type AgreementRow = DualLearningAgreementsQuery['agreements']['nodes'][number];

const columns: readonly DataTableColumn<AgreementRow>[] = [
  { key: 'number', header: 'Nummer', sortKey: 'number', rowHeader: true, render: (row) => <AreaLink to={`overeenkomsten/${row.id}`}>{`Overeenkomst ${row.number}`}</AreaLink> },
  { key: 'learner', header: 'Leerling', render: (row) => row.learner.name },
  { key: 'workplace', header: 'Werkplek', render: (row) => row.workplace.name },
  { key: 'training', header: 'Opleiding', render: (row) => row.training.name },
  { key: 'type', header: 'Soort', render: (row) => label(agreementTypeLabels, row.type) },
  { key: 'status', header: 'Status', render: (row) => <StatusBadge tone={agreementStatusTones[row.status]}>{label(agreementStatusLabels, row.status)}</StatusBadge> },
  { key: 'start', header: 'Start', sortKey: 'startDate', render: (row) => formatDate(row.startDate) },
  { key: 'end', header: 'Einde', render: (row) => formatDate(row.actualEndDate ?? row.plannedEndDate) },
];

const csvColumns: readonly CsvColumn<AgreementRow>[] = [
  { header: 'Nummer', value: (row) => row.number },
  { header: 'Leerling', value: (row) => row.learner.name },
  { header: 'Werkplek', value: (row) => row.workplace.name },
  { header: 'Opleiding', value: (row) => row.training.name },
  { header: 'Soort', value: (row) => label(agreementTypeLabels, row.type) },
  { header: 'Status', value: (row) => label(agreementStatusLabels, row.status) },
  { header: 'Schooljaar', value: (row) => row.schoolYear },
  { header: 'Start', value: (row) => row.startDate },
  { header: 'Voorziene einddatum', value: (row) => row.plannedEndDate },
  { header: 'Werkelijke einddatum', value: (row) => row.actualEndDate ?? '' },
  { header: 'Reden vroegtijdige beëindiging', value: (row) => label(terminationReasonLabels, row.terminationReason) },
];

function toServerSort(sort: SortState): AgreementSort {
  if (sort.key === 'number') return 'NUMBER_ASC';
  return sort.direction === 'ascending' ? 'START_DATE_ASC' : 'START_DATE_DESC';
}
function toTableSort(sort: AgreementSort): SortState {
  if (sort === 'NUMBER_ASC') return { key: 'number', direction: 'ascending' };
  return { key: 'startDate', direction: sort === 'START_DATE_ASC' ? 'ascending' : 'descending' };
}

interface Draft {
  partnershipId: string;
  status: string;
  type: string;
  schoolYear: string;
}
const emptyDraft: Draft = { partnershipId: '', status: '', type: '', schoolYear: '' };

/** Agreements (overeenkomsten) with filters, server sorting, pages and CSV. */
export function AgreementList() {
  const client = useApolloClient();
  const pager = useCursorPages();
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [filter, setFilter] = useState<AgreementFilter>({});
  const [schoolYearError, setSchoolYearError] = useState<string | undefined>();
  const [sort, setSort] = useState<AgreementSort>('START_DATE_DESC');
  const partnerships = useQuery(PARTNERSHIPS_QUERY);
  const { data, previousData, loading, error, refetch } = useQuery(AGREEMENTS_QUERY, { variables: { page: pager.variables, sort, filter }, notifyOnNetworkStatusChange: true });
  const connection = (data ?? previousData)?.agreements;

  function search() {
    if (draft.schoolYear && !/^\d{4}-\d{4}$/.test(draft.schoolYear)) {
      setSchoolYearError('Schrijf het schooljaar als 2025-2026.');
      return;
    }
    setSchoolYearError(undefined);
    setFilter({
      ...(draft.partnershipId ? { partnershipId: draft.partnershipId } : {}),
      ...(draft.status ? { status: draft.status as AgreementStatus } : {}),
      ...(draft.type ? { type: draft.type as AgreementType } : {}),
      ...(draft.schoolYear ? { schoolYear: draft.schoolYear } : {}),
    });
    pager.reset();
  }

  return (
    <>
      <p>
        Een overeenkomst registreert u bij een actieve <AreaLink to="erkenningen">erkenning</AreaLink> (knop "Overeenkomst registreren").
      </p>
      <FilterBar
        label="Overeenkomsten filteren"
        onSearch={search}
        onClear={() => {
          setDraft(emptyDraft);
          setFilter({});
          setSchoolYearError(undefined);
          pager.reset();
        }}
      >
        <SelectField label="Partnerschap" placeholder="Alle partnerschappen" options={(partnerships.data?.partnerships ?? []).map((p) => ({ value: p.id, label: p.name }))} value={draft.partnershipId} onChange={(event) => setDraft({ ...draft, partnershipId: event.target.value })} />
        <SelectField label="Status" placeholder="Alle statussen" options={options(agreementStatusLabels)} value={draft.status} onChange={(event) => setDraft({ ...draft, status: event.target.value })} />
        <SelectField label="Soort" placeholder="Alle soorten" options={options(agreementTypeLabels)} value={draft.type} onChange={(event) => setDraft({ ...draft, type: event.target.value })} />
        <TextField label="Schooljaar" hint="Bijvoorbeeld 2025-2026" value={draft.schoolYear} error={schoolYearError} onChange={(event) => setDraft({ ...draft, schoolYear: event.target.value })} />
      </FilterBar>
      <div className="wp-dl-toolbar">
        <CsvExportButton
          fileName="overeenkomsten.csv"
          columns={csvColumns}
          rows={() =>
            fetchAllPages(async (after) => {
              const result = await client.query({ query: AGREEMENTS_QUERY, variables: { page: { first: 200, after }, sort, filter } });
              if (!result.data) throw result.error ?? new Error('Geen gegevens');
              return result.data.agreements;
            })
          }
        />
      </div>
      <DataTable
        caption="Overeenkomsten"
        columns={columns}
        rows={connection?.nodes ?? []}
        rowKey={(row) => row.id}
        emptyText="Er zijn geen overeenkomsten die aan de filters voldoen."
        sort={toTableSort(sort)}
        onSortChange={(next) => {
          setSort(toServerSort(next));
          pager.reset();
        }}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
      />
      <CursorPagination connection={connection} pages={pager} />
    </>
  );
}
