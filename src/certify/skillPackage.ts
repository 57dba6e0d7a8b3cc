import { readFileSync } from 'node:fs';
import path from 'node:path';
import { LanguageModel } from '../local/utteranceResolver';
import { projectRoot } from './builtSkill';

/*
 * The skill package as `ask deploy` uploads it: skill.json and one interaction model per locale,
 * read into plain objects so that a check (or a test) can look at, or change, a copy.
 */

export const SKILL_PACKAGE_DIR = path.join(projectRoot, 'skill-package');

export interface LocaleListing {
  readonly name?: string;
  readonly summary?: string;
  readonly description?: string;
  readonly examplePhrases?: readonly string[];
  readonly keywords?: readonly string[];
}

export interface PrivacyUrls {
  readonly privacyPolicyUrl?: string;
  readonly termsOfUseUrl?: string;
}

export interface Manifest {
  readonly publishingInformation: {
    readonly locales: Readonly<Record<string, LocaleListing>>;
    readonly testingInstructions?: string;
  };
  readonly privacyAndCompliance: {
    readonly usesPersonalInfo?: boolean;
    readonly locales?: Readonly<Record<string, PrivacyUrls>>;
  };
  readonly events?: { readonly subscriptions?: readonly { readonly eventName: string }[] };
}

export interface DialogSlot {
  readonly name: string;
  readonly elicitationRequired?: boolean;
  readonly prompts?: { readonly elicitation?: string };
}

export interface ModelIntent {
  readonly name: string;
  readonly samples?: readonly string[];
  readonly slots?: readonly { readonly name: string; readonly type: string; readonly samples?: readonly string[] }[];
}

export interface InteractionModel {
  readonly languageModel: Omit<LanguageModel, 'intents'> & { readonly intents: readonly ModelIntent[] };
  readonly dialog?: { readonly intents?: readonly { readonly name: string; readonly slots?: readonly DialogSlot[] }[] };
}

export interface SkillPackage {
  readonly manifest: Manifest;
  /** By locale, every locale the listing names. */
  readonly models: Readonly<Record<string, InteractionModel>>;
}

export function readSkillPackage(dir: string = SKILL_PACKAGE_DIR): SkillPackage {
  const { manifest } = JSON.parse(readFileSync(path.join(dir, 'skill.json'), 'utf8')) as { manifest: Manifest };
  const models: Record<string, InteractionModel> = {};
  for (const locale of Object.keys(manifest.publishingInformation.locales)) {
    const file = path.join(dir, 'interactionModels', 'custom', `${locale}.json`);
    models[locale] = (JSON.parse(readFileSync(file, 'utf8')) as { interactionModel: InteractionModel }).interactionModel;
  }
  return { manifest, models };
}

export const localesOf = (skillPackage: SkillPackage) => Object.keys(skillPackage.manifest.publishingInformation.locales);

/** "en" or "de": the language whose words a check looks for. */
export const languageOf = (locale: string): 'en' | 'de' => (locale.toLowerCase().startsWith('de') ? 'de' : 'en');

/** A deep copy to change in a test or a what-if, leaving the original alone. */
export function copyOf(skillPackage: SkillPackage): SkillPackage {
  return JSON.parse(JSON.stringify(skillPackage)) as SkillPackage;
}
