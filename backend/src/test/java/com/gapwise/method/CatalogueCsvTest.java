package com.gapwise.method;

import static org.assertj.core.api.Assertions.assertThat;

import com.gapwise.method.CatalogueCsv.Existing;
import com.gapwise.method.CatalogueCsv.Parent;
import com.gapwise.method.CatalogueCsv.Parsed;
import com.gapwise.method.CatalogueCsv.Row;
import com.gapwise.method.CatalogueCsv.RowError;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class CatalogueCsvTest {

    @Test
    void readsATreeWithParentsByIdOrNameInAnyOrder() {
        Parsed p = CatalogueCsv.parse("""
                id,name,level,parent
                1.1,Handle enquiries,2,1
                1,Customer service,1,
                1.1.1,"Billing enquiry, phone",L3,Handle enquiries
                """, List.of());
        assertThat(p.errors()).isEmpty();
        assertThat(p.rows()).extracting(Row::name, Row::level, Row::line).containsExactly(
                Tuple.tuple("Customer service", 1, 3),
                Tuple.tuple("Handle enquiries", 2, 2),
                Tuple.tuple("Billing enquiry, phone", 3, 4));
        assertThat(p.rows().get(0).parent()).isEqualTo(new Parent(null, null));
        assertThat(p.rows().get(1).parent()).isEqualTo(new Parent(0, null));
        assertThat(p.rows().get(2).parent()).isEqualTo(new Parent(1, null));
    }

    @Test
    void aParentMayBeAnExistingCatalogueProcessByNameOrNumber() {
        List<Existing> existing = List.of(new Existing(41, "Service", 1), new Existing(42, "Complaints", 2));
        Parsed p = CatalogueCsv.parse("name,level,parent\nLog complaint,3,complaints\nAssist,2,41\n", existing);
        assertThat(p.errors()).isEmpty();
        assertThat(p.rows()).extracting(Row::name, Row::parent).containsExactly(
                Tuple.tuple("Assist", new Parent(null, 41L)),
                Tuple.tuple("Log complaint", new Parent(null, 42L)));
    }

    @Test
    void quotedFieldsKeepCommasQuotesAndLineBreaksAndLinesStayRight() {
        Parsed p = CatalogueCsv.parse("name,level\n\"Say \"\"hello\"\"\",1\n\"Two\nlines\",2\nbad,9\n", List.of());
        assertThat(p.errors()).extracting(RowError::line, RowError::column).containsExactly(Tuple.tuple(5, "level"));
        Parsed ok = CatalogueCsv.parse("name,level\n\"Say \"\"hello\"\"\",1\n\"Two\nlines\",2\n", List.of());
        assertThat(ok.rows()).extracting(Row::name).containsExactly("Say \"hello\"", "Two\nlines");
    }

    @Test
    void reportsEveryBadRowWithItsLineAndImportsNothing() {
        Parsed p = CatalogueCsv.parse("""
                id,name,level,parent
                A,Service,1,
                B,,2,A
                C,Queue,six,A
                A,Again,2,
                D,Deep,2,Nowhere
                E,Upside down,1,A
                F,Too,2,A,extra
                """, List.of());
        assertThat(p.rows()).isEmpty();
        assertThat(p.errors()).extracting(RowError::line, RowError::column).containsExactly(
                Tuple.tuple(3, "name"), Tuple.tuple(4, "level"), Tuple.tuple(5, "id"), Tuple.tuple(6, "parent"),
                Tuple.tuple(7, "parent"), Tuple.tuple(8, null));
        assertThat(p.errors().get(2).message()).contains("line 2");
        assertThat(p.errors().get(4).message()).contains("Level 1").contains("'Service'");
    }

    @Test
    void anAmbiguousParentNameMustBeGivenById() {
        Parsed p = CatalogueCsv.parse("name,level,parent\nSales,1,\nChild,2,Sales\n", List.of(new Existing(1, "sales", 1)));
        assertThat(p.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.message()).contains("ambiguous");
        });
    }

    @Test
    void theHeaderMustNameTheColumns() {
        assertThat(CatalogueCsv.parse("", List.of()).errors()).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("empty"));
        assertThat(CatalogueCsv.parse("title,level\nX,1\n", List.of()).errors())
                .extracting(RowError::line, RowError::column)
                .containsExactly(Tuple.tuple(1, "title"), Tuple.tuple(1, "name"));
        assertThat(CatalogueCsv.parse("name,level\n", List.of()).errors()).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("no processes"));
    }

    @Test
    void headerCaseAndAByteOrderMarkDoNotMatter() {
        Parsed p = CatalogueCsv.parse("\uFEFFName,LEVEL\r\nService,Level 1\r\n", List.of());
        assertThat(p.rows()).extracting(Row::name, Row::level).containsExactly(Tuple.tuple("Service", 1));
    }

    @Test
    void brokenQuotingIsAnErrorNotACrash() {
        Parsed p = CatalogueCsv.parse("name,level\n\"open,1\n", List.of());
        assertThat(p.ok()).isFalse();
        assertThat(p.errors()).isNotEmpty();
    }
}
