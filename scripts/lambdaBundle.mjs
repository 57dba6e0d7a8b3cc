// The esbuild settings for the Lambda bundle, shared by `npm run build` and `npm run bench`
// (which builds an ask-sdk-core "hello world" with exactly these settings to compare against).
import { build } from 'esbuild';

/*
 * Packages the skill's code paths never run, replaced by a few lines each. The skill only
 * GETs JSON through axios's http adapter with `maxRedirects: 0` and no API client, so:
 *  - form-data (and mime-db, 137 KB of it) backs axios's multipart uploads;
 *  - follow-redirects is axios's transport only when maxRedirects > 0;
 *  - debug is follow-redirects' and agent-base's logger;
 *  - ask-sdk-model's runtime is the Alexa service clients (ServiceClientFactory), which
 *    ask-sdk-core builds only for a skill with `withApiClient`; the skill uses its types only.
 * Each stub fails loudly if that ever changes, naming this file.
 */
const LEFT_OUT = 'is left out of the Lambda bundle by scripts/lambdaBundle.mjs';
export const STUBS = {
  // Node 20+ has a spec-compliant FormData, which axios also understands.
  'form-data': `module.exports = globalThis.FormData;`,
  'follow-redirects': `
    const refuse = { request() { throw new Error('follow-redirects ${LEFT_OUT}; use maxRedirects: 0'); } };
    module.exports = { http: refuse, https: refuse };`,
  debug: `module.exports = function debug() { const log = function () {}; log.enabled = false; log.extend = debug; return log; };
    module.exports.enable = module.exports.disable = function () {}; module.exports.enabled = function () { return false; };`,
  'ask-sdk-model': `
    class ServiceClientFactory { constructor() { throw new Error('ask-sdk-model service clients ${LEFT_OUT}'); } }
    module.exports = { services: { ServiceClientFactory } };`,
};

const stubPlugin = {
  name: 'stub-unused-packages',
  setup(build) {
    const names = Object.keys(STUBS);
    const filter = new RegExp(`^(${names.map((name) => name.replace(/[-/]/g, '\\$&')).join('|')})$`);
    build.onResolve({ filter }, (args) => ({ path: args.path, namespace: 'stub' }));
    build.onLoad({ filter: /.*/, namespace: 'stub' }, (args) => ({ contents: STUBS[args.path], loader: 'js' }));
  },
};

/** esbuild options for one self-contained CommonJS file that runs with no node_modules beside it. */
export function lambdaBuildOptions(entryPoint, outfile) {
  return {
    entryPoints: [entryPoint],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'cjs',
    minify: true,
    sourcemap: false,
    legalComments: 'none',
    logLevel: 'warning',
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [stubPlugin],
  };
}

export function buildLambdaBundle(entryPoint, outfile, extra = {}) {
  return build({ ...lambdaBuildOptions(entryPoint, outfile), ...extra });
}
