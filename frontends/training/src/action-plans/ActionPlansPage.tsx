import { useState } from 'react';
import { useApolloClient, useQuery } from '@apollo/client/react';
import {
  CsvExportButton,
  DataTable,
  FilterBar,
  SelectField,
  StatusBadge,
  sortRows,
  type CsvColumn,
  type DataTableColumn,
  type SortState,
} from '@werkplek/ui';
import { AreaLink, CursorPagination, SectionHeader, fetchAllPages, formatDateTime, isAgencyStaff, isCentreUser, isoDate, useCursorPages, type User } from '@werkplek/frontend-kit';
import type { ActionPlanStatus, ActionPlansQuery } from '../gql/graphql.js';
import { actionPlanStatusLabels, actionPlanStatusTones, optionsOf, roundLabel } from '../shared/labels.js';
import { ACTION_PLANS_QUERY, ACTION_PLAN_ROUNDS_QUERY } from './actionPlans.operations.js';
import { OpenRoundsForCentre } from './OpenRoundsForCentre.js';

type PlanRow = ActionPlansQuery['actionPlans']['nodes'][number];

interface Filters {
  roundId: string;
  status: '' | ActionPlanStatus;
}

const emptyFilters: Filters = { roundId: '', status: '' };

function advisedCount(row: PlanRow): string {
  const advised = row.dossiers.filter((dossier) => dossier.advice !== null).length;
  return `${advised} van ${row.dossiers.length}`;
}

const columns: readonly DataTableColumn<PlanRow>[] = [
  {
    key: 'centre',
    header: 'Opleidingscentrum',
    rowHeader: true,
    sortKey: 'centre',
    sortValue: (row) => row.centre.name,
    render: (row) => <AreaLink to={`/jaaractieplannen/${encodeURIComponent(row.id)}`}>{`${row.centre.name} – ${roundLabel(row.round)}`}</AreaLink>,
  },
  { key: 'round', header: 'Ronde', sortKey: 'round', sortValue: (row) => row.round.deadline, render: (row) => roundLabel(row.round) },
  {
    key: 'status',
    header: 'Status',
    sortKey: 'status',
    sortValue: (row) => actionPlanStatusLabels[row.status],
    render: (row) => <StatusBadge tone={actionPlanStatusTones[row.status]}>{actionPlanStatusLabels[row.status]}</StatusBadge>,
  },
  { key: 'submittedAt', header: 'Ingediend op', sortKey: 'submittedAt', sortValue: (row) => row.submittedAt, render: (row) => formatDateTime(row.submittedAt) },
  { key: 'dossiers', header: 'Dossiers geadviseerd', render: advisedCount },
];

const csvColumns: readonly CsvColumn<PlanRow>[] = [
  { header: 'Opleidingscentrum', value: (row) => row.centre.name },
  { header: 'Ronde', value: (row) => roundLabel(row.round) },
  { header: 'Uiterste indiening', value: (row) => isoDate(row.round.deadline) },
  { header: 'Status', value: (row) => actionPlanStatusLabels[row.status] },
  { header: 'Ingediend op', value: (row) => isoDate(row.submittedAt) },
  { header: 'Dossiers', value: (row) => row.dossiers.length },
  { header: 'Dossiers geadviseerd', value: (row) => row.dossiers.filter((dossier) => dossier.advice !== null).length },
];

/**
 * The annual action plans: for agency staff the review queue per round (filter on round and status), for a centre
 * user their own plans with the open rounds they can still draft a plan for.
 */
export function ActionPlansPage({ user }: { user: User | undefined }) {
  const client = useApolloClient();
  const [draftFilters, setDraftFilters] = useState<Filters>(emptyFilters);
  const [filters, setFilters] = useState<Filters>(emptyFilters);
  const [sort, setSort] = useState<SortState | undefined>();
  const pages = useCursorPages();
  const rounds = useQuery(ACTION_PLAN_ROUNDS_QUERY);

  const filter = {
    ...(filters.roundId ? { roundId: filters.roundId } : {}),
    ...(filters.status ? { status: filters.status } : {}),
  };
  const { data, previousData, loading, error, refetch } = useQuery(ACTION_PLANS_QUERY, {
    variables: { filter, page: pages.variables },
    fetchPolicy: 'cache-and-network',
  });
  const connection = (data ?? previousData)?.actionPlans;
  const rows = sortRows(connection?.nodes ?? [], columns, sort);

  const roundOptions = (rounds.data?.actionPlanRounds ?? []).map((round) => ({ value: round.id, label: roundLabel(round) }));

  function apply(next: Filters) {
    setFilters(next);
    pages.reset();
  }

  return (
    <section>
      <SectionHeader
        title={isAgencyStaff(user) ? 'Jaaractieplannen te beoordelen' : 'Jaaractieplannen'}
        description={
          isAgencyStaff(user)
            ? 'Kwaliteitssturing per ronde: open een ingediend plan om de dossiers te beoordelen en te adviseren.'
            : 'Het jaaractieplan van uw centrum met zijn opleidingsdossiers, per ronde.'
        }
      />
      {isCentreUser(user) && (
        <OpenRoundsForCentre rounds={rounds.data?.actionPlanRounds ?? []} plans={connection?.nodes ?? []} loading={rounds.loading} />
      )}
      <FilterBar label="Jaaractieplannen filteren" onSearch={() => apply(draftFilters)} onClear={() => { setDraftFilters(emptyFilters); apply(emptyFilters); }}>
        <SelectField
          label="Ronde"
          placeholder="Alle rondes"
          options={roundOptions}
          value={draftFilters.roundId}
          onChange={(event) => setDraftFilters({ ...draftFilters, roundId: event.target.value })}
        />
        <SelectField
          label="Status"
          placeholder="Alle statussen"
          options={optionsOf(actionPlanStatusLabels)}
          value={draftFilters.status}
          onChange={(event) => setDraftFilters({ ...draftFilters, status: event.target.value as Filters['status'] })}
        />
      </FilterBar>
      <div className="wp-training__list-actions">
        <CsvExportButton
          fileName="jaaractieplannen.csv"
          columns={csvColumns}
          rows={() =>
            fetchAllPages(async (after) => {
              const result = await client.query({ query: ACTION_PLANS_QUERY, variables: { filter, page: { first: 100, ...(after ? { after } : {}) } } });
              if (!result.data) throw new Error('Geen gegevens');
              return result.data.actionPlans;
            })
          }
        />
      </div>
      <DataTable
        caption="Jaaractieplannen"
        columns={columns}
        rows={rows}
        rowKey={(row) => row.id}
        sort={sort}
        onSortChange={setSort}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        emptyText={
          filters.roundId || filters.status ? 'Geen jaaractieplannen voor deze filters.' : 'Er zijn nog geen jaaractieplannen.'
        }
      />
      <CursorPagination connection={connection} pages={pages} label="Paginering jaaractieplannen" />
    </section>
  );
}
