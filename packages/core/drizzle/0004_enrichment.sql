CREATE TABLE "article_enrichment" (
	"article_id" text PRIMARY KEY NOT NULL,
	"version" smallint NOT NULL,
	"enrichment" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "article_entities" (
	"article_id" text NOT NULL,
	"entity_key" text NOT NULL,
	"date" date NOT NULL,
	"mentions" integer NOT NULL,
	"roles" jsonb NOT NULL,
	CONSTRAINT "article_entities_article_id_entity_key_pk" PRIMARY KEY("article_id","entity_key")
);
--> statement-breakpoint
CREATE TABLE "article_quotes" (
	"article_id" text NOT NULL,
	"position" integer NOT NULL,
	"date" date NOT NULL,
	"speaker" text,
	"speaker_key" text,
	"text" text NOT NULL,
	"search" "tsvector" NOT NULL,
	CONSTRAINT "article_quotes_article_id_position_pk" PRIMARY KEY("article_id","position")
);
--> statement-breakpoint
CREATE TABLE "enrichment_queue" (
	"article_id" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE TABLE "entities" (
	"key" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"surname" text
);
--> statement-breakpoint
ALTER TABLE "article_enrichment" ADD CONSTRAINT "article_enrichment_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_entities" ADD CONSTRAINT "article_entities_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_quotes" ADD CONSTRAINT "article_quotes_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrichment_queue" ADD CONSTRAINT "enrichment_queue_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "article_entities_entity_date_idx" ON "article_entities" USING btree ("entity_key","date","article_id");--> statement-breakpoint
CREATE INDEX "article_quotes_speaker_date_idx" ON "article_quotes" USING btree ("speaker_key","date");--> statement-breakpoint
CREATE INDEX "article_quotes_date_idx" ON "article_quotes" USING btree ("date","article_id","position");--> statement-breakpoint
CREATE INDEX "article_quotes_search_idx" ON "article_quotes" USING gin ("search");--> statement-breakpoint
CREATE INDEX "entities_kind_name_idx" ON "entities" USING btree ("kind","name");--> statement-breakpoint
CREATE INDEX "entities_surname_idx" ON "entities" USING btree ("surname");--> statement-breakpoint
-- Articles stored before enrichment existed are enriched by the next import (enrichQueuedArticles).
INSERT INTO "enrichment_queue" ("article_id") SELECT "id" FROM "articles";
