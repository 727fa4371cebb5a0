CREATE TABLE "article_stories" (
	"article_id" text PRIMARY KEY NOT NULL,
	"story_id" text NOT NULL,
	"duplicate_of" text,
	"date" date NOT NULL,
	"features" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stories" (
	"id" text PRIMARY KEY NOT NULL,
	"headline" text NOT NULL,
	"first_date" date NOT NULL,
	"last_date" date NOT NULL,
	"article_count" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "story_frequencies" (
	"id" integer PRIMARY KEY NOT NULL,
	"documents" integer NOT NULL,
	"bits" integer NOT NULL,
	"counts" "bytea" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "story_queue" (
	"article_id" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
ALTER TABLE "article_stories" ADD CONSTRAINT "article_stories_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "story_queue" ADD CONSTRAINT "story_queue_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "article_stories_story_idx" ON "article_stories" USING btree ("story_id","date");--> statement-breakpoint
CREATE INDEX "article_stories_date_idx" ON "article_stories" USING btree ("date");--> statement-breakpoint
CREATE INDEX "stories_last_date_id_idx" ON "stories" USING btree ("last_date","id");--> statement-breakpoint
-- Articles stored before stories existed wait in the queue like new ones.
INSERT INTO "story_queue" ("article_id") SELECT "id" FROM "articles";
