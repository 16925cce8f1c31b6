package com.gapwise.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/**
 * The benchmarks' HTTP client. Sends an {@code Authorization} header when one is configured, so
 * that the benchmarks run against a secured server too: {@code --token T} or {@code GAPWISE_TOKEN}
 * (Bearer), {@code --basic user:password} or {@code GAPWISE_BASIC} (HTTP Basic).
 */
public final class BenchClient {

    /** A response: status and body. */
    public record Reply(int status, byte[] body) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON: " + new String(body, StandardCharsets.UTF_8), e);
            }
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final String authorization;

    public BenchClient(String base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    /**
     * The Authorization header value from {@code --token}/{@code --basic} options (already taken out
     * of {@code options}) or the environment; null when none is set.
     */
    public static String authorization(Map<String, String> options, Map<String, String> env) {
        String token = options.getOrDefault("--token", env.get("GAPWISE_TOKEN"));
        if (token != null && !token.isBlank()) {
            return "Bearer " + token.strip();
        }
        String basic = options.getOrDefault("--basic", env.get("GAPWISE_BASIC"));
        if (basic != null && !basic.isBlank()) {
            return "Basic " + Base64.getEncoder().encodeToString(basic.strip().getBytes(StandardCharsets.UTF_8));
        }
        return null;
    }

    public String authorization() {
        return authorization;
    }

    /** GET; any status is returned (the caller counts errors). */
    public Reply get(String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    public Reply put(String path, byte[] body, String contentType) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", contentType).PUT(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public Reply post(String path, String json) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** The JSON of a request that must succeed (set-up steps). */
    public JsonNode ok(Reply r, String what) {
        if (r.status() >= 300) {
            throw new IllegalStateException(what + " answered " + r.status() + ": "
                    + new String(r.body(), StandardCharsets.UTF_8));
        }
        return r.json();
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(300));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return b;
    }

    private Reply send(HttpRequest.Builder b) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Reply(r.statusCode(), r.body());
    }
}
