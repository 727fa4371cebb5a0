import type { Quote, QuoteSummary } from '@dateline/core';
import { wrapLabelled, wrapText, type Style } from './text.js';

/**
 * Quotes grouped under their speakers ("  Blinken, US Secretary of State (3)"), the most quoted
 * first and the unattributed last; each quote wrapped to `width` after `label(quote)`.
 */
export function formatQuotesBySpeaker<Q extends Quote>(quotes: readonly Q[], width: number, label: (quote: Q) => string): string[] {
  const lines: string[] = [];
  for (const [speaker, own] of bySpeaker(quotes)) {
    // A speaker the article names only by role ("US Secretary of State") needs it once.
    const role = own.find((quote) => quote.speakerRole !== null && quote.speakerRole !== speaker)?.speakerRole;
    lines.push(`  ${speaker ?? 'Unattributed'}${role ? `, ${role}` : ''} (${own.length})`);
    for (const quote of own) lines.push(...wrapLabelled(label(quote), quoteText(quote), width, '    '));
  }
  return lines;
}

/**
 * One entry of the quotes index: “its words” wrapped to `width` after `indent`, and beneath them
 * "— speaker · date · article id title". `speaker: false` leaves the speaker out (on their own page).
 */
export function formatQuoteSummary(quote: QuoteSummary, width: number, style: Style, options: { indent?: string; speaker?: boolean } = {}): string[] {
  const { indent = '', speaker = true } = options;
  // The archive-wide name ("Sergey Lavrov") reads better than the article's "Lavrov", when there is one.
  const who = quote.speakerName ?? quote.speaker ?? 'unattributed';
  const source = [...(speaker ? [style.bold(who)] : []), quote.date, `${quote.articleId} ${quote.articleTitle}`].join(' · ');
  return [...wrapText(`“${quote.text}”`, width, indent), ...wrapLabelled('— ', source, width, `${indent}    `)];
}

// Most quoted first (ties in order of appearance), the unattributed last.
function bySpeaker<Q extends Quote>(quotes: readonly Q[]): [string | null, Q[]][] {
  const groups = new Map<string | null, Q[]>();
  for (const quote of quotes) {
    const list = groups.get(quote.speaker);
    if (list) list.push(quote);
    else groups.set(quote.speaker, [quote]);
  }
  const ordered = [...groups].filter(([speaker]) => speaker !== null).sort((a, b) => b[1].length - a[1].length);
  const unattributed = groups.get(null);
  return unattributed ? [...ordered, [null, unattributed]] : ordered;
}

// A quote's words as printed: “direct words” or "(reported) clause", then "(according to SOURCE)" when the article credits one.
function quoteText(quote: Pick<Quote, 'kind' | 'text' | 'citedSource'>): string {
  const text = quote.kind === 'direct' ? `“${quote.text}”` : `(reported) ${quote.text}`;
  return quote.citedSource === null ? text : `${text} (according to ${quote.citedSource})`;
}
