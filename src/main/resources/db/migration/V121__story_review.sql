-- issue 14, second line of defence: a story whose masking is uncertain is held until a policy officer reviewed it;
-- it counts in the municipality's figures, but providers, quotes, dialogues and theme labels do not get its text.
alter table story add column held_for_review boolean not null default false;
alter table story add column reviewed_by text;
alter table story add column reviewed_at timestamptz;
create index story_held_for_review_idx on story (submitted_at) where held_for_review;
