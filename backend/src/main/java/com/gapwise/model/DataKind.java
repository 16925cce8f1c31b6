package com.gapwise.model;

/** Kinds of data elements. Data stores are systems of record; objects are documents in flight. */
public enum DataKind {
    DATA_OBJECT, DATA_OBJECT_REFERENCE, DATA_STORE, DATA_STORE_REFERENCE, DATA_INPUT, DATA_OUTPUT;

    /** The BPMN 2.0 element name, e.g. {@code dataStoreReference}. */
    public String xmlName() {
        String[] parts = name().toLowerCase(java.util.Locale.ROOT).split("_");
        StringBuilder sb = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            sb.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return sb.toString();
    }

    public boolean isStore() {
        return this == DATA_STORE || this == DATA_STORE_REFERENCE;
    }
}
