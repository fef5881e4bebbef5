import { useApolloClient, useQuery } from '@apollo/client/react';
import { CheckboxField, CsvExportButton, DataTable, FilterBar, SelectField, StatusBadge, type CsvColumn, type DataTableColumn } from '@werkplek/ui';
import { AreaLink, CursorPagination, SectionHeader, fetchAllPages, formatDateTime, isAgencyStaff, isCentreUser, isoDate, useListQuery, type ListQuery, type User, SORT_PARAM, sortStateOf, sortValueOf, sortValuesOf, useDraftFromQuery, useListPages } from '@werkplek/frontend-kit';
import type { ActionPlanSort, ActionPlanStatus, ActionPlansQuery } from '../gql/graphql.js';
import { actionPlanStatusLabels, actionPlanStatusTones, roundLabel } from '../shared/labels.js';
import { ACTION_PLANS_QUERY, ACTION_PLAN_ROUNDS_QUERY } from './actionPlans.operations.js';
import { OpenRoundsForCentre } from './OpenRoundsForCentre.js';

type PlanRow = ActionPlansQuery['actionPlans']['nodes'][number];

interface Filters {
  roundId: string;
  statuses: ActionPlanStatus[];
}

const emptyFilters: Filters = { roundId: '', statuses: [] };
const planStatuses = Object.keys(actionPlanStatusLabels) as ActionPlanStatus[];
const planSorts: ActionPlanSort[] = sortValuesOf(['CREATED_AT', 'CENTRE', 'ROUND', 'STATUS', 'SUBMITTED_AT'] as const);
export const DEFAULT_ACTION_PLAN_SORT: ActionPlanSort = 'CREATED_AT_DESC';

/**
 * `?ronde=<id>&status=SUBMITTED&status=UNDER_REVIEW&sortering=ROUND_DESC`: the shell's home queue links here with the
 * statuses to review; any of the statuses (the API's `statuses` filter).
 */
const filtersOf = (query: ListQuery): Filters => ({ roundId: query.get('ronde') ?? '', statuses: query.getAllOf('status', planStatuses) });
const toQuery = (filters: Filters) => ({ ronde: filters.roundId, status: filters.statuses });

function advisedCount(row: PlanRow): string {
  const advised = row.dossiers.filter((dossier) => dossier.advice !== null).length;
  return `${advised} van ${row.dossiers.length}`;
}

const columns: readonly DataTableColumn<PlanRow>[] = [
  {
    key: 'centre',
    header: 'Opleidingscentrum',
    rowHeader: true,
    sortKey: 'CENTRE',
    render: (row) => <AreaLink to={`/jaaractieplannen/${encodeURIComponent(row.id)}`}>{`${row.centre.name} – ${roundLabel(row.round)}`}</AreaLink>,
  },
  { key: 'round', header: 'Ronde', sortKey: 'ROUND', render: (row) => roundLabel(row.round) },
  {
    key: 'status',
    header: 'Status',
    sortKey: 'STATUS',
    render: (row) => <StatusBadge tone={actionPlanStatusTones[row.status]}>{actionPlanStatusLabels[row.status]}</StatusBadge>,
  },
  { key: 'submittedAt', header: 'Ingediend op', sortKey: 'SUBMITTED_AT', render: (row) => formatDateTime(row.submittedAt) },
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
  const query = useListQuery();
  const filters = filtersOf(query);
  const [draftFilters, setDraftFilters] = useDraftFromQuery(query, () => filtersOf(query));
  const sort = query.getOneOf(SORT_PARAM, planSorts) ?? DEFAULT_ACTION_PLAN_SORT;
  const pages = useListPages(query);
  const rounds = useQuery(ACTION_PLAN_ROUNDS_QUERY);

  const filter = {
    ...(filters.roundId ? { roundId: filters.roundId } : {}),
    ...(filters.statuses.length > 0 ? { statuses: filters.statuses } : {}),
  };
  const { data, previousData, loading, error, refetch } = useQuery(ACTION_PLANS_QUERY, {
    variables: { filter, sort, page: pages.variables },
    fetchPolicy: 'cache-and-network',
  });
  const connection = (data ?? previousData)?.actionPlans;
  const rows = connection?.nodes ?? [];

  const roundOptions = (rounds.data?.actionPlanRounds ?? []).map((round) => ({ value: round.id, label: roundLabel(round) }));

  function apply(next: Filters) {
    query.update(toQuery(next));
  }
  const toggleStatus = (status: ActionPlanStatus, checked: boolean) =>
    setDraftFilters({
      ...draftFilters,
      // Kept in the order of the labels, so the same choice always gives the same URL.
      statuses: planStatuses.filter((candidate) => (candidate === status ? checked : draftFilters.statuses.includes(candidate))),
    });

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
        <fieldset className="wp-fieldset wp-training__status-filter">
          <legend className="wp-fieldset__legend">Status (geen keuze: alle)</legend>
          {planStatuses.map((status) => (
            <CheckboxField
              key={status}
              id={`plan-status-${status}`}
              label={actionPlanStatusLabels[status]}
              checked={draftFilters.statuses.includes(status)}
              onChange={(event) => toggleStatus(status, event.target.checked)}
            />
          ))}
        </fieldset>
      </FilterBar>
      <div className="wp-training__list-actions">
        <CsvExportButton
          fileName="jaaractieplannen.csv"
          columns={csvColumns}
          rows={() =>
            fetchAllPages(async (after) => {
              const result = await client.query({ query: ACTION_PLANS_QUERY, variables: { filter, sort, page: { first: 100, ...(after ? { after } : {}) } } });
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
        sort={sortStateOf(sort)}
        onSortChange={(next) => query.update({ [SORT_PARAM]: sortValueOf(next) })}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        emptyText={
          filters.roundId || filters.statuses.length > 0 ? 'Geen jaaractieplannen voor deze filters.' : 'Er zijn nog geen jaaractieplannen.'
        }
      />
      <CursorPagination connection={connection} pages={pages} label="Paginering jaaractieplannen" />
    </section>
  );
}
