package vn.giamngheo.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextFoldingTest {
    @Test
    void accentsCaseAndSpacesDoNotMatter() {
        assertThat(TextFolding.fold("  Thọ   Xuân ")).isEqualTo("tho xuan");
        assertThat(TextFolding.fold("THỌ XUÂN")).isEqualTo("tho xuan");
    }

    @Test
    void dWithStrokeFoldsToD() {
        assertThat(TextFolding.fold("Đăk Ang")).isEqualTo("dak ang");
        assertThat(TextFolding.fold("đồng")).isEqualTo("dong");
    }

    @Test
    void likePatternsEscapeWildcards() {
        assertThat(TextFolding.likeContains("50%_x")).isEqualTo("%50\\%\\_x%");
    }
}
