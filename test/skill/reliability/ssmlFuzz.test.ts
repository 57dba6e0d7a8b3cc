import fc from 'fast-check';
import nock from 'nock';
import { ResponseEnvelope } from 'ask-sdk-model';
import { buildEnvelope, intentRequest } from '../../../src/local/requestEnvelope';
import { MAX_SPEECH_CHARACTERS } from '../../../src/skill/speech/respond';
import { Dialog, LINKED_TOKEN, testSkill } from '../../support/dialog';
import { nockSpotifyLibrary } from '../../support/nockSpotify';
import { episodeItem, library, trackItem, unavailableItem } from '../../support/spotifyWire';
import { classify } from './answers';

/*
 * Property: whatever the playlists and songs are called, every answer is one well-formed
 * <speak> document (the Dialog harness parses each with a real XML parser) within
 * Alexa's limits, and the person hears an answer rather than an apology.
 */

const RUNS = 500;
const PLAYLISTS_PER_RUN = 10;
const TRACKS_PER_RUN = 10;
/** Alexa's limit for a simple card's title and content together. */
const MAX_CARD_CHARACTERS = 8000;

const nasty = fc.constantFrom(
  '<',
  '>',
  '&',
  '"',
  "'",
  '&amp;',
  '<speak>',
  '</speak>',
  ']]>',
  '\u0000',
  '\u0007',
  '\u001b',
  '\u000b',
  '\ufffe',
  '\uffff',
  '\ud800',
  '\udc00',
  '\u202e',
  '\u200f',
  'שלום',
  'مرحبا',
  '🚗',
  '👩‍👩‍👧',
  ' ',
  '\t',
  '\n',
);
const name = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: nasty, maxLength: 40 }),
  fc.string({ unit: fc.oneof(nasty, fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })), minLength: 450, maxLength: 500 }),
);

const generated = { playlists: 0, tracks: 0, responses: 0 };

function expectWithinLimits(envelope: ResponseEnvelope): void {
  const { outputSpeech, reprompt, card } = envelope.response;
  if (outputSpeech?.type === 'SSML') expect(outputSpeech.ssml.length).toBeLessThanOrEqual(MAX_SPEECH_CHARACTERS);
  if (reprompt?.outputSpeech?.type === 'SSML') expect(reprompt.outputSpeech.ssml.length).toBeLessThanOrEqual(MAX_SPEECH_CHARACTERS);
  if (card?.type === 'Simple') expect(`${card.title ?? ''}${card.content ?? ''}`.length).toBeLessThanOrEqual(MAX_CARD_CHARACTERS);
}

afterEach(() => nock.cleanAll());

it(`${RUNS} libraries of generated names all get well-formed answers within Alexa's limits`, async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(name, { minLength: PLAYLISTS_PER_RUN, maxLength: PLAYLISTS_PER_RUN }),
      fc.array(
        fc.record({ title: name, artists: fc.array(name, { maxLength: 3 }), kind: fc.constantFrom('track', 'track', 'episode', 'null') }),
        {
          minLength: TRACKS_PER_RUN,
          maxLength: TRACKS_PER_RUN,
        },
      ),
      async (playlistNames, tracks) => {
        nock.cleanAll();
        const playlists = library(['Road Trip', ...playlistNames]);
        const items = tracks.map((track) =>
          track.kind === 'null'
            ? unavailableItem()
            : track.kind === 'episode'
              ? episodeItem(track.title, track.artists[0] ?? '')
              : trackItem(track.title, track.artists),
        );
        nockSpotifyLibrary(playlists, { [playlists[0].id]: items });
        generated.playlists += playlistNames.length;
        generated.tracks += tracks.length;

        const skill = testSkill();
        const send = (request: ReturnType<typeof intentRequest>, sessionAttributes?: Record<string, unknown>) =>
          new Dialog(skill).send(buildEnvelope(request, { accessToken: LINKED_TOKEN, sessionAttributes }));
        const turns = await Promise.all([
          send(intentRequest('ListPlaylistsIntent')),
          send(intentRequest('AMAZON.MoreIntent'), { listOffset: 5 }),
          send(intentRequest('PlaylistContentsIntent', { playlistName: 'road trip' })),
          send(intentRequest('PlaylistTrackCountIntent', { playlistName: playlistNames[0] })),
        ]);
        for (const turn of turns) {
          expectWithinLimits(turn.envelope);
          expect(classify(turn)).not.toBe('unexpected');
          expect(classify(turn)).not.toBe('apologise');
        }
        generated.responses += turns.length;
      },
    ),
    { numRuns: RUNS },
  );
  expect(generated.playlists + generated.tracks).toBeGreaterThanOrEqual(10_000);
}, 300_000);
