package vn.giamngheo.household;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.standard.Dwelling;
import vn.giamngheo.standard.FieldValues;

/**
 * The household edit form as the browser posts it (a mutable bean for data binding, separate from
 * the domain records). The dwelling and each member are posted by their field names
 * ({@code dwelling[wallDurable]}, {@code members[0][name]}) and read with {@link FieldValues}, so a
 * new fact of the dwelling or the member needs no change here (docs/decisions/1130). Blank member
 * rows are ignored.
 */
public class HouseholdForm {
    private String code;
    private Long unitId;
    private String headName;
    private String address;
    private String phone;
    private String area = "RURAL";
    private Boolean labourCapacity;
    private int version;
    private Map<String, String> dwelling = new LinkedHashMap<>();
    private List<Map<String, String>> members = new ArrayList<>();

    static HouseholdForm of(Household h) {
        HouseholdData d = h.data();
        HouseholdForm f = new HouseholdForm();
        f.code = d.code();
        f.unitId = d.unitId();
        f.headName = d.headName();
        f.address = d.address();
        f.phone = d.phone();
        f.area = d.area();
        f.labourCapacity = d.labourCapacity();
        f.dwelling = FieldValues.asText(d.dwelling());
        d.members().forEach(m -> f.members.add(FieldValues.asText(m)));
        f.version = h.version();
        return f;
    }

    /** Adds empty member rows so the official can type new members without a round trip. */
    HouseholdForm withBlankRows(int count) {
        for (int i = 0; i < count; i++) {
            members.add(new LinkedHashMap<>());
        }
        return this;
    }

    /** What was typed, as data; a number that is not one is refused with the field named. */
    HouseholdData toData() {
        List<InvalidInput.Problem> problems = new ArrayList<>();
        Dwelling facts = FieldValues.fromText(Dwelling.class, dwelling, "dwelling.", problems);
        List<Member> list = new ArrayList<>();
        for (Map<String, String> m : members) {
            String name = m == null ? null : m.get("name");
            if (name != null && !name.isBlank()) {
                list.add(FieldValues.fromText(Member.class, m, "members[" + list.size() + "].", problems));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new HouseholdData(
                code,
                unitId == null ? 0 : unitId,
                headName,
                blank(address),
                blank(phone),
                area,
                labourCapacity,
                null,
                null,
                null,
                null,
                facts,
                list);
    }

    /** A member's age in {@code year} from the year of birth typed, or null when none is typed. */
    public Integer age(Map<String, String> member, int year) {
        String born = member == null ? null : member.get("birthYear");
        return born == null || !born.trim().matches("[0-9]{1,4}") ? null : year - Integer.parseInt(born.trim());
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String v) {
        code = v;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long v) {
        unitId = v;
    }

    public String getHeadName() {
        return headName;
    }

    public void setHeadName(String v) {
        headName = v;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String v) {
        address = v;
    }

    public String getArea() {
        return area;
    }

    public void setArea(String v) {
        area = v;
    }

    public Boolean getLabourCapacity() {
        return labourCapacity;
    }

    public void setLabourCapacity(Boolean v) {
        labourCapacity = v;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int v) {
        version = v;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String v) {
        phone = v;
    }

    public Map<String, String> getDwelling() {
        return dwelling;
    }

    public void setDwelling(Map<String, String> v) {
        dwelling = v;
    }

    public List<Map<String, String>> getMembers() {
        return members;
    }

    public void setMembers(List<Map<String, String>> v) {
        members = v;
    }
}
