// The worker threads' entry point: piscina calls the default export with each chunk of inputs to
// import, and `analyzeArticles` (by name) with each chunk of articles to place in stories.
export { prepareChunk as default } from './prepare.js';
export { analyzeArticles } from '../stories/features.js';
