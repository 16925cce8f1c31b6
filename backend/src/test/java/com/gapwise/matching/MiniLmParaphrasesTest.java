package com.gapwise.matching;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.util.Utils;
import org.junit.jupiter.api.Test;

/** The sentence-embedding model runs in process and never reaches the network. */
class MiniLmParaphrasesTest {

    @Test
    void theTokenizersRuntimeIsOfflineAndOptedOutOfTrackingOnceTheModelIsLoaded() {
        // loading in the background first, as the matcher does, then embedding waits for it
        MiniLmParaphrases.shared().prepare();
        assertThat(MiniLmParaphrases.shared().embed("Check the application")).hasSize(384);
        // DJL skips its call to the cloud's instance-metadata address (usage tracking) only under these switches
        assertThat(Utils.isOfflineMode()).isTrue();
        assertThat(Boolean.parseBoolean(Utils.getEnvOrSystemProperty("OPT_OUT_TRACKING"))).isTrue();
    }
}
