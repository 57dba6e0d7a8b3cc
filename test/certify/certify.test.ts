import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildIntoEmptyFolder, projectRoot } from '../../src/certify/builtSkill';
import { certify } from '../../src/certify/certify';
import { CheckResult, failures, formatResult } from '../../src/certify/checkResult';
import { checkExamplePhrases } from '../../src/certify/examplePhrases';
import { checkFunctional } from '../../src/certify/functional';
import { checkTemplate } from '../../src/certify/infrastructure';
import { checkInvocationNames, invocationNameProblems } from '../../src/certify/invocationName';
import { checkListing } from '../../src/certify/listing';
import { checkPrivacy, readPrivacySources } from '../../src/certify/privacy';
import { copyOf, readSkillPackage, SkillPackage } from '../../src/certify/skillPackage';
import { SkillUnderTest, startSkillUnderTest } from '../../src/certify/skillUnderTest';

/*
 * `npm run certify`'s offline checks, as part of `npm test`: the repo passes them all, and each
 * kind of check is shown to fail on a package or a build that breaks its requirement.
 */

type Mutable<T> = { -readonly [K in keyof T]: Mutable<T[K]> };
const failed = (results: readonly CheckResult[]) => failures(results).map(formatResult);
const mutableCopy = (skillPackage: SkillPackage) => copyOf(skillPackage) as Mutable<SkillPackage>;

let bundleFolder: string;
let skill: SkillUnderTest;
const repoPackage = readSkillPackage();

beforeAll(async () => {
  bundleFolder = buildIntoEmptyFolder();
  skill = await startSkillUnderTest(bundleFolder);
}, 60_000);

afterAll(async () => {
  await skill.close();
  rmSync(bundleFolder, { recursive: true, force: true });
});

describe('npm run certify, offline', () => {
  it('passes every check on the repo; what is left are the publisher’s to-dos', async () => {
    const results = await certify({ bundleFolder });
    expect(failed(results)).toEqual([]);
    const requirements = new Set(results.map((result) => result.requirement));
    for (const requirement of [
      'Example phrases',
      'Invocation name',
      'Functional tests',
      'Skill listing',
      'Privacy',
      'Infrastructure',
      'Account linking',
    ]) {
      expect(requirements).toContain(requirement);
    }
  }, 60_000);

  it('fails with --submission while the URLs and the test account are placeholders', async () => {
    const results = await certify({ bundleFolder, submission: true });
    expect(failed(results).join('\n')).toMatch(/privacyPolicyUrl "https:\/\/example\.com\/privacy" is a placeholder/);
    expect(results.filter((result) => result.outcome === 'todo')).toEqual([]);
  }, 60_000);
});

describe('the example phrases check', () => {
  it('fails a phrase whose utterance is not one of the model’s samples', async () => {
    const changed = mutableCopy(repoPackage);
    changed.manifest.publishingInformation.locales['en-US'].examplePhrases = [
      'Alexa, open playlist reader',
      'Alexa, ask playlist reader to order me a pizza',
    ];
    const results = await checkExamplePhrases(changed, skill);
    expect(failed(results)).toEqual([
      expect.stringMatching(/^✗ \[Example phrases\] en-US "Alexa, ask playlist reader to order me a pizza": does not parse/),
    ]);
  });

  it('fails a phrase without the wake word, one with another invocation name, and a second plain launch', async () => {
    const changed = mutableCopy(repoPackage);
    changed.manifest.publishingInformation.locales['de-DE'].examplePhrases = [
      'öffne playlist leser',
      'Alexa, frag musik leser welche playlists habe ich',
      'Alexa, starte playlist leser',
    ];
    const results = failed(await checkExamplePhrases(changed, skill)).join('\n');
    expect(results).toContain('"öffne playlist leser": does not parse: it does not start with the wake word');
    expect(results).toContain('"Alexa, frag musik leser welche playlists habe ich": does not parse');
    expect(results).toContain('"Alexa, starte playlist leser": only the first example phrase may be a plain launch');
  });
});

describe('the invocation name check', () => {
  it.each([
    ['reader', 'has fewer than two words'],
    ['Playlist reader', 'is not all lower case'],
    ['playlist reader 2', 'holds something besides letters'],
    ['alexa playlists', 'holds "alexa"'],
    ['playlist skill', 'holds "skill"'],
    ['ask playlists', 'holds the launch or connecting word "ask"'],
  ])('fails "%s": %s', (name, problem) => {
    expect(invocationNameProblems(name, 'en-US').join('; ')).toContain(problem);
  });

  it("passes possessives and abbreviations, and fails a name the listing's name does not say", () => {
    expect(invocationNameProblems("sam's a. b. c. playlists", 'en-US')).toEqual([]);
    const changed = mutableCopy(repoPackage);
    changed.manifest.publishingInformation.locales['en-GB'].name = 'Song Reader';
    expect(failed(checkInvocationNames(changed))).toEqual([expect.stringContaining('does not say the listing\'s name "Song Reader"')]);
  });
});

describe('the functional checks', () => {
  let patchedRoot: string;
  let patchedBundle: string;
  let patchedSkill: SkillUnderTest;

  /** The project copied, with a help handler that keeps the session open but drops the reprompt, and built. */
  beforeAll(async () => {
    patchedRoot = mkdtempSync(path.join(tmpdir(), 'playlist-reader-patched-'));
    for (const entry of ['src', 'scripts', 'package.json', 'tsconfig.json']) {
      cpSync(path.join(projectRoot, entry), path.join(patchedRoot, entry), { recursive: true });
    }
    symlinkSync(path.join(projectRoot, 'node_modules'), path.join(patchedRoot, 'node_modules'));
    const helpFile = path.join(patchedRoot, 'src/skill/handlers/HelpHandler.ts');
    const source = readFileSync(helpFile, 'utf8');
    const patched = source
      .replace("import { ask } from '../speech/respond';", "import { speak } from '../speech/respond';")
      .replace(
        'ask(handlerInput, messages.help(providerName), messages.reprompt)',
        'speak(handlerInput, messages.help(providerName)).withShouldEndSession(false)',
      );
    expect(patched).not.toBe(source);
    writeFileSync(helpFile, patched);
    patchedBundle = buildIntoEmptyFolder(patchedRoot);
    patchedSkill = await startSkillUnderTest(patchedBundle);
  }, 60_000);

  afterAll(async () => {
    await patchedSkill.close();
    rmSync(patchedRoot, { recursive: true, force: true });
    rmSync(patchedBundle, { recursive: true, force: true });
  });

  it('fail a help that keeps the session open without a reprompt, in every locale', async () => {
    const results = failed(await checkFunctional(repoPackage, patchedSkill));
    for (const locale of ['en-US', 'en-GB', 'de-DE']) {
      expect(results).toContainEqual(
        expect.stringMatching(
          new RegExp(`^✗ \\[Functional tests\\] ${locale} help: .*has no reprompt.*leaves the session open without a reprompt`),
        ),
      );
    }
    expect(results.every((line) => / help: /.test(line))).toBe(true);
  });

  it('fail an intent in the model that no handler answers', async () => {
    const changed = mutableCopy(repoPackage);
    changed.models['en-US'].languageModel.intents.push({ name: 'OrderPizzaIntent', samples: ['order a pizza'] });
    const results = failed(await checkFunctional(changed, skill)).join('\n');
    expect(results).toContain('OrderPizzaIntent is in the model but gets the catch-all');
    expect(results).toContain('OrderPizzaIntent is in the model but no handler names it');
  });
});

describe('the listing check', () => {
  it('fails a description that claims a feature the skill lacks', () => {
    const changed = mutableCopy(repoPackage);
    changed.manifest.publishingInformation.locales['en-GB'].description += ' Ask it for the lyrics of any song.';
    changed.manifest.publishingInformation.locales['de-DE'].description += ' Playlist Leser spielt keine Musik ab.';
    expect(failed(checkListing(changed))).toEqual([
      expect.stringContaining('en-GB claims: claims what the skill does not do: "lyrics"'),
      expect.stringContaining('de-DE claims: claims what the skill does not do: "spielt keine Musik"'),
    ]);
  });

  it('fails a description and testing instructions that leave a feature out', () => {
    const changed = mutableCopy(repoPackage);
    const { publishingInformation } = changed.manifest;
    publishingInformation.locales['en-US'].description = publishingInformation.locales['en-US'].description!.replace(
      /which playlist has/g,
      'find',
    );
    publishingInformation.testingInstructions = publishingInformation.testingInstructions!.replace(/Spotify Connect/g, 'speakers');
    expect(failed(checkListing(changed))).toEqual([
      expect.stringContaining('en-US description: does not describe song search'),
      expect.stringContaining('testingInstructions: does not describe playback on Spotify Connect devices'),
    ]);
  });

  it('fails a new feature (an intent in the model) until src/certify/features.ts lists it', () => {
    const changed = mutableCopy(repoPackage);
    changed.models['de-DE'].languageModel.intents.push({ name: 'LyricsIntent', samples: ['wie geht der text'] });
    expect(failed(checkListing(changed))).toEqual([
      expect.stringContaining('LyricsIntent belongs to no feature in src/certify/features.ts'),
    ]);
  });
});

describe('the privacy check', () => {
  const sources = readPrivacySources(projectRoot);

  it('lists placeholder URLs as to-dos, and fails them only with --submission', () => {
    const plain = checkPrivacy(repoPackage, sources, false);
    expect(failed(plain)).toEqual([]);
    expect(plain.filter((result) => result.outcome === 'todo')).toHaveLength(6);
    const submission = checkPrivacy(repoPackage, sources, true);
    expect(failed(submission)).toHaveLength(6);
    expect(failed(submission)[0]).toContain('"https://example.com/privacy" is a placeholder');
  });

  it('passes real URLs with --submission too', () => {
    const changed = mutableCopy(repoPackage);
    for (const urls of Object.values(changed.manifest.privacyAndCompliance.locales!)) {
      urls.privacyPolicyUrl = 'https://playlist-reader.app/privacy';
      urls.termsOfUseUrl = 'https://playlist-reader.app/terms';
    }
    expect(failed(checkPrivacy(changed, sources, true))).toEqual([]);
  });

  it('fails when usesPersonalInfo disagrees with PRIVACY.md, or PRIVACY.md has the retention wrong', () => {
    const changed = mutableCopy(repoPackage);
    changed.manifest.privacyAndCompliance.usesPersonalInfo = false;
    const wrongDays = { ...sources, policy: sources.policy!.replace(/\b90 days\b/g, '60 days') };
    expect(failed(checkPrivacy(changed, wrongDays, false))).toEqual([
      expect.stringMatching(
        /PRIVACY\.md: does not say memory is kept 90 days.*answers usesPersonalInfo \*\*yes\*\*, skill\.json says false/,
      ),
    ]);
  });
});

describe('the infrastructure check', () => {
  it('is a to-do without cfn-lint, and a failure with CI=true', () => {
    const [plain] = checkTemplate('infrastructure/cfn-deployer/skill-stack.yaml', { PATH: '/nonexistent' });
    expect(plain.outcome).toBe('todo');
    expect(plain.message).toContain('pip install cfn-lint');
    const [ci] = checkTemplate('infrastructure/cfn-deployer/skill-stack.yaml', { PATH: '/nonexistent', CI: 'true' });
    expect(ci.outcome).toBe('fail');
  });
});
