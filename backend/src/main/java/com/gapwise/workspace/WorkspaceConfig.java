package com.gapwise.workspace;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

@Configuration(proxyBeanMethods = false)
// Repositories are nested in Repositories to keep them package-private and together.
@EnableJpaRepositories(basePackages = "com.gapwise", considerNestedRepositories = true)
class WorkspaceConfig {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
