package vn.giamngheo.planning.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import vn.giamngheo.shared.InvalidInput;

/** Plans uploaded as Word documents. */
class DocxPlanTest {

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void aDocxWithTheSameTextAsASeedGivesTheSameExtraction(String seed) {
        PlanExtraction fromText = Seeds.extraction(seed);
        byte[] docx = Docx.of(PlanDocuments.read("seed.txt", Seeds.bytes(seed)));

        PlanExtraction fromDocx = Seeds.extract("seed.docx", docx);

        // Warnings that cite a line differ: a .docx has no blank lines between paragraphs.
        assertThat(withoutLines(fromDocx)).isEqualTo(withoutLines(fromText));
        assertThat(fromDocx.tasks()).isEqualTo(fromText.tasks());
    }

    @Test
    void aFileThatIsNotADocxIsAnsweredWithAClearError() {
        byte[] broken = "PK\u0003\u0004 this is not a zip archive".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> PlanDocuments.read("ke-hoach.docx", broken))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).problems())
                        .singleElement()
                        .satisfies(p -> {
                            assertThat(p.field()).isEqualTo("file");
                            assertThat(p.code()).isEqualTo("file.notDocx");
                        }));
        assertThatThrownBy(() -> PlanDocuments.read("ke-hoach.docx", "plain text".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("file.notDocx");
    }

    @Test
    void anEmptyDocxIsAnsweredWithAClearError() throws IOException {
        byte[] empty;
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph();
            doc.createParagraph().createRun().setText("   ");
            empty = Docx.bytes(doc);
        }
        assertThatThrownBy(() -> PlanDocuments.read("ke-hoach.docx", empty))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("file.documentEmpty");
        assertThatThrownBy(() -> PlanDocuments.read("ke-hoach.docx", new byte[0]))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("file.documentEmpty");
    }

    @Test
    void anEmptyOrNonUtf8TextIsAnsweredWithAClearError() {
        assertThatThrownBy(() -> PlanDocuments.text(" \n\n ".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("file.documentEmpty");
        // "Kê hoạch" in Latin-1, as an old editor might save it: not UTF-8.
        assertThatThrownBy(() -> PlanDocuments.text("Kê hoạch".getBytes(StandardCharsets.ISO_8859_1)))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("file.notUtf8");
        assertThatThrownBy(() -> PlanDocuments.read("ke-hoach.doc", new byte[] {1, 2, 3}))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("file.planFormat");
    }

    @Test
    void theHeaderLaidOutInATwoColumnTableGivesIssuerNumberAndDate() throws IOException {
        byte[] docx;
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFTable header = doc.createTable(1, 2);
            cell(header.getRow(0).getCell(0), "ỦY BAN NHÂN DÂN", "HUYỆN NGỌC HỒI", "Số: 252 /KH-UBND");
            cell(
                    header.getRow(0).getCell(1),
                    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "Độc lập - Tự do - Hạnh phúc",
                    "Ngọc Hồi, ngày 19 tháng 02 năm 2020");
            doc.createParagraph().createRun().setText("KẾ HOẠCH");
            doc.createParagraph().createRun().setText("Triển khai thực hiện Đề án giảm nghèo bền vững năm 2020");
            doc.createParagraph().createRun().setText("I. NỘI DUNG");
            doc.createParagraph().createRun().setText("1. Phòng Dân tộc chủ trì triển khai thực hiện thường xuyên.");
            docx = Docx.bytes(doc);
        }
        PlanExtraction plan = Seeds.extract("ke-hoach.docx", docx);
        assertThat(plan.issuer()).isEqualTo("ỦY BAN NHÂN DÂN HUYỆN NGỌC HỒI");
        assertThat(plan.number()).isEqualTo("252/KH-UBND");
        assertThat(plan.date()).isEqualTo("2020-02-19");
        assertThat(plan.title()).isEqualTo("KẾ HOẠCH Triển khai thực hiện Đề án giảm nghèo bền vững năm 2020");
        assertThat(plan.tasks())
                .singleElement()
                .satisfies(t -> assertThat(t.lead()).containsExactly("Phòng Dân tộc"));
    }

    @Test
    void tasksNumberedByWordsOwnListNumberingKeepTheirNumbers() throws IOException {
        byte[] docx;
        try (XWPFDocument doc = new XWPFDocument()) {
            BigInteger list = decimalList(doc);
            doc.createParagraph().createRun().setText("II. NHIỆM VỤ");
            for (String text : List.of(
                    "Phòng Tư pháp chủ trì triển khai thực hiện thường xuyên.",
                    "Phòng Nội vụ chủ trì triển khai thực hiện trong tháng 6 hàng năm.")) {
                XWPFParagraph p = doc.createParagraph();
                p.setNumID(list);
                p.setNumILvl(BigInteger.ZERO);
                p.createRun().setText(text);
            }
            docx = Docx.bytes(doc);
        }
        PlanExtraction plan = Seeds.extract("ke-hoach.docx", docx);
        assertThat(plan.tasks())
                .extracting(ExtractedTask::number, ExtractedTask::lead)
                .containsExactly(
                        org.assertj.core.api.Assertions.tuple("1", List.of("Phòng Tư pháp")),
                        org.assertj.core.api.Assertions.tuple("2", List.of("Phòng Nội vụ")));
    }

    private static void cell(XWPFTableCell cell, String... paragraphs) {
        cell.setText(paragraphs[0]);
        for (int i = 1; i < paragraphs.length; i++) {
            cell.addParagraph().createRun().setText(paragraphs[i]);
        }
    }

    private static BigInteger decimalList(XWPFDocument doc) {
        CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
        abstractNum.setAbstractNumId(BigInteger.ZERO);
        CTLvl level = abstractNum.addNewLvl();
        level.setIlvl(BigInteger.ZERO);
        level.addNewNumFmt().setVal(STNumberFormat.DECIMAL);
        level.addNewLvlText().setVal("%1.");
        level.addNewStart().setVal(BigInteger.ONE);
        XWPFNumbering numbering = doc.createNumbering();
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum));
        return numbering.addNum(abstractId);
    }

    /** The extraction with "line N: " taken out of its warnings. */
    private static PlanExtraction withoutLines(PlanExtraction e) {
        return new PlanExtraction(
                e.number(),
                e.symbol(),
                e.date(),
                e.place(),
                e.issuer(),
                e.title(),
                e.implemented(),
                e.purposes(),
                e.targets(),
                e.funding(),
                e.tasks(),
                e.organisation(),
                e.reportingDuties(),
                e.targetRows(),
                e.helperRows(),
                e.distribution(),
                e.unmatched(),
                e.warnings().stream()
                        .map(w -> w.replaceFirst("^line \\d+: ", ""))
                        .toList());
    }
}
