export { splitArticle, splitSentences, type Sentence, type TextSpan } from './sentences.js';
export { collectRoles, extractQuotes, quotesInReading, type Quote, type QuoteOptions } from './quotes.js';
export { citedSources, citedSourcesInReading, type CitedSource } from './cited-sources.js';
export { mergeRoles, resolveRole, type RoleMap } from './roles.js';
