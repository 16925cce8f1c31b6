package com.gapwise.access;

import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * First start (no user yet): creates the user {@code admin}. Its password comes from
 * {@code GAPWISE_ADMIN_PASSWORD} (the property {@code gapwise.admin.password}); without it a random one
 * is generated and printed once in the log. There is no default password. Runs before the web server
 * listens, so no request ever finds a database without its admin.
 */
@Component
class AdminBootstrap implements SmartInitializingSingleton {

    private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);

    private final Users users;
    private final String configured;

    AdminBootstrap(Users users, @Value("${gapwise.admin.password:}") String configured) {
        this.users = users;
        this.configured = configured;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (users.count() > 0) {
            return;
        }
        boolean generated = configured == null || configured.isBlank();
        String password = generated ? generate() : configured;
        if (!users.createFirstAdmin(password)) {
            return;
        }
        if (generated) {
            LOG.warn("First start: created the user 'admin' with the generated password {} (shown only this once; "
                    + "set GAPWISE_ADMIN_PASSWORD on a fresh database to choose it, change it under Admin)", password);
        } else {
            LOG.info("First start: created the user 'admin' with the password from GAPWISE_ADMIN_PASSWORD");
        }
    }

    private static String generate() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
