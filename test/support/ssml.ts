import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ResponseEnvelope } from 'ask-sdk-model';

/** Fails unless `ssml` is one well-formed `<speak>` document, parsed by a real XML parser. */
export function expectWellFormedSsml(ssml: string): void {
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
