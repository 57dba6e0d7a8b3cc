import type { RequestHandler } from 'express';

/*
 * The console's API links accounts and drives the skill, so only the console page itself may
 * call it. Two guards:
 *  - DNS rebinding: a site whose name is made to resolve to 127.0.0.1 reaches this server with
 *    its own name in `Host`. Only loopback names with this server's port pass.
 *  - Cross-site requests: a page elsewhere can make the browser POST a form here. Only JSON
 *    POSTs pass (a form cannot send application/json without a CORS preflight, which this server
 *    never answers), with no foreign `Origin` and no cross-origin `Sec-Fetch-Site`.
 */

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'];
const JSON_TYPE = /^application\/json\s*(;|$)/i;
/** What browsers send for the page's own requests, and for a typed URL. */
const OWN_FETCH_SITES = new Set(['same-origin', 'none']);

/** `Host` values that mean this server on this machine: a loopback name with the server's port. */
export function loopbackHosts(port: number): Set<string> {
  return new Set(LOOPBACK_NAMES.flatMap((name) => (port === 80 ? [name, `${name}:80`] : [`${name}:${port}`])));
}

/** Refuses, with 403, any request whose `Host` is not this server's loopback address. */
export function loopbackHostOnly(port: number): RequestHandler {
  const allowed = loopbackHosts(port);
  return (request, response, next) => {
    if (allowed.has((request.headers.host ?? '').toLowerCase())) return next();
    response.status(403).json({ error: 'The local console answers only on 127.0.0.1, localhost or [::1].' });
  };
}

/** Refuses, with 403 or 415, a state-changing request that did not come from the console page. */
export function sameOriginJsonOnly(): RequestHandler {
  return (request, response, next) => {
    if (request.method === 'GET' || request.method === 'HEAD') return next();
    const origin = request.headers.origin;
    const fetchSite = request.headers['sec-fetch-site'];
    const ownOrigin = `http://${request.headers.host ?? ''}`.toLowerCase();
    if ((origin !== undefined && origin.toLowerCase() !== ownOrigin) || (fetchSite !== undefined && !OWN_FETCH_SITES.has(fetchSite))) {
      response.status(403).json({ error: 'The console API takes requests only from the console page.' });
      return;
    }
    if (!JSON_TYPE.test(request.headers['content-type'] ?? '')) {
      response.status(415).json({ error: 'The console API takes application/json.' });
      return;
    }
    next();
  };
}
