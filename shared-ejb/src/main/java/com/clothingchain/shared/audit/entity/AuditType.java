package com.clothingchain.shared.audit.entity;

/** What an audit entry records. Each site uses the kinds that happen there. */
public enum AuditType {
    SIGN_IN,
    SIGN_IN_FAILED,
    SIGN_IN_THROTTLED,
    SIGN_OUT,
    ACCOUNT_CREATED,
    ACCOUNT_RENAMED,
    ACCOUNT_DISABLED,
    ACCOUNT_ENABLED,
    ROLES_CHANGED,
    PASSWORD_RESET,
    PASSWORD_CHANGED,
    BRANCH_REGISTERED,
    BRANCH_CHANGED,
    BRANCH_DEACTIVATED,
    BRANCH_ACTIVATED,
    BRANCH_KEY_ROTATED,
    REPORT_REVISED,
    DAY_CLOSED,
    REPORT_REQUEUED,
    PRODUCT_ADDED,
    PRODUCT_CHANGED,
    RETURN_ACCEPTED,
    LOSS_WRITTEN_OFF
}
