package vn.giamngheo.funding;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for programs, components, contents, groups, reference values and norms (reference data, not personal). */
@Repository
class CatalogueStore {
    private final JdbcClient jdbc;

    CatalogueStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final String PROGRAM = "SELECT p.id, p.code, p.name, p.valid_from, p.valid_to, p.runoff_to,"
            + " p.legal_source, p.confidence, p.note, p.version,"
            + " (SELECT string_agg(s.source, ',' ORDER BY s.source) FROM funding_program_source s"
            + " WHERE s.program_id = p.id) AS sources FROM funding_program p";

    List<Program> programs() {
        return jdbc.sql(PROGRAM + " ORDER BY p.valid_from, p.code")
                .query(CatalogueStore::program)
                .list();
    }

    Optional<Program> program(long id) {
        return jdbc.sql(PROGRAM + " WHERE p.id = :id")
                .param("id", id)
                .query(CatalogueStore::program)
                .optional();
    }

    Optional<Program> programByCode(String code) {
        return jdbc.sql(PROGRAM + " WHERE p.code = :c")
                .param("c", code)
                .query(CatalogueStore::program)
                .optional();
    }

    private static Program program(ResultSet rs, int n) throws SQLException {
        String sources = rs.getString("sources");
        return new Program(
                rs.getLong("id"),
                rs.getString("code"),
                rs.getString("name"),
                date(rs, "valid_from"),
                date(rs, "valid_to"),
                date(rs, "runoff_to"),
                rs.getString("legal_source"),
                rs.getString("confidence"),
                rs.getString("note"),
                sources == null
                        ? List.of()
                        : Arrays.stream(sources.split(","))
                                .map(FundingSource::valueOf)
                                .toList(),
                rs.getInt("version"));
    }

    long insertProgram(
            String code,
            String name,
            LocalDate from,
            LocalDate to,
            LocalDate runoff,
            String source,
            String confidence,
            String note,
            Instant now,
            String by) {
        return jdbc.sql("INSERT INTO funding_program (code, name, valid_from, valid_to, runoff_to, legal_source,"
                        + " confidence, note, created_at, created_by, changed_at, changed_by) VALUES (:code, :name,"
                        + " :from, :to, :runoff, :src, :conf, :note, :now, :by, :now, :by) RETURNING id")
                .param("code", code)
                .param("name", name)
                .param("from", from)
                .param("to", to)
                .param("runoff", runoff)
                .param("src", source)
                .param("conf", confidence)
                .param("note", note)
                .param("now", Timestamp.from(now))
                .param("by", by)
                .query(Long.class)
                .single();
    }

    void setSources(long programId, List<FundingSource> sources) {
        jdbc.sql("DELETE FROM funding_program_source WHERE program_id = :p")
                .param("p", programId)
                .update();
        for (FundingSource s : sources) {
            jdbc.sql("INSERT INTO funding_program_source (program_id, source) VALUES (:p, :s)")
                    .param("p", programId)
                    .param("s", s.name())
                    .update();
        }
    }

    boolean touchProgram(long id, int expectedVersion, Instant now, String by) {
        return jdbc.sql("UPDATE funding_program SET version = version + 1, changed_at = :now, changed_by = :by"
                                + " WHERE id = :id AND version = :v")
                        .param("id", id)
                        .param("v", expectedVersion)
                        .param("now", Timestamp.from(now))
                        .param("by", by)
                        .update()
                == 1;
    }

    private static final String COMPONENT =
            "SELECT id, program_id, parent_id, code, name, ord, legal_source, confidence FROM funding_component";

    List<Component> components(long programId) {
        return jdbc.sql(COMPONENT + " WHERE program_id = :p ORDER BY ord, code")
                .param("p", programId)
                .query(CatalogueStore::component)
                .list();
    }

    List<Component> allComponents() {
        return jdbc.sql(COMPONENT + " ORDER BY program_id, ord, code")
                .query(CatalogueStore::component)
                .list();
    }

    Optional<Component> component(long id) {
        return jdbc.sql(COMPONENT + " WHERE id = :id")
                .param("id", id)
                .query(CatalogueStore::component)
                .optional();
    }

    Optional<Component> componentByCode(long programId, String code) {
        return jdbc.sql(COMPONENT + " WHERE program_id = :p AND code = :c")
                .param("p", programId)
                .param("c", code)
                .query(CatalogueStore::component)
                .optional();
    }

    boolean hasChildren(long componentId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM funding_component WHERE parent_id = :id)")
                .param("id", componentId)
                .query(Boolean.class)
                .single();
    }

    private static Component component(ResultSet rs, int n) throws SQLException {
        return new Component(
                rs.getLong("id"),
                rs.getLong("program_id"),
                (Long) rs.getObject("parent_id"),
                rs.getString("code"),
                rs.getString("name"),
                rs.getInt("ord"),
                rs.getString("legal_source"),
                rs.getString("confidence"));
    }

    long insertComponent(
            long programId, Long parentId, String code, String name, int order, String source, Instant now, String by) {
        return jdbc.sql("INSERT INTO funding_component (program_id, parent_id, code, name, ord, legal_source,"
                        + " confidence, created_at, created_by) VALUES (:p, :parent, :code, :name, :ord, :src, 'USER',"
                        + " :now, :by) RETURNING id")
                .param("p", programId)
                .param("parent", parentId)
                .param("code", code)
                .param("name", name)
                .param("ord", order)
                .param("src", source)
                .param("now", Timestamp.from(now))
                .param("by", by)
                .query(Long.class)
                .single();
    }

    List<ContentGroup> groups() {
        return jdbc.sql("SELECT id, code, name FROM funding_content_group ORDER BY name")
                .query((rs, n) -> new ContentGroup(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    private static final String CONTENT = "SELECT c.id, c.code, c.name, c.group_id, g.code AS gcode, g.name AS gname,"
            + " c.component_id, c.tranches, c.valid_from, c.valid_to, c.legal_source, c.confidence"
            + " FROM funding_content c JOIN funding_content_group g ON g.id = c.group_id";

    List<SupportContent> contents() {
        return jdbc.sql(CONTENT + " ORDER BY c.component_id NULLS LAST, c.name")
                .query(CatalogueStore::content)
                .list();
    }

    Optional<SupportContent> content(long id) {
        return jdbc.sql(CONTENT + " WHERE c.id = :id")
                .param("id", id)
                .query(CatalogueStore::content)
                .optional();
    }

    private static SupportContent content(ResultSet rs, int n) throws SQLException {
        String tranches = rs.getString("tranches");
        return new SupportContent(
                rs.getLong("id"),
                rs.getString("code"),
                rs.getString("name"),
                rs.getLong("group_id"),
                rs.getString("gcode"),
                rs.getString("gname"),
                (Long) rs.getObject("component_id"),
                tranches == null
                        ? List.of()
                        : Arrays.stream(tranches.split(";"))
                                .map(String::trim)
                                .map(Integer::valueOf)
                                .toList(),
                date(rs, "valid_from"),
                date(rs, "valid_to"),
                rs.getString("legal_source"),
                rs.getString("confidence"));
    }

    List<ReferenceValue> referenceValues() {
        return jdbc.sql("SELECT id, code, name, unit, value, valid_from, valid_to, legal_source, confidence"
                        + " FROM funding_reference_value ORDER BY code, valid_from")
                .query((rs, n) -> new ReferenceValue(
                        rs.getLong("id"),
                        rs.getString("code"),
                        rs.getString("name"),
                        rs.getString("unit"),
                        rs.getBigDecimal("value"),
                        date(rs, "valid_from"),
                        date(rs, "valid_to"),
                        rs.getString("legal_source"),
                        rs.getString("confidence")))
                .list();
    }

    void insertReferenceValue(ReferenceValue v, Instant now, String by) {
        jdbc.sql("INSERT INTO funding_reference_value (code, name, unit, value, valid_from, valid_to, legal_source,"
                        + " confidence, created_at, created_by) VALUES (:code, :name, :unit, :value, :from, :to, :src,"
                        + " :conf, :now, :by)")
                .param("code", v.code())
                .param("name", v.name())
                .param("unit", v.unit())
                .param("value", v.value())
                .param("from", v.validFrom())
                .param("to", v.validTo())
                .param("src", v.legalSource())
                .param("conf", v.confidence())
                .param("now", Timestamp.from(now))
                .param("by", by)
                .update();
    }

    private static final String NORM = "SELECT id, content_id, beneficiary, basis, level, unit_id, measure, amount,"
            + " formula, valid_from, valid_to, legal_source, confidence, note, supersedes_id, superseded FROM funding_norm";

    List<Norm> norms() {
        return jdbc.sql(NORM + " ORDER BY content_id, beneficiary, basis, measure, level, valid_from")
                .query(CatalogueStore::norm)
                .list();
    }

    List<Norm> norms(long contentId) {
        return jdbc.sql(NORM + " WHERE content_id = :c ORDER BY valid_from")
                .param("c", contentId)
                .query(CatalogueStore::norm)
                .list();
    }

    Optional<Norm> norm(long id) {
        return jdbc.sql(NORM + " WHERE id = :id")
                .param("id", id)
                .query(CatalogueStore::norm)
                .optional();
    }

    private static Norm norm(ResultSet rs, int n) throws SQLException {
        return new Norm(
                rs.getLong("id"),
                rs.getLong("content_id"),
                rs.getString("beneficiary"),
                rs.getString("basis"),
                rs.getString("level"),
                (Long) rs.getObject("unit_id"),
                rs.getString("measure"),
                (Long) rs.getObject("amount"),
                rs.getString("formula"),
                date(rs, "valid_from"),
                date(rs, "valid_to"),
                rs.getString("legal_source"),
                rs.getString("confidence"),
                rs.getString("note"),
                (Long) rs.getObject("supersedes_id"),
                rs.getBoolean("superseded"));
    }

    long insertNorm(Norm n, Instant now, String by) {
        return jdbc.sql("INSERT INTO funding_norm (content_id, beneficiary, basis, level, unit_id, measure, amount,"
                        + " formula, valid_from, valid_to, legal_source, confidence, note, supersedes_id, created_at,"
                        + " created_by) VALUES (:content, :ben, :basis, :level, :unit, :measure, :amount, :formula,"
                        + " :from, :to, :src, :conf, :note, :sup, :now, :by) RETURNING id")
                .param("content", n.contentId())
                .param("ben", n.beneficiary())
                .param("basis", n.basis())
                .param("level", n.level())
                .param("unit", n.unitId())
                .param("measure", n.measure())
                .param("amount", n.amount())
                .param("formula", n.formula())
                .param("from", n.validFrom())
                .param("to", n.validTo())
                .param("src", n.legalSource())
                .param("conf", n.confidence())
                .param("note", n.note())
                .param("sup", n.supersedesId())
                .param("now", Timestamp.from(now))
                .param("by", by)
                .query(Long.class)
                .single();
    }

    /** Marks a norm superseded; false when someone superseded it first. */
    boolean supersede(long id) {
        return jdbc.sql("UPDATE funding_norm SET superseded = true WHERE id = :id AND NOT superseded")
                        .param("id", id)
                        .update()
                == 1;
    }

    Optional<java.math.BigDecimal> counterpartRatio(long programId, int year) {
        return jdbc.sql("SELECT percent FROM funding_counterpart_ratio WHERE program_id = :p AND year = :y")
                .param("p", programId)
                .param("y", year)
                .query(java.math.BigDecimal.class)
                .optional();
    }

    void setCounterpartRatio(long programId, int year, java.math.BigDecimal percent, String source) {
        jdbc.sql("INSERT INTO funding_counterpart_ratio (program_id, year, percent, legal_source, confidence)"
                        + " VALUES (:p, :y, :pct, :src, 'USER') ON CONFLICT (program_id, year) DO UPDATE"
                        + " SET percent = EXCLUDED.percent, legal_source = EXCLUDED.legal_source")
                .param("p", programId)
                .param("y", year)
                .param("pct", percent)
                .param("src", source)
                .update();
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
