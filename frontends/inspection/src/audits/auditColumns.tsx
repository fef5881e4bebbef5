import { StatusBadge, type CsvColumn, type DataTableColumn } from '@werkplek/ui';
import { AreaLink, formatDate } from '@werkplek/frontend-kit';
import type { AuditRow } from './audits.operations.js';
import { routePaths } from '../routing/routes.js';
import { kindLabel, statusLabel, subjectLabel } from '../shared/labels.js';

function RecommendationCounts({ row }: { row: AuditRow }) {
  if (row.openRecommendationCount === 0) return <>geen</>;
  return (
    <>
      {row.openRecommendationCount} open
      {row.overdueRecommendationCount > 0 && (
        <>
          {' '}
          <StatusBadge tone="error">{row.overdueRecommendationCount} te laat</StatusBadge>
        </>
      )}
    </>
  );
}

export const auditColumns: readonly DataTableColumn<AuditRow>[] = [
  {
    key: 'title',
    header: 'Doorlichting',
    rowHeader: true,
    render: (row) => <AreaLink to={routePaths.audit(row.id)}>{row.title}</AreaLink>,
  },
  // Sorting is the API's (`AuditSort`), so it covers every page: only the columns it sorts on have a sort button, and
  // their sortKey is the API's sort without the direction (REFERENCE → REFERENCE_ASC / REFERENCE_DESC).
  { key: 'reference', header: 'Referentie', render: (row) => row.reference, sortKey: 'REFERENCE' },
  { key: 'subject', header: 'Onderwerp', render: subjectLabel },
  { key: 'kind', header: 'Soort', render: (row) => kindLabel(row.kind) },
  // The status is text (never colour alone, WCAG 1.4.1); it sorts in workflow order.
  { key: 'status', header: 'Status', render: statusLabel, sortKey: 'STATUS' },
  {
    key: 'scheduledOn',
    header: 'Gepland op',
    render: (row) => <time dateTime={row.scheduledOn}>{formatDate(row.scheduledOn)}</time>,
    sortKey: 'SCHEDULED_ON',
  },
  { key: 'leadAuditor', header: 'Leidend auditor', render: (row) => row.leadAuditor?.name ?? 'Nog niet toegewezen' },
  { key: 'recommendations', header: 'Aanbevelingen', render: (row) => <RecommendationCounts row={row} /> },
];

export const auditCsvColumns: readonly CsvColumn<AuditRow>[] = [
  { header: 'Referentie', value: (row) => row.reference },
  { header: 'Doorlichting', value: (row) => row.title },
  { header: 'Onderwerp', value: subjectLabel },
  { header: 'Soort', value: (row) => kindLabel(row.kind) },
  { header: 'Status', value: statusLabel },
  { header: 'Gepland op', value: (row) => row.scheduledOn },
  { header: 'Terreinbezoek', value: (row) => row.performedOn },
  { header: 'Verslag', value: (row) => row.reportedOn },
  { header: 'Leidend auditor', value: (row) => row.leadAuditor?.name },
  { header: 'Open aanbevelingen', value: (row) => row.openRecommendationCount },
  { header: 'Aanbevelingen te laat', value: (row) => row.overdueRecommendationCount },
];
