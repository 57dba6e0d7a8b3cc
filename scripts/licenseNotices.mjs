// THIRD_PARTY_NOTICES.txt for the Lambda bundle: each package inside it, with its license and notice files.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const LICENSE_FILE = /^(licen[cs]e|copying|notice)(\.[a-z]+)?$/i;

/** `node_modules/a/node_modules/@b/c/lib/x.js` → `node_modules/a/node_modules/@b/c` */
function packageDirOf(input) {
  return /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input)?.[1];
}

/** Some packages keep their license only in the README's "License" section. */
function readmeLicenseSection(packageDir, absolute) {
  const readme = readdirSync(absolute).find((name) => /^readme(\.md)?$/i.test(name));
  const text = readme ? readFileSync(path.join(absolute, readme), 'utf8') : '';
  // "## License" or "License\n-------", up to the next heading of either kind or a link list.
  const match = /^(?:#+\s*Licen[cs]e\s*|Licen[cs]e\s*\n[-=]+\s*)$([\s\S]*?)(?=^#+\s|^[^\n]+\n[-=]{3,}\s*$|^\[[^\]]+\]:|(?![\s\S]))/im.exec(
    text,
  );
  if (!match || match[1].trim() === '') throw new Error(`${packageDir} ships no license text; add it before bundling the package`);
  return `--- ${readme}, section "License" ---\n${match[1].trim()}`;
}

function packageNotice(root, packageDir) {
  const absolute = path.join(root, packageDir);
  const manifest = JSON.parse(readFileSync(path.join(absolute, 'package.json'), 'utf8'));
  const texts = readdirSync(absolute)
    .filter((name) => LICENSE_FILE.test(name))
    .sort()
    .map((name) => `--- ${name} ---\n${readFileSync(path.join(absolute, name), 'utf8').trim()}`);
  if (texts.length === 0) texts.push(readmeLicenseSection(packageDir, absolute));
  const license = typeof manifest.license === 'string' ? manifest.license : 'see below';
  const homepage = manifest.homepage ? `\n${manifest.homepage}` : '';
  return ['='.repeat(78), `${manifest.name} ${manifest.version} (${license})${homepage}`, '', texts.join('\n\n')].join('\n');
}

/** The notices for a bundle made of `inputs` (esbuild's metafile inputs, relative to `root`). */
export function thirdPartyNotices(root, inputs) {
  const packages = [...new Set(inputs.map(packageDirOf).filter(Boolean))].sort((a, b) => path.basename(a).localeCompare(path.basename(b)));
  const sections = packages.map((dir) => packageNotice(root, dir));
  return `Playlist Reader's Lambda bundle contains the following third-party packages, each under its own license.\n\n${sections.join('\n\n')}\n`;
}
