package com.gapwise.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.gapwise.GapwiseApplication;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * An upgrade reaches the workspaces stored before it: a workspace another build of the engine derived is derived
 * again at start (its diffs, gaps and roadmap as the new engine makes them, every analyst decision kept as in any
 * re-derivation); one this build derived is left alone.
 */
class EngineUpgradeTest {

    @TempDir
    Path dataDir;

    @Test
    void aWorkspaceAnotherBuildDerivedIsDerivedAgainAtStart() throws Exception {
        String strategy;
        long derivedByFirstBuild;
        try (ConfigurableApplicationContext app = start("build 1")) {
            Http http = http(app);
            long ws = http.post("/api/workspaces", "{\"name\":\"Upgraded\"}").json().get("id").asLong();
            long p = http.post("/api/workspaces/" + ws + "/processes", "{\"name\":\"P\",\"level\":5}").json()
                    .get("id").asLong();
            String models = "/api/workspaces/" + ws + "/processes/" + p + "/models/";
            assertThat(http.put(models + "current", ApiContract.A1, "application/xml").status()).isEqualTo(201);
            assertThat(http.put(models + "future", ApiContract.A2, "application/xml").status()).isEqualTo(201);
            strategy = "/api/workspaces/" + ws + "/strategy";
            derivedByFirstBuild = http.get(strategy).json().get("revision").asLong();
        }

        // the same build again: nothing to catch up
        try (ConfigurableApplicationContext app = start("build 1")) {
            Http http = http(app);
            Thread.sleep(3000);
            assertThat(http.get(strategy).json().get("revision").asLong()).isEqualTo(derivedByFirstBuild);
        }

        // another build: derived again without any change to the workspace
        try (ConfigurableApplicationContext app = start("build 2")) {
            Http http = http(app);
            Instant until = Instant.now().plus(Duration.ofSeconds(60));
            long revision = derivedByFirstBuild;
            while (revision == derivedByFirstBuild && Instant.now().isBefore(until)) {
                Thread.sleep(100);
                revision = http.get(strategy).json().get("revision").asLong();
            }
            assertThat(revision).isEqualTo(derivedByFirstBuild + 1);
        }
    }

    private ConfigurableApplicationContext start(String build) {
        return new SpringApplicationBuilder(GapwiseApplication.class).run("--server.port=0",
                "--gapwise.data-dir=" + dataDir, "--gapwise.demo.enabled=false", "--spring.main.banner-mode=off",
                "--gapwise.engine.build=" + build);
    }

    private static Http http(ConfigurableApplicationContext app) {
        return new Http(((WebServerApplicationContext) app).getWebServer().getPort());
    }
}
