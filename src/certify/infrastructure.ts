import { spawnSync } from 'node:child_process';
import { CheckResult, fail, pass, todo } from './checkResult';

/*
 * cfn-lint over the CloudFormation template, informational findings included (`-c I`): the
 * template `ask deploy` deploys in every Alexa region must lint clean. Without cfn-lint the
 * check is a to-do, and a failure when CI=true.
 */

const REQUIREMENT = 'Infrastructure';

interface Finding {
  readonly Rule: { readonly Id: string };
  readonly Message: string;
  readonly Location: { readonly Start: { readonly LineNumber: number } };
}

export function checkTemplate(templatePath: string, env: NodeJS.ProcessEnv = process.env): CheckResult[] {
  const lint = spawnSync('cfn-lint', ['--format', 'json', '--include-checks', 'I', '--', templatePath], { encoding: 'utf8', env });
  if (lint.error) {
    const message = `cfn-lint is not installed: install it (pip install cfn-lint, or apt-get install cfn-lint) to lint ${templatePath}`;
    return [env.CI === 'true' ? fail(REQUIREMENT, message) : todo(REQUIREMENT, message)];
  }
  let findings: Finding[];
  try {
    findings = JSON.parse(lint.stdout || '[]') as Finding[];
  } catch {
    return [fail(REQUIREMENT, `cfn-lint gave no JSON (exit ${lint.status}): ${lint.stderr.trim() || lint.stdout.trim()}`)];
  }
  if (findings.length === 0 && lint.status === 0)
    return [pass(REQUIREMENT, `cfn-lint ${templatePath}: no findings, informational included`)];
  if (findings.length === 0) return [fail(REQUIREMENT, `cfn-lint exited ${lint.status}: ${lint.stderr.trim()}`)];
  return findings.map((finding) =>
    fail(REQUIREMENT, `cfn-lint ${finding.Rule.Id} ${templatePath}:${finding.Location.Start.LineNumber}: ${finding.Message}`),
  );
}
