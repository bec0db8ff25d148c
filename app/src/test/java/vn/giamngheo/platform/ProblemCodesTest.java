package vn.giamngheo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.giamngheo.shared.Permission;

/**
 * Every problem, refusal and step code used in the main sources is worded in both languages
 * ({@code problem.<code>} in messages_vi and messages_en), and no English sentence is handed to a
 * problem or a refusal in place of a code (decision 0103).
 */
class ProblemCodesTest {
    private static final Pattern CODE = Pattern.compile("[a-z][a-zA-Z0-9]*(\\.[a-zA-Z][a-zA-Z0-9]*)+");
    private static final Pattern SENTENCE = Pattern.compile("\\p{L}{2,}\\s+\\p{L}{2,}");

    /** Calls whose code is their first argument. */
    private static final List<String> CODE_FIRST = List.of("Message.of", "new Unreadable");

    /** Calls whose code is the last argument that is a string literal shaped like a code. */
    private static final List<String> CODE_AMONG =
            List.of("Problem.of", "InvalidInput.Problem.of", "skip", "fail", "problem", "atStep");

    /** Everything that carries a problem or a refusal to people. */
    private static final List<String> CARRIERS = List.of(
            "new InvalidInput",
            "InvalidInput.of",
            "Problem.of",
            "InvalidInput.Problem.of",
            "new Problem",
            "new InvalidInput.Problem",
            "Message.of",
            "new NotFound",
            "new NotPermitted",
            "new OutsideJurisdiction",
            "new ConcurrentEdit",
            "new LineProblem",
            "new CellProblem",
            "new Unreadable",
            "skip",
            "fail");

    @Test
    void everyCodeUsedInTheSourcesIsWordedInVietnameseAndEnglish() throws IOException {
        Set<String> codes = codesUsed();
        assertThat(codes).as("codes found in src/main").hasSizeGreaterThan(250);
        Set<String> vi = keys("i18n/messages_vi.properties");
        Set<String> en = keys("i18n/messages_en.properties");
        List<String> missing = new ArrayList<>();
        for (String code : codes) {
            if (!vi.contains("problem." + code) || !en.contains("problem." + code)) {
                missing.add(code);
            }
        }
        assertThat(missing).as("codes without problem.<code> in both bundles").isEmpty();
    }

    @Test
    void everyKindOfRecordARefusalNamesAndEveryPermissionIsWorded() throws IOException {
        Set<String> kinds = new TreeSet<>();
        Pattern named = Pattern.compile(
                "new (?:NotFound|OutsideJurisdiction|ConcurrentEdit)\\(\\s*\"(\\w+)\"|String ENTITY = \"(\\w+)\"");
        for (var file : SourceCalls.javaFiles()) {
            Matcher m = named.matcher(Files.readString(file));
            while (m.find()) {
                kinds.add(m.group(1) != null ? m.group(1) : m.group(2));
            }
        }
        assertThat(kinds).contains("Household", "AdminUnit", "Plan", "ReviewCampaign");
        Set<String> vi = keys("i18n/messages_vi.properties");
        Set<String> en = keys("i18n/messages_en.properties");
        for (String kind : kinds) {
            assertThat(vi).as("problem.entity." + kind).contains("problem.entity." + kind);
            assertThat(en).as("problem.entity." + kind).contains("problem.entity." + kind);
        }
        for (Permission p : Permission.values()) {
            assertThat(vi).contains("problem.permission." + p.name());
            assertThat(en).contains("problem.permission." + p.name());
        }
    }

    @Test
    void noEnglishSentenceIsPassedToAProblemOrARefusal() {
        List<String> sentences = new ArrayList<>();
        int calls = 0;
        for (String name : CARRIERS) {
            for (SourceCalls.Call call : SourceCalls.of(name)) {
                calls++;
                for (String arg : call.args()) {
                    for (String literal : SourceCalls.literals(arg)) {
                        if (SENTENCE.matcher(literal).find()) {
                            sentences.add(call.file() + ":" + call.line() + " \"" + literal + "\"");
                        }
                    }
                }
            }
        }
        assertThat(calls).as("calls read").isGreaterThan(400);
        assertThat(sentences).as("sentences where a message code belongs").isEmpty();
    }

    @Test
    void theReaderOfCallsFindsTheCodesOfATernaryAndSkipsTheFieldOfAProblem() {
        assertThat(codesUsed()).contains("standard.notIndicator", "standard.notIndicators", "household.negative");
        assertThat(codesUsed()).doesNotContain("dwelling.livingAreaM2");
    }

    private static Set<String> codesUsed() {
        Set<String> codes = new TreeSet<>();
        for (String name : CODE_FIRST) {
            for (SourceCalls.Call call : SourceCalls.of(name)) {
                if (!call.args().isEmpty()) {
                    SourceCalls.literals(call.args().get(0)).stream()
                            .filter(l -> CODE.matcher(l).matches())
                            .forEach(codes::add);
                }
            }
        }
        for (String name : CODE_AMONG) {
            for (SourceCalls.Call call : SourceCalls.of(name)) {
                String last = null;
                for (String arg : call.args()) {
                    if (SourceCalls.isLiteral(arg)) {
                        String literal = SourceCalls.literals(arg).get(0);
                        if (CODE.matcher(literal).matches()) {
                            last = literal;
                        }
                    }
                }
                if (last != null) {
                    codes.add(last);
                }
            }
        }
        return codes;
    }

    private static Set<String> keys(String resource) throws IOException {
        Properties p = new Properties();
        try (var in = ProblemCodesTest.class.getClassLoader().getResourceAsStream(resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p.stringPropertyNames();
    }
}
