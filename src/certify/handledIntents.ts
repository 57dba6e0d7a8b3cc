import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from './builtSkill';

/**
 * The intents the handlers answer on purpose, read from their source: every name given to
 * `isIntent(...)`, `namedPlaylistHandler('...')`, `playbackIntentHandler('...')` or an `intentName: '...'`. A handler added
 * for an intent the model lacks shows up here without anyone updating a list.
 */
export function intentsNamedByHandlers(root: string = projectRoot): string[] {
  const folder = path.join(root, 'src/skill/handlers');
  const names = new Set<string>();
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.ts'))) {
    const source = readFileSync(path.join(folder, file), 'utf8');
    for (const call of source.matchAll(/isIntent\(handlerInput,([^)]*)\)/g)) {
      for (const name of call[1].matchAll(/'([^']+)'/g)) names.add(name[1]);
    }
    for (const name of source.matchAll(/(?:namedPlaylistHandler\(|playbackIntentHandler\(|intentName: )'([^']+)'/g)) names.add(name[1]);
  }
  return [...names];
}
