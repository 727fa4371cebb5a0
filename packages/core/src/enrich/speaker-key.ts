import { foldName, type ArticleEntity } from '../entities/index.js';

/**
 * The key of the entity a quote's speaker names: the one person or organisation of the article
 * whose name, surname or a mention is the speaker as written; null when none is, or when two are
 * (two Kims), so a quote is never pinned on the wrong person.
 */
export function speakerKeyOf(speaker: string | null, entities: readonly ArticleEntity[]): string | null {
  if (speaker === null) return null;
  // A possessive speaker ("Lavrov's") is the name itself.
  const wanted = foldName(speaker.replace(/[’']s$/u, ''));
  const matches = entities.filter((entity) => {
    if (entity.kind === 'place') return false;
    if (foldName(entity.name) === wanted || entity.mentions.some((mention) => foldName(mention.text) === wanted)) return true;
    // A surname against a full name: "Lavrov" is "Sergei Lavrov".
    return entity.kind === 'person' && foldName(entity.name).endsWith(` ${wanted}`);
  });
  return matches.length === 1 ? matches[0]!.key : null;
}
