import { describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, renderHook, screen } from '@testing-library/react';
import { CursorPagination, fetchAllPages, useCursorPages } from '../src/index.js';

describe('useCursorPages', () => {
  it('keeps the cursors of the pages seen so that "Vorige" goes back', () => {
    const { result } = renderHook(() => useCursorPages(10));
    expect(result.current.variables).toEqual({ first: 10, after: null });
    act(() => result.current.next('c1'));
    act(() => result.current.next('c2'));
    expect(result.current.page).toBe(3);
    expect(result.current.after).toBe('c2');
    act(() => result.current.previous());
    expect(result.current.variables).toEqual({ first: 10, after: 'c1' });
    act(() => result.current.setPageSize(50));
    expect(result.current.variables).toEqual({ first: 50, after: null });
    act(() => result.current.next(null));
    expect(result.current.page).toBe(1);
  });

  it('starts again at page 1 on reset', () => {
    const { result } = renderHook(() => useCursorPages());
    act(() => result.current.next('c1'));
    act(() => result.current.reset());
    expect(result.current.page).toBe(1);
    expect(result.current.pageSize).toBe(25);
  });
});

describe('CursorPagination', () => {
  it('wires the UI kit pagination to the pages', () => {
    function List() {
      const pages = useCursorPages(10);
      const connection = { nodes: [1, 2], totalCount: 12, pageInfo: { endCursor: `after-${pages.page}`, hasNextPage: pages.page === 1 } };
      return <CursorPagination connection={connection} pages={pages} label="Paginering aanvragen" />;
    }
    render(<List />);
    const navigation = screen.getByRole('navigation', { name: 'Paginering aanvragen' });
    expect(navigation.textContent).toMatch(/1–2 van 12/);
    fireEvent.click(screen.getByRole('button', { name: /Volgende/ }));
    expect(navigation.textContent).toMatch(/11–12 van 12/);
  });

  it('renders nothing before the first answer', () => {
    function Empty() {
      return <CursorPagination connection={undefined} pages={useCursorPages()} />;
    }
    const { container } = render(<Empty />);
    expect(container.innerHTML).toBe('');
  });
});

describe('fetchAllPages', () => {
  it('follows endCursor until the last page', async () => {
    const fetchPage = vi.fn(async (after: string | null) =>
      after === null ? { nodes: [1, 2], pageInfo: { endCursor: 'c1', hasNextPage: true } } : { nodes: [3], pageInfo: { endCursor: 'c2', hasNextPage: false } },
    );
    expect(await fetchAllPages(fetchPage)).toEqual([1, 2, 3]);
    expect(fetchPage).toHaveBeenCalledWith('c1');
  });

  it('stops at maxRows', async () => {
    const fetchPage = vi.fn(async () => ({ nodes: [1, 2], pageInfo: { endCursor: 'again', hasNextPage: true } }));
    expect(await fetchAllPages(fetchPage, 5)).toHaveLength(6);
    expect(fetchPage).toHaveBeenCalledTimes(3);
  });
});
