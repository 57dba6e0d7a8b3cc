import { Directive, ResponseEnvelope } from 'ask-sdk-model';
import { PLAYLIST_LIST_TOKEN, PLAYLIST_TRACKS_TOKEN } from '../skill/apl/renderPlaylists';
import { isRecord } from '../skill/isRecord';

/*
 * What a screen device would show, read back from a response's RenderDocument directive, so
 * the terminal and the console can say "an APL document was sent" and sketch it without an
 * APL renderer: the title and one line per playlist or track.
 */

export const APL_INTERFACE = 'Alexa.Presentation.APL';
/** What an Echo Show sends in `supportedInterfaces` today. */
export const SCREEN_DEVICE_INTERFACES: Readonly<Record<string, unknown>> = { [APL_INTERFACE]: { runtime: { maxVersion: '2024.2' } } };

export interface AplPreviewItem {
  /** Set on items a touch opens; the device sends it back in the UserEvent's arguments. */
  readonly id?: string;
  readonly primary: string;
  readonly secondary: string;
}

export interface AplPreview {
  /** The directive's token, e.g. `playlistList`; also the UserEvent's token. */
  readonly token: string;
  readonly title: string;
  readonly items: readonly AplPreviewItem[];
}

interface RenderDocument {
  readonly type: 'Alexa.Presentation.APL.RenderDocument';
  readonly token?: string;
  readonly datasources?: Record<string, unknown>;
}

const isRenderDocument = (directive: Directive): directive is Directive & RenderDocument =>
  directive.type === 'Alexa.Presentation.APL.RenderDocument';
const textOf = (value: unknown): string => (typeof value === 'string' ? value : '');
const listOf = (value: unknown): Record<string, unknown>[] => (Array.isArray(value) ? (value as unknown[]).filter(isRecord) : []);

function previewOf(directive: RenderDocument): AplPreview {
  const token = directive.token ?? '';
  const sources = directive.datasources ?? {};
  if (token === PLAYLIST_LIST_TOKEN) {
    const source = (sources.playlistList ?? {}) as Record<string, unknown>;
    return {
      token,
      title: textOf(source.title),
      items: listOf(source.playlists).map((playlist) => ({
        id: textOf(playlist.id),
        primary: textOf(playlist.name),
        secondary: textOf(playlist.countText),
      })),
    };
  }
  if (token === PLAYLIST_TRACKS_TOKEN) {
    const source = (sources.playlistTracks ?? {}) as Record<string, unknown>;
    const title = [textOf(source.name), textOf(source.countText)].filter(Boolean).join(' · ');
    return {
      token,
      title,
      items: listOf(source.tracks).map((track) => ({ primary: textOf(track.title), secondary: textOf(track.artists) })),
    };
  }
  return { token, title: '', items: [] };
}

/** Every APL document in the response, in the order the directives came. */
export function aplPreviews(response: ResponseEnvelope): AplPreview[] {
  return (response.response.directives ?? []).filter(isRenderDocument).map(previewOf);
}

/** One line for the terminal: `APL: playlistList (5 items)`. */
export function describeAplPreview(preview: AplPreview): string {
  const count = `${preview.items.length} ${preview.items.length === 1 ? 'item' : 'items'}`;
  return `APL: ${preview.token || '(no token)'} (${count})${preview.title ? ` — ${preview.title}` : ''}`;
}
