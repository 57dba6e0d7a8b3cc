import { englishMessages, Messages } from './en-US';

/** British English: the same words, joined the British way ("A, B and C"). */
export const enGB = (): Messages => englishMessages('en-GB');
