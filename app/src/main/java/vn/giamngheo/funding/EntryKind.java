package vn.giamngheo.funding;

/**
 * What a ledger entry records: an allocation (giao dự toán) to a unit, a transfer down the hierarchy
 * (a pair out/in), a commitment (an approved project or support decision), a disbursement (giải
 * ngân, possibly one tranche), a settlement (quyết toán), a carry-over of unfinished tasks to the
 * next year (a pair out/in), or the reversal of an earlier entry.
 */
public enum EntryKind {
    ALLOCATION,
    TRANSFER_OUT,
    TRANSFER_IN,
    COMMITMENT,
    DISBURSEMENT,
    SETTLEMENT,
    CARRY_OUT,
    CARRY_IN,
    REVERSAL
}
