package com.gapwise.model;

/** Kinds of data elements. Data stores are systems of record; objects are documents in flight. */
public enum DataKind {
    DATA_OBJECT, DATA_OBJECT_REFERENCE, DATA_STORE, DATA_STORE_REFERENCE, DATA_INPUT, DATA_OUTPUT;

    public boolean isStore() {
        return this == DATA_STORE || this == DATA_STORE_REFERENCE;
    }
}
