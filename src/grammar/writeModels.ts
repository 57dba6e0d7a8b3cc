import { writeFileSync } from 'node:fs';
import { format } from 'prettier';
import { buildAllModels, modelPath } from './models';

/* `npm run models`: regenerates every locale's interaction model from its grammar. */
async function main(): Promise<void> {
  for (const { locale, model } of buildAllModels()) {
    const text = await format(JSON.stringify(model), { parser: 'json', printWidth: 140 });
    writeFileSync(modelPath(locale), text);
    const samples = model.interactionModel.languageModel.intents.reduce((sum, intent) => sum + intent.samples.length, 0);
    console.log(`${locale}: ${samples} samples`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
