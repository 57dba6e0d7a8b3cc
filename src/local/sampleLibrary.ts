import { createHash } from 'node:crypto';

/*
 * The demo user's Spotify library, served by the demo provider to `npm start` and the
 * tests. The names are chosen to trip up speech and markup: ampersands, angle brackets,
 * quotes, accents, emoji, a dash, two playlists that both sound like "road trip", two both
 * called "Chill", and "Workout" beside "Workout Playlist".
 */

export interface SampleUser {
  readonly id: string;
  readonly displayName: string;
}

export interface SampleTrack {
  readonly type: 'track';
  /** Local files have no Spotify id. */
  readonly id: string | null;
  readonly name: string;
  readonly artists: readonly string[];
  readonly album: string;
  readonly durationMs: number;
  readonly isLocal: boolean;
  /** When it was added to its playlist (ISO 8601); the demo dates the sample items itself when left out. */
  readonly addedAt?: string;
}

export interface SampleEpisode {
  readonly type: 'episode';
  readonly id: string;
  readonly name: string;
  readonly show: string;
  readonly durationMs: number;
}

/** `null` is a track Spotify can no longer play; the API sends `item: null` for it. */
export type SampleItem = SampleTrack | SampleEpisode | null;

export interface SamplePlaylist {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly owner: SampleUser;
  readonly public: boolean;
  readonly collaborative: boolean;
  readonly items: readonly SampleItem[];
  /** When the first item was added (ISO 8601); each later one a day after. Default 1 January 2024. */
  readonly firstAddedAt?: string;
}

export interface SampleLibrary {
  readonly user: SampleUser;
  readonly playlists: readonly SamplePlaylist[];
}

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** A stable, Spotify-shaped id (22 base62 characters) derived from a seed. */
export function sampleSpotifyId(seed: string): string {
  let value = BigInt(`0x${createHash('sha256').update(seed).digest('hex')}`);
  let id = '';
  for (let index = 0; index < 22; index++) {
    id += BASE62[Number(value % 62n)];
    value /= 62n;
  }
  return id;
}

export const DEMO_USER: SampleUser = { id: 'demo-listener', displayName: 'Alex Demo' };
const FRIEND: SampleUser = { id: 'sam.roadtripper', displayName: 'Sam' };
const SPOTIFY: SampleUser = { id: 'spotify', displayName: 'Spotify' };
const BOB: SampleUser = { id: 'bob.beats', displayName: 'Bob' };

function track(name: string, artists: string | string[], album: string, durationMs = 210_000): SampleTrack {
  const artistList = Array.isArray(artists) ? artists : [artists];
  return {
    type: 'track',
    id: sampleSpotifyId(`track:${name}:${artistList.join(',')}`),
    name,
    artists: artistList,
    album,
    durationMs,
    isLocal: false,
  };
}

function localTrack(name: string, artist: string, album: string, durationMs: number): SampleTrack {
  return { type: 'track', id: null, name, artists: [artist], album, durationMs, isLocal: true };
}

function episode(name: string, show: string, durationMs: number): SampleEpisode {
  return { type: 'episode', id: sampleSpotifyId(`episode:${name}`), name, show, durationMs };
}

function playlist(
  id: string,
  name: string,
  items: readonly SampleItem[],
  extra: Partial<Pick<SamplePlaylist, 'description' | 'owner' | 'public' | 'collaborative' | 'firstAddedAt'>> = {},
): SamplePlaylist {
  return { id, name, items, description: '', owner: DEMO_USER, public: false, collaborative: false, ...extra };
}

const WORKOUT_ARTISTS = ['Dua Lipa', 'The Weeknd', 'Calvin Harris', 'Lizzo', 'Eminem', 'Daft Punk', 'Rihanna', 'Avicii'];
/** More than one page of items (Spotify pages at 50), so item paging can be exercised. */
const WORKOUT_TRACKS: SampleTrack[] = Array.from({ length: 64 }, (_, index) =>
  track(`Power Set ${index + 1}`, WORKOUT_ARTISTS[index % WORKOUT_ARTISTS.length], 'Gym Sessions', 180_000 + index * 1000),
);

export const SAMPLE_PLAYLISTS: readonly SamplePlaylist[] = [
  playlist(
    '3Rk8nRl5Bq2Wd7Yc9Hv4Jt',
    'Rock & Roll',
    [
      track('Johnny B. Goode', 'Chuck Berry', 'Chuck Berry Is on Top', 161_000),
      track('Hound Dog', 'Elvis Presley', 'Elvis’ Golden Records', 136_000),
      track('Great Balls of Fire', 'Jerry Lee Lewis', 'Great Balls of Fire', 112_000),
      track('Tutti Frutti', 'Little Richard', 'Here’s Little Richard', 145_000),
      track('Rock Around the Clock', ['Bill Haley', 'His Comets'], 'Rock Around the Clock', 130_000),
      track('Peggy Sue', 'Buddy Holly', 'Buddy Holly', 150_000),
      track('Blue Suede Shoes', 'Carl Perkins', 'Dance Album', 135_000),
      track('La Bamba', 'Ritchie Valens', 'Ritchie Valens', 124_000),
    ],
    { description: 'Where it all started.', public: true },
  ),
  playlist('6K2mXq9vBz4TnRw1LpYs8d', 'Beyoncé Favourites', [
    track('Halo', 'Beyoncé', 'I Am... Sasha Fierce', 261_000),
    track('Crazy in Love', ['Beyoncé', 'JAY-Z'], 'Dangerously in Love', 236_000),
    track('Formation', 'Beyoncé', 'Lemonade', 206_000),
    track('CUFF IT', 'Beyoncé', 'RENAISSANCE', 225_000),
    track('TEXAS HOLD ’EM', 'Beyoncé', 'COWBOY CARTER', 233_000),
  ]),
  playlist('0aT4pQ7cNvE2wYh5JmKs3R', 'Top 50 — 2024', [
    track('Espresso', 'Sabrina Carpenter', 'Short n’ Sweet', 175_000),
    track('Birds of a Feather', 'Billie Eilish', 'HIT ME HARD AND SOFT', 210_000),
    track('Too Sweet', 'Hozier', 'Unheard', 251_000),
    track('Please Please Please', 'Sabrina Carpenter', 'Short n’ Sweet', 186_000),
    track('APT.', ['ROSÉ', 'Bruno Mars'], 'rosie', 170_000),
    track('Die With A Smile', ['Lady Gaga', 'Bruno Mars'], 'Die With A Smile', 251_000),
  ]),
  playlist('4Lx8Rw2mQe6Tz1Vb9NcHy7', '<Late Night> Jazz', [
    track('So What', 'Miles Davis', 'Kind of Blue', 562_000),
    track('Take Five', 'The Dave Brubeck Quartet', 'Time Out', 324_000),
    track('Round Midnight', 'Thelonious Monk', 'Genius of Modern Music', 190_000),
  ]),
  playlist('1Pz7Kd3sWq9Xb2Nf6Hj0Lm', 'Chill Vibes 🌙', [
    track('Sunset Lover', 'Petit Biscuit', 'Presence', 237_000),
    track('Intro', 'The xx', 'xx', 127_000),
    track('Holocene', 'Bon Iver', 'Bon Iver, Bon Iver', 336_000),
    track('Breathe', 'Télépopmusik', 'Genetic World', 280_000),
  ]),
  playlist('7Rd2Tr1pX4mQ8vK3bN6wZs', 'Road Trip', [
    track('Life is a Highway', 'Tom Cochrane', 'Mad Mad World', 266_000),
    track('Born to Run', 'Bruce Springsteen', 'Born to Run', 270_000),
    track('On the Road Again', 'Willie Nelson', 'Honeysuckle Rose', 153_000),
    track('Take Me Home, Country Roads', 'John Denver', 'Poems, Prayers & Promises', 190_000),
    track('Fast Car', 'Tracy Chapman', 'Tracy Chapman', 296_000),
    track('Highway to Hell', 'AC/DC', 'Highway to Hell', 208_000),
    track('Drive', 'The Cars', 'Heartbeat City', 235_000),
  ]),
  playlist(
    '2Yq9Rt5dZ8nM1xL4cV7bPe',
    'Road Trip 2019',
    [
      track('Old Town Road', ['Lil Nas X', 'Billy Ray Cyrus'], '7 EP', 157_000),
      track('Bad Guy', 'Billie Eilish', 'WHEN WE ALL FALL ASLEEP, WHERE DO WE GO?', 194_000),
      track('Señorita', ['Shawn Mendes', 'Camila Cabello'], 'Señorita', 191_000),
    ],
    { owner: FRIEND, collaborative: true, description: 'Sam & Alex, summer 2019' },
  ),
  playlist('5Mu8Sd3yQ1wE6rT9kJ2hGf', 'Mum\'s "Sunday" Songs', [
    track('Dancing Queen', 'ABBA', 'Arrival', 231_000),
    track('Sunday Morning', 'Maroon 5', 'Songs About Jane', 245_000),
    track('Here Comes the Sun', 'The Beatles', 'Abbey Road', 185_000),
  ]),
  playlist('3Cf4DeLm9Ar2Xy7Hq1Zt8B', 'Café del Mar', [
    track('Café del Mar', 'Energy 52', 'Café del Mar', 456_000),
    track('Porcelain', 'Moby', 'Play', 241_000),
  ]),
  playlist('6Wk0Ut3Qz5Rn8Bm2Yv4Lx1', 'Workout', WORKOUT_TRACKS, { description: 'Sixty-four sets, no excuses.' }),
  playlist('0Nt5Ye3Mp7Ty1Qw9Er2Xz6', 'Nothing Here Yet', [], { description: 'An empty playlist.' }),
  playlist('1Od5Ds2An4En8Ds6Mx3Qw7', 'Odds & Ends', [
    track('Clair de Lune', 'Claude Debussy', 'Suite bergamasque', 300_000),
    null,
    episode('The Making of a Playlist', 'Song Exploder', 1_680_000),
    localTrack('Garage Demo (Take 3)', 'The Basement Band', 'Home Recordings', 201_000),
    null,
    track('Windowlicker', 'Aphex Twin', 'Windowlicker', 367_000),
  ]),
  playlist(
    '37i9dQZF1DXcBWIGoYBM5M',
    "Today's Top Hits",
    [track('Espresso', 'Sabrina Carpenter', 'Short n’ Sweet', 175_000), track('Too Sweet', 'Hozier', 'Unheard', 251_000)],
    { owner: SPOTIFY, public: true, description: 'The hottest tracks right now. Not yours, so its items answer 403.' },
  ),
  playlist(
    '4Dn9Pr5Ty2Qw7Er1Ui8Op3',
    'Dinner Party',
    [
      track('Fly Me to the Moon', 'Frank Sinatra', 'It Might as Well Be Swing', 148_000),
      track('La Vie en rose', 'Édith Piaf', 'La Vie en rose', 187_000),
      track('Smooth Operator', 'Sade', 'Diamond Life', 298_000),
    ],
    { firstAddedAt: '2026-02-10T19:30:00Z', description: 'The newest additions of the library.' },
  ),
  // Two playlists with the very same name, told apart only by their owners: the skill must ask.
  playlist('2Ch7Lm4Ax9Qd1Zr6Tb3Wk8', 'Chill', [
    track('Weightless', 'Marconi Union', 'Weightless', 480_000),
    track('Teardrop', 'Massive Attack', 'Mezzanine', 330_000),
  ]),
  playlist(
    '8Ch3Bb6Ob1Zx4Nq7Wy2Rk5',
    'Chill',
    [
      track('Banana Pancakes', 'Jack Johnson', 'In Between Dreams', 191_000),
      track('Better Together', 'Jack Johnson', 'In Between Dreams', 207_000),
      track('Riptide', 'Vance Joy', 'Dream Your Life Away', 204_000),
    ],
    { owner: BOB, collaborative: true, description: "Bob's, shared with Alex." },
  ),
  // "workout" is Workout; "workout playlist" is this one, not a Workout with "playlist" dropped.
  playlist('9Wp4Lt2Ky7Hs5Qm1Vz3Xo8', 'Workout Playlist', [
    track('Eye of the Tiger', 'Survivor', 'Eye of the Tiger', 245_000),
    track('Stronger', 'Kanye West', 'Graduation', 312_000),
  ]),
];

export const SAMPLE_LIBRARY: SampleLibrary = { user: DEMO_USER, playlists: SAMPLE_PLAYLISTS };

const DEFAULT_FIRST_ADDED_AT = Date.UTC(2024, 0, 1);
const DAY_MS = 86_400_000;

/** When the item at `index` was added to `playlistToRead`, as both demo APIs report it (`added_at`, `snippet.publishedAt`). */
export function sampleAddedAt(playlistToRead: SamplePlaylist, index: number): string {
  const first = playlistToRead.firstAddedAt === undefined ? DEFAULT_FIRST_ADDED_AT : Date.parse(playlistToRead.firstAddedAt);
  return new Date(first + index * DAY_MS).toISOString().replace('.000Z', 'Z');
}

/** Spotify's development-mode rule: only playlists you own or collaborate on show their items. */
export function canReadItems(playlistToRead: SamplePlaylist, user: SampleUser): boolean {
  return playlistToRead.owner.id === user.id || playlistToRead.collaborative;
}

export function findSamplePlaylist(library: SampleLibrary, name: string): SamplePlaylist {
  const found = library.playlists.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`No sample playlist named ${name}`);
  return found;
}

/** The library with `song` appended to one playlist, added at `addedAt`: the playlist's snapshot changes, as on Spotify. */
export function withAddedSong(
  library: SampleLibrary,
  playlistId: string,
  song: { readonly name: string; readonly artists: readonly string[] },
  addedAt: Date,
): SampleLibrary {
  if (!library.playlists.some((candidate) => candidate.id === playlistId)) throw new Error(`no demo playlist ${playlistId}`);
  const added: SampleTrack = { ...track(song.name, [...song.artists], 'Added in the console'), addedAt: addedAt.toISOString() };
  return {
    ...library,
    playlists: library.playlists.map((candidate) =>
      candidate.id === playlistId ? { ...candidate, items: [...candidate.items, added] } : candidate,
    ),
  };
}
