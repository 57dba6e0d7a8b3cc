import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeUtterance } from '../../src/local/utteranceResolver';

/*
 * The checks Alexa's model build does not make, but a person talking to the skill depends on:
 * bare answers only where Alexa is asking, no intent that catches another's words, a prompt and
 * answers for every slot the skill asks for, and the same skill in every locale.
 */

interface ModelSlot {
  name: string;
  type: string;
  samples?: string[];
}

interface ModelIntent {
  name: string;
  slots?: ModelSlot[];
  samples?: string[];
}

interface DialogSlot {
  name: string;
  type: string;
  elicitationRequired: boolean;
  confirmationRequired: boolean;
  prompts: { elicitation?: string };
}

interface InteractionModel {
  interactionModel: {
    languageModel: { intents: ModelIntent[] };
    dialog?: { delegationStrategy?: string; intents: { name: string; slots: DialogSlot[] }[] };
    prompts?: { id: string; variations: { type: string; value: string }[] }[];
  };
}

const LOCALES = ['en-US', 'en-GB', 'de-DE'] as const;
const SLOT_REFERENCE = /\{([^{}]+)\}/g;

function readModel(locale: string): InteractionModel {
  const path = join(__dirname, '..', '..', 'skill-package', 'interactionModels', 'custom', `${locale}.json`);
  return JSON.parse(readFileSync(path, 'utf8')) as InteractionModel;
}

const slotsIn = (sample: string) => [...sample.matchAll(SLOT_REFERENCE)].map((match) => match[1]);
/** A sample as Alexa compares them: the words normalised, every slot the same. */
const sampleKey = (sample: string) => normalizeUtterance(sample.replace(SLOT_REFERENCE, ' SLOT ')).replace(/\bslot\b/g, '{}');

/** What a person could say for a sample: each slot filled with a plausible value. */
const SLOT_EXAMPLES: Record<string, string> = { playlistName: 'road trip', position: 'third', songQuery: 'halo' };
const spokenFor = (sample: string) => sample.replace(SLOT_REFERENCE, (_, slot: string) => SLOT_EXAMPLES[slot] ?? 'something');
const patternFor = (sample: string) =>
  new RegExp(
    `^${sample
      .split(SLOT_REFERENCE)
      .map((part, index) => (index % 2 === 1 ? '.+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
      .join('')}$`,
  );

describe.each(LOCALES)('the %s dialog model', (locale) => {
  const { interactionModel } = readModel(locale);
  const { intents } = interactionModel.languageModel;
  const dialogIntents = interactionModel.dialog?.intents ?? [];
  const prompts = interactionModel.prompts ?? [];

  it('has no intent sample made only of slots: bare answers are heard only while Alexa asks for them', () => {
    const slotOnly = intents.flatMap((intent) =>
      (intent.samples ?? [])
        .filter((sample) => sample.replace(SLOT_REFERENCE, '').trim() === '')
        .map((sample) => `${intent.name}: ${sample}`),
    );
    expect(slotOnly).toEqual([]);
  });

  it('no longer has the catch-all PlaylistChoiceIntent', () => {
    expect(intents.map((intent) => intent.name)).not.toContain('PlaylistChoiceIntent');
  });

  it('leaves the conversation to the skill: delegation SKILL_RESPONSE, so the skill decides when to ask', () => {
    expect(interactionModel.dialog?.delegationStrategy).toBe('SKILL_RESPONSE');
  });

  it('lets the skill ask for the playlist on every intent that takes one, with a prompt and elicitation samples', () => {
    const withPlaylist = intents.filter((intent) => (intent.slots ?? []).some((slot) => slot.name === 'playlistName'));
    expect(withPlaylist.length).toBeGreaterThanOrEqual(4);
    for (const intent of withPlaylist) {
      const dialogSlot = dialogIntents
        .find((candidate) => candidate.name === intent.name)
        ?.slots.find((slot) => slot.name === 'playlistName');
      expect({ intent: intent.name, elicitable: dialogSlot?.elicitationRequired }).toEqual({ intent: intent.name, elicitable: true });
    }
  });

  it('gives every elicited slot a prompt that exists, and elicitation samples that include the bare value (an AMAZON.SearchQuery answer needs a carrier phrase)', () => {
    for (const dialogIntent of dialogIntents) {
      const modelIntent = intents.find((intent) => intent.name === dialogIntent.name);
      expect(modelIntent).toBeDefined();
      for (const slot of dialogIntent.slots.filter((candidate) => candidate.elicitationRequired)) {
        const prompt = prompts.find((candidate) => candidate.id === slot.prompts.elicitation);
        expect(prompt?.variations.length).toBeGreaterThan(0);
        const modelSlot = modelIntent?.slots?.find((candidate) => candidate.name === slot.name);
        expect(modelSlot?.type).toBe(slot.type);
        if (slot.type === 'AMAZON.SearchQuery') {
          expect(modelSlot?.samples?.length).toBeGreaterThan(0);
          expect(modelSlot?.samples).not.toContain(`{${slot.name}}`);
        } else {
          expect(modelSlot?.samples).toEqual(expect.arrayContaining([`{${slot.name}}`]));
        }
      }
    }
  });

  it('has no prompt that nothing uses', () => {
    const used = new Set(dialogIntents.flatMap((intent) => intent.slots.map((slot) => slot.prompts.elicitation)));
    expect(prompts.filter((prompt) => !used.has(prompt.id)).map((prompt) => prompt.id)).toEqual([]);
  });

  it('lets a person choose among candidates by order or owner while a choice is asked', () => {
    const samples = intents.find((intent) => intent.name === 'PlaylistContentsIntent')?.slots?.[0].samples ?? [];
    const heard = (utterance: string) => samples.some((sample) => patternFor(sample).test(utterance));
    const choices = locale === 'de-DE' ? ['die zweite', 'die von bob', 'bobs'] : ['the second one', "bob's", 'the one by bob'];
    expect(choices.filter((choice) => !heard(choice))).toEqual([]);
  });

  it('declares every slot a slot-elicitation sample names', () => {
    const undeclared = intents.flatMap((intent) => {
      const declared = new Set((intent.slots ?? []).map((slot) => slot.name));
      return (intent.slots ?? []).flatMap((slot) =>
        (slot.samples ?? []).flatMap((sample) =>
          slotsIn(sample)
            .filter((name) => !declared.has(name))
            .map((name) => `${intent.name}.${slot.name}: {${name}} in "${sample}"`),
        ),
      );
    });
    expect(undeclared).toEqual([]);
  });

  it('never gives two intents the same sample, even when they differ only in slot names, case or punctuation', () => {
    const owners = new Map<string, Set<string>>();
    for (const intent of intents) {
      for (const sample of intent.samples ?? []) {
        const key = sampleKey(sample);
        owners.set(key, new Set([...(owners.get(key) ?? []), intent.name]));
      }
    }
    expect([...owners].filter(([, names]) => names.size > 1).map(([key, names]) => `${key}: ${[...names].join(', ')}`)).toEqual([]);
  });

  it("has no sample that swallows another intent's: no slot catches the words of a different intent's sample", () => {
    // Every slotted sample, compiled once and filed under its first word ('' when it starts with a slot):
    // a pattern can only match words that start with its own first word.
    const catchers = new Map<string, { intent: string; sample: string; pattern: RegExp }[]>();
    for (const other of intents) {
      for (const otherSample of (other.samples ?? []).filter((candidate) => slotsIn(candidate).length > 0)) {
        const first = otherSample.startsWith('{') ? '' : otherSample.split(' ')[0];
        catchers.set(first, [
          ...(catchers.get(first) ?? []),
          { intent: other.name, sample: otherSample, pattern: patternFor(otherSample) },
        ]);
      }
    }
    const swallowed: string[] = [];
    for (const intent of intents) {
      for (const sample of intent.samples ?? []) {
        const spoken = spokenFor(sample);
        const candidates = [...(catchers.get(spoken.split(' ')[0]) ?? []), ...(catchers.get('') ?? [])];
        const caughtBy = new Set<string>();
        for (const catcher of candidates) {
          if (catcher.intent === intent.name || caughtBy.has(catcher.intent) || !catcher.pattern.test(spoken)) continue;
          caughtBy.add(catcher.intent);
          swallowed.push(`${catcher.intent} "${catcher.sample}" catches ${intent.name} "${spoken}"`);
        }
      }
    }
    expect(swallowed).toEqual([]);
  });
});

describe('every locale has the same skill', () => {
  const shape = (locale: string) => {
    const { interactionModel } = readModel(locale);
    return {
      intents: interactionModel.languageModel.intents
        .map((intent) => ({ name: intent.name, slots: (intent.slots ?? []).map(({ name, type }) => ({ name, type })) }))
        .sort((a, b) => a.name.localeCompare(b.name)),
      dialog: (interactionModel.dialog?.intents ?? []).map((intent) => ({ name: intent.name, slots: intent.slots })),
    };
  };

  it.each(['en-GB', 'de-DE'])('%s has the intents, slots and dialog of en-US', (locale) => {
    expect(shape(locale)).toEqual(shape('en-US'));
  });
});
