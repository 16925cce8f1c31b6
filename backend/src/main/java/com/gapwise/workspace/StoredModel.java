package com.gapwise.workspace;

import java.time.Instant;
import java.util.List;

/**
 * A stored model version as the API shows it.
 *
 * @param version  1, 2, 3... per process and state
 * @param warnings what the importer tolerated or repaired
 */
public record StoredModel(long processId, String state, int version, String fileName, String sha256, long size,
                          Instant uploadedAt, List<String> warnings) {

    public StoredModel {
        warnings = List.copyOf(warnings);
    }
}
