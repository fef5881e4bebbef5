import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { AreaLink, AreaRouter, SectionHeader, areaHref, matchPath, pathBelow, useArea, useListQuery } from '../src/index.js';

function Where() {
  const { path, segments, search } = useArea();
  return (
    <p data-testid="where">
      {path}|{segments.join(',')}|{search.get('q') ?? ''}
    </p>
  );
}

function Page({ title }: { title: string }) {
  return (
    <>
      <SectionHeader title={title} />
      <AreaLink to="/aanvragen/a%201">Aanvraag</AreaLink>
      <AreaLink to="erkenningen?q=bakker" current>
        Erkenningen
      </AreaLink>
      <Where />
    </>
  );
}

beforeEach(() => window.history.replaceState(null, '', '/duaal-leren'));
afterEach(cleanup);

describe('areaHref and pathBelow', () => {
  it('joins paths with or without a leading slash', () => {
    expect(areaHref('/duaal-leren', '/aanvragen')).toBe('/duaal-leren/aanvragen');
    expect(areaHref('/duaal-leren', 'aanvragen')).toBe('/duaal-leren/aanvragen');
    expect(areaHref('/duaal-leren', '/')).toBe('/duaal-leren');
    expect(areaHref('', '/')).toBe('/');
    expect(areaHref('/x', '?a=1')).toBe('/x?a=1');
  });

  it('reads the path below the base and ignores paths outside it', () => {
    expect(pathBelow('/duaal-leren', '/duaal-leren/aanvragen/1')).toBe('/aanvragen/1');
    expect(pathBelow('/duaal-leren', '/duaal-leren')).toBe('/');
    expect(pathBelow('/duaal-leren', '/duaal-lerenx')).toBe('/');
    expect(pathBelow('', '/doorlichtingen')).toBe('/doorlichtingen');
  });

  it('matches patterns with parameters', () => {
    expect(matchPath('/jaaractieplannen/:id', '/jaaractieplannen/a%2Fb')).toEqual({ id: 'a/b' });
    expect(matchPath('/jaaractieplannen/:id', '/rondes/1')).toBeUndefined();
  });
});

describe('AreaRouter', () => {
  it('renders links below the base path and navigates on a plain click', () => {
    render(
      <AreaRouter basePath="/duaal-leren">
        <Page title="Aanvragen" />
      </AreaRouter>,
    );
    const link = screen.getByRole('link', { name: 'Aanvraag' });
    expect(link.getAttribute('href')).toBe('/duaal-leren/aanvragen/a%201');
    expect(screen.getByRole('link', { name: 'Erkenningen' }).getAttribute('aria-current')).toBe('page');
    // The shell decides where focus goes on the area's first render.
    expect(document.activeElement).toBe(document.body);

    fireEvent.click(link);
    expect(window.location.pathname).toBe('/duaal-leren/aanvragen/a%201');
    expect(screen.getByTestId('where').textContent).toBe('/aanvragen/a%201|aanvragen,a 1|');
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'Aanvragen' }));

    fireEvent.click(screen.getByRole('link', { name: 'Erkenningen' }));
    expect(screen.getByTestId('where').textContent).toBe('/erkenningen|erkenningen|bakker');
  });

  it('leaves modifier-clicks to the browser', () => {
    render(
      <AreaRouter basePath="/duaal-leren">
        <Page title="Aanvragen" />
      </AreaRouter>,
    );
    fireEvent.click(screen.getByRole('link', { name: 'Aanvraag' }), { ctrlKey: true });
    expect(window.location.pathname).toBe('/duaal-leren');
  });

  it('follows back and forward, and history entries the shell pushes itself', () => {
    const { rerender } = render(
      <AreaRouter basePath="/duaal-leren">
        <Where />
      </AreaRouter>,
    );
    act(() => {
      window.history.pushState(null, '', '/duaal-leren/klachten');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(screen.getByTestId('where').textContent).toBe('/klachten|klachten|');
    // The shell pushes without popstate and re-renders the area.
    window.history.pushState(null, '', '/duaal-leren/beroepen');
    rerender(
      <AreaRouter basePath="/duaal-leren">
        <Where />
      </AreaRouter>,
    );
    expect(screen.getByTestId('where').textContent).toBe('/beroepen|beroepen|');
  });

  it('tells the shell about its navigations through popstate', () => {
    let heard = 0;
    const listener = () => (heard += 1);
    window.addEventListener('popstate', listener);
    render(
      <AreaRouter basePath="/duaal-leren">
        <Page title="Aanvragen" />
      </AreaRouter>,
    );
    fireEvent.click(screen.getByRole('link', { name: 'Aanvraag' }));
    window.removeEventListener('popstate', listener);
    expect(heard).toBe(1);
  });
});

const STATUSES = ['SUBMITTED', 'IN_PROGRESS', 'DECIDED'] as const;

function FilteredList() {
  const query = useListQuery();
  const { navigationCount } = useArea();
  return (
    <>
      <p data-testid="filter">
        {query.getAllOf('status', STATUSES).join('+')}|{query.get('sortering') ?? ''}|{navigationCount}
      </p>
      <button type="button" onClick={() => query.update({ status: ['DECIDED'], sortering: undefined })}>
        Filteren
      </button>
    </>
  );
}

describe('useListQuery', () => {
  it('reads a list filter from the link, keeps only allowed values, and writes changes as a history entry', () => {
    window.history.replaceState(null, '', '/duaal-leren/aanvragen?status=SUBMITTED&status=BOGUS&status=IN_PROGRESS&sortering=DUE_ON_ASC');
    render(
      <AreaRouter basePath="/duaal-leren">
        <FilteredList />
      </AreaRouter>,
    );
    expect(screen.getByTestId('filter').textContent).toBe('SUBMITTED+IN_PROGRESS|DUE_ON_ASC|0');
    const before = window.history.length;

    const button = screen.getByRole('button', { name: 'Filteren' });
    button.focus();
    fireEvent.click(button);
    expect(window.location.pathname + window.location.search).toBe('/duaal-leren/aanvragen?status=DECIDED');
    expect(window.history.length).toBe(before + 1);
    // Not a navigation: no heading focus, the count stays.
    expect(screen.getByTestId('filter').textContent).toBe('DECIDED||0');
    expect(document.activeElement).toBe(button);

    // Back returns to the shell's link with its filter.
    act(() => {
      window.history.replaceState(null, '', '/duaal-leren/aanvragen?status=SUBMITTED');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(screen.getByTestId('filter').textContent).toBe('SUBMITTED||1');
  });
});
