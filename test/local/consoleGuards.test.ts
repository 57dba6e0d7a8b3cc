import { request as httpRequest } from 'node:http';
import { loadConfig } from '../../src/skill/config';
import { LocalServer, startLocalServer } from '../../src/local/server';

/*
 * The console API answers only the console page: loopback Host names (DNS rebinding), and JSON
 * POSTs from its own origin (cross-site requests). Raw HTTP, because fetch will not send a
 * foreign Host header, and a browser under attack would.
 */

let server: LocalServer;
let port: number;

beforeEach(async () => {
  server = await startLocalServer({ config: loadConfig({ ACCOUNT_LINKING: 'required' }), port: 0 });
  port = Number(new URL(server.url).port);
});
afterEach(() => server.close());

interface RawResponse {
  readonly status: number;
  readonly body: string;
}

function send(method: string, path: string, headers: Record<string, string>, body?: string): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = httpRequest({ host: '127.0.0.1', port, method, path, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    request.on('error', reject);
    request.end(body);
  });
}

const own = () => `127.0.0.1:${port}`;
const modeOf = async () => (JSON.parse((await send('GET', '/console/api/state', { host: own() })).body) as { mode: string }).mode;

function setMode(headers: Record<string, string>, body = JSON.stringify({ mode: 'optional' })) {
  return send('POST', '/console/api/mode', { host: own(), 'content-type': 'application/json', ...headers }, body);
}

describe('the console API and the Host header (DNS rebinding)', () => {
  it.each([['127.0.0.1'], ['localhost'], ['LocalHost'], ['[::1]']])('answers Host %s with the right port', async (name) => {
    const { status } = await send('GET', '/console/api/state', { host: `${name}:${port}` });
    expect(status).toBe(200);
  });

  it.each([
    ['a rebound name', () => `attacker.example:${port}`],
    ['a name without a port', () => 'localhost'],
    ['a loopback name with another port', () => `127.0.0.1:${port + 1}`],
    ['a name that starts like localhost', () => `localhost.attacker.example:${port}`],
    ['another address', () => `192.168.1.5:${port}`],
  ])('refuses %s with 403, reads nothing and changes nothing', async (_name, host) => {
    const read = await send('GET', '/console/api/state', { host: host() });
    expect(read.status).toBe(403);
    expect(read.body).not.toContain('mode');
    const write = await setMode({ host: host() });
    expect(write.status).toBe(403);
    expect(await modeOf()).toBe('required');
  });

  it('leaves POST /alexa to its own checks: a tunnel brings its own Host', async () => {
    const { status } = await send('POST', '/alexa', { host: 'my-tunnel.example', 'content-type': 'application/json' }, '{}');
    expect(status).toBe(400);
  });
});

describe('the console API and cross-site requests', () => {
  it.each([
    ['no Origin and no Sec-Fetch-Site (curl, the tests)', {}],
    ['its own Origin and Sec-Fetch-Site same-origin (the console page)', { origin: 'http://ORIGIN', 'sec-fetch-site': 'same-origin' }],
    ['a JSON type with a charset', { 'content-type': 'application/json; charset=utf-8' }],
  ])('takes a JSON POST with %s', async (_name, headers: Record<string, string>) => {
    const withOrigin = Object.fromEntries(Object.entries(headers).map(([key, value]) => [key, value.replace('ORIGIN', own())]));
    const { status } = await setMode(withOrigin);
    expect(status).toBe(200);
    expect(await modeOf()).toBe('optional');
  });

  it.each([
    ['another site', { origin: 'https://attacker.example' }],
    ['another loopback origin', { origin: `http://localhost:${port}` }],
    ['an opaque origin', { origin: 'null' }],
    ['Sec-Fetch-Site cross-site', { 'sec-fetch-site': 'cross-site' }],
    ['Sec-Fetch-Site same-site (another port on this machine)', { 'sec-fetch-site': 'same-site' }],
  ])('refuses a POST from %s with 403', async (_name, headers: Record<string, string>) => {
    const { status } = await setMode(headers);
    expect(status).toBe(403);
    expect(await modeOf()).toBe('required');
  });

  it.each([
    ['text/plain (what a form or a no-cors fetch can send)', 'text/plain'],
    ['a form post', 'application/x-www-form-urlencoded'],
    ['multipart', 'multipart/form-data; boundary=x'],
    ['a type that only starts like JSON', 'application/jsonx'],
  ])('refuses a POST of %s with 415', async (_name, type) => {
    const { status } = await setMode({ 'content-type': type });
    expect(status).toBe(415);
    expect(await modeOf()).toBe('required');
  });

  it('answers JSON that does not parse with 400 and a message that does not echo it', async () => {
    const { status, body } = await setMode({}, '{"mode": <script>');
    expect(status).toBe(400);
    expect(body).not.toContain('script');
  });
});
