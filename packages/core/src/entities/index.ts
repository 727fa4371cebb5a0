export { foldName, entityKey, type ArticleEntity, type EntityKind, type EntityMention } from './entity.js';
export { entitiesInReading, extractEntities } from './extract.js';
