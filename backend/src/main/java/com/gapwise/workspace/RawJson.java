package com.gapwise.workspace;

import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.annotation.JsonValue;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Stored JSON passed through to the response as it is: derived items are written once per
 * derivation, so reads need not parse and re-serialise them.
 */
@Schema(type = "object", description = "the engine's JSON of the item, as stored by the last derivation")
public record RawJson(@JsonValue @JsonRawValue String json) {
}
