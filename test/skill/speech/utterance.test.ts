import { listOf, plain, sanitizeSpokenValue, say } from '../../../src/skill/speech/utterance';
import { expectWellFormedSsml } from '../../support/ssml';

const speak = (ssml: string) => `<speak>${ssml}</speak>`;

describe('say, the SSML template', () => {
  it('escapes every interpolated value and keeps the plain text readable', () => {
    const name = `<Late Night> "Jazz" & Mum's`;
    const utterance = say`Playing ${name} now.`;
    expect(utterance.ssml).toBe('Playing &lt;Late Night&gt; &quot;Jazz&quot; &amp; Mum&apos;s now.');
    expect(utterance.text).toBe(`Playing <Late Night> "Jazz" & Mum's now.`);
    expectWellFormedSsml(speak(utterance.ssml));
  });

  it('drops characters XML forbids even when escaped', () => {
    const utterance = plain('Bad\u0000\u0007name\uFFFE\uD800');
    expect(utterance.text).toBe('Bad name');
    expectWellFormedSsml(speak(utterance.ssml));
  });

  it('keeps emoji and right-to-left text', () => {
    expect(plain('Chill 🌙 موسيقى').text).toBe('Chill 🌙 موسيقى');
  });

  it('cuts an over-long value at a word boundary', () => {
    const cut = sanitizeSpokenValue('word '.repeat(100));
    expect(cut.length).toBeLessThanOrEqual(121);
    expect(cut.endsWith('…')).toBe(true);
  });

  it('joins lists in the locale, escaping each element', () => {
    const list = listOf(
      'en-US',
      ['A&B', 'C', '<D>'].map((value) => plain(value)),
    );
    expect(list.text).toBe('A&B, C, and <D>');
    expect(list.ssml).toBe('A&amp;B, C, and &lt;D&gt;');
    expect(listOf('en-US', [plain('A'), plain('B')], 'disjunction').text).toBe('A or B');
  });
});
