import { ConfigError, loadConfig } from '../../src/skill/config';

describe('configuration from the environment', () => {
  it('defaults to required linking, no skill ID, Spotify, and the public Spotify and YouTube APIs', () => {
    expect(loadConfig({})).toEqual({
      accountLinking: 'required',
      skillId: undefined,
      provider: 'spotify',
      spotifyApiUrl: 'https://api.spotify.com/v1',
      youtubeApiUrl: 'https://www.googleapis.com/youtube/v3',
      logLevel: 'info',
      playback: 'on',
    });
  });

  it('reads every variable, trimming and tolerating case and a trailing slash', () => {
    const config = loadConfig({
      ACCOUNT_LINKING: ' Optional ',
      SKILL_ID: 'amzn1.ask.skill.11111111-2222-4333-8444-555555555555',
      PROVIDER: ' YouTube ',
      SPOTIFY_API_URL: 'http://127.0.0.1:3001/v1/',
      YOUTUBE_API_URL: 'http://127.0.0.1:3001/youtube/v3/',
      LOG_LEVEL: 'DEBUG',
      PLAYBACK: ' OFF ',
    });
    expect(config).toEqual({
      accountLinking: 'optional',
      skillId: 'amzn1.ask.skill.11111111-2222-4333-8444-555555555555',
      provider: 'youtube',
      spotifyApiUrl: 'http://127.0.0.1:3001/v1',
      youtubeApiUrl: 'http://127.0.0.1:3001/youtube/v3',
      logLevel: 'debug',
      playback: 'off',
    });
  });

  it('PERSISTENCE_TABLE names the memory table; unset or blank, memory stays in the container', () => {
    expect(loadConfig({ PERSISTENCE_TABLE: ' playlist-reader-Memory.1 ' }).persistenceTable).toBe('playlist-reader-Memory.1');
    expect(loadConfig({ PERSISTENCE_TABLE: '  ' }).persistenceTable).toBeUndefined();
    expect(loadConfig({}).persistenceTable).toBeUndefined();
  });

  it('PERSISTENCE_TABLE names the memory table; unset or blank, memory stays in the container', () => {
    expect(loadConfig({ PERSISTENCE_TABLE: ' playlist-reader-Memory.1 ' }).persistenceTable).toBe('playlist-reader-Memory.1');
    expect(loadConfig({ PERSISTENCE_TABLE: '  ' }).persistenceTable).toBeUndefined();
    expect(loadConfig({}).persistenceTable).toBeUndefined();
  });

  it('an empty PROVIDER means Spotify', () => {
    expect(loadConfig({ PROVIDER: '  ' }).provider).toBe('spotify');
  });

  it.each([
    ['ACCOUNT_LINKING', { ACCOUNT_LINKING: 'sometimes' }],
    ['SKILL_ID', { SKILL_ID: 'my-skill' }],
    ['PROVIDER', { PROVIDER: 'deezer' }],
    ['LOG_LEVEL', { LOG_LEVEL: 'verbose' }],
    ['LOG_LEVEL', { LOG_LEVEL: 'constructor' }],
    ['PLAYBACK', { PLAYBACK: 'yes' }],
    ['SPOTIFY_API_URL', { SPOTIFY_API_URL: 'api.spotify.com' }],
    ['SPOTIFY_API_URL', { SPOTIFY_API_URL: 'ftp://api.spotify.com/v1' }],
    ['YOUTUBE_API_URL', { YOUTUBE_API_URL: 'www.googleapis.com/youtube/v3' }],
    ['YOUTUBE_API_URL', { YOUTUBE_API_URL: 'ftp://www.googleapis.com/youtube/v3' }],
    ['PERSISTENCE_TABLE', { PERSISTENCE_TABLE: 'my table' }],
    ['PERSISTENCE_TABLE', { PERSISTENCE_TABLE: 'ab' }],
    ['AWS_ENDPOINT_URL_DYNAMODB', { PERSISTENCE_TABLE: 'memory', AWS_ENDPOINT_URL_DYNAMODB: 'localhost:8000' }],
  ])('a bad %s fails fast with a message naming it', (variable, env) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`^${variable}: `));
  });

  it('a bad PLAYBACK names the values it accepts; an empty one means on', () => {
    expect(() => loadConfig({ PLAYBACK: 'enabled' })).toThrow('PLAYBACK: expected "on" or "off", got "enabled"');
    expect(loadConfig({ PLAYBACK: ' ' }).playback).toBe('on');
  });

  it('a bad PROVIDER names the providers it accepts', () => {
    expect(() => loadConfig({ PROVIDER: 'deezer' })).toThrow('PROVIDER: expected "spotify" or "youtube", got "deezer"');
  });
});
