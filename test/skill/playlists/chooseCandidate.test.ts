import { chooseCandidate, choosesByAge } from '../../../src/skill/playlists/chooseCandidate';
import { tellApart } from '../../../src/skill/playlists/tellApart';

const alices = { id: 'a', name: 'Chill', ownerName: 'Alex Demo', trackCount: 2 };
const bobs = { id: 'b', name: 'Chill', ownerName: 'Bob', trackCount: 3 };
const roadTrip = { id: 'r', name: 'Road Trip' };
const candidates = [alices, bobs];

describe('chooseCandidate: the answer to "which one?"', () => {
  it.each([
    ['the first one', alices],
    ['first', alices],
    ['second', bobs],
    ['the second one', bobs],
    ['2nd', bobs],
    ['number two', bobs],
    ['the last one', bobs],
    ["Bob's", bobs],
    ['bobs', bobs],
    ["bob's chill", bobs],
    ['the one by bob', bobs],
    ['alex', alices],
    ['die zweite', bobs],
    ['die erste', alices],
    ['die von bob', bobs],
    ['die letzte', bobs],
  ])('"%s" picks the right one', (spoken, expected) => {
    expect(chooseCandidate(spoken, candidates)).toBe(expected);
  });

  it('picks by name among candidates with different names', () => {
    expect(chooseCandidate('road trip', [alices, roadTrip])).toBe(roadTrip);
  });

  it('picks nothing when the answer fits none, or both', () => {
    expect(chooseCandidate('the fifth one', candidates)).toBeUndefined();
    expect(chooseCandidate('chill', candidates)).toBeUndefined();
    expect(chooseCandidate('carol', candidates)).toBeUndefined();
    expect(chooseCandidate('', candidates)).toBeUndefined();
    expect(chooseCandidate('the one', candidates)).toBeUndefined();
  });
});

describe('choosesByAge: answers no provider can honour', () => {
  it.each([
    'the newer one',
    'the one from last year',
    'the one from 2023',
    'one from twenty twenty three',
    'the one from two thousand and three',
    'nineteen ninety nine',
    'the one from two',
    '2023',
    'die von 2023',
    'zweitausenddreiundzwanzig',
  ])('"%s" chooses by age', (spoken) => {
    expect(choosesByAge(spoken)).toBe(true);
  });

  it.each([
    'the second one',
    'number two',
    'the last one',
    'the one by bob',
    'top fifty',
    'die zweite',
    'road trip twenty nineteen',
    'two',
  ])('"%s" does not', (spoken) => {
    expect(choosesByAge(spoken)).toBe(false);
  });

  it("a year that is part of a candidate's name picks it by name first", () => {
    const top2023 = { id: 't3', name: 'Top 50 — 2023' };
    const top2024 = { id: 't4', name: 'Top 50 — 2024' };
    expect(chooseCandidate('top fifty twenty twenty four', [top2023, top2024])).toBe(top2024);
  });
});

describe('tellApart: naming what tells the candidates apart', () => {
  it('names different names by name', () => {
    expect(tellApart([roadTrip, alices])).toEqual([
      { by: 'name', name: 'Road Trip' },
      { by: 'name', name: 'Chill' },
    ]);
  });

  it('names the same name by owner, else by size, else by order', () => {
    expect(tellApart(candidates)).toEqual([
      { by: 'owner', name: 'Chill', ownerName: 'Alex Demo' },
      { by: 'owner', name: 'Chill', ownerName: 'Bob' },
    ]);
    const sameOwner = [
      { ...alices, ownerName: 'Bob' },
      { ...bobs, ownerName: 'Bob' },
    ];
    expect(tellApart(sameOwner).map((label) => label.by)).toEqual(['size', 'size']);
    const twins = [
      { id: 'x', name: 'Chill', ownerName: 'Bob', trackCount: 3 },
      { id: 'y', name: 'chill', ownerName: 'Bob', trackCount: 3 },
    ];
    expect(tellApart(twins)).toEqual([
      { by: 'order', name: 'Chill', position: 1 },
      { by: 'order', name: 'chill', position: 2 },
    ]);
  });
});
