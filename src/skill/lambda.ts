import type { Context } from 'aws-lambda';
import { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { loadConfig } from './config';
import { setLogLevel } from './logging/logger';
import { providerBindingFor } from './providers/providerBindings';
import { buildSkill } from './skill';

// Built once per container, at cold start: a bad environment fails here, naming the variable.
// PROVIDER picks the binding; its playlist cache lives as long as the container.
const config = loadConfig();
setLogLevel(config.logLevel);
const skill = buildSkill(config, providerBindingFor(config));

/** The Lambda entry point. Async, on `skill.invoke`: the callback-style `.lambda()` breaks on Node 24 runtimes. */
export async function handler(event: RequestEnvelope, context?: Context): Promise<ResponseEnvelope> {
  return skill.invoke(event, context);
}
