import { chooseDevice } from '../../../src/skill/playback/chooseDevice';
import { Device } from '../../../src/skill/providers/player';

const device = (id: string, name: string, isActive = false): Device => ({ id, name, type: 'Speaker', isActive });
const KITCHEN = device('k', 'Kitchen Echo');
const PHONE = device('p', "Alice's iPhone", true);
const BEDROOM = device('b', 'Bedroom Echo');
const DEVICES = [KITCHEN, PHONE, BEDROOM];

describe('choosing the device', () => {
  it.each([
    ['kitchen echo', KITCHEN],
    ['the kitchen echo', KITCHEN],
    ['KITCHEN ECHO', KITCHEN],
    ['alices iphone', PHONE],
    ["alice's i phone", PHONE],
  ])('"%s" is matched by its spoken name', (spokenName, expected) => {
    expect(chooseDevice(DEVICES, { spokenName })).toEqual({ kind: 'chosen', device: expected, how: 'named' });
  });

  it('a name that fits two devices asks between just those', () => {
    expect(chooseDevice(DEVICES, { spokenName: 'echo' })).toEqual({ kind: 'ask', candidates: [KITCHEN, BEDROOM] });
  });

  it('an unknown name asks, naming the active device first', () => {
    expect(chooseDevice(DEVICES, { spokenName: 'garage radio' })).toEqual({
      kind: 'ask',
      candidates: [PHONE, KITCHEN, BEDROOM],
      unmatched: 'garage radio',
    });
  });

  it('a named device wins over the remembered one', () => {
    expect(chooseDevice(DEVICES, { spokenName: 'bedroom echo', remembered: { id: 'k', name: 'Kitchen Echo' } })).toMatchObject({
      device: BEDROOM,
      how: 'named',
    });
  });

  it('the remembered device wins over the active one, found by ID or, after an ID change, by name', () => {
    expect(chooseDevice(DEVICES, { remembered: { id: 'k', name: 'Kitchen Echo' } })).toMatchObject({ device: KITCHEN, how: 'remembered' });
    expect(chooseDevice(DEVICES, { remembered: { id: 'old-id', name: 'kitchen echo' } })).toMatchObject({ device: KITCHEN });
  });

  it('then the active device, then the only one, then a question; no devices at all is its own answer', () => {
    expect(chooseDevice(DEVICES, {})).toMatchObject({ device: PHONE, how: 'active' });
    expect(chooseDevice([KITCHEN], {})).toMatchObject({ device: KITCHEN, how: 'only' });
    expect(chooseDevice([KITCHEN, BEDROOM], { remembered: { id: 'gone', name: 'Car' } })).toEqual({
      kind: 'ask',
      candidates: [KITCHEN, BEDROOM],
    });
    expect(chooseDevice([], { spokenName: 'kitchen echo' })).toEqual({ kind: 'none' });
  });
});
