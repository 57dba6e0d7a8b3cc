import nock from 'nock';
import { dialog, IntentRequest } from 'ask-sdk-model';
import { intentRequest } from '../../../src/local/requestEnvelope';
import { Dialog, SPOTIFY_TEST_API, Turn } from '../../support/dialog';
import { withResolution } from '../../support/resolutions';
import { nockSpotifyLibrary } from '../../support/nockSpotify';
import { episodeItem, FixturePlaylist, trackItem, unavailableItem } from '../../support/spotifyWire';

const ROCK: FixturePlaylist = { id: '37i9dQZF1DWXRqgorJj26U', name: 'Rock & Roll', total: 42 };
const ROAD_TRIP: FixturePlaylist = { id: '37i9dQZF1DX9wC1KY45plY', name: 'Road Trip', total: 7 };
const ROAD_TRIP_2019: FixturePlaylist = { id: '37i9dQZF1DX9wC1KY45p19', name: 'Road Trip 2019', total: 3 };
const ROAD_TRAP: FixturePlaylist = { id: '37i9dQZF1DX9wC1KY45pTR', name: 'Road Trap', total: 3 };
const TOP_50: FixturePlaylist = { id: '37i9dQZEVXbMDoHDwVN2tF', name: 'Top 50 — Global', total: 50 };
const BEYONCE: FixturePlaylist = { id: '37i9dQZF1DX2oU49YwtXI2', name: 'Beyoncé Favourites', total: 2 };
const EMPTY: FixturePlaylist = { id: '37i9dQZF1DX0000000EMPT', name: 'Someday', total: 0 };

const contents = (name: string) => intentRequest('PlaylistContentsIntent', { playlistName: name });
const count = (name: string) => intentRequest('PlaylistTrackCountIntent', { playlistName: name });

afterEach(() => nock.cleanAll());

describe('given a linked user whose library holds Rock & Roll with 42 songs', () => {
  beforeEach(() =>
    nockSpotifyLibrary([ROAD_TRIP, ROCK, TOP_50, BEYONCE, EMPTY], {
      [ROCK.id]: [
        trackItem('Johnny B. Goode', ['Chuck Berry']),
        unavailableItem(),
        trackItem('Under Pressure', ['Queen', 'David Bowie']),
        episodeItem('The History of Rock', 'Music Talk'),
        trackItem('Hound Dog', ['Elvis Presley']),
        trackItem('Twist and Shout', ['The Beatles']),
      ],
      [EMPTY.id]: [],
      [BEYONCE.id]: [trackItem('Halo', ['Beyoncé']), trackItem('Crazy in Love', ['Beyoncé', 'JAY-Z'])],
    }),
  );

  it('when they ask "what\'s on rock and roll", Alexa says the count and the first songs with artists, skipping unavailable ones', async () => {
    const turn = await new Dialog().say(contents('rock and roll'));
    expect(turn.speech).toContain(
      'Rock & Roll has 42 songs. It starts with: Johnny B. Goode by Chuck Berry, Under Pressure by Queen and David Bowie, The History of Rock by Music Talk, Hound Dog by Elvis Presley, and Twist and Shout by The Beatles.',
    );
    expect(turn.sessionOpen).toBe(true);
    expect(turn.card).toMatchObject({ type: 'Simple', content: expect.stringContaining('Johnny B. Goode by Chuck Berry') as unknown });
  });

  it('matches across case, punctuation, "n" for "and", digits and diacritics', async () => {
    for (const spoken of ['ROCK N ROLL', 'rock & roll!', 'my rock and roll playlist']) {
      expect((await new Dialog().say(count(spoken))).speech).toContain('Rock & Roll has 42 songs.');
    }
    expect((await new Dialog().say(count('top fifty global'))).speech).toContain('Top 50 — Global has 50 songs.');
    expect((await new Dialog().say(count('beyonce favourites'))).speech).toContain('Beyoncé Favourites has 2 songs.');
  });

  it('falls back to a fuzzy match for a near miss', async () => {
    expect((await new Dialog().say(count('beyonsay favorites'))).speech).toContain('Beyoncé Favourites has 2 songs.');
  });

  it('when they ask how many songs, Alexa answers from the playlist list without reading its items', async () => {
    const turn = await new Dialog().say(count('road trip'));
    expect(turn.speech).toContain('Road Trip has 7 songs.');
  });

  it('an empty playlist is said plainly', async () => {
    expect((await new Dialog().say(contents('someday'))).speech).toContain('Someday is empty.');
  });

  it('a name that matches nothing is said back, escaped', async () => {
    const turn = await new Dialog().say(contents('<polka> & "friends"'));
    expect(turn.speech).toContain('I couldn\'t find a playlist called <polka> & "friends".');
    expect(turn.sessionOpen).toBe(true);
  });

  it('with no name at all, Alexa asks which playlist', async () => {
    const turn = await new Dialog().say(intentRequest('PlaylistContentsIntent', { playlistName: undefined }));
    expect(turn.speech).toContain('Which playlist?');
    expect(turn.sessionOpen).toBe(true);
  });
});

describe('given a library where a name is ambiguous', () => {
  beforeEach(() =>
    nockSpotifyLibrary([ROAD_TRIP_2019, ROAD_TRAP, ROAD_TRIP], {
      [ROAD_TRIP_2019.id]: [trackItem('Holiday', ['Madonna'])],
      [ROAD_TRAP.id]: [trackItem('Mask Off', ['Future'])],
    }),
  );

  it('an exact name wins over near ones', async () => {
    expect((await new Dialog().say(count('road trip'))).speech).toContain('Road Trip has 7 songs.');
  });

  it('a name close to two playlists makes Alexa ask which one, and the answer picks from those', async () => {
    const dialog = new Dialog();
    const question = await dialog.say(count('road tr'));
    expect(question.speech).toBe('I found more than one playlist that sounds like that: Road Trap or Road Trip. Which one did you mean?');
    expect(question.sessionOpen).toBe(true);
    expect(question.sessionAttributes.pendingChoice).toEqual([
      { id: ROAD_TRAP.id, name: 'Road Trap' },
      { id: ROAD_TRIP.id, name: 'Road Trip' },
    ]);
    const answer = await dialog.say(contents('road trap'));
    expect(answer.speech).toContain('Road Trap has 3 songs. It starts with: Mask Off by Future.');
    expect(answer.sessionAttributes.pendingChoice).toBeUndefined();
  });

  it('an answer that names none of the candidates is looked up in the whole library', async () => {
    const dialog = new Dialog();
    await dialog.say(count('road tr'));
    const answer = await dialog.say(contents('road trip twenty nineteen'));
    expect(answer.speech).toContain('Road Trip 2019 has 3 songs. It starts with: Holiday by Madonna.');
  });
});

describe('given a library of 230 playlists', () => {
  it('finds a playlist on the last page, fetching the later pages concurrently', async () => {
    const many: FixturePlaylist[] = Array.from({ length: 229 }, (_, index) => ({
      id: `id${index}`,
      name: `Mix number ${index}`,
      total: 1,
    }));
    const last = { id: 'lastone', name: 'Hidden Gem', total: 9 };
    nockSpotifyLibrary([...many, last]);
    const turn = await new Dialog().say(count('hidden gem'));
    expect(turn.speech).toContain('Hidden Gem has 9 songs.');
  });
});

describe('answering "which one did you mean?" with just the name', () => {
  beforeEach(() =>
    nockSpotifyLibrary([ROAD_TRIP_2019, ROAD_TRAP, ROAD_TRIP], {
      [ROAD_TRAP.id]: [trackItem('Mask Off', ['Future'])],
    }),
  );

  /** Alexa sends the answer to an elicited slot on the intent that asked, the dialog in progress. */
  const answering = (question: Turn, answer: string) => {
    const elicit = question.envelope.response.directives?.find(
      (directive): directive is dialog.ElicitSlotDirective => directive.type === 'Dialog.ElicitSlot',
    );
    expect(elicit?.slotToElicit).toBe('playlistName');
    const request = intentRequest(elicit!.updatedIntent!.name, { playlistName: answer });
    return { ...request, dialogState: 'IN_PROGRESS' } as IntentRequest;
  };

  it('asks with Dialog.ElicitSlot on the intent that was asked, so a count stays a count', async () => {
    const dialog = new Dialog();
    const question = await dialog.say(count('road tr'));
    expect(question.reprompt).toBe('Which one? You can say the first one, the second one, and so on.');
    expect(question.envelope.response.directives).toContainEqual({
      type: 'Dialog.ElicitSlot',
      slotToElicit: 'playlistName',
      updatedIntent: {
        name: 'PlaylistTrackCountIntent',
        confirmationStatus: 'NONE',
        slots: { playlistName: { name: 'playlistName', confirmationStatus: 'NONE' } },
      },
    });
    const answer = await dialog.say(answering(question, 'road trap'));
    expect(answer.speech).toContain('Road Trap has 3 songs.');
    expect(answer.speech).not.toContain('Mask Off');
    expect(answer.sessionAttributes.pendingChoice).toBeUndefined();
  });

  it('and a "what\'s on" stays a "what\'s on"', async () => {
    const dialog = new Dialog();
    const question = await dialog.say(contents('road tr'));
    const answer = await dialog.say(answering(question, 'road trap'));
    expect(answer.speech).toContain('Road Trap has 3 songs. It starts with: Mask Off by Future.');
  });

  it('"the second one" picks the second playlist named in the question', async () => {
    const dialog = new Dialog();
    const question = await dialog.say(count('road tr'));
    expect(question.speech).toContain('Road Trap or Road Trip');
    expect((await dialog.say(answering(question, 'second'))).speech).toContain('Road Trip has 7 songs.');
  });

  it('once answered, the question is forgotten: "second" is then only a name, and matches none', async () => {
    const dialog = new Dialog();
    const question = await dialog.say(count('road tr'));
    await dialog.say(answering(question, 'road trap'));
    const later = await dialog.say(count('second'));
    expect(later.speech).toContain("I couldn't find a playlist called second.");
  });

  it('when reading the chosen playlist fails, the question is still pending, so the person can try again', async () => {
    const dialog = new Dialog();
    const question = await dialog.say(contents('road tr'));
    nock.cleanAll();
    nock(SPOTIFY_TEST_API).get(`/playlists/${ROAD_TRAP.id}/items`).query(true).times(2).reply(503, 'busy');
    nockSpotifyLibrary([ROAD_TRIP_2019, ROAD_TRAP, ROAD_TRIP]);
    const failed = await dialog.say(answering(question, 'road trap'));
    expect(failed.speech).toContain("Sorry, I couldn't reach Spotify just now.");
    expect(failed.sessionAttributes.pendingChoice).toHaveLength(2);
  });
});

describe('when Alexa resolves the name to several of the dynamic entities', () => {
  const WORKOUT: FixturePlaylist = { id: '6Wk0Ut3Qz5Rn8Bm2Yv4Lx1', name: 'Workout', total: 64 };
  const WORKOUT_PLAYLIST: FixturePlaylist = { id: '9Wp4Lt2Ky7Hs5Qm1Vz3Xo8', name: 'Workout Playlist', total: 2 };
  const ALEX_CHILL: FixturePlaylist = { id: '2Ch7Lm4Ax9Qd1Zr6Tb3Wk8', name: 'Chill', total: 2, owner: 'Alex' };
  const BOB_CHILL: FixturePlaylist = { id: '8Ch3Bb6Ob1Zx4Nq7Wy2Rk5', name: 'Chill', total: 3, owner: 'Bob' };
  const resolvedTo = (spoken: string, ...playlists: FixturePlaylist[]) =>
    withResolution(count(spoken), 'playlistName', {
      kind: 'dynamic',
      status: 'ER_SUCCESS_MATCH',
      values: playlists.map(({ id, name }) => ({ id, name })),
    });

  beforeEach(() => nockSpotifyLibrary([WORKOUT, WORKOUT_PLAYLIST, ALEX_CHILL, BOB_CHILL]));

  it('takes them as the candidates: the exact name among them decides, not the first value', async () => {
    expect((await new Dialog().say(resolvedTo('workout playlist', WORKOUT, WORKOUT_PLAYLIST))).speech).toContain(
      'Workout Playlist has 2 songs.',
    );
    expect((await new Dialog().say(resolvedTo('workout', WORKOUT_PLAYLIST, WORKOUT))).speech).toContain('Workout has 64 songs.');
  });

  it('asks between equally good values, naming their owners, and keeps only those as the choice', async () => {
    const turn = await new Dialog().say(resolvedTo('chill', ALEX_CHILL, BOB_CHILL));
    expect(turn.speech).toBe(
      'I found more than one playlist that sounds like that: Chill by Alex or Chill by Bob. Which one did you mean?',
    );
    expect(turn.sessionAttributes.pendingChoice).toEqual([
      { id: ALEX_CHILL.id, name: 'Chill' },
      { id: BOB_CHILL.id, name: 'Chill' },
    ]);
    expect(turn.envelope.response.directives?.map((directive) => directive.type)).toEqual([
      'Dialog.ElicitSlot',
      'Dialog.UpdateDynamicEntities',
    ]);
  });

  it('"chill by bob" picks Bob\'s among the namesakes, resolved by Alexa or not', async () => {
    expect((await new Dialog().say(resolvedTo('chill by bob', ALEX_CHILL, BOB_CHILL))).speech).toContain('Chill has 3 songs.');
    expect((await new Dialog().say(count("bob's chill"))).speech).toContain('Chill has 3 songs.');
    expect((await new Dialog().say(count('chill by alex'))).speech).toContain('Chill has 2 songs.');
  });

  it('a failure after the library was read answers without the half-built dynamic entities', async () => {
    nock.cleanAll();
    nock(SPOTIFY_TEST_API)
      .get(`/playlists/${WORKOUT.id}/items`)
      .query(true)
      .reply(401, { error: { status: 401, message: 'expired' } });
    nockSpotifyLibrary([WORKOUT, WORKOUT_PLAYLIST]);
    const turn = await new Dialog().say(contents('workout'));
    expect(turn.speech).toContain('expired');
    expect(turn.envelope.response.directives ?? []).not.toContainEqual(expect.objectContaining({ type: 'Dialog.UpdateDynamicEntities' }));
  });
});
