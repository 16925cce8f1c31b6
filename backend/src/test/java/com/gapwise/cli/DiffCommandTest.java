package com.gapwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gapwise.importer.BpmnImporter;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffCommandTest {

    private static final Path SAMPLES = Path.of(System.getProperty("gapwise.repo.root", ".")).resolve("sample-models");

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        String[] full = new String[args.length + 1];
        full[0] = "diff";
        System.arraycopy(args, 0, full, 1, args.length);
        return Cli.run(full, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path sample(String name) {
        return SAMPLES.resolve("customer-inquiry").resolve(name);
    }

    @Test
    void printsTheDiffAsJson() throws Exception {
        assertThat(run(sample("current.bpmn").toString(), sample("future.bpmn").toString())).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(json.fieldNames()).toIterable().containsExactly("matches", "added", "removed", "changes", "gaps", "metrics");
        JsonNode first = json.get("matches").get(0);
        assertThat(first.get("score").asDouble()).isBetween(0.0, 1.0);
        assertThat(first.get("reasons").size()).isPositive();
        assertThat(json.get("added").size() + json.get("removed").size() + json.get("changes").size()).isPositive();
    }

    @Test
    void jsonCarriesGapsAndServiceMetricsOfBothStates() throws Exception {
        assertThat(run(sample("current.bpmn").toString(), sample("future.bpmn").toString())).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        long currentTasks = BpmnImporter.withDefaults().read(sample("current.bpmn")).taskCount();
        long futureTasks = BpmnImporter.withDefaults().read(sample("future.bpmn")).taskCount();
        JsonNode metrics = json.get("metrics");
        assertThat(metrics.get("current").get("tasks").asLong()).isEqualTo(currentTasks);
        assertThat(metrics.get("future").get("tasks").asLong()).isEqualTo(futureTasks);
        for (String field : new String[] {"manualTasks", "automatedTasks", "handoffs", "maxSystemsPerRole", "systemsPerRole",
                "channels", "selfServiceShare", "waitingPoints", "shortestPath", "longestPath"}) {
            assertThat(metrics.get("future").has(field)).as(field).isTrue();
        }
        // every task added in the future state is a new-capability gap that names it
        JsonNode gaps = json.get("gaps");
        assertThat(gaps.size()).isPositive();
        for (JsonNode added : json.get("added")) {
            if (added.get("type").asText().endsWith("Task")) {
                assertThat(gaps.findValuesAsText("id")).as("gap for added task " + added.get("id")).contains(added.get("id").asText());
            }
        }
    }

    @Test
    void printsMarkdownForAReview() {
        assertThat(run(sample("current.bpmn").toString(), sample("future.bpmn").toString(), "--format", "markdown")).isZero();
        String md = out.toString(StandardCharsets.UTF_8);
        assertThat(md).startsWith("# Process diff: ").contains("## Summary", "| Matched elements |", "## Changes by lane",
                "| Element | Type | Change | Before | After |", "## Splits and merges", "## Added", "## Removed",
                "## Service metrics (current → future)", "| metric | current | future | change |", "## Gaps");
    }

    @Test
    void missingFileIsAClearErrorWithoutStackTrace() {
        assertThat(run(dir.resolve("nope.bpmn").toString(), sample("future.bpmn").toString())).isEqualTo(1);
        String message = err.toString(StandardCharsets.UTF_8);
        assertThat(message).contains("nope.bpmn").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(out.size()).isZero();
    }

    @Test
    void brokenXmlReportsLineAndColumn() throws Exception {
        Path broken = dir.resolve("broken.bpmn");
        Files.writeString(broken, "<?xml version=\"1.0\"?>\n<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\">\n  <process id=\"p\">\n</definitions>\n");
        assertThat(run(sample("current.bpmn").toString(), broken.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("broken.bpmn").containsPattern("line \\d+");
    }

    @Test
    void wrongUsageExitsWithTwo() {
        assertThat(run(sample("current.bpmn").toString())).isEqualTo(2);
        assertThat(run(sample("current.bpmn").toString(), sample("future.bpmn").toString(), "--format", "xml")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage");
    }
}
