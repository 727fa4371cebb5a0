export { scoreBCubed, type BCubedScore } from './bcubed.js';
export { analyzeArticle, selectFeatures, type ArticleAnalysis, type ArticleFeatures, type StoryArticle } from './features.js';
export { DocumentFrequencies, type FrequencySnapshot } from './frequencies.js';
export { storyHeadline, summarizeStory, type StoryMember, type StoryMetadata } from './headline.js';
export { estimateContainment, estimateJaccard, minhashSignature, shingleHashes } from './minhash.js';
export { DEFAULT_STORY_OPTIONS, type StoryOptions } from './options.js';
export { StoryIndex, type AddResult } from './story-index.js';
