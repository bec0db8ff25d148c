package vn.giamngheo.review.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.giamngheo.standard.ExchangeFields;
import vn.giamngheo.standard.ExchangeFields.Field;
import vn.giamngheo.standard.ExchangeFields.Kind;

/** The Excel survey's columns are the exchange format's fields (decision 1110), no more and no fewer. */
class SurveyColumnsFieldsTest {
    @Test
    void everyFieldOfTheFormatHasAColumnAndEveryColumnIsAField() {
        List<String> expected = new ArrayList<>(List.of(SurveyColumns.VILLAGE, SurveyColumns.BIRTH_YEAR));
        for (Field f : ExchangeFields.HOUSEHOLD) {
            if (f.kind() != Kind.MEMBERS && f.kind() != Kind.DWELLING && f.kind() != Kind.CODES) {
                expected.add(f.name());
            }
        }
        ExchangeFields.names(ExchangeFields.MEMBER).forEach(n -> expected.add("members." + n));
        ExchangeFields.names(ExchangeFields.DWELLING).forEach(n -> expected.add("dwelling." + n));
        List<String> columns = SurveyColumns.ALL.stream()
                .filter(c -> c.kind() != SurveyColumns.Kind.TICK)
                .map(SurveyColumns.Column::field)
                .toList();
        assertThat(columns).containsExactlyInAnyOrderElementsOf(expected);
        List<String> lists = SurveyColumns.ALL.stream()
                .filter(c -> c.kind() == SurveyColumns.Kind.TICK)
                .map(c -> c.field().substring(0, c.field().indexOf('.')))
                .distinct()
                .toList();
        assertThat(lists)
                .containsExactlyInAnyOrderElementsOf(ExchangeFields.names(ExchangeFields.HOUSEHOLD, Kind.CODES));
    }
}
