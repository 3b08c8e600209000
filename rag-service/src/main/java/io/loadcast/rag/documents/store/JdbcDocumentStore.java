package io.loadcast.rag.documents.store;

import io.loadcast.rag.documents.DocumentInput;
import io.loadcast.rag.documents.DocumentStore;
import io.loadcast.starter.problem.LoadcastProblemException;
import io.loadcast.starter.problem.ProblemType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Documents and their change log in the {@code rag} database ({@code db/migration/V2__documents.sql}). Every
 * write takes a transaction-scoped advisory lock before it draws a sequence number, so changes commit in
 * sequence order and a follower reading {@code seq > n} never skips one that commits later.
 */
@Repository
class JdbcDocumentStore implements DocumentStore {

    /** The advisory lock key of the change log ("rag-docs" in spirit; any constant the suite does not reuse). */
    private static final long CHANGE_LOG_LOCK = 0x7261_6764_6f63L;

    private static final TypeReference<Map<String, String>> METADATA = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final JsonMapper json = JsonMapper.builder().build();

    JdbcDocumentStore(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
    }

    @Override
    public List<String> upsert(List<Stored> documents) {
        List<String> written = new ArrayList<>();
        for (Stored stored : documents) {
            written.addAll(inTransaction(() -> upsertOne(stored)));
        }
        return written;
    }

    private List<String> upsertOne(Stored stored) {
        DocumentInput d = stored.document();
        return jdbc.sql("""
                        with written as (
                            insert into documents (id, title, text, metadata, collection, content_sha256)
                            values (:id, :title, :text, cast(:metadata as jsonb), :collection, :hash)
                            on conflict (id) do update set title = excluded.title, text = excluded.text,
                                metadata = excluded.metadata, collection = excluded.collection,
                                content_sha256 = excluded.content_sha256, updated_at = now()
                            where documents.content_sha256 <> excluded.content_sha256
                            returning id)
                        insert into document_changes (document_id, kind)
                        select id, 'UPSERT' from written
                        returning document_id""")
                .param("id", d.id())
                .param("title", d.title())
                .param("text", d.text())
                .param("metadata", json.writeValueAsString(d.metadata()))
                .param("collection", d.metadata().get("collection"))
                .param("hash", stored.contentHash())
                .query(String.class)
                .list();
    }

    @Override
    public boolean delete(String id) {
        return !inTransaction(() -> jdbc.sql("""
                                with gone as (delete from documents where id = ? returning id)
                                insert into document_changes (document_id, kind)
                                select id, 'DELETE' from gone
                                returning document_id""").params(id).query(String.class).list())
                .isEmpty();
    }

    @Override
    public List<Change> changesAfter(long seq, int limit) {
        return reachable(() -> jdbc.sql(
                        "select seq, document_id, kind from document_changes where seq > ? order by seq limit ?")
                .params(seq, limit)
                .query((rs, row) -> new Change(
                        rs.getLong("seq"), rs.getString("document_id"), ChangeKind.valueOf(rs.getString("kind"))))
                .list());
    }

    @Override
    public Optional<Stored> find(String id) {
        return reachable(() -> jdbc.sql(
                        "select id, title, text, metadata::text as metadata, content_sha256 from documents where id = ?")
                .params(id)
                .query(this::stored)
                .optional());
    }

    @Override
    public Page page(int offset, int limit) {
        return reachable(() -> pageOf(offset, limit));
    }

    private Page pageOf(int offset, int limit) {
        List<Listed> items = jdbc.sql("select id, title from documents order by id offset ? limit ?")
                .params(offset, limit)
                .query((rs, row) -> new Listed(rs.getString("id"), rs.getString("title")))
                .list();
        int total =
                jdbc.sql("select count(*) from documents").query(Integer.class).single();
        return new Page(items, total);
    }

    private Stored stored(ResultSet rs, int row) throws SQLException {
        Map<String, String> metadata = json.readValue(rs.getString("metadata"), METADATA);
        return new Stored(
                new DocumentInput(rs.getString("id"), rs.getString("title"), rs.getString("text"), metadata),
                rs.getString("content_sha256"));
    }

    /** Runs a write holding the change log's lock until it commits. */
    private List<String> inTransaction(Supplier<List<String>> write) {
        List<String> result = reachable(() -> transactions.execute(status -> {
            jdbc.sql("select pg_advisory_xact_lock(?)")
                    .params(CHANGE_LOG_LOCK)
                    .query((rs, row) -> 0)
                    .list();
            return write.get();
        }));
        return result == null ? List.of() : result;
    }

    /** Runs a database call; an unreachable or failing database is a 503 problem, never a 500. */
    private static <T> T reachable(Supplier<T> call) {
        try {
            return call.get();
        } catch (DataAccessException | TransactionException e) {
            throw new LoadcastProblemException(
                    ProblemType.DOCUMENT_STORE_UNAVAILABLE,
                    "The documents database did not answer: "
                            + e.getMostSpecificCause().getMessage());
        }
    }
}
