/**
 * Lets the rule reference (scripts/rule-reference.ts) read the cases of every rule's test file
 * without running them: while a sink is open, `testRule` / `testGeometryRule` / `testPhotoRule` hand their suite
 * to it instead of declaring tests. Test files stay the one home of a rule's examples.
 */
export interface CollectedSuite {
  readonly ruleId: string;
  readonly kind: 'record' | 'geometry' | 'photo';
  /** The rule and its cases as the tester received them. */
  readonly rule: unknown;
  readonly cases: unknown;
}

const SINK = Symbol.for('tuban-lint.rule-case-sink');
type Holder = { [SINK]?: CollectedSuite[] };

/** Called by the testers: true when the suite was collected (declare no tests then). */
export function offerSuite(suite: CollectedSuite): boolean {
  const sink = (globalThis as Holder)[SINK];
  if (!sink) return false;
  sink.push(suite);
  return true;
}

/** Imports the given test files with a sink open and returns the suites they offered. */
export async function collectSuites(testFiles: readonly string[]): Promise<CollectedSuite[]> {
  const holder = globalThis as Holder;
  const sink: CollectedSuite[] = [];
  holder[SINK] = sink;
  try {
    for (const file of testFiles) {
      const before = sink.length;
      try {
        await import(file);
      } catch (error) {
        // A test file may declare tests of its own beside its suite (date-in-future): outside a
        // running test file vitest refuses them. The suite was offered first; only then is it moot.
        if (sink.length === before) throw error;
      }
    }
  } finally {
    delete holder[SINK];
  }
  return sink;
}
