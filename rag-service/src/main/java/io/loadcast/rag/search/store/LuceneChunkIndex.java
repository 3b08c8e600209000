package io.loadcast.rag.search.store;

import io.loadcast.rag.search.Chunk;
import io.loadcast.rag.search.DocumentSummary;
import io.loadcast.rag.search.IndexedDocument;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/**
 * One Lucene document per chunk: an English-analysed {@code body} field for BM25 and a normalised
 * {@code vector} field in an HNSW graph (dot product, as the vectors have unit length). A document's chunks are
 * replaced together, keyed by {@code documentId}; searchers are refreshed after each commit.
 */
public final class LuceneChunkIndex implements Closeable {

    private static final String DOCUMENT_ID = "documentId";
    private static final String META_PREFIX = "m.";

    private final Analyzer analyzer = new EnglishAnalyzer();
    private final FSDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    public LuceneChunkIndex(Path path) {
        try {
            directory = FSDirectory.open(path);
            writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setRAMBufferSizeMB(64));
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the Lucene index at " + path, e);
        }
    }

    /** A hit of one ranking: Lucene's doc number and score. */
    public record Hit(int doc, float score) {}

    /** Replaces each document's chunks, then commits once. */
    public void replace(List<IndexedDocument> documents, List<List<float[]>> vectors) throws IOException {
        for (int d = 0; d < documents.size(); d++) {
            IndexedDocument document = documents.get(d);
            List<Document> docs = new ArrayList<>();
            for (int c = 0; c < document.chunks().size(); c++) {
                docs.add(toLucene(
                        document, document.chunks().get(c), vectors.get(d).get(c)));
            }
            writer.updateDocuments(new Term(DOCUMENT_ID, document.documentId()), docs);
        }
        commit();
    }

    /** Adds or replaces single chunks by chunk id (the LangChain4j embedding-store view), then commits. */
    public void upsertChunks(List<Chunk> chunks, List<float[]> vectors) throws IOException {
        for (int i = 0; i < chunks.size(); i++) {
            Chunk chunk = chunks.get(i);
            IndexedDocument single = new IndexedDocument(chunk.documentId(), "", List.of(chunk));
            writer.updateDocument(new Term("chunkId", chunk.chunkId()), toLucene(single, chunk, vectors.get(i)));
        }
        commit();
    }

    /** Deletes chunks by chunk id, then commits. */
    public void deleteChunks(List<String> chunkIds) throws IOException {
        for (String id : chunkIds) {
            writer.deleteDocuments(new Term("chunkId", id));
        }
        commit();
    }

    /** Deletes a document's chunks; false when it was not indexed. */
    public boolean delete(String documentId) throws IOException {
        boolean present = contentHash(documentId).isPresent();
        writer.deleteDocuments(new Term(DOCUMENT_ID, documentId));
        commit();
        return present;
    }

    /** The content hash the document was indexed with, when it is indexed. */
    public Optional<String> contentHash(String documentId) throws IOException {
        return withSearcher(searcher -> {
            TopDocs top = searcher.search(new TermQuery(new Term(DOCUMENT_ID, documentId)), 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            return Optional.ofNullable(
                    searcher.storedFields().document(top.scoreDocs[0].doc).get("contentHash"));
        });
    }

    /** Ids of the indexed documents whose metadata has {@code key=value}. */
    public List<String> documentIds(String key, String value) throws IOException {
        return withSearcher(searcher -> {
            TopDocs top = searcher.search(
                    new TermQuery(new Term(META_PREFIX + key, value)),
                    Math.max(1, searcher.getIndexReader().maxDoc()));
            List<String> ids = new ArrayList<>();
            for (ScoreDoc hit : top.scoreDocs) {
                String id = searcher.storedFields().document(hit.doc).get(DOCUMENT_ID);
                if (!ids.contains(id)) {
                    ids.add(id);
                }
            }
            return ids;
        });
    }

    /** The documents in id order from {@code offset}, with their live chunk counts, and the total. */
    public DocumentSummary.Page documents(int offset, int limit) throws IOException {
        return withSearcher(searcher -> {
            IndexReader reader = searcher.getIndexReader();
            Terms terms = MultiTerms.getTerms(reader, DOCUMENT_ID);
            Bits live = MultiBits.getLiveDocs(reader);
            List<DocumentSummary> items = new ArrayList<>();
            int total = 0;
            if (terms == null) {
                return new DocumentSummary.Page(items, 0);
            }
            TermsEnum ids = terms.iterator();
            PostingsEnum postings = null;
            for (BytesRef id = ids.next(); id != null; id = ids.next()) {
                postings = ids.postings(postings, PostingsEnum.NONE);
                int chunks = 0;
                int first = -1;
                for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
                    if (live == null || live.get(d)) {
                        chunks++;
                        first = first < 0 ? d : first;
                    }
                }
                if (chunks > 0) {
                    if (total >= offset && items.size() < limit) {
                        String title = searcher.storedFields().document(first).get("title");
                        items.add(new DocumentSummary(id.utf8ToString(), title == null ? "" : title, chunks));
                    }
                    total++;
                }
            }
            return new DocumentSummary.Page(items, total);
        });
    }

    public int chunkCount(String documentId) throws IOException {
        return withSearcher(searcher -> searcher.count(new TermQuery(new Term(DOCUMENT_ID, documentId))));
    }

    public int chunkCount() throws IOException {
        return withSearcher(searcher -> searcher.getIndexReader().numDocs());
    }

    public Analyzer analyzer() {
        return analyzer;
    }

    /** The BM25 field's name. */
    public static String bodyField() {
        return "body";
    }

    /** A filter query on a metadata key ({@code documentId} filters on the document itself). */
    public static Query metadataFilter(String key, String value) {
        return new TermQuery(new Term(DOCUMENT_ID.equals(key) ? DOCUMENT_ID : META_PREFIX + key, value));
    }

    /** Runs both rankings and reads the chunks of the chosen hits on one point-in-time searcher. */
    public <T> T withSearcher(SearchFunction<T> function) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return function.apply(searcher);
        } finally {
            searchers.release(searcher);
        }
    }

    /** Work done on an acquired searcher. */
    @FunctionalInterface
    public interface SearchFunction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    public static List<Hit> hits(TopDocs top) {
        List<Hit> hits = new ArrayList<>(top.scoreDocs.length);
        for (ScoreDoc scoreDoc : top.scoreDocs) {
            hits.add(new Hit(scoreDoc.doc, scoreDoc.score));
        }
        return hits;
    }

    public static Query vectorQuery(float[] vector, int k, @Nullable Query filter) {
        return new KnnFloatVectorQuery("vector", vector, k, filter);
    }

    public static Chunk toChunk(Document doc) {
        Map<String, String> metadata = new LinkedHashMap<>();
        for (IndexableField field : doc.getFields()) {
            if (field.name().startsWith(META_PREFIX)) {
                metadata.put(field.name().substring(META_PREFIX.length()), field.stringValue());
            }
        }
        return new Chunk(
                doc.get(DOCUMENT_ID),
                doc.get("chunkId"),
                doc.get("title"),
                doc.get("section"),
                doc.get("text"),
                metadata);
    }

    private static Document toLucene(IndexedDocument document, Chunk chunk, float[] vector) {
        Document doc = new Document();
        doc.add(new StringField(DOCUMENT_ID, chunk.documentId(), Field.Store.YES));
        doc.add(new StringField("chunkId", chunk.chunkId(), Field.Store.YES));
        doc.add(new StoredField("contentHash", document.contentHash()));
        doc.add(new StoredField("title", chunk.title()));
        doc.add(new StoredField("section", chunk.section()));
        doc.add(new StoredField("text", chunk.text()));
        doc.add(new TextField(bodyField(), chunk.embeddingText(), Field.Store.NO));
        chunk.metadata().forEach((key, value) -> doc.add(new StringField(META_PREFIX + key, value, Field.Store.YES)));
        doc.add(new KnnFloatVectorField("vector", vector, VectorSimilarityFunction.DOT_PRODUCT));
        return doc;
    }

    private void commit() throws IOException {
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }
}
