import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, startOfDay } from '../src/index.js';

describe('the Belgian calendar day', () => {
  it('keeps a DATE value on its day and reads an instant on the Belgian calendar', () => {
    expect(startOfDay(new Date('2026-11-23T00:00:00Z')).toISOString()).toBe('2026-11-23T00:00:00.000Z');
    // 23:10 UTC in November is 00:10 in Brussels: already the 24th for the people using the platform.
    expect(startOfDay(new Date('2026-11-23T23:10:00Z')).toISOString()).toBe('2026-11-24T00:00:00.000Z');
    // Summer time: 22:30 UTC is 00:30 in Brussels.
    expect(startOfDay(new Date('2027-06-30T22:30:00Z')).toISOString()).toBe('2027-07-01T00:00:00.000Z');
    expect(startOfDay(new Date('2027-06-30T21:30:00Z')).toISOString()).toBe('2027-06-30T00:00:00.000Z');
  });

  it('counts days on that calendar', () => {
    expect(daysBetween(new Date('2026-11-23T23:10:00Z'), new Date('2026-11-24T00:00:00Z'))).toBe(0);
    expect(addDays(new Date('2026-11-23T23:10:00Z'), 14).toISOString()).toBe('2026-12-08T00:00:00.000Z');
  });
});
