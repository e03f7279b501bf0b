-- Issue 4: several eliciting prompts per collection, for clients (and parents, young people) or for
-- professionals; the teller picks one, and the story keeps the prompt it answered, as shown.
create table collection_prompt (
    collection_id bigint        not null references collection (id) on delete cascade,
    position      int           not null,
    professional  boolean       not null,
    text_nl       varchar(1000) not null,
    text_en       varchar(1000) not null,
    primary key (collection_id, position)
);

alter table story add column prompt varchar(1000);
