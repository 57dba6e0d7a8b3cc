import type { AccountLinkingCandidate } from '../../src/linkingTool/accountLinkingConfig';
import { requiredScopesFor } from '../../src/linkingTool/providerScopes';
import {
  Problem,
  ValidationContext,
  alexaRedirectUrls,
  looksLikePlaceholder,
  validateAccountLinking,
} from '../../src/linkingTool/validateAccountLinking';
import { CLIENT_ID, CLIENT_SECRET, readSpotifyPreset } from './linkingCli';

/** The committed Spotify preset, with the credentials a developer supplies from the environment. */
function spotify(changes: Record<string, unknown> = {}): AccountLinkingCandidate {
  // Keys starting with `$` are notes for people; the loader drops them too.
  const preset = Object.fromEntries(Object.entries(readSpotifyPreset()).filter(([key]) => !key.startsWith('$')));
  const candidate: Record<string, unknown> = { ...preset, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, ...changes };
  for (const [key, value] of Object.entries(changes)) if (value === undefined) delete candidate[key];
  return candidate;
}

const spotifyContext: ValidationContext = {
  requiredScopes: requiredScopesFor('spotify'),
  mode: 'required',
  secretSource: 'env',
  secretFile: 'account-linking/spotify.secret',
  configFile: 'account-linking/spotify.json',
};

function check(candidate: AccountLinkingCandidate, context: ValidationContext = {}): Problem[] {
  return validateAccountLinking(candidate, { ...spotifyContext, ...context });
}

function errorsFor(field: string, problems: Problem[]): Problem[] {
  return problems.filter((problem) => problem.field === field && problem.severity === 'error');
}

/** Asserts the config fails, and only because of `field`, with a message matching `pattern`. */
function expectOnlyError(problems: Problem[], field: string, pattern: RegExp): void {
  const errors = problems.filter((problem) => problem.severity === 'error');
  expect(errors.map((problem) => problem.field)).toEqual(errors.map(() => field));
  expect(errors.length).toBeGreaterThan(0);
  expect(errors.map((problem) => problem.message).join('\n')).toMatch(pattern);
}

describe('validateAccountLinking', () => {
  it('passes the committed Spotify preset once the credentials are supplied', () => {
    expect(check(spotify())).toEqual([]);
  });

  describe('authorizationUrl and accessTokenUrl must be HTTPS on port 443', () => {
    it.each(['authorizationUrl', 'accessTokenUrl'])('%s over plain http fails', (field) => {
      expectOnlyError(check(spotify({ [field]: 'http://accounts.spotify.com/x' })), field, /must use https/);
    });

    it.each(['authorizationUrl', 'accessTokenUrl'])('%s on port 8443 fails', (field) => {
      expectOnlyError(check(spotify({ [field]: 'https://accounts.spotify.com:8443/x' })), field, /port 443.*8443/);
    });

    it('an explicit :443 is fine', () => {
      expect(check(spotify({ authorizationUrl: 'https://accounts.spotify.com:443/authorize' }))).toEqual([]);
    });

    it('a relative URL fails', () => {
      expectOnlyError(check(spotify({ authorizationUrl: '/authorize' })), 'authorizationUrl', /absolute https URL/);
    });

    it('authorizationUrl is always required', () => {
      expectOnlyError(check(spotify({ authorizationUrl: undefined })), 'authorizationUrl', /is required/);
    });
  });

  describe('AUTH_CODE needs accessTokenUrl and accessTokenScheme', () => {
    it.each(['accessTokenUrl', 'accessTokenScheme'])('without %s it fails', (field) => {
      expectOnlyError(check(spotify({ [field]: undefined })), field, /required for AUTH_CODE/);
    });

    it('IMPLICIT does not need them', () => {
      const problems = check(spotify({ type: 'IMPLICIT', accessTokenUrl: undefined, accessTokenScheme: undefined }));
      expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    });

    it('accessTokenScheme must be one of the two SMAPI values', () => {
      expectOnlyError(check(spotify({ accessTokenScheme: 'BASIC' })), 'accessTokenScheme', /HTTP_BASIC or REQUEST_BODY_CREDENTIALS/);
    });

    it('type must be AUTH_CODE or IMPLICIT', () => {
      expectOnlyError(check(spotify({ type: 'CLIENT_CREDENTIALS' })), 'type', /AUTH_CODE or IMPLICIT/);
      expectOnlyError(check(spotify({ type: undefined })), 'type', /is required/);
    });
  });

  describe('domains and scopes hold at most 15 entries', () => {
    const sixteen = (make: (i: number) => string) => Array.from({ length: 16 }, (_, i) => make(i));

    it('16 domains fail', () => {
      expectOnlyError(check(spotify({ domains: sixteen((i) => `cdn${i}.example.com`) })), 'domains', /16 entries.*at most 15/);
    });

    it('16 scopes fail', () => {
      const scopes = ['playlist-read-private', ...sixteen((i) => `scope-${i}`).slice(1)];
      expectOnlyError(check(spotify({ scopes })), 'scopes', /16 entries.*at most 15/);
    });

    it('15 of each pass', () => {
      const domains = Array.from({ length: 15 }, (_, i) => `cdn${i}.example.com`);
      const required = requiredScopesFor('spotify');
      const scopes = [...required, ...Array.from({ length: 15 - required.length }, (_, i) => `scope-${i}`)];
      expect(check(spotify({ domains, scopes }))).toEqual([]);
    });
  });

  describe('defaultTokenExpirationInSeconds is a positive integer', () => {
    it.each([0, -3600, 3600.5, '3600'])('%p fails', (value) => {
      expectOnlyError(
        check(spotify({ defaultTokenExpirationInSeconds: value })),
        'defaultTokenExpirationInSeconds',
        /positive whole number/,
      );
    });

    it('may be left out', () => {
      expect(check(spotify({ defaultTokenExpirationInSeconds: undefined }))).toEqual([]);
    });
  });

  describe('domains are bare host names', () => {
    it('a scheme fails, and the message says what to write instead', () => {
      expectOnlyError(check(spotify({ domains: ['https://accounts.scdn.co'] })), 'domains', /without a scheme.*use "accounts.scdn.co"/);
    });

    it('a path fails', () => {
      expectOnlyError(check(spotify({ domains: ['accounts.scdn.co/sso'] })), 'domains', /without a path/);
    });

    it('a port fails', () => {
      expectOnlyError(check(spotify({ domains: ['accounts.scdn.co:443'] })), 'domains', /without a port/);
    });

    it('something that is no host at all fails', () => {
      expectOnlyError(check(spotify({ domains: ['spotify'] })), 'domains', /bare host names/);
    });

    it('must be a list of strings', () => {
      expectOnlyError(check(spotify({ domains: 'accounts.scdn.co' })), 'domains', /list of strings/);
    });
  });

  describe('redirectUrls, when given, must be Alexa redirect URLs', () => {
    it("Alexa's three URLs pass, with a warning that SMAPI does not take them", () => {
      const problems = check(spotify({ redirectUrls: alexaRedirectUrls('M1ABCDEFGHIJKL') }));
      expect(problems).toEqual([expect.objectContaining({ field: 'redirectUrls', severity: 'warning' })]);
      expect(problems[0].message).toMatch(/left out of the SMAPI request/);
    });

    it('another host fails', () => {
      expectOnlyError(
        check(spotify({ redirectUrls: ['https://example.com/callback'] })),
        'redirectUrls',
        /not one of Alexa's redirect URLs/,
      );
    });

    it('the wrong path fails', () => {
      expectOnlyError(
        check(spotify({ redirectUrls: ['https://layla.amazon.com/spa/skill/link/M1ABCDEFGHIJKL'] })),
        'redirectUrls',
        /not one of Alexa's redirect URLs/,
      );
    });

    it('an unexpanded ${ALEXA_VENDOR_ID} fails and names the variable', () => {
      const problems = check(spotify({ redirectUrls: ['https://pitangui.amazon.com/api/skill/link/${ALEXA_VENDOR_ID}'] }));
      expectOnlyError(problems, 'redirectUrls', /set ALEXA_VENDOR_ID/);
    });

    it('a malformed ALEXA_VENDOR_ID fails', () => {
      expectOnlyError(check(spotify(), { vendorId: 'my vendor/id' }), 'ALEXA_VENDOR_ID', /vendor ID/);
    });
  });

  describe("scopes must include what the provider's playlist calls need", () => {
    it('Spotify without playlist-read-private fails', () => {
      expectOnlyError(check(spotify({ scopes: ['playlist-read-collaborative'] })), 'scopes', /must include playlist-read-private/);
    });

    it('Spotify with no scopes at all fails', () => {
      expectOnlyError(check(spotify({ scopes: undefined })), 'scopes', /must include playlist-read-private/);
    });

    it('two scopes pasted into one entry fail', () => {
      expectOnlyError(check(spotify({ scopes: ['playlist-read-private playlist-read-collaborative'] })), 'scopes', /its own entry/);
    });
  });

  describe('clientSecret must be present and real', () => {
    it('missing fails and says where a secret may come from', () => {
      const problems = check(spotify({ clientSecret: undefined }), { secretSource: 'missing' });
      expectOnlyError(problems, 'clientSecret', /ACCOUNT_LINKING_CLIENT_SECRET.*account-linking\/spotify\.secret \(git-ignored\)/);
    });

    it.each(['<client-secret>', 'YOUR_CLIENT_SECRET', 'changeme', '${ACCOUNT_LINKING_CLIENT_SECRET}', 'xxxxxxxx'])(
      'the placeholder %p fails without being quoted',
      (placeholder) => {
        const problems = check(spotify({ clientSecret: placeholder }));
        expectOnlyError(problems, 'clientSecret', /placeholder/);
        expect(JSON.stringify(problems)).not.toContain(placeholder);
      },
    );

    it('a secret written into the committed preset fails even when the environment has one', () => {
      expectOnlyError(check(spotify(), { secretInConfigFile: true }), 'clientSecret', /must not be in account-linking\/spotify\.json/);
    });

    const secretFileWarnings = (facts: ValidationContext['secretFileFacts']) =>
      check(spotify(), { secretFileFacts: facts }).filter((problem) => problem.field === 'clientSecret');

    it.each([
      ['644', true],
      ['604', true],
      ['640', true],
      ['620', true],
      ['700', false],
      ['600', false],
      ['400', false],
    ])('a secret file with mode %s gets a chmod warning: %s', (shown, warns) => {
      const warnings = secretFileWarnings({ mode: parseInt(shown, 8), lines: 1 });
      const expected = {
        field: 'clientSecret',
        severity: 'warning',
        message: `account-linking/spotify.secret can be read or changed by other users (mode ${shown}): run chmod 600 account-linking/spotify.secret`,
      };
      expect(warnings).toEqual(warns ? [expected] : []);
    });

    it('a secret file of more than one line gets a warning; one line or no permission bits (Windows) get none', () => {
      expect(secretFileWarnings({ mode: 0o600, lines: 3 })).toEqual([
        {
          field: 'clientSecret',
          severity: 'warning',
          message: 'account-linking/spotify.secret holds 3 lines; it must hold only the client secret, on one line',
        },
      ]);
      expect(secretFileWarnings({ mode: undefined, lines: 1 })).toEqual([]);
      expect(secretFileWarnings(undefined)).toEqual([]);
    });

    it('no message ever quotes the secret', () => {
      const everythingWrong = spotify({ type: 'IMPLICIT', authorizationUrl: 'http://x', domains: ['https://x'], scopes: [] });
      expect(JSON.stringify(check(everythingWrong, { secretInConfigFile: true }))).not.toContain(CLIENT_SECRET);
    });
  });

  describe('clientId must be present and real', () => {
    it('missing fails and names ACCOUNT_LINKING_CLIENT_ID', () => {
      expectOnlyError(check(spotify({ clientId: undefined })), 'clientId', /set ACCOUNT_LINKING_CLIENT_ID/);
    });

    it('a placeholder fails', () => {
      expectOnlyError(check(spotify({ clientId: '<your client id>' })), 'clientId', /placeholder/);
    });
  });

  describe('warnings', () => {
    it('IMPLICIT grant warns: deprecated by Spotify, no refresh token', () => {
      const problems = check(spotify({ type: 'IMPLICIT' }));
      expect(problems).toEqual([expect.objectContaining({ field: 'type', severity: 'warning' })]);
      expect(problems[0].message).toMatch(/no refresh token/);
      expect(problems[0].message).toMatch(/deprecated/);
    });

    it.each([
      ['required', true],
      ['optional', false],
    ] as const)('skipOnEnablement %#: ACCOUNT_LINKING=%s with the file saying %s warns', (mode, value) => {
      const problems = check(spotify({ skipOnEnablement: value }), { mode });
      expect(problems).toEqual([expect.objectContaining({ field: 'skipOnEnablement', severity: 'warning' })]);
      expect(problems[0].message).toContain(`ACCOUNT_LINKING=${mode}`);
    });

    it.each([
      ['required', false],
      ['optional', true],
    ] as const)('skipOnEnablement that agrees with ACCOUNT_LINKING=%s is quiet', (mode, value) => {
      expect(check(spotify({ skipOnEnablement: value }), { mode })).toEqual([]);
    });

    it('an ACCOUNT_LINKING value the skill would reject is an error on skipOnEnablement', () => {
      const problems = check(spotify(), { mode: undefined, modeError: 'ACCOUNT_LINKING: expected "required" or "optional", got "maybe"' });
      expectOnlyError(problems, 'skipOnEnablement', /ACCOUNT_LINKING.*"maybe"/);
    });

    it('a skipOnEnablement that is not a boolean fails', () => {
      expectOnlyError(check(spotify({ skipOnEnablement: 'false' })), 'skipOnEnablement', /true or false/);
    });
  });

  describe('the optional SMAPI fields', () => {
    it('voiceForwardAccountLinking and authorizationUrlsByPlatform are accepted', () => {
      const problems = check(
        spotify({
          voiceForwardAccountLinking: 'DISABLED',
          authorizationUrlsByPlatform: [
            { platformType: 'iOS', platformAuthorizationUrl: 'https://accounts.spotify.com/authorize' },
            { platformType: 'Android', platformAuthorizationUrl: 'https://accounts.spotify.com/authorize' },
          ],
        }),
      );
      expect(problems).toEqual([]);
    });

    it('voiceForwardAccountLinking must be ENABLED or DISABLED', () => {
      expectOnlyError(check(spotify({ voiceForwardAccountLinking: 'ON' })), 'voiceForwardAccountLinking', /ENABLED or DISABLED/);
    });

    it('authorizationUrlsByPlatform entries name the bad part', () => {
      const problems = check(spotify({ authorizationUrlsByPlatform: [{ platformType: 'Windows', platformAuthorizationUrl: 'http://x' }] }));
      expect(errorsFor('authorizationUrlsByPlatform[0].platformType', problems)).toHaveLength(1);
      expect(errorsFor('authorizationUrlsByPlatform[0].platformAuthorizationUrl', problems)).toHaveLength(1);
    });

    it('a field SMAPI does not know fails, with a suggestion', () => {
      expectOnlyError(
        check(spotify(), { unknownFields: ['scope'] }),
        'scope',
        /not a field of AccountLinkingRequestPayload.*did you mean "scopes"/,
      );
    });
  });

  it('reports every problem at once, each naming its field', () => {
    const problems = check(
      spotify({
        authorizationUrl: 'http://accounts.spotify.com/authorize',
        accessTokenScheme: undefined,
        domains: ['https://accounts.scdn.co'],
        defaultTokenExpirationInSeconds: 0,
        scopes: ['user-read-email'],
        clientSecret: undefined,
      }),
      { secretSource: 'missing' },
    );
    expect(problems.map((problem) => problem.field).sort()).toEqual(
      ['accessTokenScheme', 'authorizationUrl', 'clientSecret', 'defaultTokenExpirationInSeconds', 'domains', 'scopes'].sort(),
    );
  });
});

describe('looksLikePlaceholder', () => {
  it.each(['<secret>', '${X}', 'your-client-id', 'TODO', 'xxx', 'replace_me'])('%p is a placeholder', (value) => {
    expect(looksLikePlaceholder(value)).toBe(true);
  });

  it.each([CLIENT_ID, CLIENT_SECRET, 'a1B2c3D4e5'])('%p is not', (value) => {
    expect(looksLikePlaceholder(value)).toBe(false);
  });
});
