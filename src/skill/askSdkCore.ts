/*
 * The ask-sdk-core functions and classes the skill calls, imported in this one place; types are
 * imported from 'ask-sdk-core' directly. ask-sdk-core is CommonJS, and the bundler gives every
 * module that imports a value from it its own interop copy of all ~80 of its exports: six copies
 * took about half a millisecond of a cold launch's CPU profile.
 */
export {
  escapeXmlCharacters,
  getAccountLinkingAccessToken,
  getLocale,
  getSupportedInterfaces,
  ResponseFactory,
  SkillBuilders,
} from 'ask-sdk-core';
