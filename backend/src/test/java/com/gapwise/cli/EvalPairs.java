package com.gapwise.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gapwise.importer.BpmnImportException;
import com.gapwise.importer.BpmnImporter;
import com.gapwise.model.ProcessModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The labelled pairs of {@code eval/matching}, for tests that check a property of the matcher on every one of them. */
final class EvalPairs {

    private static final Path EVAL = Path.of(System.getProperty("gapwise.repo.root", ".")).resolve("eval/matching");
    private static final ObjectMapper JSON = new ObjectMapper();

    private EvalPairs() {
    }

    /**
     * Every pair's gold file: the sixteen pairs at the top and the folds C to W one level down, held out and dev
     * alike. Tests that read them name failing pairs only, never their matches or figures: the held-out folds'
     * outputs are not to be read.
     */
    static List<Path> goldFiles() throws IOException {
        List<Path> folders = new ArrayList<>(List.of(EVAL));
        for (char fold = 'c'; fold <= 'w'; fold++) {
            folders.add(EVAL.resolve("fold-" + fold));
        }
        return EvalMatchingCommand.goldFiles(folders);
    }

    /** The pair's two models, current then future, as its gold file names them. */
    static List<ProcessModel> models(Path goldFile, BpmnImporter importer) throws IOException, BpmnImportException {
        JsonNode gold = JSON.readTree(goldFile.toFile());
        return List.of(importer.read(goldFile.resolveSibling(gold.get("current").asText()).normalize()),
                importer.read(goldFile.resolveSibling(gold.get("future").asText()).normalize()));
    }
}
