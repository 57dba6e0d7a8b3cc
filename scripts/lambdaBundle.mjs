// The Lambda bundle: esbuild turns src/skill/lambda.ts into one CommonJS file, dist/lambda/index.js,
// that runs with no node_modules beside it. Its source map sits beside it for `npm run stack`,
// and scripts/licenseNotices.mjs writes the notices of every package inside it.
// `npm run bench` builds its hello world with the same options.
import { build } from 'esbuild';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { thirdPartyNotices } from './licenseNotices.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const LEFT_OUT = 'is left out of the Lambda bundle by scripts/lambdaBundle.mjs';

/*
 * Whole packages that axios and ask-sdk-core require but the skill never runs, each replaced
 * by a few lines that throw, naming the package, if they are ever reached. The skill sends
 * JSON, with `maxRedirects: 0`, connects directly, and calls no Alexa service client.
 */
const NEVER_RUN = {
  // axios's multipart bodies; it brings mime-db (137 KB).
  'form-data': `module.exports = class FormData { constructor() { throw new Error('form-data ${LEFT_OUT}'); } };`,
  // axios's transport only when maxRedirects > 0.
  'follow-redirects': `const refuse = { request() { throw new Error('follow-redirects ${LEFT_OUT}; use maxRedirects: 0'); } };
    module.exports = { http: refuse, https: refuse };`,
  // axios's transport through an HTTPS_PROXY; it brings agent-base and debug. No Lambda of this skill sets a proxy.
  'https-proxy-agent': `module.exports = class HttpsProxyAgent { constructor() { throw new Error('https-proxy-agent ${LEFT_OUT}'); } };`,
  // The Alexa service clients (62 KB); ask-sdk-core makes one only for a skill built withApiClient. The skill uses the package's types alone.
  'ask-sdk-model': `class ServiceClientFactory { constructor() { throw new Error('ask-sdk-model ${LEFT_OUT}'); } }
    module.exports = { services: { ServiceClientFactory } };`,
};

const neverRunPlugin = {
  name: 'never-run-packages',
  setup(build) {
    const filter = new RegExp(`^(${Object.keys(NEVER_RUN).join('|')})$`);
    build.onResolve({ filter }, (args) => ({ path: args.path, namespace: 'never-run' }));
    build.onLoad({ filter: /.*/, namespace: 'never-run' }, (args) => ({ contents: NEVER_RUN[args.path], loader: 'js' }));
  },
};

/** esbuild options for one CommonJS file that runs with no node_modules beside it. */
export function lambdaBuildOptions(overrides = {}) {
  return {
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'cjs',
    minify: true,
    // Function names survive minification, so a logged stack reads without the map too.
    keepNames: true,
    // Beside the bundle for `npm run stack`; never loaded at run time (no --enable-source-maps).
    sourcemap: 'linked',
    sourcesContent: false,
    // The notices ship whole in THIRD_PARTY_NOTICES.txt instead.
    legalComments: 'none',
    logLevel: 'warning',
    metafile: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    // The nodejs22.x runtime provides the AWS SDK v3; the skill requires it only when PERSISTENCE_TABLE is set.
    external: ['@aws-sdk/*'],
    ...overrides,
    plugins: [neverRunPlugin, ...(overrides.plugins ?? [])],
  };
}

/** Builds `outdir` (dist/lambda by default) from scratch: index.js, index.js.map and THIRD_PARTY_NOTICES.txt. */
export async function buildLambdaBundle(outdir = path.join(root, 'dist', 'lambda')) {
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  const result = await build(lambdaBuildOptions({ entryPoints: ['src/skill/lambda.ts'], outfile: path.join(outdir, 'index.js') }));
  writeFileSync(path.join(outdir, 'THIRD_PARTY_NOTICES.txt'), thirdPartyNotices(root, Object.keys(result.metafile.inputs)));
}
