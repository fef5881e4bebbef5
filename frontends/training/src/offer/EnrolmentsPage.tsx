import { useState } from 'react';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { Button, CsvExportButton, DataTable, FilterBar, NumberField, SelectField, type CsvColumn, type DataTableColumn } from '@werkplek/ui';
import { CursorPagination, SectionHeader, SubmissionResult, fetchAllPages, formatDate, isAgencyStaff, isCentreUser, useListQuery, type ListQuery, type User, SORT_PARAM, sortStateOf, sortValueOf, useDraftFromQuery, useListPages, yearFromQuery } from '@werkplek/frontend-kit';
import type { EnrolmentSort, EnrolmentStatus, EnrolmentsQuery, TrackComponent } from '../gql/graphql.js';
import { componentLabels, enrolmentResultLabels, enrolmentStatusLabels, optionsOf } from '../shared/labels.js';
import { EnrolmentForm } from './EnrolmentForm.js';
import { EnrolmentOutcomeForm } from './EnrolmentOutcomeForm.js';
import { IssueCertificateForm } from './IssueCertificateForm.js';
import { ENROLMENTS_QUERY } from './offer.operations.js';

type Enrolment = EnrolmentsQuery['enrolments']['nodes'][number];
interface Filters {
  courseYear: string;
  status: '' | EnrolmentStatus;
  component: '' | TrackComponent;
}
const empty: Filters = { courseYear: '', status: '', component: '' };
const enrolmentStatuses = Object.keys(enrolmentStatusLabels) as EnrolmentStatus[];
const components = Object.keys(componentLabels) as TrackComponent[];
const enrolmentSorts: EnrolmentSort[] = ['ENROLLED_ON_ASC', 'ENROLLED_ON_DESC'];

/** `?jaar=2018&status=COMPLETED&component=BUSINESS_MANAGEMENT&sortering=ENROLLED_ON_DESC`. */
const filtersOf = (query: ListQuery): Filters => ({
  courseYear: yearFromQuery(query, 'jaar'),
  status: query.getOneOf('status', enrolmentStatuses) ?? '',
  component: query.getOneOf('component', components) ?? '',
});
const toQuery = (filters: Filters) => ({ jaar: filters.courseYear, status: filters.status, component: filters.component });

const statusText = (row: Enrolment) => `${enrolmentStatusLabels[row.status]}${row.result ? ` (${enrolmentResultLabels[row.result]})` : ''}`;

const columns: readonly DataTableColumn<Enrolment>[] = [
  { key: 'learner', header: 'Cursist', rowHeader: true, render: (row) => row.learner.name },
  { key: 'track', header: 'Traject', render: (row) => row.track.name },
  { key: 'component', header: 'Component', render: (row) => componentLabels[row.component] },
  { key: 'year', header: 'Cursusjaar', render: (row) => `${row.courseYear}-${row.courseYear + 1}` },
  { key: 'enrolledOn', header: 'Ingeschreven op', sortKey: 'ENROLLED_ON', render: (row) => formatDate(row.enrolledOn) },
  { key: 'status', header: 'Status', render: statusText },
];

const csvColumns: readonly CsvColumn<Enrolment>[] = [
  { header: 'Cursist', value: (row) => row.learner.name },
  { header: 'Traject', value: (row) => row.track.name },
  { header: 'Component', value: (row) => componentLabels[row.component] },
  { header: 'Cursusjaar', value: (row) => row.courseYear },
  { header: 'Ingeschreven op', value: (row) => row.enrolledOn },
  { header: 'Uitgeschreven op', value: (row) => row.leftOn ?? '' },
  { header: 'Status', value: statusText },
];

/** Enrolments (centre users: their own centre); sorted by enrolment date by the API. Staff and centres register and end them and issue certificates. */
export function EnrolmentsPage({ user }: { user?: User | undefined } = {}) {
  const client = useApolloClient();
  // One form at a time below the list: end an enrolment, issue a certificate on it, or register a new one.
  const [open, setOpen] = useState<{ form: 'outcome' | 'certificate'; enrolment: Enrolment } | { form: 'enrol' } | undefined>();
  const [confirmation, setConfirmation] = useState<string | undefined>();
  // learner.md: agency staff and the track's centre record results and withdrawals; inspectors only read.
  const mayEnd = isAgencyStaff(user) || isCentreUser(user);
  const shownColumns: readonly DataTableColumn<Enrolment>[] = mayEnd
    ? [
        ...columns,
        {
          key: 'actions',
          header: 'Acties',
          render: (row) =>
            row.status === 'ENROLLED' ? (
              <Button variant="secondary" aria-label={`Inschrijving van ${row.learner.name} afhandelen`} onClick={() => { setConfirmation(undefined); setOpen({ form: 'outcome', enrolment: row }); }}>
                Afhandelen
              </Button>
            ) : row.issuableCertificateTypes.length > 0 ? (
              // The API lists the types only on a passed enrolment and only for whoever issues them (§2.5).
              <Button variant="secondary" aria-label={`Attest uitreiken aan ${row.learner.name} (${row.track.name})`} onClick={() => { setConfirmation(undefined); setOpen({ form: 'certificate', enrolment: row }); }}>
                Attest uitreiken
              </Button>
            ) : null,
        },
      ]
    : columns;
  const query = useListQuery();
  const filters = filtersOf(query);
  const [draft, setDraft] = useDraftFromQuery(query, () => filtersOf(query));
  const apiSort = query.getOneOf(SORT_PARAM, enrolmentSorts) ?? 'ENROLLED_ON_ASC';
  const pages = useListPages(query);
  const filter = {
    ...(filters.courseYear ? { courseYear: Number(filters.courseYear) } : {}),
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.component ? { component: filters.component } : {}),
  };
  const { data, previousData, loading, error, refetch } = useQuery(ENROLMENTS_QUERY, { variables: { filter, sort: apiSort, page: pages.variables } });
  const connection = (data ?? previousData)?.enrolments;
  const finish = async (text: string) => {
    await refetch();
    setOpen(undefined);
    setConfirmation(text);
  };
  const apply = (next: Filters) => query.update(toQuery(next));
  return (
    <section>
      <SectionHeader title="Inschrijvingen" description="De cursisten ingeschreven in de trajecten." />
      <FilterBar label="Inschrijvingen filteren" onSearch={() => apply(draft)} onClear={() => { setDraft(empty); apply(empty); }}>
        <NumberField label="Cursusjaar" hint="Het eerste kalenderjaar, bv. 2018 voor 2018-2019." value={draft.courseYear} onChange={(event) => setDraft({ ...draft, courseYear: event.target.value })} />
        <SelectField label="Status" placeholder="Alle statussen" options={optionsOf(enrolmentStatusLabels)} value={draft.status} onChange={(event) => setDraft({ ...draft, status: event.target.value as Filters['status'] })} />
        <SelectField label="Component" placeholder="Beide componenten" options={optionsOf(componentLabels)} value={draft.component} onChange={(event) => setDraft({ ...draft, component: event.target.value as Filters['component'] })} />
      </FilterBar>
      <div className="wp-training__list-actions">
        {mayEnd && (
          <Button variant="secondary" onClick={() => { setConfirmation(undefined); setOpen({ form: 'enrol' }); }}>
            Inschrijving registreren
          </Button>
        )}
        <CsvExportButton
          fileName="inschrijvingen.csv"
          columns={csvColumns}
          rows={() =>
            fetchAllPages(async (after) => {
              const result = await client.query({ query: ENROLMENTS_QUERY, variables: { filter, sort: apiSort, page: { first: 100, ...(after ? { after } : {}) } } });
              if (!result.data) throw new Error('Geen gegevens');
              return result.data.enrolments;
            })
          }
        />
      </div>
      <DataTable
        caption="Inschrijvingen"
        columns={shownColumns}
        rows={connection?.nodes ?? []}
        rowKey={(row) => row.id}
        sort={sortStateOf(apiSort)}
        onSortChange={(next) => query.update({ [SORT_PARAM]: sortValueOf(next) })}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        emptyText="Geen inschrijvingen voor deze filters."
      />
      <CursorPagination connection={connection} pages={pages} label="Paginering inschrijvingen" />
      <SubmissionResult confirmation={confirmation} />
      {open?.form === 'outcome' && (
        <EnrolmentOutcomeForm key={open.enrolment.id} enrolment={open.enrolment} onCancel={() => setOpen(undefined)} onDone={finish} />
      )}
      {open?.form === 'certificate' && (
        <IssueCertificateForm key={open.enrolment.id} enrolment={open.enrolment} onCancel={() => setOpen(undefined)} onDone={finish} />
      )}
      {open?.form === 'enrol' && <EnrolmentForm user={user} onCancel={() => setOpen(undefined)} onDone={finish} />}
    </section>
  );
}
