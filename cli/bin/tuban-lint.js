#!/usr/bin/env node
// The `tuban-lint` command. The CLI itself is the esbuild bundle in ../dist/ (scripts/build-cli.mjs,
// run by `npm ci` and `npm pack`); this launcher is committed so that npm can link the command
// before the bundle is built.
try {
  await import('../dist/tuban-lint.js');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('dist')) throw error;
  process.stderr.write('tuban-lint：命令行尚未构建，请先在仓库根目录运行 npm run build:cli。\n');
  process.exitCode = 2;
}
