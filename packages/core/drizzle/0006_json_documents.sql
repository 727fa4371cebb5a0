ALTER TABLE "article_enrichment" ALTER COLUMN "enrichment" SET DATA TYPE json;--> statement-breakpoint
ALTER TABLE "articles" ALTER COLUMN "blocks" SET DATA TYPE json;