package com.gapwise.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.gapwise.cli.Cli;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Coverage-guided fuzzing of a public data set's gold as {@code eval-matching --alignments} reads it (the Alignment
 * API's RDF, from a file the user names): scoring it (exit 0) or refusing it with a message (exit 1) are the only
 * allowed outcomes; an exception, a hang or an out-of-memory is a crash. The models are two small Petri nets. Without
 * {@code JAZZER_FUZZ=1} this replays the seed corpus in {@code AlignmentFuzzTestInputs/scoresOrRefuses}.
 */
class AlignmentFuzzTest {

    private static final Path DATA_SET = dataSet();

    private static Path dataSet() {
        try {
            Path dir = Files.createTempDirectory("gapwise-alignment-fuzz");
            Files.createDirectories(dir.resolve("models"));
            for (String[] model : new String[][] {{"registration.pnml", "Plain.pnml"}, {"registration-woped.pnml", "Woped.pnml"}}) {
                try (InputStream in = AlignmentFuzzTest.class.getResourceAsStream("/interchange/" + model[0])) {
                    Files.copy(in, dir.resolve("models").resolve(model[1]));
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest(maxDuration = "30s")
    void scoresOrRefuses(byte[] rdf) throws IOException {
        Path gold = Files.write(DATA_SET.resolve("Plain-Woped.rdf"), rdf);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Cli.run(new String[] {"eval-matching", "--alignments", gold.toString(), "--models",
            DATA_SET.resolve("models").toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String said = err.toString(StandardCharsets.UTF_8);
        if (status == 1 && said.isBlank()) {
            throw new AssertionError("a refusal must say why");
        }
        if (status != 0 && status != 1) {
            throw new AssertionError("exit " + status + ": " + said);
        }
        if (status == 0 && !out.toString(StandardCharsets.UTF_8).contains("micro average")) {
            throw new AssertionError("scored without figures: " + out);
        }
    }
}
