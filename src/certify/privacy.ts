import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { MEMORY_TTL_DAYS } from '../skill/persistence/dynamoDbPersistenceAdapter';
import { CheckResult, fail, pass, todo, verdict } from './checkResult';
import { localesOf, SkillPackage } from './skillPackage';

/*
 * Amazon: a skill that uses account linking needs a privacy policy URL, and the question whether it
 * collects personal information (`usesPersonalInfo`) must be answered honestly. The repo's
 * PRIVACY.md is that policy's source: it must say what is kept and for how long (the figures are
 * read from the code and the template, so they cannot drift), and how a person is forgotten.
 * The URLs are the publisher's to fill in, in skill.json; placeholders fail `--submission`.
 */

const REQUIREMENT = 'Privacy';
const PLACEHOLDER_HOSTS = /(^|\.)(example\.(com|org|net)|localhost|invalid|test|example)$/i;

export interface PrivacySources {
  /** PRIVACY.md's text, or undefined when there is none. */
  readonly policy: string | undefined;
  /** The CloudFormation template's text. */
  readonly template: string;
  /** SkillDisabledHandler.ts's source. */
  readonly skillDisabledHandler: string;
}

export function readPrivacySources(root: string): PrivacySources {
  const policyPath = path.join(root, 'PRIVACY.md');
  return {
    policy: existsSync(policyPath) ? readFileSync(policyPath, 'utf8') : undefined,
    template: readFileSync(path.join(root, 'infrastructure/cfn-deployer/skill-stack.yaml'), 'utf8'),
    skillDisabledHandler: readFileSync(path.join(root, 'src/skill/handlers/SkillDisabledHandler.ts'), 'utf8'),
  };
}

/** Why a URL is not one a person can open, or undefined when it is. */
export function placeholderProblem(url: string | undefined): string | undefined {
  if (url === undefined || url.trim() === '') return 'is not set';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `"${url}" is not a URL`;
  }
  if (parsed.protocol !== 'https:') return `"${url}" is not HTTPS`;
  if (PLACEHOLDER_HOSTS.test(parsed.hostname) || /todo|changeme|your-/i.test(parsed.hostname)) return `"${url}" is a placeholder`;
  return undefined;
}

function policyProblems(skillPackage: SkillPackage, sources: PrivacySources): string[] {
  const policy = sources.policy ?? '';
  const problems: string[] = [];
  if (!new RegExp(`\\b${MEMORY_TTL_DAYS} days\\b`).test(policy))
    problems.push(`does not say memory is kept ${MEMORY_TTL_DAYS} days (MEMORY_TTL_DAYS)`);
  const retention = /LogRetentionDays:[\s\S]*?Default:\s*(\d+)/.exec(sources.template)?.[1];
  if (!retention) problems.push('the template has no default LogRetentionDays');
  else if (!new RegExp(`\\blogs?\\b[\\s\\S]{0,300}?\\b${retention} days\\b`, 'i').test(policy))
    problems.push(`does not say logs are kept ${retention} days (LogRetentionDays)`);
  if (!/DynamoDB/.test(policy)) problems.push('does not name the DynamoDB memory table');
  if (!/playlist names?/i.test(policy)) problems.push('does not say playlist names are kept');
  if (!/disabl/i.test(policy)) problems.push('does not say how a person is forgotten (disabling the skill)');
  const answer = /`usesPersonalInfo`[^\n]*?\*\*(yes|no)\*\*/i.exec(policy)?.[1]?.toLowerCase();
  const declared = skillPackage.manifest.privacyAndCompliance.usesPersonalInfo;
  if (answer === undefined) problems.push('does not answer `usesPersonalInfo` (**yes** or **no**)');
  else if ((answer === 'yes') !== declared) problems.push(`answers usesPersonalInfo **${answer}**, skill.json says ${String(declared)}`);
  return problems;
}

function forgettingProblems(skillPackage: SkillPackage, sources: PrivacySources): string[] {
  const problems: string[] = [];
  if (!skillPackage.manifest.events?.subscriptions?.some((event) => event.eventName === 'SKILL_DISABLED')) {
    problems.push('skill.json does not subscribe to SKILL_DISABLED');
  }
  if (!/\.forget\(\)/.test(sources.skillDisabledHandler)) problems.push('SkillDisabledHandler does not forget the person');
  return problems;
}

export function checkPrivacy(skillPackage: SkillPackage, sources: PrivacySources, submission: boolean): CheckResult[] {
  const results: CheckResult[] = [];
  if (sources.policy === undefined) results.push(fail(REQUIREMENT, 'PRIVACY.md: missing'));
  else
    results.push(
      verdict(
        REQUIREMENT,
        'PRIVACY.md',
        policyProblems(skillPackage, sources),
        'says what is kept, for how long, and how to be forgotten; agrees with usesPersonalInfo',
      ),
    );
  results.push(verdict(REQUIREMENT, 'forgetting', forgettingProblems(skillPackage, sources), 'SKILL_DISABLED deletes the memory'));
  for (const locale of localesOf(skillPackage)) {
    const urls = skillPackage.manifest.privacyAndCompliance.locales?.[locale] ?? {};
    for (const field of ['privacyPolicyUrl', 'termsOfUseUrl'] as const) {
      const problem = placeholderProblem(urls[field]);
      const subject = `${locale} ${field}`;
      if (!problem) results.push(pass(REQUIREMENT, `${subject}: ${urls[field]}`));
      else {
        const message = `${subject} ${problem}: set the real URL in skill-package/skill.json (privacyAndCompliance.locales) before you submit`;
        results.push(submission ? fail(REQUIREMENT, message) : todo(REQUIREMENT, message));
      }
    }
  }
  return results;
}
