import { HandlerInput } from 'ask-sdk-core';
import { Messages } from '../speech/locales/en-US';
import { messagesFor } from '../speech/messages';
import { findRequestContext, RequestContext } from './requestContext';

/** The request's context, with everything the skill says in the request's locale. */
export interface ConversationContext extends RequestContext {
  readonly messages: Messages;
}

const CONVERSATION_KEY = 'playlistReaderConversation';

/** The conversation's context, or undefined when the interceptor did not get to build the request's. */
export function findConversationContext(handlerInput: HandlerInput): ConversationContext | undefined {
  const attributes = handlerInput.attributesManager.getRequestAttributes();
  const kept = attributes[CONVERSATION_KEY] as ConversationContext | undefined;
  if (kept) return kept;
  const context = findRequestContext(handlerInput);
  if (!context) return undefined;
  const conversation: ConversationContext = { ...context, messages: messagesFor(context.locale) };
  attributes[CONVERSATION_KEY] = conversation;
  return conversation;
}

export function conversationContext(handlerInput: HandlerInput): ConversationContext {
  const context = findConversationContext(handlerInput);
  if (!context) throw new Error('attachRequestContext must run before the handlers');
  return context;
}
