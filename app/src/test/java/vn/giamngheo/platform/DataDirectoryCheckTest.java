package vn.giamngheo.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryCheckTest {
    @TempDir
    Path tmp;

    @Test
    void aFileWhereTheFolderShouldBeIsRefusedWithOneClearMessage() throws IOException {
        Path file = Files.writeString(tmp.resolve("data"), "x");
        assertThatThrownBy(() -> DataDirectoryCheck.requireUsable(file, file.resolve("postgres")))
                .isInstanceOf(StartupProblem.class)
                .hasMessageContaining("unusable data folder")
                .hasMessageContaining("not a folder");
    }

    @Test
    void aFolderHoldingSomethingElseThanADatabaseIsRefused() throws IOException {
        Path data = tmp.resolve("data");
        Files.createDirectories(data.resolve("postgres"));
        Files.writeString(data.resolve("postgres").resolve("notes.txt"), "mine");
        assertThatThrownBy(() -> DataDirectoryCheck.requireUsable(data, data.resolve("postgres")))
                .isInstanceOf(StartupProblem.class)
                .hasMessageContaining("not a PostgreSQL database");
    }

    @Test
    void aNewFolderIsCreated() {
        Path data = tmp.resolve("new").resolve("data");
        assertThatCode(() -> DataDirectoryCheck.requireUsable(data, data.resolve("postgres")))
                .doesNotThrowAnyException();
        assertThat(data.resolve("postgres")).isDirectory();
    }

    @Test
    void aBusyPortStopsTheStartWithOneClearMessage() throws IOException {
        try (ServerSocket taken = new ServerSocket(0)) {
            assertThatThrownBy(() -> DatabaseModeListener.requireFreePort(taken.getLocalPort(), null))
                    .isInstanceOf(StartupProblem.class)
                    .hasMessageContaining("already in use");
        }
    }
}
