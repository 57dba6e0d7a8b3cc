import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseExamplePhrase } from '../../src/local/utteranceResolver';

const projectRoot = join(__dirname, '..', '..');

function readJson<T>(relativePath: string): T {
  return JSON.parse(readFileSync(join(projectRoot, relativePath), 'utf8')) as T;
}

interface Slot {
  name: string;
  type: string;
}

interface Intent {
  name: string;
  slots?: Slot[];
  samples?: string[];
}

interface SlotType {
  name: string;
  values: { name: { value: string; synonyms?: string[] } }[];
}

interface InteractionModel {
  interactionModel: {
    languageModel: {
      invocationName: string;
      intents: Intent[];
      types?: SlotType[];
    };
  };
}

const SLOT_REFERENCE = /\{([^{}]+)\}/g;

function slotReferences(sample: string): string[] {
  return [...sample.matchAll(SLOT_REFERENCE)].map((match) => match[1]);
}

/** The built-in slot types this skill may use, spelled as in Alexa's slot type reference. */
const BUILT_IN_SLOT_TYPES = new Set([
  'AMAZON.Ordinal',
  'AMAZON.NUMBER',
  'AMAZON.SearchQuery',
  'AMAZON.Person',
  'AMAZON.Artist',
  'AMAZON.MusicPlaylist',
  'AMAZON.Room',
]);

const LOCALES = [
  ['en-US', 'playlist reader'],
  ['en-GB', 'playlist reader'],
  ['de-DE', 'playlist leser'],
] as const;

describe.each(LOCALES)('%s interaction model', (locale, invocationName) => {
  const model = readJson<InteractionModel>(`skill-package/interactionModels/custom/${locale}.json`);
  const { languageModel } = model.interactionModel;
  const customIntents = languageModel.intents.filter((intent) => !intent.name.startsWith('AMAZON.'));
  const slotTypes = languageModel.types ?? [];

  it(`is invoked as "${invocationName}"`, () => {
    expect(languageModel.invocationName).toBe(invocationName);
  });

  it('declares the intents the handlers are written for', () => {
    const names = languageModel.intents.map((intent) => intent.name);
    expect(names).toEqual(expect.arrayContaining(['ListPlaylistsIntent', 'PlaylistContentsIntent', 'PlaylistTrackCountIntent']));
  });

  it.each([
    'AMAZON.MoreIntent',
    'AMAZON.NextIntent',
    'AMAZON.HelpIntent',
    'AMAZON.StopIntent',
    'AMAZON.CancelIntent',
    'AMAZON.FallbackIntent',
    'AMAZON.NavigateHomeIntent',
  ])('includes the built-in %s', (name) => {
    expect(languageModel.intents.map((intent) => intent.name)).toContain(name);
  });

  it.each(['PlaylistContentsIntent', 'PlaylistTrackCountIntent'])(
    '%s takes the playlist name in a PLAYLIST_NAME slot called playlistName',
    (intentName) => {
      const intent = languageModel.intents.find((candidate) => candidate.name === intentName);
      expect(intent?.slots).toEqual([expect.objectContaining({ name: 'playlistName', type: 'PLAYLIST_NAME' })]);
    },
  );

  it.each(customIntents.map((intent) => [intent.name, intent] as const))('%s has at least ten sample utterances', (_name, intent) => {
    expect((intent.samples ?? []).length).toBeGreaterThanOrEqual(10);
  });

  it('never uses the same sample for two intents, or twice in one', () => {
    const owners = new Map<string, string[]>();
    for (const intent of languageModel.intents) {
      for (const sample of intent.samples ?? []) {
        const key = sample.trim().replace(/\s+/g, ' ').toLowerCase();
        owners.set(key, [...(owners.get(key) ?? []), intent.name]);
      }
    }
    const duplicated = [...owners].filter(([, intents]) => intents.length > 1);
    expect(duplicated).toEqual([]);
  });

  it('writes samples the way Alexa accepts them: lower case words (umlauts too), apostrophes, periods, spaced slots', () => {
    const offending: string[] = [];
    for (const intent of languageModel.intents) {
      for (const sample of intent.samples ?? []) {
        const words = sample.replace(SLOT_REFERENCE, ' ');
        const slotTouchesWord = /[^ ]\{|\}[^ ]/.test(sample);
        if (!/^[\p{Ll}'. ]*$/u.test(words) || slotTouchesWord || /^ | $| {2}/.test(sample)) {
          offending.push(`${intent.name}: "${sample}"`);
        }
      }
    }
    expect(offending).toEqual([]);
  });

  it('declares every slot a sample refers to', () => {
    const undeclared: string[] = [];
    for (const intent of languageModel.intents) {
      const declared = new Set((intent.slots ?? []).map((slot) => slot.name));
      for (const sample of intent.samples ?? []) {
        for (const slotName of slotReferences(sample)) {
          if (!declared.has(slotName)) {
            undeclared.push(`${intent.name}: {${slotName}} in "${sample}"`);
          }
        }
      }
    }
    expect(undeclared).toEqual([]);
  });

  it('defines every custom slot type an intent uses', () => {
    const defined = new Set(slotTypes.map((type) => type.name));
    const missing = languageModel.intents
      .flatMap((intent) => intent.slots ?? [])
      .map((slot) => slot.type)
      .filter((type) => !type.startsWith('AMAZON.') && !defined.has(type));
    expect(missing).toEqual([]);
  });

  it("spells every built-in slot type as Alexa's slot type reference does (the model build rejects any other casing)", () => {
    const unknown = languageModel.intents
      .flatMap((intent) => intent.slots ?? [])
      .map((slot) => slot.type)
      .filter((type) => type.startsWith('AMAZON.') && !BUILT_IN_SLOT_TYPES.has(type));
    expect(unknown).toEqual([]);
  });

  it('gives PLAYLIST_NAME enough example values to learn from', () => {
    const playlistName = slotTypes.find((type) => type.name === 'PLAYLIST_NAME');
    const values = (playlistName?.values ?? []).map((value) => value.name.value);
    expect(values.length).toBeGreaterThanOrEqual(10);
    expect(new Set(values).size).toBe(values.length);
  });
});

interface SkillManifest {
  manifest: {
    manifestVersion: string;
    publishingInformation: {
      locales: Record<string, { name: string; summary: string; description: string; examplePhrases: string[] }>;
      category: string;
      distributionCountries: string[];
    };
    privacyAndCompliance: {
      locales: Record<string, { privacyPolicyUrl?: string; termsOfUseUrl?: string }>;
    };
    apis: { custom?: object };
  };
}

function containsKey(value: unknown, key: string): boolean {
  if (Array.isArray(value)) {
    return value.some((item) => containsKey(item, key));
  }
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).some(([name, child]) => name === key || containsKey(child, key));
  }
  return false;
}

const LISTINGS = [
  ['en-US', 'Playlist Reader', 'open'],
  ['en-GB', 'Playlist Reader', 'open'],
  ['de-DE', 'Playlist Leser', 'öffne'],
] as const;

describe('skill.json', () => {
  const skill = readJson<SkillManifest>('skill-package/skill.json');
  const { manifest } = skill;

  describe.each(LISTINGS)('the %s listing', (locale, name, open) => {
    const listing = manifest.publishingInformation.locales[locale];
    const { languageModel } = readJson<InteractionModel>(`skill-package/interactionModels/custom/${locale}.json`).interactionModel;

    it(`is named ${name}`, () => {
      expect(manifest.manifestVersion).toBe('1.0');
      expect(listing.name).toBe(name);
      expect(listing.summary).toEqual(expect.any(String));
      expect(listing.description).toEqual(expect.any(String));
    });

    it('has one to three example phrases, each starting with "Alexa," and the first opening the skill', () => {
      expect(listing.examplePhrases.length).toBeGreaterThanOrEqual(1);
      expect(listing.examplePhrases.length).toBeLessThanOrEqual(3);
      for (const phrase of listing.examplePhrases) {
        expect(phrase.startsWith('Alexa,')).toBe(true);
      }
      expect(listing.examplePhrases[0]).toBe(`Alexa, ${open} ${languageModel.invocationName}`);
    });

    it('follows the opener with one-shot requests that a sample utterance actually covers (as npm run certify reads them)', () => {
      const uncovered = listing.examplePhrases.slice(1).filter((phrase) => {
        const parts = parseExamplePhrase(phrase, languageModel, locale);
        return typeof parts === 'string' || parts.request.type !== 'IntentRequest';
      });
      expect(uncovered).toEqual([]);
    });

    it('links a privacy policy, which account linking requires', () => {
      expect(manifest.privacyAndCompliance.locales[locale]?.privacyPolicyUrl).toMatch(/^https:\/\//);
    });
  });

  it('declares a custom API for ask deploy to fill in the Lambda endpoint', () => {
    expect(manifest.apis.custom).toBeDefined();
  });

  it('leaves account linking out, because it is set through SMAPI and cannot live in the package', () => {
    expect(containsKey(skill, 'accountLinking')).toBe(false);
  });
});

interface AskResources {
  askcliResourcesVersion: string;
  profiles: Record<
    string,
    {
      skillMetadata: { src: string };
      code: Record<string, { src: string }>;
      skillInfrastructure: {
        type: string;
        userConfig: {
          runtime: string;
          handler: string;
          awsRegion?: string;
          lambda?: { memorySize?: number; timeout?: number };
          [key: string]: unknown;
        };
      };
    }
  >;
}

describe('ask-resources.json', () => {
  const resources = readJson<AskResources>('ask-resources.json');
  const profile = resources.profiles.default;
  const { userConfig } = profile.skillInfrastructure;

  // The stack itself (memory, timeout, table, role) is checked in test/infrastructure/skillStack.test.ts.
  it('deploys the bundled handler with the CloudFormation deployer on Node 22', () => {
    expect(resources.askcliResourcesVersion).toBe('2020-03-31');
    expect(profile.skillInfrastructure.type).toBe('@ask-cli/cfn-deployer');
    expect(userConfig.runtime).toBe('nodejs22.x');
    expect(userConfig.handler).toBe('index.handler');
  });

  it('points at folders that exist', () => {
    expect(statSync(join(projectRoot, profile.skillMetadata.src)).isDirectory()).toBe(true);
    expect(statSync(join(projectRoot, profile.code.default.src)).isDirectory()).toBe(true);
  });
});
