package com.gapwise.web;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;

/** The API contract on embedded H2 in a file, as the default install runs it. */
class H2ApiTest extends ApiContract {

    @TempDir
    static Path dataDir;

    @Override
    Map<String, Object> databaseProperties() {
        return Map.of("gapwise.data-dir", dataDir.toString());
    }
}
