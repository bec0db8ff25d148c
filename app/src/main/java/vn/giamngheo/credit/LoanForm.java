package vn.giamngheo.credit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.shared.InvalidInput.Problem;

/** The page's loan form: every field as typed, so a refused form comes back as it was filled. */
public class LoanForm {
    private String householdCode;
    private String contractNo;
    private String program;
    private String amount;
    private String purpose;
    private String termMonths;
    private String rate;
    private String entruster;
    private String savingsGroup;
    private String disbursedOn;

    /** The draft, or every problem of the form at once. */
    LoanDraft toDraft(Function<Enum<?>, String> words) {
        List<Problem> p = new ArrayList<>();
        String code = LoanText.text(householdCode, "householdCode", true, 64, p);
        String contract = LoanText.text(contractNo, "contractNo", false, 64, p);
        LoanProgram prog = LoanText.choice(program, LoanProgram.class, words::apply, "program", p);
        Long amt = LoanText.amount(amount, "amount", p);
        String purp = LoanText.text(purpose, "purpose", true, 500, p);
        Integer term = LoanText.months(termMonths, "termMonths", p);
        BigDecimal r = LoanText.rate(rate, "rate", p);
        Entruster ent = LoanText.choice(entruster, Entruster.class, words::apply, "entruster", p);
        String group = LoanText.text(savingsGroup, "savingsGroup", true, 200, p);
        LocalDate day = LoanText.day(disbursedOn, "disbursedOn", p);
        if (!p.isEmpty()) {
            throw new InvalidInput(p);
        }
        return new LoanDraft(code, contract, prog, amt, purp, term, r, ent, group, day, LoanStatus.CURRENT, day, amt);
    }

    public String getHouseholdCode() {
        return householdCode;
    }

    public void setHouseholdCode(String householdCode) {
        this.householdCode = householdCode;
    }

    public String getContractNo() {
        return contractNo;
    }

    public void setContractNo(String contractNo) {
        this.contractNo = contractNo;
    }

    public String getProgram() {
        return program;
    }

    public void setProgram(String program) {
        this.program = program;
    }

    public String getAmount() {
        return amount;
    }

    public void setAmount(String amount) {
        this.amount = amount;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public String getTermMonths() {
        return termMonths;
    }

    public void setTermMonths(String termMonths) {
        this.termMonths = termMonths;
    }

    public String getRate() {
        return rate;
    }

    public void setRate(String rate) {
        this.rate = rate;
    }

    public String getEntruster() {
        return entruster;
    }

    public void setEntruster(String entruster) {
        this.entruster = entruster;
    }

    public String getSavingsGroup() {
        return savingsGroup;
    }

    public void setSavingsGroup(String savingsGroup) {
        this.savingsGroup = savingsGroup;
    }

    public String getDisbursedOn() {
        return disbursedOn;
    }

    public void setDisbursedOn(String disbursedOn) {
        this.disbursedOn = disbursedOn;
    }
}
