import { CheckResult, fail, todo, verdict } from './checkResult';
import { FALSE_CLAIMS, Feature, FEATURES } from './features';
import { languageOf, localesOf, SkillPackage } from './skillPackage';

/*
 * Amazon: the detail card (name, summary, description, example phrases, keywords) must match what
 * the skill does, and the testing instructions must say how to reach every feature.
 */

const REQUIREMENT = 'Skill listing';
/** Something only the publisher can fill in, such as the test account: `{{TEST ACCOUNT: …}}`. */
const PLACEHOLDER = /\{\{[^}]*\}\}/g;
const FIELDS = ['name', 'summary', 'description', 'examplePhrases', 'keywords'] as const;

const missingWords = (feature: Feature, text: string, language: 'en' | 'de') =>
  feature.words[language].filter((pattern) => !pattern.test(text)).map((pattern) => pattern.source);

function featureProblems(text: string, language: 'en' | 'de'): string[] {
  return FEATURES.flatMap((feature) => {
    const missing = missingWords(feature, text, language);
    return missing.length ? [`does not describe ${feature.name} (no /${missing.join('/, /')}/)`] : [];
  });
}

function falseClaims(text: string, language: 'en' | 'de'): string[] {
  return FALSE_CLAIMS[language]
    .filter((pattern) => pattern.test(text))
    .map((pattern) => `claims what the skill does not do: "${pattern.exec(text)?.[0]}"`);
}

export function checkListing(skillPackage: SkillPackage, submission = false): CheckResult[] {
  const { locales, testingInstructions = '' } = skillPackage.manifest.publishingInformation;
  const results: CheckResult[] = [];
  for (const locale of localesOf(skillPackage)) {
    const listing = locales[locale];
    const language = languageOf(locale);
    const empty = FIELDS.filter((field) => {
      const value = listing[field];
      return value === undefined || value.length === 0;
    });
    results.push(
      verdict(
        REQUIREMENT,
        `${locale} fields`,
        empty.map((field) => `${field} is missing`),
        `${FIELDS.join(', ')} are set`,
      ),
    );
    results.push(
      verdict(
        REQUIREMENT,
        `${locale} description`,
        featureProblems(listing.description ?? '', language),
        `names all ${FEATURES.length} features`,
      ),
    );
    const everything = [listing.name, listing.summary, listing.description, ...(listing.keywords ?? [])].join('\n');
    results.push(verdict(REQUIREMENT, `${locale} claims`, falseClaims(everything, language), 'claims nothing the skill does not do'));
  }
  if (testingInstructions.trim() === '') results.push(fail(REQUIREMENT, 'testingInstructions: missing'));
  else {
    results.push(
      verdict(
        REQUIREMENT,
        'testingInstructions',
        [...featureProblems(testingInstructions, 'en'), ...falseClaims(testingInstructions, 'en')],
        `say how to reach all ${FEATURES.length} features`,
      ),
    );
  }
  for (const placeholder of testingInstructions.match(PLACEHOLDER) ?? []) {
    const message = `testingInstructions hold ${placeholder}: fill it in in skill-package/skill.json before you submit`;
    results.push(submission ? fail(REQUIREMENT, message) : todo(REQUIREMENT, message));
  }
  const featureIntents = new Set(FEATURES.flatMap((feature) => feature.intents));
  const unlisted = new Set(
    localesOf(skillPackage).flatMap((locale) =>
      skillPackage.models[locale].languageModel.intents
        .map((intent) => intent.name)
        .filter((name) => !name.startsWith('AMAZON.') && !featureIntents.has(name)),
    ),
  );
  results.push(
    verdict(
      REQUIREMENT,
      'features',
      [...unlisted].map((name) => `${name} belongs to no feature in src/certify/features.ts`),
      'every custom intent belongs to a listed feature',
    ),
  );
  return results;
}
