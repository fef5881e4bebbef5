import { describe, expect, it } from 'vitest';
import { parseEnterpriseNumber, parseEstablishmentNumber, withCheckDigits } from '../src/workplace/belgian-numbers.js';
import { provinceOfPostalCode } from '../src/workplace/province.js';

describe('KBO numbers', () => {
  it('accepts an enterprise number with valid check digits, dotted or not', () => {
    // 4561237 = 97 × 47023 + 6, so the check digits are 97 − 6 = 91
    expect(withCheckDigits('04561237')).toBe('0456123791');
    expect(parseEnterpriseNumber('0456.123.791')).toBe('0456123791');
    expect(parseEnterpriseNumber('0456123791')).toBe('0456123791');
  });
  it('refuses wrong check digits, wrong first digit and wrong length', () => {
    expect(parseEnterpriseNumber('0456.123.792')).toBeNull();
    expect(parseEnterpriseNumber('2456.123.791')).toBeNull();
    expect(parseEnterpriseNumber('045612379')).toBeNull();
  });
  it('tells establishment numbers (2-8) from enterprise numbers (0-1)', () => {
    const establishment = withCheckDigits('21345678');
    expect(parseEstablishmentNumber(establishment)).toBe(establishment);
    expect(parseEstablishmentNumber(withCheckDigits('01345678'))).toBeNull();
  });
});

describe('province of a postal code', () => {
  it.each([
    ['1000', 'BRUSSEL'],
    ['1800', 'VLAAMS_BRABANT'],
    ['2018', 'ANTWERPEN'],
    ['3000', 'VLAAMS_BRABANT'],
    ['3500', 'LIMBURG'],
    ['8500', 'WEST_VLAANDEREN'],
    ['9000', 'OOST_VLAANDEREN'],
  ])('%s lies in %s', (postalCode, province) => {
    expect(provinceOfPostalCode(postalCode)).toBe(province);
  });
  it('gives null for Wallonia and for malformed codes', () => {
    expect(provinceOfPostalCode('4000')).toBeNull();
    expect(provinceOfPostalCode('1300')).toBeNull();
    expect(provinceOfPostalCode('90000')).toBeNull();
  });
});
