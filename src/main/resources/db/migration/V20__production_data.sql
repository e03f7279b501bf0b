-- Cold data: declared production (P x Q) per provider, product and period, with the imports it came from.
-- No BSN is ever stored: a client is a keyed pseudonym (HMAC-SHA-256), see docs/adr/0005-production-import.md.
create table production_import (
    id             bigint generated always as identity primary key,
    source_name    varchar(300) not null,
    format         varchar(10)  not null check (format in ('CSV', 'JW323', 'WMO323')),
    content_sha256 varchar(64)  not null check (content_sha256 ~ '^[0-9a-f]{64}$'),
    status         varchar(12)  not null check (status in ('IMPORTED', 'ROLLED_BACK')),
    imported_by    varchar(100) not null,
    imported_at    timestamptz  not null,
    accepted_count int          not null,
    rejected_count int          not null,
    amount_cents   bigint       not null,
    rolled_back_at timestamptz
);
-- The same file counts once: a second import of identical content is recognised, not repeated.
create unique index production_import_once on production_import (content_sha256) where status = 'IMPORTED';

create table production_rejection (
    import_id bigint        not null references production_import (id) on delete cascade,
    position  int           not null,
    location  varchar(200)  not null,
    reason    varchar(2000) not null,
    primary key (import_id, position)
);

-- Amounts are eurocents; volume and amount are signed (credit lines negative) so that sums net out.
-- import_id has no foreign key on purpose: its per-row check doubled the time of a million-line insert; lines are
-- only written by the import that creates their production_import row, and rollback deletes them explicitly.
-- Key columns use collation "C": byte order is all a code needs, and it keeps the unique index cheap to fill.
create table declared_line (
    id                 bigint generated always as identity primary key,
    import_id          bigint      not null,
    law                varchar(20) collate "C" not null check (law in ('JEUGDWET', 'WMO')),
    declaration_number varchar(40) collate "C" not null,
    declaration_start  date        not null,
    declaration_end    date        not null,
    provider_agb       varchar(8) collate "C"  not null check (provider_agb ~ '^[0-9]{8}$'),
    municipality_code  varchar(4)  not null check (municipality_code ~ '^[0-9]{4}$'),
    reference_number   varchar(40) collate "C" not null,
    product_category   varchar(2)  not null,
    product_code       varchar(5),
    product_start      date        not null,
    product_end        date        not null,
    volume             bigint      not null,
    unit               varchar(2)  not null,
    tariff_cents       bigint      not null,
    amount_cents       bigint      not null,
    debit_credit       varchar(1)  not null check (debit_credit in ('D', 'C')),
    client_pseudonym   varchar(64) not null,
    district_code      varchar(10),
    -- nothing counted twice: one line per provider, declaration and reference number within a standard
    constraint declared_line_once unique (law, provider_agb, declaration_number, reference_number)
);
-- BRIN, not btree: lines arrive in import order and roughly in time order, so block ranges index them well,
-- at almost no cost while a million lines are inserted (rollback by import, figures by year).
create index declared_line_import on declared_line using brin (import_id);
create index declared_line_period on declared_line using brin (product_start);

-- Input side of the effect chain: what the municipality budgets per opgave and month.
create table opgave_budget (
    opgave_id    bigint not null references opgave (id) on delete cascade,
    period_month date   not null check (extract(day from period_month) = 1),
    amount_cents bigint not null check (amount_cents >= 0),
    primary key (opgave_id, period_month)
);

-- Which product categories (optionally one product code) count toward an opgave; '' means every code.
create table opgave_product (
    opgave_id        bigint      not null references opgave (id) on delete cascade,
    law              varchar(20) collate "C" not null check (law in ('JEUGDWET', 'WMO')),
    product_category varchar(2)  not null,
    product_code     varchar(5)  not null default '',
    primary key (opgave_id, law, product_category, product_code)
);
