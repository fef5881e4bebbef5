import { afterEach, describe, expect, it } from 'vitest';
import axeCore from 'axe-core';
import { useState } from 'react';
import { cleanup, render } from '@testing-library/react';
import {
  CheckboxField,
  ConfirmDialog,
  CsvExportButton,
  DataTable,
  DateField,
  DescriptionList,
  EmptyState,
  FilterBar,
  FormErrorSummary,
  NumberField,
  PageHeader,
  Pagination,
  RadioGroup,
  SelectField,
  StatusBadge,
  SubmitButton,
  Tabs,
  TextAreaField,
  TextField,
} from '../src/index.js';

// jsdom has no layout, so colour contrast is not checked here (the browser suite does that).

afterEach(cleanup);

function Kitchen() {
  const [radio, setRadio] = useState<string | undefined>();
  return (
    <main>
      <PageHeader title="Aanvragen" description={<StatusBadge tone="warning">3 te laat</StatusBadge>} actions={<CsvExportButton rows={[{ n: 'a' }]} columns={[{ header: 'Naam', value: (row) => row.n }]} fileName="aanvragen" />} />
      <FilterBar label="Aanvragen filteren" onSearch={() => {}} onClear={() => {}}>
        <TextField label="Naam" />
        <SelectField label="Status" placeholder="Alle" options={[{ value: 'OPEN', label: 'Open' }]} />
      </FilterBar>
      <DataTable
        caption="Aanvragen"
        rows={[{ id: '1', name: 'Bakkerij Peeters' }]}
        rowKey={(row) => row.id}
        columns={[{ key: 'name', header: 'Werkplek', render: (row) => row.name, rowHeader: true, sortKey: 'NAME' }, { key: 'id', header: 'Nummer', render: (row) => row.id }]}
        sort={{ key: 'NAME', direction: 'ascending' }}
        onSortChange={() => {}}
      />
      <Pagination page={1} pageSize={25} itemCount={1} totalCount={1} hasNextPage={false} onNext={() => {}} onPrevious={() => {}} pageSizeOptions={[25, 50]} onPageSizeChange={() => {}} />
      <EmptyState title="Geen klachten">Er zijn geen klachten voor deze werkplek.</EmptyState>
      <form noValidate>
        <FormErrorSummary errors={[{ fieldId: 'reden', message: 'Geef een reden.' }]} />
        <TextAreaField id="reden" label="Reden" error="Geef een reden." required />
        <DateField label="Einddatum" min="2026-01-01" />
        <NumberField label="Aantal leerlingen" />
        <CheckboxField label="Ik bevestig" hint="Verplicht voor indienen" />
        <RadioGroup legend="Beslissing" name="beslissing" value={radio} onChange={setRadio} options={[{ value: 'JA', label: 'Erkennen' }, { value: 'NEE', label: 'Weigeren', hint: 'Met motivering' }]} />
        <SubmitButton pending>Indienen</SubmitButton>
      </form>
      <DescriptionList items={[{ term: 'Status', description: 'Open' }, { term: 'Einddatum', description: null }]} />
      <Tabs label="Onderdelen" tabs={[{ id: 'a', label: 'Gegevens', content: <p>Gegevens</p> }, { id: 'b', label: 'Historiek', content: <p>Historiek</p> }]} />
      <ConfirmDialog open title="Zeker?" confirmLabel="Ja" onConfirm={() => {}} onCancel={() => {}}>
        <p>Dit kan niet ongedaan worden gemaakt.</p>
      </ConfirmDialog>
    </main>
  );
}

describe('axe (jsdom)', () => {
  it('finds no serious or critical violation in the list, form and detail components', async () => {
    const { container } = render(<Kitchen />);
    const results = await axeCore.run(container, { rules: { 'color-contrast': { enabled: false }, region: { enabled: false } } });
    const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
    expect(serious.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.html).join(', ')})`)).toEqual([]);
  });
});
