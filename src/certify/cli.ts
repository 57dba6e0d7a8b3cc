import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { buildIntoEmptyFolder } from './builtSkill';
import { certify } from './certify';
import { failures, formatResult } from './checkResult';

const USAGE = `Checks Amazon's certification requirements offline, against skill-package/ and a fresh build of the Lambda.

Usage:
  npm run certify                 to-dos (placeholder URLs, linking credentials) are listed, not failed
  npm run certify -- --submission the same, but every to-do fails: run it before you submit

Exit codes: 0 every check passed, 1 a check failed, 2 wrong usage.`;

async function run(argv: string[]): Promise<number> {
  let submission: boolean;
  try {
    const { values } = parseArgs({ args: argv, options: { submission: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
    if (values.help) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    submission = values.submission ?? false;
  } catch (error) {
    process.stderr.write(`certify: ${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  const bundleFolder = buildIntoEmptyFolder();
  try {
    const results = await certify({ submission, bundleFolder });
    for (const result of results) process.stdout.write(`${formatResult(result)}\n`);
    const failed = failures(results).length;
    const todos = results.filter((result) => result.outcome === 'todo').length;
    process.stdout.write(
      `\ncertify${submission ? ' --submission' : ''}: ${results.length} checks, ${failed} failed, ${todos} to-do${todos === 1 ? '' : 's'}\n`,
    );
    return failed > 0 ? 1 : 0;
  } finally {
    rmSync(bundleFolder, { recursive: true, force: true });
  }
}

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`certify: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
