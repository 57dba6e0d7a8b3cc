/*
 * The ask-sdk-core functions and classes the skill calls, imported in this one place and from
 * the files that define them; types are imported from 'ask-sdk-core' directly. The package's
 * index loads every one of its modules (about a third of it display-template, viewport and API
 * client helpers the skill never calls), and a launch pays to read each one. ask-sdk-core is
 * CommonJS, so the bundler also gives every module that imports a value from it an interop
 * copy of its exports: one importing module keeps that to one copy. The dist paths are the
 * package's own layout, not a documented API; test/build/bundle.test.ts fails if one moves.
 */
export { getAccountLinkingAccessToken, getLocale, getSupportedInterfaces } from 'ask-sdk-core/dist/util/RequestEnvelopeUtils';
export { escapeXmlCharacters } from 'ask-sdk-core/dist/util/SsmlUtils';
export { ResponseFactory } from 'ask-sdk-core/dist/response/ResponseFactory';
export { SkillBuilders } from 'ask-sdk-core/dist/skill/SkillBuilders';
