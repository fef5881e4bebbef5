import { beforeEach, describe, expect, it } from 'vitest';
import { FieldStore, storageKey, type QueuedOperation } from '../src/offline/fieldStore.js';

const entry = (id: string, extra: Partial<QueuedOperation> = {}): QueuedOperation => ({
  id,
  operation: 'AnswerChecklistQuestion',
  variables: { input: { auditId: 'a', questionId: 'q1', booleanValue: true } },
  label: `Antwoord ${id}`,
  createdAt: '2026-11-20T10:00:00.000Z',
  ...extra,
});

beforeEach(() => localStorage.clear());

describe('FieldStore', () => {
  it('survives a reload: answers, form drafts and the queue are read back from storage', () => {
    const store = new FieldStore('a', localStorage);
    store.setAnswerDraft('q1', { booleanValue: true });
    store.setFormDraft('finding', { title: 'Half getypt' });
    store.enqueue(entry('e1'));
    const reloaded = new FieldStore('a', localStorage);
    expect(reloaded.getState().answers).toEqual({ q1: { booleanValue: true } });
    expect(reloaded.getState().forms['finding']).toEqual({ title: 'Half getypt' });
    expect(reloaded.waiting().map((operation) => operation.id)).toEqual(['e1']);
    expect(reloaded.getState().networkDown).toBe(false);
  });

  it('replaces a waiting answer to the same question, but not the one being sent', () => {
    const store = new FieldStore('a', localStorage);
    store.enqueue(entry('e1', { key: 'answer:q1' }));
    store.enqueue(entry('e2', { key: 'answer:q1' }));
    expect(store.waiting().map((operation) => operation.id)).toEqual(['e2']);
    store.setInFlight('e2');
    store.enqueue(entry('e3', { key: 'answer:q1' }));
    expect(store.waiting().map((operation) => operation.id)).toEqual(['e2', 'e3']);
  });

  it('keeps a refused entry apart until it is retried or removed, and forgets everything when empty', () => {
    const store = new FieldStore('a', localStorage);
    store.enqueue(entry('e1'));
    store.markRefused('e1', 'De server weigerde.');
    expect(store.waiting()).toEqual([]);
    store.retry('e1');
    expect(store.waiting()).toHaveLength(1);
    store.remove('e1');
    expect(localStorage.getItem(storageKey('a'))).toBeNull();
  });

  it('drops an answer draft only when the server holds that very answer', () => {
    const store = new FieldStore('a', localStorage);
    store.setAnswerDraft('q1', { numberText: '3' });
    store.clearAnswerDraftIf('q1', { numberText: '2' });
    expect(store.getState().answers['q1']).toEqual({ numberText: '3' });
    store.clearAnswerDraftIf('q1', { numberText: '3' });
    expect(store.getState().answers['q1']).toBeUndefined();
  });
});
