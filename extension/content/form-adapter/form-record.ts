import type { AreaUnit } from '../../../shared/model/areas';
import type { FieldId } from '../../../shared/model/field-dictionary';
import { buildRecord, type PatchRecord } from '../../../shared/model/patch-record';
import type { FormReading } from './read-form';

/**
 * The record of a form: every field found on the page is present (a found but empty control is
 * "unanswered", which rules read differently from "not on this page"); values as shown; units
 * from labels or neighbouring text.
 */
export function recordOfForm(reading: FormReading, defaultAreaUnit: AreaUnit): PatchRecord {
  const raw: Partial<Record<FieldId, string>> = {};
  const units: Partial<Record<FieldId, AreaUnit>> = {};
  for (const [field, r] of reading.fields) {
    raw[field] = r.text;
    if (r.unit) units[field] = r.unit;
  }
  return buildRecord(raw, { present: reading.fields.keys(), units, defaultAreaUnit });
}
