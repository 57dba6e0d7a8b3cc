/*
 * Deep, bounded redaction for log lines. Credentials are removed by key (an access token,
 * Alexa's API token, an Authorization header, OAuth secrets) and by shape (a Bearer token
 * inside any string). Everything is also cut to a small size, because logging sits on
 * the hot path and a log line is no place for a 2 MB body.
 */

export const REDACTED = '[REDACTED]';

/** Keys whose values are credentials, compared lower-case with `_` and `-` removed. */
const SECRET_KEYS = new Set([
  'accesstoken',
  'apiaccesstoken',
  'authorization',
  'refreshtoken',
  'consenttoken',
  'clientsecret',
  'password',
  'secret',
  'idtoken',
]);

const BEARER = /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi;

export interface RedactLimits {
  readonly maxDepth: number;
  readonly maxStringLength: number;
  readonly maxArrayLength: number;
  readonly maxKeys: number;
}

export const DEFAULT_LIMITS: RedactLimits = { maxDepth: 8, maxStringLength: 1000, maxArrayLength: 20, maxKeys: 40 };

export function isSecretKey(key: string): boolean {
  return SECRET_KEYS.has(key.toLowerCase().replaceAll('_', '').replaceAll('-', ''));
}

/*
 * Most strings in a log line name neither scheme. Looking for the words first spares them the
 * case-insensitive pattern, whose compilation cost a cold launch about 3% of its instructions.
 */
function mayNameScheme(text: string): boolean {
  const lower = text.toLowerCase();
  return lower.includes('bearer') || lower.includes('basic');
}

/** Removes Bearer/Basic credentials and any of the given secret values from free text. */
export function redactText(text: string, secrets: readonly string[] = []): string {
  let clean = mayNameScheme(text) ? text.replace(BEARER, (_match, scheme: string) => `${scheme} ${REDACTED}`) : text;
  for (const secret of secrets) {
    if (secret.length >= 4) clean = clean.split(secret).join(REDACTED);
  }
  return clean;
}

function cut(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max)}…(${text.length} chars)`;
}

/** A redacted, size-bounded copy of `value`, safe to JSON.stringify (no cycles, no functions). */
export function redact(value: unknown, secrets: readonly string[] = [], limits: RedactLimits = DEFAULT_LIMITS): unknown {
  // The objects on the path from the root: a shared object (Alexa's `user` sits in both
  // context and session) is copied twice, only a true cycle is cut.
  const ancestors = new WeakSet<object>();
  const walk = (node: unknown, depth: number): unknown => {
    if (typeof node === 'string') return cut(redactText(node, secrets), limits.maxStringLength);
    if (node === null || typeof node === 'number' || typeof node === 'boolean') return node;
    if (typeof node === 'bigint') return String(node);
    if (typeof node !== 'object') return undefined;
    if (ancestors.has(node)) return '[Circular]';
    if (depth >= limits.maxDepth) return '[…]';
    ancestors.add(node);
    try {
      return copyOf(node, depth);
    } finally {
      ancestors.delete(node);
    }
  };
  const copyOf = (node: object, depth: number): unknown => {
    if (node instanceof Error) return { name: node.name, message: walk(node.message, depth + 1) };
    if (Array.isArray(node)) {
      const items = node.slice(0, limits.maxArrayLength).map((item) => walk(item, depth + 1));
      if (node.length > limits.maxArrayLength) items.push(`…(${node.length - limits.maxArrayLength} more)`);
      return items;
    }
    const copy: Record<string, unknown> = {};
    const keys = Object.keys(node);
    for (const key of keys.slice(0, limits.maxKeys)) {
      const child = (node as Record<string, unknown>)[key];
      copy[key] = isSecretKey(key) && child !== undefined && child !== null && child !== '' ? REDACTED : walk(child, depth + 1);
    }
    if (keys.length > limits.maxKeys) copy['…'] = `${keys.length - limits.maxKeys} more keys`;
    return copy;
  };
  return walk(value, 0);
}

/** The credential values one request envelope carries, to scrub from free text such as error messages. */
export function secretsOf(envelope: unknown): string[] {
  const found: string[] = [];
  const visit = (node: unknown, depth: number) => {
    if (depth > 6 || typeof node !== 'object' || node === null) return;
    for (const [key, child] of Object.entries(node)) {
      if (typeof child === 'string' && isSecretKey(key) && child) found.push(child);
      else visit(child, depth + 1);
    }
  };
  visit(envelope, 0);
  return found;
}
