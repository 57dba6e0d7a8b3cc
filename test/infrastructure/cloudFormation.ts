import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, YAMLMap, YAMLSeq } from 'yaml';
import type { CollectionTag, ScalarTag } from 'yaml';

/*
 * Reads a CloudFormation YAML template the way CloudFormation does: each short-form tag
 * (`!Ref X`, `!GetAtt A.B`, `!Sub`, `!If [...]`, ...) becomes its long form (`{ Ref: X }`,
 * `{ 'Fn::GetAtt': ['A', 'B'] }`, ...), so tests can look at plain objects.
 */

const FUNCTIONS = ['Base64', 'Cidr', 'FindInMap', 'GetAZs', 'ImportValue', 'Join', 'Select', 'Split', 'Sub', 'Transform'];
const CONDITIONS = ['And', 'Equals', 'If', 'Not', 'Or'];

function longForm(tag: string): string {
  if (tag === 'Ref' || tag === 'Condition') return tag;
  return `Fn::${tag}`;
}

function tagsFor(name: string): (ScalarTag | CollectionTag)[] {
  const key = longForm(name);
  const scalar: ScalarTag = {
    tag: `!${name}`,
    resolve: (value: string) => (name === 'GetAtt' ? { [key]: value.split('.', 2) } : { [key]: value }),
  };
  const sequence: CollectionTag = {
    tag: `!${name}`,
    collection: 'seq',
    resolve: (value) => ({ [key]: (value as YAMLSeq).toJSON() as unknown }),
  };
  const map: CollectionTag = {
    tag: `!${name}`,
    collection: 'map',
    resolve: (value) => ({ [key]: (value as YAMLMap).toJSON() as unknown }),
  };
  return [scalar, sequence, map];
}

const CLOUDFORMATION_TAGS = ['Ref', 'Condition', 'GetAtt', ...FUNCTIONS, ...CONDITIONS].flatMap(tagsFor);

export interface Resource {
  readonly Type: string;
  readonly Properties: Record<string, unknown>;
  readonly DeletionPolicy?: string;
  readonly UpdateReplacePolicy?: string;
}

export interface Template {
  readonly Parameters: Record<string, { Type: string; Default?: unknown; AllowedValues?: unknown[] }>;
  readonly Conditions?: Record<string, unknown>;
  readonly Resources: Record<string, Resource>;
  readonly Outputs: Record<string, { Value: unknown }>;
}

export const TEMPLATE_PATH = path.resolve(__dirname, '../../infrastructure/cfn-deployer/skill-stack.yaml');

export function readTemplate(file = TEMPLATE_PATH): Template {
  return parse(readFileSync(file, 'utf8'), { customTags: CLOUDFORMATION_TAGS }) as Template;
}

export function resourcesOfType(template: Template, type: string): [string, Resource][] {
  return Object.entries(template.Resources).filter(([, resource]) => resource.Type === type);
}

export function onlyResourceOfType(template: Template, type: string): [string, Resource] {
  const found = resourcesOfType(template, type);
  if (found.length !== 1) throw new Error(`expected one ${type}, found ${found.length}`);
  return found[0];
}
