package vn.giamngheo.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {
    @Test
    void quotedFieldsMayHoldSeparatorsQuotesAndLineBreaksAndRowsKeepTheirFirstLine() {
        String csv = "\uFEFFcode,name\n38,\"Thanh Hóa, tỉnh\"\n39,\"Nói \"\"to\"\"\nhai dòng\"\n40,x\n";
        List<CsvReader.Row> rows = new CsvReader(new StringReader(csv)).readAll();
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0).fields()).containsExactly("code", "name");
        assertThat(rows.get(1).get(1)).isEqualTo("Thanh Hóa, tỉnh");
        assertThat(rows.get(2).get(1)).isEqualTo("Nói \"to\"\nhai dòng");
        assertThat(rows.get(3).line()).isEqualTo(5);
    }

    @Test
    void semicolonsAreUsedWhenTheHeaderUsesThem() {
        List<CsvReader.Row> rows = new CsvReader(new StringReader("a;b\n1,5;2\n")).readAll();
        assertThat(rows.get(1).fields()).containsExactly("1,5", "2");
    }

    @Test
    void anUnclosedQuoteNamesTheLineItStartedOn() {
        assertThatThrownBy(() -> new CsvReader(new StringReader("a,b\n1,\"open\n2,3\n")).readAll())
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("line 2");
    }
}
