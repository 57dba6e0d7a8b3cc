/*
 * What every certify check returns: one line each, naming the Amazon requirement it stands for.
 * A to-do is something only the publisher can do (a real privacy URL, the provider's client
 * secret); it fails only where the run says so (`--submission`, or CI for a missing tool).
 */

export type Outcome = 'pass' | 'fail' | 'todo';

export interface CheckResult {
  /** The Amazon requirement, as the line's tag: "Example phrases", "Invocation name", … */
  readonly requirement: string;
  readonly outcome: Outcome;
  readonly message: string;
}

export const pass = (requirement: string, message: string): CheckResult => ({ requirement, outcome: 'pass', message });
export const fail = (requirement: string, message: string): CheckResult => ({ requirement, outcome: 'fail', message });
export const todo = (requirement: string, message: string): CheckResult => ({ requirement, outcome: 'todo', message });

/** Passes when every problem list is empty; else fails, saying each problem. */
export function verdict(requirement: string, subject: string, problems: readonly string[], passed = 'ok'): CheckResult {
  return problems.length === 0 ? pass(requirement, `${subject}: ${passed}`) : fail(requirement, `${subject}: ${problems.join('; ')}`);
}

const MARKS: Record<Outcome, string> = { pass: '✓', fail: '✗', todo: '…' };

export function formatResult(result: CheckResult): string {
  return `${MARKS[result.outcome]} [${result.requirement}] ${result.message}`;
}

export const failures = (results: readonly CheckResult[]) => results.filter((result) => result.outcome === 'fail');
