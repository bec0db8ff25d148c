package vn.giamngheo.household;

import java.util.ArrayList;
import java.util.List;
import vn.giamngheo.standard.Dwelling;

/**
 * The household edit form as the browser posts it (a mutable bean for data binding, separate from
 * the domain records). Blank member rows are ignored.
 */
public class HouseholdForm {
    private String code;
    private Long unitId;
    private String headName;
    private String address;
    private String phone;
    private String area = "RURAL";
    private Boolean labourCapacity;
    private Double livingAreaM2;
    private Boolean wallDurable;
    private Boolean columnDurable;
    private Boolean roofDurable;
    private Boolean cleanWater;
    private Boolean hygienicLatrine;
    private Boolean telecom;
    private Boolean infoDevice;
    private Boolean loudspeakerAccess;
    private Boolean wasteCollected;
    private int version;
    private List<MemberForm> members = new ArrayList<>();

    /** One member row of the form. */
    public static class MemberForm {
        private String name;
        private String citizenId;
        private Integer birthYear;
        private String sex;
        private String relation;
        private String ethnicity;
        private Boolean healthInsured;
        private String education;
        private Boolean inSchool;
        private String employment;
        private Boolean disabled;
        private Boolean socialAllowance;
        private Boolean personOfMerit;
        private Boolean stunted;
        private Boolean underweight;

        static MemberForm of(Member m) {
            MemberForm f = new MemberForm();
            f.name = m.name();
            f.citizenId = m.citizenId();
            f.birthYear = m.birthYear();
            f.sex = m.sex();
            f.relation = m.relation();
            f.ethnicity = m.ethnicity();
            f.healthInsured = m.healthInsured();
            f.education = m.education();
            f.inSchool = m.inSchool();
            f.employment = m.employment();
            f.disabled = m.disabled();
            f.socialAllowance = m.socialAllowance();
            f.personOfMerit = m.personOfMerit();
            f.stunted = m.stunted();
            f.underweight = m.underweight();
            return f;
        }

        boolean isBlank() {
            return name == null || name.isBlank();
        }

        Member toMember() {
            return new Member(
                    name.trim(),
                    blank(citizenId),
                    birthYear,
                    blank(sex),
                    blank(relation),
                    blank(ethnicity),
                    healthInsured,
                    stunted,
                    underweight,
                    blank(education),
                    inSchool,
                    blank(employment),
                    disabled,
                    socialAllowance,
                    personOfMerit);
        }

        // getters and setters for data binding
        public String getName() {
            return name;
        }

        public void setName(String v) {
            name = v;
        }

        public String getCitizenId() {
            return citizenId;
        }

        public void setCitizenId(String v) {
            citizenId = v;
        }

        public Integer getBirthYear() {
            return birthYear;
        }

        public void setBirthYear(Integer v) {
            birthYear = v;
        }

        public String getSex() {
            return sex;
        }

        public void setSex(String v) {
            sex = v;
        }

        public String getRelation() {
            return relation;
        }

        public void setRelation(String v) {
            relation = v;
        }

        public String getEthnicity() {
            return ethnicity;
        }

        public void setEthnicity(String v) {
            ethnicity = v;
        }

        public Boolean getHealthInsured() {
            return healthInsured;
        }

        public void setHealthInsured(Boolean v) {
            healthInsured = v;
        }

        public String getEducation() {
            return education;
        }

        public void setEducation(String v) {
            education = v;
        }

        public Boolean getInSchool() {
            return inSchool;
        }

        public void setInSchool(Boolean v) {
            inSchool = v;
        }

        public String getEmployment() {
            return employment;
        }

        public void setEmployment(String v) {
            employment = v;
        }

        public Boolean getDisabled() {
            return disabled;
        }

        public void setDisabled(Boolean v) {
            disabled = v;
        }

        public Boolean getSocialAllowance() {
            return socialAllowance;
        }

        public void setSocialAllowance(Boolean v) {
            socialAllowance = v;
        }

        public Boolean getPersonOfMerit() {
            return personOfMerit;
        }

        public void setPersonOfMerit(Boolean v) {
            personOfMerit = v;
        }

        public Boolean getStunted() {
            return stunted;
        }

        public void setStunted(Boolean v) {
            stunted = v;
        }

        public Boolean getUnderweight() {
            return underweight;
        }

        public void setUnderweight(Boolean v) {
            underweight = v;
        }
    }

    static HouseholdForm of(Household h) {
        HouseholdForm f = new HouseholdForm();
        f.code = h.code();
        f.unitId = h.unitId();
        f.headName = h.headName();
        f.address = h.address();
        f.phone = h.phone();
        f.area = h.area();
        f.labourCapacity = h.labourCapacity();
        Dwelling d = h.dwelling();
        f.livingAreaM2 = d.livingAreaM2();
        f.wallDurable = d.wallDurable();
        f.columnDurable = d.columnDurable();
        f.roofDurable = d.roofDurable();
        f.cleanWater = d.cleanWater();
        f.hygienicLatrine = d.hygienicLatrine();
        f.telecom = d.telecom();
        f.infoDevice = d.infoDevice();
        f.loudspeakerAccess = d.loudspeakerAccess();
        f.wasteCollected = d.wasteCollected();
        f.version = h.version();
        h.members().forEach(m -> f.members.add(MemberForm.of(m)));
        return f;
    }

    /** Adds empty member rows so the official can type new members without a round trip. */
    HouseholdForm withBlankRows(int count) {
        for (int i = 0; i < count; i++) {
            members.add(new MemberForm());
        }
        return this;
    }

    HouseholdData toData() {
        Dwelling dwelling = new Dwelling(
                livingAreaM2,
                wallDurable,
                columnDurable,
                roofDurable,
                cleanWater,
                hygienicLatrine,
                telecom,
                infoDevice,
                loudspeakerAccess,
                wasteCollected);
        List<Member> list = members.stream()
                .filter(m -> !m.isBlank())
                .map(MemberForm::toMember)
                .toList();
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
                dwelling,
                list);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    // getters and setters for data binding
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

    public Double getLivingAreaM2() {
        return livingAreaM2;
    }

    public void setLivingAreaM2(Double v) {
        livingAreaM2 = v;
    }

    public Boolean getWallDurable() {
        return wallDurable;
    }

    public void setWallDurable(Boolean v) {
        wallDurable = v;
    }

    public Boolean getColumnDurable() {
        return columnDurable;
    }

    public void setColumnDurable(Boolean v) {
        columnDurable = v;
    }

    public Boolean getRoofDurable() {
        return roofDurable;
    }

    public void setRoofDurable(Boolean v) {
        roofDurable = v;
    }

    public Boolean getCleanWater() {
        return cleanWater;
    }

    public void setCleanWater(Boolean v) {
        cleanWater = v;
    }

    public Boolean getHygienicLatrine() {
        return hygienicLatrine;
    }

    public void setHygienicLatrine(Boolean v) {
        hygienicLatrine = v;
    }

    public Boolean getTelecom() {
        return telecom;
    }

    public void setTelecom(Boolean v) {
        telecom = v;
    }

    public Boolean getInfoDevice() {
        return infoDevice;
    }

    public void setInfoDevice(Boolean v) {
        infoDevice = v;
    }

    public Boolean getLoudspeakerAccess() {
        return loudspeakerAccess;
    }

    public void setLoudspeakerAccess(Boolean v) {
        loudspeakerAccess = v;
    }

    public Boolean getWasteCollected() {
        return wasteCollected;
    }

    public void setWasteCollected(Boolean v) {
        wasteCollected = v;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int v) {
        version = v;
    }

    public List<MemberForm> getMembers() {
        return members;
    }

    public void setMembers(List<MemberForm> v) {
        members = v;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String v) {
        phone = v;
    }
}
