/**
 * The SQL that keeps an aggregate's `version` column up to date for optimistic concurrency (the subgraph kit's
 * `concurrency.ts` checks it): a BEFORE UPDATE trigger raises it by one on every change of a row, whatever code path
 * changes it, so no update can forget it. Printed by `werkplek-db migration version-trigger <table>…` for a
 * migration file, which then never changes again.
 */
export function versionTriggerSql(tables: string[]): string {
  if (tables.length === 0 || tables.some((table) => !/^[a-z][a-z0-9_]*$/.test(table))) {
    throw new Error('name one or more tables in lower case (their @@map names)');
  }
  const fn = `-- Every change of a versioned record raises its version (optimistic concurrency).
CREATE OR REPLACE FUNCTION werkplek_next_version() RETURNS trigger AS $$
BEGIN
  NEW."version" := OLD."version" + 1;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
`;
  const triggers = tables.map(
    (table) => `CREATE TRIGGER "${table}_next_version" BEFORE UPDATE ON "${table}" FOR EACH ROW EXECUTE FUNCTION werkplek_next_version();`,
  );
  return [fn, ...triggers].join('\n') + '\n';
}
