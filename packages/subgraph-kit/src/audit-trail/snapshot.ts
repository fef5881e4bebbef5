import { createHash } from 'node:crypto';

/** Field names whose values never go into the audit trail (file content, secrets): a hash says that they changed. */
const WITHHELD = /^(content|data|password|token|secret|nationalRegisterNumber)$/i;
/** NUL and lone surrogates cannot be stored in jsonb: a refused attempt that carried them is recorded with "�". */
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Text longer than this is stored as its length and hash, so the trail stays readable and small. */
const MAX_TEXT = 2_000;

function digest(value: string | Uint8Array): string {
  return createHash('sha256').update(value).digest('hex').slice(0, 16);
}

/**
 * A JSON-safe copy of a record or of a mutation's arguments for the audit trail: dates as ISO text, decimals and big
 * integers as text, binary content and secrets replaced by their size and a short SHA-256, long text shortened the
 * same way. Cycles and depth are bounded.
 */
export function toAuditJson(value: unknown, key = '', depth = 0): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') {
    const text = value.replace(UNSTORABLE, '\uFFFD');
    if (WITHHELD.test(key)) return `[weggelaten: ${text.length} tekens, sha256 ${digest(text)}]`;
    return text.length > MAX_TEXT ? `[${text.length} tekens, sha256 ${digest(text)}]` : text;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (value instanceof Uint8Array) return `[${value.byteLength} bytes, sha256 ${digest(value)}]`;
  if (depth > 4) return '[…]';
  if (Array.isArray(value)) return value.slice(0, 50).map((item) => toAuditJson(item, key, depth + 1));
  if (typeof value === 'object') {
    // Prisma's Decimal and similar value objects print themselves.
    if (typeof (value as { toJSON?: unknown }).toJSON === 'function' && !(Symbol.iterator in value)) {
      const json = (value as { toJSON(): unknown }).toJSON();
      if (typeof json !== 'object') return json;
    }
    const result: Record<string, unknown> = {};
    for (const [name, item] of Object.entries(value)) {
      if (typeof item === 'function') continue;
      result[name] = WITHHELD.test(name) && item !== null && item !== undefined && typeof item !== 'object' ? toAuditJson(String(item), name, depth + 1) : toAuditJson(item, name, depth + 1);
    }
    return result;
  }
  return String(value);
}
