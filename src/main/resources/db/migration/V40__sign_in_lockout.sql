-- Lockout after repeated failed sign-ins: the failures since the last success or lock, and until when
-- the account is locked (null when it is not).
alter table app_user
    add column failed_sign_ins integer     not null default 0,
    add column locked_until    timestamptz;
