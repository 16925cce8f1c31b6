package com.gapwise.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataEntitiesTest {

    private static DataElement data(String id, DataKind kind, String refId) {
        return new DataElement(id, id, kind, "p", refId, null);
    }

    private static ProcessModel model(DataElement... data) {
        return new ProcessModel("d", "", "", List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(data),
                List.of(), List.of(), List.of());
    }

    @Test
    void aReferenceStandsForTheStoreOrObjectItRefersTo() {
        Map<String, String> entities = model(data("erp", DataKind.DATA_STORE, null),
                data("erpDrawing", DataKind.DATA_STORE_REFERENCE, "erp"),
                data("invoice", DataKind.DATA_OBJECT, null),
                data("invoiceDrawing", DataKind.DATA_OBJECT_REFERENCE, "invoice")).dataEntities();
        assertThat(entities).containsEntry("erp", "erp").containsEntry("erpDrawing", "erp")
                .containsEntry("invoice", "invoice").containsEntry("invoiceDrawing", "invoice");
    }

    @Test
    void aReferenceToNothingDeclaredOrToAnotherReferenceStandsForItself() {
        Map<String, String> entities = model(data("lonely", DataKind.DATA_STORE_REFERENCE, null),
                data("dangling", DataKind.DATA_STORE_REFERENCE, "missing"),
                data("chained", DataKind.DATA_STORE_REFERENCE, "lonely")).dataEntities();
        assertThat(entities).containsEntry("lonely", "lonely").containsEntry("dangling", "dangling")
                .containsEntry("chained", "chained");
    }

    private static DataElement named(String id, String name, DataKind kind, String refId) {
        return new DataElement(id, name, kind, "p", refId, null);
    }

    @Test
    void thingsOfOneNameAreOneThingStoresApartFromDocuments() {
        // bpmn.io draws a store as references alone, one per use; ADONIS declares a data object per drawing
        Map<String, String> entities = model(named("r1", "ERP", DataKind.DATA_STORE_REFERENCE, null),
                named("r2", "erp ", DataKind.DATA_STORE_REFERENCE, null),
                named("o1", "Customer data", DataKind.DATA_OBJECT, null),
                named("o2", "Customer data", DataKind.DATA_OBJECT, null),
                named("o2Drawing", "Customer data [checked]", DataKind.DATA_OBJECT_REFERENCE, "o2"),
                named("doc", "ERP", DataKind.DATA_OBJECT, null),
                named("u1", "", DataKind.DATA_OBJECT, null),
                named("u2", "", DataKind.DATA_OBJECT, null)).dataEntities();
        assertThat(entities).containsEntry("r1", "r1").containsEntry("r2", "r1")
                .containsEntry("o1", "o1").containsEntry("o2", "o1").containsEntry("o2Drawing", "o1")
                .containsEntry("doc", "doc").containsEntry("u1", "u1").containsEntry("u2", "u2");
    }
}
