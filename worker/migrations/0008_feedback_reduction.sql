-- The feedback queue keeps free text too: the reported question of an item and a report's comment.
-- Like signal questions and referral notes (0005), each row records the version of the reduction
-- its text went through, so that the nightly job also brings these up to a newer reduction.
-- Rows stored before this migration went through version 1 at write time; 0 makes the nightly
-- job look at them once more, which changes nothing for text that is already reduced.
ALTER TABLE feedback_items ADD COLUMN reduction INTEGER NOT NULL DEFAULT 0 CHECK (reduction >= 0);
ALTER TABLE feedback_reports ADD COLUMN reduction INTEGER NOT NULL DEFAULT 0 CHECK (reduction >= 0);

CREATE INDEX feedback_items_by_reduction ON feedback_items (reduction);
CREATE INDEX feedback_reports_by_reduction ON feedback_reports (reduction);
