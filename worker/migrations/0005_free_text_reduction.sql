-- Free text (signal questions, referral notes) is stored only in its reduced form: names, streets
-- and licence plates replaced by markers (core/privacy/reduce-free-text.ts). `reduction` is the
-- version of the reduction a row's text went through; 0 for rows stored before it existed. The
-- nightly job reduces every row below the current version again, so a better reduction also
-- reaches what is already stored.
ALTER TABLE referrals ADD COLUMN reduction INTEGER NOT NULL DEFAULT 0 CHECK (reduction >= 0);
ALTER TABLE signals ADD COLUMN reduction INTEGER NOT NULL DEFAULT 0 CHECK (reduction >= 0);

CREATE INDEX referrals_by_reduction ON referrals (reduction);
CREATE INDEX signals_by_reduction ON signals (reduction);
