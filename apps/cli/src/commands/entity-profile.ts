import type { EntityProfile, TimelineEvent } from '@dateline/core';
import { formatQuoteSummary } from '../quote-lines.js';
import { addSection, plural, wrapLabelled, wrapText, type Style } from '../text.js';

// The text shows the latest few; --json and "dateline quotes --speaker KEY" give the rest.
const SHOWN_QUOTES = 5;
const SHOWN_ARTICLES = 10;
// Columns of the longest bar in the mentions chart.
const BAR_COLUMNS = 40;

/**
 * The profile as text wrapped to `width`: name, kind, article count and key, then its roles, a bar
 * chart of articles per month, its latest quotes, related entities, latest articles and timeline.
 */
export function formatProfile(profile: EntityProfile, width: number, style: Style): string {
  const lines = [...wrapText(profile.name, width).map((line) => style.bold(line)), `${profile.kind} · ${plural(profile.articleCount, 'article')} · ${profile.key}`];

  if (profile.roles.length > 0) {
    addSection(lines, style, 'Roles');
    for (const { role, articles } of profile.roles) lines.push(...wrapLabelled('', `${role} (${plural(articles, 'article')})`, width, '  '));
  }
  if (profile.months.length > 0) {
    addSection(lines, style, 'Articles mentioning it, per month');
    lines.push(...formatMonths(profile.months, width));
  }
  if (profile.quotes.length > 0) {
    const shown = profile.quotes.slice(0, SHOWN_QUOTES);
    addSection(lines, style, `Latest quotes (${counted(shown.length, profile.quotes.length)})`);
    for (const quote of shown) lines.push(...formatQuoteSummary(quote, width, style, { indent: '  ', speaker: false }));
    if (shown.length < profile.quotes.length) lines.push(`  All of them: dateline quotes --speaker "${profile.key}"`);
  }
  if (profile.related.length > 0) {
    addSection(lines, style, 'Related');
    const names = profile.related.map((entity) => `${entity.name} (${entity.kind})`);
    const shared = profile.related.map((entity) => `${plural(entity.shared, 'article')} shared`);
    const [nameWidth, sharedWidth] = [names, shared].map((column) => Math.max(...column.map((cell) => cell.length)));
    profile.related.forEach((entity, i) => lines.push(...wrapLabelled(`${names[i]!.padEnd(nameWidth!)}  ${shared[i]!.padStart(sharedWidth!)}  `, entity.key, width, '  ')));
  }
  if (profile.articles.length > 0) {
    const shown = profile.articles.slice(0, SHOWN_ARTICLES);
    addSection(lines, style, `Latest articles (${counted(shown.length, profile.articles.length)})`);
    for (const article of shown) lines.push(...wrapLabelled(`${article.date}  ${article.id}  `, article.title, width, '  '));
  }
  if (profile.timeline.length > 0) {
    addSection(lines, style, `Timeline (${profile.timeline.length})`);
    const dates = profile.timeline.map(eventDate);
    const dateWidth = Math.max(...dates.map((date) => date.length));
    profile.timeline.forEach((event, i) => lines.push(...wrapLabelled(`${dates[i]!.padEnd(dateWidth)} — `, `${event.sentence} (${event.articleId})`, width, '  ')));
  }
  return `${lines.join('\n')}\n`;
}

/** A text bar chart, one line per month from the first to the last (months without articles too): "  2022-01  2 ████". */
export function formatMonths(months: readonly { month: string; articles: number }[], width: number): string[] {
  const counts = new Map(months.map(({ month, articles }) => [month, articles]));
  const max = Math.max(...counts.values());
  const countWidth = String(max).length;
  // Room left after "  YYYY-MM  N ".
  const columns = Math.max(1, Math.min(BAR_COLUMNS, width - 2 - 7 - 2 - countWidth - 1));
  return monthsBetween(months[0]!.month, months.at(-1)!.month).map((month) => {
    const n = counts.get(month) ?? 0;
    // Any month with articles gets at least one block, so a small count does not look like none.
    const bar = n === 0 ? '' : ` ${'█'.repeat(Math.max(1, Math.round((n / max) * columns)))}`;
    return `  ${month}  ${String(n).padStart(countWidth)}${bar}`;
  });
}

// Every YYYY-MM from `first` to `last`, both included.
function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let [year, month] = first.split('-').map(Number) as [number, number];
  for (let current = first; current <= last; current = `${year}-${String(month).padStart(2, '0')}`) {
    months.push(current);
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
  return months;
}

// "5 of 20" when the text leaves some out, else "5".
function counted(shown: number, all: number): string {
  return shown < all ? `${shown} of ${all}` : String(shown);
}

// As precise as the article's words: a day; a month or year as such; else the span, short within one month ("2022-01-24–30").
function eventDate(event: TimelineEvent): string {
  const { from, to, granularity } = event;
  if (from === to) return from;
  if (granularity === 'year' && from.slice(0, 4) === to.slice(0, 4)) return from.slice(0, 4);
  if (from.slice(0, 7) === to.slice(0, 7)) return granularity === 'month' ? from.slice(0, 7) : `${from}–${to.slice(8)}`;
  return `${from} – ${to}`;
}
