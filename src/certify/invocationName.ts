import { INVOCATION_WORDS } from '../local/utteranceResolver';
import { CheckResult, verdict } from './checkResult';
import { languageOf, localesOf, SkillPackage } from './skillPackage';

/*
 * Amazon's invocation name requirements: two or more words; lower-case letters, spaces,
 * possessive apostrophes and abbreviation periods only (numbers spelled out); no launch,
 * connecting or wake words; not "skill" or "app". And the listing's name says the same words.
 */

const REQUIREMENT = 'Invocation name';
const FORBIDDEN = ['alexa', 'amazon', 'echo', 'computer', 'skill', 'app'];
/** Words a skill's display name may add or translate without changing what it is called. */
const NAME_NOISE: Record<'en' | 'de', readonly string[]> = { en: ['the'], de: ['der', 'die', 'das'] };

export function invocationNameProblems(invocationName: string, locale: string): string[] {
  const language = languageOf(locale);
  const words = INVOCATION_WORDS[language];
  const problems: string[] = [];
  const tokens = invocationName.split(' ');
  if (tokens.length < 2) problems.push('has fewer than two words');
  if (invocationName !== invocationName.toLowerCase()) problems.push('is not all lower case');
  if (!/^[\p{Ll}]+(?:['’]s|\.)?(?: [\p{Ll}]+(?:['’]s|\.)?)*$/u.test(invocationName)) {
    problems.push('holds something besides letters, single spaces, possessive apostrophes and abbreviation periods');
  }
  const launchOrConnecting = new Set([...words.launch, ...words.oneShot, ...words.connecting].flatMap((word) => word.split(' ')));
  for (const token of tokens.map((token) => token.replace(/['’]s$|\.$/u, ''))) {
    if (FORBIDDEN.includes(token)) problems.push(`holds "${token}"`);
    else if (launchOrConnecting.has(token)) problems.push(`holds the launch or connecting word "${token}"`);
  }
  return problems;
}

const wordsOf = (text: string, locale: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}'’.]+/u)
    .filter((word) => word !== '' && !NAME_NOISE[languageOf(locale)].includes(word));

export function checkInvocationNames(skillPackage: SkillPackage): CheckResult[] {
  return localesOf(skillPackage).map((locale) => {
    const invocationName = skillPackage.models[locale].languageModel.invocationName;
    const displayName = skillPackage.manifest.publishingInformation.locales[locale].name ?? '';
    const problems = invocationNameProblems(invocationName, locale);
    if (wordsOf(invocationName, locale).join(' ') !== wordsOf(displayName, locale).join(' ')) {
      problems.push(`does not say the listing's name "${displayName}"`);
    }
    return verdict(REQUIREMENT, `${locale} "${invocationName}"`, problems, `meets the rules and matches the name "${displayName}"`);
  });
}
