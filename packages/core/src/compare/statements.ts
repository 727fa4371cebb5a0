import type { Reading } from '../text/reading.js';
import type { Token } from '../text/tokens.js';
import type { ArticleText, Statement } from './comparison.js';
import { statementFeatures, type FeatureContext, type StatementFeatures } from './features.js';
import { citationIds } from './ids.js';

/** A statement with what alignment compares. */
export interface AnalysedStatement {
  statement: Statement;
  features: StatementFeatures;
  /** Position of the article in story order. */
  articleRank: number;
}

/** The body sentences of an article (as readArticle read it) as citable statements; subheadings are left out, as they repeat the body. */
export function articleStatements(article: ArticleText, articleRank: number, reading: Reading, context: FeatureContext): AnalysedStatement[] {
  const tokensOf = new Map<number, Token[]>();
  for (const block of reading.blocks) {
    block.tokens.forEach((token, i) => {
      const sentence = block.sentenceOf[i] ?? 0;
      const list = tokensOf.get(sentence);
      if (list) list.push(token);
      else tokensOf.set(sentence, [token]);
    });
  }
  const sentences = reading.sentences.filter((s) => !s.heading);
  const ids = citationIds(article.id, 'sentence', sentences.map((s) => s.text));
  return sentences.map((sentence, i) => ({
    statement: {
      id: ids[i] ?? '',
      articleId: article.id,
      sentenceIndex: sentence.index,
      blockIndex: sentence.blockIndex,
      start: sentence.start,
      end: sentence.end,
      text: sentence.text,
    },
    features: statementFeatures(sentence.text, context, tokensOf.get(sentence.index) ?? []),
    articleRank,
  }));
}
