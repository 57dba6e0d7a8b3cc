import type { Context } from 'aws-lambda';
import { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { loadConfig } from './config';
import { beginInvocation, setLogLevel } from './logging/logger';
import { persistenceFor } from './persistence/persistenceFor';
import { providerBindingFor } from './providers/providerBindings';
import { buildSkill } from './skill';

// Built once per container, at cold start: a bad environment fails here, naming the variable.
// PROVIDER picks the binding; its playlist cache lives as long as the container. With
// PERSISTENCE_TABLE the DynamoDB client is made here too, so no request pays for it.
const config = loadConfig();
setLogLevel(config.logLevel);
const skill = buildSkill(config, providerBindingFor(config), { persistence: persistenceFor(config) });

/** The Lambda entry point. Async, on `skill.invoke`: the callback-style `.lambda()` breaks on Node 24 runtimes. */
export async function handler(event: RequestEnvelope, context?: Context): Promise<ResponseEnvelope> {
  beginInvocation(context?.awsRequestId);
  return skill.invoke(event, context);
}
