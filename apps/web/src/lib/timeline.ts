import type { TimelineEvent } from '@dateline/core';
import { formatSpan } from './dates';

/** The events that give one date, under its label. */
export interface EventDate {
  key: string;
  label: string;
  /** A machine-readable date for <time> when the span is one day, month or year; else null. */
  datetime: string | null;
  events: TimelineEvent[];
}

/** Consecutive events giving the same date span gathered under one label (events come in date order). */
export function groupEvents(events: readonly TimelineEvent[]): EventDate[] {
  const groups: EventDate[] = [];
  for (const event of events) {
    const key = `${event.granularity}:${event.from}:${event.to}`;
    const last = groups.at(-1);
    if (last?.key === key) last.events.push(event);
    else groups.push({ key, label: formatSpan(event.from, event.to, event.granularity), datetime: datetimeOf(event), events: [event] });
  }
  return groups;
}

function datetimeOf({ from, to, granularity }: TimelineEvent): string | null {
  if (granularity === 'day' && from === to) return from;
  if (granularity === 'month' && from.slice(0, 7) === to.slice(0, 7)) return from.slice(0, 7);
  if (granularity === 'year' && from.slice(0, 4) === to.slice(0, 4)) return from.slice(0, 4);
  return null;
}

/** The sentence cut around the date expression that dates it, or null when the expression is not found in it. */
export function splitAtExpression(sentence: string, expression: string): { before: string; expression: string; after: string } | null {
  const at = expression ? sentence.indexOf(expression) : -1;
  if (at < 0) return null;
  return { before: sentence.slice(0, at), expression, after: sentence.slice(at + expression.length) };
}
