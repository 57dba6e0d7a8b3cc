import { Playlist } from '../providers/types';
import { normalizeName } from './normalizeName';

/**
 * How to name one candidate of a "which one?" so that the person can tell it from the others:
 * its name when that is enough, else its owner, else its size, else its place in the question.
 */
export type CandidateLabel =
  | { readonly by: 'name'; readonly name: string }
  | { readonly by: 'owner'; readonly name: string; readonly ownerName: string }
  | { readonly by: 'size'; readonly name: string; readonly trackCount: number }
  | { readonly by: 'order'; readonly name: string; readonly position: number };

function allDistinct<T>(values: readonly (T | undefined)[]): values is readonly T[] {
  return values.every((value) => value !== undefined) && new Set(values).size === values.length;
}

/** One label per candidate, in the candidates' order. */
export function tellApart(candidates: readonly Playlist[]): CandidateLabel[] {
  const keys = candidates.map((candidate) => normalizeName(candidate.name));
  return candidates.map((candidate, index): CandidateLabel => {
    const { name } = candidate;
    const namesakes = candidates.filter((_, other) => keys[other] === keys[index]);
    if (namesakes.length === 1) return { by: 'name', name };
    const owners = namesakes.map((namesake) => namesake.ownerName?.trim() || undefined);
    if (allDistinct(owners)) return { by: 'owner', name, ownerName: owners[namesakes.indexOf(candidate)] };
    const sizes = namesakes.map((namesake) => namesake.trackCount);
    if (allDistinct(sizes)) return { by: 'size', name, trackCount: sizes[namesakes.indexOf(candidate)] };
    return { by: 'order', name, position: index + 1 };
  });
}
