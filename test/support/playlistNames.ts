/**
 * A linked user's twelve playlists, in the order their provider lists them: more than two
 * pages of five, so "more" is asked twice and the last page is short. Rock & Roll is second.
 */
export const TWELVE_PLAYLIST_NAMES: readonly string[] = [
  'Road Trip',
  'Rock & Roll',
  'Chill Vibes',
  'Workout',
  'Focus',
  'Sunday Morning',
  'Party',
  'Jazz Classics',
  'Sleep',
  'Dinner',
  'Throwbacks',
  'Indie Mix',
];
