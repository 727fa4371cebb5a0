-- Search vectors now come from Dateline's own analyser at import (search/analyze.ts). Rows stored
-- before keep their vectors; title words gain their title-marked copies ('~word') from title_search.
DROP INDEX "articles_title_search_idx";--> statement-breakpoint
ALTER TABLE "articles" ALTER COLUMN "search" DROP EXPRESSION;--> statement-breakpoint
UPDATE "articles" SET "search" = regexp_replace("title_search"::text, '''([^'']+)''', '''~\1''', 'g')::tsvector || "search";--> statement-breakpoint
ALTER TABLE "articles" DROP COLUMN "title_search";
