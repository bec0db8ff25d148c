package vn.giamngheo.jobs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import vn.giamngheo.shared.Message;
import vn.giamngheo.shared.TextFolding;

/**
 * Matching workers and vacancies, a pure function that gives its reasons. Who comes first for a
 * vacancy: members of households poor for lack of skills (the cause the employment sub-project
 * targets, docs/domain/funding-and-support.md §C), then those looking for work, then the most skills
 * in common, then the nearest. A worker out of commuting reach is left out unless they are willing to
 * move; a worker not economically active and with no job need is left out.
 */
public final class Matching {
    private Matching() {}

    /** A worker as matching sees them. {@code priorityCause}: the household's causes include lack of skills. */
    public record Candidate(long workerId, long communeId, WorkerData data, boolean priorityCause) {}

    /** A vacancy as matching sees it. */
    public record Opening(
            long vacancyId,
            Long placeCommuneId,
            List<String> skills,
            ContractType contractType,
            LocalDate closingDate,
            boolean closed) {
        public boolean openOn(LocalDate day) {
            return !closed && !closingDate.isBefore(day);
        }
    }

    /** One ranked pair with why it ranks where it does. */
    public record Match(
            long workerId, long vacancyId, CommuteMap.Reach reach, List<String> sharedSkills, List<Message> reasons) {}

    /** Workers for a vacancy, best first; the closed vacancy has none. */
    public static List<Match> candidates(Opening vacancy, List<Candidate> workers, CommuteMap map, LocalDate today) {
        if (!vacancy.openOn(today)) {
            return List.of();
        }
        List<Scored> scored = new ArrayList<>();
        for (Candidate c : workers) {
            Scored s = score(c, vacancy, map);
            if (s != null) {
                scored.add(s);
            }
        }
        scored.sort(Comparator.comparing((Scored s) -> !s.priority)
                .thenComparing(s -> !s.unemployed)
                .thenComparing(s -> -s.match.sharedSkills().size())
                .thenComparing(s -> s.match.reach().kind())
                .thenComparing(s -> s.match.reach().km() == null
                        ? Double.MAX_VALUE
                        : s.match.reach().km())
                .thenComparing(s -> s.match.workerId()));
        return scored.stream().map(s -> s.match).toList();
    }

    /** Open vacancies for a worker, best first: skills in common, the nearest, a lasting contract, the soonest closing. */
    public static List<Match> vacancies(Candidate worker, List<Opening> openings, CommuteMap map, LocalDate today) {
        List<Scored> scored = new ArrayList<>();
        for (Opening o : openings) {
            if (!o.openOn(today)) {
                continue;
            }
            Scored s = score(worker, o, map);
            if (s != null) {
                scored.add(new Scored(s.match, s.priority, s.unemployed, o));
            }
        }
        scored.sort(Comparator.comparing((Scored s) -> -s.match.sharedSkills().size())
                .thenComparing(s -> s.match.reach().kind())
                .thenComparing(s -> s.match.reach().km() == null
                        ? Double.MAX_VALUE
                        : s.match.reach().km())
                .thenComparing(s -> s.opening.contractType() == null
                        || !s.opening.contractType().sustainable())
                .thenComparing(s -> s.opening.closingDate())
                .thenComparing(s -> s.match.vacancyId()));
        return scored.stream().map(s -> s.match).toList();
    }

    private record Scored(Match match, boolean priority, boolean unemployed, Opening opening) {
        Scored(Match match, boolean priority, boolean unemployed) {
            this(match, priority, unemployed, null);
        }
    }

    /** The pair's fit with its reasons, or null when the worker is not a candidate for it. */
    private static Scored score(Candidate c, Opening o, CommuteMap map) {
        WorkerData w = c.data();
        if (w.labourStatus() == LabourStatus.INACTIVE || !w.needsJob()) {
            return null;
        }
        CommuteMap.Reach reach = map.reach(c.communeId(), o.placeCommuneId());
        boolean moves = Boolean.TRUE.equals(w.willingMove());
        if (reach.kind() == CommuteMap.Kind.TOO_FAR && !moves) {
            return null;
        }
        if (Boolean.FALSE.equals(w.willingCommute()) && reach.kind() != CommuteMap.Kind.SAME_COMMUNE && !moves) {
            return null;
        }
        List<Message> reasons = new ArrayList<>();
        if (c.priorityCause()) {
            reasons.add(Message.of("jobs.reason.priorityCause"));
        }
        boolean unemployed = w.labourStatus() == LabourStatus.UNEMPLOYED;
        reasons.add(Message.of(unemployed ? "jobs.reason.unemployed" : "jobs.reason.wantsOtherJob"));
        List<String> shared = sharedSkills(w, o.skills());
        if (!shared.isEmpty()) {
            reasons.add(Message.of("jobs.reason.skills", String.join(", ", shared)));
        } else if (!o.skills().isEmpty()) {
            reasons.add(Message.of("jobs.reason.noSkills"));
        }
        reasons.add(
                switch (reach.kind()) {
                    case SAME_COMMUNE -> Message.of("jobs.reason.sameCommune");
                    case NEIGHBOUR -> Message.of("jobs.reason.neighbour");
                    case WITHIN_DISTANCE ->
                        Message.of(
                                "jobs.reason.withinKm",
                                km(reach.km()),
                                km(reach.limitKm().doubleValue()));
                    case TOO_FAR -> Message.of("jobs.reason.willingMove", km(reach.km()));
                    case UNKNOWN -> Message.of("jobs.reason.reachUnknown");
                });
        return new Scored(
                new Match(c.workerId(), o.vacancyId(), reach, shared, List.copyOf(reasons)),
                c.priorityCause(),
                unemployed);
    }

    /**
     * The vacancy's skills the worker has: compared without case or diacritics, a skill matching when
     * one contains the other ("may" and "may công nghiệp"); the worker's qualification field counts.
     */
    static List<String> sharedSkills(WorkerData w, List<String> wanted) {
        List<String> own = new ArrayList<>(w.skills());
        if (w.qualificationField() != null && !w.qualificationField().isBlank()) {
            own.add(w.qualificationField());
        }
        Set<String> folded = new TreeSet<>();
        own.forEach(s -> folded.add(TextFolding.fold(s).trim()));
        List<String> shared = new ArrayList<>();
        for (String skill : wanted) {
            String f = TextFolding.fold(skill).trim();
            if (!f.isEmpty() && folded.stream().anyMatch(o -> !o.isEmpty() && (o.contains(f) || f.contains(o)))) {
                shared.add(skill);
            }
        }
        return shared;
    }

    private static String km(double km) {
        return km == Math.rint(km)
                ? String.valueOf((long) km)
                : String.valueOf(km).replace('.', ',');
    }
}
