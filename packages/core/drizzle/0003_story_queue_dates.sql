-- Articles queued before the queue kept dates take theirs from the article.
ALTER TABLE "story_queue" ADD COLUMN "date" date;--> statement-breakpoint
UPDATE "story_queue" SET "date" = "articles"."date" FROM "articles" WHERE "articles"."id" = "story_queue"."article_id";--> statement-breakpoint
ALTER TABLE "story_queue" ALTER COLUMN "date" SET NOT NULL;--> statement-breakpoint
CREATE INDEX "story_queue_date_idx" ON "story_queue" USING btree ("date","article_id");
