-- Issue 4: more question kinds (stones, single choice, scale, short text, number), "not applicable",
-- "other, namely" write-ins, stones axes, and the extra teller roles parent/carer and young person.
alter table question drop constraint question_kind_check;
alter table question add constraint question_kind_check
    check (kind in ('TRIAD', 'DYAD', 'STONES', 'SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'SCALE', 'TEXT', 'NUMBER'));
alter table question add column allow_not_applicable boolean not null default false;
alter table question add column allow_other boolean not null default false;
alter table question add column scale_points int not null default 0 check (scale_points in (0, 5, 7));
alter table question add column x_axis_nl varchar(300);
alter table question add column x_axis_en varchar(300);
alter table question add column y_axis_nl varchar(300);
alter table question add column y_axis_en varchar(300);

-- A short-text answer or an "other, namely" write-in.
alter table story_answer add column text_value varchar(1000);

alter table story drop constraint story_teller_role_check;
alter table story add constraint story_teller_role_check
    check (teller_role in ('CLIENT', 'PARENT', 'YOUNG_PERSON', 'PROFESSIONAL'));
