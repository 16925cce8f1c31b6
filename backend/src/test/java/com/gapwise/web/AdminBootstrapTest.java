package com.gapwise.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.gapwise.GapwiseApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * First start: the user admin gets the password of GAPWISE_ADMIN_PASSWORD (or gapwise.admin.password), else a
 * generated one that is logged once. No empty or default password ever logs in.
 */
@ExtendWith(OutputCaptureExtension.class)
class AdminBootstrapTest {

    private static final Pattern GENERATED = Pattern.compile("generated password (\\S+)");
    private static final List<String> GUESSES = List.of("", "admin", "password", "changeme", Http.ADMIN_PASSWORD);

    @TempDir
    Path dataDir;

    private ConfigurableApplicationContext start(String... extra) {
        String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of("--server.port=0",
                "--gapwise.data-dir=" + dataDir, "--gapwise.demo.enabled=false"), java.util.stream.Stream.of(extra))
                .toArray(String[]::new);
        return new SpringApplicationBuilder(GapwiseApplication.class).run(args);
    }

    private static Http http(ConfigurableApplicationContext app) {
        return new Http(((WebServerApplicationContext) app).getWebServer().getPort());
    }

    @Test
    void withoutAConfiguredPasswordOneIsGeneratedAndLoggedOnce(CapturedOutput output) {
        String password;
        try (ConfigurableApplicationContext app = start("--gapwise.admin.password=")) {
            Matcher m = GENERATED.matcher(output.getAll());
            assertThat(m.find()).as("the generated password is in the log").isTrue();
            password = m.group(1);
            assertThat(password).hasSizeGreaterThanOrEqualTo(16);
            assertThat(m.find()).as("logged once").isFalse();
            assertThat(output.getAll()).containsPattern("WARN .*First start: created the user 'admin'");
            Http http = http(app);
            assertThat(http.as("admin", password).get("/api/me").json().get("role").asText()).isEqualTo("ADMIN");
            for (String guess : GUESSES) {
                ApiContract.assertProblem(http.as("admin", guess).get("/api/me"), 401);
            }
        }
        try (ConfigurableApplicationContext again = start("--gapwise.admin.password=")) {
            Matcher m = GENERATED.matcher(output.getAll());
            assertThat(m.find()).isTrue();
            assertThat(m.find()).as("a restart creates no second admin and logs no password").isFalse();
            assertThat(http(again).as("admin", password).get("/api/me").status()).isEqualTo(200);
        }
    }

    @Test
    void theConfiguredPasswordIsUsedAndNothingIsLogged(CapturedOutput output) {
        try (ConfigurableApplicationContext app = start("--gapwise.admin.password=chosen by the operator")) {
            Http http = http(app);
            assertThat(http.as("admin", "chosen by the operator").get("/api/me").status()).isEqualTo(200);
            assertThat(http.as("admin", "chosen by the operator").get("/api/admin/users").json().findValuesAsText("username"))
                    .containsExactly("admin");
            // (five wrong guesses also lock the username for a while: the throttle at work)
            for (String guess : GUESSES) {
                ApiContract.assertProblem(http.as("admin", guess).get("/api/me"), 401);
            }
            assertThat(output.getAll()).doesNotContain("generated password").doesNotContain("chosen by the operator");
        }
    }

    /** The environment variable, read by a server in a process of its own (a JVM cannot change its own). */
    @Test
    void theEnvironmentVariableIsUsed() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx384m", "-cp", System.getProperty("java.class.path"),
                "com.gapwise.Gapwise", "--server.port=" + port, "--gapwise.data-dir=" + dataDir,
                "--gapwise.demo.enabled=false", "--gapwise.warm-up.enabled=false")
                .redirectErrorStream(true)
                .redirectOutput(Files.createTempFile(dataDir.getParent(), "bootstrap", ".log").toFile());
        pb.environment().put("GAPWISE_ADMIN_PASSWORD", "from the environment");
        Process server = pb.start();
        try {
            Http http = new Http(port).as("admin", "from the environment");
            Instant until = Instant.now().plus(Duration.ofSeconds(120));
            int status = 0;
            while (status != 200 && Instant.now().isBefore(until) && server.isAlive()) {
                try {
                    status = http.get("/api/me").status();
                } catch (UncheckedIOException notYet) {
                    // not listening yet
                }
                if (status != 200) {
                    Thread.sleep(250);
                }
            }
            assertThat(status).as("admin logs in with GAPWISE_ADMIN_PASSWORD").isEqualTo(200);
            ApiContract.assertProblem(http.as("admin", Http.ADMIN_PASSWORD).get("/api/me"), 401);
        } finally {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
            server.destroyForcibly();
        }
    }
}
