/*
 * The ask-sdk-core functions and classes the skill calls, imported in this one place; types are
 * imported from 'ask-sdk-core' directly. ask-sdk-core is CommonJS, and the bundler gives every
 * module that imports a value from it its own interop copy of all ~80 of its exports: one copy
 * per importing module cost a cold launch about a millisecond.
 */
export {
  escapeXmlCharacters,
  getAccountLinkingAccessToken,
  getLocale,
  getSupportedInterfaces,
  ResponseFactory,
  SkillBuilders,
} from 'ask-sdk-core';
