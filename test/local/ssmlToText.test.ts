import { ssmlToText } from '../../src/local/ssmlToText';

describe('ssmlToText', () => {
  it('drops tags and decodes the five XML entities', () => {
    expect(ssmlToText('<speak>Rock &amp; Roll, &lt;Late Night&gt; Jazz, Mum&apos;s &quot;Sunday&quot; Songs</speak>')).toBe(
      'Rock & Roll, <Late Night> Jazz, Mum\'s "Sunday" Songs',
    );
  });

  it('decodes once, so an escaped entity stays an entity', () => {
    expect(ssmlToText('<speak>&amp;lt;</speak>')).toBe('&lt;');
  });

  it('keeps words apart across pauses and collapses spaces', () => {
    expect(ssmlToText('<speak>  One<break time="1s"/>two   <emphasis level="strong">three</emphasis>\n</speak>')).toBe('One two three');
  });
});
