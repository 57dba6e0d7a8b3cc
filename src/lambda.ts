import type { Context } from 'aws-lambda';
import { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { loadConfig } from './config';
import { spotifyBinding } from './providers/spotify/spotifyBinding';
import { buildSkill } from './skill';

// Built once per container, at cold start: a bad environment fails here, naming the variable.
const config = loadConfig();
const skill = buildSkill(config, spotifyBinding(config.spotifyApiUrl));

/** The Lambda entry point. Async, on `skill.invoke`: the callback-style `.lambda()` breaks on Node 24 runtimes. */
export async function handler(event: RequestEnvelope, context?: Context): Promise<ResponseEnvelope> {
  return skill.invoke(event, context);
}
