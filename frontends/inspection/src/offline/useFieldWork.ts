import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { isApiRefusal } from '@werkplek/frontend-kit';
import { newId } from '../shared/ids.js';
import { fieldStoreFor, type FieldState, type FieldStore, type QueuedOperation } from './fieldStore.js';
import { flushQueue, refreshAfterChange, send } from './flushQueue.js';

function subscribeOnline(listener: () => void): () => void {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
}

/** navigator.onLine as React state (true where the browser cannot tell). */
export function useOnline(): boolean {
  return useSyncExternalStore(subscribeOnline, () => navigator.onLine !== false, () => true);
}

export type NewOperation = Omit<QueuedOperation, 'id' | 'createdAt' | 'error'>;

export interface FieldWork {
  store: FieldStore;
  state: FieldState;
  /** No connection: the browser says so, or the last request failed on the network. */
  offline: boolean;
  /**
   * Sends now when the connection is up and nothing waits before it ("sent"); otherwise keeps it on the device and
   * sends it later ("queued"). A refusal by the server is thrown when sent now, so the form shows it by its fields.
   */
  submit: (operation: NewOperation) => Promise<'sent' | 'queued'>;
  /** Keeps it on the device and sends it in order (answers, saved as they are typed). */
  queue: (operation: NewOperation) => void;
  flush: () => Promise<void>;
}

const RETRY_MS = 10_000;

/** The field work of one audit: its local drafts and queue, the connection state, and sending. */
export function useFieldWork(auditId: string): FieldWork {
  const client = useApolloClient();
  const store = fieldStoreFor(auditId);
  const state = useSyncExternalStore(store.subscribe, store.getState, store.getState);
  const online = useOnline();
  const waitingCount = state.queue.filter((entry) => !entry.error).length;

  const flush = useCallback(() => flushQueue(client, store), [client, store]);

  // Send what waits: when the page opens, when the browser is back online, and every few seconds while something
  // waits (navigator.onLine does not notice a dead Wi-Fi or a gateway that was down).
  useEffect(() => {
    void flush();
    window.addEventListener('online', flush);
    return () => window.removeEventListener('online', flush);
  }, [flush]);
  useEffect(() => {
    if (waitingCount === 0) return;
    const timer = window.setInterval(() => void flush(), RETRY_MS);
    return () => window.clearInterval(timer);
  }, [flush, waitingCount]);

  const queue = useCallback(
    (operation: NewOperation) => {
      store.enqueue({ ...operation, id: newId(), createdAt: new Date().toISOString() });
      void flush();
    },
    [store, flush],
  );

  const submit = useCallback(
    async (operation: NewOperation): Promise<'sent' | 'queued'> => {
      const entry: QueuedOperation = { ...operation, id: newId(), createdAt: new Date().toISOString() };
      const reachable = navigator.onLine !== false && !store.getState().networkDown;
      if (reachable && store.waiting().length === 0) {
        try {
          await send(client, entry);
          store.setNetworkDown(false);
          await refreshAfterChange(client, store, entry.answer ? [entry.answer] : []);
          return 'sent';
        } catch (error) {
          if (isApiRefusal(error)) throw error;
          // The request may or may not have arrived: the queued repeat carries the same client ids, so it cannot
          // act twice.
          store.setNetworkDown(true);
        }
      }
      store.enqueue(entry);
      void flush();
      return 'queued';
    },
    [client, store, flush],
  );

  return { store, state, offline: !online || state.networkDown, submit, queue, flush };
}
