import type { CsvColumn, DataTableColumn } from '@werkplek/ui';
import { AreaLink } from '@werkplek/frontend-kit';
import type { AnnualPlanItemRow } from './annualPlan.operations.js';
import { RiskScore } from './RiskScore.js';
import { routePaths } from '../routing/routes.js';
import { kindLabel, subjectLabel } from '../shared/labels.js';

export const itemSubject = (item: AnnualPlanItemRow) => subjectLabel(item);

export const planItemColumns: readonly DataTableColumn<AnnualPlanItemRow>[] = [
  { key: 'rank', header: 'Rang', render: (item) => item.rank, sortKey: 'rank', sortValue: (item) => item.rank },
  { key: 'subject', header: 'Onderwerp', rowHeader: true, render: itemSubject, sortKey: 'subject', sortValue: itemSubject },
  { key: 'kind', header: 'Soort', render: (item) => kindLabel(item.kind), sortKey: 'kind', sortValue: (item) => kindLabel(item.kind) },
  { key: 'score', header: 'Risicoscore', render: (item) => <RiskScore item={item} />, sortKey: 'score', sortValue: (item) => item.riskScore },
  {
    key: 'planned',
    header: 'Gepland',
    render: (item) => (item.planned ? `Ja${item.quarter ? `, kwartaal ${item.quarter}` : ''}` : 'Nee'),
    sortKey: 'planned',
    sortValue: (item) => (item.planned ? (item.quarter ?? 0) : 9),
  },
  { key: 'reason', header: 'Motivering', render: (item) => item.manualReason ?? '' },
  {
    key: 'audit',
    header: 'Doorlichting',
    render: (item) => (item.audit ? <AreaLink to={routePaths.audit(item.audit.id)}>{item.audit.reference}</AreaLink> : 'nog niet aangemaakt'),
  },
];

export const planItemCsvColumns: readonly CsvColumn<AnnualPlanItemRow>[] = [
  { header: 'Soort', value: (item) => kindLabel(item.kind) },
  { header: 'Rang', value: (item) => item.rank },
  { header: 'Onderwerp', value: itemSubject },
  { header: 'Risicoscore', value: (item) => item.riskScore },
  ...['COMPLAINTS', 'EARLY_TERMINATIONS', 'OVERDUE_RECOMMENDATIONS', 'NEGATIVE_PREVIOUS_RESULT', 'YEARS_SINCE_LAST_AUDIT'].map((factor) => ({
    header: factor,
    value: (item: AnnualPlanItemRow) => item.riskInputs.find((input) => input.factor === factor)?.value,
  })),
  { header: 'Gepland', value: (item) => item.planned },
  { header: 'Kwartaal', value: (item) => item.quarter },
  { header: 'Motivering', value: (item) => item.manualReason },
  { header: 'Doorlichting', value: (item) => item.audit?.reference },
];
