package vn.giamngheo.planning;

import java.util.regex.Pattern;
import vn.giamngheo.shared.TextFolding;

/**
 * What a collective assignee as the plans write it stands for, so its reports and tasks can reach
 * real units: "UBND các xã, thị trấn" is every commune under the plan's unit; "các phòng, ban" and
 * "cơ quan chuyên môn" the offices of the plan's unit; "các cơ quan, đơn vị (thuộc UBND huyện)" its
 * agencies; "các thôn" the villages. Anything "liên quan" (concerned), "khác" (other) or of the
 * Party is left as written: the plan does not say who.
 */
public enum Collectives {
    COMMUNES,
    VILLAGES,
    OFFICES,
    AGENCIES,
    UNSPECIFIED;

    private static final Pattern COLLECTIVE = Pattern.compile("(^|\\W)(cac|cap xa|cap huyen)(\\W|$)|xa, thi tran");

    /** True for a mention of several units at once ("các …", "cấp xã", "xã, thị trấn"). */
    public static boolean isCollective(String mention) {
        return COLLECTIVE.matcher(TextFolding.fold(mention)).find();
    }

    public static Collectives of(String mention) {
        String m = TextFolding.fold(mention);
        if (m.contains("lien quan")
                || m.contains("khac")
                || m.contains("huyen uy")
                || m.contains("tinh uy")
                || m.contains("dang")) {
            return UNSPECIFIED;
        }
        if (m.contains("cac xa") || m.contains("xa, thi tran") || m.contains("cap xa") || m.contains("cac phuong")) {
            return COMMUNES;
        }
        if (m.contains("cac thon") || m.contains("khu pho")) {
            return VILLAGES;
        }
        if (m.contains("cac phong") || m.contains("chuyen mon")) {
            return OFFICES;
        }
        if (m.contains("co quan") || m.contains("don vi") || m.contains("cac nganh") || m.contains("ban, nganh")) {
            return AGENCIES;
        }
        return UNSPECIFIED;
    }
}
