package com.gapwise.web;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** SIGKILL durability on PostgreSQL, in a fresh schema (skipped locally without the server, fails in CI). */
class PostgresDurabilityIT extends DurabilityContract {

    String schema;

    @BeforeEach
    void freshSchema() {
        schema = TestPostgres.freshSchema();
    }

    @AfterEach
    void dropSchema() {
        TestPostgres.dropSchema(schema);
    }

    @Override
    List<String> databaseArgs() {
        return List.of("--spring.profiles.active=postgres", "--spring.datasource.url=" + TestPostgres.url(schema),
                "--spring.datasource.username=" + TestPostgres.USER, "--spring.datasource.password=");
    }
}
