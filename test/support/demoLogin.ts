import { DEMO_ACCOUNT, DemoAccount } from '../../src/local/oauthServer';
import type { LocalServer } from '../../src/local/server';

/**
 * The person logs in at the demo provider's login page for `authorizationUrl` and allows.
 * Answers the provider's redirect to Alexa with the code, not followed.
 */
export function allowAtDemoLogin(server: LocalServer, authorizationUrl: URL, account: DemoAccount = DEMO_ACCOUNT): Promise<Response> {
  const form = new URLSearchParams(authorizationUrl.searchParams);
  form.set('username', account.username);
  form.set('password', account.password);
  form.set('decision', 'allow');
  return fetch(`${server.demo.url}/oauth/authorize`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: form.toString(),
    redirect: 'manual',
  });
}

/** Logs in and allows, then follows the redirect to Alexa, which exchanges the code and sends the person back to the console. */
export async function linkAtDemoLogin(server: LocalServer, authorizationUrl: URL, account: DemoAccount = DEMO_ACCOUNT): Promise<void> {
  const login = await allowAtDemoLogin(server, authorizationUrl, account);
  const back = await fetch(new URL(login.headers.get('location')!), { redirect: 'manual' });
  expect(back.headers.get('location')).toBe('/?linked=1');
}
