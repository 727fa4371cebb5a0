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
  // Each sentence's tokens, lowercased, and the quotation holding each (-1 for none).
  const tokensOf = new Map<number, { tokens: Token[]; lower: string[]; quotation: number[] }>();
  for (const block of reading.blocks) {
    block.tokens.forEach((token, i) => {
      const sentence = block.sentenceOf[i] ?? 0;
      const lower = block.lower[i] ?? token.text;
      const quotation = block.quotationOf[i] ?? -1;
      const entry = tokensOf.get(sentence);
      if (entry) {
        entry.tokens.push(token);
        entry.lower.push(lower);
        entry.quotation.push(quotation);
      } else tokensOf.set(sentence, { tokens: [token], lower: [lower], quotation: [quotation] });
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
    features: statementFeatures(sentence.text, context, tokensOf.get(sentence.index) ?? { tokens: [] }),
    articleRank,
  }));
}
