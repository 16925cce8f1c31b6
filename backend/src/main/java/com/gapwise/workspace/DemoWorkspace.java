package com.gapwise.workspace;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * On the first start of a fresh database, loads the bundled sample models into a demo workspace
 * so that the application shows a full strategy at once. Never again afterwards, even on another
 * instance; off with {@code gapwise.demo.enabled=false}.
 */
@Component
@ConditionalOnProperty(name = "gapwise.demo.enabled", havingValue = "true", matchIfMissing = true)
class DemoWorkspace implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoWorkspace.class);
    static final String EVENT = "demo-workspace-loaded";

    private final Catalogue catalogue;
    private final ModelLibrary library;
    private final Repositories.Workspaces workspaces;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final PortfolioBoard portfolio;
    private final ObjectMapper json;

    DemoWorkspace(Catalogue catalogue, ModelLibrary library, Repositories.Workspaces workspaces, JdbcTemplate jdbc,
                  Clock clock, PortfolioBoard portfolio, ObjectMapper json) {
        this.portfolio = portfolio;
        this.json = json;
        this.catalogue = catalogue;
        this.library = library;
        this.workspaces = workspaces;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (workspaces.count() > 0 || !claim()) {
            return;
        }
        Resource[] futures = new PathMatchingResourcePatternResolver(getClass().getClassLoader())
                .getResources("classpath*:sample-models/*/future.bpmn");
        if (futures.length == 0) {
            LOG.info("no sample models on the classpath: no demo workspace");
            return;
        }
        Arrays.sort(futures, Comparator.comparing(r -> String.valueOf(r.getDescription())));
        Workspace ws = catalogue.createWorkspace("Demo: customer service");
        CatalogueProcess root = catalogue.addProcess(ws.getId(), "Customer service", 1, null);
        for (Resource future : futures) {
            Resource current = future.createRelative("current.bpmn");
            String folder = folderOf(future);
            CatalogueProcess p = catalogue.addProcess(ws.getId(), title(folder), 5, root.getId());
            try {
                if (current.exists()) {
                    library.upload(ws.getId(), p.getId(), ModelState.CURRENT, read(current), folder + "/current.bpmn").join();
                }
                library.upload(ws.getId(), p.getId(), ModelState.FUTURE, read(future), folder + "/future.bpmn").join();
            } catch (ModelRejectedException e) {
                LOG.warn("sample model {} not loaded: {}", folder, e.getMessage());
            }
        }
        Resource applications = new PathMatchingResourcePatternResolver(getClass().getClassLoader())
                .getResource("classpath:sample-models/applications.json");
        if (applications.exists()) {
            portfolio.addAll(ws.getId(), json.readTree(read(applications)));
        }
        LOG.info("demo workspace {} loaded with {} sample processes", ws.getId(), futures.length);
    }

    /** Records the one-time event; false when another instance already did. */
    private boolean claim() {
        try {
            jdbc.update("INSERT INTO installation_event (name, happened_at) VALUES (?, ?)", EVENT,
                    Timestamp.from(clock.instant()));
            return true;
        } catch (DataIntegrityViolationException e) {
            return false;
        }
    }

    private static byte[] read(Resource r) throws IOException {
        try (InputStream in = r.getInputStream()) {
            return in.readAllBytes();
        }
    }

    private static String folderOf(Resource future) throws IOException {
        String path = future.getURL().getPath();
        String dir = path.substring(0, path.lastIndexOf('/'));
        return dir.substring(dir.lastIndexOf('/') + 1);
    }

    /** "return-refund" becomes "Return refund". */
    static String title(String folder) {
        String words = folder.replace('-', ' ').replace('_', ' ');
        return words.isEmpty() ? words : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
