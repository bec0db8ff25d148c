package vn.giamngheo.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import org.springframework.stereotype.Component;

/**
 * Dates and times as Vietnamese officials write them (dd/MM/yyyy, 24-hour time) in Vietnam time,
 * for templates: {@code ${@dates.day(d)}}, {@code ${@dates.time(instant)}}, {@code
 * ${@dates.text('2022-05')}} for the partial dates plans carry, {@code ${@dates.period(from, to)}}
 * for a period of years ("2024" rather than "2024–2024").
 */
@Component("dates")
public class VietnameseDates {
    /** Vietnam has one time zone and no daylight saving time. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");
    private final Clock clock;

    VietnameseDates(Clock clock) {
        this.clock = clock;
    }

    /** The current year in Vietnam (ages from years of birth). */
    public int thisYear() {
        return LocalDate.now(clock.withZone(VIETNAM)).getYear();
    }

    public String day(TemporalAccessor d) {
        if (d == null) {
            return "";
        }
        if (d instanceof Instant i) {
            return DAY.format(i.atZone(VIETNAM));
        }
        return DAY.format(d);
    }

    public String time(Instant at) {
        return at == null ? "" : TIME.format(at.atZone(VIETNAM));
    }

    /** An ISO date as precise as it is given: 2020-02-19 → 19/02/2020, 2022-05 → 05/2022, 2022 → 2022. */
    public String text(String iso) {
        if (iso == null || iso.isBlank()) {
            return "";
        }
        String s = iso.trim();
        if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return DAY.format(LocalDate.parse(s));
        }
        if (s.matches("\\d{4}-\\d{2}")) {
            return s.substring(5) + "/" + s.substring(0, 4);
        }
        return s;
    }

    public String period(Integer from, Integer to) {
        if (from == null && to == null) {
            return "";
        }
        if (from != null && from.equals(to)) {
            return from.toString();
        }
        return (from == null ? "…" : from.toString()) + "–" + (to == null ? "…" : to.toString());
    }
}
