import { expect, it } from 'vitest';

/**
 * The check every rule tester (geometry, photo) starts its suite with: at least one valid and one
 * invalid case, distinct case names, and every invalid case naming the reports it expects.
 */
export function itHasASoundSuite(cases: { readonly valid: readonly { readonly name: string }[]; readonly invalid: readonly { readonly name: string; readonly errors: readonly unknown[] }[] }): void {
  it('has a sound test suite', () => {
    expect(cases.valid.length, 'at least one valid case').toBeGreaterThan(0);
    expect(cases.invalid.length, 'at least one invalid case').toBeGreaterThan(0);
    const names = [...cases.valid, ...cases.invalid].map((c) => c.name);
    expect(new Set(names).size, 'case names are distinct').toBe(names.length);
    for (const c of cases.invalid) expect(c.errors.length, `invalid case ${c.name} names its expected reports`).toBeGreaterThan(0);
  });
}
