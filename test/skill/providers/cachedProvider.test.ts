import nock from 'nock';
import { Deadline } from '../../../src/skill/providers/deadline';
import { PlaylistCache } from '../../../src/skill/providers/playlistCache';
import { spotifyBinding } from '../../../src/skill/providers/spotify/spotifyBinding';
import { PlaylistProvider } from '../../../src/skill/providers/types';
import { SPOTIFY_TEST_API } from '../../support/dialog';
import { library, playlistPage, spotifyError } from '../../support/spotifyWire';
import { ConcurrencyLimit } from '../../../src/skill/providers/concurrencyLimit';

const JSON_HEADERS = { 'Content-Type': 'application/json; charset=utf-8' };

/** A Spotify that knows a library per token, and counts the requests it answers. */
function nockLibraries(librariesByToken: Record<string, string[]>) {
  const requests: string[] = [];
  nock(SPOTIFY_TEST_API)
    .persist()
    .get('/me/playlists')
    .query(true)
    .reply(function reply(uri) {
      const token = String(this.req.headers.authorization ?? '').replace(/^Bearer /, '');
      requests.push(token);
      const names = librariesByToken[token];
      if (!names) return [401, spotifyError(401, 'Invalid access token'), JSON_HEADERS];
      const query = new URL(uri, 'http://x').searchParams;
      return [200, playlistPage(library(names), Number(query.get('offset')), Number(query.get('limit'))), JSON_HEADERS];
    });
  return requests;
}

function providerFor(binding: ReturnType<typeof spotifyBinding>, userId: string, accessToken: string): PlaylistProvider {
  return binding.create({ userId, accessToken, deadline: Deadline.after(), limit: new ConcurrencyLimit() });
}

const names = async (provider: PlaylistProvider) => (await provider.listAllPlaylists()).map((playlist) => playlist.name);

afterEach(() => {
  nock.cleanAll();
  jest.useRealTimers();
});

describe('the Spotify binding with its per-container cache', () => {
  it('answers a repeated lookup within the lifetime with zero requests to Spotify', async () => {
    const requests = nockLibraries({ 'token-a': ['Road Trip', 'Rock & Roll'] });
    const binding = spotifyBinding(SPOTIFY_TEST_API);

    expect(await names(providerFor(binding, 'user-a', 'token-a'))).toEqual(['Road Trip', 'Rock & Roll']);
    expect(requests).toHaveLength(1);
    // A later request from the same account: a new provider, the same container.
    expect(await names(providerFor(binding, 'user-a', 'token-a'))).toEqual(['Road Trip', 'Rock & Roll']);
    expect(requests).toHaveLength(1);
  });

  it('never serves one user the playlists of another', async () => {
    const requests = nockLibraries({ 'token-a': ['Alice Only'], 'token-b': ['Bob Only'] });
    const binding = spotifyBinding(SPOTIFY_TEST_API);

    expect(await names(providerFor(binding, 'user-a', 'token-a'))).toEqual(['Alice Only']);
    expect(await names(providerFor(binding, 'user-b', 'token-b'))).toEqual(['Bob Only']);
    expect(await names(providerFor(binding, 'user-a', 'token-a'))).toEqual(['Alice Only']);
    expect(requests).toEqual(['token-a', 'token-b']);
  });

  it('does not share answers between two user IDs that present the same token', async () => {
    const requests = nockLibraries({ shared: ['Shared Library'] });
    const binding = spotifyBinding(SPOTIFY_TEST_API);

    await names(providerFor(binding, 'user-a', 'shared'));
    await names(providerFor(binding, 'user-b', 'shared'));
    expect(requests).toHaveLength(2);
  });

  it('asks Spotify again when the same user comes back with a new token, and serves the new answer', async () => {
    const requests = nockLibraries({ 'old-token': ['Before Relink'], 'new-token': ['After Relink'] });
    const binding = spotifyBinding(SPOTIFY_TEST_API);

    expect(await names(providerFor(binding, 'user-a', 'old-token'))).toEqual(['Before Relink']);
    expect(await names(providerFor(binding, 'user-a', 'new-token'))).toEqual(['After Relink']);
    expect(requests).toEqual(['old-token', 'new-token']);
  });

  it('does not answer a dead token from the cache of a live one, and does not cache the failure', async () => {
    const requests = nockLibraries({ live: ['Mine'] });
    const binding = spotifyBinding(SPOTIFY_TEST_API);

    await names(providerFor(binding, 'user-a', 'live'));
    await expect(providerFor(binding, 'user-a', 'dead').listAllPlaylists()).rejects.toMatchObject({
      kind: 'link-expired',
    });
    await expect(providerFor(binding, 'user-a', 'dead').listAllPlaylists()).rejects.toMatchObject({
      kind: 'link-expired',
    });
    expect(requests).toEqual(['live', 'dead', 'dead']);
  });

  it('asks Spotify again once the cached answer is older than its lifetime', async () => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask', 'setTimeout', 'clearTimeout'] });
    const requests = nockLibraries({ 'token-a': ['Road Trip'] });
    const binding = spotifyBinding(SPOTIFY_TEST_API, { cache: new PlaylistCache({ ttlMs: 60_000 }) });

    await names(providerFor(binding, 'user-a', 'token-a'));
    jest.setSystemTime(Date.now() + 59_000);
    await names(providerFor(binding, 'user-a', 'token-a'));
    expect(requests).toHaveLength(1);
    jest.setSystemTime(Date.now() + 2_000);
    await names(providerFor(binding, 'user-a', 'token-a'));
    expect(requests).toHaveLength(2);
  });

  it("gives each binding its own cache, so one test or container never sees another's", async () => {
    const requests = nockLibraries({ 'token-a': ['Road Trip'] });
    await names(providerFor(spotifyBinding(SPOTIFY_TEST_API), 'user-a', 'token-a'));
    await names(providerFor(spotifyBinding(SPOTIFY_TEST_API), 'user-a', 'token-a'));
    expect(requests).toHaveLength(2);
  });

  it('keeps its answers in the cache it is given: a second binding on that cache asks Spotify nothing', async () => {
    const requests = nockLibraries({ 'token-a': ['Road Trip'] });
    const cache = new PlaylistCache();
    await names(providerFor(spotifyBinding(SPOTIFY_TEST_API, { cache }), 'user-a', 'token-a'));
    expect(await names(providerFor(spotifyBinding(SPOTIFY_TEST_API, { cache }), 'user-a', 'token-a'))).toEqual(['Road Trip']);
    expect(requests).toHaveLength(1);
  });

  it('hands out copies, so a caller that sorts its list cannot reorder the cached one', async () => {
    nockLibraries({ 'token-a': ['B', 'A'] });
    const binding = spotifyBinding(SPOTIFY_TEST_API);
    (await providerFor(binding, 'user-a', 'token-a').listAllPlaylists()).sort((x, y) => x.name.localeCompare(y.name));
    expect(await names(providerFor(binding, 'user-a', 'token-a'))).toEqual(['B', 'A']);
  });
});
