const XML_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Tags that mark a pause between words; removing them outright would glue the words together. */
const PAUSE_TAG = /<\/?(?:speak|break|p|s)\b[^>]*>/gi;

/** Response SSML as plain text for a terminal: no tags, entities decoded, single spaces. */
export function ssmlToText(ssml: string): string {
  return (
    ssml
      .replace(PAUSE_TAG, ' ')
      .replace(/<[^>]*>/g, '')
      // One pass, so "&amp;lt;" becomes "&lt;" and not "<".
      .replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => XML_ENTITIES[name])
      .replace(/\s+/g, ' ')
      .trim()
  );
}
