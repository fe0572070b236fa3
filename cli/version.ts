/** The CLI's version: cli/package.json's, put in by the bundler (scripts/build-cli.mjs); vitest and tsx runs see the fallback. */
declare const __TUBAN_LINT_VERSION__: string | undefined;

export const CLI_VERSION: string = typeof __TUBAN_LINT_VERSION__ === 'string' ? __TUBAN_LINT_VERSION__ : '0.0.0-dev';
