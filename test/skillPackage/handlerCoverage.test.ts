import model from '../../skill-package/interactionModels/custom/en-US.json';
import { intentsNamedByHandlers } from '../../src/certify/handledIntents';
import { intentRequest } from '../../src/local/requestEnvelope';
import nock from 'nock';
import { Dialog } from '../support/dialog';
import { nockSpotifyLibrary } from '../support/nockSpotify';
import { nockSpotifyPlayer } from '../support/nockSpotifyPlayer';
import { library, trackItem } from '../support/spotifyWire';

afterEach(() => nock.cleanAll());

const HANDLED_INTENTS = intentsNamedByHandlers();

const modelIntents = model.interactionModel.languageModel.intents.map((intent) => intent.name);

/** The words the catch-all speaks; an intent that gets them has no handler of its own. */
const UNHANDLED_SPEECH = "Sorry, I didn't get that.";

describe('the interaction model and the handlers agree', () => {
  it('every handled intent is in the model, and every model intent is handled', () => {
    expect(HANDLED_INTENTS.length).toBeGreaterThan(5);
    expect([...modelIntents].sort()).toEqual([...HANDLED_INTENTS].sort());
  });

  it.each(modelIntents)('%s, from a linked user, reaches a handler of its own, not the catch-all', async (name) => {
    const [roadTrip] = library(['Road Trip']);
    nockSpotifyLibrary([roadTrip], { [roadTrip.id]: [trackItem('Holiday', ['Madonna'])] });
    nockSpotifyPlayer({ devices: [{ id: 'phone-of-the-linked-user', name: 'Phone', isActive: true }] });
    const turn = await new Dialog().say(intentRequest(name, { playlistName: 'road trip' }));
    expect(turn.speech).not.toContain(UNHANDLED_SPEECH);
    expect(turn.speech).not.toContain('went wrong');
  });

  it('an intent that is not in the model gets the catch-all, spoken', async () => {
    const turn = await new Dialog().say(intentRequest('OrderPizzaIntent'));
    expect(turn.speech).toContain(UNHANDLED_SPEECH);
    expect(turn.sessionOpen).toBe(true);
  });
});
