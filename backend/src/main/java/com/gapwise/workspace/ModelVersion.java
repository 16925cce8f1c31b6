package com.gapwise.workspace;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** Metadata of one uploaded BPMN model; the bytes are in {@link ModelContent}. Immutable once stored. */
@Entity
public class ModelVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long processId;
    @Convert(converter = StateColumn.class)
    private ModelState state;
    @Column(name = "version_no")
    private int versionNo;
    private String fileName;
    private String sha256;
    private long sizeBytes;
    private Instant uploadedAt;
    /** The importer's warnings as a JSON array. */
    private String warnings;

    protected ModelVersion() {
    }

    ModelVersion(Long processId, ModelState state, int versionNo, String fileName, String sha256, long sizeBytes,
                 Instant uploadedAt, String warnings) {
        this.processId = processId;
        this.state = state;
        this.versionNo = versionNo;
        this.fileName = fileName;
        this.sha256 = sha256;
        this.sizeBytes = sizeBytes;
        this.uploadedAt = uploadedAt;
        this.warnings = warnings;
    }

    public Long getId() {
        return id;
    }

    public Long getProcessId() {
        return processId;
    }

    public ModelState getState() {
        return state;
    }

    public int getVersionNo() {
        return versionNo;
    }

    public String getFileName() {
        return fileName;
    }

    public String getSha256() {
        return sha256;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    String getWarnings() {
        return warnings;
    }

    /** Stores the state as its lower-case word, as the CHECK constraint expects. */
    @Converter
    static class StateColumn implements AttributeConverter<ModelState, String> {
        @Override
        public String convertToDatabaseColumn(ModelState state) {
            return state == null ? null : state.word();
        }

        @Override
        public ModelState convertToEntityAttribute(String word) {
            return word == null ? null : ModelState.parse(word).orElseThrow();
        }
    }
}
