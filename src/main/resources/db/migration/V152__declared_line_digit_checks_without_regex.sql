-- The same checks as V20's (only the digits 0-9, exactly 8 or 4 of them), without a regular expression: PostgreSQL
-- evaluates them for every line an import writes, and the two regexes cost about twice as much as these for a
-- million lines (docs/adr/0030-import-near-copy-speed.md). ltrim removes every leading digit; nothing may be left.
alter table declared_line
    drop constraint declared_line_provider_agb_check,
    drop constraint declared_line_municipality_code_check,
    add constraint declared_line_provider_agb_check
        check (length(provider_agb) = 8 and ltrim(provider_agb, '0123456789') = ''),
    add constraint declared_line_municipality_code_check
        check (length(municipality_code) = 4 and ltrim(municipality_code, '0123456789') = '');
