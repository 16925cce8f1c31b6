package com.gapwise.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.gapwise.GapwiseApplication;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The first start of a fresh database loads the sample models once; a restart does not repeat it. */
class DemoWorkspaceTest {

    @TempDir
    Path dataDir;

    @Test
    void loadsTheSamplesOnceIntoADemoWorkspace() throws IOException {
        long samples;
        try (Stream<Path> dirs = Files.list(ApiContract.repoRoot().resolve("sample-models"))) {
            samples = dirs.filter(d -> Files.exists(d.resolve("future.bpmn"))).count();
        }
        assertThat(samples).isPositive();
        for (int start = 0; start < 2; start++) {
            try (ConfigurableApplicationContext app = new SpringApplicationBuilder(GapwiseApplication.class)
                    .run("--server.port=0", "--gapwise.data-dir=" + dataDir, "--gapwise.demo.enabled=true")) {
                Http http = new Http(((WebServerApplicationContext) app).getWebServer().getPort());
                JsonNode workspaces = http.get("/api/workspaces").json();
                assertThat(workspaces).hasSize(1);
                long ws = workspaces.get(0).get("id").asLong();
                JsonNode processes = http.get("/api/workspaces/" + ws + "/processes").json();
                assertThat(processes).hasSize((int) samples + 1);
                for (JsonNode p : processes) {
                    if (p.get("level").asInt() == 5) {
                        JsonNode detail = http.get("/api/workspaces/" + ws + "/processes/" + p.get("id").asLong()).json();
                        assertThat(detail.get("current").get("version").asInt()).isEqualTo(1);
                        assertThat(detail.get("future").get("version").asInt()).isEqualTo(1);
                        Http.Reply diff = http.get("/api/workspaces/" + ws + "/processes/" + p.get("id").asLong() + "/diff");
                        assertThat(diff.status()).as(p.get("name").asText()).isEqualTo(200);
                        assertThat(diff.json().get("matches")).isNotEmpty();
                    }
                }
                // one derivation per upload, one for the demo inventory, none on the restart
                assertThat(http.get("/api/workspaces/" + ws + "/strategy").json().get("revision").asLong())
                        .isEqualTo(2 * samples + 1);
                // the first start shows a portfolio: each posture at least once, every application on the heat map
                JsonNode portfolio = http.get("/api/workspaces/" + ws + "/portfolio").json();
                assertThat(portfolio.get("postures")).hasSize(8);
                for (String posture : new String[] {"RETAIN", "ENHANCE", "REPLACE", "RETIRE"}) {
                    assertThat(portfolio.get("summary").get("postures").get(posture).asInt()).as(posture).isPositive();
                }
                assertThat(portfolio.get("heatMap").get("processes")).hasSize((int) samples);
                JsonNode strategy = http.get("/api/workspaces/" + ws + "/strategy").json();
                assertThat(strategy.get("counts").get("gaps").asInt()).isPositive();
                assertThat(strategy.get("counts").get("initiatives").asInt()).isPositive();
                assertThat(strategy.get("warnings").toString()).doesNotContain("could not be diffed");
            }
        }
    }
}
