package com.gapwise.web;

import java.util.List;

/** SIGKILL durability on embedded H2 in a file, as the default install runs it. */
class H2DurabilityIT extends DurabilityContract {

    @Override
    List<String> databaseArgs() {
        return List.of("--gapwise.data-dir=" + dataDir);
    }
}
