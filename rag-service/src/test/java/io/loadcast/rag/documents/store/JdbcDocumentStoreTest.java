package io.loadcast.rag.documents.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loadcast.rag.documents.DocumentInput;
import io.loadcast.rag.documents.DocumentStore;
import io.loadcast.starter.problem.LoadcastProblemException;
import io.loadcast.starter.testing.EmbeddedPostgresDatabase;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The document store on a real PostgreSQL, migrated by the module's own Flyway scripts. */
class JdbcDocumentStoreTest {

    static JdbcDocumentStore store;

    @BeforeAll
    static void migrate() {
        DataSource data = new DriverManagerDataSource(
                EmbeddedPostgresDatabase.jdbcUrl("rag_document_store"), "postgres", "postgres");
        Flyway.configure().dataSource(data).load().migrate();
        store = new JdbcDocumentStore(JdbcClient.create(data), new DataSourceTransactionManager(data));
    }

    static DocumentStore.Stored doc(String id, String text, String hash) {
        return new DocumentStore.Stored(
                new DocumentInput(id, "Title " + id, text, Map.of("collection", "grid", "topic", "t")), hash);
    }

    @Test
    void logsAWriteOnlyWhenTheContentChanged() {
        long before = last();

        assertThat(store.upsert(List.of(doc("s/a", "first", "h1"), doc("s/b", "other", "h2"))))
                .containsExactly("s/a", "s/b");
        assertThat(store.upsert(List.of(doc("s/a", "first", "h1")))).isEmpty();
        assertThat(store.upsert(List.of(doc("s/a", "second", "h3")))).containsExactly("s/a");
        assertThat(store.delete("s/b")).isTrue();
        assertThat(store.delete("s/b")).isFalse();

        assertThat(store.changesAfter(before, 10))
                .extracting(c -> c.documentId() + " " + c.kind())
                .containsExactly("s/a UPSERT", "s/b UPSERT", "s/a UPSERT", "s/b DELETE");
        DocumentStore.Stored a = store.find("s/a").orElseThrow();
        assertThat(a.document().text()).isEqualTo("second");
        assertThat(a.document().metadata()).containsEntry("topic", "t").containsEntry("collection", "grid");
        assertThat(a.contentHash()).isEqualTo("h3");
        assertThat(store.find("s/b")).isEmpty();
        assertThat(store.changesAfter(before, 2)).hasSize(2);
    }

    @Test
    void anUnreachableDatabaseIsA503Problem() {
        DataSource dead = new DriverManagerDataSource("jdbc:postgresql://localhost:1/rag", "postgres", "postgres");
        JdbcDocumentStore unreachable =
                new JdbcDocumentStore(JdbcClient.create(dead), new DataSourceTransactionManager(dead));

        assertThatThrownBy(() -> unreachable.upsert(List.of(doc("x", "text", "h"))))
                .isInstanceOfSatisfying(
                        LoadcastProblemException.class,
                        e -> assertThat(e.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE));
        assertThatThrownBy(() -> unreachable.page(0, 10)).isInstanceOf(LoadcastProblemException.class);
        assertThatThrownBy(() -> unreachable.changesAfter(0, 10)).isInstanceOf(LoadcastProblemException.class);
    }

    private static long last() {
        List<DocumentStore.Change> all = store.changesAfter(0, 100_000);
        return all.isEmpty() ? 0 : all.get(all.size() - 1).seq();
    }
}
