import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { generateOperationTypes } from '../src/codegen.mjs';

const schema = `
  scalar LocalDate
  enum AuditStatus { PLANNED CLOSED }
  type Audit { id: ID! title: String! status: AuditStatus! scheduledOn: LocalDate! }
  type Query { audits: [Audit!]! }
`;

let dir;
function frontend(operation, schemaText = schema) {
  dir = mkdtempSync(path.join(tmpdir(), 'codegen-'));
  mkdirSync(path.join(dir, 'src'));
  writeFileSync(path.join(dir, 'schema.graphql'), schemaText);
  writeFileSync(path.join(dir, 'src/audits.query.ts'), `import { graphql } from './gql/index.js';\nexport const Q = graphql(\`${operation}\`);\n`);
  return { dir, schema: path.join(dir, 'schema.graphql') };
}

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('generateOperationTypes', () => {
  it('types an operation from the schema: result, enums as unions, our scalars as strings', async () => {
    const app = frontend('query Audits { audits { id title status scheduledOn } }');
    await generateOperationTypes(app);
    const types = readFileSync(path.join(app.dir, 'src/gql/graphql.ts'), 'utf8');
    expect(types).toMatch(/export type AuditsQuery = \{ audits: Array<\{ id: string, title: string, status: AuditStatus, scheduledOn: string \}> \}/);
    expect(types).toMatch(/export type AuditStatus =\s*\| 'CLOSED'\s*\| 'PLANNED'/);
  });

  it('fails when the schema no longer has what an operation asks (a breaking change fails the build)', async () => {
    const app = frontend('query Audits { audits { id reference } }');
    await expect(generateOperationTypes(app)).rejects.toThrow(/reference/);
  });

  it('says to build the gateway first when there is no schema', async () => {
    const app = frontend('query Audits { audits { id } }');
    await expect(generateOperationTypes({ dir: app.dir, schema: path.join(app.dir, 'missing.graphql') })).rejects.toThrow(/build the gateway first/);
  });
});
