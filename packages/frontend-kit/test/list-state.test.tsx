import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import {
  AreaRouter,
  dateFromQuery,
  sortStateOf,
  sortValueOf,
  sortValuesOf,
  useDraftFromQuery,
  useListPages,
  useListQuery,
  yearFromQuery,
  yesNoFilter,
} from '../src/index.js';

beforeEach(() => window.history.replaceState(null, '', '/lijst?status=OPEN&vanaf=2027-02-30&jaar=2027'));
afterEach(cleanup);

describe('list state in the URL', () => {
  it('reads sorts, days, years and yes/no safely', () => {
    expect(sortStateOf('DUE_ON_DESC')).toEqual({ key: 'DUE_ON', direction: 'descending' });
    expect(sortStateOf('rommel')).toBeUndefined();
    expect(sortValueOf({ key: 'DUE_ON', direction: 'ascending' })).toBe('DUE_ON_ASC');
    expect(sortValuesOf(['NAME'])).toEqual(['NAME_ASC', 'NAME_DESC']);
    expect([yesNoFilter('ja'), yesNoFilter('nee'), yesNoFilter('misschien')]).toEqual([true, false, undefined]);
  });

  it('keeps the form draft until it is applied, follows the URL when it changes, and restarts paging on a new filter', () => {
    function List() {
      const query = useListQuery();
      const pages = useListPages(query, 10);
      const [draft, setDraft] = useDraftFromQuery(query, () => ({ status: query.get('status') ?? '', from: dateFromQuery(query, 'vanaf'), year: yearFromQuery(query, 'jaar') }));
      return (
        <>
          <p data-testid="state">
            {draft.status}|{draft.from}|{draft.year}|{pages.page}|{String(pages.variables.after)}
          </p>
          <button type="button" onClick={() => setDraft({ ...draft, status: 'CLOSED' })}>
            Typen
          </button>
          <button type="button" onClick={() => pages.next('cursor-2')}>
            Volgende
          </button>
          <button type="button" onClick={() => query.update({ status: draft.status })}>
            Zoeken
          </button>
        </>
      );
    }
    render(
      <AreaRouter basePath="">
        <List />
      </AreaRouter>,
    );
    // An impossible day from a hand-edited link is left out.
    expect(screen.getByTestId('state').textContent).toBe('OPEN||2027|1|null');
    fireEvent.click(screen.getByRole('button', { name: 'Volgende' }));
    fireEvent.click(screen.getByRole('button', { name: 'Typen' }));
    expect(screen.getByTestId('state').textContent).toBe('CLOSED||2027|2|cursor-2');
    expect(window.location.search).toContain('status=OPEN');
    fireEvent.click(screen.getByRole('button', { name: 'Zoeken' }));
    expect(window.location.search).toContain('status=CLOSED');
    expect(screen.getByTestId('state').textContent).toBe('CLOSED||2027|1|null');
    // Back: the draft follows the URL.
    act(() => {
      window.history.replaceState(null, '', '/lijst?status=OPEN');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(screen.getByTestId('state').textContent).toBe('OPEN|||1|null');
  });
});
