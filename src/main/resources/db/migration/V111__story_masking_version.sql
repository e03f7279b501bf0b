-- issue 14: stories stored before the masking of lower-case writing are masked again once (StoryRemasking)
alter table story add column masking_version smallint not null default 1;
alter table story alter column masking_version set default 2;
