import type { Article } from '@select-shandong/shared-types';
import type { NewsArticle, NewsArticleLeaf, WithContext } from 'schema-dts';

// Conditional spreads escape tsc's excess-property check; `satisfies` on each fragment restores it.
type Fields = Partial<NewsArticleLeaf>;

/** What the NewsArticle needs beyond the article itself. */
export interface NewsArticleContext {
  /** Absolute URL of the article page. */
  pageUrl: string;
  /** The `<html lang>` of the page. */
  inLanguage: string;
  /** Site name, the publisher. */
  siteName: string;
  /** Absolute URL of the site's home page. */
  homeUrl: string;
  /** Absolute cover image URL, when there is one the page shows. */
  imageUrl?: string | undefined;
}

/** schema.org NewsArticle of an article page: the source is the author, 编辑 the editor. */
export function newsArticleJsonLd(article: Article, context: NewsArticleContext): WithContext<NewsArticle> {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    ...(article.summary ? ({ description: article.summary } satisfies Fields) : {}),
    ...(context.imageUrl ? ({ image: [context.imageUrl] } satisfies Fields) : {}),
    datePublished: article.releasedAt,
    // The later of the two: an edit after publication is a modification, a back-dated release is not.
    dateModified:
      Date.parse(article.updatedAt) > Date.parse(article.releasedAt) ? article.updatedAt : article.releasedAt,
    author: { '@type': 'Organization', name: article.source },
    editor: { '@type': 'Person', name: article.editor },
    publisher: { '@type': 'Organization', name: context.siteName, url: context.homeUrl },
    inLanguage: context.inLanguage,
    mainEntityOfPage: { '@type': 'WebPage', '@id': context.pageUrl },
    url: context.pageUrl,
  };
}
