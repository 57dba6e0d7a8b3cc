import type { Problem } from './validateAccountLinking';

export function countBySeverity(problems: readonly Problem[]): { errors: number; warnings: number } {
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  return { errors, warnings: problems.length - errors };
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((problem) => problem.severity === 'error');
}

/** One line per problem, errors first, each starting with its severity and field. */
export function formatProblems(problems: readonly Problem[]): string[] {
  const ordered = [...problems.filter((p) => p.severity === 'error'), ...problems.filter((p) => p.severity === 'warning')];
  return ordered.map((problem) => `${problem.severity.padEnd(7)} ${problem.field}: ${problem.message}`);
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/**
 * Masks the client secret wherever it might have slipped into text meant for a terminal or a CI
 * log. The validator already never quotes it; this is the second lock on the same door.
 */
export function redactSecret(text: string, secret: unknown): string {
  if (typeof secret !== 'string' || secret.length < 4) return text;
  return text.split(secret).join('[client secret]');
}
