import { ConfigError, loadConfig } from '../src/config';

describe('configuration from the environment', () => {
  it('defaults to required linking, no skill ID and the public Spotify API', () => {
    expect(loadConfig({})).toEqual({ accountLinking: 'required', skillId: undefined, spotifyApiUrl: 'https://api.spotify.com/v1' });
  });

  it('reads every variable, trimming and tolerating case and a trailing slash', () => {
    const config = loadConfig({
      ACCOUNT_LINKING: ' Optional ',
      SKILL_ID: 'amzn1.ask.skill.11111111-2222-4333-8444-555555555555',
      SPOTIFY_API_URL: 'http://127.0.0.1:3001/v1/',
    });
    expect(config).toEqual({
      accountLinking: 'optional',
      skillId: 'amzn1.ask.skill.11111111-2222-4333-8444-555555555555',
      spotifyApiUrl: 'http://127.0.0.1:3001/v1',
    });
  });

  it.each([
    ['ACCOUNT_LINKING', { ACCOUNT_LINKING: 'sometimes' }],
    ['SKILL_ID', { SKILL_ID: 'my-skill' }],
    ['SPOTIFY_API_URL', { SPOTIFY_API_URL: 'api.spotify.com' }],
    ['SPOTIFY_API_URL', { SPOTIFY_API_URL: 'ftp://api.spotify.com/v1' }],
  ])('a bad %s fails fast with a message naming it', (variable, env) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`^${variable}: `));
  });
});
