import { CheckboxField, DateField, FilterBar, SelectField, TextField } from '@werkplek/ui';
import type { ListQuery, ListQueryChange } from '@werkplek/frontend-kit';
import type { AuditFilter, AuditKind, AuditStatus } from './audits.operations.js';
import { kindLabels, statusLabels } from '../shared/labels.js';
import { dateFromQuery, YES_NO, yesNoFilter, type YesNo } from '@werkplek/frontend-kit';

/** The filter form's values; "" means no filter. */
export interface AuditFilterValues {
  kind: AuditKind | '';
  statuses: AuditStatus[];
  from: string;
  to: string;
  overdue: YesNo | '';
  mine: boolean;
  search: string;
}

export const emptyAuditFilters: AuditFilterValues = { kind: '', statuses: [], from: '', to: '', overdue: '', mine: false, search: '' };

const AUDIT_KINDS = Object.keys(kindLabels) as AuditKind[];
const AUDIT_STATUSES = Object.keys(statusLabels) as AuditStatus[];

/**
 * The URL's names for the filter (Dutch, as the shell's links write them:
 * `?status=PLANNED&status=PREPARED&gepland-vanaf=2026-11-23&gepland-tot=2026-11-29`).
 */
export const auditQueryParams = {
  kind: 'soort',
  status: 'status',
  from: 'gepland-vanaf',
  to: 'gepland-tot',
  overdue: 'te-laat',
  mine: 'mijn',
  search: 'zoeken',
} as const;

/** The applied filter as the URL has it: unknown kinds or statuses and days that do not exist are left out. */
export function auditFiltersFromQuery(query: ListQuery): AuditFilterValues {
  return {
    kind: query.getOneOf(auditQueryParams.kind, AUDIT_KINDS) ?? '',
    statuses: query.getAllOf(auditQueryParams.status, AUDIT_STATUSES),
    from: dateFromQuery(query, auditQueryParams.from),
    to: dateFromQuery(query, auditQueryParams.to),
    overdue: query.getOneOf(auditQueryParams.overdue, YES_NO) ?? '',
    mine: query.get(auditQueryParams.mine) === 'ja',
    search: query.get(auditQueryParams.search)?.trim() ?? '',
  };
}

/** The URL's parameters for the form's values (empty values drop their parameter). */
export function auditFiltersToQuery(values: AuditFilterValues): ListQueryChange {
  return {
    [auditQueryParams.kind]: values.kind,
    [auditQueryParams.status]: values.statuses,
    [auditQueryParams.from]: values.from,
    [auditQueryParams.to]: values.to,
    [auditQueryParams.overdue]: values.overdue,
    [auditQueryParams.mine]: values.mine ? 'ja' : undefined,
    [auditQueryParams.search]: values.search.trim(),
  };
}

/** The API's filter from the applied values; empty fields filter nothing. */
export function toAuditFilter(values: AuditFilterValues, mineOnly: boolean): AuditFilter {
  return {
    kinds: values.kind ? [values.kind] : undefined,
    statuses: values.statuses.length > 0 ? values.statuses : undefined,
    scheduledFrom: values.from || undefined,
    scheduledTo: values.to || undefined,
    overdue: yesNoFilter(values.overdue),
    assignedToMe: mineOnly || values.mine ? true : undefined,
    search: values.search || undefined,
  };
}

const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

export function AuditFilters({
  values,
  onChange,
  onSearch,
  onClear,
  mineFixed,
  errors,
}: {
  values: AuditFilterValues;
  onChange: (values: AuditFilterValues) => void;
  onSearch: () => void;
  onClear: () => void;
  /** On "mijn doorlichtingen" the filter is the page itself. */
  mineFixed: boolean;
  errors: Partial<Record<'to', string>>;
}) {
  const set = (change: Partial<AuditFilterValues>) => onChange({ ...values, ...change });
  const toggleStatus = (status: AuditStatus, checked: boolean) =>
    set({ statuses: checked ? AUDIT_STATUSES.filter((value) => value === status || values.statuses.includes(value)) : values.statuses.filter((value) => value !== status) });
  return (
    <FilterBar label="Doorlichtingen filteren" onSearch={onSearch} onClear={onClear}>
      <TextField label="Titel of referentie" value={values.search} onChange={(event) => set({ search: event.target.value })} />
      <SelectField label="Soort" placeholder="Alle soorten" options={options(kindLabels)} value={values.kind} onChange={(event) => set({ kind: event.target.value as AuditKind | '' })} />
      <DateField label="Gepland vanaf" value={values.from} onChange={(event) => set({ from: event.target.value })} />
      <DateField label="Gepland tot en met" value={values.to} error={errors.to} onChange={(event) => set({ to: event.target.value })} />
      <SelectField
        label="Aanbevelingen te laat"
        placeholder="Alle doorlichtingen"
        options={[
          { value: 'ja', label: 'Met aanbevelingen te laat' },
          { value: 'nee', label: 'Zonder aanbevelingen te laat' },
        ]}
        value={values.overdue}
        onChange={(event) => set({ overdue: event.target.value as YesNo | '' })}
      />
      {!mineFixed && <CheckboxField label="Alleen doorlichtingen waaraan ik toegewezen ben" checked={values.mine} onChange={(event) => set({ mine: event.target.checked })} />}
      <fieldset className="wp-fieldset wp-inspection__filter-group">
        <legend className="wp-fieldset__legend">Status (geen keuze: alle)</legend>
        <div className="wp-inspection__filter-options">
          {AUDIT_STATUSES.map((status) => (
            <CheckboxField key={status} label={statusLabels[status]} checked={values.statuses.includes(status)} onChange={(event) => toggleStatus(status, event.target.checked)} />
          ))}
        </div>
      </fieldset>
    </FilterBar>
  );
}
