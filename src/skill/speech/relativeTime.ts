const DAY_MS = 24 * 3600 * 1000;

/**
 * "today", "yesterday", "3 days ago", "2 weeks ago", "5 months ago", in the locale's own
 * words ("vor 2 Wochen"), counted in the largest unit that fits, as people say it.
 */
export function timeAgo(locale: string, thenMs: number, nowMs: number): string {
  const days = Math.max(0, Math.floor((nowMs - thenMs) / DAY_MS));
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  if (days < 7) return format.format(-days, 'day');
  if (days < 30) return format.format(-Math.floor(days / 7), 'week');
  if (days < 365) return format.format(-Math.floor(days / 30), 'month');
  return format.format(-Math.floor(days / 365), 'year');
}
