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

const dirs = [];
function frontend(operation, schemaText = schema) {
  const dir = mkdtempSync(path.join(tmpdir(), 'codegen-'));
  dirs.push(dir);
  mkdirSync(path.join(dir, 'src'));
  writeFileSync(path.join(dir, 'schema.graphql'), schemaText);
  writeFileSync(path.join(dir, 'src/audits.query.ts'), `import { graphql } from './gql/index.js';\nexport const Q = graphql(\`${operation}\`);\n`);
  return { dir, schema: path.join(dir, 'schema.graphql') };
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('generateOperationTypes', () => {
  it('types an operation from the schema: result, enums as unions, our scalars as strings', async () => {
    const app = frontend('query Audits { audits { id title status scheduledOn } }');
    await generateOperationTypes(app);
    const types = readFileSync(path.join(app.dir, 'src/gql/graphql.ts'), 'utf8');
    expect(types).toMatch(/export type AuditsQuery = \{ audits: Array<\{ id: string, title: string, status: AuditStatus, scheduledOn: string \}> \}/);
    expect(types).toMatch(/export type AuditStatus =\s*\| 'CLOSED'\s*\| 'PLANNED'/);
  });

  it("fails when an operation is over the gateway's limits, so the gateway never refuses the frontend's own query", async () => {
    const nested = `query Deep { audits { ${'parent { '.repeat(11)}id${' }'.repeat(11)} } }`;
    const deepSchema = schema.replace('type Audit { id: ID!', 'type Audit { parent: Audit id: ID!');
    const app = frontend(nested, deepSchema);
    await expect(generateOperationTypes(app)).rejects.toThrow(/Deep: De vraag is te diep genest/);
    const fine = frontend('query Audits { audits { id parent { id } } }', deepSchema);
    await generateOperationTypes(fine);
    const documents = JSON.parse(readFileSync(path.join(fine.dir, 'src/gql/persisted-documents.json'), 'utf8'));
    expect(Object.values(documents)).toEqual([expect.stringContaining('query Audits')]);
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
