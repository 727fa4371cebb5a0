CREATE TABLE "articles" (
	"id" text PRIMARY KEY NOT NULL,
	"date" date NOT NULL,
	"title" text NOT NULL,
	"title_inferred" boolean NOT NULL,
	"blocks" jsonb NOT NULL,
	"credit" text,
	"word_count" integer NOT NULL,
	"body" text NOT NULL,
	"excerpt" text NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', body), 'D')) STORED NOT NULL,
	"title_search" "tsvector" GENERATED ALWAYS AS (to_tsvector('english', title)) STORED NOT NULL
);
--> statement-breakpoint
CREATE INDEX "articles_date_id_idx" ON "articles" USING btree ("date","id");--> statement-breakpoint
CREATE INDEX "articles_search_idx" ON "articles" USING gin ("search");--> statement-breakpoint
CREATE INDEX "articles_title_search_idx" ON "articles" USING gin ("title_search");