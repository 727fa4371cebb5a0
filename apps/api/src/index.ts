export { createApp } from './app.js';
export { getStoryView, SinceArticleError, type StoryView } from './story-view.js';
