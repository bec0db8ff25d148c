package vn.giamngheo.adminunit;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.giamngheo.shared.Actor;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.shared.Message;

/**
 * The communes the 2025 reform split between several new communes (succession-2025-splits.csv):
 * the official data says which new communes received a part, not which villages went where, so
 * their villages — and the households in them — stay under the old commune until an official
 * assigns each village to one of the successors. Listing what still waits, and assigning.
 */
@Service
public class SplitCommunes {
    private final JdbcClient jdbc;
    private final AdminUnits units;

    SplitCommunes(JdbcClient jdbc, AdminUnits units) {
        this.jdbc = jdbc;
        this.units = units;
    }

    /** One successor of a split commune, with the official note on what part it received. */
    public record Part(long unitId, String name, String note) {}

    /** A split commune whose villages are not all assigned yet. */
    public record Waiting(AdminUnit commune, List<Part> successors, List<AdminUnit> villages) {}

    /** The split communes inside the actor's jurisdiction whose villages still wait. */
    public List<Waiting> waiting(Actor actor) {
        List<Waiting> result = new ArrayList<>();
        List<Long> communes = jdbc.sql("""
                SELECT DISTINCT s.predecessor_id FROM admin_unit_succession s
                JOIN admin_unit c ON c.id = s.predecessor_id
                WHERE s.kind = 'SPLIT' AND c.valid_to IS NOT NULL
                  AND EXISTS (SELECT 1 FROM admin_unit v WHERE v.parent_id = c.id AND v.valid_to IS NULL)
                ORDER BY 1
                """).query(Long.class).list();
        for (long id : communes) {
            AdminUnit commune = units.get(id);
            List<Part> parts = parts(id);
            boolean visible = actor.jurisdiction().covers(commune.path())
                    || parts.stream()
                            .anyMatch(p -> actor.jurisdiction()
                                    .covers(units.get(p.unitId()).path()));
            if (visible) {
                result.add(new Waiting(
                        commune,
                        parts,
                        units.children(id).stream().filter(v -> !v.retired()).toList()));
            }
        }
        return result;
    }

    /**
     * Moves a village of a split commune (with its households) to the successor the commune
     * official names; only a successor the official succession gives that commune is accepted.
     */
    @Transactional
    public AdminUnit assign(Actor actor, long villageId, long successorId) {
        AdminUnit village = units.get(villageId);
        boolean allowed = village.parentId() != null
                && parts(village.parentId()).stream().anyMatch(p -> p.unitId() == successorId);
        if (!allowed || village.retired()) {
            throw InvalidInput.of(
                    "successorId", Message.of("adminunit.notASuccessor", village.fullName(), successorId));
        }
        AdminUnit moved = units.move(actor, villageId, successorId, ReformImport.EFFECTIVE, ReformImport.LEGAL_BASIS);
        // the part's households now count in the successor's lists, no longer in the old commune's
        units.reorganised(java.util.Set.of(village.parentId(), successorId));
        return moved;
    }

    private List<Part> parts(long communeId) {
        return jdbc.sql("""
                SELECT u.id, coalesce(u.kind || ' ', '') || u.name, s.note FROM admin_unit_succession s
                JOIN admin_unit u ON u.id = s.successor_id
                WHERE s.predecessor_id = :id AND s.kind = 'SPLIT' ORDER BY u.code, u.id
                """)
                .param("id", communeId)
                .query((rs, n) -> new Part(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
    }
}
