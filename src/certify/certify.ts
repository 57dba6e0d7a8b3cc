import path from 'node:path';
import { checkAccountLinking } from './accountLinking';
import { buildIntoEmptyFolder, projectRoot } from './builtSkill';
import { CheckResult } from './checkResult';
import { checkExamplePhrases } from './examplePhrases';
import { checkFunctional } from './functional';
import { checkTemplate } from './infrastructure';
import { checkInvocationNames } from './invocationName';
import { checkListing } from './listing';
import { checkPrivacy, readPrivacySources } from './privacy';
import { readSkillPackage, SkillPackage } from './skillPackage';
import { startSkillUnderTest } from './skillUnderTest';

/*
 * Every certification check, offline: the skill package, the models, the built Lambda against
 * the demo library, the template, the linking preset. `npm run certify` prints the results; the
 * jest suite asserts them.
 */

export interface CertifyOptions {
  /** Placeholder URLs and missing linking credentials fail instead of being to-dos. */
  readonly submission?: boolean;
  /** The skill package to check; the repo's when left out. */
  readonly skillPackage?: SkillPackage;
  /** A folder holding a built index.js; a fresh build of the repo when left out. */
  readonly bundleFolder?: string;
  readonly root?: string;
  readonly env?: NodeJS.ProcessEnv;
}

/** The checks that need no built skill. */
export async function staticChecks(options: CertifyOptions = {}): Promise<CheckResult[]> {
  const root = options.root ?? projectRoot;
  const env = options.env ?? process.env;
  const skillPackage = options.skillPackage ?? readSkillPackage(path.join(root, 'skill-package'));
  const submission = options.submission ?? false;
  return [
    ...checkInvocationNames(skillPackage),
    ...checkListing(skillPackage, submission),
    ...checkPrivacy(skillPackage, readPrivacySources(root), submission),
    ...checkTemplate(path.relative(process.cwd(), path.join(root, 'infrastructure/cfn-deployer/skill-stack.yaml')), env),
    ...(await checkAccountLinking(root, env, submission)),
  ];
}

/** The checks that run the built skill: example phrases and the functional tests. */
export async function skillChecks(bundleFolder: string, skillPackage: SkillPackage = readSkillPackage()): Promise<CheckResult[]> {
  const skill = await startSkillUnderTest(bundleFolder);
  try {
    return [...(await checkExamplePhrases(skillPackage, skill)), ...(await checkFunctional(skillPackage, skill))];
  } finally {
    await skill.close();
  }
}

export async function certify(options: CertifyOptions = {}): Promise<CheckResult[]> {
  const root = options.root ?? projectRoot;
  const skillPackage = options.skillPackage ?? readSkillPackage(path.join(root, 'skill-package'));
  const bundleFolder = options.bundleFolder ?? buildIntoEmptyFolder(root);
  return [...(await skillChecks(bundleFolder, skillPackage)), ...(await staticChecks({ ...options, root, skillPackage }))];
}
