/**
 * ESLint-style tester for photo rules (shared/photo/rules/), like the record and geometry testers.
 * Each case is a photo and the patch it belongs to, run through the real chain: the photo's EXIF
 * is written into a JPEG by our writer (tests/support/jpeg-with-exif.ts) and read back by the real
 * reader, the patch is built from sheet-like records by the real PhotoPatchIndex, and the rule runs
 * through checkPhoto (profile severity included). It refuses sloppy suites: no valid or no invalid
 * case, an invalid case without expected reports, a message id never exercised, or a placeholder a
 * report does not supply.
 */
import { describe, expect, it } from 'vitest';
import { buildRecord } from '../../shared/model/patch-record';
import type { AnyPhotoRule } from '../../shared/photo/define-photo-rule';
import { checkPhoto, type PhotoFinding } from '../../shared/photo/check-photo';
import { readPhotoExif } from '../../shared/photo/photo-exif';
import { PhotoPatchIndex, type PhotoPatch } from '../../shared/photo/photo-patch';
import { builtInProfile } from '../../shared/profiles/profiles';
import type { Profile } from '../../shared/profiles/profile-schema';
import { templatePlaceholders } from '../../shared/report/render-message';
import { jpegWithExif, type ExifSpec } from './jpeg-with-exif';
import { itHasASoundSuite } from './suite-soundness';
import { offerSuite } from './rule-case-sink';

/** A plot row of the sheet, as filed (strings and numbers as a sheet holds them). */
export interface PlotSpec {
  readonly centerX?: number | string;
  readonly centerY?: number | string;
  readonly rectResolved?: string;
  readonly rectDate?: string;
}

export interface PhotoCase {
  readonly name: string;
  /** The photo's EXIF (undefined: a JPEG without EXIF), or raw bytes (a damaged file, a non-image). */
  readonly exif?: ExifSpec;
  readonly bytes?: Uint8Array;
  /** The patch's rows; absent: the photo belongs to no patch of the sheet. */
  readonly patch?: readonly PlotSpec[];
  /** The 矢量范围 as [lon, lat] points of one ring. */
  readonly boundary?: readonly (readonly [number, number])[];
  readonly thresholds?: Partial<Profile['thresholds']>;
}

export interface InvalidPhotoCase extends PhotoCase {
  readonly errors: readonly { readonly messageId: string; readonly data?: Readonly<Record<string, string | number>> }[];
}

export interface PhotoRuleCases {
  readonly valid: readonly PhotoCase[];
  readonly invalid: readonly InvalidPhotoCase[];
}

const PATCH_ID = '130403SJBG26210183';

function patchOf(c: PhotoCase): PhotoPatch | undefined {
  if (!c.patch) return undefined;
  const index = new PhotoPatchIndex();
  for (const plot of c.patch) index.add(PATCH_ID, buildRecord({ patchId: PATCH_ID, ...plot }));
  if (c.boundary) index.setBoundary(PATCH_ID, [Float64Array.from(c.boundary.flat())]);
  return index.get(PATCH_ID);
}

export async function runPhotoCase(rule: AnyPhotoRule, c: PhotoCase): Promise<PhotoFinding[]> {
  const base = builtInProfile('national');
  const profile: Profile = { ...base, thresholds: { ...base.thresholds, ...(c.thresholds ?? {}) } };
  const exif = await readPhotoExif(c.bytes ?? jpegWithExif(c.exif));
  return checkPhoto({ file: `${PATCH_ID}/IMG_0001.jpg`, exif }, patchOf(c), { profile }, [rule]);
}

export function testPhotoRule(rule: AnyPhotoRule, cases: PhotoRuleCases): void {
  if (offerSuite({ ruleId: rule.id, kind: 'photo', rule, cases })) return;
  describe(rule.id, () => {
    itHasASoundSuite(cases);

    for (const c of cases.valid) {
      it(`valid: ${c.name}`, async () => {
        const findings = await runPhotoCase(rule, c);
        expect(findings.map((f) => ({ messageId: f.messageId, data: f.data }))).toEqual([]);
      });
    }

    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, async () => {
        const findings = await runPhotoCase(rule, c);
        expect(findings.map((f) => f.messageId).sort()).toEqual(c.errors.map((e) => e.messageId).sort());
        for (const e of c.errors) {
          const fits = findings.some((f) => f.messageId === e.messageId && (!e.data || Object.entries(e.data).every(([k, v]) => f.data[k] === v)));
          expect(fits, `a report ${JSON.stringify(e)}; got ${JSON.stringify(findings.map((f) => ({ m: f.messageId, data: f.data })))}`).toBe(true);
        }
        for (const f of findings) {
          expect(f.ruleId).toBe(rule.id);
          expect(f.patchId, 'a finding names its patch when the photo has one').toBe(c.patch ? PATCH_ID : undefined);
          const template = (rule.messages as Record<string, string>)[f.messageId];
          expect(template, `message id ${f.messageId} is declared`).toBeDefined();
          for (const name of templatePlaceholders(template ?? '')) expect(f.data, `placeholder {${name}} of ${f.messageId} is supplied`).toHaveProperty(name);
        }
      });
    }

    it('exercises every message id in an invalid case', () => {
      const used = new Set(cases.invalid.flatMap((c) => c.errors.map((e) => e.messageId)));
      for (const id of Object.keys(rule.messages)) expect(used.has(id), `message id ${id} has an invalid case`).toBe(true);
    });
  });
}
