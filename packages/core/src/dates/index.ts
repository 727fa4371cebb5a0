export { extractDates } from './extract.js';
export type { DateMention, Granularity } from './mention.js';
export { articleTimeline, type TimelineEntry } from './timeline.js';
