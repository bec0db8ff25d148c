package vn.giamngheo.reporting;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.adminunit.Succession;

/**
 * The reorganisations a report's rows went through, stated under the tables (a year that spans a
 * reform shows both sides): for a unit read in today's structure, what it was formed from; for a
 * unit read as recorded, where it went. The legal basis is the one recorded with the succession.
 */
@Component
class SuccessionNotes {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private final AdminUnits units;
    private final MessageSource messages;

    SuccessionNotes(AdminUnits units, MessageSource messages) {
        this.units = units;
        this.messages = messages;
    }

    List<String> notes(AdminUnit unit, int year, Structure structure, Locale locale) {
        List<AdminUnit> shown = Stream.concat(Stream.of(unit), units.children(unit.id()).stream())
                .filter(u -> structure == Structure.CURRENT ? !u.retired() : !"VILLAGE".equals(u.level()))
                .toList();
        List<String> notes = new ArrayList<>();
        for (AdminUnit u : shown) {
            // grouped by date and legal basis: one sentence per reorganisation of the unit
            Map<String, List<String>> formedFrom = new LinkedHashMap<>();
            Map<String, List<String>> wentTo = new LinkedHashMap<>();
            for (Succession s : units.successions(u.id())) {
                // a reorganisation before the year's start changed nothing the year's figures show
                if (!concerns(s.effectiveDate(), year)) {
                    continue;
                }
                String key = s.effectiveDate().format(DAY) + "\u0000" + (s.legalBasis() == null ? "" : s.legalBasis());
                if (structure == Structure.CURRENT && s.successorId() == u.id()) {
                    formedFrom
                            .computeIfAbsent(key, k -> new ArrayList<>())
                            .add(units.get(s.predecessorId()).fullName());
                } else if (structure == Structure.RECORDED && s.predecessorId() == u.id()) {
                    wentTo.computeIfAbsent(key, k -> new ArrayList<>())
                            .add(units.get(s.successorId()).fullName());
                }
            }
            formedFrom.forEach((k, names) -> notes.add(note("report.note.formedFrom", u, k, names, locale)));
            wentTo.forEach((k, names) -> notes.add(note("report.note.wentTo", u, k, names, locale)));
        }
        return notes;
    }

    private String note(String code, AdminUnit u, String key, List<String> names, Locale locale) {
        String[] parts = key.split("\u0000", -1);
        String basis = parts[1].isEmpty() ? messages.getMessage("report.note.noBasis", null, locale) : parts[1];
        return messages.getMessage(
                code, new Object[] {u.fullName(), String.join(", ", names), parts[0], basis}, locale);
    }

    /** A reorganisation concerns a list year's report when it took effect in that year or later. */
    static boolean concerns(LocalDate effective, int year) {
        return effective.getYear() >= year;
    }
}
