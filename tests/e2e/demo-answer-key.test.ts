/**
 * End to end: the real CLI audits generated county sheets, and for every row the set of rule ids
 * it reports must equal the answer key exactly — every injected defect found, nothing on clean
 * rows. Runs `node cli/bin/tuban-lint.js audit <file> --format json --as-of 2024-06-30` as a child
 * process on (a) the bundled demo sheet and (b) a fresh sheet with another seed and layout.
 *
 * On a mismatch the test fails with a readable diff: per rule, how many rows were expected, found,
 * missed and unexpected; then the first mismatched rows with their 图斑编号 and injected defect.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, assert, describe, it } from 'vitest';
import { AS_OF, generateCountyExport, type AnswerKeyRow } from '../fixtures/county-export';
import { compareWithKey, type CliFinding } from '../fixtures/answer-key-diff';
import { DEMO_KEY_PATH, DEMO_SHEET_PATH } from '../fixtures/demo-options';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = join(REPO_ROOT, 'cli', 'bin', 'tuban-lint.js');

type CliRun = { readonly ok: true; readonly findings: readonly CliFinding[] } | { readonly ok: false; readonly problem: string };

function head(text: string, lines = 15): string {
  const all = text.split('\n');
  return all.slice(0, lines).join('\n') + (all.length > lines ? `\n… (${all.length - lines} more lines)` : '');
}

/** Runs the CLI; never throws: a crash or unreadable output becomes a described problem. */
function audit(file: string): CliRun {
  if (!existsSync(CLI)) return { ok: false, problem: `the CLI ${CLI} does not exist yet` };
  const result = spawnSync(process.execPath, [CLI, 'audit', file, '--format', 'json', '--as-of', AS_OF], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    timeout: 150_000,
  });
  const context = `exit code ${String(result.status)}${result.signal ? `, signal ${result.signal}` : ''}${result.error ? `, ${result.error.message}` : ''}\n--- stderr ---\n${head(result.stderr ?? '')}\n--- stdout ---\n${head(result.stdout ?? '')}`;
  let parsed: unknown;
  try {
    parsed = JSON.parse(result.stdout ?? '');
  } catch {
    return { ok: false, problem: `the CLI did not print JSON (${context})` };
  }
  const findings = (parsed as { findings?: unknown }).findings;
  if (!Array.isArray(findings)) return { ok: false, problem: `the CLI's JSON has no findings array (${context})` };
  const bad = findings.find((f: unknown) => typeof (f as CliFinding | null)?.ruleId !== 'string');
  if (bad !== undefined) return { ok: false, problem: `a finding without a ruleId: ${JSON.stringify(bad)}` };
  return { ok: true, findings: findings as CliFinding[] };
}

function expectCliMatchesKey(file: string, key: readonly AnswerKeyRow[], label: string): void {
  const run = audit(file);
  if (!run.ok) assert.fail(`${label}: ${run.problem}`);
  const report = compareWithKey(run.findings, key);
  if (report !== '') assert.fail(`${label}: the CLI's findings differ from the answer key.\n\n${report}`);
}

describe('the CLI finds exactly the answer key', () => {
  const tempDirs: string[] = [];
  afterAll(() => {
    for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
  });

  it('on the bundled demo sheet', () => {
    if (!existsSync(DEMO_SHEET_PATH) || !existsSync(DEMO_KEY_PATH)) assert.fail(`demo files missing: run \`npm run fixtures\` (${DEMO_SHEET_PATH})`);
    const key = JSON.parse(readFileSync(DEMO_KEY_PATH, 'utf8')) as AnswerKeyRow[];
    expectCliMatchesKey(DEMO_SHEET_PATH, key, 'demo sheet');
  }, 180_000);

  it('on a fresh sheet with another seed and layout (two header rows, synonyms, 违法面积 in 公顷 and 亩)', () => {
    const out = generateCountyExport({ rows: 240, seed: 7, defectRate: 0.4, columns: 'full', layout: 'grouped2' });
    const dir = mkdtempSync(join(tmpdir(), 'tuban-lint-e2e-'));
    tempDirs.push(dir);
    const file = join(dir, '县级卫片执法图斑-seed7.xlsx');
    writeFileSync(file, out.bytes);
    expectCliMatchesKey(file, out.answerKey, 'fresh sheet (seed 7, grouped2)');
  }, 180_000);
});
