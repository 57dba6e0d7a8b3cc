/*
 * The phrase grammar's one piece of syntax: a template with alternatives and optional parts.
 *
 *   (what's|what is) (on|in) [my] {playlistName} [playlist]
 *
 * `(a|b)` is one of the alternatives, `[a|b]` is one of them or nothing, and they nest. `{slot}`
 * is copied as it is. Spaces are tidied afterwards, so "[my] {x}" gives "{x}", not " {x}".
 */

type Node =
  { readonly kind: 'text'; readonly text: string } | { readonly kind: 'choice'; readonly options: Node[][]; readonly optional: boolean };

/** A template that cannot be read: unbalanced brackets or an empty alternative. */
export class TemplateSyntaxError extends Error {
  constructor(template: string, problem: string) {
    super(`Template "${template}": ${problem}`);
    this.name = 'TemplateSyntaxError';
  }
}

const CLOSING: Readonly<Record<string, string>> = { '(': ')', '[': ']' };

function parse(template: string): Node[] {
  let position = 0;

  /** Reads a sequence until one of `stops`, which is left for the caller. */
  function sequence(stops: string): Node[] {
    const nodes: Node[] = [];
    let text = '';
    while (position < template.length && !stops.includes(template[position])) {
      const character = template[position];
      if (character === '(' || character === '[') {
        if (text) nodes.push({ kind: 'text', text });
        text = '';
        position += 1;
        nodes.push(choice(character));
      } else if (character === ')' || character === ']' || character === '|') {
        throw new TemplateSyntaxError(template, `"${character}" at ${position} closes nothing`);
      } else {
        text += character;
        position += 1;
      }
    }
    if (text) nodes.push({ kind: 'text', text });
    return nodes;
  }

  function choice(opening: string): Node {
    const closing = CLOSING[opening];
    const options: Node[][] = [];
    for (;;) {
      const option = sequence(`|${closing}`);
      if (option.every((node) => node.kind === 'text' && node.text.trim() === '')) {
        throw new TemplateSyntaxError(template, `an empty alternative in "${opening}…${closing}" (use [..] for something optional)`);
      }
      options.push(option);
      if (position >= template.length) throw new TemplateSyntaxError(template, `"${opening}" is never closed with "${closing}"`);
      const separator = template[position];
      position += 1;
      if (separator === closing) return { kind: 'choice', options, optional: opening === '[' };
    }
  }

  const nodes = sequence('');
  return nodes;
}

function expandNodes(nodes: readonly Node[]): string[] {
  let results = [''];
  for (const node of nodes) {
    const parts =
      node.kind === 'text' ? [node.text] : [...(node.optional ? [''] : []), ...node.options.flatMap((option) => expandNodes(option))];
    results = results.flatMap((prefix) => parts.map((part) => prefix + part));
  }
  return results;
}

export const tidySpaces = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Every phrasing a template stands for, in the order written, without repeats. */
export function expandTemplate(template: string): string[] {
  return [...new Set(expandNodes(parse(template)).map(tidySpaces))];
}
