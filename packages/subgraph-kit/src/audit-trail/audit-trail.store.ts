import { randomUUID } from 'node:crypto';
import { badUserInput } from '../errors.js';

/**
 * Where the audit trail lives: one table per subgraph database, `werkplek_audit_trail`, next to the domain's tables
 * but outside its Prisma schema (it belongs to the platform, like Prisma's own `_prisma_migrations`), created on first
 * use. Rows are only ever inserted.
 */
export interface AuditDatabase {
  $executeRawUnsafe(query: string, ...values: unknown[]): Promise<number>;
  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T>;
}

export interface AuditEntry {
  id: string;
  at: Date;
  actorId: string | null;
  actorName: string | null;
  actorRole: string | null;
  operation: string;
  arguments: unknown;
  entityType: string | null;
  entityId: string | null;
  before: unknown;
  after: unknown;
  /** OK, or the error code the caller got (a refused attempt is on record too). */
  outcome: string;
}

const TABLE = 'werkplek_audit_trail';

const created = new WeakMap<object, Promise<void>>();

function ensureTable(database: AuditDatabase): Promise<void> {
  let ready = created.get(database);
  if (!ready) {
    ready = (async () => {
      await database.$executeRawUnsafe(`CREATE TABLE IF NOT EXISTS ${TABLE} (
        id uuid PRIMARY KEY,
        at timestamptz NOT NULL,
        actor_id text,
        actor_name text,
        actor_role text,
        operation text NOT NULL,
        arguments jsonb,
        entity_type text,
        entity_id text,
        before jsonb,
        after jsonb,
        outcome text NOT NULL
      )`);
      await database.$executeRawUnsafe(`CREATE INDEX IF NOT EXISTS ${TABLE}_entity ON ${TABLE} (entity_type, entity_id, at DESC)`);
      await database.$executeRawUnsafe(`CREATE INDEX IF NOT EXISTS ${TABLE}_at ON ${TABLE} (at DESC, id DESC)`);
    })();
    // A failed creation is tried again next time instead of being remembered.
    ready.catch(() => created.delete(database));
    created.set(database, ready);
  }
  return ready;
}

export async function recordAuditEntry(database: AuditDatabase, entry: Omit<AuditEntry, 'id'>): Promise<void> {
  await ensureTable(database);
  await database.$executeRawUnsafe(
    `INSERT INTO ${TABLE} (id, at, actor_id, actor_name, actor_role, operation, arguments, entity_type, entity_id, before, after, outcome)
     VALUES ($1::uuid, $2::timestamptz, $3, $4, $5, $6, $7::jsonb, $8, $9, $10::jsonb, $11::jsonb, $12)`,
    randomUUID(),
    entry.at.toISOString(),
    entry.actorId,
    entry.actorName,
    entry.actorRole,
    entry.operation,
    JSON.stringify(entry.arguments ?? null),
    entry.entityType,
    entry.entityId,
    JSON.stringify(entry.before ?? null),
    JSON.stringify(entry.after ?? null),
    entry.outcome,
  );
}

export interface AuditQuery {
  entityType?: string | null;
  entityId?: string | null;
  actorId?: string | null;
  operation?: string | null;
  from?: Date | null;
  to?: Date | null;
  first: number;
  after?: string | null;
}

interface AuditRow {
  id: string;
  at: Date | string;
  actor_id: string | null;
  actor_name: string | null;
  actor_role: string | null;
  operation: string;
  arguments: unknown;
  entity_type: string | null;
  entity_id: string | null;
  before: unknown;
  after: unknown;
  outcome: string;
  total: number | bigint;
}

const encodeCursor = (entry: { at: Date; id: string }) => Buffer.from(`${entry.at.toISOString()}|${entry.id}`, 'utf8').toString('base64url');

function decodeCursor(cursor: string): { at: string; id: string } {
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (!at || !id || Number.isNaN(Date.parse(at)) || !/^[0-9a-f-]{36}$/.test(id)) throw badUserInput('Ongeldige cursor', 'Invalid cursor', { field: 'after' });
  return { at, id };
}

const parseJson = (value: unknown) => (typeof value === 'string' ? (JSON.parse(value) as unknown) : value);

/** Newest first, keyset-paged on (at, id), with the total under the same filter. */
export async function listAuditEntries(database: AuditDatabase, query: AuditQuery): Promise<{ nodes: AuditEntry[]; totalCount: number; endCursor: string | null; hasNextPage: boolean }> {
  await ensureTable(database);
  const conditions: string[] = [];
  const values: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    values.push(value);
    conditions.push(sql.replace('?', `$${values.length}`));
  };
  if (query.entityType) add('entity_type = ?', query.entityType);
  if (query.entityId) add('entity_id = ?', query.entityId);
  if (query.actorId) add('actor_id = ?', query.actorId);
  if (query.operation) add('operation = ?', query.operation);
  if (query.from) add('at >= ?::timestamptz', query.from.toISOString());
  if (query.to) add('at < ?::timestamptz', query.to.toISOString());
  const filter = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
  const pageConditions = [...conditions];
  const pageValues = [...values];
  if (query.after) {
    const cursor = decodeCursor(query.after);
    pageValues.push(cursor.at, cursor.id);
    pageConditions.push(`(at, id) < ($${pageValues.length - 1}::timestamptz, $${pageValues.length}::uuid)`);
  }
  pageValues.push(query.first + 1);
  const rows = await database.$queryRawUnsafe<AuditRow[]>(
    `SELECT *, (SELECT count(*) FROM ${TABLE} ${filter}) AS total FROM ${TABLE}
     ${pageConditions.length ? `WHERE ${pageConditions.join(' AND ')}` : ''}
     ORDER BY at DESC, id DESC LIMIT $${pageValues.length}`,
    ...pageValues,
  );
  const nodes = rows.slice(0, query.first).map((row) => ({
    id: row.id,
    at: new Date(row.at),
    actorId: row.actor_id,
    actorName: row.actor_name,
    actorRole: row.actor_role,
    operation: row.operation,
    arguments: parseJson(row.arguments),
    entityType: row.entity_type,
    entityId: row.entity_id,
    before: parseJson(row.before),
    after: parseJson(row.after),
    outcome: row.outcome,
  }));
  const total = rows[0]?.total ?? (await database.$queryRawUnsafe<{ total: number | bigint }[]>(`SELECT count(*) AS total FROM ${TABLE} ${filter}`, ...values))[0]?.total ?? 0;
  const last = nodes.at(-1);
  return { nodes, totalCount: Number(total), hasNextPage: rows.length > query.first, endCursor: last ? encodeCursor(last) : null };
}
