package com.gapwise.workspace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.gapwise.model.ProcessModel;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Versioned BPMN models per process and state: upload, list, download the exact bytes. */
@Service
public class ModelLibrary {

    private final Catalogue catalogue;
    private final Repositories.Processes processes;
    private final Repositories.ModelVersions versions;
    private final Repositories.ModelContents contents;
    private final ModelReader reader;
    private final Analysis analysis;
    private final Rederivations rederivations;
    private final TransactionTemplate tx;
    private final ObjectMapper json;
    private final Clock clock;

    ModelLibrary(Catalogue catalogue, Repositories.Processes processes, Repositories.ModelVersions versions,
                 Repositories.ModelContents contents, ModelReader reader, Analysis analysis,
                 Rederivations rederivations, TransactionTemplate tx, ObjectMapper json, Clock clock) {
        this.catalogue = catalogue;
        this.processes = processes;
        this.versions = versions;
        this.contents = contents;
        this.reader = reader;
        this.analysis = analysis;
        this.rederivations = rederivations;
        this.tx = tx;
        this.json = json;
        this.clock = clock;
    }

    /** The largest model the importer accepts; the web tier refuses bigger bodies before reading them. */
    public long maxModelBytes() {
        return reader.maxBytes();
    }

    /**
     * Imports the model first (nothing is stored when the importer refuses it), stores it as the next
     * version, and completes once a derivation that includes it has committed ({@link Rederivations}).
     */
    public CompletableFuture<StoredModel> upload(long workspaceId, long processId, ModelState state, byte[] xml,
                                                 String fileName) {
        catalogue.process(workspaceId, processId);
        if (fileName != null && fileName.length() > 300) {
            throw new InvalidRequestException("the file name must be at most 300 characters, was " + fileName.length());
        }
        ProcessModel model = reader.read(xml, fileName == null ? state.word() + ".bpmn" : fileName);
        String sha256 = sha256(xml);
        analysis.remember(sha256, model);
        StoredModel stored = tx.execute(status -> {
            // The process row lock serialises the uploads of one process, so version numbers never
            // race; it is not the workspace lock, so uploads do not wait for running derivations.
            processes.lockById(processId).orElseThrow(() -> new NotFoundException("process " + processId));
            int next = versions.lastVersionNo(processId, state) + 1;
            ModelVersion v = versions.saveAndFlush(new ModelVersion(processId, state, next, fileName, sha256,
                    xml.length, clock.instant(), toJson(model.warnings())));
            contents.save(new ModelContent(v.getId(), xml));
            return view(v);
        });
        // answered only once the strategy reflects this model (coalesced with concurrent uploads)
        return rederivations.afterCommit(workspaceId).thenApply(derived -> stored);
    }

    @Transactional(readOnly = true)
    public List<StoredModel> versions(long workspaceId, long processId, ModelState state) {
        catalogue.process(workspaceId, processId);
        return versions.findByProcessIdAndStateOrderByVersionNoAsc(processId, state).stream().map(this::view).toList();
    }

    /** A model version with its bytes; the latest when {@code versionNo} is null. */
    @Transactional(readOnly = true)
    public Download download(long workspaceId, long processId, ModelState state, Integer versionNo) {
        catalogue.process(workspaceId, processId);
        ModelVersion v = (versionNo == null
                ? versions.findFirstByProcessIdAndStateOrderByVersionNoDesc(processId, state)
                : versions.findByProcessIdAndStateAndVersionNo(processId, state, versionNo))
                .orElseThrow(() -> new NotFoundException(versionNo == null
                        ? "process " + processId + " has no " + state.word() + " model yet"
                        : "process " + processId + " has no " + state.word() + " model version " + versionNo));
        return new Download(view(v), bytes(v));
    }

    byte[] bytes(ModelVersion v) {
        return contents.findById(v.getId()).orElseThrow().getContent();
    }

    /** A stored version and its exact bytes. */
    public record Download(StoredModel model, byte[] content) {
    }

    StoredModel view(ModelVersion v) {
        return new StoredModel(v.getProcessId(), v.getState().word(), v.getVersionNo(), v.getFileName(), v.getSha256(),
                v.getSizeBytes(), v.getUploadedAt(), warnings(v));
    }

    private List<String> warnings(ModelVersion v) {
        try {
            return json.readValue(v.getWarnings(), new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored warnings of model version " + v.getId() + " are not JSON", e);
        }
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Hex SHA-256: of model bytes here, of token secrets and Basic credentials in access. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

}
