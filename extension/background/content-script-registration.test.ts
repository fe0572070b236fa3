import { describe, expect, it } from 'vitest';
import { originsToRegister } from './content-script-registration';

describe('originsToRegister', () => {
  it('keeps granted http(s) origins the static content script does not cover, once each', () => {
    expect(originsToRegister(['http://localhost/*', 'https://zfjg.example.gov.cn/*', 'http://127.0.0.1/*', 'https://zfjg.example.gov.cn/*', 'chrome://favicon/*'])).toEqual([
      'https://zfjg.example.gov.cn/*',
    ]);
  });
});
