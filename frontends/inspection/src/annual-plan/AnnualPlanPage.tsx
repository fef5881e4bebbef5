import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, apiErrorMessage, Button, CheckboxField, ConfirmDialog, CsvExportButton, DataTable, type DataTableColumn, DescriptionList, EmptyState, FilterBar, LoadingIndicator, Pagination, SelectField, sortRows, StatusBadge } from '@werkplek/ui';
import { formatDate, useArea, useHeadingFocus, useListQuery, type ListQuery, SORT_PARAM, sortFromQuery, sortStateOf, sortValueOf, useDraftFromQuery, useListPage } from '@werkplek/frontend-kit';
import type { AuditKind } from '../gql/graphql.js';
import {
  ADOPT_ANNUAL_PLAN_MUTATION,
  ANNUAL_PLAN_QUERY,
  ANNUAL_PLANS_QUERY,
  RESCORE_ANNUAL_PLAN_MUTATION,
  type AnnualPlanDetail,
  type AnnualPlanItemRow,
} from './annualPlan.operations.js';
import { DraftAnnualPlanForm } from './DraftAnnualPlanForm.js';
import { PlanItemToggle } from './PlanItemToggle.js';
import { itemSubject, planItemColumns, planItemCsvColumns } from './planItemColumns.js';
import { routePaths } from '../routing/routes.js';
import { kindLabels } from '../shared/labels.js';

const KINDS = Object.keys(kindLabels) as AuditKind[];

/** The candidates' filter in the URL: `?soort=WORKPLACE_AUDIT&gepland=ja&sortering=score_DESC`. */
const params = { kind: 'soort', plannedOnly: 'gepland' } as const;
interface CandidateFilters {
  kind: AuditKind | '';
  plannedOnly: boolean;
}
const filtersFromQuery = (query: ListQuery): CandidateFilters => ({
  kind: query.getOneOf(params.kind, KINDS) ?? '',
  plannedOnly: query.get(params.plannedOnly) === 'ja',
});
const filtersToQuery = (filters: CandidateFilters) => ({ [params.kind]: filters.kind, [params.plannedOnly]: filters.plannedOnly ? 'ja' : undefined });

/**
 * The risk-based annual plan (jaarplanning): the candidates per kind with their score and its inputs, what is
 * planned per quarter; agency staff draft, rescore and adopt it (the server refuses others).
 */
export function AnnualPlanPage({ year: routeYear, canManage }: { year?: number; canManage: boolean }) {
  const headingRef = useHeadingFocus();
  const { navigate } = useArea();
  const plans = useQuery(ANNUAL_PLANS_QUERY);
  const known = [...(plans.data?.annualPlans ?? [])].sort((a, b) => b.year - a.year);
  const thisYear = new Date().getFullYear();
  const year = routeYear ?? known[0]?.year ?? thisYear;
  const years = [...new Set([...known.map((plan) => plan.year), thisYear, thisYear + 1, year])].sort((a, b) => b - a);
  const plan = useQuery(ANNUAL_PLAN_QUERY, { variables: { year }, fetchPolicy: 'cache-and-network' });

  return (
    <section className="wp-inspection__page" aria-labelledby="jaarplanning-titel">
      <h2 id="jaarplanning-titel" ref={headingRef} tabIndex={-1}>
        Jaarplanning {year}
      </h2>
      <SelectField
        label="Jaar"
        options={years.map((value) => ({ value: String(value), label: String(value) }))}
        value={String(year)}
        onChange={(event) => navigate(routePaths.annualPlan(Number(event.target.value)))}
      />
      {plan.loading && !plan.data && <LoadingIndicator label="De jaarplanning wordt geladen…" />}
      {plan.error && <Alert title="De jaarplanning kon niet worden geladen.">{apiErrorMessage(plan.error)}</Alert>}
      {plan.data && !plan.data.annualPlan && (
        <>
          <EmptyState title={`Er is nog geen jaarplanning voor ${year}.`} />
          {canManage && year >= thisYear && <DraftAnnualPlanForm year={year} onDrafted={() => void Promise.all([plan.refetch(), plans.refetch()])} />}
        </>
      )}
      {plan.data?.annualPlan && <PlanDetail plan={plan.data.annualPlan} canManage={canManage} />}
    </section>
  );
}

function PlanActions({ plan }: { plan: AnnualPlanDetail }) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [rescore, rescoring] = useMutation(RESCORE_ANNUAL_PLAN_MUTATION, { refetchQueries: ['AnnualPlan'], awaitRefetchQueries: true });
  const [adopt, adopting] = useMutation(ADOPT_ANNUAL_PLAN_MUTATION, { refetchQueries: ['AnnualPlan', 'AnnualPlans', 'AuditsList'], awaitRefetchQueries: true });
  const run = async (action: () => Promise<unknown>) => {
    setError(undefined);
    try {
      await action();
      setConfirming(false);
    } catch (caught) {
      setError(apiErrorMessage(caught));
    }
  };
  return (
    <div className="wp-inspection__list-actions">
      {error && <Alert>{error}</Alert>}
      <Button variant="secondary" disabled={rescoring.loading} aria-busy={rescoring.loading || undefined} onClick={() => void run(() => rescore({ variables: { planId: plan.id } }))}>
        {rescoring.loading ? 'Bezig met herberekenen…' : 'Scores herberekenen'}
      </Button>
      <Button onClick={() => setConfirming(true)}>Jaarplanning vaststellen</Button>
      <ConfirmDialog
        open={confirming}
        title={`Jaarplanning ${plan.year} vaststellen?`}
        confirmLabel="Vaststellen"
        pending={adopting.loading}
        onConfirm={() => void run(() => adopt({ variables: { planId: plan.id } }))}
        onCancel={() => setConfirming(false)}
      >
        <p>De geplande doorlichtingen worden aangemaakt. Daarna kan de planning niet meer herberekend worden.</p>
      </ConfirmDialog>
    </div>
  );
}

function PlanDetail({ plan, canManage }: { plan: AnnualPlanDetail; canManage: boolean }) {
  // The plan comes whole from the API: filter, sort and pages are the browser's, but kept in the URL like every list.
  const query = useListQuery();
  const applied = filtersFromQuery(query);
  const [draftFilters, setDraftFilters] = useDraftFromQuery(query, () => filtersFromQuery(query));
  const [page, setPage] = useListPage(query);
  const [pageSize, setPageSize] = useState(25);
  const draft = plan.status === 'DRAFT';

  const columns: DataTableColumn<AnnualPlanItemRow>[] =
    draft && canManage
      ? [...planItemColumns, { key: 'action', header: 'Actie', render: (item) => <PlanItemToggle item={item} subject={itemSubject(item)} /> }]
      : [...planItemColumns];
  const sorts = planItemColumns.flatMap((column) => (column.sortKey ? [`${column.sortKey}_ASC`, `${column.sortKey}_DESC`] : []));
  const sort = sortStateOf(sortFromQuery(query, sorts));
  const filtered = plan.items.filter((item) => (!applied.kind || item.kind === applied.kind) && (!applied.plannedOnly || item.planned));
  const sorted = sort ? sortRows(filtered, columns, sort) : filtered;
  const shown = sorted.slice((page - 1) * pageSize, page * pageSize);

  return (
    <>
      <p>
        Stand: <StatusBadge tone={draft ? 'warning' : 'success'}>{draft ? 'Ontwerp' : 'Vastgesteld'}</StatusBadge>
      </p>
      <DescriptionList
        items={[
          { term: 'Opgesteld door', description: plan.createdBy },
          { term: 'Vastgesteld op', description: formatDate(plan.adoptedOn) },
          {
            term: 'Gewichten',
            description: 'Score = Σ gewicht × waarde per risicofactor; open een score om de berekening te zien.',
          },
        ]}
      />
      {draft && canManage && <PlanActions plan={plan} />}
      <h3>Capaciteit per soort</h3>
      <DataTable
        caption="Capaciteit en geplande doorlichtingen per soort"
        columns={[
          { key: 'kind', header: 'Soort', rowHeader: true, render: (row) => kindLabels[row.kind] ?? row.kind },
          { key: 'count', header: 'Capaciteit', render: (row) => row.count },
          { key: 'planned', header: 'Gepland', render: (row) => row.planned },
        ]}
        rows={plan.capacities}
        rowKey={(row) => row.kind}
      />
      <h3>Kandidaten en risicoscores</h3>
      <FilterBar
        label="Kandidaten filteren"
        onSearch={() => query.update(filtersToQuery(draftFilters))}
        onClear={() => {
          setDraftFilters({ kind: '', plannedOnly: false });
          query.update(filtersToQuery({ kind: '', plannedOnly: false }));
        }}
      >
        <SelectField
          label="Soort"
          placeholder="Alle soorten"
          options={Object.entries(kindLabels).map(([value, label]) => ({ value, label }))}
          value={draftFilters.kind}
          onChange={(event) => setDraftFilters({ ...draftFilters, kind: event.target.value as AuditKind | '' })}
        />
        <CheckboxField label="Alleen geplande" checked={draftFilters.plannedOnly} onChange={(event) => setDraftFilters({ ...draftFilters, plannedOnly: event.target.checked })} />
      </FilterBar>
      <div className="wp-inspection__list-actions">
        <CsvExportButton rows={sorted} columns={planItemCsvColumns} fileName={`jaarplanning-${plan.year}.csv`} />
      </div>
      <DataTable
        caption={`Kandidaten van de jaarplanning ${plan.year}, per soort op rang`}
        columns={columns}
        rows={shown}
        rowKey={(item) => item.id}
        sort={sort}
        onSortChange={(next) => query.update({ [SORT_PARAM]: sortValueOf(next) })}
        empty={<EmptyState title="Geen kandidaten voor deze filters." />}
      />
      {filtered.length > 0 && (
        <Pagination
          label="Paginering kandidaten"
          page={page}
          pageSize={pageSize}
          itemCount={shown.length}
          totalCount={filtered.length}
          hasNextPage={page * pageSize < filtered.length}
          onNext={() => setPage(page + 1)}
          onPrevious={() => setPage(page - 1)}
          pageSizeOptions={[10, 25, 50, 100]}
          onPageSizeChange={(size) => {
            setPageSize(size);
            setPage(1);
          }}
        />
      )}
    </>
  );
}
