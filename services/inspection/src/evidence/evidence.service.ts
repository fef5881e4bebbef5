import { badUserInput, checkStep, forbidden, loaderByGroup, loaderById, notFound, requireUser, type User } from '@werkplek/subgraph-kit';
import type { InspectionContext } from '../context.js';
import type { Prisma } from '../generated/prisma/client.js';
import { AuditRole } from '../generated/prisma/enums.js';
import { assertMayWorkOnAudit, canReadAudit } from '../shared/access.js';
import { actOnce, createOnce } from '../shared/client-mutation.js';
import { isUuid, optionalText, requireUuid } from '../shared/input.js';
import { auditLoader, auditOfRoot, lockAuditStatus, type AuditRow } from '../shared/audit-rows.js';
import { checkEvidenceFile } from './file-check.js';
import { evidenceWorkflow } from './evidence.workflow.js';
import type { EvidenceFile, UploadEvidenceInput } from './evidence.types.js';

const AUDIT = { nl: 'Doorlichting', en: 'Audit' };
const EVIDENCE = { nl: 'Bewijsstuk', en: 'Evidence file' };

/** Everything but the content: lists and metadata never read the bytes. */
const METADATA = {
  id: true,
  auditId: true,
  findingId: true,
  fileName: true,
  mediaType: true,
  sizeBytes: true,
  sha256: true,
  description: true,
  uploadedById: true,
  uploadedBy: true,
  uploadedAt: true,
} as const satisfies Prisma.EvidenceFileSelect;

/** Bewijsstukken: uploaded by the audit's inspectors, checked, hashed; the content only for the agency's own people. */
export class EvidenceService {
  readonly auditById;
  readonly evidenceById;
  readonly evidenceOf;
  readonly contentById;

  constructor(private readonly ctx: InspectionContext) {
    const prisma = ctx.prisma;
    this.auditById = auditLoader(ctx);
    this.evidenceById = loaderById((ids) => prisma.evidenceFile.findMany({ where: { id: { in: ids.filter(isUuid) } }, select: METADATA }));
    this.evidenceOf = loaderByGroup(
      (auditIds) =>
        prisma.evidenceFile.findMany({
          where: { auditId: { in: [...auditIds] } },
          select: METADATA,
          orderBy: [{ uploadedAt: 'asc' }, { id: 'asc' }],
        }),
      (row) => row.auditId,
    );
    this.contentById = loaderById((ids) => prisma.evidenceFile.findMany({ where: { id: { in: ids.filter(isUuid) } }, select: { id: true, content: true } }));
  }

  private get user(): User {
    return requireUser(this.ctx);
  }

  // ───────────── reading ─────────────

  async ofAudit(root: Partial<AuditRow> & { id: string }): Promise<EvidenceFile[]> {
    const audit = await auditOfRoot(root, this.auditById);
    if (!audit) throw notFound(AUDIT, root.id);
    if (!canReadAudit(this.user, audit)) {
      throw forbidden('Je mag de bewijsstukken van deze doorlichting niet zien', 'You may not see the evidence of this audit');
    }
    return this.evidenceOf.load(audit.id);
  }

  async file(id: string): Promise<EvidenceFile> {
    const file = await this.evidenceById.load(id);
    const audit = file ? await this.auditById.load(file.auditId) : null;
    if (!file || !audit || !canReadAudit(this.user, audit)) throw notFound(EVIDENCE, id);
    return file;
  }

  /** The resolver lets only agency staff and inspectors ask (never the audited party). */
  async contentBase64(id: string): Promise<string> {
    const row = await this.contentById.load(id);
    if (!row) throw notFound(EVIDENCE, id);
    return Buffer.from(row.content).toString('base64');
  }

  // ───────────── uploading and removing ─────────────

  async upload(input: UploadEvidenceInput): Promise<EvidenceFile> {
    const user = this.user;
    const id = requireUuid(input.id, 'id');
    const checked = checkEvidenceFile(input);
    const description = optionalText(input.description, 'description', 1000);
    const findingId = input.findingId ? requireUuid(input.findingId, 'findingId') : null;
    const audit = isUuid(input.auditId) ? await this.auditById.load(input.auditId) : null;
    if (!audit || !canReadAudit(user, audit)) throw notFound(AUDIT, input.auditId);
    await assertMayWorkOnAudit(this.ctx, user, audit.id);
    // The audit's state is checked only for a new file (inside `create`): a repeat from the field after the report
    // still gets the stored file back.
    const file = await createOnce<EvidenceFile>({
      id,
      what: { nl: 'bewijsstuk', en: 'evidence file' },
      find: () => this.ctx.prisma.evidenceFile.findUnique({ where: { id }, select: METADATA }),
      // The same client id for other bytes or another audit is a different upload: CONFLICT, never an overwrite.
      sameRequest: (row) => row.auditId === audit.id && row.sha256 === checked.sha256,
      create: () =>
        this.ctx.prisma.$transaction(async (tx) => {
          const status = await lockAuditStatus(tx, audit.id);
          checkStep(evidenceWorkflow, 'uploadEvidence', status ?? audit.status, user);
          if (findingId) {
            const finding = await tx.finding.findUnique({ where: { id: findingId }, select: { auditId: true } });
            if (finding?.auditId !== audit.id) {
              throw badUserInput('findingId: geen vaststelling van deze doorlichting', 'findingId: not a finding of this audit', { field: 'findingId' });
            }
          }
          return tx.evidenceFile.create({
            data: {
              id,
              auditId: audit.id,
              findingId,
              fileName: checked.fileName,
              mediaType: checked.mediaType,
              sizeBytes: checked.sizeBytes,
              sha256: checked.sha256,
              content: new Uint8Array(checked.content),
              description,
              uploadedById: user.id,
              uploadedBy: user.name,
              uploadedAt: this.ctx.now(),
            },
            select: METADATA,
          });
        }),
    });
    this.evidenceOf.clear(audit.id);
    return file;
  }

  /** By the uploader (still on the audit) or the audit's lead, before the report. Returns the removed file's id. */
  async remove(id: string, clientMutationId: string | null | undefined): Promise<string> {
    const user = this.user;
    if (!isUuid(id)) throw notFound(EVIDENCE, id);
    const mutationId = clientMutationId ? requireUuid(clientMutationId, 'clientMutationId') : null;
    const removed = await actOnce(
      this.ctx.prisma,
      { clientMutationId: mutationId, operation: 'removeEvidence', entityId: id, actor: user },
      async (tx) => {
        const file = await tx.evidenceFile.findUnique({ where: { id }, select: METADATA });
        if (!file) throw notFound(EVIDENCE, id);
        await assertMayWorkOnAudit(this.ctx, user, file.auditId, tx);
        if (file.uploadedById !== user.id) {
          const lead = await tx.auditAssignment.findFirst({
            where: { auditId: file.auditId, role: AuditRole.LEAD, auditor: { userId: user.id } },
            select: { id: true },
          });
          if (!lead) {
            throw forbidden(
              'Alleen wie het bewijsstuk oplaadde of de leidend inspecteur verwijdert het',
              'Only the uploader or the lead inspector removes an evidence file',
            );
          }
        }
        const status = await lockAuditStatus(tx, file.auditId);
        if (status) checkStep(evidenceWorkflow, 'removeEvidence', status, user);
        await tx.evidenceFile.delete({ where: { id } });
        return file;
      },
      async () => null,
    );
    if (removed) {
      this.evidenceOf.clear(removed.auditId);
      this.evidenceById.clear(id);
    }
    return id;
  }
}

export function evidenceServiceOf(ctx: InspectionContext): EvidenceService {
  return ctx.scoped(EvidenceService, () => new EvidenceService(ctx));
}
