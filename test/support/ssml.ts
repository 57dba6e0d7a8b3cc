import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ResponseEnvelope } from 'ask-sdk-model';

/*
 * fast-xml-parser's validator accepts a few things XML 1.0 does not: characters outside
 * XML's Char production (C0 controls, U+FFFE/U+FFFF, lone surrogates) and entities it was
 * never told about. Those are checked here, independently of the skill's own escaping.
 */
function forbiddenCharacter(text: string): string | undefined {
  for (const char of text) {
    const code = char.codePointAt(0)!;
    const allowed =
      code === 0x9 ||
      code === 0xa ||
      code === 0xd ||
      (code >= 0x20 && code <= 0xd7ff) ||
      (code >= 0xe000 && code <= 0xfffd) ||
      (code >= 0x10000 && code <= 0x10ffff);
    if (!allowed) return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  }
  return undefined;
}

const UNDEFINED_ENTITY = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;

/** Fails unless `ssml` is one well-formed `<speak>` document, parsed by a real XML parser. */
export function expectWellFormedSsml(ssml: string): void {
  const forbidden = forbiddenCharacter(ssml);
  if (forbidden) throw new Error(`SSML holds ${forbidden}, which XML forbids: ${JSON.stringify(ssml)}`);
  if (UNDEFINED_ENTITY.test(ssml)) throw new Error(`SSML holds a bare "&" or an undefined entity: ${ssml}`);
  const verdict = XMLValidator.validate(ssml);
  if (verdict !== true) throw new Error(`Malformed SSML (${verdict.err.msg}): ${ssml}`);
  const parsed = new XMLParser({ ignoreAttributes: false, preserveOrder: true }).parse(ssml) as Record<string, unknown>[];
  const roots = parsed.filter((node) => !('#text' in node));
  if (roots.length !== 1 || !('speak' in roots[0])) throw new Error(`SSML is not a single <speak> document: ${ssml}`);
}

/** Every piece of SSML a response carries: the speech and the reprompt. */
export function ssmlOf(envelope: ResponseEnvelope): string[] {
  const { outputSpeech, reprompt } = envelope.response ?? {};
  return [outputSpeech, reprompt?.outputSpeech].flatMap((speech) => (speech?.type === 'SSML' ? [speech.ssml] : []));
}
