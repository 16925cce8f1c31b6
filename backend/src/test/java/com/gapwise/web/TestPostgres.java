package com.gapwise.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

/**
 * The PostgreSQL server of this machine and of CI, with a fresh schema per test class so that runs
 * never collide. In CI a missing server fails the build; locally the test is skipped with the reason.
 */
final class TestPostgres {

    static final String HOST = System.getenv().getOrDefault("GAPWISE_TEST_PG_HOST", "127.0.0.1");
    static final String DB = System.getenv().getOrDefault("GAPWISE_TEST_PG_DB", "test");
    static final String USER = System.getenv().getOrDefault("GAPWISE_TEST_PG_USER", "postgres");
    static final String URL = "jdbc:postgresql://" + HOST + ":5432/" + DB;

    private TestPostgres() {
    }

    /** Creates a new schema and returns its name (or skips/fails the test as above). */
    static String freshSchema() {
        String schema = "gw_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(URL, USER, "")) {
            c.createStatement().execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("CI needs PostgreSQL at " + URL + " (user " + USER + "): " + e.getMessage(), e);
            }
            assumeTrue(false, "PostgreSQL not reachable at " + URL + " as " + USER + " (" + e.getMessage()
                    + "); CI runs these tests");
        }
        return schema;
    }

    /** The JDBC URL of a schema made by {@link #freshSchema()}. */
    static String url(String schema) {
        return URL + "?currentSchema=" + schema;
    }

    static void dropSchema(String schema) {
        if (schema == null) {
            return;
        }
        try (Connection c = DriverManager.getConnection(URL, USER, "")) {
            c.createStatement().execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            // nothing was created when the server is missing
        }
    }
}
