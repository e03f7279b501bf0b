-- Issue 16: toewijzingen (JW301/WMO301) and the municipality's answers to declarations (JW325/WMO325), so the figures
-- can set allocated beside declared beside approved (docs/adr/0023-toewijzingen-and-verwerkingsinformatie.md).
-- No BSN is stored: a client is the same keyed pseudonym as on declared_line.
alter table production_import drop constraint production_import_format_check;
alter table production_import add constraint production_import_format_check
    check (format in ('CSV', 'JW323', 'WMO323', 'JW301', 'WMO301', 'JW325', 'WMO325'));

-- One allocated product (ToegewezenProduct) as one import received it. A later message with the same
-- ToewijzingNummer changes the allocation (a shorter end date, another volume): the figures read the newest
-- (allocated_at, then import), so rolling back the later import brings the earlier version back.
create table allocation (
    id                bigint generated always as identity primary key,
    import_id         bigint      not null references production_import (id) on delete cascade,
    law               varchar(20) collate "C" not null check (law in ('JEUGDWET', 'WMO')),
    municipality_code varchar(4)  not null check (municipality_code ~ '^[0-9]{4}$'),
    provider_agb      varchar(8)  collate "C" not null check (provider_agb ~ '^[0-9]{8}$'),
    allocation_number varchar(12) collate "C" not null,
    client_pseudonym  varchar(64) collate "C" not null,
    product_category  varchar(2),
    product_code      varchar(5),
    allocated_at      timestamp   not null,
    start_date        date        not null,
    end_date          date,
    change_reason     varchar(2),
    volume            bigint      check (volume >= 0),
    unit              varchar(2),
    frequency         varchar(1)  check (frequency in ('1', '2', '4', '6')),
    budget_cents      bigint      check (budget_cents >= 0),
    check (end_date is null or end_date >= start_date),
    unique (import_id, law, provider_agb, allocation_number)
);
create index allocation_number on allocation (law, provider_agb, allocation_number, allocated_at desc, import_id desc);

-- The answer to one declaration (DeclaratieAntwoord): what was submitted and what was awarded, signed (credit negative).
-- One answer per declaration: a second one is refused until the first import is rolled back.
create table declaration_answer (
    id                 bigint generated always as identity primary key,
    import_id          bigint      not null references production_import (id) on delete cascade,
    law                varchar(20) collate "C" not null check (law in ('JEUGDWET', 'WMO')),
    municipality_code  varchar(4)  not null check (municipality_code ~ '^[0-9]{4}$'),
    provider_agb       varchar(8)  collate "C" not null check (provider_agb ~ '^[0-9]{8}$'),
    declaration_number varchar(12) collate "C" not null,
    answered_on        date        not null,
    submitted_cents    bigint      not null,
    awarded_cents      bigint      not null,
    constraint declaration_answer_once unique (law, provider_agb, declaration_number)
);

-- The prestaties the answer rejects (a 325 names only those); every other line of the declaration is approved.
create table rejected_prestatie (
    answer_id         bigint       not null references declaration_answer (id) on delete cascade,
    reference_number  varchar(40)  collate "C" not null,
    allocation_number varchar(12),
    product_category  varchar(2)   not null,
    product_code      varchar(5),
    product_start     date         not null,
    product_end       date         not null,
    volume            bigint       not null,
    unit              varchar(2)   not null,
    amount_cents      bigint       not null,
    client_pseudonym  varchar(64)  collate "C" not null,
    return_codes      varchar(200) not null,
    primary key (answer_id, reference_number)
);

-- The part of an allocation's days that falls in from_day..until_day (both included): how a budget, or a volume "in
-- total", is spread over the years. Without an end date the whole of it counts where the allocation starts.
create function allocation_share(starts date, ends date, from_day date, until_day date)
    returns numeric language sql immutable as $$
    select case
        when ends is null then case when starts between from_day and until_day then 1::numeric else 0::numeric end
        when starts > until_day or ends < from_day then 0::numeric
        else (least(ends, until_day) - greatest(starts, from_day) + 1)::numeric / (ends - starts + 1)
    end
$$;

-- How many times an allocation's volume falls in the days from_day..until_day (both included): per day (1) each day,
-- per week (2) each calendar week (Monday to Sunday), per month (4) each calendar month, in total (6) once. A week or
-- month counts in the window that holds its first day of the allocation, so windows side by side (the years) add up
-- to the whole allocation. An allocation without end date runs to the end of the window. In total (6) is spread over
-- the days when the allocation has an end date, and counts where it starts when it has none.
create function allocation_units(frequency varchar, starts date, ends date, from_day date, until_day date)
    returns numeric language sql immutable as $$
    select case
        when until_day < from_day or starts > until_day or (ends is not null and ends < from_day) then 0::numeric
        when frequency = '1' then (least(coalesce(ends, until_day), until_day) - greatest(starts, from_day) + 1)::numeric
        when frequency = '2' then ((case when starts >= from_day then 1 else 0 end)
            + (date_trunc('week', least(coalesce(ends, until_day), until_day))::date
               - date_trunc('week', greatest(starts, from_day - 1))::date) / 7)::numeric
        when frequency = '4' then ((case when starts >= from_day then 1 else 0 end)
            + (extract(year from least(coalesce(ends, until_day), until_day)) * 12
               + extract(month from least(coalesce(ends, until_day), until_day)))
            - (extract(year from greatest(starts, from_day - 1)) * 12 + extract(month from greatest(starts, from_day - 1))))::numeric
        else allocation_share(starts, ends, from_day, until_day)
    end
$$;
