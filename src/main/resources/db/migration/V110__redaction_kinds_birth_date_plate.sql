-- issue 14: dates of birth and licence plates are masked too
alter table story_redaction drop constraint story_redaction_kind_check;
alter table story_redaction add constraint story_redaction_kind_check
    check (kind in ('BSN', 'PHONE', 'EMAIL', 'IBAN', 'ADDRESS', 'POSTCODE', 'NAME', 'BIRTH_DATE', 'PLATE'));
