package com.gapwise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InspectCommandTest {

    private static final String GOOD = """
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" targetNamespace="urn:t">
              <collaboration id="c">
                <participant id="p1" processRef="proc"/><participant id="p2"/>
                <messageFlow id="m" sourceRef="p2" targetRef="t1"/>
              </collaboration>
              <process id="proc">
                <laneSet><lane id="l1"><flowNodeRef>t1</flowNodeRef></lane><lane id="l2"/></laneSet>
                <startEvent id="s"/>
                <userTask id="t1"/>
                <subProcess id="sub"><serviceTask id="t2"/><sendTask id="t3"/></subProcess>
                <callActivity id="call"/>
                <sequenceFlow id="f1" sourceRef="s" targetRef="t1"/>
                <sequenceFlow id="f2" sourceRef="t1" targetRef="sub"/>
              </process>
            </definitions>
            """;

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private Path models;

    @BeforeEach
    void files() throws Exception {
        models = Files.createDirectories(dir.resolve("My Models (v2)"));
        Files.createDirectories(models.resolve("sub dir"));
        Files.writeString(models.resolve("sub dir").resolve("b (copy).bpmn"), GOOD);
        Files.writeString(models.resolve("a.bpmn"), GOOD);
        Files.writeString(models.resolve("notes.txt"), "not a model");
    }

    private int run(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "inspect";
        System.arraycopy(args, 0, all, 1, args.length);
        return Cli.run(all, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private List<JsonNode> lines() throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> result = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                result.add(json.readTree(line));
            }
        }
        return result;
    }

    @Test
    void walksFoldersSortedAndCountsEverything() throws Exception {
        assertThat(run(models.toString())).isZero();

        List<JsonNode> lines = lines();
        assertThat(lines).extracting(l -> Path.of(l.get("file").asText()).getFileName().toString())
                .containsExactly("a.bpmn", "b (copy).bpmn");
        JsonNode a = lines.get(0);
        assertThat(a.get("ok").asBoolean()).isTrue();
        assertThat(a.get("processes").asInt()).isEqualTo(1);
        assertThat(a.get("lanes").asInt()).isEqualTo(2);
        assertThat(a.get("tasks").asInt()).isEqualTo(3); // user task + service and send task inside the sub-process
        assertThat(a.get("flowNodes").asInt()).isEqualTo(6);
        assertThat(a.get("sequenceFlows").asInt()).isEqualTo(2);
        assertThat(a.get("messageFlows").asInt()).isEqualTo(1);
        assertThat(a.get("warnings").isArray()).isTrue();
        List<String> keys = new ArrayList<>();
        a.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("file", "ok", "processes", "lanes", "tasks", "flowNodes", "sequenceFlows",
                "messageFlows", "warnings");
    }

    @Test
    void aBrokenFileIsReportedAndExitsOne() throws Exception {
        Path broken = Files.writeString(models.resolve("c broken.bpmn"), "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\">\n<process>");

        assertThat(run(models.toString())).isEqualTo(1);

        JsonNode failed = lines().stream().filter(l -> l.get("file").asText().equals(broken.toString())).findFirst().orElseThrow();
        assertThat(failed.get("ok").asBoolean()).isFalse();
        assertThat(failed.get("error").asText()).contains("c broken.bpmn").contains("line 2");
        assertThat(failed.get("code").asText()).isEqualTo("MALFORMED_XML");
        assertThat(lines()).hasSize(3);
    }

    @Test
    void explicitFilesAndFoldersMix() throws Exception {
        assertThat(run(models.resolve("a.bpmn").toString(), models.resolve("sub dir").toString())).isZero();

        assertThat(lines()).hasSize(2);
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(run()).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage");

        err.reset();
        assertThat(run(models.toString(), dir.resolve("missing folder").toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no such file or folder").contains("missing folder");
        assertThat(out.size()).isZero();
    }
}
