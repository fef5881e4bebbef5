import { describe, expect, it } from 'vitest';
import { endOfDayInBrussels, formatDate, formatDateTime, formatPercent, isLocalDate, isoDate, today } from '../src/index.js';

describe('dates in Brussels', () => {
  it('formats a LocalDate without shifting the day', () => {
    expect(formatDate('2026-03-14')).toBe('14 maart 2026');
    expect(formatDate('2026-01-01')).toBe('1 januari 2026');
  });

  it('formats a timestamp on its day in Brussels', () => {
    // 23:30 UTC on 31 December is already 1 January in Brussels.
    expect(formatDate('2025-12-31T23:30:00Z')).toBe('1 januari 2026');
    expect(formatDateTime('2026-07-01T07:05:00Z')).toMatch(/^1 juli 2026.*09:05$/);
  });

  it('shows a dash for empty values and the raw text for unreadable ones', () => {
    expect(formatDate(null)).toBe('–');
    expect(formatDateTime(undefined)).toBe('–');
    expect(formatDate('morgen')).toBe('morgen');
  });

  it('gives today and CSV days in Brussels', () => {
    expect(today(new Date('2025-12-31T23:30:00Z'))).toBe('2026-01-01');
    expect(isoDate('2025-12-31T23:30:00Z')).toBe('2026-01-01');
    expect(isoDate('2026-03-14')).toBe('2026-03-14');
    expect(isoDate(null)).toBe('');
  });

  it('checks LocalDates', () => {
    expect(isLocalDate('2026-02-28')).toBe(true);
    expect(isLocalDate('2026-02-30')).toBe(false);
    expect(isLocalDate('28/02/2026')).toBe(false);
  });

  it('ends a deadline day at midnight in Brussels, summer and winter', () => {
    expect(endOfDayInBrussels('2027-04-30')).toBe('2027-04-30T21:59:59.000Z');
    expect(endOfDayInBrussels('2027-01-15')).toBe('2027-01-15T22:59:59.000Z');
  });

  it('formats percentages the Belgian way', () => {
    expect(formatPercent(12.54)).toBe('12,5 %');
    expect(formatPercent(null)).toBe('–');
  });
});
