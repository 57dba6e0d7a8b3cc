import { er, IntentRequest, Request, Response } from 'ask-sdk-model';
import { LanguageModel, normalizeUtterance } from './utteranceResolver';

/*
 * Alexa's entity resolution against the session's dynamic entities, for the local dialog: once
 * the skill sends `Dialog.UpdateDynamicEntities`, a slot of that type whose words are an entity's
 * value or synonym carries an `ER_SUCCESS_MATCH` under the dynamic authority, with every entity
 * it fits (two playlists called "Chill" give two values). Alexa also matches loosely; this only
 * matches the words exactly, which is the case the skill must handle with several values.
 */

type EntityValue = er.dynamic.Entity;

/** The dynamic entities of one session, by slot type. */
export type DynamicEntities = ReadonlyMap<string, readonly EntityValue[]>;

export const NO_DYNAMIC_ENTITIES: DynamicEntities = new Map();

/** The entities after `response`: replaced or cleared by its `Dialog.UpdateDynamicEntities`, else as they were. */
export function dynamicEntitiesAfter(response: Response, current: DynamicEntities): DynamicEntities {
  let entities = current;
  for (const directive of response.directives ?? []) {
    if (directive.type !== 'Dialog.UpdateDynamicEntities') continue;
    const update = directive;
    if (update.updateBehavior === 'CLEAR') {
      entities = NO_DYNAMIC_ENTITIES;
      continue;
    }
    const next = new Map(entities);
    for (const type of update.types ?? []) next.set(type.name ?? '', type.values ?? []);
    entities = next;
  }
  return entities;
}

function slotTypesOf(model: LanguageModel, intentName: string): Map<string, string> {
  const intent = model.intents.find((candidate) => candidate.name === intentName) as
    { slots?: readonly { name: string; type?: string }[] } | undefined;
  return new Map((intent?.slots ?? []).flatMap((slot) => (slot.type ? [[slot.name, slot.type] as const] : [])));
}

/** `request` with a dynamic resolution on every filled slot whose type has dynamic entities. */
export function withDynamicResolutions(request: Request, entities: DynamicEntities, model: LanguageModel, skillId: string): Request {
  if (request.type !== 'IntentRequest' || entities.size === 0) return request;
  const { intent } = request;
  const types = slotTypesOf(model, intent.name);
  const slots = { ...intent.slots };
  for (const [slotName, slot] of Object.entries(slots)) {
    const typeName = types.get(slotName);
    const values = typeName ? entities.get(typeName) : undefined;
    if (!values || typeof slot.value !== 'string' || slot.value === '') continue;
    const said = normalizeUtterance(slot.value);
    const matching = values.filter((value) =>
      [value.name.value, ...(value.name.synonyms ?? [])].some((form) => normalizeUtterance(form) === said),
    );
    slots[slotName] = {
      ...slot,
      resolutions: {
        resolutionsPerAuthority: [
          {
            authority: `amzn1.er-authority.echo-sdk.dynamic.${skillId}.${typeName}`,
            status: { code: matching.length > 0 ? 'ER_SUCCESS_MATCH' : 'ER_SUCCESS_NO_MATCH' },
            values: matching.map((value) => ({ value: { name: value.name.value, id: value.id ?? '' } })),
          },
        ],
      },
    };
  }
  const resolved: IntentRequest = { ...request, intent: { ...intent, slots } };
  return resolved;
}
