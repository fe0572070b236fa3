#!/usr/bin/env node
// Serves extension/fixtures on 127.0.0.1 for looking at the replica pages by hand or loading the
// unpacked extension against them: `node scripts/serve-fixtures.mjs [port]` (0 or nothing = a free
// port). Same server as the e2e tests use (tests/support/fixture-server.ts), loaded through tsx.
import { tsImport } from 'tsx/esm/api';

const portArgument = process.argv[2] ?? '0';
const port = Number(portArgument);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  process.stderr.write(`端口无效：${portArgument}（用法：node scripts/serve-fixtures.mjs [端口，0 为随机]）\n`);
  process.exit(2);
}

const { startFixtureServer } = await tsImport('../tests/support/fixture-server.ts', import.meta.url);
const server = await startFixtureServer({ port });
process.stdout.write(`${server.origin}/\n`);
process.stderr.write(`fixture pages: ${server.url('index.html')} — Ctrl+C to stop\n`);

const stop = () => {
  server.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
