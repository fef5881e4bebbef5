import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { User } from '@werkplek/auth';
import { startTestSubgraph, testUsers, type TestSubgraph } from '@werkplek/test-kit';
import type { PrismaClient } from '../src/generated/prisma/client.js';
import { createInspectionSubgraph } from '../src/index.js';
import { auditorIds, insertAudit, limburgCentre, otherInspector, westCentre } from './fixtures.js';

let subgraph: TestSubgraph;
let prisma: PrismaClient;
let clock = new Date('2026-12-08T10:00:00Z');
const statements: string[] = [];

beforeAll(async () => {
  subgraph = await startTestSubgraph('inspection', (db) =>
    createInspectionSubgraph({
      ...db,
      seedWith: async (client) => {
        prisma = client;
      },
      now: () => clock,
      onQuery: (sql) => statements.push(sql),
    }),
  );
});
afterAll(() => subgraph?.stop());
beforeEach(() => {
  clock = new Date('2026-12-08T10:00:00Z');
});

const inspector = testUsers.inspector;
type Errors = { message: string; extensions?: Record<string, unknown> }[] | undefined;
const code = (errors: Errors) => errors?.[0]?.extensions?.code;
const field = (errors: Errors) => errors?.[0]?.extensions?.field;

const PDF_TYPE = 'application/pdf';
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const pdf = Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n', 'latin1');
/** A real 1×1 PNG. */
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0xff, 0xd9]);
const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), Buffer.from('[Content_Types].xml')]);
/** The start of a Windows executable (MZ header, DOS stub), as a renamed .exe would send it. */
const exe = Buffer.concat([Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00]), Buffer.from('This program cannot be run in DOS mode.')]);
const b64 = (content: Buffer) => content.toString('base64');

interface Evidence {
  id: string;
  auditId: string;
  findingId: string | null;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  description: string | null;
  uploadedBy: string;
  uploadedAt: string;
}
const META = 'id auditId findingId fileName mediaType sizeBytes sha256 description uploadedBy uploadedAt';
const UPLOAD = `mutation ($input: UploadEvidenceInput!) { uploadEvidence(input: $input) { ${META} } }`;
const REMOVE = 'mutation ($id: ID!, $clientMutationId: ID) { removeEvidence(id: $id, clientMutationId: $clientMutationId) }';
const FILE = `query ($id: ID!) { evidenceFile(id: $id) { ${META} contentBase64 } }`;
const FILE_META = `query ($id: ID!) { evidenceFile(id: $id) { ${META} } }`;
const ENTITIES = `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Audit { id evidence { ${META} } } } }`;

const upload = (input: Record<string, unknown>, as: User = inspector) =>
  subgraph.query<{ uploadEvidence: Evidence }>(UPLOAD, { variables: { input }, as });
const remove = (id: string, clientMutationId?: string, as: User = inspector) =>
  subgraph.query<{ removeEvidence: string }>(REMOVE, { variables: { id, clientMutationId }, as });
const evidenceOf = (ids: string[], as: User = inspector) =>
  subgraph.query<{ _entities: ({ id: string; evidence: Evidence[] } | null)[] }>(ENTITIES, {
    variables: { representations: ids.map((id) => ({ __typename: 'Audit', id })) },
    as,
  });

const pdfInput = (auditId: string, over: Record<string, unknown> = {}) => ({
  id: randomUUID(),
  auditId,
  fileName: 'Verslag terreinbezoek lesplaats Brugge.pdf',
  mediaType: PDF_TYPE,
  contentBase64: b64(pdf),
  description: 'Aanwezigheidslijst eindproef',
  ...over,
});

async function insertFinding(auditId: string): Promise<string> {
  const finding = await prisma.finding.create({
    data: {
      auditId,
      severity: 'SHORTCOMING',
      title: 'Eindproef zonder beoordelingsrooster',
      description: 'Op de lesplaats Brugge werd zonder rooster beoordeeld.',
      createdById: inspector.id,
      createdBy: inspector.name,
    },
  });
  return finding.id;
}

describe('uploadEvidence', () => {
  it('stores a checked file with its SHA-256, linked to a finding of the same audit', async () => {
    const auditId = await insertAudit(prisma, { status: 'IN_PROGRESS' });
    const findingId = await insertFinding(auditId);
    const input = pdfInput(auditId, { findingId });
    const result = await upload(input);
    expect(result.errors).toBeUndefined();
    expect(result.data!.uploadEvidence).toEqual({
      id: input.id,
      auditId,
      findingId,
      fileName: input.fileName,
      mediaType: PDF_TYPE,
      sizeBytes: pdf.length,
      sha256: createHash('sha256').update(pdf).digest('hex'),
      description: 'Aanwezigheidslijst eindproef',
      uploadedBy: inspector.name,
      uploadedAt: '2026-12-08T10:00:00.000Z',
    });
    const stored = await prisma.evidenceFile.findUniqueOrThrow({ where: { id: input.id } });
    expect(Buffer.from(stored.content).equals(pdf)).toBe(true);
  });

  it('accepts each allowed type whose content matches it', async () => {
    const auditId = await insertAudit(prisma, { status: 'IN_PROGRESS' });
    const files: [string, string, Buffer][] = [
      ['foto lokaal.PNG', 'image/png', png],
      ['foto.jpeg', 'image/jpeg', jpeg],
      ['foto.jpg', 'IMAGE/JPEG', jpeg],
      ['notities.txt', 'text/plain', Buffer.from('Eindproef bijgewoond: één kandidaat afwezig.\n', 'utf8')],
      ['aanwezigheden.csv', 'text/csv', Buffer.from('naam;aanwezig\nJanssens;ja\n', 'utf8')],
      ['verbeterplan.docx', DOCX_TYPE, zip],
      ['cijfers.xlsx', XLSX_TYPE, zip],
    ];
    for (const [fileName, mediaType, content] of files) {
      const result = await upload(pdfInput(auditId, { fileName, mediaType, contentBase64: b64(content) }));
      expect(result.errors, fileName).toBeUndefined();
      expect(result.data!.uploadEvidence.mediaType).toBe(mediaType.toLowerCase());
    }
  });

  it('refuses a renamed executable, a content that does not match its type, and types off the allow-list', async () => {
    const auditId = await insertAudit(prisma, { status: 'IN_PROGRESS' });
    const cases: [Record<string, unknown>, string][] = [
      [{ fileName: 'verslag.pdf', contentBase64: b64(exe) }, 'contentBase64'],
      [{ fileName: 'notities.txt', mediaType: 'text/plain', contentBase64: b64(exe) }, 'contentBase64'], // NUL bytes
      [{ fileName: 'foto.png', mediaType: 'image/png', contentBase64: b64(jpeg) }, 'contentBase64'],
      [{ fileName: 'plan.docx', mediaType: DOCX_TYPE, contentBase64: b64(pdf) }, 'contentBase64'],
      [{ fileName: 'data.csv', mediaType: 'text/csv', contentBase64: b64(Buffer.from([0x61, 0xc3, 0x28, 0x62])) }, 'contentBase64'], // not UTF-8
      [{ fileName: 'setup.exe', mediaType: 'application/x-msdownload', contentBase64: b64(exe) }, 'mediaType'],
      [{ fileName: 'pagina.html', mediaType: 'text/html', contentBase64: b64(Buffer.from('<html></html>')) }, 'mediaType'],
      [{ fileName: 'verslag.pdf', mediaType: 'application/pdf; charset=binary' }, 'mediaType'],
    ];
    for (const [over, expectedField] of cases) {
      const result = await upload(pdfInput(auditId, over));
      expect([code(result.errors), field(result.errors)], JSON.stringify(over).slice(0, 90)).toEqual(['BAD_USER_INPUT', expectedField]);
    }
    expect(await prisma.evidenceFile.count({ where: { auditId } })).toBe(0);
  });

  it('checks the file name: no folders or control characters, 1–200 characters, the extension of its type', async () => {
    const auditId = await insertAudit(prisma, { status: 'IN_PROGRESS' });
    for (const fileName of [
      '../../etc/passwd.pdf',
      'map\\verslag.pdf',
      'verslag\u0000.pdf',
      'verslag\n.pdf',
      'factuur\u202efdp.exe',
      ' verslag.pdf',
      '',
      `${'x'.repeat(197)}.pdf`,
      'verslag.png',
      'verslag',
      '.pdf',
      'verslag.pdf.exe',
    ]) {
      const result = await upload(pdfInput(auditId, { fileName }));
      expect([code(result.errors), field(result.errors)], JSON.stringify(fileName).slice(0, 60)).toEqual(['BAD_USER_INPUT', 'fileName']);
    }
    const longest = await upload(pdfInput(auditId, { fileName: `${'x'.repeat(196)}.pdf` }));
    expect(longest.errors).toBeUndefined();
  });

  it('needs strict base64 of 1 byte to 600 KiB', async () => {
    const auditId = await insertAudit(prisma, { status: 'IN_PROGRESS' });
    const limit = 600 * 1024;
    const atLimit = Buffer.concat([pdf, Buffer.alloc(limit - pdf.length, 0x20)]);
    const accepted = await upload(pdfInput(auditId, { contentBase64: b64(atLimit) }));
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data!.uploadEvidence.sizeBytes).toBe(limit);
    const tooLarge = Buffer.concat([atLimit, Buffer.from(' ')]);
    for (const contentBase64 of [
      b64(tooLarge),
      '',
      'JVBERi0x!!',
      'JVBERi0',
      `${b64(pdf).slice(0, 8)}\n${b64(pdf).slice(8)}`,
      'JVBERi1=', // non-zero padding bits: not the canonical encoding of any bytes
      b64(pdf).replace(/=+$/, ''),
      Buffer.from(pdf).toString('base64url').replace(/=+$/, '') + '-_',
    ]) {
      const result = await upload(pdfInput(auditId, { contentBase64 }));
      expect([code(result.errors), field(result.errors)], contentBase64.slice(0, 30)).toEqual(['BAD_USER_INPUT', 'contentBase64']);
    }
    const description = await upload(pdfInput(auditId, { description: 'x'.repeat(1001) }));
    expect(field(description.errors)).toBe('description');
    expect(field((await upload(pdfInput(auditId, { id: 'bewijsstuk-1' }))).errors)).toBe('id');
    expect(await prisma.evidenceFile.count({ where: { auditId } })).toBe(1);
  });

  it('is idempotent by the client id: a repeat returns the stored file, another file or audit under that id is a CONFLICT', async () => {
    const auditId = await insertAudit(prisma, { status: 'IN_PROGRESS' });
    const input = pdfInput(auditId);
    const first = await upload(input);
    clock = new Date('2026-12-08T12:00:00Z');
    const [again, concurrent] = await Promise.all([upload(input), upload(input)]);
    expect(again.data).toEqual(first.data);
    expect(concurrent.data).toEqual(first.data);
    expect(await prisma.evidenceFile.count({ where: { auditId } })).toBe(1);

    const otherBytes = await upload({ ...input, contentBase64: b64(Buffer.concat([pdf, Buffer.from('%extra\n')])) });
    expect(code(otherBytes.errors)).toBe('CONFLICT');
    const otherAudit = await insertAudit(prisma, { status: 'IN_PROGRESS' });
    expect(code((await upload({ ...input, auditId: otherAudit })).errors)).toBe('CONFLICT');

    // Resubmitted from the field after the audit was closed: still the same answer, not an error.
    await prisma.audit.update({ where: { id: auditId }, data: { status: 'CLOSED' } });
    const late = await upload(input);
    expect(late.errors).toBeUndefined();
    expect(late.data).toEqual(first.data);
  });

  it('from the preparation to the follow-up only', async () => {
    for (const status of ['PREPARED', 'IN_PROGRESS', 'REPORTED', 'FOLLOW_UP'] as const) {
      const auditId = await insertAudit(prisma, { status });
      expect((await upload(pdfInput(auditId))).errors, status).toBeUndefined();
    }
    for (const status of ['PLANNED', 'CLOSED', 'CANCELLED'] as const) {
      const auditId = await insertAudit(prisma, { status });
      const result = await upload(pdfInput(auditId));
      expect(code(result.errors), status).toBe('INVALID_STATE_TRANSITION');
      expect(result.errors![0]!.extensions!.currentState).toBe(status);
    }
  });

  it('only by an inspector assigned to the audit; a finding of another audit is refused', async () => {
    const auditId = await insertAudit(prisma, { status: 'IN_PROGRESS' });
    expect(code((await upload(pdfInput(auditId), otherInspector)).errors)).toBe('FORBIDDEN');
    expect(code((await upload(pdfInput(auditId), testUsers.agencyStaff)).errors)).toBe('FORBIDDEN');
    expect(code((await upload(pdfInput(auditId), testUsers.centreUser(westCentre))).errors)).toBe('FORBIDDEN');
    expect(code((await upload(pdfInput(randomUUID()))).errors)).toBe('NOT_FOUND');
    const elsewhere = await insertFinding(await insertAudit(prisma, { status: 'IN_PROGRESS' }));
    const wrongFinding = await upload(pdfInput(auditId, { findingId: elsewhere }));
    expect([code(wrongFinding.errors), field(wrongFinding.errors)]).toEqual(['BAD_USER_INPUT', 'findingId']);
    expect(field((await upload(pdfInput(auditId, { findingId: 'vaststelling-1' }))).errors)).toBe('findingId');
    expect(await prisma.evidenceFile.count({ where: { auditId } })).toBe(0);
  });
});

describe('reading evidence', () => {
  it('gives the content to agency staff and inspectors only; the audited centre sees the metadata once reported', async () => {
    const auditId = await insertAudit(prisma, { status: 'IN_PROGRESS' });
    const input = pdfInput(auditId);
    await upload(input);
    for (const reader of [inspector, otherInspector, testUsers.agencyStaff]) {
      const result = await subgraph.query<{ evidenceFile: Evidence & { contentBase64: string } }>(FILE, { variables: { id: input.id }, as: reader });
      expect(result.errors).toBeUndefined();
      expect(result.data!.evidenceFile.contentBase64).toBe(b64(pdf));
    }
    const westUser = testUsers.centreUser(westCentre);
    expect(code((await subgraph.query(FILE_META, { variables: { id: input.id }, as: westUser })).errors)).toBe('NOT_FOUND');

    await prisma.audit.update({ where: { id: auditId }, data: { status: 'REPORTED' } });
    const meta = await subgraph.query<{ evidenceFile: Evidence }>(FILE_META, { variables: { id: input.id }, as: westUser });
    expect(meta.data!.evidenceFile.fileName).toBe(input.fileName);
    const content = await subgraph.query<{ evidenceFile: { contentBase64: string | null } }>(FILE, { variables: { id: input.id }, as: westUser });
    expect(code(content.errors)).toBe('FORBIDDEN');
    expect(content.data?.evidenceFile?.contentBase64 ?? null).toBeNull();
    const listed = await evidenceOf([auditId], westUser);
    expect(listed.data!._entities[0]!.evidence.map((file) => file.id)).toEqual([input.id]);

    const limburgUser = testUsers.centreUser(limburgCentre);
    expect(code((await subgraph.query(FILE_META, { variables: { id: input.id }, as: limburgUser })).errors)).toBe('NOT_FOUND');
    expect(code((await subgraph.query(FILE_META, { variables: { id: 'nope' }, as: inspector })).errors)).toBe('BAD_USER_INPUT');
  });

  it('lists the evidence of many audits in a constant number of queries, without reading the content', async () => {
    const ids: string[] = [];
    for (let index = 0; index < 6; index++) {
      const auditId = await insertAudit(prisma, { status: 'IN_PROGRESS' });
      clock = new Date('2026-12-08T10:00:00Z');
      await upload(pdfInput(auditId));
      clock = new Date('2026-12-08T10:05:00Z');
      await upload(pdfInput(auditId, { fileName: 'foto.png', mediaType: 'image/png', contentBase64: b64(png) }));
      ids.push(auditId);
    }
    const selectsFor = async (some: string[]) => {
      statements.length = 0;
      const result = await evidenceOf(some);
      expect(result.errors).toBeUndefined();
      expect(result.data!._entities.map((audit) => audit!.evidence.map((file) => file.fileName))).toEqual(
        some.map(() => ['Verslag terreinbezoek lesplaats Brugge.pdf', 'foto.png']),
      );
      const selects = statements.filter((sql) => /^\s*select/i.test(sql));
      expect(selects.filter((sql) => sql.includes('evidence_file')).every((sql) => !sql.includes('"content"'))).toBe(true);
      return selects.length;
    };
    const two = await selectsFor(ids.slice(0, 2));
    const six = await selectsFor(ids);
    expect(two).toBeGreaterThan(0);
    expect(six).toBe(two);
    expect(six).toBeLessThanOrEqual(3);
  });
});

describe('removeEvidence', () => {
  async function auditWithTwoInspectors(status: 'IN_PROGRESS' | 'PREPARED' | 'REPORTED' = 'IN_PROGRESS') {
    const auditId = await insertAudit(prisma, { status });
    await prisma.auditAssignment.create({ data: { auditId, auditorId: auditorIds.other, role: 'INSPECTOR' } });
    return auditId;
  }

  it('by the uploader, or the lead for somebody else’s upload; a repeat with the same clientMutationId answers the same', async () => {
    const auditId = await auditWithTwoInspectors();
    const own = pdfInput(auditId);
    await upload(own, otherInspector);
    const leads = pdfInput(auditId);
    await upload(leads, inspector);

    // The other inspector is on the audit but not its lead: only their own upload.
    expect(code((await remove(leads.id, undefined, otherInspector)).errors)).toBe('FORBIDDEN');
    expect((await remove(own.id, undefined, otherInspector)).data!.removeEvidence).toBe(own.id);

    const second = pdfInput(auditId);
    await upload(second, otherInspector);
    const mutationId = randomUUID();
    const removed = await remove(second.id, mutationId, inspector);
    expect(removed.data!.removeEvidence).toBe(second.id);
    const repeat = await remove(second.id, mutationId, inspector);
    expect(repeat.errors).toBeUndefined();
    expect(repeat.data!.removeEvidence).toBe(second.id);
    expect(code((await remove(second.id, undefined, inspector)).errors)).toBe('NOT_FOUND');
    expect(code((await remove(leads.id, mutationId, inspector)).errors)).toBe('CONFLICT');
    expect((await prisma.evidenceFile.findMany({ where: { auditId } })).map((file) => file.id)).toEqual([leads.id]);
  });

  it('answers a repeat that arrives while the first removal runs (the offline queue resending) once, without an error', async () => {
    const auditId = await auditWithTwoInspectors();
    const input = pdfInput(auditId);
    await upload(input);
    const mutationId = randomUUID();
    const answers = await Promise.all([remove(input.id, mutationId), remove(input.id, mutationId), remove(input.id, mutationId)]);
    expect(answers.map((answer) => answer.errors)).toEqual([undefined, undefined, undefined]);
    expect(answers.map((answer) => answer.data!.removeEvidence)).toEqual([input.id, input.id, input.id]);
    expect(await prisma.clientMutation.count({ where: { id: mutationId } })).toBe(1);
    expect(await prisma.evidenceFile.count({ where: { id: input.id } })).toBe(0);
    // A different request for the removed file (another id) is told the file is gone.
    expect(code((await remove(input.id, randomUUID())).errors)).toBe('NOT_FOUND');
  });

  it('not once the report is out, and not by inspectors outside the audit', async () => {
    const auditId = await auditWithTwoInspectors('PREPARED');
    const input = pdfInput(auditId);
    await upload(input);
    const outsider: User = { id: 'test-third-inspector', name: 'Bart Peeters', role: 'INSPECTOR' };
    expect(code((await remove(input.id, undefined, outsider)).errors)).toBe('FORBIDDEN');
    expect(code((await remove(input.id, undefined, testUsers.agencyStaff)).errors)).toBe('FORBIDDEN');
    await prisma.audit.update({ where: { id: auditId }, data: { status: 'REPORTED' } });
    const late = await remove(input.id);
    expect(code(late.errors)).toBe('INVALID_STATE_TRANSITION');
    expect(late.errors![0]!.extensions!.currentState).toBe('REPORTED');
    expect(await prisma.evidenceFile.count({ where: { id: input.id } })).toBe(1);
    expect(code((await remove('nope')).errors)).toBe('BAD_USER_INPUT');
  });
});
