import type { PrismaClient } from '../generated/prisma/client.js';
import { ProposalDelivery as DeliveryState } from '../generated/prisma/enums.js';
import { auditReference } from '../shared/audit-reference.js';
import type { ProposalDelivery } from './proposal-delivery.js';

/*
 * The outbox relay. A proposal is written in the inspection database in the same transaction as the audit's history
 * (so it cannot be lost or sent without being recorded); this relay hands PENDING rows to the dual-learning domain:
 * - delivered → DELIVERED; refused for good (the owner's validation) → REFUSED with its reason, never retried;
 * - thrown (gateway or dual learning down, timeout, unexpected error) → attempts + 1, retried after an exponential
 *   back-off (5 s × 2^attempts, at most an hour), the error kept in lastError.
 * Rows are claimed with FOR UPDATE SKIP LOCKED and a lease (nextAttemptAt pushed past the delivery timeout) in a short
 * transaction, so two relays (two inspection processes) never send the same row at the same time, and no database
 * transaction stays open during a network call. A relay that dies mid-delivery leaves the row to be sent again when
 * the lease ends; the receiver is idempotent by proposal id, so a second delivery is harmless (at-least-once).
 */

export interface ProposalRelayOptions {
  prisma: PrismaClient;
  delivery: ProposalDelivery;
  now: () => Date;
  /** How often to look for due rows besides `soon()` (default 15 s). */
  intervalMs?: number;
  /** Rows per round (default 20). */
  batchSize?: number;
  /** How long a claimed row is reserved for this relay; longer than a delivery can take (default 2 min). */
  leaseMs?: number;
  log?: (message: string) => void;
}

export interface ProposalRelay {
  /** Runs a round as soon as possible; calls while one is pending or running coalesce into one more round. */
  soon(): void;
  /** One round now (waits for a running one first); resolves with the number of rows handled. */
  runOnce(): Promise<number>;
  /** No more rounds; resolves when the running one has finished. */
  stop(): Promise<void>;
}

const BASE_BACKOFF_MS = 5_000;
const MAX_BACKOFF_MS = 60 * 60 * 1000;

/** After the n-th failed attempt (1, 2, …): 5 s, 10 s, 20 s, … at most one hour. */
export function backoffAfter(attempts: number): number {
  return Math.min(MAX_BACKOFF_MS, BASE_BACKOFF_MS * 2 ** Math.max(0, attempts - 1));
}

/** Errors go into a text column and a log line: bounded, whatever a remote answered. */
function describe(error: unknown): string {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return message.slice(0, 1000);
}

export function startProposalRelay(options: ProposalRelayOptions): ProposalRelay {
  const { prisma, delivery, now } = options;
  const batchSize = options.batchSize ?? 20;
  const leaseMs = options.leaseMs ?? 2 * 60 * 1000;
  const log = options.log ?? ((message: string) => console.warn(`[inspection] ${message}`));
  let stopped = false;
  let running: Promise<number> | null = null;
  let again = false;
  let scheduled = false;

  /** Claims due rows: a lease instead of a lock held over the network call. */
  async function claim(): Promise<string[]> {
    const at = now();
    const leaseUntil = new Date(at.getTime() + leaseMs);
    // Timestamps travel as ISO text and become UTC wall-clock times, like Prisma stores DateTime in TIMESTAMP(3).
    const rows = await prisma.$queryRaw<{ id: string }[]>`
      UPDATE revocation_proposal
         SET "nextAttemptAt" = (${leaseUntil.toISOString()}::timestamptz AT TIME ZONE 'UTC')
       WHERE id IN (
         SELECT id FROM revocation_proposal
          WHERE delivery = 'PENDING'
            AND "nextAttemptAt" <= (${at.toISOString()}::timestamptz AT TIME ZONE 'UTC')
          ORDER BY "nextAttemptAt", id
          LIMIT ${batchSize}
          FOR UPDATE SKIP LOCKED)
      RETURNING id`;
    return rows.map((row) => row.id);
  }

  async function deliverOne(id: string): Promise<void> {
    const row = await prisma.revocationProposal.findUnique({
      where: { id },
      include: { audit: { select: { number: true, scheduledOn: true, subjectType: true, subjectId: true } } },
    });
    if (!row || row.delivery !== DeliveryState.PENDING) return;
    try {
      const outcome = await delivery.deliver({
        id: row.id,
        auditId: row.auditId,
        auditReference: auditReference(row.audit),
        recognitionId: row.recognitionId,
        workplaceId: row.audit.subjectType === 'WORKPLACE' ? row.audit.subjectId : null,
        kind: row.kind,
        reason: row.reason,
        exclusionUntil: row.exclusionUntil,
        proposedBy: row.proposedBy,
        proposedAt: row.proposedAt,
      });
      const attempts = row.attempts + 1;
      if (outcome.delivered) {
        await prisma.revocationProposal.update({
          where: { id },
          data: { delivery: DeliveryState.DELIVERED, attempts, deliveredAt: now(), lastError: null },
        });
      } else {
        await prisma.revocationProposal.update({
          where: { id },
          data: { delivery: DeliveryState.REFUSED, attempts, lastError: outcome.refusal.slice(0, 1000) },
        });
        log(`revocation proposal ${id} refused by dual learning: ${outcome.refusal}`);
      }
    } catch (error) {
      const attempts = row.attempts + 1;
      await prisma.revocationProposal.update({
        where: { id },
        data: { attempts, lastError: describe(error), nextAttemptAt: new Date(now().getTime() + backoffAfter(attempts)) },
      });
      log(`revocation proposal ${id} not delivered (attempt ${attempts}): ${describe(error)}`);
    }
  }

  async function round(): Promise<number> {
    let handled = 0;
    // Keep going while full batches come back: a backlog drains in one round, not one batch per interval.
    for (;;) {
      if (stopped) return handled;
      const ids = await claim();
      for (const id of ids) await deliverOne(id);
      handled += ids.length;
      if (ids.length < batchSize) return handled;
    }
  }

  function runOnce(): Promise<number> {
    if (running) {
      // The running round loops once more for this call (see below) before it resolves.
      again = true;
      return running;
    }
    running = (async () => {
      let handled = 0;
      try {
        do {
          again = false;
          handled += await round();
        } while (again && !stopped);
      } catch (error) {
        // The database itself failed (e.g. it is closing): the next round tries again.
        log(`revocation proposal relay round failed: ${describe(error)}`);
      } finally {
        running = null;
      }
      return handled;
    })();
    return running;
  }

  function soon(): void {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    if (scheduled) return;
    scheduled = true;
    setImmediate(() => {
      scheduled = false;
      if (!stopped) void runOnce();
    });
  }

  const timer = setInterval(() => {
    if (!running) void runOnce();
  }, options.intervalMs ?? 15_000);
  timer.unref();
  soon();

  return {
    soon,
    runOnce,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
