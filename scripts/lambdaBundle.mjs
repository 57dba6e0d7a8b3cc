// The esbuild settings for the Lambda bundle, shared by `npm run build` and `npm run bench`
// (which builds an ask-sdk-core "hello world" with exactly these settings to compare against).
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync } from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

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

/*
 * The provider clients and axios are half the bundle, and a launch never runs them. Lazy
 * evaluation is not enough: V8 still parses every function in the file at load time. So
 * they are built first into a CommonJS string, and the bundle compiles that string on the
 * first request that needs a provider; brotli makes the string a third of the size, so
 * even scanning it at load costs less. `errors.ts` is handed in rather than bundled twice,
 * so that `instanceof ProviderError` still holds across the boundary.
 */
const LAZY_CLIENT_IMPORT = /^\.\/(SpotifyClient|YouTubeClient)$/;
const SHARED_ERRORS_ID = 'playlist-reader:provider-errors';
const ERRORS_FILE = path.join(root, 'src/skill/providers/errors.ts');

async function buildProviderClientsSource() {
  const shareErrors = {
    name: 'share-provider-errors',
    setup(build) {
      build.onResolve({ filter: /(^|\/)errors$/ }, (args) =>
        path.resolve(args.resolveDir, args.path) + '.ts' === ERRORS_FILE ? { path: SHARED_ERRORS_ID, external: true } : undefined,
      );
    },
  };
  const result = await build({
    stdin: {
      contents: `export { SpotifyClient } from './src/skill/providers/spotify/SpotifyClient';
        export { YouTubeClient } from './src/skill/providers/youtube/YouTubeClient';`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'cjs',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
    write: false,
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [stubPlugin, shareErrors],
  });
  return result.outputFiles[0].text;
}

const compileClientsOnFirstUse = {
  name: 'compile-provider-clients-on-first-use',
  setup(build) {
    let source;
    build.onResolve({ filter: LAZY_CLIENT_IMPORT }, () => ({ path: 'provider-clients', namespace: 'deferred' }));
    build.onLoad({ filter: /.*/, namespace: 'deferred' }, async () => {
      source ??= brotliCompressSync(await buildProviderClientsSource()).toString('base64');
      return {
        resolveDir: root,
        loader: 'js',
        contents: `
          const errors = require(${JSON.stringify(ERRORS_FILE)});
          const clients = { exports: {} };
          const code = require('node:zlib').brotliDecompressSync(Buffer.from(${JSON.stringify(source)}, 'base64')).toString();
          new Function('require', 'module', 'exports', code)(
            (id) => (id === ${JSON.stringify(SHARED_ERRORS_ID)} ? errors : require(id)), clients, clients.exports);
          module.exports = clients.exports;`,
      };
    });
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
    plugins: [stubPlugin, compileClientsOnFirstUse],
  };
}

export function buildLambdaBundle(entryPoint, outfile, extra = {}) {
  return build({ ...lambdaBuildOptions(entryPoint, outfile), ...extra });
}
