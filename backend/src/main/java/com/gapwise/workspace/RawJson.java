package com.gapwise.workspace;

import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Stored JSON passed through to the response as it is: derived items are written once per
 * derivation, so reads need not parse and re-serialise them.
 */
public record RawJson(@JsonValue @JsonRawValue String json) {
}
