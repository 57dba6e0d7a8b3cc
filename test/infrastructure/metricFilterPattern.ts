/*
 * The part of CloudWatch Logs' JSON filter-pattern syntax the template uses, evaluated the way
 * CloudWatch does, so the tests can run each metric filter over the log lines the skill really
 * writes: `{ $.a = "text" }`, `{ $.a = 5 }`, `{ $.a IS TRUE }`, `{ $.a IS FALSE }`, `{ $.a EXISTS }`,
 * joined with `&&`; and a metric value or dimension such as `$.durationMs`. A pattern outside this
 * subset throws, so a template change cannot slip past the tests unevaluated.
 */

type Line = Record<string, unknown>;

function selector(path: string): (line: Line) => unknown {
  if (!/^\$(\.[A-Za-z_][A-Za-z0-9_]*)+$/.test(path)) throw new Error(`unsupported selector ${path}`);
  const keys = path.slice(2).split('.');
  return (line) => keys.reduce<unknown>((node, key) => (typeof node === 'object' && node !== null ? (node as Line)[key] : undefined), line);
}

function condition(text: string): (line: Line) => boolean {
  const is = /^(\$[\w.]+)\s+IS\s+(TRUE|FALSE|NULL)$/.exec(text);
  if (is) {
    const read = selector(is[1]);
    const expected = is[2] === 'TRUE' ? true : is[2] === 'FALSE' ? false : null;
    return (line) => read(line) === expected;
  }
  const exists = /^(\$[\w.]+)\s+EXISTS$/.exec(text);
  if (exists) {
    const read = selector(exists[1]);
    return (line) => read(line) !== undefined;
  }
  const compare = /^(\$[\w.]+)\s*(=|!=)\s*(?:"([^"]*)"|(-?\d+(?:\.\d+)?))$/.exec(text);
  if (compare) {
    const read = selector(compare[1]);
    const expected = compare[3] !== undefined ? compare[3] : Number(compare[4]);
    const equal = (line: Line) => read(line) === expected;
    return compare[2] === '=' ? equal : (line) => !equal(line);
  }
  throw new Error(`unsupported filter condition: ${text}`);
}

/** Whether a JSON log line matches a JSON filter pattern; lines that are not JSON never match one. */
export function matchesJsonPattern(pattern: string, rawLine: string): boolean {
  const body = /^\{\s*(.*?)\s*\}$/.exec(pattern.trim());
  if (!body) throw new Error(`not a JSON filter pattern: ${pattern}`);
  if (/\|\||\(/.test(body[1])) throw new Error(`unsupported operator in ${pattern}`);
  const conditions = body[1].split('&&').map((part) => condition(part.trim()));
  let line: unknown;
  try {
    line = JSON.parse(rawLine);
  } catch {
    return false;
  }
  if (typeof line !== 'object' || line === null) return false;
  return conditions.every((matches) => matches(line as Line));
}

/** A metric value or dimension value: a literal, or a `$.field` read from the line. */
export function extractValue(expression: string, rawLine: string): unknown {
  if (!expression.startsWith('$')) return expression;
  return selector(expression)(JSON.parse(rawLine) as Line);
}
