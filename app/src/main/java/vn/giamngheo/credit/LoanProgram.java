package vn.giamngheo.credit;

/**
 * A lending program of the Bank for Social Policies, with the support content of the funding
 * catalogue it counts under and the beneficiary kind whose norms give its terms (NĐ 78/2002 and the
 * decisions of docs/domain/funding-and-support.md §A4). {@code OTHER}: a program the catalogue does
 * not know; its terms are never configured.
 */
public enum LoanProgram {
    POOR("VAY_HO_NGHEO", "POOR"),
    NEAR_POOR("VAY_HO_NGHEO", "NEAR_POOR"),
    ESCAPED("VAY_HO_NGHEO", "ESCAPED"),
    HOUSING("VAY_NHA_O", "POOR"),
    WORK_ABROAD("VAY_XKLD", "ANY"),
    STUDENT("VAY_HSSV", "ANY"),
    CLEAN_WATER("VAY_NUOC_SACH", "ANY"),
    OTHER(null, null);

    private final String contentCode;
    private final String beneficiary;

    LoanProgram(String contentCode, String beneficiary) {
        this.contentCode = contentCode;
        this.beneficiary = beneficiary;
    }

    /** The funding catalogue's content code, null for {@code OTHER}. */
    public String contentCode() {
        return contentCode;
    }

    /** The beneficiary kind of the norms that give the terms (POOR, NEAR_POOR, ESCAPED, ANY). */
    public String beneficiary() {
        return beneficiary;
    }
}
