import { CheckboxField, DateField, FilterBar, SelectField } from '@werkplek/ui';
import { isLocalDate } from '@werkplek/frontend-kit';
import type { AuditFilter } from './audits.operations.js';
import type { AuditKind, AuditStatus } from '../gql/graphql.js';
import { kindLabels, statusLabels } from '../shared/labels.js';

export interface AuditFilterValues {
  kind: string;
  status: string;
  from: string;
  to: string;
  overdue: string;
  mine: boolean;
}

export const emptyAuditFilters: AuditFilterValues = { kind: '', status: '', from: '', to: '', overdue: '', mine: false };

/** The API's filter from the form's values; empty fields filter nothing. */
export function toAuditFilter(values: AuditFilterValues, mineOnly: boolean): AuditFilter {
  return {
    kinds: values.kind ? [values.kind as AuditKind] : undefined,
    statuses: values.status ? [values.status as AuditStatus] : undefined,
    scheduledFrom: isLocalDate(values.from) ? values.from : undefined,
    scheduledTo: isLocalDate(values.to) ? values.to : undefined,
    overdue: values.overdue === 'ja' ? true : values.overdue === 'nee' ? false : undefined,
    assignedToMe: mineOnly || values.mine ? true : undefined,
  };
}

const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

export function AuditFilters({
  values,
  onChange,
  onSearch,
  onClear,
  mineFixed,
}: {
  values: AuditFilterValues;
  onChange: (values: AuditFilterValues) => void;
  onSearch: () => void;
  onClear: () => void;
  /** On "mijn doorlichtingen" the filter is the page itself. */
  mineFixed: boolean;
}) {
  const set = (change: Partial<AuditFilterValues>) => onChange({ ...values, ...change });
  return (
    <FilterBar label="Doorlichtingen filteren" onSearch={onSearch} onClear={onClear}>
      <SelectField label="Soort" placeholder="Alle soorten" options={options(kindLabels)} value={values.kind} onChange={(event) => set({ kind: event.target.value })} />
      <SelectField label="Status" placeholder="Alle statussen" options={options(statusLabels)} value={values.status} onChange={(event) => set({ status: event.target.value })} />
      <DateField label="Gepland vanaf" value={values.from} onChange={(event) => set({ from: event.target.value })} />
      <DateField label="Gepland tot en met" value={values.to} onChange={(event) => set({ to: event.target.value })} />
      <SelectField
        label="Aanbevelingen te laat"
        placeholder="Alle doorlichtingen"
        options={[
          { value: 'ja', label: 'Met aanbevelingen te laat' },
          { value: 'nee', label: 'Zonder aanbevelingen te laat' },
        ]}
        value={values.overdue}
        onChange={(event) => set({ overdue: event.target.value })}
      />
      {!mineFixed && <CheckboxField label="Alleen doorlichtingen waaraan ik toegewezen ben" checked={values.mine} onChange={(event) => set({ mine: event.target.checked })} />}
    </FilterBar>
  );
}
