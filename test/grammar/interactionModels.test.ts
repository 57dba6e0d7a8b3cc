import { readFileSync } from 'node:fs';
import { buildInteractionModel, GrammarError, MAX_SAMPLE_LENGTH, MAX_SAMPLES_PER_INTENT } from '../../src/grammar/buildInteractionModel';
import { expandTemplate, TemplateSyntaxError } from '../../src/grammar/expandTemplate';
import { IntentGrammar, LocaleGrammar } from '../../src/grammar/localeGrammar';
import { buildAllModels, modelPath } from '../../src/grammar/models';

describe('the committed interaction models', () => {
  it.each(buildAllModels().map(({ locale, model }) => [locale, model] as const))(
    '%s is what its grammar gives today (run `npm run models` after changing a grammar)',
    (locale, model) => {
      expect(JSON.parse(readFileSync(modelPath(locale), 'utf8'))).toEqual(model);
    },
  );

  it.each(buildAllModels().map(({ locale, model }) => [locale, model] as const))(
    '%s gives every custom intent at least 40 samples, and every slot Alexa may ask for its answers',
    (locale, model) => {
      const custom = model.interactionModel.languageModel.intents.filter((intent) => !intent.name.startsWith('AMAZON.'));
      expect(custom.filter((intent) => intent.samples.length < 40).map((intent) => intent.name)).toEqual([]);
      for (const intent of model.interactionModel.dialog.intents) {
        for (const slot of intent.slots.filter((candidate) => candidate.elicitationRequired)) {
          const answers = custom.find((candidate) => candidate.name === intent.name)?.slots?.find((s) => s.name === slot.name)?.samples;
          // A SearchQuery slot is never answered bare: Alexa's build wants a carrier phrase with it.
          const expected =
            slot.type === 'AMAZON.SearchQuery'
              ? [locale === 'de-DE' ? 'das lied {songQuery}' : 'the song {songQuery}']
              : slot.name === 'playlistName' && locale !== 'de-DE'
                ? ['{playlistName}', 'the {playlistName} one']
                : [`{${slot.name}}`];
          expect(answers).toEqual(expect.arrayContaining(expected));
        }
      }
    },
  );
});

describe('expandTemplate', () => {
  it('expands alternatives and optional words, and tidies the spaces', () => {
    expect(expandTemplate("(what's|what is) on [my] {playlistName}")).toEqual([
      "what's on {playlistName}",
      "what's on my {playlistName}",
      'what is on {playlistName}',
      'what is on my {playlistName}',
    ]);
  });

  it('nests, and keeps each phrasing once', () => {
    expect(expandTemplate('play [the (first|first)] one')).toEqual(['play one', 'play the first one']);
  });

  it.each(['what (is|are on', 'what is) on', 'what [is', 'what (|is) on'])('refuses "%s", naming it', (template) => {
    expect(() => expandTemplate(template)).toThrow(TemplateSyntaxError);
    expect(() => expandTemplate(template)).toThrow(template);
  });
});

/** A one-intent grammar to test the refusals with. */
function grammarWith(intents: IntentGrammar[]): LocaleGrammar {
  return { locale: 'en-US', invocationName: 'playlist reader', carriers: { leading: ['so'], trailing: ['then'] }, intents, types: [] };
}

const withPlaylist = (samples: string[], name = 'PlaylistContentsIntent'): IntentGrammar => ({
  name,
  slots: [{ name: 'playlistName', type: 'PLAYLIST_NAME' }],
  samples,
});

describe('buildInteractionModel refuses what Alexa rejects or mishears, naming the intent and the sample', () => {
  const refusal = (grammar: LocaleGrammar) => {
    try {
      buildInteractionModel(grammar);
    } catch (error) {
      expect(error).toBeInstanceOf(GrammarError);
      return (error as Error).message;
    }
    throw new Error('expected a refusal');
  };

  it('one sample in two intents, whatever the spacing or slot name', () => {
    const search: IntentGrammar = {
      name: 'FindSongIntent',
      slots: [{ name: 'songQuery', type: 'AMAZON.SearchQuery' }],
      samples: ["what's  on {songQuery}"],
    };
    const message = refusal(grammarWith([withPlaylist(["what's on {playlistName}"]), search]));
    expect(message).toContain('FindSongIntent');
    expect(message).toContain('also a sample of PlaylistContentsIntent');
  });

  it('a sample that two intents come to share through the carrier words', () => {
    const message = refusal(
      grammarWith([withPlaylist(['so {playlistName} then']), withPlaylist(['{playlistName} then'], 'PlayPlaylistIntent')]),
    );
    expect(message).toContain('"so {playlistName} then"');
  });

  it('a sample that is only a slot: bare answers belong in the elicitation answers', () => {
    expect(refusal(grammarWith([withPlaylist(['[the] {playlistName}'])]))).toMatch(
      /PlaylistContentsIntent: "\{playlistName\}": is only a slot/,
    );
  });

  it('an AMAZON.SearchQuery answer that is only the slot: SearchQuery needs a carrier phrase, even while asked for', () => {
    const search = (answers: string[]): IntentGrammar => ({
      name: 'FindSongIntent',
      slots: [{ name: 'songQuery', type: 'AMAZON.SearchQuery', elicitation: { prompts: ['Which song?'], answers } }],
      samples: ['find {songQuery}'],
    });
    expect(refusal(grammarWith([search(['[the song] {songQuery}'])]))).toMatch(
      /FindSongIntent: "\{songQuery\}": is only an AMAZON.SearchQuery slot/,
    );
    expect(() => buildInteractionModel(grammarWith([search(['the song {songQuery}'])]))).not.toThrow();
  });

  it.each([
    ['play the 3rd song', 'spell numbers out'],
    ['play Road Trip', 'lower case'],
    ['play road-trip', '"-"'],
    ['play, road trip', '","'],
    ['play road trip?', '"?"'],
    ['play .road trip', 'period'],
    ['play{playlistName}', 'spaces around'],
  ])('"%s": characters a sample may not hold', (sample, problem) => {
    expect(refusal(grammarWith([withPlaylist([sample])]))).toContain(problem);
  });

  it('keeps apostrophes, abbreviation periods and umlauts', () => {
    expect(() =>
      buildInteractionModel(grammarWith([withPlaylist(["what's on the t.v. {playlistName}", 'spiel {playlistName} auf der küche ß'])])),
    ).not.toThrow();
  });

  it(`a sample over ${MAX_SAMPLE_LENGTH} characters`, () => {
    expect(refusal(grammarWith([withPlaylist([`play {playlistName} ${'again '.repeat(40)}`.trim()])]))).toContain(
      `at most ${MAX_SAMPLE_LENGTH}`,
    );
  });

  it('a slot the intent does not declare, in a sample or an answer', () => {
    expect(refusal(grammarWith([withPlaylist(['play {playlistName} on {deviceName}'])]))).toContain(
      '{deviceName}, which PlaylistContentsIntent does not declare',
    );
    const answer: IntentGrammar = {
      name: 'PlaylistContentsIntent',
      slots: [{ name: 'playlistName', type: 'PLAYLIST_NAME', elicitation: { prompts: ['Which?'], answers: ['{deviceName}'] } }],
      samples: ["what's on {playlistName}"],
    };
    expect(refusal(grammarWith([answer]))).toContain('does not declare');
  });

  it.each([
    ['road  trip', 'road trip', 'is there twice'],
    ['', 'road trip', 'is empty'],
    ['top 50', 'road trip', 'has a digit'],
    ['road {trip}', 'road trip', 'curly brace'],
  ])('a slot type value or synonym "%s" beside "%s": %s', (first, second, problem) => {
    const grammar: LocaleGrammar = {
      ...grammarWith([withPlaylist(["what's on {playlistName}"])]),
      types: [{ name: 'PLAYLIST_NAME', values: [{ value: second, synonyms: [first] }] }],
    };
    expect(refusal(grammar)).toContain(problem);
  });

  it('an intent blown up past the cap', () => {
    const words = Array.from({ length: 12 }, (_, index) => `[${'abcdefghijklmnop'[index]}]`).join(' ');
    expect(refusal(grammarWith([withPlaylist([`play {playlistName} ${words}`])]))).toContain(`over the cap of ${MAX_SAMPLES_PER_INTENT}`);
  });

  it('builds the dialog section from the slots the skill may ask for, and keeps bare answers there', () => {
    const model = buildInteractionModel(
      grammarWith([
        {
          name: 'PlaylistContentsIntent',
          slots: [
            {
              name: 'playlistName',
              type: 'PLAYLIST_NAME',
              elicitation: { prompts: ['Which playlist?'], answers: ['[the] {playlistName} [one]'] },
            },
          ],
          samples: ["what's on {playlistName}"],
        },
      ]),
    ).interactionModel;
    expect(model.languageModel.intents[0].samples).toEqual([
      "what's on {playlistName}",
      "so what's on {playlistName}",
      "what's on {playlistName} then",
    ]);
    expect(model.languageModel.intents[0].slots?.[0].samples).toEqual([
      '{playlistName}',
      '{playlistName} one',
      'the {playlistName}',
      'the {playlistName} one',
    ]);
    expect(model.dialog.intents[0].slots[0]).toMatchObject({ elicitationRequired: true, prompts: { elicitation: model.prompts[0].id } });
    expect(model.prompts[0].variations).toEqual([{ type: 'PlainText', value: 'Which playlist?' }]);
  });
});
