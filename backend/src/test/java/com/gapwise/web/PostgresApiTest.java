package com.gapwise.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;

/**
 * The API contract on the PostgreSQL server of this machine and of CI, in a fresh schema per run
 * so that runs never collide. In CI a missing server fails the build; locally the test is skipped
 * with the reason.
 */
class PostgresApiTest extends ApiContract {

    static final String HOST = System.getenv().getOrDefault("GAPWISE_TEST_PG_HOST", "127.0.0.1");
    static final String DB = System.getenv().getOrDefault("GAPWISE_TEST_PG_DB", "test");
    static final String USER = System.getenv().getOrDefault("GAPWISE_TEST_PG_USER", "postgres");
    static final String URL = "jdbc:postgresql://" + HOST + ":5432/" + DB;

    final String schema = "gw_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    @Override
    void prepareDatabase() {
        try (Connection c = DriverManager.getConnection(URL, USER, "")) {
            c.createStatement().execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("CI needs PostgreSQL at " + URL + " (user " + USER + "): " + e.getMessage(), e);
            }
            assumeTrue(false, "PostgreSQL not reachable at " + URL + " as " + USER + " (" + e.getMessage()
                    + "); CI runs these tests");
        }
    }

    @Override
    Map<String, Object> databaseProperties() {
        return Map.of("spring.profiles.active", "postgres",
                "spring.datasource.url", URL + "?currentSchema=" + schema,
                "spring.datasource.username", USER,
                "spring.datasource.password", "");
    }

    @AfterAll
    void dropSchema() throws SQLException {
        stopApplication();
        app = null;
        try (Connection c = DriverManager.getConnection(URL, USER, "")) {
            c.createStatement().execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            // nothing was created when the server is missing
        }
    }
}
