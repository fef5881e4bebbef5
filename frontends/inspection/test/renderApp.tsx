import { act, render } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import App, { type InspectionAppProps } from '../src/App.js';
import { AUDIT_QUERY } from '../src/audit/audit.operations.js';
import { auditDetail, auditId } from './fixtures.js';

/*
 * The one Apollo mock setup of the app's component tests: the whole app (its router reads window.location) inside a
 * MockedProvider, the audit detail answered as often as it is asked, and a mutation's inputs captured.
 */

/** A mutation's variables, `{ input }` as every mutation of the area takes them. */
export type Input = { input: Record<string, unknown> };

/** One mocked answer (MockedProvider's own type is generic per document; a test's list mixes documents). */
export interface Mock {
  request: { query: unknown; variables?: unknown };
  result?: unknown;
  error?: Error;
  maxUsageCount?: number;
}

/** As many answers as the test asks for (a query refetched after every mutation, a list per filter). */
export const ALWAYS = Number.POSITIVE_INFINITY;

/** Renders the app at the current URL with these answers. */
export function renderApp(mocks: readonly Mock[], props: InspectionAppProps = {}) {
  return render(
    <MockedProvider mocks={mocks as never}>
      <App {...props} />
    </MockedProvider>,
  );
}

/** The audit query of the fixture's audit, answered with `detail` (or what `detail()` returns at that moment). */
export function auditMock(detail: Record<string, unknown> | (() => Record<string, unknown>) = auditDetail()): Mock {
  return {
    request: { query: AUDIT_QUERY, variables: { id: auditId } },
    result: typeof detail === 'function' ? () => ({ data: { audit: detail() } }) : { data: { audit: detail } },
    maxUsageCount: ALWAYS,
  };
}

/** The audit page (the URL must be set to it) with the audit and the test's other answers. */
export function renderAudit(extra: readonly Mock[], detail: Record<string, unknown> | (() => Record<string, unknown>) = auditDetail()) {
  return renderApp([auditMock(detail), ...extra]);
}

/** A mock for any variables of `query` that records each request's `input` in `inputs` and answers with `result`. */
export function capturing(query: unknown, inputs: Record<string, unknown>[], result: unknown, maxUsageCount = 1): Mock {
  return { request: { query, variables: (variables: Input) => (inputs.push(variables.input), true) }, result, maxUsageCount };
}

/**
 * `navigator.onLine` under the test's control, and the events the app listens to. Call once per test file; the
 * connection is back on before every test (`reset` in beforeEach).
 */
export function controlConnection() {
  let online = true;
  Object.defineProperty(window.navigator, 'onLine', { configurable: true, get: () => online });
  return {
    reset: () => {
      online = true;
    },
    goOffline: () => {
      online = false;
      act(() => void window.dispatchEvent(new Event('offline')));
    },
    goOnline: () => {
      online = true;
      act(() => void window.dispatchEvent(new Event('online')));
    },
  };
}
