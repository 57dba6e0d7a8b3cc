import { cacheScope, PlaylistCache } from '../../../src/skill/providers/playlistCache';

function clock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('cacheScope', () => {
  it('is a SHA-256 hex digest that never contains the token', () => {
    const token = 'BQD-secret-token-value';
    const scope = cacheScope('amzn1.ask.account.A', token);
    expect(scope).toMatch(/^[0-9a-f]{64}$/);
    expect(scope).not.toContain(token);
  });

  it('differs for another user, another token, and a shifted boundary between the two', () => {
    const scopes = [
      cacheScope('user-a', 'token-1'),
      cacheScope('user-b', 'token-1'),
      cacheScope('user-a', 'token-2'),
      cacheScope('user-at', 'oken-1'),
    ];
    expect(new Set(scopes).size).toBe(scopes.length);
    expect(cacheScope('user-a', 'token-1')).toBe(scopes[0]);
  });
});

describe('PlaylistCache', () => {
  it('serves an entry until its lifetime ends, then forgets it', () => {
    const time = clock();
    const cache = new PlaylistCache({ ttlMs: 60_000, now: time.now });
    cache.set('k', 'v');
    time.advance(59_999);
    expect(cache.get('k')).toBe('v');
    time.advance(1);
    expect(cache.get('k')).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('defaults to a lifetime of 60 seconds', () => {
    const time = clock();
    const cache = new PlaylistCache({ now: time.now });
    cache.set('k', 'v');
    time.advance(60_000);
    expect(cache.get('k')).toBeUndefined();
  });

  it('holds at most maxEntries, dropping the least recently used first', () => {
    const cache = new PlaylistCache({ maxEntries: 3 });
    cache.set('a', 1);
    cache.set('b', 2);
    cache.set('c', 3);
    expect(cache.get('a')).toBe(1); // a is now the most recently used
    cache.set('d', 4);
    expect(cache.size).toBe(3);
    expect(cache.get('b')).toBeUndefined();
    expect([cache.get('a'), cache.get('c'), cache.get('d')]).toEqual([1, 3, 4]);
  });

  it('stays within its bound however many accounts pass through', () => {
    const cache = new PlaylistCache({ maxEntries: 50 });
    for (let user = 0; user < 1000; user++) cache.set(cacheScope(`user-${user}`, 'token'), user);
    expect(cache.size).toBe(50);
  });
});
