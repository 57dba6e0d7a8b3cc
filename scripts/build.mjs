// Bundles the Lambda into one self-contained file, dist/lambda/index.js, so the
// deployed zip needs no node_modules. hooks/build.sh zips that file as index.js.
// The esbuild settings live in lambdaBundle.mjs, shared with `npm run bench`.
import { statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildLambdaBundle } from './lambdaBundle.mjs';

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const entryPoint = join(projectRoot, 'src', 'skill', 'lambda.ts');
const outfile = join(projectRoot, 'dist', 'lambda', 'index.js');

try {
  await buildLambdaBundle(entryPoint, outfile);
} catch {
  // esbuild has already printed the errors.
  process.exit(1);
}

const kib = (statSync(outfile).size / 1024).toFixed(1);
console.log(`built ${relative(projectRoot, outfile)} (${kib} KiB)`);
