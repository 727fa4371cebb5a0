import { foldName, type ArticleEntity } from '../entities/index.js';

/**
 * For an article's entities, the function giving the key of the entity a quote's speaker names: the
 * one person or organisation whose name, surname or a mention is the speaker as written; null when
 * none is, or when two are (two Kims), so a quote is never pinned on the wrong person. The names
 * are folded once per article, not once per quote.
 */
export function speakerKeys(entities: readonly ArticleEntity[]): (speaker: string | null) => string | null {
  const byName = new Map<string, Set<string>>();
  const add = (name: string, key: string) => {
    const keys = byName.get(name);
    if (keys) keys.add(key);
    else byName.set(name, new Set([key]));
  };
  for (const entity of entities) {
    if (entity.kind === 'place') continue;
    const name = foldName(entity.name);
    add(name, entity.key);
    for (const mention of entity.mentions) add(foldName(mention.text), entity.key);
    // A surname against a full name: "Lavrov" is "Sergei Lavrov".
    if (entity.kind === 'person' && name.includes(' ')) add(name.slice(name.lastIndexOf(' ') + 1), entity.key);
  }
  return (speaker) => {
    if (speaker === null) return null;
    // A possessive speaker ("Lavrov's") is the name itself.
    const keys = byName.get(foldName(speaker.replace(/[’']s$/u, '')));
    return keys?.size === 1 ? [...keys][0]! : null;
  };
}
