/*
 * The shape of each provider's playlist IDs. An ID that reaches a URL must have come from
 * the provider, but IDs also come back through Alexa (session attributes, APL events,
 * dynamic entities), where anyone can put anything; this is checked before they are used.
 */

const PLAYLIST_ID_FORMATS = new Map<string, RegExp>([
  // Base62, 22 characters; the demo provider's IDs follow it too.
  ['spotify', /^[0-9A-Za-z]{22}$/],
  // "PL…", "LL", "WL", "FL…", "RD…" and the other prefixes; letters, digits, "-" and "_".
  ['youtube', /^[A-Za-z0-9_-]{2,64}$/],
]);

/**
 * Whether `id` could be one of `providerName`'s playlist IDs. `providerName` is the config's
 * (`spotify`) or the spoken one (`Spotify`); an unknown provider accepts nothing.
 */
export function isProviderPlaylistId(providerName: string, id: unknown): id is string {
  const format = PLAYLIST_ID_FORMATS.get(providerName.toLowerCase());
  return format !== undefined && typeof id === 'string' && format.test(id);
}
