import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ESLint } from 'eslint';
import { projectRoot } from './builtBundle';

/*
 * `ask deploy` leaves a .ask/ folder in the checkout, and `npm test` lints first. With the
 * custom build flow (hooks/build.sh) and code src ./src, the ASK CLI writes:
 *   .ask/ask-states.json   the skill id, the deploy hashes and the cfn-deployer's stack state
 *   .ask/src/              a copy of ./src, the folder it runs the hook in
 *   .ask/src/build.zip     the zip the hook wrote there
 * Lint must pass with that folder present. It runs here on a throwaway checkout of the real
 * lint setup (the project's eslint.config.mjs, .gitignore and tsconfig.json, its node_modules
 * linked in) holding one small source file and such a .ask/ folder. ESLint runs in a process of
 * its own, as `npm run lint` runs it: jest's module sandbox cannot load an ESM config file.
 */

/** An empty zip archive: just the end-of-central-directory record. */
const EMPTY_ZIP = Buffer.from([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)]);

const ASK_STATES = {
  askcliStatesVersion: '2020-03-31',
  profiles: {
    default: {
      skillId: 'amzn1.ask.skill.00000000-0000-0000-0000-000000000000',
      skillMetadata: { lastDeployHash: 'b3f1c0de', lastDeployType: 'interaction-model' },
      code: { default: { lastDeployHash: 'Zm9vYmFy' }, EU: { lastDeployHash: 'Zm9vYmFy' }, FE: { lastDeployHash: 'Zm9vYmFy' } },
      skillInfrastructure: {
        '@ask-cli/cfn-deployer': {
          deployState: {
            default: {
              s3: { bucket: 'ask-playlistreader-default-useast1-1700000000000', key: 'endpoint/build.zip' },
              stackId: 'arn:aws:cloudformation:us-east-1:123456789012:stack/ask-PlaylistReader-default-skillStack-1700000000000/0',
              outputs: [],
            },
          },
        },
      },
    },
  },
};

let checkout: string;

beforeAll(() => {
  checkout = mkdtempSync(path.join(tmpdir(), 'playlist-reader-lint-'));
  for (const file of ['eslint.config.mjs', '.gitignore', 'tsconfig.json']) {
    cpSync(path.join(projectRoot, file), path.join(checkout, file));
  }
  symlinkSync(path.join(projectRoot, 'node_modules'), path.join(checkout, 'node_modules'), 'dir');
  mkdirSync(path.join(checkout, 'src'));
  writeFileSync(path.join(checkout, 'src', 'greeting.ts'), 'export const greeting = (name: string): string => `Hello, ${name}.`;\n');

  const ask = path.join(checkout, '.ask');
  cpSync(path.join(projectRoot, 'src'), path.join(ask, 'src'), { recursive: true });
  writeFileSync(path.join(ask, 'src', 'build.zip'), EMPTY_ZIP);
  writeFileSync(path.join(ask, 'ask-states.json'), `${JSON.stringify(ASK_STATES, null, 2)}\n`);
});

afterAll(() => {
  rmSync(checkout, { recursive: true, force: true });
});

it('lints a checkout that holds the .ask/ folder ask deploy leaves, without a problem and without looking inside .ask/', () => {
  const eslintBin = path.join(checkout, 'node_modules', 'eslint', 'bin', 'eslint.js');
  const lint = spawnSync(process.execPath, [eslintBin, '--max-warnings=0', '--format=json', '.'], { cwd: checkout, encoding: 'utf8' });
  const results = JSON.parse(lint.stdout || '[]') as ESLint.LintResult[];

  const problems = results.flatMap((result) =>
    result.messages.map((message) => `${path.relative(checkout, result.filePath)}: ${message.message.split('\n')[0]}`),
  );
  expect(problems).toEqual([]);
  expect(results.map((result) => path.relative(checkout, result.filePath)).sort()).toEqual([
    'eslint.config.mjs',
    path.join('src', 'greeting.ts'),
  ]);
  expect(lint.stderr).toBe('');
  expect(lint.status).toBe(0);
}, 30_000);
