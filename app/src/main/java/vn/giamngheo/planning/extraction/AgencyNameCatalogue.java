package vn.giamngheo.planning.extraction;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An {@link AgencyResolver} over a fixed list of names and aliases, matched by {@link
 * AgencyNameKey}. {@link #standard()} holds the bodies the seed plans assign work to, without their
 * level where the level does not change what it is ("Phòng Lao động - Thương binh và Xã hội", not
 * "… huyện Ngọc Hồi"), with it where it does ("Ủy ban nhân dân huyện", "Ủy ban nhân dân xã"); it is
 * the fallback when no registry is wired, and what tests match against. A mention is looked up with
 * its level word first, then without it; a name that is then ambiguous ("Ủy ban nhân dân") is not
 * matched. When two entries share a full key the first wins.
 */
public final class AgencyNameCatalogue implements AgencyResolver {

    /** One agency: id in a registry (may be null), canonical name, other ways it is written. */
    public record Entry(Long id, String name, List<String> aliases) {
        public Entry {
            aliases = List.copyOf(aliases);
        }

        public static Entry of(String name, String... aliases) {
            return new Entry(null, name, List.of(aliases));
        }
    }

    /** Marks a key that two different agencies share once their level is dropped. */
    private static final ResolvedAgency AMBIGUOUS = new ResolvedAgency(null, "");

    private final Map<String, ResolvedAgency> byFullKey = new LinkedHashMap<>();
    private final Map<String, ResolvedAgency> byKey = new LinkedHashMap<>();

    public AgencyNameCatalogue(List<Entry> entries) {
        for (Entry e : entries) {
            ResolvedAgency agency = new ResolvedAgency(e.id(), e.name());
            List<String> names = new java.util.ArrayList<>(e.aliases());
            names.add(0, e.name());
            for (String name : names) {
                byFullKey.putIfAbsent(AgencyNameKey.full(name), agency);
                byKey.merge(AgencyNameKey.of(name), agency, (a, b) -> a.equals(b) ? a : AMBIGUOUS);
            }
        }
    }

    @Override
    public Optional<ResolvedAgency> resolve(String mention) {
        if (mention == null || mention.isBlank()) {
            return Optional.empty();
        }
        ResolvedAgency exact = byFullKey.get(AgencyNameKey.full(mention));
        if (exact != null) {
            return Optional.of(exact);
        }
        ResolvedAgency loose = byKey.get(AgencyNameKey.of(mention));
        return loose == null || loose == AMBIGUOUS ? Optional.empty() : Optional.of(loose);
    }

    /** The district and commune bodies of the seed plans, and their usual abbreviations. */
    public static AgencyNameCatalogue standard() {
        return new AgencyNameCatalogue(List.of(
                Entry.of("Ủy ban nhân dân tỉnh", "UBND tỉnh"),
                Entry.of("Ủy ban nhân dân huyện", "UBND huyện"),
                Entry.of("Ủy ban nhân dân xã", "UBND xã"),
                Entry.of("Hội đồng nhân dân tỉnh", "HĐND tỉnh"),
                Entry.of("Hội đồng nhân dân huyện", "HĐND huyện"),
                Entry.of("Hội đồng nhân dân xã", "HĐND xã"),
                Entry.of("Phòng Lao động - Thương binh và Xã hội", "Phòng LĐ-TB&XH", "Phòng LĐTBXH"),
                Entry.of("Phòng Tài chính - Kế hoạch", "Phòng TC-KH"),
                Entry.of("Phòng Nông nghiệp và Phát triển nông thôn", "Phòng NN&PTNT"),
                Entry.of("Phòng Dân tộc"),
                Entry.of("Phòng Văn hóa - Thông tin", "Phòng VH-TT"),
                Entry.of("Phòng Kinh tế - Hạ tầng", "Phòng KT-HT"),
                Entry.of("Phòng Giáo dục và Đào tạo", "Phòng GD&ĐT"),
                Entry.of("Phòng Tư pháp"),
                Entry.of("Phòng Tài nguyên và Môi trường", "Phòng TN&MT"),
                Entry.of("Phòng Nội vụ"),
                Entry.of("Phòng Thanh tra", "Thanh tra huyện"),
                Entry.of("Phòng Y tế"),
                Entry.of("Văn phòng HĐND - UBND", "Văn phòng Hội đồng nhân dân - Ủy ban nhân dân"),
                Entry.of("Ngân hàng Chính sách xã hội", "NHCSXH", "Ngân hàng CSXH", "Phòng giao dịch NHCSXH"),
                Entry.of("Bảo hiểm xã hội", "BHXH"),
                Entry.of(
                        "Ủy ban Mặt trận Tổ quốc Việt Nam",
                        "Ủy ban Mặt trận Tổ quốc",
                        "Mặt trận Tổ quốc",
                        "MTTQ",
                        "UBMTTQ",
                        "Ủy ban MTTQ Việt Nam"),
                Entry.of("Hội Liên hiệp Phụ nữ", "Hội Phụ nữ", "Hội LHPN"),
                Entry.of("Đoàn Thanh niên Cộng sản Hồ Chí Minh", "Đoàn Thanh niên", "Huyện đoàn"),
                Entry.of("Hội Nông dân", "Hội ND"),
                Entry.of("Hội Cựu chiến binh", "Hội CCB"),
                Entry.of("Liên đoàn Lao động", "LĐLĐ"),
                Entry.of("Huyện ủy"),
                Entry.of("Ban Thường vụ Huyện ủy", "BTV Huyện ủy"),
                Entry.of("Thường trực Huyện ủy"),
                Entry.of("Tỉnh ủy"),
                Entry.of("Ban Tuyên giáo Huyện ủy", "Ban Tuyên giáo"),
                Entry.of("Đảng ủy"),
                Entry.of(
                        "Ban Chỉ đạo các Chương trình mục tiêu quốc gia",
                        "Ban Chỉ đạo Chương trình MTQG",
                        "BCĐ CTMTQG",
                        "Ban chỉ đạo 2611"),
                Entry.of(
                        "Trung tâm Văn hóa, Thông tin, Thể thao và Du lịch",
                        "Trung tâm VH - TT - TT & DL",
                        "Trung tâm Văn hóa - Thông tin - Thể thao và Du lịch"),
                Entry.of("Trung tâm Văn hóa - Thể thao, Du lịch và Truyền thông"),
                Entry.of("Trung tâm Y tế", "TTYT"),
                Entry.of("Bệnh viện Đa khoa"),
                Entry.of("Trạm Y tế", "TYT"),
                Entry.of("Sở Lao động - Thương binh và Xã hội", "Sở LĐ-TB&XH"),
                Entry.of("Sở Nông nghiệp và Phát triển nông thôn", "Sở NN&PTNT"),
                Entry.of("Công chức Văn hóa - Chính sách", "Công chức Văn hóa phụ trách chính sách xã hội"),
                Entry.of("Công chức Văn hóa - Xã hội", "Công chức VH-XH"),
                Entry.of("Công chức Địa chính - Nông nghiệp", "Công chức ĐC-NN"),
                Entry.of("Công chức Tài chính - Kế toán", "Công chức TC-KT"),
                Entry.of("Công an"),
                Entry.of("Ban Chỉ huy Quân sự", "Ban CHQS"),
                Entry.of("Ban Quản lý dự án", "Ban QLDA"),
                Entry.of("Chi cục Thống kê"),
                Entry.of("Chi cục Thi hành án dân sự", "Chi cục Thi hành án"),
                Entry.of("Viện Kiểm sát nhân dân", "VKSND"),
                Entry.of("Tòa án nhân dân", "TAND", "Tòa án"),
                Entry.of("Trung tâm Dịch vụ nông nghiệp")));
    }
}
