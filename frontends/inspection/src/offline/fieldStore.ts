/**
 * The inspector's work in the field, kept on the device per audit (localStorage) so nothing typed is lost when the
 * connection drops or the tablet reloads: the answers as they are typed, the drafts of open forms, and the queue of
 * mutations still to send. The queue is sent in order; every entry carries the client-chosen ids the API uses to
 * recognise a repeat (services/inspection/README.md), so sending an entry twice never acts twice.
 */
export type FieldOperationName =
  | 'AnswerChecklistQuestion'
  | 'RecordFinding'
  | 'UpdateFinding'
  | 'IssueRecommendation'
  | 'EvaluateRecommendation'
  | 'PrepareAudit'
  | 'StartAudit'
  | 'ReportAudit'
  | 'CompleteAuditReport'
  | 'StartAuditFollowUp'
  | 'CloseAudit'
  | 'RemoveEvidence'
  | 'AssignAuditors';

export interface QueuedOperation {
  /** The queue entry's own id. */
  id: string;
  operation: FieldOperationName;
  /** The mutation's variables: `{ input }` for most, `{ id, clientMutationId }` for RemoveEvidence. */
  variables: Record<string, unknown>;
  /** What the inspector sees in the list of pending work, e.g. "Antwoord op vraag 1.2". */
  label: string;
  /** A newer entry with the same key replaces a waiting one (an answer typed again before it was sent). */
  key?: string;
  createdAt: string;
  /** The server refused it (a rule or a validation): kept so the inspector can read why, then discard it. */
  error?: string;
  /** For an answer: the draft it was made from, dropped once the server holds it. */
  answer?: { questionId: string; draft: AnswerDraft };
}

/** The `input` of a queued mutation (empty for one that takes other variables). */
export function inputOf(entry: Pick<QueuedOperation, 'variables'>): Record<string, unknown> {
  const input = entry.variables['input'];
  return typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
}

/** An answer as typed; numbers stay text until sent, so a half-typed "3," is not lost. */
export interface AnswerDraft {
  booleanValue?: boolean;
  numberText?: string;
  textValue?: string;
  note?: string;
}

export interface FieldState {
  answers: Readonly<Record<string, AnswerDraft>>;
  forms: Readonly<Record<string, Readonly<Record<string, string>>>>;
  queue: readonly QueuedOperation[];
  /** The last request failed on the network (navigator.onLine can say "online" on a dead Wi-Fi). Not persisted. */
  networkDown: boolean;
  /** Id of the queue entry being sent. Not persisted. */
  inFlight?: string;
}

type Persisted = Pick<FieldState, 'answers' | 'forms' | 'queue'>;

const emptyState: FieldState = { answers: {}, forms: {}, queue: [], networkDown: false };

export const storageKey = (auditId: string) => `werkplek.inspection.field.v1.${auditId}`;

function load(storage: Storage | undefined, auditId: string): FieldState {
  try {
    const raw = storage?.getItem(storageKey(auditId));
    if (!raw) return emptyState;
    const parsed = JSON.parse(raw) as Partial<Persisted>;
    return {
      answers: typeof parsed.answers === 'object' && parsed.answers !== null ? parsed.answers : {},
      forms: typeof parsed.forms === 'object' && parsed.forms !== null ? parsed.forms : {},
      queue: Array.isArray(parsed.queue) ? parsed.queue : [],
      networkDown: false,
    };
  } catch {
    // Unreadable (another version, a manual edit): start empty rather than break the audit page.
    return emptyState;
  }
}

function defaultStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    // Storage disabled by the browser's privacy settings: the app still works, without the offline draft.
    return undefined;
  }
}

/** One audit's field work: a small external store for useSyncExternalStore, written through to storage. */
export class FieldStore {
  private state: FieldState;
  private readonly listeners = new Set<() => void>();

  constructor(
    readonly auditId: string,
    private readonly storage: Storage | undefined = defaultStorage(),
  ) {
    this.state = load(storage, auditId);
  }

  getState = (): FieldState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private update(change: Partial<FieldState>): void {
    this.state = { ...this.state, ...change };
    const { answers, forms, queue } = this.state;
    const empty = Object.keys(answers).length === 0 && Object.keys(forms).length === 0 && queue.length === 0;
    try {
      if (empty) this.storage?.removeItem(storageKey(this.auditId));
      else this.storage?.setItem(storageKey(this.auditId), JSON.stringify({ answers, forms, queue } satisfies Persisted));
    } catch {
      // Storage full or unavailable: keep working in memory; the pending list still shows what is not sent.
    }
    for (const listener of this.listeners) listener();
  }

  setAnswerDraft(questionId: string, draft: AnswerDraft): void {
    this.update({ answers: { ...this.state.answers, [questionId]: draft } });
  }

  /** Drops a draft once the server holds that very answer (not when it was typed again meanwhile). */
  clearAnswerDraftIf(questionId: string, sent: AnswerDraft): void {
    const current = this.state.answers[questionId];
    if (!current || JSON.stringify(current) !== JSON.stringify(sent)) return;
    const { [questionId]: _removed, ...rest } = this.state.answers;
    this.update({ answers: rest });
  }

  setFormDraft(form: string, values: Record<string, string> | undefined): void {
    const { [form]: _removed, ...rest } = this.state.forms;
    this.update({ forms: values ? { ...rest, [form]: values } : rest });
  }

  enqueue(operation: QueuedOperation): void {
    // A new answer to a question replaces the refused one: the refusal no longer applies.
    const queue = this.state.queue.filter((entry) => !(operation.key && entry.key === operation.key && entry.error));
    const waiting = operation.key
      ? queue.findIndex((entry) => entry.key === operation.key && entry.id !== this.state.inFlight)
      : -1;
    if (waiting >= 0) queue[waiting] = operation;
    else queue.push(operation);
    this.update({ queue });
  }

  remove(id: string): void {
    this.update({ queue: this.state.queue.filter((entry) => entry.id !== id) });
  }

  markRefused(id: string, error: string): void {
    this.update({ queue: this.state.queue.map((entry) => (entry.id === id ? { ...entry, error } : entry)) });
  }

  /** Sends a refused entry again (e.g. after the precondition was met). */
  retry(id: string): void {
    this.update({ queue: this.state.queue.map((entry) => (entry.id === id ? { ...entry, error: undefined } : entry)) });
  }

  setNetworkDown(networkDown: boolean): void {
    if (this.state.networkDown !== networkDown) this.update({ networkDown });
  }

  setInFlight(inFlight: string | undefined): void {
    this.update({ inFlight });
  }

  /** Entries still to send (not refused), oldest first. */
  waiting(): QueuedOperation[] {
    return this.state.queue.filter((entry) => !entry.error);
  }
}

const stores = new Map<string, FieldStore>();

/** One store per audit per page, so every component of the audit page sees the same queue. */
export function fieldStoreFor(auditId: string): FieldStore {
  let store = stores.get(auditId);
  if (!store) {
    store = new FieldStore(auditId);
    stores.set(auditId, store);
  }
  return store;
}

/** For tests: forget the stores (storage is cleared by the test itself). */
export function resetFieldStores(): void {
  stores.clear();
}
