// The Lambda bundle: plain CommonJS files in dist/lambda/ that run with no node_modules beside them.
//
//   index.js         the skill as a launch needs it: ask-sdk-core, the interceptors, the linking
//                    gate, the welcome and the greetings of every locale, logging. All a launch reads.
//   conversation.js  src/skill/handlers/conversationHandlers.ts and what only it needs: every other
//                    handler, the rest of each locale's words, name matching, screens, the person's
//                    memory. Required on the first request that is not a launch.
//   providers.js     src/skill/providers/providerClients.ts and what only it needs, axios included;
//                    required on the first request that needs a provider
//   shared.js        the modules both conversation.js and providers.js use (the provider errors),
//                    built once, so that `instanceof ProviderError` holds across the files;
//                    required on first use
//   *.js.map         source maps for `npm run stack`; nothing loads them at run time
//   THIRD_PARTY_NOTICES.txt   the licenses of every package inside the files above
//
// A module is in exactly one file. conversation.js and providers.js take the modules they share
// with index.js from index.js itself (`require('./index.js').bundledModules`), so there is one
// logger, one request context, one ask-sdk-core in a container.
//
// Shared by `npm run build` and `npm run bench` (which builds an ask-sdk-core hello world
// with lambdaBuildOptions() to compare against).
import { build } from 'esbuild';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SKILL_ENTRY = 'src/skill/lambda.ts';

export const OUTPUT = {
  skill: 'index.js',
  conversation: 'conversation.js',
  providers: 'providers.js',
  shared: 'shared.js',
  notices: 'THIRD_PARTY_NOTICES.txt',
};

/** The files a launch never reads, each with the one module the skill reaches it by, always with `import()`. */
const DEFERRED = {
  [OUTPUT.conversation]: 'src/skill/handlers/conversationHandlers.ts',
  [OUTPUT.providers]: 'src/skill/providers/providerClients.ts',
};
/** What index.js exports besides the handler: the modules the deferred files take from it. */
const BUNDLED_MODULES = 'bundledModules';

/*
 * Packages the skill's code paths never run, replaced by a few lines each. The skill only
 * GETs JSON through axios's http adapter with `maxRedirects: 0` and no API client, so:
 *  - form-data (and mime-db, 137 KB of it) backs axios's multipart uploads;
 *  - follow-redirects is axios's transport only when maxRedirects > 0;
 *  - debug is follow-redirects' and agent-base's logger;
 *  - ask-sdk-model's runtime is the Alexa service clients (ServiceClientFactory), which
 *    ask-sdk-core builds only for a skill with `withApiClient`; the skill uses its types only;
 *  - axios's fetch adapter builds test Request/Response objects when it loads, and reading
 *    those globals makes Node load undici (about 14 ms); the skill asks for the http adapter;
 *  - Node's http2, which axios's http adapter imports for `httpVersion: 2` only, and which costs
 *    several ms of the first provider request to load;
 *  - axios's xhr adapter is for browsers;
 *  - proxy-from-env, https-proxy-agent (with agent-base) and axios's shouldBypassProxy serve
 *    HTTP(S)_PROXY, which no Lambda of this skill sets: 13 KB of the 200 KB budget. The bundle
 *    always connects directly.
 * Each stub fails loudly if that ever changes, naming this file.
 */
const LEFT_OUT = 'is left out of the Lambda bundle by scripts/lambdaBundle.mjs';
export const STUBS = {
  // Never `globalThis.FormData`: reading it loads undici. axios still recognises a real FormData by its tag.
  'form-data': `module.exports = class FormData { constructor() { throw new Error('form-data ${LEFT_OUT}'); } };`,
  'follow-redirects': `
    const refuse = { request() { throw new Error('follow-redirects ${LEFT_OUT}; use maxRedirects: 0'); } };
    module.exports = { http: refuse, https: refuse };`,
  debug: `module.exports = function debug() { const log = function () {}; log.enabled = false; log.extend = debug; return log; };
    module.exports.enable = module.exports.disable = function () {}; module.exports.enabled = function () { return false; };`,
  'ask-sdk-model': `
    class ServiceClientFactory { constructor() { throw new Error('ask-sdk-model service clients ${LEFT_OUT}'); } }
    module.exports = { services: { ServiceClientFactory } };`,
  'http2 (for axios)': `
    const refuse = () => { throw new Error("axios's HTTP/2 transport ${LEFT_OUT}; the skill speaks HTTP/1.1"); };
    module.exports = { connect: refuse, get constants() { return refuse(); } };`,
  // The bundle connects directly: a proxy variable in the environment is not honoured (and so never reaches the stubs below).
  'proxy-from-env': `exports.getProxyForUrl = function getProxyForUrl() { return ''; };`,
  'https-proxy-agent': `
    module.exports = class HttpsProxyAgent { constructor() { throw new Error('https-proxy-agent ${LEFT_OUT}'); } };`,
  'axios/lib/helpers/shouldBypassProxy.js': `
    export default function shouldBypassProxy() { throw new Error("axios's proxy support ${LEFT_OUT}"); }`,
  'axios/lib/adapters/xhr.js': `export default false;`,
  // axios's http adapter reaches these only for a data: URL, an upload or download with
  // progress events or a rate limit, a FormData body or HTTP/2; the skill asks https URLs for JSON.
  'axios/lib/helpers/fromDataURI.js': `
    export default function fromDataURI() { throw new Error("axios's data: URLs ${LEFT_OUT}"); }`,
  'axios/lib/helpers/estimateDataURLDecodedBytes.js': `
    const refuse = () => { throw new Error("axios's data: URLs ${LEFT_OUT}"); };
    export default refuse;
    export const estimateDataURLBufferAllocation = refuse;`,
  'axios/lib/helpers/AxiosTransformStream.js': `
    export default class AxiosTransformStream { constructor() { throw new Error("axios's progress events and rate limits ${LEFT_OUT}"); } }`,
  'axios/lib/helpers/progressEventReducer.js': `
    const refuse = () => { throw new Error("axios's progress events ${LEFT_OUT}"); };
    export const progressEventReducer = refuse, progressEventDecorator = refuse, asyncDecorator = refuse;`,
  'axios/lib/helpers/formDataToStream.js': `
    export default function formDataToStream() { throw new Error("axios's FormData bodies ${LEFT_OUT}"); }`,
  'axios/lib/helpers/formDataToJSON.js': `
    export default function formDataToJSON() { throw new Error("axios's FormData bodies ${LEFT_OUT}"); }`,
  // Multipart and urlencoded bodies, and query parameters given as an object; httpTransport.ts sends a URLSearchParams.
  'axios/lib/helpers/toFormData.js': `
    export const DEFAULT_FORM_DATA_MAX_DEPTH = 100;
    export default function toFormData() { throw new Error("axios's FormData serializer ${LEFT_OUT}; pass params as a URLSearchParams"); }`,
  // Exposed on the axios object only: the skill cancels through the deadline's AbortSignal and compares statuses as numbers.
  'axios/lib/cancel/CancelToken.js': `
    export default class CancelToken {
      constructor() { throw new Error("axios's CancelToken ${LEFT_OUT}; use an AbortSignal"); }
      static source() { return new CancelToken(); }
    }`,
  'axios/lib/helpers/HttpStatusCode.js': `
    export default new Proxy({}, { get() { throw new Error("axios's HttpStatusCode ${LEFT_OUT}"); } });`,
  // Made when the http adapter loads; a session is asked for only with httpVersion: 2.
  'axios/lib/helpers/Http2Sessions.js': `
    export default class Http2Sessions { getSession() { throw new Error("axios's HTTP/2 transport ${LEFT_OUT}"); } }`,
  'axios/lib/adapters/fetch.js': `
    export const getFetch = () => { throw new Error("axios's fetch adapter ${LEFT_OUT}; use adapter: 'http'"); };
    export default undefined;`,
};

/*
 * ask-sdk-core's index re-exports helpers the skill never calls, each from a file of its own:
 * viewport profiles, display-template text and image builders, DelegateToIntentHandler, the
 * Alexa API client (withApiClient only) and skill components. Its getters read them only when
 * a caller asks for one by name; the stub then fails loudly. The skill's imports are checked
 * against this list by test/build/bundle.test.ts.
 */
export const ASK_SDK_CORE_LEFT_OUT = [
  'util/ViewportUtils',
  'response/ImageHelper',
  'response/PlainTextContentHelper',
  'response/RichTextContentHelper',
  'response/TextContentHelper',
  'dispatcher/request/handler/DelegateToIntentHandler',
  'service/DefaultApiClient',
  'util/ComponentUtils',
  'components/ComponentInterface',
];
const ASK_SDK_CORE_STUBBED_FILE = new RegExp(
  `[\\\\/]node_modules[\\\\/]ask-sdk-core[\\\\/]dist[\\\\/](${ASK_SDK_CORE_LEFT_OUT.join('|').replace(/\//g, '[\\\\/]')})\\.js$`,
);
/** One module stands for all of them: ask-sdk-core reads it only through the getters of the names it exports. */
const ASK_SDK_CORE_LEFT_OUT_STUB = `
  module.exports = new Proxy({}, {
    get(target, name) {
      if (typeof name !== 'string' || name === '__esModule') return undefined;
      throw new Error("ask-sdk-core's " + name + " ${LEFT_OUT}");
    },
  });`;
/** ask-sdk-core reads its package.json for the user agent's version, and nothing else of it. */
const ASK_SDK_CORE_PACKAGE = /[\\/]node_modules[\\/]ask-sdk-core[\\/]package\.json$/;

const AXIOS_FILE = /[\\/]node_modules[\\/]axios[\\/]/;
const AXIOS_FETCH_ADAPTER = /[\\/]node_modules[\\/]axios[\\/]lib[\\/]adapters[\\/]fetch\.js$/;
/** axios's own files that are replaced whole, by their path inside the package. */
const AXIOS_STUBBED_FILE =
  /[\\/]node_modules[\\/]axios[\\/]lib[\\/]((?:adapters[\\/]xhr|cancel[\\/]CancelToken|helpers[\\/](?:HttpStatusCode|shouldBypassProxy|fromDataURI|estimateDataURLDecodedBytes|AxiosTransformStream|progressEventReducer|formDataToStream|formDataToJSON|Http2Sessions|toFormData))\.js)$/;
const AXIOS_UTILS = /[\\/]node_modules[\\/]axios[\\/]lib[\\/]utils\.js$/;
/*
 * axios's utils read `globalThis.FormData` once when they load, to recognise FormData bodies,
 * and that read loads undici. The skill never sends a body; without the constructor axios
 * still recognises a FormData by its `[object FormData]` tag. If axios changes this line the
 * build stops here rather than quietly loading undici again.
 */
const AXIOS_FORMDATA_READ = "const FormDataCtor = typeof G.FormData !== 'undefined' ? G.FormData : undefined;";

const stubPlugin = {
  name: 'stub-unused-packages',
  setup(build) {
    const names = Object.keys(STUBS).filter((name) => !/[/ ]/.test(name));
    const filter = new RegExp(`^(${names.map((name) => name.replace(/[-/]/g, '\\$&')).join('|')})$`);
    build.onResolve({ filter }, (args) => ({ path: args.path, namespace: 'stub' }));
    build.onLoad({ filter: /.*/, namespace: 'stub' }, (args) => ({
      contents: args.path === 'ask-sdk-core (left out)' ? ASK_SDK_CORE_LEFT_OUT_STUB : STUBS[args.path],
      loader: 'js',
    }));
    build.onResolve({ filter: /^(node:)?http2$/ }, (args) =>
      AXIOS_FILE.test(args.importer) ? { path: 'http2 (for axios)', namespace: 'stub' } : undefined,
    );
    build.onLoad({ filter: AXIOS_FETCH_ADAPTER }, () => ({ contents: STUBS['axios/lib/adapters/fetch.js'], loader: 'js' }));
    build.onLoad({ filter: AXIOS_STUBBED_FILE }, (args) => {
      const file = AXIOS_STUBBED_FILE.exec(args.path)[1].replace(/\\/g, '/');
      return { contents: STUBS[`axios/lib/${file}`], loader: 'js' };
    });
    build.onResolve({ filter: /^\.\/(util|response|dispatcher|service|components)\// }, (args) => {
      const file = path.join(args.resolveDir, `${args.path}.js`);
      return ASK_SDK_CORE_STUBBED_FILE.test(file) ? { path: 'ask-sdk-core (left out)', namespace: 'stub' } : undefined;
    });
    build.onLoad({ filter: ASK_SDK_CORE_PACKAGE }, (args) => {
      const { name, version } = JSON.parse(readFileSync(args.path, 'utf8'));
      return { contents: JSON.stringify({ name, version }), loader: 'json' };
    });
    build.onLoad({ filter: AXIOS_UTILS }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (source.split(AXIOS_FORMDATA_READ).length !== 2) {
        return { errors: [{ text: `axios's utils.js no longer has the FormData read that scripts/lambdaBundle.mjs removes` }] };
      }
      return { contents: source.replace(AXIOS_FORMDATA_READ, 'const FormDataCtor = undefined;'), loader: 'js' };
    });
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
    // The notices ship in THIRD_PARTY_NOTICES.txt instead, whole.
    legalComments: 'none',
    logLevel: 'warning',
    metafile: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    // The nodejs22.x runtime provides the AWS SDK v3; the skill requires it only when PERSISTENCE_TABLE is set.
    external: ['@aws-sdk/*'],
    ...overrides,
    plugins: [stubPlugin, ...(overrides.plugins ?? [])],
  };
}

const relativeToRoot = (file) => path.relative(root, file).split(path.sep).join('/');

/** The files one build compiled, as paths relative to the project root, stubs and seams left out. */
function inputsOf(result) {
  return Object.keys(result.metafile.inputs).filter((input) => !/^[a-z-]+:/.test(input));
}

/*
 * Resolves every import once more through esbuild, and hands the ones `redirect` names a
 * module that requires another file of the bundle instead: `./index.js`, `./shared.js` or a deferred file.
 */
function redirectPlugin(redirect) {
  return {
    name: 'redirect-to-sibling-file',
    setup(build) {
      build.onResolve({ filter: /.*/ }, async (args) => {
        if (args.pluginData?.redirected || args.kind === 'entry-point' || args.namespace === 'sibling') return undefined;
        const resolved = await build.resolve(args.path, {
          kind: args.kind,
          importer: args.importer,
          resolveDir: args.resolveDir,
          namespace: args.namespace,
          pluginData: { redirected: true },
        });
        if (resolved.errors.length > 0 || resolved.external || resolved.namespace !== 'file') return resolved;
        const target = redirect(relativeToRoot(resolved.path), args.kind);
        return target ? { path: target.id, namespace: 'sibling', pluginData: target } : resolved;
      });
      build.onResolve({ filter: /^\.\/[a-z]+\.js$/, namespace: 'sibling' }, (args) => ({ path: args.path, external: true }));
      build.onLoad({ filter: /.*/, namespace: 'sibling' }, (args) => ({ contents: args.pluginData.contents, loader: 'js' }));
    },
  };
}

/** How index.js and shared.js name a module they hand out: its path, short ("handlers/requestContext" for src/skill/handlers/requestContext.ts). */
const moduleKey = (input) => input.replace(/^src\/skill\//, '').replace(/\.ts$/, '');

/** Tries each redirect in turn. */
const firstOf =
  (...redirects) =>
  (input, kind) =>
    redirects.reduce((target, redirect) => target ?? redirect(input, kind), undefined);

/** A deferred file's module, seen from anywhere else: a require of that file, which must only happen through `import()`. */
function deferredRedirect(input, kind) {
  const file = Object.keys(DEFERRED).find((name) => DEFERRED[name] === input);
  if (!file) return undefined;
  if (kind !== 'dynamic-import') {
    throw new Error(`${input} is imported statically; import it with import() so that a launch never loads ${file}`);
  }
  return { id: `deferred:${input}`, contents: `module.exports = require(${JSON.stringify(`./${file}`)});` };
}

/** A module index.js holds, seen from a deferred file or shared.js: index.js's own instance of it. */
function indexRedirect(fromIndex) {
  return (input) =>
    fromIndex.has(input)
      ? {
          id: `index:${input}`,
          contents: `module.exports = require(${JSON.stringify(`./${OUTPUT.skill}`)}).${BUNDLED_MODULES}[${JSON.stringify(moduleKey(input))}];`,
        }
      : undefined;
}

/*
 * A shared module, seen from a deferred file: its exports are getters that require shared.js on
 * first use. A list request never touches the provider errors, so it never reads that file
 * either; esbuild's interop copies getters without calling them.
 */
function sharedRedirect(shared) {
  return (input) => {
    if (!shared.has(input)) return undefined;
    const contents = `let shared;
      const load = () => (shared ??= require(${JSON.stringify(`./${OUTPUT.shared}`)})[${JSON.stringify(moduleKey(input))}]);
      Object.defineProperty(exports, '__esModule', { value: true });
      for (const name of ${JSON.stringify(shared.get(input))}) {
        Object.defineProperty(exports, name, { enumerable: true, get: () => load()[name] });
      }`;
    return { id: `shared:${input}`, contents };
  };
}

/** shared.js's entry: maps each shared module to its exports. */
function sharedEntry(shared) {
  const lines = [...shared.keys()].map(
    (input) => `  ${JSON.stringify(moduleKey(input))}: require(${JSON.stringify(path.join(root, input))}),`,
  );
  return { contents: `module.exports = {\n${lines.join('\n')}\n};\n`, resolveDir: root, sourcefile: 'shared-modules.js', loader: 'js' };
}

/*
 * index.js's entry: the Lambda handler, and the modules the deferred files take from it, as
 * namespace imports, so that esbuild keeps them as plain scope-hoisted code.
 */
function indexEntry(fromIndex) {
  const inputs = [...fromIndex];
  const contents = [
    `export { handler } from ${JSON.stringify(path.join(root, SKILL_ENTRY))};`,
    ...inputs.map((input, index) => `import * as module${index} from ${JSON.stringify(path.join(root, input))};`),
    `export const ${BUNDLED_MODULES} = {`,
    ...inputs.map((input, index) => `  ${JSON.stringify(moduleKey(input))}: module${index},`),
    '};',
  ].join('\n');
  return { contents, resolveDir: root, sourcefile: 'lambda-entry.js', loader: 'js' };
}

/** The names each module exports, from esbuild's metafile. */
async function exportNamesOf(inputs) {
  if (inputs.length === 0) return new Map();
  const result = await build({
    absWorkingDir: root,
    entryPoints: inputs,
    outdir: 'exports-of',
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    metafile: true,
    logLevel: 'warning',
    plugins: [stubPlugin],
  });
  return new Map(
    Object.values(result.metafile.outputs)
      .filter((output) => output.entryPoint)
      .map((output) => [output.entryPoint, output.exports]),
  );
}

/**
 * Which file holds each module, found by building every file once without writing:
 *  - `fromIndex`: modules of index.js that a deferred file imports; index.js exports them;
 *  - `shared`: modules that two deferred files would both hold and index.js does not, with
 *    their export names; they go to shared.js.
 */
async function planFiles() {
  const dryRun = { write: false, minify: false, sourcemap: false, plugins: [redirectPlugin(deferredRedirect)] };
  const [skill, ...deferred] = await Promise.all(
    [SKILL_ENTRY, ...Object.values(DEFERRED)].map((entry) =>
      build(lambdaBuildOptions({ ...dryRun, entryPoints: [entry], outfile: 'dry-run.js' })),
    ),
  );
  const inIndex = new Set(inputsOf(skill));
  const owners = new Map();
  for (const result of deferred) {
    for (const input of inputsOf(result)) if (!inIndex.has(input)) owners.set(input, (owners.get(input) ?? 0) + 1);
  }
  const fromIndex = new Set();
  for (const result of deferred) {
    for (const [input, { imports }] of Object.entries(result.metafile.inputs)) {
      if (inIndex.has(input)) continue;
      for (const imported of imports) if (inIndex.has(imported.path)) fromIndex.add(imported.path);
    }
  }
  const shared = [...owners].filter(([, count]) => count > 1).map(([input]) => input);
  return { fromIndex, shared: await exportNamesOf(shared) };
}

/** Every module is in exactly one file: a module built into two would be two modules at run time. */
function assertNoModuleTwice(results) {
  const owner = new Map();
  for (const [file, result] of Object.entries(results)) {
    for (const input of inputsOf(result)) {
      if (owner.has(input)) throw new Error(`${input} would ship twice, in ${owner.get(input)} and in ${file}`);
      owner.set(input, file);
    }
  }
}

/**
 * Builds dist/lambda (or `outdir`) from scratch. Resolves with what each file holds:
 * `{ files: { 'index.js': [inputs…], … }, shared: [inputs…] }`.
 */
export async function buildLambdaBundle(outdir = path.join(root, 'dist', 'lambda')) {
  const { fromIndex, shared } = await planFiles();
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  const elsewhere = redirectPlugin(firstOf(deferredRedirect, indexRedirect(fromIndex), sharedRedirect(shared)));
  const builds = {
    [OUTPUT.skill]: build(
      lambdaBuildOptions({
        stdin: indexEntry(fromIndex),
        outfile: path.join(outdir, OUTPUT.skill),
        plugins: [redirectPlugin(deferredRedirect)],
      }),
    ),
  };
  for (const [file, entry] of Object.entries(DEFERRED)) {
    builds[file] = build(lambdaBuildOptions({ entryPoints: [entry], outfile: path.join(outdir, file), plugins: [elsewhere] }));
  }
  if (shared.size > 0) {
    builds[OUTPUT.shared] = build(
      lambdaBuildOptions({
        stdin: sharedEntry(shared),
        outfile: path.join(outdir, OUTPUT.shared),
        plugins: [redirectPlugin(firstOf(deferredRedirect, indexRedirect(fromIndex)))],
      }),
    );
  }
  const results = Object.fromEntries(await Promise.all(Object.entries(builds).map(async ([file, pending]) => [file, await pending])));
  assertNoModuleTwice(results);
  writeFileSync(path.join(outdir, OUTPUT.notices), thirdPartyNotices(results));
  return {
    files: Object.fromEntries(Object.entries(results).map(([file, result]) => [file, inputsOf(result)])),
    shared: [...shared.keys()],
  };
}

// ---------------------------------------------------------------------------------------
// Third-party notices: each package inside the bundle, with its license and notice files
// ---------------------------------------------------------------------------------------

/** `node_modules/a/node_modules/@b/c/lib/x.js` → `node_modules/a/node_modules/@b/c` */
function packageDirOf(input) {
  const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
  return match?.[1];
}

const LICENSE_FILE = /^(licen[cs]e|copying|notice)(\.[a-z]+)?$/i;

/** Some packages (agent-base) keep their license only in the README's "License" section. */
function readmeLicenseSection(packageDir, absolute) {
  const readme = readdirSync(absolute).find((name) => /^readme(\.md)?$/i.test(name));
  const text = readme ? readFileSync(path.join(absolute, readme), 'utf8') : '';
  // "## License" or "License\n-------", up to the next heading of either kind or a link list.
  const match = /^(?:#+\s*Licen[cs]e\s*|Licen[cs]e\s*\n[-=]+\s*)$([\s\S]*?)(?=^#+\s|^[^\n]+\n[-=]{3,}\s*$|^\[[^\]]+\]:|(?![\s\S]))/im.exec(
    text,
  );
  if (!match || match[1].trim() === '') {
    throw new Error(`${packageDir} ships no license text; add it to scripts/lambdaBundle.mjs before bundling the package`);
  }
  return `--- ${readme}, section "License" ---\n${match[1].trim()}`;
}

function packageNotice(packageDir, files) {
  const absolute = path.join(root, packageDir);
  const manifest = JSON.parse(readFileSync(path.join(absolute, 'package.json'), 'utf8'));
  const texts = readdirSync(absolute)
    .filter((name) => LICENSE_FILE.test(name))
    .sort()
    .map((name) => `--- ${name} ---\n${readFileSync(path.join(absolute, name), 'utf8').trim()}`);
  if (texts.length === 0) texts.push(readmeLicenseSection(packageDir, absolute));
  const license = typeof manifest.license === 'string' ? manifest.license : 'see below';
  return [
    '='.repeat(78),
    `${manifest.name} ${manifest.version} (${license})`,
    `in ${[...files].sort().join(', ')}${manifest.homepage ? `; ${manifest.homepage}` : ''}`,
    '',
    texts.join('\n\n'),
  ].join('\n');
}

function thirdPartyNotices(results) {
  const packages = new Map();
  for (const [file, result] of Object.entries(results)) {
    for (const input of inputsOf(result)) {
      const dir = packageDirOf(input);
      if (dir) packages.set(dir, (packages.get(dir) ?? new Set()).add(file));
    }
  }
  const sections = [...packages.entries()]
    .sort(([a], [b]) => path.basename(a).localeCompare(path.basename(b)))
    .map(([dir, files]) => packageNotice(dir, files));
  return `Playlist Reader's Lambda bundle contains the following third-party packages, each under its own license.\n\n${sections.join('\n\n')}\n`;
}
