import { ruleRegistrySource } from './geometry-rule-files';

/** Files in shared/photo/rules/ that are not rules: only the registry. Everything else there is `<rule-id>.ts`. */
export const PHOTO_RULE_SUPPORT_FILES: readonly string[] = ['index.ts'];

/** The photo rule registry's exact text for a sorted list of rule ids. */
export function photoRegistrySource(ids: readonly string[]): string {
  return ruleRegistrySource(ids, {
    script: 'scripts/write-photo-rule-registry.ts',
    metaTest: 'tests/meta/photo-rule-conventions.test.ts',
    ruleType: 'AnyPhotoRule',
    typeModule: '../define-photo-rule',
    listName: 'PHOTO_RULES',
    kind: 'photo',
  });
}
