/**
 * CSV export that Excel in nl-BE opens correctly:
 * - `;` as separator, because Excel with Belgian regional settings uses the comma as decimal separator and expects
 *   `;` between fields;
 * - a UTF-8 byte order mark, without which Excel reads the file as Windows-1252 and mangles "é", "ë", "–";
 * - RFC 4180 quoting: a field with the separator, a quote or a line break is quoted, inner quotes are doubled, lines
 *   end in CRLF;
 * - formula neutralisation (CSV injection, OWASP): a text cell starting with = + - @ (or a tab / carriage return) is
 *   run as a formula by Excel and LibreOffice, which can exfiltrate data or start programs. Cells hold text people
 *   typed (a complaint, a finding), so such a cell gets a leading apostrophe and is shown as text instead.
 */
export type CsvValue = string | number | boolean | Date | null | undefined;

export interface CsvColumn<Row> {
  header: string;
  value: (row: Row) => CsvValue;
}

export interface CsvOptions {
  separator?: string;
  /** Prefix the UTF-8 byte order mark (default true). */
  bom?: boolean;
}

export const CSV_BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** Dates as ISO (yyyy-mm-dd, with hh:mm when there is a time of day): unambiguous and sortable in Excel. */
function formatDate(date: Date): string {
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  const hasTime = date.getHours() !== 0 || date.getMinutes() !== 0;
  return hasTime ? `${day} ${pad(date.getHours())}:${pad(date.getMinutes())}` : day;
}

export function csvCell(value: CsvValue, separator = ';'): string {
  let text: string;
  if (value === null || value === undefined) text = '';
  else if (value instanceof Date) text = formatDate(value);
  else if (typeof value === 'boolean') text = value ? 'ja' : 'nee';
  // Numbers are data, never formulas: no guard, and a decimal comma as nl-BE Excel expects ("-2,5").
  else if (typeof value === 'number') text = Number.isFinite(value) ? String(value).replace('.', ',') : '';
  else text = FORMULA_START.test(value) ? `'${value}` : value;

  const needsQuotes = text.includes(separator) || text.includes('"') || text.includes('\n') || text.includes('\r');
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv<Row>(rows: readonly Row[], columns: readonly CsvColumn<Row>[], options: CsvOptions = {}): string {
  const separator = options.separator ?? ';';
  const lines = [
    columns.map((column) => csvCell(column.header, separator)).join(separator),
    ...rows.map((row) => columns.map((column) => csvCell(column.value(row), separator)).join(separator)),
  ];
  return `${options.bom === false ? '' : CSV_BOM}${lines.join('\r\n')}\r\n`;
}

/** Offers the text as a file download (a Blob behind a temporary link). */
export function downloadCsv(fileName: string, csv: string): void {
  const blob = new Blob([csv], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName.endsWith('.csv') ? fileName : `${fileName}.csv`;
  link.style.display = 'none';
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Revoke after the click has been handled so the browser has started reading the Blob.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
