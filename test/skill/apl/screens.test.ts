import skillJson from '../../../skill-package/skill.json';
import { interfaces } from 'ask-sdk-model';
import nock from 'nock';
import listDocument from '../../../src/skill/apl/playlistListDocument.json';
import tracksDocument from '../../../src/skill/apl/playlistTracksDocument.json';
import { buildEnvelope, intentRequest } from '../../../src/local/requestEnvelope';
import { Dialog, LINKED_TOKEN, testSkill } from '../../support/dialog';
import { nockSpotifyLibrary } from '../../support/nockSpotify';
import { FixturePlaylist, playlistObject, trackItem } from '../../support/spotifyWire';

type RenderDocument = interfaces.alexa.presentation.apl.RenderDocumentDirective;

const SCREEN = { 'Alexa.Presentation.APL': { runtime: { maxVersion: '2024.2' } } };
const ROCK: FixturePlaylist = { id: '37i9dQZF1DWXRqgorJj26U', name: 'Rock & Roll', total: 25 };
const JAZZ: FixturePlaylist = { id: '37i9dQZF1DXbITWG1ZJKYt', name: '<Late Night> Jazz', total: 1 };
const TWENTY_FIVE = Array.from({ length: 25 }, (_, index) => trackItem(`Song ${index + 1}`, ['Artist']));

const onScreen = () => new Dialog(testSkill(), { accessToken: LINKED_TOKEN, supportedInterfaces: SCREEN });
const rendered = (turn: { envelope: { response: { directives?: unknown[] } } }) =>
  (turn.envelope.response.directives ?? []).filter(
    (directive): directive is RenderDocument => (directive as { type: string }).type === 'Alexa.Presentation.APL.RenderDocument',
  );

afterEach(() => nock.cleanAll());

describe('on a device with a screen (APL)', () => {
  beforeEach(() => {
    nockSpotifyLibrary([ROCK, JAZZ], { [ROCK.id]: TWENTY_FIVE });
  });

  it('the playlist list is shown with names, song counts and covers', async () => {
    const turn = await onScreen().say(intentRequest('ListPlaylistsIntent'));
    const [directive] = rendered(turn);
    expect(directive.token).toBe('playlistList');
    expect(directive.document).toEqual(listDocument);
    expect(directive.datasources).toEqual({
      playlistList: {
        title: 'Playlist Reader',
        playlists: [
          { id: ROCK.id, name: 'Rock & Roll', countText: '25 songs', imageUrl: '' },
          { id: JAZZ.id, name: '<Late Night> Jazz', countText: '1 song', imageUrl: '' },
        ],
      },
    });
  });

  it("a playlist's tracks are shown, more than are read aloud", async () => {
    const turn = await onScreen().say(intentRequest('PlaylistContentsIntent', { playlistName: 'rock and roll' }));
    const [directive] = rendered(turn);
    expect(directive.token).toBe('playlistTracks');
    const data = (directive.datasources as { playlistTracks: { tracks: unknown[]; countText: string } }).playlistTracks;
    expect(data.tracks).toHaveLength(20);
    expect(data.countText).toBe('25 songs');
    expect(turn.speech).toContain(
      'It starts with: Song 1 by Artist, Song 2 by Artist, Song 3 by Artist, Song 4 by Artist, and Song 5 by Artist.',
    );
  });

  it('touching a playlist opens it', async () => {
    const envelope = buildEnvelope(
      {
        type: 'Alexa.Presentation.APL.UserEvent',
        requestId: 'r1',
        timestamp: new Date().toISOString(),
        locale: 'en-US',
        token: 'playlistList',
        arguments: ['openPlaylist', ROCK.id, 'Rock & Roll'],
        source: { type: 'TouchWrapper', handler: 'Press' },
      } as never,
      { accessToken: LINKED_TOKEN, supportedInterfaces: SCREEN, sessionAttributes: { listOffset: 5 } },
    );
    const turn = await onScreen().send(envelope);
    expect(turn.speech).toContain('Rock & Roll has 25 songs.');
    expect(rendered(turn)[0].token).toBe('playlistTracks');
  });

  it('a cover image from Spotify is shown when it is https', async () => {
    nock.cleanAll();
    const withCover = { ...playlistObject(ROCK), images: [{ url: 'https://i.scdn.co/image/ab67706f0000000', height: 640, width: 640 }] };
    nock('https://api.spotify.test/v1')
      .get('/me/playlists')
      .query(true)
      .reply(
        200,
        { items: [withCover], total: 1, limit: 5, offset: 0, next: null, previous: null, href: 'x' },
        { 'Content-Type': 'application/json' },
      );
    const turn = await onScreen().say(intentRequest('ListPlaylistsIntent'));
    const data = rendered(turn)[0].datasources as { playlistList: { playlists: { imageUrl: string }[] } };
    expect(data.playlistList.playlists[0].imageUrl).toBe('https://i.scdn.co/image/ab67706f0000000');
  });
});

describe('on a device without a screen', () => {
  it('no APL document is sent', async () => {
    nockSpotifyLibrary([ROCK], { [ROCK.id]: TWENTY_FIVE });
    const list = await new Dialog().say(intentRequest('ListPlaylistsIntent'));
    const contents = await new Dialog().say(intentRequest('PlaylistContentsIntent', { playlistName: 'rock and roll' }));
    expect(rendered(list)).toEqual([]);
    expect(rendered(contents)).toEqual([]);
  });
});

describe('touch events that cannot be honoured', () => {
  const touch = (args: unknown[], accessToken?: string) =>
    buildEnvelope(
      {
        type: 'Alexa.Presentation.APL.UserEvent',
        requestId: 'r1',
        timestamp: new Date().toISOString(),
        locale: 'en-US',
        arguments: args,
      } as never,
      { accessToken, supportedInterfaces: SCREEN },
    );

  it('without a linked account, the touch gets the LinkAccount card', async () => {
    const turn = await new Dialog(testSkill({ accountLinking: 'optional' }), {}).send(touch(['openPlaylist', ROCK.id, 'Rock & Roll']));
    expect(turn.card).toEqual({ type: 'LinkAccount' });
  });

  it('an event the skill never sent gets a spoken pointer', async () => {
    const turn = await onScreen().send(touch(['somethingElse'], LINKED_TOKEN));
    expect(turn.speech).toContain("Sorry, I didn't get that.");
  });
});

describe('the APL documents', () => {
  it.each([
    ['playlist list', listDocument, 'payload.playlistList'],
    ['playlist tracks', tracksDocument, 'payload.playlistTracks'],
  ])('the %s document binds only to the data source the skill sends', (_name, document, source) => {
    const bindings = JSON.stringify(document).match(/payload\.[A-Za-z]+/g) ?? [];
    expect(new Set(bindings)).toEqual(new Set([source]));
    expect(document.mainTemplate.parameters).toEqual(['payload']);
  });
});

describe('the skill manifest', () => {
  it('declares the APL interface, so that screen devices send APL requests', () => {
    const { manifest } = skillJson as { manifest: { apis: { custom: { interfaces: unknown[] } } } };
    expect(manifest.apis.custom.interfaces).toEqual(expect.arrayContaining([expect.objectContaining({ type: 'ALEXA_PRESENTATION_APL' })]));
  });
});
