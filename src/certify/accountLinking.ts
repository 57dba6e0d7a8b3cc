import { main } from '../linkingTool/cli';
import { CheckResult, fail, pass, todo } from './checkResult';

/*
 * Amazon: an account-linked skill's linking must work for the certifier. The project's own
 * checker (`npm run linking -- check`) runs here. The provider's client ID and secret are the
 * publisher's to supply: without them the plain run lists a to-do, `--submission` fails.
 */

const REQUIREMENT = 'Account linking';
const CREDENTIAL_MISSING = /^error\s+(clientId|clientSecret): is missing/;

export async function checkAccountLinking(root: string, env: NodeJS.ProcessEnv, submission: boolean): Promise<CheckResult[]> {
  const lines: string[] = [];
  const collect = (line: string) => lines.push(line);
  const status = await main(['check'], env, { out: collect, err: collect }, root);
  const [summary, ...details] = lines;
  const errors = details.filter((line) => line.startsWith('error'));
  if (status === 0) return [pass(REQUIREMENT, `npm run linking -- check: ${summary}`)];
  if (errors.length > 0 && errors.every((line) => CREDENTIAL_MISSING.test(line))) {
    const message = `npm run linking -- check: the provider's client credentials are not set here (${errors.map((line) => line.replace(/^error\s+/, '')).join('; ')})`;
    return [submission ? fail(REQUIREMENT, message) : todo(REQUIREMENT, message)];
  }
  return [fail(REQUIREMENT, `npm run linking -- check: ${[summary, ...errors].join(' | ')}`)];
}
