import { fieldDefinition, type FieldId } from '../model/field-dictionary';
import { DECIMALS, percentOf, roundDecimal } from './report-numbers';

/** A figure: a number, or null when it cannot be derived (then listed under `missing`). */
export type Figure = number | null;

/** Why a figure is blank, in Chinese: the report never invents a figure. */
export interface MissingFigure {
  readonly key: string;
  readonly reason: string;
}

export type FigureTree = { [key: string]: Figure | FigureTree };

/** The fields a figure needs: all of `all`, and one of `anyOf` when given. */
export interface FigureNeeds {
  readonly all?: readonly FieldId[];
  readonly anyOf?: readonly FieldId[];
}

function label(field: FieldId): string {
  return fieldDefinition(field).labels[0] ?? field;
}

/**
 * The figures of a report under stable dotted keys (`land.issued.count`), each rounded as the
 * README says, and the list of those left blank with the reason.
 */
export class FigureBook {
  private readonly values = new Map<string, Figure>();
  private readonly blanks: MissingFigure[] = [];
  private readonly rows = new Map<string, readonly number[]>();

  /** `keepRows`: remember the rows behind counts (the PWA's drill-down); off for the CLI. */
  constructor(
    private readonly present: ReadonlySet<FieldId>,
    private readonly keepRows = false,
  ) {}

  /** The reason a figure needing these fields cannot be derived from this input, or undefined. */
  lacking(needs: FigureNeeds): string | undefined {
    const missing = (needs.all ?? []).filter((f) => !this.present.has(f));
    if (missing.length > 0) return `表中没有${missing.map((f) => `“${label(f)}”`).join('、')}列`;
    if (needs.anyOf && !needs.anyOf.some((f) => this.present.has(f))) return `表中没有${needs.anyOf.map((f) => `“${label(f)}”`).join('或')}列`;
    return undefined;
  }

  blank(key: string, reason: string): void {
    this.values.set(key, null);
    this.blanks.push({ key, reason });
  }

  /** A count or an area (rounded to `decimals`), blank when the input lacks the fields it needs; `rows` = the rows behind it. */
  put(key: string, value: number, needs: FigureNeeds = {}, decimals = 0, rows?: () => readonly number[]): void {
    const reason = this.lacking(needs);
    if (reason !== undefined) return this.blank(key, reason);
    this.values.set(key, roundDecimal(value, decimals));
    if (rows && this.keepRows) this.rows.set(key, rows());
  }

  /** The sheet rows behind each count that has them (PWA: click a figure → its records). */
  rowsBehind(): Readonly<Record<string, readonly number[]>> {
    return Object.fromEntries(this.rows);
  }

  /** An area in 公顷 and 亩 (`<key>Ha`, `<key>Mu`). */
  putArea(key: string, area: { ha: number; mu: number }, needs: FigureNeeds): void {
    this.put(`${key}Ha`, area.ha, needs, DECIMALS.ha);
    this.put(`${key}Mu`, area.mu, needs, DECIMALS.mu);
  }

  /** num / den in percent; blank when either is, or when the denominator is zero. */
  putPercent(key: string, num: number, den: number, needs: FigureNeeds = {}): void {
    const reason = this.lacking(needs);
    if (reason !== undefined) return this.blank(key, reason);
    const pct = percentOf(num, den);
    if (pct === null) this.blank(key, '分母为零');
    else this.values.set(key, pct);
  }

  get(key: string): Figure | undefined {
    return this.values.get(key);
  }

  /** Every figure by dotted key, in the order they were computed. */
  flat(): Readonly<Record<string, Figure>> {
    return Object.fromEntries(this.values);
  }

  /** The same figures as nested objects: `land.issued.count` is `tree.land.issued.count`. */
  tree(): FigureTree {
    const root: FigureTree = {};
    for (const [key, value] of this.values) {
      const parts = key.split('.');
      let node = root;
      for (const part of parts.slice(0, -1)) {
        const next = node[part];
        if (typeof next === 'object' && next !== null) node = next;
        else {
          const created: FigureTree = {};
          node[part] = created;
          node = created;
        }
      }
      node[parts[parts.length - 1] ?? key] = value;
    }
    return root;
  }

  missing(): readonly MissingFigure[] {
    return this.blanks;
  }
}
