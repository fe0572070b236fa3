import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocumentNumber } from './document-number';

describe('parseDocumentNumber', () => {
  it('reads a well-formed 文号', () => {
    expect(parseDocumentNumber('川府土〔2023〕12号')).toEqual({ agency: '川府土', year: 2023, serial: '12', bracket: '〔〕', wellFormed: true });
  });
  it.each([
    ['川府土[2023]12号', '[]'],
    ['川府土【2023】12号', '【】'],
    ['川府土(2023)12号', '()'],
    ['川府土（2023）12号', '（）'],
    ['川府土〔2023]12号', 'mixed'],
  ])('reads %s with the wrong brackets %s', (raw, bracket) => {
    expect(parseDocumentNumber(raw)).toMatchObject({ year: 2023, bracket, wellFormed: false });
  });
  it.each(['川府土2023-12号', '无', ''])('finds no bracketed year in %j', (raw) => expect(parseDocumentNumber(raw)).toBeUndefined());
  it('is not well formed without 号 or with a leading zero serial', () => {
    expect(parseDocumentNumber('川府土〔2023〕12')?.wellFormed).toBe(false);
    expect(parseDocumentNumber('川府土〔2023〕012号')?.wellFormed).toBe(false);
  });
  it('reads back the parts of any generated 文号 (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom('川府土', '国土资函', '鲁政土字', '威自然资发'), fc.integer({ min: 1990, max: 2099 }), fc.integer({ min: 1, max: 9999 }), (agency, year, serial) => {
        expect(parseDocumentNumber(`${agency}〔${year}〕${serial}号`)).toEqual({ agency, year, serial: String(serial), bracket: '〔〕', wellFormed: true });
      }),
    );
    fc.assert(fc.property(fc.string(), (raw) => void parseDocumentNumber(raw)), { numRuns: 1000 });
  });
});
