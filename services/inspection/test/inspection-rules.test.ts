import { describe, expect, it } from 'vitest';
import { parseLocalDate } from '@werkplek/subgraph-kit';
import { inspectionReference, startOfTodayUtc } from '../src/inspection/inspection.rules.js';

describe('inspection rules', () => {
  it('formats the reference from the planned year and the running number', () => {
    expect(inspectionReference({ number: 7, plannedOn: new Date('2027-03-16T00:00:00Z') })).toBe('INS-2027-0007');
  });
  it('reads only real calendar dates', () => {
    expect(parseLocalDate('2028-02-29')?.toISOString()).toBe('2028-02-29T00:00:00.000Z');
    expect(parseLocalDate('2027-02-29')).toBeNull();
    expect(parseLocalDate('2027-13-01')).toBeNull();
    expect(parseLocalDate('27-01-01')).toBeNull();
  });
  it('takes the start of the day in UTC as today', () => {
    expect(startOfTodayUtc(new Date('2026-11-23T15:30:00Z')).toISOString()).toBe('2026-11-23T00:00:00.000Z');
  });
});
