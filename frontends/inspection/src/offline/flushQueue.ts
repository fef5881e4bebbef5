import { apiErrorMessage } from '@werkplek/ui';
import type { ApolloClient } from '@apollo/client';
import type { DocumentNode } from 'graphql';
import { isApiRefusal } from '@werkplek/frontend-kit';
import type { AnswerDraft, FieldOperationName, FieldStore, QueuedOperation } from './fieldStore.js';
import {
  ANSWER_MUTATION,
  CLOSE_AUDIT_MUTATION,
  COMPLETE_REPORT_MUTATION,
  EVALUATE_RECOMMENDATION_MUTATION,
  ISSUE_RECOMMENDATION_MUTATION,
  PREPARE_AUDIT_MUTATION,
  RECORD_FINDING_MUTATION,
  REPORT_AUDIT_MUTATION,
  START_AUDIT_MUTATION,
  START_FOLLOW_UP_MUTATION,
} from './fieldWork.operations.js';
import { UPDATE_FINDING_MUTATION } from '../findings/findings.operations.js';
import { REMOVE_EVIDENCE_MUTATION } from '../evidence/evidence.operations.js';
import { ASSIGN_AUDITORS_MUTATION } from '../team/team.operations.js';

// The queue stores an operation's name (documents do not survive JSON); this maps it back. Typed loosely on purpose:
// the variables were built by the typed form that queued them, and stored as JSON since.
const documents: Record<FieldOperationName, DocumentNode> = {
  AnswerChecklistQuestion: ANSWER_MUTATION,
  RecordFinding: RECORD_FINDING_MUTATION,
  UpdateFinding: UPDATE_FINDING_MUTATION,
  IssueRecommendation: ISSUE_RECOMMENDATION_MUTATION,
  EvaluateRecommendation: EVALUATE_RECOMMENDATION_MUTATION,
  PrepareAudit: PREPARE_AUDIT_MUTATION,
  StartAudit: START_AUDIT_MUTATION,
  ReportAudit: REPORT_AUDIT_MUTATION,
  CompleteAuditReport: COMPLETE_REPORT_MUTATION,
  StartAuditFollowUp: START_FOLLOW_UP_MUTATION,
  CloseAudit: CLOSE_AUDIT_MUTATION,
  RemoveEvidence: REMOVE_EVIDENCE_MUTATION,
  AssignAuditors: ASSIGN_AUDITORS_MUTATION,
};

export function send(client: ApolloClient, entry: Pick<QueuedOperation, 'operation' | 'variables'>): Promise<unknown> {
  return client.mutate({ mutation: documents[entry.operation], variables: entry.variables });
}

const browserOffline = () => typeof navigator !== 'undefined' && navigator.onLine === false;

/** After a change the audit page shows the server's state again (the audit, its checklist, findings, status). */
async function refresh(client: ApolloClient, store: FieldStore, sentAnswers: readonly { questionId: string; draft: AnswerDraft }[]) {
  try {
    await client.refetchQueries({ include: ['AuditDetail', 'AuditsList', 'RecommendationsList'] });
    // Only now: dropping a draft before the refetch would show the old answer for a moment.
    for (const { questionId, draft } of sentAnswers) store.clearAnswerDraftIf(questionId, draft);
  } catch {
    // The connection dropped again: the drafts stay and show the same values; the next flush refreshes.
  }
}

const running = new Map<FieldStore, Promise<void>>();

/**
 * Sends the waiting entries one by one, oldest first (a report after the answers it needs). One flush per store at a
 * time: a second call while one runs joins it, so an entry is never sent twice at once. A refusal marks the entry and
 * goes on; a network failure stops until the next trigger (the online event, the retry timer, a new entry).
 */
export function flushQueue(client: ApolloClient, store: FieldStore): Promise<void> {
  const current = running.get(store);
  if (current) return current;
  const run = (async () => {
    // Yield first: without an await the whole body (and its finally) would run before `running.set` below, leaving
    // a settled promise in the map that every later call would return.
    await Promise.resolve();
    const sentAnswers: { questionId: string; draft: AnswerDraft }[] = [];
    let changed = false;
    try {
      for (;;) {
        const next = store.waiting()[0];
        if (!next) break;
        if (browserOffline()) {
          store.setNetworkDown(true);
          break;
        }
        store.setInFlight(next.id);
        try {
          await send(client, next);
          store.setInFlight(undefined);
          store.remove(next.id);
          store.setNetworkDown(false);
          changed = true;
          if (next.answer) sentAnswers.push(next.answer);
        } catch (error) {
          store.setInFlight(undefined);
          if (isApiRefusal(error)) {
            store.markRefused(next.id, apiErrorMessage(error));
          } else {
            store.setNetworkDown(true);
            break;
          }
        }
      }
      if (changed) await refresh(client, store, sentAnswers);
    } finally {
      running.delete(store);
    }
  })();
  running.set(store, run);
  return run;
}

export { refresh as refreshAfterChange };
