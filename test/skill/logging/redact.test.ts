import { isSecretKey, REDACTED, redact, redactText } from '../../../src/skill/logging/redact';

describe('redactText', () => {
  it.each([
    ['Authorization: Bearer abc.DEF-123', `Authorization: Bearer ${REDACTED}`],
    ['authorization: bearer abc.DEF-123', `authorization: bearer ${REDACTED}`],
    ['BEARER abc123 and Basic dXNlcjpwYXNz', `BEARER ${REDACTED} and Basic ${REDACTED}`],
    ['header was bAsIc dXNlcjpwYXNz=', `header was bAsIc ${REDACTED}`],
  ])('removes the credential after a scheme word in any case: %s', (text, clean) => {
    expect(redactText(text)).toBe(clean);
  });

  it('leaves text that names neither scheme as it is, and still removes the given secrets from it', () => {
    expect(redactText('a basin, a bear, a rock & roll playlist')).toBe('a basin, a bear, a rock & roll playlist');
    expect(redactText('token=abcd1234 failed', ['abcd1234'])).toBe(`token=${REDACTED} failed`);
  });
});

describe('isSecretKey', () => {
  it.each(['accessToken', 'access_token', 'ACCESS-TOKEN', 'client_secret', 'Authorization'])('knows %s', (key) => {
    expect(isSecretKey(key)).toBe(true);
  });

  it('lets ordinary keys through', () => {
    expect(isSecretKey('playlistName')).toBe(false);
    expect(redact({ playlistName: 'Road Trip', access_token: 'abcd1234' })).toEqual({ playlistName: 'Road Trip', access_token: REDACTED });
  });
});
