package vn.giamngheo.adminunit;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import vn.giamngheo.shared.CsvReader;

/**
 * The official unit lists shipped with the product (src/main/resources/adminunits/2025-reform,
 * sources in docs/admin-units-2025-reform.md): the register in force until 30 June 2025 (list
 * "2024"), the one from 1 July 2025 (list "2025") and the succession of every old unit. Codes are
 * strings with their leading zeros; names are as the register writes them, kind included.
 */
final class OfficialLists {
    static final String OLD = "2024";
    static final String NEW = "2025";
    private static final String FOLDER = "adminunits/2025-reform/";
    /** The words a register name starts with, longest first ("Thị trấn" before "Thị"). */
    private static final List<String> KINDS =
            List.of("Thành phố", "Thị trấn", "Thị xã", "Đặc khu", "Phường", "Huyện", "Quận", "Tỉnh", "Xã");

    private OfficialLists() {}

    /** One row of units-2024.csv or units-2025.csv, with the kind split off the name. */
    record Unit(String list, String code, String officialName, String level, String parentCode, String type) {
        String kind() {
            String lower = officialName.toLowerCase(Locale.ROOT);
            for (String k : KINDS) {
                if (lower.startsWith(k.toLowerCase(Locale.ROOT) + " ")) {
                    return k;
                }
            }
            return type;
        }

        /** The proper name ("Xuân Bái" of "Xã Xuân Bái"). */
        String name() {
            String k = kind();
            return officialName.toLowerCase(Locale.ROOT).startsWith(k.toLowerCase(Locale.ROOT) + " ")
                    ? officialName.substring(k.length() + 1)
                    : officialName;
        }
    }

    /**
     * One successor of an old unit: WHOLE (the whole unit went there), SPLIT (a part), with the
     * official note ("Nhập toàn bộ", "Nhập một phần diện tích", …). Abolished districts have none.
     */
    record Link(String oldLevel, String oldCode, String status, String newLevel, String newCode, String note) {}

    static List<Unit> units(String list) {
        return read("units-" + list + ".csv", r -> new Unit(list, r.get(0), r.get(1), r.get(2), r.get(3), r.get(4)));
    }

    /** Every (old unit, successor) pair: one per WHOLE unit, one per part of a SPLIT commune. */
    static List<Link> links() {
        List<Link> links = new ArrayList<>();
        List<String[]> splits = read("succession-2025-splits.csv", r -> new String[] {r.get(0), r.get(2), r.get(4)});
        for (String[] s : read("succession-2025.csv", r ->
                new String[] {r.get(0), r.get(1), r.get(5), r.get(6), r.get(7), r.get(10)})) {
            switch (s[2]) {
                case "WHOLE" -> links.add(new Link(s[0], s[1], "WHOLE", s[3], s[4], s[5].isEmpty() ? null : s[5]));
                case "SPLIT" ->
                    splits.stream()
                            .filter(p -> p[0].equals(s[1]))
                            .forEach(p -> links.add(
                                    new Link(s[0], s[1], "SPLIT", "COMMUNE", p[1], p[2].isEmpty() ? null : p[2])));
                default -> {
                    // ABOLISHED: a district without successor; its communes carry the succession
                }
            }
        }
        return links;
    }

    /**
     * The Standing Committee's resolution on the arrangement of the communes of a new province, by the
     * province's code — only where the official files name it (docs/admin-units-2025-reform.md); the
     * other provinces keep the general legal basis.
     */
    static Map<String, String> communeResolutions() {
        Map<String, String> byProvince = new java.util.LinkedHashMap<>();
        read("commune-resolutions.csv", r -> byProvince.put(r.get(0), r.get(1)));
        return byProvince;
    }

    /** The old codes whose unit ended without successor (the districts, Luật 72/2025/QH15). */
    static List<String> abolished() {
        return read("succession-2025.csv", r -> r.get(5).equals("ABOLISHED") ? r.get(1) : null).stream()
                .filter(c -> c != null)
                .toList();
    }

    private static <T> List<T> read(String file, Function<CsvReader.Row, T> map) {
        try (InputStream in = OfficialLists.class.getClassLoader().getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("official list " + file + " is missing from the build");
            }
            CsvReader csv = new CsvReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            csv.next(); // header
            List<T> rows = new ArrayList<>();
            for (CsvReader.Row r = csv.next(); r != null; r = csv.next()) {
                rows.add(map.apply(r));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
