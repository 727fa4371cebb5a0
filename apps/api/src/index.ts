export { createApp, type AppOptions } from './app.js';
export { DEFAULT_MAX_IMPORT_BYTES, type ImportSettings } from './routes/import.js';
export { getStoryView, SinceArticleError, type StoryView } from './story-view.js';
