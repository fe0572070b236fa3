#!/usr/bin/env node
// Serves the built PWA (dist/pwa, with the demo sheet under demo/) on 127.0.0.1:
// `node scripts/serve-pwa.mjs [port]` (default 4173; 0 = a free port). Builds it first when
// dist/pwa is missing. Same static server as the end-to-end tests (tests/support/fixture-server.ts).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tsImport } from 'tsx/esm/api';

const portArgument = process.argv[2] ?? '4173';
const port = Number(portArgument);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  process.stderr.write(`端口无效：${portArgument}（用法：node scripts/serve-pwa.mjs [端口，0 为随机]）\n`);
  process.exit(2);
}
if (!existsSync('dist/pwa/index.html')) {
  const build = spawnSync('npm', ['run', '--silent', 'build:pwa'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 2);
}

const { startFixtureServer } = await tsImport('../tests/support/fixture-server.ts', import.meta.url);
let server;
try {
  server = await startFixtureServer({ port, root: 'dist/pwa' });
} catch (error) {
  if (error?.code !== 'EADDRINUSE') throw error;
  process.stderr.write(`端口 ${port} 已被占用，改用一个空闲端口。\n`);
  server = await startFixtureServer({ port: 0, root: 'dist/pwa' });
}
process.stdout.write(`\n图斑校核（本地 PWA）：${server.origin}/#/audit\n`);
process.stdout.write(`演示表：在“批量校核”页点“载入演示表”，或选择 demo/ 下的文件。按 Ctrl+C 停止。\n`);

const stop = () => {
  server.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
