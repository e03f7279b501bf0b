-- Issue 4: a teller may name several providers involved (this feeds the care landscape); story.provider_id
-- stays the first one named, so existing analysis keeps working. A collection may be tied to one provider.
create table story_provider (
    story_id    uuid   not null references story (id) on delete cascade,
    provider_id bigint not null references provider (id),
    primary key (story_id, provider_id)
);
create index story_provider_provider_idx on story_provider (provider_id);

alter table collection add column provider_id bigint references provider (id);
