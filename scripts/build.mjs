// `npm run build`: writes dist/lambda/ (index.js, its map and the license notices), so the
// deployed zip needs no node_modules. hooks/build.sh zips the whole folder.
//   node scripts/build.mjs [outdir]    # another folder instead of dist/lambda (the tests use one each)
import { readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildLambdaBundle } from './lambdaBundle.mjs';

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = process.argv[2] ? resolve(process.argv[2]) : join(projectRoot, 'dist', 'lambda');

try {
  await buildLambdaBundle(outdir);
} catch (error) {
  // esbuild has printed its own errors already; ours (a missing license) it has not.
  if (!Array.isArray(error?.errors)) console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

for (const file of readdirSync(outdir).sort()) {
  const kib = (statSync(join(outdir, file)).size / 1024).toFixed(1);
  console.log(`built ${relative(projectRoot, join(outdir, file))} (${kib} KiB)`);
}
