import { getLocale, HandlerInput, RequestInterceptor } from 'ask-sdk-core';
import { readAccessToken } from '../linking/accessToken';
import { Deadline } from '../providers/deadline';
import { ProviderBinding } from '../providers/providerBinding';
import { PlaylistProvider } from '../providers/types';
import { messagesFor } from '../speech/messages';
import { Messages } from '../speech/locales/en-US';

/** What every handler needs for one request: its words, and its provider within its deadline. */
export interface RequestContext {
  readonly messages: Messages;
  readonly locale: string;
  readonly providerName: string;
  /** The provider, bound to this request's token and deadline. Only call it once linked. */
  provider(): Promise<PlaylistProvider>;
}

const CONTEXT_KEY = 'playlistReaderContext';

function safeLocale(handlerInput: HandlerInput): string | undefined {
  try {
    return getLocale(handlerInput.requestEnvelope);
  } catch {
    return undefined;
  }
}

function safeUserId(handlerInput: HandlerInput): string {
  const { context, session } = handlerInput.requestEnvelope;
  return context?.System?.user?.userId ?? session?.user?.userId ?? 'unknown-user';
}

/** Starts the request's deadline and builds its context before any handler is chosen. */
export function attachRequestContext(binding: ProviderBinding): RequestInterceptor {
  return {
    process(handlerInput: HandlerInput): void {
      const deadline = Deadline.after();
      const messages = messagesFor(safeLocale(handlerInput));
      let provider: Promise<PlaylistProvider> | undefined;
      const context: RequestContext = {
        messages,
        locale: messages.locale,
        providerName: binding.providerName,
        provider() {
          const accessToken = readAccessToken(handlerInput);
          if (!accessToken) throw new Error('provider() called on a request without an access token');
          provider ??= binding.create({ accessToken, userId: safeUserId(handlerInput), deadline });
          return provider;
        },
      };
      handlerInput.attributesManager.setRequestAttributes({ [CONTEXT_KEY]: context });
    },
  };
}

export function requestContext(handlerInput: HandlerInput): RequestContext {
  const context = handlerInput.attributesManager.getRequestAttributes()[CONTEXT_KEY] as RequestContext | undefined;
  if (!context) throw new Error('attachRequestContext must run before the handlers');
  return context;
}
