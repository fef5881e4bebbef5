import { afterEach, describe, expect, it, vi } from 'vitest';
import { useState } from 'react';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import {
  CSV_BOM,
  CsvExportButton,
  DataTable,
  FilterBar,
  Pagination,
  StatusBadge,
  TextField,
  sortRows,
  toCsv,
  type DataTableColumn,
  type SortState,
} from '../src/index.js';

afterEach(cleanup);

interface Centre {
  id: string;
  name: string;
  learners: number | null;
}

const centres: Centre[] = [
  { id: 'W', name: 'Syntra West', learners: 1200 },
  { id: 'A', name: 'Syntra AB', learners: null },
  { id: 'L', name: 'Syntra Limburg', learners: 900 },
];

const columns: DataTableColumn<Centre>[] = [
  { key: 'name', header: 'Naam', render: (row) => row.name, rowHeader: true, sortKey: 'NAME', sortValue: (row) => row.name },
  { key: 'learners', header: 'Cursisten', render: (row) => row.learners ?? '—', sortKey: 'LEARNERS', sortValue: (row) => row.learners },
  { key: 'id', header: 'Code', render: (row) => row.id },
];

function SortableTable() {
  const [sort, setSort] = useState<SortState | undefined>();
  return <DataTable caption="Centra" columns={columns} rows={sortRows(centres, columns, sort)} rowKey={(row) => row.id} sort={sort} onSortChange={setSort} />;
}

function rowNames() {
  return screen.getAllByRole('rowheader').map((cell) => cell.textContent);
}

describe('DataTable sorting', () => {
  it('renders sort buttons only for sortable columns and sets aria-sort on the sorted one', () => {
    render(<SortableTable />);
    const headers = screen.getAllByRole('columnheader');
    expect(headers.map((th) => th.getAttribute('aria-sort'))).toEqual([null, null, null]);
    expect(within(headers[2]!).queryByRole('button')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Naam' }));
    expect(screen.getAllByRole('columnheader')[0]!.getAttribute('aria-sort')).toBe('ascending');
    expect(rowNames()).toEqual(['Syntra AB', 'Syntra Limburg', 'Syntra West']);

    fireEvent.click(screen.getByRole('button', { name: 'Naam' }));
    expect(screen.getAllByRole('columnheader')[0]!.getAttribute('aria-sort')).toBe('descending');
    expect(rowNames()).toEqual(['Syntra West', 'Syntra Limburg', 'Syntra AB']);
  });

  it('keeps empty values last in both directions', () => {
    render(<SortableTable />);
    fireEvent.click(screen.getByRole('button', { name: 'Cursisten' }));
    expect(rowNames()).toEqual(['Syntra Limburg', 'Syntra West', 'Syntra AB']);
    fireEvent.click(screen.getByRole('button', { name: 'Cursisten' }));
    expect(rowNames()).toEqual(['Syntra West', 'Syntra Limburg', 'Syntra AB']);
    expect(screen.getAllByRole('columnheader')[0]!.hasAttribute('aria-sort')).toBe(false);
  });

  it('reports the next sort to a server-sorted list', () => {
    const onSortChange = vi.fn();
    render(<DataTable caption="Centra" columns={columns} rows={centres} rowKey={(row) => row.id} sort={{ key: 'LEARNERS', direction: 'ascending' }} onSortChange={onSortChange} />);
    fireEvent.click(screen.getByRole('button', { name: 'Cursisten' }));
    expect(onSortChange).toHaveBeenCalledWith({ key: 'LEARNERS', direction: 'descending' });
    fireEvent.click(screen.getByRole('button', { name: 'Naam' }));
    expect(onSortChange).toHaveBeenLastCalledWith({ key: 'NAME', direction: 'ascending' });
  });

  it('shows loading, busy and error states', () => {
    const onRetry = vi.fn();
    const { rerender } = render(<DataTable caption="Centra" columns={columns} rows={[]} rowKey={(row) => row.id} loading />);
    expect(screen.getByRole('status').getAttribute('aria-busy')).toBe('true');
    expect(screen.getByText('Bezig met laden…')).toBeTruthy();

    rerender(<DataTable caption="Centra" columns={columns} rows={centres} rowKey={(row) => row.id} loading />);
    expect(screen.getByRole('region', { name: 'Centra' }).getAttribute('aria-busy')).toBe('true');

    rerender(<DataTable caption="Centra" columns={columns} rows={[]} rowKey={(row) => row.id} error={{ statusCode: 403 }} onRetry={onRetry} />);
    expect(screen.getByRole('alert').textContent).toMatch(/geen toegang/);
    fireEvent.click(screen.getByRole('button', { name: 'Opnieuw proberen' }));
    expect(onRetry).toHaveBeenCalledOnce();
  });
});

describe('Pagination', () => {
  it('shows the range and calls back for previous, next and page size', () => {
    const onNext = vi.fn();
    const onPrevious = vi.fn();
    const onPageSizeChange = vi.fn();
    const { rerender } = render(
      <Pagination page={1} pageSize={25} itemCount={25} totalCount={132} hasNextPage onNext={onNext} onPrevious={onPrevious} pageSizeOptions={[10, 25, 50]} onPageSizeChange={onPageSizeChange} />,
    );
    expect(screen.getByRole('navigation', { name: 'Paginering' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Resultaten 1–25 van 132');
    expect((screen.getByRole('button', { name: /Vorige/ }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: /Volgende/ }));
    expect(onNext).toHaveBeenCalledOnce();
    fireEvent.change(screen.getByLabelText('Per pagina'), { target: { value: '50' } });
    expect(onPageSizeChange).toHaveBeenCalledWith(50);

    rerender(<Pagination page={6} pageSize={25} itemCount={7} totalCount={132} hasNextPage={false} onNext={onNext} onPrevious={onPrevious} />);
    expect(screen.getByRole('status').textContent).toBe('Resultaten 126–132 van 132');
    expect((screen.getByRole('button', { name: /Volgende/ }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: /Vorige/ }));
    expect(onPrevious).toHaveBeenCalledOnce();
  });

  it('works with a cursor connection without a total', () => {
    render(<Pagination page={2} pageSize={10} itemCount={10} hasNextPage onNext={() => {}} onPrevious={() => {}} />);
    expect(screen.getByRole('status').textContent).toBe('Resultaten 11–20');
  });
});

describe('FilterBar', () => {
  it('is a search landmark that applies on submit and clears', () => {
    const onSearch = vi.fn();
    const onClear = vi.fn();
    render(
      <FilterBar label="Centra filteren" onSearch={onSearch} onClear={onClear}>
        <TextField label="Naam" />
      </FilterBar>,
    );
    const search = screen.getByRole('search', { name: 'Centra filteren' });
    fireEvent.submit(search);
    fireEvent.click(screen.getByRole('button', { name: 'Wissen' }));
    expect(onSearch).toHaveBeenCalledOnce();
    expect(onClear).toHaveBeenCalledOnce();
    expect(screen.getByLabelText('Naam')).toBeTruthy();
  });
});

describe('toCsv', () => {
  const csvColumns = [
    { header: 'Naam', value: (row: Record<string, unknown>) => row['name'] as string },
    { header: 'Aantal', value: (row: Record<string, unknown>) => row['count'] as number },
  ];

  it('starts with a UTF-8 BOM, separates with ; and ends lines with CRLF', () => {
    const csv = toCsv([{ name: 'Syntra West', count: 2.5 }], csvColumns);
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv).toBe(`${CSV_BOM}Naam;Aantal\r\nSyntra West;2,5\r\n`);
    expect(toCsv([], csvColumns, { bom: false })).toBe('Naam;Aantal\r\n');
  });

  it('quotes separators, quotes and line breaks (RFC 4180)', () => {
    const csv = toCsv([{ name: 'Zegt "ja"; of\nniet', count: 1 }], csvColumns, { bom: false });
    expect(csv).toBe('Naam;Aantal\r\n"Zegt ""ja""; of\nniet";1\r\n');
  });

  it('neutralises formulas in text but not in numbers', () => {
    const rows = ['=HYPERLINK("http://x")', '+31 2', '-1+1', '@SUM(A1)', 'gewoon'].map((name) => ({ name, count: -3 }));
    const lines = toCsv(rows, csvColumns, { bom: false }).trimEnd().split('\r\n').slice(1);
    expect(lines).toEqual([`"'=HYPERLINK(""http://x"")";-3`, "'+31 2;-3", "'-1+1;-3", "'@SUM(A1);-3", 'gewoon;-3']);
  });

  it('writes dates, booleans and empty values', () => {
    const csv = toCsv([{ d: new Date(2026, 2, 1), b: true, n: null }], [
      { header: 'Datum', value: (row) => row.d },
      { header: 'Ja/nee', value: (row) => row.b },
      { header: 'Leeg', value: (row) => row.n },
    ], { bom: false });
    expect(csv).toBe('Datum;Ja/nee;Leeg\r\n2026-03-01;ja;\r\n');
  });
});

describe('CsvExportButton', () => {
  it('downloads a Blob under the given file name', async () => {
    const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockImplementation(() => 'blob:werkplek');
    const revokeObjectURL = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicked: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    render(<CsvExportButton rows={[{ name: 'Syntra West' }]} columns={[{ header: 'Naam', value: (row) => row.name }]} fileName="centra" />);
    fireEvent.click(screen.getByRole('button', { name: 'Exporteren als CSV' }));
    await vi.waitFor(() => expect(clicked).toEqual(['centra.csv']));
    const blob = createObjectURL.mock.calls[0]![0] as Blob;
    expect(blob.type).toBe('text/csv;charset=utf-8');
    // jsdom's Blob has no arrayBuffer(); FileReader gives the encoded bytes: the BOM must be UTF-8's EF BB BF.
    const buffer = await new Promise<ArrayBuffer>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.readAsArrayBuffer(blob);
    });
    expect(Array.from(new Uint8Array(buffer).slice(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    await vi.waitFor(() => expect(revokeObjectURL).toHaveBeenCalledWith('blob:werkplek'));
    click.mockRestore();
    createObjectURL.mockRestore();
    revokeObjectURL.mockRestore();
  });
});

describe('StatusBadge', () => {
  it('shows its text whatever the tone', () => {
    render(<StatusBadge tone="error">Te laat</StatusBadge>);
    expect(screen.getByText('Te laat').className).toBe('wp-badge wp-badge--error');
  });
});
