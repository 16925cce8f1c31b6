package com.gapwise.matching;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.util.List;
import java.util.Optional;

/**
 * all-MiniLM-L6-v2 (quantised; 384 dimensions, trained on a billion sentence pairs, Apache 2.0), run in
 * process by ONNX Runtime through LangChain4j's embedding module: nothing leaves the machine. Loaded once per
 * JVM, in the background as soon as a matcher knows it will compare sentences (about 0.25 s from the files the
 * build unpacks beside the jars); a label takes about 2 ms.
 */
final class MiniLmParaphrases implements Paraphrases {

    private static final MiniLmParaphrases SHARED = new MiniLmParaphrases();
    /** DJL's switches (read as environment variables or system properties) for offline mode and no tracking. */
    private static final List<String> OFFLINE_FLAGS = List.of("ai.djl.offline", "DJL_OFFLINE", "OPT_OUT_TRACKING");

    /** ONNX Runtime's switch for the folder it loads its native libraries from, instead of copying them out. */
    private static final String NATIVE_PATH = "onnxruntime.native.path";
    /** A class of ONNX Runtime's jar, named so that it is found without being initialised (that loads the library). */
    private static final String RUNTIME_CLASS = "ai.onnxruntime.OrtEnvironment";
    /** DJL's switch (an environment variable or system property) for the tokenizer library to load, instead of its copy. */
    private static final String TOKENIZER_PATH = "RUST_LIBRARY_PATH";
    /** A class of DJL's tokenizer jar, which holds the tokenizer's native library. */
    private static final String TOKENIZER_CLASS = "ai.djl.huggingface.tokenizers.HuggingFaceTokenizer";
    /** JNA's switch for the folder it loads its dispatch library from, instead of copying it out of its jar. */
    private static final String JNA_PATH = "jna.boot.library.path";
    /** A class of JNA's jar, which holds its dispatch library. */
    private static final String JNA_CLASS = "com.sun.jna.Native";
    /** JNA's switch for the folder of its copies, which it creates (under ~/.cache on Linux) and clears at every load. */
    private static final String JNA_COPIES = "jna.tmpdir";
    /**
     * A class of the model's jar, by name so that a run that never loads the model loads none of LangChain4j; and the
     * two files in that jar that LangChain4j reads (names as in the jar).
     */
    private static final String MODEL_CLASS =
            "dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel";
    private static final String MODEL_FILE = "all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER_FILE = "all-minilm-l6-v2-q-tokenizer.json";

    private EmbeddingModel model;
    private boolean unavailable;
    private boolean loading;
    /** The background load, once started. */
    private volatile Thread loader;

    private MiniLmParaphrases() {
    }

    static MiniLmParaphrases shared() {
        return SHARED;
    }

    /**
     * DJL, the tokenizer's runtime, asks the cloud's instance-metadata address (169.254.169.254) for its usage
     * tracking when it loads, unless it runs offline or tracking is opted out: Gapwise never reaches the network.
     */
    private static void stayOffline() {
        for (String flag : OFFLINE_FLAGS) {
            System.setProperty(flag, "true");
        }
    }

    /**
     * Has ONNX Runtime and DJL's tokenizer load their native libraries from the copies the build unpacked beside their
     * jars, where there are some for this platform and the user chose no other. Without it, ONNX Runtime 1.20 copies
     * its 16 MB library into a new folder under the temporary directory at every start (about 45 ms) and leaves the
     * folder behind, one per diff of two models drawn apart; DJL copies its 14 MB library into the user's home, and
     * JNA, through which DJL looks for a GPU, its 130 KB dispatch library into ~/.cache/JNA at every load.
     */
    private static void loadRuntimeInPlace() {
        Optional<String> platform = Unpacked.platform(System.getProperty("os.name"), System.getProperty("os.arch"));
        if (System.getProperty(NATIVE_PATH) == null) {
            platform.flatMap(p -> Unpacked.beside(RUNTIME_CLASS, "native-" + p,
                            System.mapLibraryName("onnxruntime"), System.mapLibraryName("onnxruntime4j_jni")))
                    .ifPresent(folder -> System.setProperty(NATIVE_PATH, folder.toString()));
        }
        // DJL copies the tokenizer's library into ~/.djl.ai (14 MB) at its first load, unless told where it is
        if (System.getProperty(TOKENIZER_PATH) == null && System.getenv(TOKENIZER_PATH) == null) {
            String library = System.mapLibraryName("tokenizers");
            platform.flatMap(p -> Unpacked.beside(TOKENIZER_CLASS, "native-" + p, library))
                    .ifPresent(folder -> System.setProperty(TOKENIZER_PATH, folder.resolve(library).toString()));
        }
        // DJL looks for a GPU through JNA, which copies its dispatch library into ~/.cache/JNA at every load; read
        // in place, it copies nothing, but still creates and clears the folder for its copies unless given one
        if (System.getProperty(JNA_PATH) == null) {
            platform.flatMap(p -> Unpacked.beside(JNA_CLASS, "native-" + p, System.mapLibraryName("jnidispatch")))
                    .ifPresent(folder -> {
                        System.setProperty(JNA_PATH, folder.toString());
                        if (System.getProperty(JNA_COPIES) == null) {
                            System.setProperty(JNA_COPIES, System.getProperty("java.io.tmpdir"));
                        }
                    });
        }
    }

    /**
     * The model read from the files the build unpacked beside its jar, where they are there: the same model and
     * tokenizer as {@link AllMiniLmL6V2QuantizedEmbeddingModel}, which inflates the 23 MB model out of its jar into
     * memory at every start (about 140 ms) where ONNX Runtime reads a file in a few milliseconds.
     */
    private static EmbeddingModel newModel() {
        return Unpacked.beside(MODEL_CLASS, "models", MODEL_FILE, TOKENIZER_FILE)
                .<EmbeddingModel>map(folder -> new OnnxEmbeddingModel(folder.resolve(MODEL_FILE),
                        folder.resolve(TOKENIZER_FILE), PoolingMode.MEAN))
                .orElseGet(AllMiniLmL6V2QuantizedEmbeddingModel::new);
    }

    /** Run on the thread that starts the load, before it starts: see {@link ProcessMatcher#beforeBackgroundWork}. */
    private volatile Runnable beforeLoad;

    void beforeLoad(Runnable action) {
        beforeLoad = action;
    }

    /** Loads the model on a thread of its own, while the matcher reads the labels and opens WordNet. */
    @Override
    public void prepare() {
        synchronized (this) {
            if (model != null || unavailable || loading) {
                return;
            }
            loading = true;
        }
        Runnable before = beforeLoad;
        if (before != null) {
            before.run();
        }
        Thread thread = new Thread(this::load, "gapwise-sentence-model");
        thread.setDaemon(true);
        loader = thread;
        thread.start();
    }

    /**
     * Waits for a background load under way to end. ONNX Runtime closes its native environment in a JVM
     * shutdown hook, whatever session is being created on it: a JVM that exits during the load crashes (exit
     * code 134, the JVM's crash report on standard output after the JSON). A one-shot command whose labels all
     * paired before the model was needed would exit then.
     */
    void awaitLoad() {
        Thread thread = loader;
        if (thread == null) {
            return;
        }
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized boolean load() {
        if (model == null && !unavailable) {
            try {
                stayOffline();
                loadRuntimeInPlace();
                model = newModel();
            } catch (RuntimeException | LinkageError e) {
                // no native runtime for this platform, say: matching goes on with the dictionary alone
                unavailable = true;
            }
        }
        return model != null;
    }

    /** One label at a time: the web tier may diff on several threads, and one embedding is a few milliseconds. */
    @Override
    public synchronized float[] embed(String text) {
        if (!load()) {
            return null;
        }
        try {
            float[] vector = model.embed(text).content().vector();
            double norm = 0;
            for (float v : vector) {
                norm += v * v;
            }
            float scale = (float) (1 / Math.sqrt(norm));
            for (int i = 0; i < vector.length; i++) {
                vector[i] *= scale;
            }
            return vector;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
