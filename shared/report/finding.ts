import type { FieldId } from '../model/field-dictionary';

export type Severity = 'error' | 'warning' | 'info';

export const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };
export const SEVERITY_LABEL: Readonly<Record<Severity, string>> = { error: '错误', warning: '警告', info: '提示' };

/** Values that fill a message template's {placeholders}. */
export type MessageData = Readonly<Record<string, string | number>>;

/**
 * Where a finding is, as the user sees it (frictionless: 1-based positions). A sheet row is the
 * row number Excel shows, title and header rows counted; a form finding has only fields.
 */
export interface FindingLocation {
  readonly row?: number;
  readonly patchId?: string;
  readonly plotId?: string;
}

/** A finding is data; text is rendered at the edge (report/render-message.ts). */
export interface Finding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly fields: readonly FieldId[];
  readonly messageId: string;
  readonly data: MessageData;
  readonly location: FindingLocation;
}
