package vn.giamngheo.review;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.audit.AuditLog;
import vn.giamngheo.household.HouseholdBulk;
import vn.giamngheo.shared.Actor;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.shared.InvalidInput.Problem;
import vn.giamngheo.shared.Message;
import vn.giamngheo.shared.NotFound;
import vn.giamngheo.shared.Permission;
import vn.giamngheo.shared.TextFolding;
import vn.giamngheo.standard.Classification;
import vn.giamngheo.standard.ExchangeFormat;
import vn.giamngheo.standard.Explanation;
import vn.giamngheo.standard.HouseholdInput;
import vn.giamngheo.standard.PovertyStandard;
import vn.giamngheo.standard.PovertyStandards;

/**
 * Bulk import of households into a campaign. The file is streamed once: each household is read
 * strictly, classified under the campaign's standard and copied into a temporary staging table
 * with PostgreSQL COPY; then the database checks run set-based; only when no row is wrong are the
 * new households registered and the campaign's rows inserted or updated by household code, all in
 * one transaction — a failure, a refusal or a killed process leaves nothing stored. Every error is
 * listed with its row, field and reason. Progress is committed apart, in the import job.
 */
@Service
public class ReviewImport {
    /**
     * Longest household code: not fixed by the exchange format; long enough for a code made of the
     * unit codes down to the village and a number (the generator's reach 53 characters).
     */
    static final int MAX_CODE = 100;

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ReviewImport.class);
    static final String STAGE = "review_stage";
    private static final int PROGRESS_EVERY = 5000;
    private final Reviews reviews;
    private final PovertyStandards standards;
    private final AdminUnits units;
    private final HouseholdBulk registry;
    private final ImportJobStore jobs;
    private final AuditLog audit;
    private final Clock clock;
    private final DataSource dataSource;
    private final TransactionTemplate transaction;
    private final ImportStore store;
    private final ImportOwner owner;
    private final java.util.concurrent.ExecutorService background =
            java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "review-import");
                t.setDaemon(true);
                return t;
            });

    ReviewImport(
            Reviews reviews,
            PovertyStandards standards,
            AdminUnits units,
            HouseholdBulk registry,
            ImportJobStore jobs,
            AuditLog audit,
            Clock clock,
            DataSource dataSource,
            PlatformTransactionManager transactions,
            ImportStore store,
            ImportOwner owner) {
        this.reviews = reviews;
        this.standards = standards;
        this.units = units;
        this.registry = registry;
        this.jobs = jobs;
        this.audit = audit;
        this.clock = clock;
        this.dataSource = dataSource;
        this.transaction = new TransactionTemplate(transactions);
        this.store = store;
        this.owner = owner;
    }

    /** {@code villageId}: the village of the file's new households when the file names none. */
    public record Options(boolean dryRun, Long villageId) {}

    /** What an import did (or, in a dry run, would do). */
    public record Result(
            long jobId,
            boolean dryRun,
            int households,
            int newHouseholds,
            int added,
            int changed,
            int unchanged,
            Map<String, Integer> byClass) {

        Map<String, Object> summary() {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("households", households);
            s.put("newHouseholds", newHouseholds);
            s.put("added", added);
            s.put("changed", changed);
            s.put("unchanged", unchanged);
            s.put("byClass", byClass);
            return s;
        }
    }

    /** Imports now; refused with every error as {@link InvalidInput}. */
    public Result run(Actor actor, long campaignId, HouseholdSource source, Options options) {
        ReviewCampaign c = checked(actor, campaignId);
        return execute(
                actor,
                c,
                jobs.start(c.id(), source.format(), options.dryRun(), actor.username(), owner.number()),
                source,
                options);
    }

    /** Starts a job for an import that another thread will {@link #execute}. */
    long startJob(Actor actor, long campaignId, String format, boolean dryRun) {
        ReviewCampaign c = checked(actor, campaignId);
        return jobs.start(c.id(), format, dryRun, actor.username(), owner.number());
    }

    Result execute(Actor actor, long campaignId, long job, HouseholdSource source, Options options) {
        ReviewCampaign c;
        try {
            c = checked(actor, campaignId);
        } catch (InvalidInput e) {
            jobs.fail(job, e.problems());
            throw e;
        } catch (RuntimeException e) {
            jobs.fail(job, List.of(Problem.of("", "review.import.failed")));
            throw e;
        }
        return execute(actor, c, job, source, options);
    }

    private Result execute(Actor actor, ReviewCampaign c, long job, HouseholdSource source, Options options) {
        try (source) {
            Result r = transaction.execute(status -> {
                Result result = importInTransaction(actor, c, job, source, options);
                if (options.dryRun()) {
                    status.setRollbackOnly();
                }
                return result;
            });
            jobs.finish(job, r.households(), r.summary());
            return r;
        } catch (InvalidInput e) {
            jobs.fail(job, e.problems());
            throw e;
        } catch (RuntimeException e) {
            jobs.fail(job, List.of(Problem.of("", "review.import.failed")));
            throw e;
        }
    }

    private ReviewCampaign checked(Actor actor, long campaignId) {
        actor.require(Permission.REVIEW_EDIT);
        ReviewCampaign c = reviews.get(actor, campaignId);
        if (!c.kind().surveyOpen(c.step())) {
            throw InvalidInput.of("step", Message.of("review.import.closed", Message.of("step." + c.step())));
        }
        return c;
    }

    private Result importInTransaction(
            Actor actor, ReviewCampaign c, long job, HouseholdSource source, Options options) {
        long begun = System.nanoTime();
        PovertyStandard standard = standards.get(c.standardId(), c.standardVersion());
        AdminUnit commune = units.get(c.unitId());
        Map<String, Long> villages = store.villages(commune);
        if (options.villageId() != null && !villages.containsValue(options.villageId())) {
            throw InvalidInput.of(
                    "villageId",
                    Message.of("review.import.notVillage", String.valueOf(options.villageId()), c.communeName()));
        }
        long defaultUnit = options.villageId() == null ? commune.id() : options.villageId();
        List<Problem> problems = new ArrayList<>();
        Map<String, List<Problem>> registration = new HashMap<>();
        Map<String, Integer> firstRow = new HashMap<>();
        Map<String, Integer> byClass = new LinkedHashMap<>();
        int processed = 0;
        Connection con = DataSourceUtils.getConnection(dataSource);
        CopyWriter copy = null;
        try {
            try (Statement st = con.createStatement()) {
                st.execute("DROP TABLE IF EXISTS " + STAGE);
                st.execute("CREATE TEMP TABLE " + STAGE + " (line int, class text, deprivations text[], reasons jsonb,"
                        + " warnings jsonb, explanation jsonb, persons int, " + HouseholdBulk.STAGED_COLUMN_TYPES
                        + ") WITH (toast_tuple_target = 8160) ON COMMIT DROP");
                // kept inline and uncompressed: the statements that follow read each row's JSON several times
                st.execute("ALTER TABLE " + STAGE + " ALTER input SET STORAGE EXTERNAL");
            }
            copy = new CopyWriter(con.unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("COPY " + STAGE + " (line, class, deprivations, reasons, warnings, explanation, persons, "
                            + HouseholdBulk.STAGED_COLUMNS + ") FROM STDIN"));
            for (HouseholdSource.Row row = source.next(); row != null; row = source.next()) {
                if (++processed % PROGRESS_EVERY == 0) {
                    jobs.progress(job, "READING", processed, null);
                }
                if (!row.ok()) {
                    problems.addAll(row.problems());
                    continue;
                }
                StagedRow staged = stage(c, standard, row, villages, defaultUnit, firstRow, problems, registration);
                if (staged != null) {
                    byClass.merge(staged.classification().householdClass().name(), 1, Integer::sum);
                    Classification cl = staged.classification();
                    HouseholdBulk.StagedFacts f = staged.facts();
                    copy.number(row.row())
                            .text(cl.householdClass().name())
                            .text(ReviewHouseholdStore.textArray(
                                    cl.deprivations().codes()))
                            .text(CopyWriter.jsonArray(cl.reasonTexts()))
                            .text(CopyWriter.jsonArray(cl.warningTexts()))
                            .text(Explanation.of(cl).toJson())
                            .number(CampaignClassifier.persons(row.input()))
                            .text(staged.code())
                            .number(staged.unitId())
                            .text(row.line() != null ? row.line() : ExchangeFormat.write(row.input()))
                            .number(staged.referenceYear())
                            .text(f.headName())
                            .text(f.headSearch())
                            .bool(f.labourCapacity())
                            .bool(f.ethnicMinority())
                            .bool(f.personOfMerit())
                            .bool(f.socialProtection())
                            .bool(f.femaleHead())
                            .text(CopyWriter.textArray(f.memberSearch()))
                            .endRow();
                }
            }
            copy.finish();
            try (Statement st = con.createStatement()) {
                // statistics for the planner (a temporary table has none) and room to hash instead of
                // sorting on disk: the statements that follow join the staged rows several times
                st.execute("ANALYZE " + STAGE);
                st.execute("SET LOCAL work_mem = '64MB'");
            }
        } catch (SQLException e) {
            if (copy != null) {
                copy.cancel();
            }
            throw new IllegalStateException("staging the import failed: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            // a file that cannot be read (a malformed spreadsheet): the COPY left open would keep the
            // connection busy and the rollback waiting for ever
            if (copy != null) {
                copy.cancel();
            }
            throw e;
        }
        long staged = System.nanoTime();
        jobs.progress(job, "CHECKING", processed, processed);
        problems.addAll(store.databaseProblems(actor.jurisdiction(), c, commune, registration));
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(Problem::line));
            throw new InvalidInput(problems);
        }
        int households = firstRow.size();
        int newHouseholds = store.newHouseholds();
        if (options.dryRun()) {
            return new Result(job, true, households, newHouseholds, 0, 0, 0, byClass);
        }
        jobs.progress(job, "STORING", processed, processed);
        long checked = System.nanoTime();
        registry.registerMissing(actor, STAGE);
        long registered = System.nanoTime();
        int[] upserted = store.upsert(actor, c, clock.instant());
        log.info(
                "import job {}: {} households read and staged in {} ms, checked in {} ms, registered in {} ms,"
                        + " stored with their transitions in {} ms",
                job,
                processed,
                (staged - begun) / 1_000_000,
                (checked - staged) / 1_000_000,
                (registered - checked) / 1_000_000,
                (System.nanoTime() - registered) / 1_000_000);
        Result result = new Result(
                job,
                false,
                households,
                newHouseholds,
                upserted[0],
                upserted[1],
                households - upserted[0] - upserted[1],
                byClass);
        audit.change(actor, "IMPORT", Reviews.ENTITY, c.id(), reviews.unitRef(c), null, result.summary());
        return result;
    }

    private record StagedRow(
            String code,
            long unitId,
            int referenceYear,
            Classification classification,
            HouseholdBulk.StagedFacts facts) {}

    /** Checks one household that was read; null (with problems added) when it cannot be staged. */
    private StagedRow stage(
            ReviewCampaign c,
            PovertyStandard standard,
            HouseholdSource.Row row,
            Map<String, Long> villages,
            long defaultUnit,
            Map<String, Integer> firstRow,
            List<Problem> problems,
            Map<String, List<Problem>> registration) {
        HouseholdInput in = row.input();
        String code = in.ref().trim();
        int before = problems.size();
        if (code.isEmpty() || code.length() > MAX_CODE) {
            problems.add(Problem.of("ref", "review.import.refLength", MAX_CODE).at(row.row(), code));
        } else {
            Integer first = firstRow.putIfAbsent(code, row.row());
            if (first != null) {
                problems.add(
                        Problem.of("ref", "review.import.twice", code, first).at(row.row(), code));
            }
        }
        long unitId = defaultUnit;
        if (row.village() != null) {
            Long village = villages.get(TextFolding.fold(row.village()));
            if (village == null) {
                problems.add(Problem.of("village", "review.import.noVillage", row.village(), c.communeName())
                        .at(row.row(), code));
            } else {
                unitId = village;
            }
        }
        Classification classification = null;
        try {
            classification = CampaignClassifier.classify(c.kind(), standard, in);
        } catch (InvalidInput e) {
            e.problems().forEach(p -> problems.add(p.at(row.row(), code)));
        }
        // ages are at the review; a campaign dated ahead of today counts them from this year
        int thisYear = java.time.LocalDate.now(clock).getYear();
        int referenceYear = Math.min(c.year(), thisYear);
        var data = RegistryForm.of(in, code, unitId, referenceYear);
        List<Problem> cannotRegister = HouseholdBulk.problems(data, thisYear).stream()
                .map(p -> RegistryForm.located(row.row(), code, p))
                .toList();
        if (!cannotRegister.isEmpty()) {
            registration.put(code, cannotRegister);
        }
        if (problems.size() > before) {
            return null;
        }
        return new StagedRow(code, unitId, referenceYear, classification, HouseholdBulk.stagingFacts(data));
    }

    /** The reader for a format of a campaign: JSONL, CSV or XLSX (whose years of birth become ages at the campaign's year). */
    public HouseholdSource sourceFor(Actor actor, long campaignId, String format, java.io.InputStream in) {
        return source(format, in, reviews.get(actor, campaignId).year());
    }

    /** The reader for a format: JSONL, CSV or XLSX (ages in a spreadsheet computed at {@code referenceYear}). */
    public static HouseholdSource source(String format, java.io.InputStream in, int referenceYear) {
        if ("XLSX".equalsIgnoreCase(format)) {
            return new XlsxHouseholdSource(in, referenceYear);
        }
        return source(format, in);
    }

    /** The reader for a text format: JSONL or CSV. */
    public static HouseholdSource source(String format, java.io.InputStream in) {
        return switch (format == null ? "" : format.toUpperCase(java.util.Locale.ROOT)) {
            case "JSONL" -> new JsonLinesSource(in);
            case "CSV" ->
                new CsvHouseholdSource(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            case "XLSX" -> throw InvalidInput.of("format", Message.of("review.import.xlsxNeedsCampaign"));
            default -> throw InvalidInput.of("format", Message.of("review.import.format", String.valueOf(format)));
        };
    }

    /**
     * Imports in the background: the body is first written to a temporary file (the request ends
     * before the import does), then read from it; follow the job for progress and the outcome.
     */
    public long startAsync(Actor actor, long campaignId, java.io.InputStream body, String format, Options options) {
        source(format, java.io.InputStream.nullInputStream(), 0).close();
        java.nio.file.Path file;
        try {
            file = java.nio.file.Files.createTempFile(
                    "giamngheo-import-", "." + format.toLowerCase(java.util.Locale.ROOT));
            java.nio.file.Files.copy(body, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        long job = startJob(actor, campaignId, format.toUpperCase(java.util.Locale.ROOT), options.dryRun());
        background.submit(() -> {
            try (var in = java.nio.file.Files.newInputStream(file)) {
                execute(actor, campaignId, job, sourceFor(actor, campaignId, format, in), options);
            } catch (RuntimeException | java.io.IOException e) {
                // the job holds the errors
            } finally {
                file.toFile().delete();
            }
        });
        return job;
    }

    @jakarta.annotation.PreDestroy
    void stopBackground() {
        background.shutdownNow();
    }

    /** An import job of a campaign the actor may read. */
    public ImportJob job(Actor actor, long campaignId, long jobId) {
        reviews.get(actor, campaignId);
        return jobs.find(campaignId, jobId).orElseThrow(() -> new NotFound("ImportJob", jobId));
    }

    public List<ImportJob> jobs(Actor actor, long campaignId) {
        reviews.get(actor, campaignId);
        return jobs.list(campaignId);
    }
}
