package dev.chorus.store;

import dev.chorus.model.Article;
import dev.chorus.model.Story;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A story store in a directory on local disk: one Apache Lucene index under {@code DIR/index}, holding an
 * article document per article and a story document per story (see {@link StoreDocuments}).
 *
 * <p><b>Atomic batches.</b> Every {@link #commit} is one Lucene commit: the new files are written and synced
 * first, then one small {@code segments_N} file names them. A process killed at any moment leaves the last
 * completed commit intact; what it wrote after that is discarded when the store is next opened. Nothing is
 * written outside a commit ({@link IndexWriterConfig#setCommitOnClose} is off), so closing never publishes half
 * a batch either.
 *
 * <p><b>One writer.</b> {@link #openForWriting} takes Lucene's write lock ({@code DIR/index/write.lock}, an OS
 * file lock, released by the OS if the process dies); a second writer, in this process or another, gets a
 * {@link StoreException}. Readers ({@link #openForReading}) take no lock and see each commit as it lands.
 */
public final class LuceneStoryStore implements StoryStoreWriter {

    /** Where the CLI keeps its store unless told otherwise. */
    public static final Path DEFAULT_DIR = Path.of("chorus-data");

    private static final String INDEX = "index";
    private static final String FORMAT_KEY = "chorus.format";
    /** 2: story cards moved from a stored field to a doc value. */
    private static final String FORMAT = "2";
    private static final String NEXT_SEQUENCE_KEY = "chorus.nextSequence";
    /** Commits of batches so far; stores written before it was kept have none, and their stories no written number. */
    private static final String COMMITS_KEY = "chorus.commits";
    /**
     * Lucene logs a warning to stderr, through java.util.logging, when the JVM was not started with the
     * incubating Vector API; the store does not use vector search, so the line is noise in a command's output.
     * Held here because java.util.logging keeps only weak references to its loggers.
     */
    private static final java.util.logging.Logger VECTORIZATION_LOG = quiet("org.apache.lucene.internal.vectorization");
    private static final Sort NEWEST;
    private static final Sort LARGEST;

    static {
        SortField newest = new SortField(StoreDocuments.LIST_DATE, SortField.Type.LONG, true);
        newest.setMissingValue(Long.MIN_VALUE);
        SortField recent = new SortField(StoreDocuments.LAST_SEQUENCE, SortField.Type.LONG, true);
        NEWEST = new Sort(newest, recent);
        LARGEST = new Sort(new SortField(StoreDocuments.SIZE, SortField.Type.LONG, true), newest, recent);
    }

    /** A reader checks for a newer commit at most this often. */
    private static final long REFRESH_MILLIS = 200;

    private final Path dataDir;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Analyzer analyzer = new StandardAnalyzer();
    private final StoreSearch search = new StoreSearch(analyzer);
    private final ListingCache listings = new ListingCache();
    private volatile long nextSequence;
    private volatile long commits;
    private volatile long lastRefresh = System.nanoTime();

    private LuceneStoryStore(Path dataDir, Directory directory, IndexWriter writer, SearcherManager searchers,
                             Map<String, String> commitData) {
        this.dataDir = dataDir;
        this.directory = directory;
        this.writer = writer;
        this.searchers = searchers;
        this.nextSequence = Long.parseLong(commitData.getOrDefault(NEXT_SEQUENCE_KEY, "0"));
        this.commits = Long.parseLong(commitData.getOrDefault(COMMITS_KEY, "0"));
    }

    /**
     * Opens the store in {@code dataDir} to ingest into it, creating it if the directory does not exist or is
     * empty.
     *
     * @throws StoreException when another writer has it open, the directory holds something else, or the
     *                        index cannot be read
     */
    public static LuceneStoryStore openForWriting(Path dataDir) {
        Path index = dataDir.resolve(INDEX);
        if (Files.exists(dataDir) && !Files.isDirectory(dataDir)) {
            throw new StoreException(dataDir + ": not a directory");
        }
        if (Files.isDirectory(dataDir) && !Files.isDirectory(index) && !isEmpty(dataDir)) {
            throw new StoreException(dataDir + ": not a Chorus store (the directory is not empty and has no "
                    + INDEX + "/); give an empty or new directory");
        }
        Directory directory = null;
        IndexWriter writer = null;
        try {
            Files.createDirectories(index);
            directory = FSDirectory.open(index);
            IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setCommitOnClose(false)
                    .setRAMBufferSizeMB(64);
            writer = new IndexWriter(directory, config);
            Map<String, String> data = commitData(writer);
            if (data.isEmpty() && writer.getDocStats().numDocs == 0) {
                // a new store: commit it empty, so readers can open it before the first batch lands
                writer.setLiveCommitData(Map.of(FORMAT_KEY, FORMAT, NEXT_SEQUENCE_KEY, "0").entrySet());
                writer.commit();
                data = commitData(writer);
            }
            checkFormat(dataDir, data);
            return new LuceneStoryStore(dataDir, directory, writer, new SearcherManager(writer, null), data);
        } catch (LockObtainFailedException e) {
            closeQuietly(directory);
            throw new StoreException(dataDir + ": the store is in use by another writer (its lock "
                    + index.resolve(IndexWriter.WRITE_LOCK_NAME) + " is held); wait for it to finish");
        } catch (IOException | RuntimeException e) {
            closeQuietly(writer);
            closeQuietly(directory);
            if (e instanceof StoreException store) {
                throw store;
            }
            throw new StoreException(dataDir + ": cannot open the store (" + reason(e) + ")", e);
        }
    }

    /**
     * Opens the store in {@code dataDir} to read it; a writer may be ingesting into it at the same time.
     *
     * @throws StoreException when there is no store there or it cannot be read
     */
    public static LuceneStoryStore openForReading(Path dataDir) {
        Path index = dataDir.resolve(INDEX);
        if (!Files.isDirectory(index)) {
            throw new StoreException(dataDir + ": no story store here (" + (Files.exists(dataDir)
                    ? "no " + INDEX + "/ in it" : "no such directory") + ")");
        }
        Directory directory = null;
        try {
            directory = FSDirectory.open(index);
            if (!DirectoryReader.indexExists(directory)) {
                throw new StoreException(dataDir + ": no story store here (" + INDEX + "/ holds no commit)");
            }
            SearcherManager searchers = new SearcherManager(directory, null);
            IndexSearcher searcher = searchers.acquire();
            Map<String, String> data;
            try {
                data = ((DirectoryReader) searcher.getIndexReader()).getIndexCommit().getUserData();
            } finally {
                searchers.release(searcher);
            }
            checkFormat(dataDir, data);
            return new LuceneStoryStore(dataDir, directory, null, searchers, data);
        } catch (IOException | RuntimeException e) {
            closeQuietly(directory);
            if (e instanceof StoreException store) {
                throw store;
            }
            throw new StoreException(dataDir + ": cannot open the store (" + reason(e) + ")", e);
        }
    }

    /** The directory the store lives in. */
    public Path dataDir() {
        return dataDir;
    }

    /** The Lucene index directory, for tools such as {@code CheckIndex}. */
    public static Path indexDir(Path dataDir) {
        return dataDir.resolve(INDEX);
    }

    // ---- reading

    @Override
    public Optional<Article> article(String id) {
        return read(searcher -> {
            Document doc = first(searcher, articleById(id));
            return Optional.ofNullable(doc).map(d -> StoreJson.article(d.get(StoreDocuments.JSON)));
        });
    }

    @Override
    public Optional<Story> story(String id) {
        return read(searcher -> {
            Document doc = first(searcher, storyById(id));
            if (doc == null) {
                return Optional.empty();
            }
            List<String> members = List.of(doc.getValues(StoreDocuments.MEMBER));
            Map<String, Article> byId = new HashMap<>();
            for (StoredArticle stored : storedArticles(searcher, members)) {
                byId.put(stored.id(), stored.article());
            }
            List<Article> articles = new ArrayList<>();
            for (String member : members) {
                Article article = byId.get(member);
                if (article == null) {
                    throw new IllegalStateException("story " + id + " names article " + member + ", which is not stored");
                }
                articles.add(article);
            }
            return Optional.of(StoreJson.story(doc.get(StoreDocuments.JSON), articles));
        });
    }

    /**
     * The number of the commit that last wrote the story: its page and analysis change only when it does. Empty
     * for a story written by a version that did not number commits, and for an unknown id.
     */
    @Override
    public OptionalLong storyVersion(String id) {
        return read(searcher -> {
            TopDocs top = searcher.search(storyById(id), 1);
            if (top.scoreDocs.length == 0) {
                return OptionalLong.empty();
            }
            int doc = top.scoreDocs[0].doc;
            LeafReaderContext leaf = leafOf(searcher, doc);
            NumericDocValues written = leaf.reader().getNumericDocValues(StoreDocuments.WRITTEN);
            return written != null && written.advanceExact(doc - leaf.docBase)
                    ? OptionalLong.of(written.longValue()) : OptionalLong.empty();
        });
    }

    @Override
    public Optional<String> storyOf(String articleId) {
        return read(searcher -> Optional.ofNullable(first(searcher, articleById(articleId)))
                .map(d -> d.get(StoreDocuments.STORY_ID)));
    }

    @Override
    public List<StoryCard> stories(StoryListing listing) {
        if (listing.limit() == 0) {
            return List.of();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(type(StoreDocuments.STORY), Occur.FILTER);
        if (listing.since() != null) {
            query.add(LongPoint.newRangeQuery(StoreDocuments.LIST_DATE, listing.since().toEpochDay(), Long.MAX_VALUE),
                    Occur.FILTER);
        }
        Sort sort = listing.order() == StoryListing.Order.NEWEST ? NEWEST : LARGEST;
        return read(searcher -> {
            int end = (int) Math.min(Integer.MAX_VALUE - 1, (long) listing.offset() + listing.limit());
            int[] order;
            if (listing.since() == null) {
                order = listings.order(searcher.getIndexReader(), listing.order(),
                        () -> docs(searcher.search(query.build(), Math.max(1, searcher.count(query.build())), sort)));
            } else {
                order = docs(searcher.search(query.build(), Math.max(1, end), sort));
            }
            List<StoryCard> cards = new ArrayList<>();
            for (int i = listing.offset(); i < Math.min(order.length, end); i++) {
                cards.add(card(searcher, order[i]));
            }
            return cards;
        });
    }

    @Override
    public SearchResult search(SearchQuery query) {
        return read(searcher -> search.search(searcher, query, ids -> cards(searcher, ids)));
    }

    @Override
    public Counts counts() {
        return read(searcher -> listings.counts(searcher.getIndexReader(), () -> new Counts(
                searcher.count(type(StoreDocuments.ARTICLE)), searcher.count(type(StoreDocuments.STORY)))));
    }

    /** The version of the index reader: Lucene raises it with every commit a reader opens. */
    @Override
    public long version() {
        return read(searcher -> ((DirectoryReader) searcher.getIndexReader()).getVersion());
    }

    // ---- what ingest needs

    @Override
    public Set<String> storedFingerprints(Collection<String> fingerprints) {
        return storedValues(StoreDocuments.FINGERPRINT, fingerprints);
    }

    @Override
    public Set<String> storedArticleIds(Collection<String> ids) {
        return storedValues(StoreDocuments.ARTICLE_ID, ids);
    }

    @Override
    public List<StoredArticle> storedArticles(Collection<String> ids) {
        return read(searcher -> storedArticles(searcher, ids));
    }

    @Override
    public List<Members> openStories() {
        Query open = new BooleanQuery.Builder()
                .add(type(StoreDocuments.STORY), Occur.FILTER)
                .add(NumericDocValuesField.newSlowExactQuery(StoreDocuments.OPEN, 1), Occur.FILTER)
                .build();
        return members(open, Integer.MAX_VALUE - 1,
                new Sort(new SortField(StoreDocuments.LAST_SEQUENCE, SortField.Type.LONG)));
    }

    @Override
    public List<Members> closedStoriesAround(LocalDate latestFrom, LocalDate earliestTo, int limit) {
        Query closed = new BooleanQuery.Builder()
                .add(type(StoreDocuments.STORY), Occur.FILTER)
                .add(NumericDocValuesField.newSlowExactQuery(StoreDocuments.OPEN, 0), Occur.FILTER)
                .add(LongPoint.newRangeQuery(StoreDocuments.LATEST, latestFrom.toEpochDay(), Long.MAX_VALUE), Occur.FILTER)
                .add(LongPoint.newRangeQuery(StoreDocuments.EARLIEST, Long.MIN_VALUE, earliestTo.toEpochDay()), Occur.FILTER)
                .build();
        return members(closed, limit, new Sort(new SortField(StoreDocuments.LATEST, SortField.Type.LONG, true),
                new SortField(StoreDocuments.LAST_SEQUENCE, SortField.Type.LONG, true)));
    }

    @Override
    public long nextSequence() {
        return nextSequence;
    }

    @Override
    public synchronized void commit(Update update) {
        if (writer == null) {
            throw new IllegalStateException("store opened for reading");
        }
        long commit = commits + 1;
        try {
            for (String id : update.deleted()) {
                writer.deleteDocuments(new Term(StoreDocuments.STORY_KEY, id));
            }
            for (StoryVersion version : update.stories()) {
                writer.updateDocument(new Term(StoreDocuments.STORY_KEY, version.story().id()), StoreDocuments.story(version, commit));
                for (StoredArticle article : version.articles()) {
                    writer.updateDocument(new Term(StoreDocuments.ARTICLE_ID, article.id()),
                            StoreDocuments.article(article, version.story()));
                }
            }
            for (String id : update.closed()) {
                writer.updateNumericDocValue(new Term(StoreDocuments.STORY_KEY, id), StoreDocuments.OPEN, 0);
            }
            writer.setLiveCommitData(Map.of(FORMAT_KEY, FORMAT,
                    NEXT_SEQUENCE_KEY, Long.toString(update.nextSequence()), COMMITS_KEY, Long.toString(commit)).entrySet());
            writer.commit();
            nextSequence = update.nextSequence();
            commits = commit;
            searchers.maybeRefreshBlocking();
        } catch (IOException | RuntimeException e) {
            // Drop what this batch buffered, so the store stays at its last commit; the writer is closed by it.
            closeQuietly(writer::rollback);
            throw new StoreException(dataDir + ": cannot write the store (" + reason(e) + "); it holds the "
                    + "batches committed before this one", e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            searchers.close();
        } finally {
            try {
                if (writer != null && writer.isOpen()) {
                    writer.close();
                }
            } finally {
                directory.close();
            }
        }
    }

    // ---- helpers

    private List<StoredArticle> storedArticles(IndexSearcher searcher, Collection<String> ids) throws IOException {
        if (ids.isEmpty()) {
            return List.of();
        }
        Query query = new BooleanQuery.Builder()
                .add(type(StoreDocuments.ARTICLE), Occur.FILTER)
                .add(new TermInSetQuery(StoreDocuments.ARTICLE_ID, ids.stream().map(BytesRef::new).toList()), Occur.FILTER)
                .build();
        TopDocs top = searcher.search(query, Math.max(1, ids.size()));
        StoredFields stored = searcher.storedFields();
        List<StoredArticle> out = new ArrayList<>(top.scoreDocs.length);
        for (ScoreDoc hit : top.scoreDocs) {
            Document doc = stored.document(hit.doc);
            BytesRef embedding = doc.getBinaryValue(StoreDocuments.EMBEDDING);
            out.add(new StoredArticle(StoreJson.article(doc.get(StoreDocuments.JSON)),
                    doc.getField(StoreDocuments.SEQUENCE).numericValue().longValue(), doc.get(StoreDocuments.FINGERPRINT),
                    embedding == null ? null
                            : StoreDocuments.fromHalves(embedding.bytes, embedding.offset, embedding.length)));
        }
        return out;
    }

    private List<Members> members(Query stories, int limit, Sort sort) {
        return read(searcher -> {
            TopDocs top = searcher.search(stories, Math.max(1, Math.min(limit, Math.max(1, searcher.getIndexReader().maxDoc()))), sort);
            StoredFields stored = searcher.storedFields();
            List<String> ids = new ArrayList<>();
            List<List<String>> memberIds = new ArrayList<>();
            for (ScoreDoc hit : top.scoreDocs) {
                Document doc = stored.document(hit.doc);
                ids.add(doc.get(StoreDocuments.STORY_KEY));
                memberIds.add(List.of(doc.getValues(StoreDocuments.MEMBER)));
            }
            Map<String, StoredArticle> byId = new HashMap<>();
            for (StoredArticle article : storedArticles(searcher, memberIds.stream().flatMap(List::stream).toList())) {
                byId.put(article.id(), article);
            }
            List<Members> out = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                out.add(new Members(ids.get(i), memberIds.get(i).stream().map(byId::get)
                        .sorted(Comparator.comparingLong(StoredArticle::sequence)).toList()));
            }
            return out;
        });
    }

    private Set<String> storedValues(String field, Collection<String> values) {
        return read(searcher -> {
            Set<String> found = new HashSet<>();
            for (String value : new HashSet<>(values)) {
                if (searcher.count(new BooleanQuery.Builder()
                        .add(type(StoreDocuments.ARTICLE), Occur.FILTER)
                        .add(new TermQuery(new Term(field, value)), Occur.FILTER).build()) > 0) {
                    found.add(value);
                }
            }
            return found;
        });
    }

    /** The cards of the stories with these ids, by id, found in one query. */
    private static Map<String, StoryCard> cards(IndexSearcher searcher, Collection<String> ids) {
        try {
            Query query = new BooleanQuery.Builder()
                    .add(type(StoreDocuments.STORY), Occur.FILTER)
                    .add(new TermInSetQuery(StoreDocuments.STORY_KEY, ids.stream().map(BytesRef::new).toList()), Occur.FILTER)
                    .build();
            Map<String, StoryCard> out = new HashMap<>();
            for (ScoreDoc hit : searcher.search(query, Math.max(1, ids.size())).scoreDocs) {
                StoryCard card = card(searcher, hit.doc);
                out.put(card.id(), card);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The card of the story document {@code doc} (an index-wide doc id). */
    private static StoryCard card(IndexSearcher searcher, int doc) throws IOException {
        LeafReaderContext leaf = leafOf(searcher, doc);
        BinaryDocValues cards = DocValues.getBinary(leaf.reader(), StoreDocuments.CARD);
        if (!cards.advanceExact(doc - leaf.docBase)) {
            throw new IllegalStateException("story document " + doc + " has no card");
        }
        return StoreJson.card(cards.binaryValue().utf8ToString());
    }

    /** The segment holding the index-wide doc id {@code doc}. */
    private static LeafReaderContext leafOf(IndexSearcher searcher, int doc) {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        return leaves.get(ReaderUtil.subIndex(doc, leaves));
    }

    private static int[] docs(TopDocs top) {
        int[] docs = new int[top.scoreDocs.length];
        for (int i = 0; i < docs.length; i++) {
            docs[i] = top.scoreDocs[i].doc;
        }
        return docs;
    }

    private static Document first(IndexSearcher searcher, Query query) throws IOException {
        TopDocs top = searcher.search(query, 1);
        return top.scoreDocs.length == 0 ? null : searcher.storedFields().document(top.scoreDocs[0].doc);
    }

    private static Query articleById(String id) {
        return new BooleanQuery.Builder().add(type(StoreDocuments.ARTICLE), Occur.FILTER)
                .add(new TermQuery(new Term(StoreDocuments.ARTICLE_ID, id)), Occur.FILTER).build();
    }

    private static Query storyById(String id) {
        return new BooleanQuery.Builder().add(type(StoreDocuments.STORY), Occur.FILTER)
                .add(new TermQuery(new Term(StoreDocuments.STORY_KEY, id)), Occur.FILTER).build();
    }

    private static Query type(String type) {
        return new TermQuery(new Term(StoreDocuments.TYPE, type));
    }

    /** Runs {@code body} on the latest searcher, refreshing a reader's view first when it is due. */
    private <T> T read(SearcherBody<T> body) {
        try {
            if (writer == null && System.nanoTime() - lastRefresh > REFRESH_MILLIS * 1_000_000) {
                lastRefresh = System.nanoTime();
                searchers.maybeRefresh();
            }
            IndexSearcher searcher = searchers.acquire();
            try {
                return body.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new StoreException(dataDir + ": cannot read the store (" + reason(e) + ")", e);
        } catch (UncheckedIOException e) {
            throw new StoreException(dataDir + ": cannot read the store (" + reason(e.getCause()) + ")", e);
        }
    }

    @FunctionalInterface
    private interface SearcherBody<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private static Map<String, String> commitData(IndexWriter writer) {
        Map<String, String> data = new HashMap<>();
        Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
        if (live != null) {
            live.forEach(e -> data.put(e.getKey(), e.getValue()));
        }
        return data;
    }

    private static void checkFormat(Path dataDir, Map<String, String> data) {
        String format = data.get(FORMAT_KEY);
        if (!FORMAT.equals(format)) {
            throw new StoreException(dataDir + ": not a Chorus store, or one of another version (format "
                    + (format == null ? "missing" : format) + ", expected " + FORMAT + ")");
        }
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private static String reason(Throwable e) {
        if (e instanceof CorruptIndexException || e instanceof IndexFormatTooNewException
                || e instanceof IndexFormatTooOldException) {
            return "damaged or unreadable index: " + e.getMessage();
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.SEVERE);
        return logger;
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable != null) {
            try {
                closeable.close();
            } catch (Exception ignored) {
                // already failing with a better message
            }
        }
    }
}
