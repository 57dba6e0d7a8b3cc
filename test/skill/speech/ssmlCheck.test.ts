import { expectWellFormedSsml } from '../../support/ssml';

/** The suite's SSML check is itself checked: a check that accepts everything proves nothing. */
describe('the SSML well-formedness check', () => {
  it('accepts a speak document with escaped text', () => {
    expect(() => expectWellFormedSsml('<speak>Rock &amp; Roll &lt;3 &#233; 🌙</speak>')).not.toThrow();
  });

  it.each([
    ['a bare ampersand', '<speak>Rock & Roll</speak>'],
    ['an undefined entity', '<speak>Rock &foo; Roll</speak>'],
    ['a C0 control character', '<speak>Bad\u0001name</speak>'],
    ['U+FFFF', '<speak>Bad\uFFFFname</speak>'],
    ['a lone surrogate', '<speak>Bad\uD800name</speak>'],
    ['an unclosed tag', '<speak>Rock <break time="1s"> Roll</speak>'],
    ['two roots', '<speak>a</speak><speak>b</speak>'],
    ['no speak root', '<p>hello</p>'],
  ])('rejects %s', (_name, ssml) => {
    expect(() => expectWellFormedSsml(ssml)).toThrow();
  });
});
