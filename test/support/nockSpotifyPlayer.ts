import nock from 'nock';
import { LINKED_TOKEN, SPOTIFY_TEST_API } from './dialog';
import { JSON_HEADERS } from './nockSpotify';
import { devicesBody, FixtureDevice, playbackStateBody } from './spotifyPlayerWire';

/** One command the fake player received, as Spotify would see it. */
export interface PlayerCommand {
  readonly path: string;
  readonly query: Record<string, string>;
  readonly body: unknown;
}

export interface FakeSpotifyPlayer {
  readonly commands: PlayerCommand[];
  readonly scope: nock.Scope;
}

type Reply = [number, unknown?, Record<string, string>?];

export interface FakePlayerOptions {
  readonly devices: FixtureDevice[];
  /** What GET /me/player answers; 204 (nothing playing) when left out. */
  readonly state?: Parameters<typeof playbackStateBody>[0];
  /** Answers the n-th command (0-based); 204 when it returns undefined. */
  readonly onCommand?: (command: PlayerCommand, index: number) => Reply | undefined;
  /** Answers GET /me/player/devices instead of the devices list. */
  readonly devicesReply?: Reply;
}

/** Spotify's Player API for one Premium user: the devices, the playback state, and every command (PUT or POST) recorded. */
export function nockSpotifyPlayer(options: FakePlayerOptions): FakeSpotifyPlayer {
  const commands: PlayerCommand[] = [];
  const record = (uri: string, body: unknown): Reply => {
    const url = new URL(uri, 'http://x');
    const command = {
      path: url.pathname.replace(/^\/v1/, ''),
      query: Object.fromEntries(url.searchParams),
      body: body === '' ? undefined : body,
    };
    commands.push(command);
    return options.onCommand?.(command, commands.length - 1) ?? [204];
  };
  const scope = nock(SPOTIFY_TEST_API, { reqheaders: { authorization: `Bearer ${LINKED_TOKEN}` } })
    .persist()
    .get('/me/player/devices')
    .reply(() => options.devicesReply ?? [200, devicesBody(options.devices), JSON_HEADERS])
    .get('/me/player')
    .query(true)
    .reply(() => (options.state ? [200, playbackStateBody(options.state), JSON_HEADERS] : [204]))
    .put(/\/me\/player\/(play|shuffle|pause)/)
    .query(true)
    .reply((uri, body) => record(uri, body))
    .post('/me/player/next')
    .query(true)
    .reply((uri, body) => record(uri, body));
  return { commands, scope };
}
