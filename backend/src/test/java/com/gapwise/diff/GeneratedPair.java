package com.gapwise.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gapwise.importer.BpmnImporter;
import com.gapwise.model.ProcessModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A current/future pair written by the shared generator, with its truth. */
record GeneratedPair(ProcessModel current, ProcessModel future, JsonNode truth) {

    static Path generator() {
        return Path.of(System.getProperty("gapwise.repo.root", ".")).resolve("../shared/tools/gen_bpmn.py").normalize();
    }

    static GeneratedPair generate(Path dir, int tasks, int seed, boolean freshIds) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("python3", generator().toString(), String.valueOf(tasks), dir.toString(),
                "--seed", String.valueOf(seed)));
        if (freshIds) {
            cmd.add("--fresh-ids");
        }
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("generator failed: " + output);
        }
        BpmnImporter importer = BpmnImporter.withDefaults();
        return new GeneratedPair(importer.read(dir.resolve("current.bpmn")), importer.read(dir.resolve("future.bpmn")),
                new ObjectMapper().readTree(dir.resolve("truth.json").toFile()));
    }

    List<String> truthIds(String key) {
        List<String> out = new ArrayList<>();
        truth.get(key).forEach(n -> out.add(n.asText()));
        return out;
    }

    List<List<String>> truthPairs() {
        List<List<String>> out = new ArrayList<>();
        truth.get("pairs").forEach(n -> out.add(List.of(n.get(0).asText(), n.get(1).asText())));
        return out;
    }
}
