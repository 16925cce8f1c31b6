package com.gapwise.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.gapwise.bench.ServerProcess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILL in the middle of a burst of uploads: after a restart on the same database, every upload
 * that was answered 201 is there, byte-identical (by sha256). The server is a child process so that
 * it can be killed for real; the subclasses choose the database.
 */
abstract class DurabilityContract {

    @TempDir
    Path dataDir;

    /** Application arguments selecting the database under test, the same for both starts. */
    abstract List<String> databaseArgs();

    @Test
    void everyAcknowledgedUploadSurvivesASigkill() throws Exception {
        ServerProcess server = startServer();
        Http http = new Http(server.port());
        Map<Integer, String> acknowledged = new ConcurrentHashMap<>();
        String models;
        try {
            server.awaitUp(Duration.ofSeconds(120));
            long ws = http.post("/api/workspaces", "{\"name\":\"Durable\"}").json().get("id").asLong();
            long p = http.post("/api/workspaces/" + ws + "/processes", "{\"name\":\"P\",\"level\":5}").json()
                    .get("id").asLong();
            models = "/api/workspaces/" + ws + "/processes/" + p + "/models/current";
            String a1 = new String(ApiContract.A1, StandardCharsets.UTF_8);
            AtomicInteger sent = new AtomicInteger();
            ExecutorService clients = Executors.newFixedThreadPool(6);
            for (int c = 0; c < 6; c++) {
                clients.submit(() -> {
                    for (int i = 0; i < 200 && server.isAlive(); i++) {
                        // every body distinct, so that each version's bytes can be told apart
                        byte[] body = (a1 + "<!-- upload " + sent.incrementAndGet() + " -->")
                                .getBytes(StandardCharsets.UTF_8);
                        try {
                            Http.Reply r = http.put(models, body, "application/xml");
                            if (r.status() == 201) {
                                acknowledged.put(r.json().get("version").asInt(), sha256(body));
                            }
                        } catch (RuntimeException cut) {
                            return; // the server died under this request: not acknowledged
                        }
                    }
                });
            }
            // kill once a burst is under way
            Instant until = Instant.now().plusSeconds(60);
            while (acknowledged.size() < 15 && Instant.now().isBefore(until)) {
                Thread.sleep(20);
            }
            server.kill();
            clients.shutdown();
            assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            server.kill();
        }
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(15);

        ServerProcess again = startServer();
        try {
            again.awaitUp(Duration.ofSeconds(120));
            Http after = new Http(again.port());
            List<Integer> stored = new ArrayList<>(after.get(models + "/versions").json().findValues("version").stream()
                    .map(v -> v.asInt()).toList());
            assertThat(stored).containsAll(acknowledged.keySet());
            for (Map.Entry<Integer, String> a : acknowledged.entrySet()) {
                Http.Reply r = after.get(models + "?version=" + a.getKey());
                assertThat(r.status()).isEqualTo(200);
                assertThat(sha256(r.body())).as("version " + a.getKey()).isEqualTo(a.getValue());
            }
            System.out.printf("durability (%s): %d uploads acknowledged before SIGKILL, %d versions after restart, all "
                    + "acknowledged present and byte-identical%n", getClass().getSimpleName(), acknowledged.size(),
                    stored.size());
        } finally {
            again.close();
        }
    }

    private ServerProcess startServer() throws IOException {
        List<String> args = new ArrayList<>(databaseArgs());
        args.add("--gapwise.demo.enabled=false");
        return ServerProcess.start(List.of("-Xmx512m"), args, Files.createTempFile(dataDir.getParent(), "server", ".log"));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
