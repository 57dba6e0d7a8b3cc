import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { join } from 'node:path';
import express, { NextFunction, Request as ExpressRequest, Response as ExpressResponse } from 'express';
import { AccountLinkingMode, SkillConfig } from '../skill/config';
import { AccountLinkingConfig } from '../linkingTool/accountLinkingConfig';
import { providerBindingFor } from '../skill/providers/providerBindings';
import { buildSkill } from '../skill/skill';
import { ALEXA_ENDPOINT_PATH, alexaEndpointHandlers, AlexaEndpointOptions, INSECURE_WARNING } from './alexaEndpoint';
import { demoApiUrlFor, DemoProviderWithPlayer, pointedAtDemo, providerDisplayName, startDemoProviderWithAllApis } from './demoApis';
import { DEMO_FREE_ACCOUNT } from './demoPlayer';
import { LinkingError, LocalAlexaLinking, localLinkingProfile, LOCAL_REDIRECT_PATH } from './localAlexaLinking';
import { LocalDialog, TurnResult } from './localDialog';
import { LocalMemory, startLocalMemory } from './localMemoryTable';
import { findSamplePlaylist, SAMPLE_LIBRARY } from './sampleLibrary';
import { createOAuthServer, DEMO_ACCOUNT, OAuthServer } from './oauthServer';
import { loopbackHostOnly, sameOriginJsonOnly } from './consoleGuards';
import { LOCAL_DEVICE_ID } from './requestEnvelope';
import { DEFAULT_LOCALE, isLocalLocale, LocalLocale, LOCAL_LOCALES } from './utteranceResolver';

/*
 * `npm start`: a local Alexa on 127.0.0.1. One HTTP server holds the console page (/), the
 * console's JSON API (/console/api/*), Alexa's linking redirect endpoint and the verified
 * POST /alexa. The demo provider, now an OAuth server too, runs beside it on its own port, as
 * a real provider runs on its own host. The console invokes the skill in process.
 */

export const SUGGESTED_UTTERANCES: readonly string[] = [
  'open playlist reader',
  'list my playlists',
  'more',
  "what's on road trip",
  'how many songs are on rock and roll',
  'play it',
  "what's playing",
  'help',
  'stop',
];

/** The console's suggestion chips, in the words of each locale's interaction model. */
export const SUGGESTED_UTTERANCES_BY_LOCALE: Readonly<Record<LocalLocale, readonly string[]>> = {
  'en-US': SUGGESTED_UTTERANCES,
  'en-GB': SUGGESTED_UTTERANCES,
  'de-DE': [
    'öffne playlist leser',
    'nenne meine playlists',
    'weiter',
    'was ist auf road trip',
    'wie viele songs sind auf rock and roll',
    'spiele sie',
    'was läuft gerade',
    'hilfe',
    'stopp',
  ],
};

/** The Echos the console can talk from. Only the kitchen one is also a Spotify Connect device of the demo account. */
export const LOCAL_ECHOES: readonly { readonly id: string; readonly name: string }[] = [
  { id: LOCAL_DEVICE_ID, name: 'Kitchen Echo' },
  { id: 'amzn1.ask.device.LOCAL-BEDROOM', name: 'Bedroom Echo' },
];

export interface LocalServerOptions {
  readonly config: SkillConfig;
  /** 0 picks a free port. */
  readonly port?: number;
  readonly host?: string;
  readonly alexaEndpoint?: AlexaEndpointOptions;
  /** The project's account-linking config; read from account-linking/ when left out. */
  readonly accountLinkingConfig?: AccountLinkingConfig;
  /** Where the server says what it is doing; never given tokens or secrets. */
  readonly log?: (line: string) => void;
  readonly now?: () => number;
  /** The console's locale until someone picks another; en-US when left out. */
  readonly locale?: LocalLocale;
  /** Whether the console starts as a screen device (APL); it can be switched there. */
  readonly screen?: boolean;
}

export interface LocalServer {
  /** e.g. `http://127.0.0.1:3000` */
  readonly url: string;
  readonly alexaUrl: string;
  readonly demo: DemoProviderWithPlayer;
  readonly oauth: OAuthServer;
  readonly linking: LocalAlexaLinking;
  /** Where the skill keeps each person's memory: an embedded dynalite table, or PERSISTENCE_TABLE's. */
  readonly memory: LocalMemory;
  close(): Promise<void>;
}

/** Songs the console adds to a demo playlist, one after another, to show "what's new". */
const SONGS_TO_ADD = [
  { name: 'Be-Bop-A-Lula', artists: ['Gene Vincent'] },
  { name: 'Maybellene', artists: ['Chuck Berry'] },
  { name: "Whole Lotta Shakin' Goin' On", artists: ['Jerry Lee Lewis'] },
];

function turnForConsole(turn: TurnResult) {
  return {
    speech: turn.speech,
    reprompt: turn.reprompt ?? null,
    card: turn.card ?? null,
    sessionOpen: turn.sessionOpen,
    // The slot a Dialog.ElicitSlot asked for: the next utterance is heard against its samples first.
    elicitation: turn.elicitation ? { slot: turn.elicitation.slotToElicit, intent: turn.elicitation.intent.name } : null,
    sessionAttributes: turn.sessionAttributes,
    apl: turn.apl,
    request: redactEnvelope(turn.request),
    response: turn.response,
  };
}

/** A field of the console's JSON body, unchecked: each route checks its own. */
function bodyField(request: ExpressRequest, name: string): unknown {
  const body: unknown = request.body;
  return typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[name] : undefined;
}

/** The console shows the envelope as Alexa sent it, with the token itself shortened. */
function redactEnvelope<T>(envelope: T): T {
  return JSON.parse(
    JSON.stringify(envelope, (key, value: unknown) => (key === 'accessToken' && typeof value === 'string' ? '(redacted)' : value)),
  ) as T;
}

export async function startLocalServer(options: LocalServerOptions): Promise<LocalServer> {
  const log = options.log ?? (() => undefined);
  let mode: AccountLinkingMode = options.config.accountLinking;
  let locale: LocalLocale = options.locale ?? DEFAULT_LOCALE;
  let screen = options.screen ?? false;
  const providerName = providerDisplayName(options.config);
  let echoId = LOCAL_DEVICE_ID;
  const oauth = createOAuthServer({ now: options.now, accounts: [DEMO_ACCOUNT, DEMO_FREE_ACCOUNT] });
  // Both APIs behind the same check of the OAuth server's tokens; PROVIDER picks which one the skill calls.
  const demo = await startDemoProviderWithAllApis({ routers: [oauth.router], acceptsToken: oauth.acceptsToken, grantOf: oauth.grantOf });

  const app = express();
  app.disable('x-powered-by');
  const httpServer: Server = createServer(app);
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  }).catch(async (error: unknown) => {
    await demo.close();
    throw error;
  });
  const { port } = httpServer.address() as AddressInfo;
  const url = `http://${options.host ?? '127.0.0.1'}:${port}`;

  const linking = new LocalAlexaLinking({
    profile: localLinkingProfile({
      providerUrl: demo.url,
      alexaUrl: url,
      config: options.accountLinkingConfig,
      provider: options.config.provider,
    }),
    now: options.now,
  });
  oauth.registerClient({
    clientId: linking.profile.clientId,
    clientSecret: linking.profile.clientSecret,
    redirectUris: [linking.profile.redirectUri],
    scopes: linking.profile.scopes,
    scheme: linking.profile.scheme,
  });

  const memory = await startLocalMemory(options.config);
  let containers = 0;
  let songsAdded = 0;

  // A fresh dialog whenever the link, the mode or the device changes, or on "New container": a new skill
  // instance with an empty provider cache and its own table client, as after a Lambda cold start. The table lives on.
  let dialog: LocalDialog;
  function newDialog(): void {
    containers++;
    dialog = new LocalDialog({
      config: pointedAtDemo({ ...options.config, accountLinking: mode }, demo),
      accessToken: () => linking.accessToken(),
      locale,
      screen,
      persistence: memory.adapter(),

      deviceId: echoId,
    });
  }
  newDialog();

  function state() {
    return {
      mode,
      linking: linking.status(),
      sessionOpen: dialog.sessionOpen,
      provider: providerName,
      providerUrl: demo.url,
      providerApiUrl: demoApiUrlFor(options.config.provider, demo),
      alexaEndpoint: `${url}${ALEXA_ENDPOINT_PATH}`,
      locale,
      locales: LOCAL_LOCALES,
      screen,
      suggestions: SUGGESTED_UTTERANCES_BY_LOCALE[locale],
      memory: memory.description,
      container: containers,

      echo: echoId,
      echoes: LOCAL_ECHOES,
      player: demo.player.snapshot(),
    };
  }

  // POST /alexa first: the adapter refuses to run after another body parser.
  // Real Alexa brings the real provider's tokens, so /alexa calls the real API, not the demo.
  const alexaSkill = buildSkill({ ...options.config }, providerBindingFor(options.config));
  app.post(ALEXA_ENDPOINT_PATH, ...alexaEndpointHandlers(alexaSkill, { log, ...options.alexaEndpoint }));

  app.use(express.static(join(__dirname, 'console'), { index: 'index.html' }));

  const api = express.Router();
  api.use(loopbackHostOnly(port), sameOriginJsonOnly(), express.json({ limit: '16kb' }));
  api.get('/state', (_request, response) => {
    response.json(state());
  });
  api.post('/say', async (request, response, next) => {
    const field = bodyField(request, 'utterance');
    const utterance = typeof field === 'string' ? field.trim() : '';
    if (!utterance) {
      response.status(400).json({ error: 'Type something to say.' });
      return;
    }
    try {
      const turn = await dialog.say(utterance);
      response.json({ turn: turnForConsole(turn), state: state() });
    } catch (error) {
      next(error);
    }
  });
  api.post('/touch', async (request, response, next) => {
    const token = bodyField(request, 'token');
    const args = bodyField(request, 'arguments');
    if (typeof token !== 'string' || !Array.isArray(args)) {
      response.status(400).json({ error: 'touch needs the document token and the SendEvent arguments' });
      return;
    }
    if (!screen) {
      response.status(409).json({ error: 'Turn on "Screen device (APL)" first: only a screen device can be touched.', state: state() });
      return;
    }
    try {
      const turn = await dialog.touch(token, args);
      response.json({ turn: turnForConsole(turn), state: state() });
    } catch (error) {
      next(error);
    }
  });
  api.post('/locale', (request, response) => {
    const next = bodyField(request, 'locale');
    if (typeof next !== 'string' || !isLocalLocale(next)) {
      response.status(400).json({ error: `locale must be one of ${LOCAL_LOCALES.join(', ')}` });
      return;
    }
    locale = next;
    newDialog();
    response.json(state());
  });
  api.post('/screen', (request, response) => {
    const next = bodyField(request, 'screen');
    if (typeof next !== 'boolean') {
      response.status(400).json({ error: 'screen must be true or false' });
      return;
    }
    screen = next;
    newDialog();
    response.json(state());
  });
  api.post('/echo', (request, response) => {
    const next = bodyField(request, 'echo');
    if (typeof next !== 'string' || !LOCAL_ECHOES.some((echo) => echo.id === next)) {
      response.status(400).json({ error: `echo must be one of ${LOCAL_ECHOES.map((echo) => echo.id).join(', ')}` });
      return;
    }
    echoId = next;
    newDialog();
    response.json(state());
  });
  api.post('/link', (_request, response) => {
    response.json({ authorizationUrl: linking.authorizationUrl() });
  });
  api.post('/unlink', (_request, response) => {
    linking.unlink();
    newDialog();
    log('Unlinked the account.');
    response.json(state());
  });
  api.post('/expire', (_request, response) => {
    const token = linking.currentAccessToken();
    if (!token) {
      response.status(409).json({ error: 'No account is linked.', state: state() });
      return;
    }
    oauth.expireAccessToken(token);
    newDialog();
    log('The demo provider expired the access token; Alexa does not know yet.');
    response.json(state());
  });
  api.post('/new-container', (_request, response) => {
    newDialog();
    log(`New container #${containers}: the skill and its cache start afresh; the memory table lives on.`);
    response.json(state());
  });
  api.post('/add-song', (_request, response) => {
    const song = SONGS_TO_ADD[songsAdded++ % SONGS_TO_ADD.length];
    const playlist = findSamplePlaylist(SAMPLE_LIBRARY, 'Rock & Roll');
    demo.addSong(playlist.id, song);
    response.json({ added: `${song.name} by ${song.artists.join(', ')}`, playlist: playlist.name, state: state() });
  });
  api.post('/mode', (request, response) => {
    const next = bodyField(request, 'mode');
    if (next !== 'required' && next !== 'optional') {
      response.status(400).json({ error: 'mode must be "required" or "optional"' });
      return;
    }
    mode = next;
    newDialog();
    response.json(state());
  });
  api.post('/scheme', (request, response) => {
    const next = bodyField(request, 'scheme');
    if (next !== 'HTTP_BASIC' && next !== 'REQUEST_BODY_CREDENTIALS') {
      response.status(400).json({ error: 'scheme must be "HTTP_BASIC" or "REQUEST_BODY_CREDENTIALS"' });
      return;
    }
    // Both sides change together, as when a developer edits the provider's app and the Alexa console.
    linking.setScheme(next);
    const client = oauth.client(linking.profile.clientId);
    if (client) client.scheme = next;
    response.json(state());
  });
  app.use('/console/api', api);

  app.get(LOCAL_REDIRECT_PATH, async (request, response) => {
    const query = new URL(request.originalUrl, url).searchParams;
    try {
      await linking.completeLinking(query);
      newDialog();
      log(`Linked the demo account (${linking.profile.scheme}).`);
      response.redirect(303, '/?linked=1');
    } catch (error) {
      const reason = error instanceof LinkingError ? `${error.code}: ${error.message}` : 'linking failed';
      log(`Linking failed: ${reason}`);
      response.redirect(303, `/?linkError=${encodeURIComponent(reason)}`);
    }
  });

  app.use((error: unknown, _request: ExpressRequest, response: ExpressResponse, next: NextFunction) => {
    log(`Console error: ${error instanceof Error ? error.message : String(error)}`);
    // Half an answer already went out: only Express's own handler can end the connection.
    if (response.headersSent) return next(error);
    const status = (error as { status?: unknown })?.status;
    // A body the parser refused (bad JSON, too big) is the caller's mistake; anything else is ours, and not described.
    if (typeof status === 'number' && status >= 400 && status < 500)
      response.status(status).json({ error: 'The request could not be read.' });
    else response.status(500).json({ error: 'Something went wrong in the local Alexa; see its log.' });
  });

  if (options.alexaEndpoint?.insecureLocal) log(INSECURE_WARNING);

  return {
    url,
    alexaUrl: `${url}${ALEXA_ENDPOINT_PATH}`,
    demo,
    oauth,
    linking,
    memory,
    async close() {
      await new Promise<void>((resolve, reject) => {
        httpServer.close((error) => (error ? reject(error) : resolve()));
        httpServer.closeAllConnections();
      });
      await demo.close();
      await memory.close();
    },
  };
}
