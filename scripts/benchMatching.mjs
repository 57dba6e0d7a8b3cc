// How long naming a playlist takes in a big library: matchPlaylistName over 5,000 playlists,
// the first lookup (every name normalised once) and warm ones (a cached library hands out the
// same playlist objects, so nothing is normalised again). Prints figures; asserts nothing.
//
//   node scripts/benchMatching.mjs     # alone; npm run bench calls matchingReport() too
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const LIBRARY_SIZE = 5000;
const WARM_LOOKUPS = 200;
/** The bar for one lookup over 5,000 playlists. */
const TARGET_MS = 10;

const WORDS = ['chill', 'road', 'trip', 'summer', 'night', 'jazz', 'rock', 'focus', 'party', 'running', 'dinner', 'morning'];

function library() {
  return Array.from({ length: LIBRARY_SIZE }, (_, index) => ({
    id: `bench${String(index).padStart(17, '0')}`,
    name: `${WORDS[index % WORDS.length]} ${WORDS[(index * 7) % WORDS.length]} mix ${index}`,
  }));
}

/** What people say for one playlist of the library: its name, with carrier words, a near miss; and a name it lacks. */
function lookups(playlists) {
  const { name } = playlists[4321];
  return [
    ['exact', name],
    ['carrier words', `me the ${name} playlist`],
    ['near miss', name.slice(1)],
    ['no match', 'classical symphonies for a rainy sunday'],
  ];
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1];
};
const ms = (value) => `${value.toFixed(value < 10 ? 2 : 1)} ms`;

async function loadMatcher() {
  const work = mkdtempSync(join(tmpdir(), 'playlist-reader-matching-'));
  const outfile = join(work, 'matching.cjs');
  try {
    await build({
      entryPoints: [join(projectRoot, 'src/skill/playlists/matchPlaylistName.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      outfile,
      logLevel: 'silent',
    });
    return createRequire(import.meta.url)(outfile);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Figures for one fresh library: the first lookup, and warm lookups of each kind. */
export async function measureMatching() {
  const { matchPlaylistName } = await loadMatcher();
  const playlists = library();
  const said = lookups(playlists);
  const startedAt = performance.now();
  matchPlaylistName(said[0][1], playlists);
  const firstLookupMs = performance.now() - startedAt;
  const warm = said.map(([kind, spoken]) => {
    const times = [];
    for (let run = 0; run < WARM_LOOKUPS; run++) {
      const start = performance.now();
      matchPlaylistName(spoken, playlists);
      times.push(performance.now() - start);
    }
    return { kind, medianMs: median(times), worstMs: Math.max(...times) };
  });
  return { librarySize: LIBRARY_SIZE, firstLookupMs, warm };
}

/** The figures as lines for npm run bench's output. */
export async function matchingReport() {
  const { librarySize, firstLookupMs, warm } = await measureMatching();
  const lines = [
    `name matching over ${librarySize.toLocaleString('en-US')} playlists (target < ${TARGET_MS} ms a lookup):`,
    `  first lookup, every name normalised: ${ms(firstLookupMs)}`,
    ...warm.map(({ kind, medianMs, worstMs }) => `  warm, ${kind}: median ${ms(medianMs)}, worst ${ms(worstMs)}`),
  ];
  return `${lines.join('\n')}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.stdout.write(await matchingReport());
}
