-- issue 15: a MANAGE key may override the promotion policy; the decision is recorded as OVERRIDDEN
alter table promotion_requests drop constraint promotion_requests_status_check;
alter table promotion_requests add constraint promotion_requests_status_check
    check (status in ('PENDING_APPROVAL', 'PROMOTED', 'REJECTED', 'APPROVED', 'OVERRIDDEN'));
