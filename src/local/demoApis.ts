import { ProviderName, SkillConfig } from '../skill/config';
import { providerBindingFor } from '../skill/providers/providerBindings';
import { createDemoPlayer, DemoGrant, DemoPlayer } from './demoPlayer';
import { DEMO_ACCESS_TOKEN, DemoProvider, DemoProviderOptions, DemoRouter, startDemoProvider } from './demoProvider';
import { SAMPLE_LIBRARY } from './sampleLibrary';
import { youtubeApiRouter, youtubeApiUrlOf } from './demoYouTubeApi';

/*
 * The demo server speaks both providers' APIs from one sample library: Spotify's under /v1 and
 * YouTube's under /youtube/v3, behind the same token check. `PROVIDER` then only decides which
 * of the two the skill is pointed at, exactly as it does in the Lambda.
 */

/** The demo server with Spotify Connect (`player`) in front of it. */
export interface DemoProviderWithPlayer extends DemoProvider {
  readonly player: DemoPlayer;
}

export interface AllApisOptions extends DemoProviderOptions {
  /** Who a token belongs to and its scopes, for the player; the Premium demo user with every scope when left out. */
  readonly grantOf?: (token: string) => DemoGrant | undefined;
}

/** The demo server with the YouTube routes plugged in beside the Spotify ones, and Spotify's player. */
export async function startDemoProviderWithAllApis(options: AllApisOptions = {}): Promise<DemoProviderWithPlayer> {
  const player = createDemoPlayer({
    library: options.library ?? SAMPLE_LIBRARY,
    acceptsToken: options.acceptsToken ?? ((token) => token === DEMO_ACCESS_TOKEN),
    grantOf: options.grantOf,
  });
  const routers: DemoRouter[] = [
    ...(options.routers ?? []),
    player.router,
    youtubeApiRouter({ library: options.library, acceptsToken: options.acceptsToken }),
  ];
  // Assigned onto the server itself, so that its live getters (request count, paths) stay live.
  return Object.assign(await startDemoProvider({ ...options, routers }), { player });
}

/** The config with every provider's API URL pointed at the demo server. */
export function pointedAtDemo<T extends SkillConfig>(config: T, demo: Pick<DemoProvider, 'url' | 'apiUrl'>): T {
  return { ...config, spotifyApiUrl: demo.apiUrl, youtubeApiUrl: youtubeApiUrlOf(demo) };
}

/** Where on the demo server the configured provider's API answers. */
export function demoApiUrlFor(provider: ProviderName | undefined, demo: Pick<DemoProvider, 'url' | 'apiUrl'>): string {
  return provider === 'youtube' ? youtubeApiUrlOf(demo) : demo.apiUrl;
}

/** The provider's name as the skill speaks it: "Spotify", "YouTube". */
export function providerDisplayName(config: Pick<SkillConfig, 'provider' | 'spotifyApiUrl' | 'youtubeApiUrl'>): string {
  return providerBindingFor(config).providerName;
}
