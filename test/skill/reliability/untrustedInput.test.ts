import nock from 'nock';
import { Request, RequestEnvelope } from 'ask-sdk-model';
import { aplUserEvent, buildEnvelope, intentRequest, launchRequest, LOCAL_SKILL_ID } from '../../../src/local/requestEnvelope';
import { OPEN_PLAYLIST_EVENT, PLAYLIST_LIST_TOKEN } from '../../../src/skill/apl/renderPlaylists';
import { buildSkill } from '../../../src/skill/skill';
import { Dialog, LINKED_TOKEN, SPOTIFY_TEST_API, testSkill, toTurn, Turn } from '../../support/dialog';
import { JSON_HEADERS, nockSpotifyLibrary } from '../../support/nockSpotify';
import { library, spotifyError, trackItem } from '../../support/spotifyWire';
import { failOnEscapedRejections } from './answers';

/*
 * Everything in the envelope is untrusted: a client, a proxy or a test harness can send any
 * JSON. Each probe here once made the skill throw, apologise for "something" on its side,
 * or put an ID it never checked into a provider URL. Each now gets a deliberate answer.
 */

const ROAD_TRIP = library(['Road Trip', 'Chill Vibes']);
const [ROAD, CHILL] = ROAD_TRIP;
const DYNAMIC_AUTHORITY = `amzn1.er-authority.echo-sdk.dynamic.${LOCAL_SKILL_ID}.PLAYLIST_NAME`;
const SOMETHING_WENT_WRONG = 'something went wrong on my side';

/** Every path the skill asked Spotify for, matched or not. */
let requestedPaths: string[];
const recordUnmatched = (request: { path: string }) => requestedPaths.push(`unmatched ${request.path}`);
failOnEscapedRejections();

beforeEach(() => {
  requestedPaths = [];
  const scope = nockSpotifyLibrary(ROAD_TRIP, { [ROAD.id]: [trackItem('Drive', ['The Cars'])], [CHILL.id]: [] });
  scope.on('request', (request: { path: string }) => requestedPaths.push(request.path.split('?')[0]));
  nock.emitter.on('no match', recordUnmatched);
});

afterEach(() => {
  nock.emitter.removeListener('no match', recordUnmatched);
  nock.cleanAll();
});

/** Sends an envelope; a throw out of `invoke` fails the test here. */
async function send(envelope: unknown, skill = testSkill()): Promise<Turn> {
  return toTurn(await skill.invoke(envelope as RequestEnvelope));
}

const linked = (request: Request) => buildEnvelope(request, { accessToken: LINKED_TOKEN });

function withLocale(request: Request, locale: unknown): Request {
  return { ...request, locale } as unknown as Request;
}

describe('a request.locale that is not a string', () => {
  const ODD_LOCALES: [string, unknown][] = [
    ['42', 42],
    ['{}', {}],
    ['null', null],
    ['[]', []],
    ['["de-DE"]', ['de-DE']],
    ['true', true],
    ['a string of a million characters', `de-${'x'.repeat(1_000_000)}`],
    ['an object with a split method', { split: () => ['de'] }],
  ];

  it.each(ODD_LOCALES)('(%s) gets help in US English', async (_name, locale) => {
    const turn = await send(linked(withLocale(intentRequest('AMAZON.HelpIntent'), locale)));
    expect(turn.speech).toContain('I read your Spotify playlists.');
  });

  it.each(ODD_LOCALES)('(%s) gets the playlist list', async (_name, locale) => {
    const turn = await send(linked(withLocale(intentRequest('ListPlaylistsIntent'), locale)));
    expect(turn.speech).toContain('You have 2 playlists.');
  });

  it.each(ODD_LOCALES)("(%s) still gets the error handlers' answers", async (_name, locale) => {
    nock.cleanAll();
    nock(SPOTIFY_TEST_API).get('/me/playlists').query(true).reply(401, spotifyError(401, 'The access token expired'), JSON_HEADERS);
    const turn = await send(linked(withLocale(intentRequest('ListPlaylistsIntent'), locale)));
    expect(turn.speech).toContain('Your link to Spotify has expired.');
    expect(turn.card).toEqual({ type: 'LinkAccount' });
  });

  it.each(ODD_LOCALES)('(%s) is answered by the unexpected-error handler too', async (_name, locale) => {
    // A provider binding with a bug: only the last net can answer.
    const broken = buildSkill(
      { accountLinking: 'required' },
      {
        providerName: 'Spotify',
        create: () => {
          throw new TypeError('bug');
        },
      },
    );
    const turn = await send(linked(withLocale(intentRequest('ListPlaylistsIntent'), locale)), broken);
    expect(turn.speech).toContain(SOMETHING_WENT_WRONG);
  });
});

describe('an envelope without a request', () => {
  it.each([
    ['null', null],
    ['missing', undefined],
    ['a string', 'LaunchRequest'],
    ['an array', []],
  ])('(%s) gets a deliberate "didn\'t get that", not an apology for the skill', async (_name, request) => {
    const envelope = linked(launchRequest()) as unknown as Record<string, unknown>;
    if (request === undefined) delete envelope.request;
    else envelope.request = request;
    const turn = await send(envelope);
    expect(turn.speech).toContain("Sorry, I didn't get that.");
    expect(turn.speech).not.toContain(SOMETHING_WENT_WRONG);
  });

  it('nor does an unlinked one in optional mode', async () => {
    const envelope = buildEnvelope(launchRequest()) as unknown as Record<string, unknown>;
    envelope.request = null;
    const turn = await send(envelope, testSkill({ accountLinking: 'optional' }));
    expect(turn.speech).toContain("Sorry, I didn't get that.");
  });
});

/** "What's on road trip" with the given `resolutions` on its slot. */
function contentsWithResolutions(resolutions: unknown): RequestEnvelope {
  const request = intentRequest('PlaylistContentsIntent', { playlistName: 'road trip' }) as unknown as {
    intent: { slots: Record<string, Record<string, unknown>> };
  };
  request.intent.slots.playlistName.resolutions = resolutions;
  return linked(request as unknown as Request);
}

const dynamicMatch = (value: unknown) => ({
  resolutionsPerAuthority: [{ authority: DYNAMIC_AUTHORITY, status: { code: 'ER_SUCCESS_MATCH' }, values: [{ value }] }],
});

describe('entity resolutions of the wrong shape', () => {
  it.each<[string, unknown]>([
    ['an authority that is a number', { resolutionsPerAuthority: [{ authority: 42, status: { code: 'ER_SUCCESS_MATCH' } }] }],
    [
      'an authority that is an object',
      { resolutionsPerAuthority: [{ authority: { startsWith: 1 }, status: { code: 'ER_SUCCESS_MATCH' } }] },
    ],
    ['an authority that is an array', { resolutionsPerAuthority: [{ authority: [DYNAMIC_AUTHORITY] }] }],
    ['resolutionsPerAuthority that is a string', { resolutionsPerAuthority: DYNAMIC_AUTHORITY }],
    ['resolutionsPerAuthority that is an object', { resolutionsPerAuthority: { 0: { authority: DYNAMIC_AUTHORITY } } }],
    ['resolutionsPerAuthority that is a number', { resolutionsPerAuthority: 7 }],
    ['a null authority entry', { resolutionsPerAuthority: [null] }],
    ['resolutions that are a string', 'ER_SUCCESS_MATCH'],
    ['a status code that is a number', { resolutionsPerAuthority: [{ authority: DYNAMIC_AUTHORITY, status: { code: 200 } }] }],
    [
      'values that are an object',
      { resolutionsPerAuthority: [{ authority: DYNAMIC_AUTHORITY, status: { code: 'ER_SUCCESS_MATCH' }, values: { 0: {} } }] },
    ],
    [
      'values that are a string',
      { resolutionsPerAuthority: [{ authority: DYNAMIC_AUTHORITY, status: { code: 'ER_SUCCESS_MATCH' }, values: 'Road Trip' }] },
    ],
    ['a null value', dynamicMatch(null)],
    ['an ID that is a number', dynamicMatch({ id: 42, name: 'Road Trip' })],
    ['a name that is an object', dynamicMatch({ id: ROAD.id, name: { toString: 'x' } })],
  ])('(%s) are set aside and the spoken name is looked up', async (_name, resolutions) => {
    const turn = await send(contentsWithResolutions(resolutions));
    expect(turn.speech).toContain('Road Trip has 10 songs.');
    expect(turn.speech).not.toContain(SOMETHING_WENT_WRONG);
  });
});

const BAD_IDS: [string, string][] = [
  ['a dot-dot segment', '..'],
  ['a path', '../../me/player'],
  ['an encoded path', '%2e%2e%2fme'],
  ['a query', `${ROAD.id}?market=x`],
  ['one character too many', `${ROAD.id}x`],
  ['one character too few', ROAD.id.slice(1)],
  ['a Spotify URI', `spotify:playlist:${ROAD.id}`],
  ['unicode digits', '٠'.repeat(22)],
  ['empty', ''],
];

describe('an ID from a dynamic-entity resolution', () => {
  it.each(BAD_IDS)('that is not a Spotify playlist ID (%s) never reaches a URL; the spoken name is looked up', async (_name, id) => {
    const turn = await send(contentsWithResolutions(dynamicMatch({ id, name: 'Road Trip' })));
    expect(turn.speech).toContain('Road Trip has 10 songs.');
    expect(requestedPaths).toEqual(['/v1/me/playlists', `/v1/playlists/${ROAD.id}/items`]);
  });

  it('that is a Spotify playlist ID is used as is, without reading the library', async () => {
    const turn = await send(contentsWithResolutions(dynamicMatch({ id: ROAD.id, name: 'Road Trip' })));
    expect(turn.speech).toContain('Road Trip has 10 songs.');
    expect(requestedPaths).toEqual([`/v1/playlists/${ROAD.id}/items`]);
  });
});

describe('an ID from an APL UserEvent', () => {
  const touch = (args: unknown[]) => new Dialog(testSkill(), { accessToken: LINKED_TOKEN }).say(aplUserEvent(PLAYLIST_LIST_TOKEN, args));

  it.each([...BAD_IDS, ['a number', 42 as unknown as string], ['an object', {} as unknown as string]])(
    'that is not a Spotify playlist ID (%s) never reaches a URL: the person hears the playlist is not there',
    async (_name, id) => {
      const turn = await touch([OPEN_PLAYLIST_EVENT, id, 'Road Trip']);
      expect(turn.speech).toContain("I couldn't find that playlist.");
      expect(turn.speech).not.toContain(SOMETHING_WENT_WRONG);
      expect(requestedPaths).toEqual([]);
    },
  );

  it('that is a Spotify playlist ID opens that playlist', async () => {
    const turn = await touch([OPEN_PLAYLIST_EVENT, ROAD.id, 'Road Trip']);
    expect(turn.speech).toContain('Road Trip has 10 songs.');
    expect(requestedPaths).toEqual([`/v1/playlists/${ROAD.id}/items`]);
  });
});
