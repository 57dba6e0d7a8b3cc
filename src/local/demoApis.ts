import { ProviderName, SkillConfig } from '../skill/config';
import { providerBindingFor } from '../skill/providers/providerBindings';
import { DemoProvider, DemoProviderOptions, DemoRouter, startDemoProvider } from './demoProvider';
import { youtubeApiRouter, youtubeApiUrlOf } from './demoYouTubeApi';

/*
 * The demo server speaks both providers' APIs from one sample library: Spotify's under /v1 and
 * YouTube's under /youtube/v3, behind the same token check. `PROVIDER` then only decides which
 * of the two the skill is pointed at, exactly as it does in the Lambda.
 */

/** The demo server with the YouTube routes plugged in beside the Spotify ones. */
export function startDemoProviderWithAllApis(options: DemoProviderOptions = {}): Promise<DemoProvider> {
  const routers: DemoRouter[] = [
    ...(options.routers ?? []),
    youtubeApiRouter({ library: options.library, acceptsToken: options.acceptsToken }),
  ];
  return startDemoProvider({ ...options, routers });
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
