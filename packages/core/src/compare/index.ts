export { compareStory, newSince } from './compare-story.js';
export type { ArticleText, Discrepancy, Statement, StatementGroup, StoryComparison, StoryQuote, Wording } from './comparison.js';
