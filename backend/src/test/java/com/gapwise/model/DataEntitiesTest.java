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
}
