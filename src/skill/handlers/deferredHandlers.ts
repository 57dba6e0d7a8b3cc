import { ErrorHandler, HandlerInput, RequestHandler, RequestInterceptor } from 'ask-sdk-core';
import { Response } from 'ask-sdk-model';

type Conversation = typeof import('./conversationHandlers');

/*
 * A plain `import()`: the Lambda bundle turns it into a require of conversation.js, made once
 * per container, on the first request that is not a launch.
 */
const loadConversation = (): Promise<Conversation> => import('./conversationHandlers');

/** What request and error handlers have in common: an error handler's calls take the error too. */
interface Handles<Extra extends unknown[]> {
  canHandle(handlerInput: HandlerInput, ...extra: Extra): boolean | Promise<boolean>;
  handle(handlerInput: HandlerInput, ...extra: Extra): Response | Promise<Response>;
}

function deferred<Extra extends unknown[]>(group: (conversation: Conversation) => readonly Handles<Extra>[]): Handles<Extra> {
  // The handler that said yes, per request: ask-sdk hands canHandle and handle the same input.
  const chosen = new WeakMap<HandlerInput, Handles<Extra>>();
  return {
    async canHandle(handlerInput: HandlerInput, ...extra: Extra): Promise<boolean> {
      for (const handler of group(await loadConversation())) {
        if (await handler.canHandle(handlerInput, ...extra)) {
          chosen.set(handlerInput, handler);
          return true;
        }
      }
      return false;
    },
    async handle(handlerInput: HandlerInput, ...extra: Extra): Promise<Response> {
      const handler = chosen.get(handlerInput);
      if (!handler) throw new Error('a deferred handler was asked to handle a request none of its group can');
      return handler.handle(handlerInput, ...extra);
    },
  };
}

/**
 * Stands for a group of handlers that live in conversation.js, in their order: it handles a
 * request when one of them does, and that one answers. The group is loaded only when a request
 * gets this far down the chain, so a launch never reads it.
 */
export const deferredHandlers = (group: (conversation: Conversation) => readonly RequestHandler[]): RequestHandler => deferred<[]>(group);

/**
 * The same, for error handlers. One that cannot even be asked (conversation.js failed to load)
 * declines, so that the last net after it still answers.
 */
export function deferredErrorHandlers(group: (conversation: Conversation) => readonly ErrorHandler[]): ErrorHandler {
  const handlers = deferred<[Error]>(group);
  return {
    canHandle: (handlerInput, error) => Promise.resolve(handlers.canHandle(handlerInput, error)).catch(() => false),
    handle: (handlerInput, error) => handlers.handle(handlerInput, error),
  };
}

/** A request interceptor that lives in conversation.js, loaded when it is first asked for. */
export const deferredInterceptor =
  (pick: (conversation: Conversation) => RequestInterceptor): (() => Promise<RequestInterceptor>) =>
  async () =>
    pick(await loadConversation());
