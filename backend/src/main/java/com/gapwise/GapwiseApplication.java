package com.gapwise;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The web application: a thin Spring shell around the engine. */
@SpringBootApplication
public class GapwiseApplication {

    static void start(String[] args) {
        SpringApplication.run(GapwiseApplication.class, args);
    }
}
