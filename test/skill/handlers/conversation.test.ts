import { buildEnvelope, intentRequest, launchRequest, sessionEndedRequest } from '../../../src/local/requestEnvelope';
import { buildSkill } from '../../../src/skill/skill';
import { Dialog, testSkill, toTurn } from '../../support/dialog';

const SKILL_ID = 'amzn1.ask.skill.11111111-2222-4333-8444-555555555555';

describe('the conversation around the playlists, for a linked user', () => {
  it('help says what to ask and keeps listening', async () => {
    const turn = await new Dialog().say(intentRequest('AMAZON.HelpIntent'));
    expect(turn.speech).toContain('list my playlists');
    expect(turn.speech).toContain("what's on");
    expect(turn.sessionOpen).toBe(true);
    expect(turn.reprompt).not.toBe('');
  });

  it.each(['AMAZON.StopIntent', 'AMAZON.CancelIntent'])('%s says goodbye and ends the session', async (name) => {
    const turn = await new Dialog().say(intentRequest(name));
    expect(turn.speech).toBe('Goodbye.');
    expect(turn.sessionOpen).toBe(false);
  });

  it('fallback says what the skill can do and keeps listening', async () => {
    const turn = await new Dialog().say(intentRequest('AMAZON.FallbackIntent'));
    expect(turn.speech).toContain("Sorry, I can't help with that.");
    expect(turn.sessionOpen).toBe(true);
  });

  it('navigate home starts over: a welcome, and the list position forgotten', async () => {
    const envelope = buildEnvelope(intentRequest('AMAZON.NavigateHomeIntent'), {
      accessToken: 'token',
      sessionAttributes: { listOffset: 10 },
    });
    const turn = await new Dialog().send(envelope);
    expect(turn.speech).toContain('Welcome to Playlist Reader');
    expect(turn.sessionAttributes).toEqual({});
  });

  it('a session ended by an error gets an empty response', async () => {
    const turn = await new Dialog().say(sessionEndedRequest('ERROR'));
    expect(turn.envelope.response).toEqual({});
  });
});

describe('requests the skill does not expect', () => {
  it('an unknown request type gets a spoken pointer, not an error', async () => {
    const envelope = buildEnvelope(
      { type: 'Connections.Response', requestId: 'r', timestamp: new Date().toISOString(), locale: 'en-US' } as never,
      {
        accessToken: 'token',
      },
    );
    const turn = await new Dialog().send(envelope);
    expect(turn.speech).toContain("Sorry, I didn't get that.");
  });

  it('System.ExceptionEncountered gets no speech at all', async () => {
    const envelope = buildEnvelope({
      type: 'System.ExceptionEncountered',
      requestId: 'r',
      timestamp: new Date().toISOString(),
      locale: 'en-US',
      error: { type: 'INVALID_RESPONSE', message: 'x' },
      cause: { requestId: 'r0' },
    } as never);
    const turn = await new Dialog().send(envelope);
    expect(turn.envelope.response.outputSpeech).toBeUndefined();
  });

  it('an envelope without session still works: the token comes from context', async () => {
    const envelope = buildEnvelope(intentRequest('AMAZON.HelpIntent'), { accessToken: 'token' });
    delete (envelope as { session?: unknown }).session;
    const turn = await new Dialog().send(envelope);
    expect(turn.speech).toContain('list my playlists');
  });

  it('an envelope without context is treated as unlinked, not as a crash', async () => {
    const envelope = buildEnvelope(launchRequest(), {});
    delete (envelope as { context?: unknown }).context;
    const turn = await new Dialog().send(envelope);
    expect(turn.card).toEqual({ type: 'LinkAccount' });
  });

  it('a bug that throws inside a handler gets a short apology, never a rethrow', async () => {
    const buggyProvider = {
      providerName: 'Spotify',
      create: () => {
        throw new TypeError("Cannot read properties of undefined (reading 'items')");
      },
    };
    const skill = buildSkill({ accountLinking: 'required' }, buggyProvider);
    const turn = toTurn(await skill.invoke(buildEnvelope(intentRequest('ListPlaylistsIntent'), { accessToken: 'token' })));
    expect(turn.speech).toBe('Sorry, something went wrong on my side. Please try again.');
    expect(turn.sessionOpen).toBe(true);
  });
});

describe('with SKILL_ID set', () => {
  it('answers requests for this skill', async () => {
    const skill = testSkill({ skillId: SKILL_ID });
    const turn = await new Dialog(skill, { accessToken: 'token', skillId: SKILL_ID }).say(intentRequest('AMAZON.HelpIntent'));
    expect(turn.speech).toContain('list my playlists');
  });

  it('rejects requests for any other skill', async () => {
    const skill = testSkill({ skillId: SKILL_ID });
    await expect(skill.invoke(buildEnvelope(launchRequest(), { accessToken: 'token' }))).rejects.toThrow(/skill ID/i);
  });
});
