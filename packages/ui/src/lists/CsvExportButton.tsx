import { useRef, useState } from 'react';
import { apiErrorMessage } from '../errors/apiErrorMessage.js';
import { Button } from '../components/Button.js';
import { downloadCsv, toCsv, type CsvColumn } from './csv.js';

export interface CsvExportButtonProps<Row> {
  /** The rows to export, or a function that fetches them (e.g. every page, not only the one shown). */
  rows: readonly Row[] | (() => Promise<readonly Row[]>);
  columns: readonly CsvColumn<Row>[];
  /** File name, e.g. "aanvragen-2026-03-01.csv" (".csv" is added when missing). */
  fileName: string;
  label?: string;
}

/** Downloads a list as CSV for Excel (see toCsv); while rows are fetched it is busy and cannot start twice. */
export function CsvExportButton<Row>({ rows, columns, fileName, label = 'Exporteren als CSV' }: CsvExportButtonProps<Row>) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const running = useRef(false);

  async function exportRows() {
    if (running.current) return;
    running.current = true;
    setError(undefined);
    try {
      const data = typeof rows === 'function' ? (setBusy(true), await rows()) : rows;
      downloadCsv(fileName, toCsv(data, columns));
    } catch (caught) {
      setError(`Exporteren mislukt. ${apiErrorMessage(caught)}`);
    } finally {
      running.current = false;
      setBusy(false);
    }
  }

  return (
    <span className="wp-csv-export">
      <Button variant="secondary" onClick={() => void exportRows()} disabled={busy} aria-busy={busy || undefined}>
        {busy ? 'Bezig met exporteren…' : label}
      </Button>
      {error && (
        <span className="wp-field__error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
