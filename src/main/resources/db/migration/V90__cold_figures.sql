-- The declared figures, summed once instead of per request (docs/adr/0016-cold-figures-summary.md).
-- Unique clients do not add up (a client in March and April is one client in the quarter), so every combination a
-- page can ask for has its own row: per year, per opgave (0: every line), per provider ('*': every provider), per
-- district ('*': every district, '': lines without a known district) and per period (a month 2026-04, a quarter
-- 2026-Q2, or the year 2026). unit '' is the key's total row; other rows hold the volume per unit.
-- Written only by ColdFigures, in the same transaction as the import, rollback or product link that changes them.
create table cold_figure (
    year          int         not null,
    opgave_id     bigint      not null,
    provider_agb  varchar(8)  collate "C" not null,
    district_code varchar(10) collate "C" not null,
    period        varchar(7)  collate "C" not null,
    unit          varchar(2)  collate "C" not null,
    amount_cents  bigint      not null,
    clients       bigint      not null,
    lines         bigint      not null,
    volume        bigint      not null,
    tariff_volume numeric     not null,
    primary key (year, opgave_id, provider_agb, district_code, period, unit)
);

-- Which version of the summing the rows come from; a different version (or none) rebuilds them at start-up.
create table cold_figure_state (
    id            int         primary key check (id = 1),
    version       int         not null,
    built_at      timestamptz not null
);
