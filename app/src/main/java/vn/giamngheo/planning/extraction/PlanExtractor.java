package vn.giamngheo.planning.extraction;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import vn.giamngheo.shared.InvalidInput;
import vn.giamngheo.shared.Message;

/**
 * Reads a plan's text into a {@link PlanExtraction}: header, tasks, reporting duties, appendix
 * tables, distribution list. Plans assign work in one of two ways, and the extractor follows the
 * plan: either each content item carries its own assignment (seeds 000, 001, 004: "Phân công thực
 * hiện: …", a unit heading, "X chủ trì"), and then "TỔ CHỨC THỰC HIỆN" holds general provisions,
 * returned as {@code organisation}; or the content items are activities without assignees and
 * "TỔ CHỨC THỰC HIỆN" assigns the duties unit by unit (seeds 002, 003), and then its items are
 * tasks too.
 */
public final class PlanExtractor {
    private final AgencyResolver resolver;

    public PlanExtractor(AgencyResolver resolver) {
        this.resolver = resolver;
    }

    /** The extraction of a document read by {@link PlanDocuments}. */
    public PlanExtraction extract(PlanText text) {
        List<Paragraph> paragraphs = Paragraphs.of(text.lines());
        if (paragraphs.isEmpty()) {
            throw InvalidInput.of("file", Message.of("file.documentEmpty"));
        }
        Outline outline = Outline.of(paragraphs);
        HeaderParser.Header header = HeaderParser.read(outline.preamble(), outline.tail());
        TaskReader reader = new TaskReader(resolver);
        ReportingDuties reports = new ReportingDuties(reader);

        List<TaskReader.Read> content = new ArrayList<>();
        List<TaskReader.Read> organisation = new ArrayList<>();
        List<ReportingDuty> duties = new ArrayList<>();
        List<String> purposes = new ArrayList<>();
        List<String> targets = new ArrayList<>();
        List<String> funding = new ArrayList<>();
        for (Outline.Section section : outline.sections()) {
            Consumer<String> sink = switch (section.kind()) {
                case PURPOSES -> purposes::add;
                case TARGETS -> targets::add;
                case FUNDING -> funding::add;
                default -> s -> {};
            };
            section.intro().forEach(p -> {
                sink.accept(p.text());
                duties.addAll(reports.read(section.label(), null, p.text(), List.of()));
            });
            walk(section.items(), item -> {
                item.paragraphs().forEach(p -> sink.accept((p == item.title ? item.number + ". " : "") + p.text()));
                TaskReader.Read read = item.children.isEmpty() ? reader.read(section, item) : null;
                if (read != null && section.kind() == SectionKind.CONTENT) {
                    content.add(read);
                } else if (read != null && section.kind() == SectionKind.ORGANISATION) {
                    organisation.add(read);
                }
                List<AssignedUnit> assignees = read != null
                        ? read.task().units().stream()
                                .filter(u -> u.role() == UnitRole.LEAD)
                                .toList()
                        : TaskReader.inheritedLeadsOf(item).stream()
                                .map(reader::resolve)
                                .toList();
                for (Paragraph p : item.paragraphs()) {
                    duties.addAll(reports.read(section.label(), item.number, p.text(), assignees));
                }
            });
        }
        outline.closing().forEach(p -> duties.addAll(reports.read(null, null, p.text(), List.of())));
        if (targets.isEmpty()) {
            // Plans without a "MỤC TIÊU" part state their targets as "Phấn đấu …" under their purposes.
            purposes.stream()
                    .filter(p -> FoldedText.fold(p).contains("phan dau"))
                    .forEach(targets::add);
        }

        boolean contentAssigns = content.stream().anyMatch(TaskReader.Read::explicit);
        List<ExtractedTask> tasks =
                new ArrayList<>(content.stream().map(TaskReader.Read::task).toList());
        List<ExtractedTask> provisions = new ArrayList<>();
        (contentAssigns ? provisions : tasks)
                .addAll(organisation.stream().map(TaskReader.Read::task).toList());

        AppendixTables.Tables tables = AppendixTables.read(paragraphs);
        List<String> warnings = new ArrayList<>(header.warnings());
        warnings.addAll(outline.warnings());
        warnings.addAll(tables.warnings());
        if (tasks.isEmpty()) {
            warnings.add(PlanWarning.of(PlanWarning.Kind.NO_TASKS).text());
        }
        Set<String> unmatched = new LinkedHashSet<>();
        tasks.forEach(t -> unmatched.addAll(t.unmatched()));
        provisions.forEach(t -> unmatched.addAll(t.unmatched()));
        return new PlanExtraction(
                header.number(),
                header.symbol(),
                header.date(),
                header.place(),
                header.issuer(),
                header.title(),
                header.implemented(),
                purposes,
                targets,
                funding,
                tasks,
                provisions,
                duties,
                tables.targets(),
                tables.helpers(),
                distribution(outline.tail()),
                List.copyOf(unmatched),
                warnings);
    }

    private static void walk(List<Outline.Item> items, Consumer<Outline.Item> visit) {
        for (Outline.Item item : items) {
            visit.accept(item);
            walk(item.children, visit);
        }
    }

    /** The "- …;" lines after "Nơi nhận:", without bullet and closing punctuation. */
    private static List<String> distribution(List<Paragraph> tail) {
        List<String> out = new ArrayList<>();
        boolean inList = false;
        for (Paragraph p : tail) {
            String text = p.text().strip();
            if (FoldedText.fold(text).startsWith("noi nhan")) {
                inList = true;
                continue;
            }
            if (!inList) {
                continue;
            }
            if (!(text.startsWith("-") || text.startsWith("+") || text.startsWith("•"))) {
                break;
            }
            String entry = text.substring(1).strip();
            while (!entry.isEmpty() && ";,.".indexOf(entry.charAt(entry.length() - 1)) >= 0) {
                entry = entry.substring(0, entry.length() - 1).strip();
            }
            if (!entry.isEmpty()) {
                out.add(entry);
            }
        }
        return out;
    }
}
