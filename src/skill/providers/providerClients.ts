/*
 * The seam between what a launch loads and what only a provider request needs. The bundle
 * (scripts/lambdaBundle.mjs) builds this module and everything behind it, axios included,
 * into its own file, dist/lambda/providers.js, and turns each `import('./providerClients')`
 * into a plain `require('./providers.js')` on first use. Import it only dynamically.
 */
export { SpotifyClient } from './spotify/SpotifyClient';
export { SpotifyPlayer } from './spotify/SpotifyPlayer';
export { YouTubeClient } from './youtube/YouTubeClient';
export { postJson } from './httpPost';
export { cachedProvider } from './cachedProvider';
export { cacheScope, PlaylistCache } from './playlistCache';
