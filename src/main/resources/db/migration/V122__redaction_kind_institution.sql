-- issue 14: school and GP-practice names of the municipality's list are masked too ([INSTELLING]); the kind's name
-- is longer than the column allowed
alter table story_redaction alter column kind type varchar(20);
alter table story_redaction drop constraint story_redaction_kind_check;
alter table story_redaction add constraint story_redaction_kind_check
    check (kind in ('BSN', 'PHONE', 'EMAIL', 'IBAN', 'ADDRESS', 'POSTCODE', 'NAME', 'BIRTH_DATE', 'PLATE', 'INSTITUTION'));
