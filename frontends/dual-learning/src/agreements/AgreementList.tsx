import { useState } from 'react';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { type CsvColumn, CsvExportButton, DataTable, type DataTableColumn, FilterBar, SelectField, type SortState, StatusBadge, TextField } from '@werkplek/ui';
import { AreaLink, CursorPagination, fetchAllPages, formatDate, useListQuery, type ListQuery, SORT_PARAM, useDraftFromQuery, useListPages } from '@werkplek/frontend-kit';
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

interface Filters {
  partnershipId: string;
  status: AgreementStatus | '';
  type: AgreementType | '';
  schoolYear: string;
}
const emptyFilters: Filters = { partnershipId: '', status: '', type: '', schoolYear: '' };
const agreementStatuses = Object.keys(agreementStatusLabels) as AgreementStatus[];
const agreementTypes = Object.keys(agreementTypeLabels) as AgreementType[];
const agreementSorts: readonly AgreementSort[] = ['START_DATE_DESC', 'START_DATE_ASC', 'NUMBER_ASC'];
const DEFAULT_AGREEMENT_SORT: AgreementSort = 'START_DATE_DESC';
const SCHOOL_YEAR = /^\d{4}-\d{4}$/;

/** `?partnerschap=<id>&status=SUSPENDED&soort=OAO&schooljaar=2025-2026&sortering=NUMBER_ASC`. */
function filtersOf(query: ListQuery): Filters {
  const schoolYear = query.get('schooljaar') ?? '';
  return {
    partnershipId: query.get('partnerschap') ?? '',
    status: query.getOneOf('status', agreementStatuses) ?? '',
    type: query.getOneOf('soort', agreementTypes) ?? '',
    // A hand-edited year the API would refuse is left out rather than sent.
    schoolYear: SCHOOL_YEAR.test(schoolYear) ? schoolYear : '',
  };
}
const toQuery = (filters: Filters) => ({ partnerschap: filters.partnershipId, status: filters.status, soort: filters.type, schooljaar: filters.schoolYear });

/** Agreements (overeenkomsten) with filters, server sorting, pages and CSV. */
export function AgreementList() {
  const client = useApolloClient();
  const query = useListQuery();
  const applied = filtersOf(query);
  const [draft, setDraft] = useDraftFromQuery(query, () => filtersOf(query));
  const [schoolYearError, setSchoolYearError] = useState<string | undefined>();
  const sort = query.getOneOf(SORT_PARAM, agreementSorts) ?? DEFAULT_AGREEMENT_SORT;
  const pager = useListPages(query);
  const partnerships = useQuery(PARTNERSHIPS_QUERY);
  const filter: AgreementFilter = {
    ...(applied.partnershipId ? { partnershipId: applied.partnershipId } : {}),
    ...(applied.status ? { status: applied.status } : {}),
    ...(applied.type ? { type: applied.type } : {}),
    ...(applied.schoolYear ? { schoolYear: applied.schoolYear } : {}),
  };
  const { data, previousData, loading, error, refetch } = useQuery(AGREEMENTS_QUERY, { variables: { page: pager.variables, sort, filter }, notifyOnNetworkStatusChange: true });
  const connection = (data ?? previousData)?.agreements;
  const filtered = Object.keys(filter).length > 0;

  function search() {
    const schoolYear = draft.schoolYear.trim();
    if (schoolYear && !SCHOOL_YEAR.test(schoolYear)) {
      setSchoolYearError('Schrijf het schooljaar als 2025-2026.');
      return;
    }
    setSchoolYearError(undefined);
    query.update(toQuery({ ...draft, schoolYear }));
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
          setDraft(emptyFilters);
          setSchoolYearError(undefined);
          query.update(toQuery(emptyFilters));
        }}
      >
        <SelectField label="Partnerschap" placeholder="Alle partnerschappen" options={(partnerships.data?.partnerships ?? []).map((p) => ({ value: p.id, label: p.name }))} value={draft.partnershipId} onChange={(event) => setDraft({ ...draft, partnershipId: event.target.value })} />
        <SelectField label="Status" placeholder="Alle statussen" options={options(agreementStatusLabels)} value={draft.status} onChange={(event) => setDraft({ ...draft, status: event.target.value as AgreementStatus | '' })} />
        <SelectField label="Soort" placeholder="Alle soorten" options={options(agreementTypeLabels)} value={draft.type} onChange={(event) => setDraft({ ...draft, type: event.target.value as AgreementType | '' })} />
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
        emptyText={filtered ? 'Er zijn geen overeenkomsten die aan de filters voldoen.' : 'Er zijn nog geen overeenkomsten.'}
        sort={toTableSort(sort)}
        onSortChange={(next) => query.update({ [SORT_PARAM]: toServerSort(next) })}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
      />
      <CursorPagination connection={connection} pages={pager} label="Paginering overeenkomsten" />
    </>
  );
}
