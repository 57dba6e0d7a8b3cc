import { spokenPosition } from '../../../src/skill/speech/spokenPosition';

describe('the song position a person asked for', () => {
  it.each([
    ['3', 3],
    ['third', 3],
    ['3rd', 3],
    ['Twentieth', 20],
    ['dritte', 3],
    ['dritten', 3],
    ['fünften', 5],
    ['3.', 3],
    ['10000', 10000],
    ['the third', 3],
    ['den dritten', 3],
    ['The 2nd', 2],
  ])('"%s" is %s', (spoken, position) => {
    expect(spokenPosition(spoken)).toBe(position);
  });

  it.each([undefined, '', '0', '-2', '10001', '1e3', 'banana', 'constructor', '?', '3rdd'])('"%s" is no position', (spoken) => {
    expect(spokenPosition(spoken)).toBeUndefined();
  });
});

describe('a position with a cap: only the songs just read can be asked about', () => {
  it('takes a position up to the cap and none past it', () => {
    expect(spokenPosition('fifth', 5)).toBe(5);
    expect(spokenPosition('sixth', 5)).toBeUndefined();
    expect(spokenPosition('6', 5)).toBeUndefined();
  });
});
