import { RequestEnvelope, ResponseEnvelope, ui } from 'ask-sdk-model';
import { Skill } from 'ask-sdk-core';
import { SkillOptions } from '../../src/skill/config';
import { spotifyBinding } from '../../src/skill/providers/spotify/spotifyBinding';
import { buildSkill, SkillServices } from '../../src/skill/skill';
import { ManualClock } from './clock';
import { expectWellFormedSsml, ssmlOf } from './ssml';
import { Request } from 'ask-sdk-model';
import { ssmlToText } from '../../src/local/ssmlToText';
import { buildTestEnvelope, TestEnvelopeOptions } from './envelopes';

export const SPOTIFY_TEST_API = 'https://api.spotify.test/v1';
export const LINKED_TOKEN = 'BQD-linked-user-access-token-0123456789';

/**
 * A skill against Spotify at `apiUrl`, on simulated time: its clock stands still unless the
 * test moves it (pass your own `clock` to do that), so no answer depends on how busy the
 * machine is.
 */
export function testSkill(options: Partial<SkillOptions> & Pick<SkillServices, 'clock'> = {}, apiUrl = SPOTIFY_TEST_API): Skill {
  const { clock = new ManualClock(), ...config } = options;
  return buildSkill({ accountLinking: 'required', ...config }, spotifyBinding(apiUrl), { clock });
}

/** One turn as a person would perceive it, plus the raw envelope for anything finer. */
export interface Turn {
  readonly speech: string;
  readonly reprompt: string;
  readonly card?: ui.Card;
  readonly sessionOpen: boolean;
  readonly sessionAttributes: Record<string, unknown>;
  readonly envelope: ResponseEnvelope;
}

/** Every response that passed through a Dialog in this test file; checked for well-formed SSML as it arrives. */
export const allResponses: ResponseEnvelope[] = [];

export function toTurn(envelope: ResponseEnvelope): Turn {
  ssmlOf(envelope).forEach(expectWellFormedSsml);
  allResponses.push(envelope);
  const response = envelope.response;
  const speech = response.outputSpeech?.type === 'SSML' ? response.outputSpeech.ssml : undefined;
  const reprompt = response.reprompt?.outputSpeech?.type === 'SSML' ? response.reprompt.outputSpeech.ssml : undefined;
  return {
    speech: ssmlToText(speech ?? ''),
    reprompt: ssmlToText(reprompt ?? ''),
    card: response.card,
    sessionOpen: response.shouldEndSession === false,
    sessionAttributes: envelope.sessionAttributes ?? {},
    envelope,
  };
}

/**
 * A person talking to the skill: keeps the session between turns as Alexa does, and starts
 * a new one after a response that ends it.
 */
export class Dialog {
  private sessionAttributes?: Record<string, unknown>;

  constructor(
    private readonly skill: Skill = testSkill(),
    private readonly options: TestEnvelopeOptions = { accessToken: LINKED_TOKEN },
  ) {}

  async send(envelope: RequestEnvelope): Promise<Turn> {
    const turn = toTurn(await this.skill.invoke(envelope));
    this.sessionAttributes = turn.sessionOpen ? turn.sessionAttributes : undefined;
    return turn;
  }

  say(request: Request): Promise<Turn> {
    return this.send(buildTestEnvelope(request, { ...this.options, sessionAttributes: this.sessionAttributes }));
  }
}
