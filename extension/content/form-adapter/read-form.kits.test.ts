import { describe, expect, it } from 'vitest';
import { readForm } from './read-form';
import { defaultAdapterContext, loadKitPage } from './testing/load-fixture';

describe('probe', () => {
  it.each(['layui', 'element-plus'] as const)('%s', async (kit) => {
    const page = await loadKitPage(kit);
    const r = readForm(page.document, defaultAdapterContext());
    console.log(JSON.stringify(Object.fromEntries([...r.fields].map(([f, v]) => [f, v.text]))));
  });
});
