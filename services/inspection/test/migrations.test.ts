import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkMigrations } from '@werkplek/database';

describe('prisma/migrations', () => {
  it('produce exactly the schema in schema.prisma (no drift)', () => {
    const diff = checkMigrations(fileURLToPath(new URL('..', import.meta.url)));
    expect(diff.sql, 'run `pnpm migration:create <name>` after changing schema.prisma').toBe('');
    expect(diff.inSync).toBe(true);
  });
});
