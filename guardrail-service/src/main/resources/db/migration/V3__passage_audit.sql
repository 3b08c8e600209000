-- The passage check (indirect injection in retrieved text) audits its BLOCK decisions too.
alter table violation_audit drop constraint violation_audit_check_kind_check;
alter table violation_audit add constraint violation_audit_check_kind_check
    check (check_kind in ('INPUT', 'OUTPUT', 'PASSAGE'));
