import { youtubeErrorReason } from '../../../../src/skill/providers/youtube/youtubeWireFormat';
import { googleError, quotaExceeded, unauthenticated } from '../../../support/youtubeWire';

describe("youtubeErrorReason reads Google's error body", () => {
  it.each([
    ['quotaExceeded', quotaExceeded()],
    ['authError', unauthenticated()],
    ['forbidden', googleError(403, 'forbidden', 'Access forbidden.')],
  ])('finds %s', (reason, body) => {
    expect(youtubeErrorReason(body)).toBe(reason);
  });

  it.each([
    ['no body', undefined],
    ["Spotify's shape", { error: { status: 403, message: 'Forbidden' } }],
    ['an empty errors list', { error: { code: 403, message: 'x', errors: [] } }],
    ['a text body', 'Forbidden'],
  ])('gives nothing for %s', (_, body) => {
    expect(youtubeErrorReason(body)).toBeUndefined();
  });
});
