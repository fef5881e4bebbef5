import pg from 'pg';

/**
 * A year of the agency at real volume (issue #8): ~17,000 recognition applications and ~10,000 agreements (dual
 * learning), ~100,000 enrolments (training), ~2,000 audits (inspection). The platform's own seed writes the
 * demonstration records in the proportions of the annual report's tables; this multiplies them by copying rows with new
 * ids (numbers from their sequences), doubling until the target, so the lists and reports meet the volume in the same
 * mix of statuses, types and partnerships. Copies carry no history rows of their own: the benchmark's operations read
 * lists, pages and aggregates, not a copy's history.
 */
export interface VolumeTarget {
  database: 'dual-learning' | 'training' | 'inspection';
  table: string;
  rows: number;
  /** Columns that must not be copied as they are (unique links): the SQL to write instead. */
  instead?: Record<string, string>;
}

export const fullYear: VolumeTarget[] = [
  { database: 'dual-learning', table: 'recognition_application', rows: 17_000 },
  { database: 'dual-learning', table: 'agreement', rows: 10_000 },
  { database: 'training', table: 'enrolment', rows: 100_000 },
  { database: 'inspection', table: 'audit', rows: 2_000, instead: { planItemId: 'NULL' } },
];

async function columnsOf(client: pg.Client, table: string): Promise<{ name: string; hasDefault: boolean }[]> {
  const { rows } = await client.query<{ column_name: string; column_default: string | null }>(
    `SELECT column_name, column_default FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position`,
    [table],
  );
  return rows.map((row) => ({ name: row.column_name, hasDefault: row.column_default !== null }));
}

/** Copies rows of `target.table` until it holds `target.rows × scale`; reports progress on stderr. */
export async function fillTable(url: string, target: VolumeTarget, scale: number): Promise<{ before: number; after: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const count = async () => Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM "${target.table}"`)).rows[0]!.n);
    const wanted = Math.round(target.rows * scale);
    const before = await count();
    if (before === 0) throw new Error(`${target.table} is empty: nothing to multiply (did the seed run?)`);
    const columns = (await columnsOf(client, target.table)).filter((column) => column.name !== 'number' || !column.hasDefault);
    const names = columns.map((column) => `"${column.name}"`).join(', ');
    const values = columns
      .map((column) => (column.name === 'id' ? 'gen_random_uuid()' : (target.instead?.[column.name] ?? `"${column.name}"`)))
      .join(', ');
    let now = before;
    while (now < wanted) {
      const batch = Math.min(now, wanted - now);
      await client.query(`INSERT INTO "${target.table}" (${names}) SELECT ${values} FROM "${target.table}" ORDER BY "id" LIMIT ${batch}`);
      now = await count();
      process.stderr.write(`\r  ${target.database.padEnd(14)} ${target.table.padEnd(24)} ${bar(now / wanted)} ${now} / ${wanted}`);
    }
    process.stderr.write(`\r  ${target.database.padEnd(14)} ${target.table.padEnd(24)} ${bar(1)} ${now} / ${wanted}\n`);
    await client.query(`ANALYZE "${target.table}"`);
    return { before, after: now };
  } finally {
    await client.end();
  }
}

function bar(done: number): string {
  const width = 30;
  const filled = Math.min(width, Math.round(done * width));
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]`;
}
