import { ResponseEnvelope } from 'ask-sdk-model';
import { intentRequest } from '../local/requestEnvelope';
import { parseExamplePhrase } from '../local/utteranceResolver';
import { CheckResult, fail, verdict } from './checkResult';
import { InteractionModel, localesOf, SkillPackage } from './skillPackage';
import { apologises, asksSomething, hasReprompt, SkillUnderTest, spokenText } from './skillUnderTest';

/*
 * Amazon: each example phrase is wake word, launch word, invocation name, connecting word and
 * one of the locale's sample utterances, and the skill answers it in context. Only the first may
 * be a plain launch. Up to three per locale.
 */

const REQUIREMENT = 'Example phrases';
/** An intent no model has: what the skill says to it is its catch-all. */
export const UNKNOWN_INTENT = 'CertifyNoSuchIntent';

/** Help, fallback and the catch-all, whose words an in-context answer must not be. */
export async function referenceAnswers(skill: SkillUnderTest, locale: string): Promise<Record<'help' | 'fallback' | 'unknown', string>> {
  const [help, fallback, unknown] = await skill.answer(
    ['AMAZON.HelpIntent', 'AMAZON.FallbackIntent', UNKNOWN_INTENT].map((name) => ({ request: intentRequest(name, {}, locale) })),
  );
  return { help: spokenText(help), fallback: spokenText(fallback), unknown: spokenText(unknown) };
}

function contextProblems(response: ResponseEnvelope, locale: string, references: Record<string, string>, launch: boolean): string[] {
  const text = spokenText(response);
  const problems: string[] = [];
  if (text === '') problems.push('answered with no speech');
  for (const [kind, words] of Object.entries(references)) if (text === words) problems.push(`answered with the ${kind} answer`);
  if (apologises(text, locale)) problems.push(`answered with an apology: "${text}"`);
  if (launch && !(asksSomething(text, locale) && hasReprompt(response))) problems.push('the launch asks nothing or has no reprompt');
  return problems;
}

export async function checkExamplePhrases(skillPackage: SkillPackage, skill: SkillUnderTest): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  for (const locale of localesOf(skillPackage)) {
    const phrases = skillPackage.manifest.publishingInformation.locales[locale].examplePhrases ?? [];
    if (phrases.length === 0 || phrases.length > 3) {
      results.push(fail(REQUIREMENT, `${locale}: has ${phrases.length} example phrases; Amazon takes one to three`));
      if (phrases.length === 0) continue;
    }
    const model: InteractionModel = skillPackage.models[locale];
    const parsed = phrases.map((phrase) => parseExamplePhrase(phrase, model.languageModel, locale));
    const runnable = parsed.filter((parts) => typeof parts !== 'string');
    const [references, responses] = await Promise.all([
      referenceAnswers(skill, locale),
      skill.answer(runnable.map((parts) => ({ request: parts.request }))),
    ]);
    let next = 0;
    phrases.forEach((phrase, index) => {
      const parts = parsed[index];
      const subject = `${locale} "${phrase}"`;
      if (typeof parts === 'string') {
        results.push(fail(REQUIREMENT, `${subject}: does not parse: it ${parts}`));
        return;
      }
      const response = responses[next++];
      const launch = parts.request.type === 'LaunchRequest';
      const problems = contextProblems(response, locale, references, launch);
      if (launch && index > 0) problems.unshift('only the first example phrase may be a plain launch');
      const shape = launch
        ? `parses as a launch ("${parts.launchWord}")`
        : `parses ("${parts.launchWord}"${parts.connectingWord ? ` · "${parts.connectingWord}"` : ''} · sample "${parts.sample}" of ${(parts.request as { intent: { name: string } }).intent.name})`;
      results.push(verdict(REQUIREMENT, subject, problems, `${shape}, answered in context: "${spokenText(response).slice(0, 70)}…"`));
    });
  }
  return results;
}
