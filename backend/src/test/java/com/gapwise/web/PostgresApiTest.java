package com.gapwise.web;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;

/** The API contract on the PostgreSQL server of this machine and of CI, in a fresh schema per run. */
class PostgresApiTest extends ApiContract {

    String schema;

    @Override
    void prepareDatabase() {
        schema = TestPostgres.freshSchema();
    }

    @Override
    Map<String, Object> databaseProperties() {
        return Map.of("spring.profiles.active", "postgres",
                "spring.datasource.url", TestPostgres.url(schema),
                "spring.datasource.username", TestPostgres.USER,
                "spring.datasource.password", "");
    }

    @AfterAll
    void dropSchema() {
        stopApplication();
        app = null;
        TestPostgres.dropSchema(schema);
    }
}
