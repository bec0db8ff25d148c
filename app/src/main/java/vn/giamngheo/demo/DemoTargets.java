package vn.giamngheo.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.planning.Helpers;
import vn.giamngheo.planning.PovertyTarget;
import vn.giamngheo.planning.Targets;
import vn.giamngheo.shared.Actor;

/** Loads the targets of seeds 003 and 004 and the helpers of seed 004 Appendix 2 (demo/targets.txt, demo/helpers.txt). */
final class DemoTargets {
    private DemoTargets() {}

    static void load(Actor actor, List<AdminUnit> units, Targets targets, Helpers helpers) {
        for (String[] f : rows("demo/targets.txt")) {
            AdminUnit commune = commune(units, f[1], f[2]);
            int year = Integer.parseInt(f[3]);
            if (!f[4].isBlank()) {
                targets.recordStatistics(actor, commune.id(), year, Integer.parseInt(f[4]), integer(f[5]), f[13]);
            }
            Map<String, String> printed = new LinkedHashMap<>();
            put(printed, "rateStart", f[10]);
            put(printed, "remaining", f[11]);
            put(printed, "projectedRate", f[12]);
            targets.setTarget(
                    actor,
                    new PovertyTarget(
                            commune.id(),
                            year,
                            integer(f[6]),
                            integer(f[7]),
                            integer(f[8]),
                            integer(f[9]),
                            (BigDecimal) null,
                            f[13],
                            printed,
                            null));
        }
        for (String[] f : rows("demo/helpers.txt")) {
            AdminUnit commune = commune(units, "Thọ Xuân", f[0]);
            LocalDate from = LocalDate.of(2024, 1, 1);
            LocalDate to = LocalDate.of(2024, 12, 31);
            String source = "KH giảm nghèo 2024 huyện Thọ Xuân, Phụ lục 2";
            for (String agency : f[1].split(",")) {
                helpers.assignAgency(actor, commune.id(), agency.strip(), from, to, source);
            }
            helpers.assignMember(actor, commune.id(), f[2], "Thành viên BCĐ Chương trình MTQG huyện", from, to, source);
        }
    }

    private static AdminUnit commune(List<AdminUnit> units, String district, String commune) {
        AdminUnit d = units.stream()
                .filter(u -> u.level().equals("DISTRICT") && u.name().equals(district))
                .findFirst()
                .orElseThrow();
        return units.stream()
                .filter(u -> u.level().equals("COMMUNE") && u.name().equals(commune) && d.id() == u.parentId())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("demo commune " + commune + " not found"));
    }

    private static void put(Map<String, String> map, String key, String value) {
        if (!value.isBlank()) {
            map.put(key, value);
        }
    }

    private static Integer integer(String s) {
        return s.isBlank() ? null : Integer.valueOf(s.strip());
    }

    private static List<String[]> rows(String resource) {
        List<String[]> rows = new ArrayList<>();
        try (var in = DemoTargets.class.getClassLoader().getResourceAsStream(resource);
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\\|", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
