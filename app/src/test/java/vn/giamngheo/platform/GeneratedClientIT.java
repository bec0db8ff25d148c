package vn.giamngheo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.giamngheo.IntegrationTestBase;
import vn.giamngheo.adminunit.AdminUnit;
import vn.giamngheo.adminunit.AdminUnits;
import vn.giamngheo.adminunit.TestUnits;
import vn.giamngheo.identity.Role;
import vn.giamngheo.identity.TestUsers;
import vn.giamngheo.identity.UserAccounts;

/**
 * A Java client generated from the OpenAPI document by openapi-generator (its command line, copied
 * to {@code target/tools} by the build before the integration tests, run in its own JVM), compiled
 * with javax.tools, and used against the running application: it authenticates with HTTP Basic as
 * the document declares and finds a province this test created.
 */
class GeneratedClientIT extends IntegrationTestBase {
    static final Path GENERATOR = Path.of("target", "tools", "openapi-generator-cli.jar");

    /** Uses the generated client as any program would; compiled together with it. */
    static final String CALLER = """
            package vn.giamngheo.client.caller;

            import java.nio.charset.StandardCharsets;
            import java.util.Base64;
            import java.util.List;
            import java.util.function.Function;
            import vn.giamngheo.client.ApiClient;
            import vn.giamngheo.client.api.AdministrativeUnitsApi;
            import vn.giamngheo.client.model.AdminUnitJson;

            public class Caller implements Function<List<String>, List<String>> {
                @Override
                public List<String> apply(List<String> a) {
                    ApiClient client = new ApiClient();
                    client.updateBaseUri(a.get(0));
                    String basic = Base64.getEncoder().encodeToString((a.get(1) + ":" + a.get(2)).getBytes(StandardCharsets.UTF_8));
                    client.setRequestInterceptor(request -> request.header("Authorization", "Basic " + basic));
                    try {
                        return new AdministrativeUnitsApi(client).adminUnitSearch(a.get(3), null, 10).stream()
                                .map(u -> u.getName() + "|" + u.getLevel())
                                .toList();
                    } catch (vn.giamngheo.client.ApiException e) {
                        throw new IllegalStateException(e.getCode() + " " + e.getResponseBody(), e);
                    }
                }
            }
            """;

    @LocalServerPort
    int port;

    @Autowired
    AdminUnits units;

    @Autowired
    UserAccounts users;

    @TempDir
    Path work;

    @Test
    void aClientGeneratedFromTheDocumentCompilesAndFindsAUnit() throws Exception {
        assertThat(GENERATOR)
                .as("openapi-generator-cli is copied by the build; run the test through ./mvnw verify")
                .exists();
        AdminUnit province = new TestUnits(units).aProvince();
        String officer = new TestUsers(users).a(Role.PROVINCE_OFFICER, province);
        Path spec = work.resolve("openapi.json");
        Files.writeString(spec, OpenApiContractIT.document(port), StandardCharsets.UTF_8);

        Path generated = generate(spec);
        Path classes = compile(generated);

        try (URLClassLoader loader = new URLClassLoader(
                new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            @SuppressWarnings("unchecked")
            Function<List<String>, List<String>> caller =
                    (Function<List<String>, List<String>>) loader.loadClass("vn.giamngheo.client.caller.Caller")
                            .getDeclaredConstructor()
                            .newInstance();
            List<String> found =
                    caller.apply(List.of("http://localhost:" + port, officer, TestUsers.PASSWORD, province.name()));

            assertThat(found).containsExactly(province.name() + "|PROVINCE");
        }
    }

    private Path generate(Path spec) throws IOException, InterruptedException {
        Path out = work.resolve("client");
        Process p = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-jar",
                        GENERATOR.toString(),
                        "generate",
                        "-i",
                        spec.toString(),
                        "-g",
                        "java",
                        "--library",
                        "native",
                        "-o",
                        out.toString(),
                        "--api-package",
                        "vn.giamngheo.client.api",
                        "--model-package",
                        "vn.giamngheo.client.model",
                        "--invoker-package",
                        "vn.giamngheo.client",
                        "--additional-properties",
                        "openApiNullable=false,useJakartaEe=true,annotationLibrary=none,hideGenerationTimestamp=true",
                        "--global-property",
                        "skipFormModel=false,apiTests=false,modelTests=false,apiDocs=false,modelDocs=false")
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("generator.log").toFile())
                .start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue())
                .as(() -> "openapi-generator failed (it validates the document first):\n" + log())
                .isZero();
        Path sources = out.resolve("src/main/java");
        Path callerFile = sources.resolve("vn/giamngheo/client/caller/Caller.java");
        Files.createDirectories(callerFile.getParent());
        Files.writeString(callerFile, CALLER, StandardCharsets.UTF_8);
        return sources;
    }

    private String log() {
        try {
            return Files.readString(work.resolve("generator.log"));
        } catch (IOException e) {
            return e.toString();
        }
    }

    private Path compile(Path sources) throws IOException {
        Path classes = Files.createDirectories(work.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<File> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(f -> f.toString().endsWith(".java"))
                    .map(Path::toFile)
                    .toList();
        }
        try (StandardJavaFileManager fm =
                javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            List<String> options = new ArrayList<>(
                    List.of("-nowarn", "-proc:none", "-d", classes.toString(), "-classpath", testClassPath()));
            boolean ok = javac.getTask(null, fm, diagnostics, options, null, fm.getJavaFileObjectsFromFiles(files))
                    .call();
            assertThat(ok)
                    .as(() -> "the generated client does not compile:\n"
                            + diagnostics.getDiagnostics().stream()
                                    .filter(d -> d.getKind() == javax.tools.Diagnostic.Kind.ERROR)
                                    .limit(20)
                                    .map(Object::toString)
                                    .reduce("", (x, y) -> x + y + "\n"))
                    .isTrue();
        }
        return classes;
    }

    /** The test class path as Maven gives it (surefire and failsafe set it beside a manifest-only jar). */
    static String testClassPath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }
}
