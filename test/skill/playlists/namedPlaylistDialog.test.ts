import { dialog as alexaDialog } from 'ask-sdk-model';
import { pointedAtDemo } from '../../../src/local/demoApis';
import { DEMO_ACCESS_TOKEN, DemoProvider, startDemoProvider } from '../../../src/local/demoProvider';
import { LocalDialog, TurnResult } from '../../../src/local/localDialog';
import { findSamplePlaylist, SAMPLE_LIBRARY } from '../../../src/local/sampleLibrary';
import { loadConfig, SkillConfig } from '../../../src/skill/config';

/*
 * Naming a playlist, as a person does it, in every locale: typed utterances go through the
 * interaction model (elicitation samples only while Alexa asks), the skill answers from the
 * demo library, and the dynamic entities the skill teaches are resolved as Alexa would.
 */

const config: SkillConfig = { ...loadConfig({}), accountLinking: 'required' };
let demo: DemoProvider;

beforeEach(async () => {
  demo = await startDemoProvider();
});

afterEach(async () => {
  await demo.close();
});

const talk = (locale: string) => new LocalDialog({ config: pointedAtDemo(config, demo), accessToken: DEMO_ACCESS_TOKEN, locale });

const elicitSlotOf = (turn: TurnResult) =>
  turn.response.response.directives?.find(
    (directive): directive is alexaDialog.ElicitSlotDirective => directive.type === 'Dialog.ElicitSlot',
  );

const teachesNames = (turn: TurnResult) =>
  turn.response.response.directives?.some((directive) => directive.type === 'Dialog.UpdateDynamicEntities') ?? false;

interface LocaleScript {
  readonly locale: string;
  readonly readMeRockAndRoll: string;
  readonly rockAndRollAnswer: string;
  readonly whatsOnChill: string;
  readonly chillQuestion: string;
  readonly theFirstOne: string;
  readonly theSecondOne: string;
  readonly bobs: string;
  readonly bobsChillAnswer: string;
  readonly alexsChillAnswer: string;
  readonly countWorkout: string;
  readonly countWorkoutPlaylist: string;
  readonly workoutAnswer: string;
  readonly workoutPlaylistAnswer: string;
  readonly countIt: string;
  readonly whichPlaylist: string;
  readonly roadTrip: string;
  readonly roadTripCount: string;
  readonly stop: string;
}

const english = {
  readMeRockAndRoll: 'read me the rock and roll playlist',
  rockAndRollAnswer: 'Rock & Roll has 8 songs. It starts with: Johnny B. Goode by Chuck Berry',
  whatsOnChill: "what's on chill",
  theFirstOne: 'the first one',
  theSecondOne: 'the second one',
  bobs: "Bob's",
  bobsChillAnswer: 'Chill has 3 songs. They are: Banana Pancakes by Jack Johnson',
  alexsChillAnswer: 'Chill has 2 songs. They are: Weightless by Marconi Union',
  countWorkout: 'how many songs are in workout',
  countWorkoutPlaylist: 'how many songs are in workout playlist',
  workoutAnswer: 'Workout has 64 songs.',
  workoutPlaylistAnswer: 'Workout Playlist has 2 songs.',
  countIt: 'how many songs are on it',
  whichPlaylist: 'Which playlist? Just say its name',
  roadTrip: 'road trip',
  roadTripCount: 'Road Trip has 7 songs.',
  stop: 'stop',
};

const SCRIPTS: LocaleScript[] = [
  {
    locale: 'en-US',
    ...english,
    chillQuestion: 'I found more than one playlist that sounds like that: Chill by Alex Demo or Chill by Bob. Which one did you mean?',
  },
  { locale: 'en-GB', ...english, chillQuestion: 'Chill by Alex Demo or Chill by Bob. Which one did you mean?' },
  {
    locale: 'de-DE',
    readMeRockAndRoll: 'lies mir die rock and roll playlist vor',
    rockAndRollAnswer: 'Rock & Roll hat 8 Songs. Es beginnt mit: Johnny B. Goode von Chuck Berry',
    whatsOnChill: 'was ist auf chill',
    chillQuestion: 'Chill von Alex Demo oder Chill von Bob. Welche meinst du?',
    theFirstOne: 'die erste',
    theSecondOne: 'die zweite',
    bobs: 'die von bob',
    bobsChillAnswer: 'Chill hat 3 Songs. Das sind: Banana Pancakes von Jack Johnson',
    alexsChillAnswer: 'Chill hat 2 Songs. Das sind: Weightless von Marconi Union',
    countWorkout: 'wie viele lieder sind auf workout',
    countWorkoutPlaylist: 'wie viele lieder sind auf workout playlist',
    workoutAnswer: 'Workout hat 64 Songs.',
    workoutPlaylistAnswer: 'Workout Playlist hat 2 Songs.',
    countIt: 'wie viele lieder sind darauf',
    whichPlaylist: 'Welche Playlist? Sag einfach ihren Namen',
    roadTrip: 'road trip',
    roadTripCount: 'Road Trip hat 7 Songs.',
    stop: 'stopp',
  },
];

describe.each(SCRIPTS)('naming a playlist, in $locale', (script) => {
  it(`"${script.readMeRockAndRoll}" reads Rock & Roll, not a playlist called "me the rock and roll playlist"`, async () => {
    const turn = await talk(script.locale).say(script.readMeRockAndRoll);
    expect(turn.speech).toContain(script.rockAndRollAnswer);
    expect(teachesNames(turn)).toBe(true);
  });

  it('two playlists both called "Chill": Alexa asks, naming their owners, and "the second one" picks Bob\'s', async () => {
    const dialog = talk(script.locale);
    const question = await dialog.say(script.whatsOnChill);
    expect(question.speech).toContain(script.chillQuestion);
    expect(elicitSlotOf(question)).toMatchObject({ slotToElicit: 'playlistName', updatedIntent: { name: 'PlaylistContentsIntent' } });
    expect(question.sessionOpen).toBe(true);

    const answer = await dialog.say(script.theSecondOne);
    expect(answer.request.request).toMatchObject({ intent: { name: 'PlaylistContentsIntent' }, dialogState: 'IN_PROGRESS' });
    expect(answer.speech).toContain(script.bobsChillAnswer);
    expect(elicitSlotOf(answer)).toBeUndefined();
  });

  it('asked again in a later session, "Chill" is asked about again: the kept index never picks one silently', async () => {
    const dialog = talk(script.locale);
    await dialog.say(script.whatsOnChill);
    await dialog.say(script.theSecondOne);
    expect((await dialog.say(script.stop)).sessionOpen).toBe(false);
    const again = await dialog.say(script.whatsOnChill);
    expect(again.speech).toContain(script.chillQuestion);
    expect(elicitSlotOf(again)).toBeDefined();
  });

  it('…and answering with the owner ("Bob\'s") picks the same', async () => {
    const dialog = talk(script.locale);
    await dialog.say(script.whatsOnChill);
    expect((await dialog.say(script.bobs)).speech).toContain(script.bobsChillAnswer);
  });

  it('once the library is known, Alexa resolves "chill" to both playlists: both are candidates, not the first', async () => {
    const dialog = talk(script.locale);
    await dialog.say(script.readMeRockAndRoll);
    const question = await dialog.say(script.whatsOnChill);
    const slot = (question.request.request as { intent: { slots: Record<string, { resolutions?: unknown }> } }).intent.slots.playlistName;
    const chills = SAMPLE_LIBRARY.playlists.filter((playlist) => playlist.name === 'Chill');
    expect(slot.resolutions).toMatchObject({
      resolutionsPerAuthority: [
        {
          status: { code: 'ER_SUCCESS_MATCH' },
          values: chills.map((playlist) => ({ value: { id: playlist.id, name: 'Chill' } })),
        },
      ],
    });
    expect(question.speech).toContain(script.chillQuestion);
    expect((await dialog.say(script.theFirstOne)).speech).toContain(script.alexsChillAnswer);
  });

  it('"workout" is Workout, and "workout playlist" is Workout Playlist', async () => {
    expect((await talk(script.locale).say(script.countWorkout)).speech).toContain(script.workoutAnswer);
    expect((await talk(script.locale).say(script.countWorkoutPlaylist)).speech).toContain(script.workoutPlaylistAnswer);
    const dialog = talk(script.locale);
    await dialog.say(script.readMeRockAndRoll);
    // With the names taught, Alexa resolves each to its own playlist.
    expect((await dialog.say(script.countWorkout)).speech).toContain(script.workoutAnswer);
    expect((await dialog.say(script.countWorkoutPlaylist)).speech).toContain(script.workoutPlaylistAnswer);
  });

  it('with no playlist named and none talked about, Alexa asks which, and the bare name answers the same question', async () => {
    const dialog = talk(script.locale);
    const question = await dialog.say(script.countIt);
    expect(question.speech).toContain(script.whichPlaylist);
    expect(elicitSlotOf(question)).toMatchObject({ slotToElicit: 'playlistName', updatedIntent: { name: 'PlaylistTrackCountIntent' } });
    const answer = await dialog.say(script.roadTrip);
    expect(answer.speech).toContain(script.roadTripCount);
  });

  it('a bare name with nothing asked is not a request: the same words get the fallback', async () => {
    const turn = await talk(script.locale).say(script.roadTrip);
    expect(turn.request.request).toMatchObject({ intent: { name: 'AMAZON.FallbackIntent' } });
  });

  it('"stop" while Alexa asks which one ends the session, as on a device', async () => {
    const dialog = talk(script.locale);
    await dialog.say(script.whatsOnChill);
    const turn = await dialog.say(script.stop);
    expect(turn.request.request).toMatchObject({ intent: { name: 'AMAZON.StopIntent' } });
    expect(turn.sessionOpen).toBe(false);
  });
});

it('the demo library has what these dialogs need', () => {
  expect(findSamplePlaylist(SAMPLE_LIBRARY, 'Workout Playlist')).toBeDefined();
  expect(SAMPLE_LIBRARY.playlists.filter((playlist) => playlist.name === 'Chill').map((playlist) => playlist.owner.displayName)).toEqual([
    'Alex Demo',
    'Bob',
  ]);
});
