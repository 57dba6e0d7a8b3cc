import { DemoProviderWithPlayer, startDemoProviderWithAllApis } from '../../../src/local/demoApis';
import { DEMO_ACCESS_TOKEN } from '../../../src/local/demoProvider';
import { LocalMemoryTable, startLocalMemoryTable } from '../../../src/local/localMemoryTable';
import { intentRequest } from '../../../src/local/requestEnvelope';
import { DynamoDbPersistenceAdapter } from '../../../src/skill/persistence/dynamoDbPersistenceAdapter';
import { spotifyBinding } from '../../../src/skill/providers/spotify/spotifyBinding';
import { buildSkill } from '../../../src/skill/skill';
import { Dialog } from '../../support/dialog';

/*
 * The device each Echo plays on, as a person meets it across Lambda containers: every
 * container is a new skill instance with a new DynamoDB client, while the table (dynalite)
 * lives on. The player is the demo Spotify Connect; nothing is mocked.
 */

const KITCHEN_ECHO = 'amzn1.ask.device.KITCHEN-ECHO-OF-THE-PERSON';
const BEDROOM_ECHO = 'amzn1.ask.device.BEDROOM-ECHO-OF-THE-PERSON';

let table: LocalMemoryTable;
let demo: DemoProviderWithPlayer;
const adapters: DynamoDbPersistenceAdapter[] = [];
let people = 0;

beforeAll(async () => {
  table = await startLocalMemoryTable();
  demo = await startDemoProviderWithAllApis();
});
afterAll(async () => {
  await demo.close();
  await table.close();
});
beforeEach(() => demo.player.reset());
afterEach(() => adapters.splice(0).forEach((adapter) => adapter.close()));

/** A new Lambda container, and the person talking to it from one of their Echos. */
function newContainer(userId: string, echoId: string): Dialog {
  const persistence = table.adapter();
  adapters.push(persistence);
  const skill = buildSkill({ accountLinking: 'required' }, spotifyBinding(demo.apiUrl), { persistence });
  return new Dialog(skill, { accessToken: DEMO_ACCESS_TOKEN, userId, deviceId: echoId });
}

const play = (playlistName: string, deviceName?: string) => intentRequest('PlayPlaylistIntent', { playlistName, deviceName });

describe('the device remembered for the Echo that asked', () => {
  it('is used in any container, while another Echo of the same person keeps its own', async () => {
    const person = `amzn1.ask.account.PLAYBACKMEMORY${++people}`;
    const chosen = await newContainer(person, KITCHEN_ECHO).say(play('rock and roll', 'living room speaker'));
    expect(chosen.speech).toBe('Playing Rock & Roll on Living Room Speaker.');

    // Later the phone is the active device again; the kitchen Echo still plays on the speaker.
    demo.player.reset();
    const again = await newContainer(person, KITCHEN_ECHO).say(play('road trip'));
    expect(again.speech).toBe('Playing Road Trip on Living Room Speaker.');

    demo.player.reset();
    const elsewhere = await newContainer(person, BEDROOM_ECHO).say(play('road trip'));
    expect(elsewhere.speech).toBe("Playing Road Trip on Alex's iPhone.");
  });

  it("another person's choice is not theirs", async () => {
    const alice = `amzn1.ask.account.PLAYBACKMEMORY${++people}`;
    const bob = `amzn1.ask.account.PLAYBACKMEMORY${++people}`;
    await newContainer(alice, KITCHEN_ECHO).say(play('rock and roll', 'living room speaker'));
    demo.player.reset();
    const turn = await newContainer(bob, KITCHEN_ECHO).say(play('rock and roll'));
    expect(turn.speech).toBe("Playing Rock & Roll on Alex's iPhone.");
  });

  it('without the table, a new container has forgotten it (memory per container only)', async () => {
    const person = `amzn1.ask.account.PLAYBACKMEMORY${++people}`;
    const containerOnly = () =>
      new Dialog(buildSkill({ accountLinking: 'required' }, spotifyBinding(demo.apiUrl)), {
        accessToken: DEMO_ACCESS_TOKEN,
        userId: person,
        deviceId: KITCHEN_ECHO,
      });
    await containerOnly().say(play('rock and roll', 'living room speaker'));
    demo.player.reset();
    const turn = await containerOnly().say(play('road trip'));
    expect(turn.speech).toBe("Playing Road Trip on Alex's iPhone.");
  });
});
