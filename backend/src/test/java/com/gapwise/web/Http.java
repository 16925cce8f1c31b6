package com.gapwise.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A tiny HTTP client for the API tests: real requests to the real port. By default it authenticates as
 * the bootstrap admin with HTTP Basic (the password every test application gets from
 * {@code src/test/resources/config/application.properties}); {@link #as}, {@link #withToken},
 * {@link #anonymous} and {@link #session} make other clients.
 */
final class Http {

    static final String ADMIN_PASSWORD = "test-admin-password";

    /** A response with its body as bytes, parsed as JSON on demand. */
    record Reply(int status, java.net.http.HttpHeaders headers, byte[] body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + new String(body), e);
            }
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        String contentType() {
            return header("Content-Type");
        }
    }

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client;
    private final String base;
    private final int port;
    /** The Authorization header sent with every request, or null. */
    private final String authorization;
    /** Cookies of a browser-like session client, or null. */
    private final java.net.CookieManager cookies;

    Http(int port) {
        this(port, basic("admin", ADMIN_PASSWORD), null);
    }

    private Http(int port, String authorization, java.net.CookieManager cookies) {
        this.port = port;
        this.base = "http://127.0.0.1:" + port;
        this.authorization = authorization;
        this.cookies = cookies;
        HttpClient.Builder b = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5));
        if (cookies != null) {
            b.cookieHandler(cookies);
        }
        this.client = b.build();
    }

    /** A client that authenticates as this user with HTTP Basic. */
    Http as(String username, String password) {
        return new Http(port, basic(username, password), null);
    }

    /** A client that sends this personal API token. */
    Http withToken(String token) {
        return new Http(port, "Bearer " + token, null);
    }

    /** A client without credentials. */
    Http anonymous() {
        return new Http(port, null, null);
    }

    /** A browser-like client: no Authorization, keeps the cookies it is given (session, XSRF-TOKEN). */
    Http session() {
        return new Http(port, null, new java.net.CookieManager());
    }

    /** The value of a cookie this session client holds, or null. */
    String cookie(String name) {
        return cookies == null ? null : cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name)).map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    /** Posts an HTML form (application/x-www-form-urlencoded). */
    Reply form(String path, java.util.Map<String, String> fields, String... headers) {
        String body = fields.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(java.util.stream.Collectors.joining("&"));
        return send(builder(path, headers).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    static String basic(String username, String password) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString(
                (username + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    Reply get(String path, String... headers) {
        return send(builder(path, headers).GET());
    }

    Reply post(String path, String json, String... headers) {
        return send(builder(path, headers).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply put(String path, byte[] body, String contentType, String... headers) {
        return send(builder(path, headers).header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** A body of unknown length, sent chunked (no Content-Length). */
    Reply putChunked(String path, byte[] body, String contentType) {
        return send(builder(path).header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))));
    }

    Reply post(String path, byte[] body, String contentType, String... headers) {
        return send(builder(path, headers).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    Reply delete(String path, String... headers) {
        return send(builder(path, headers).DELETE());
    }

    Reply patch(String path, String json, String... headers) {
        return send(builder(path, headers).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpRequest.Builder builder(String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        boolean ownAuthorization = false;
        for (int i = 0; i < headers.length; i += 2) {
            ownAuthorization |= headers[i].equalsIgnoreCase("Authorization");
        }
        if (authorization != null && !ownAuthorization) {
            b.header("Authorization", authorization);
        }
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return b;
    }

    private Reply send(HttpRequest.Builder b) {
        try {
            HttpResponse<byte[]> r = client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(r.statusCode(), r.headers(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
