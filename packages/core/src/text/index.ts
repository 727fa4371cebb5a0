export { splitArticle, splitSentences, type Sentence, type TextSpan } from './sentences.js';
export { collectRoles, extractQuotes, type Quote, type QuoteOptions } from './quotes.js';
export { mergeRoles, resolveRole, type RoleMap } from './roles.js';
