package com.gapwise.portfolio;

import com.gapwise.importer.BpmnImportException;
import com.gapwise.importer.BpmnImporter;
import com.gapwise.model.ProcessModel;
import java.nio.charset.StandardCharsets;

/** Small BPMN models written out, imported by the real importer (so extension properties go the real way). */
public final class Models {

    private Models() {
    }

    /**
     * One process with a lane per entry of {@code lanes}: "Lane name=t1,t2". A task id written "t2@CRM" carries
     * the extension property application=CRM.
     */
    public static ProcessModel model(String... lanes) {
        StringBuilder laneXml = new StringBuilder();
        StringBuilder tasks = new StringBuilder();
        int n = 0;
        for (String lane : lanes) {
            String[] parts = lane.split("=", 2);
            laneXml.append("<bpmn:lane id=\"L").append(n++).append("\" name=\"").append(parts[0]).append("\">");
            for (String task : parts[1].split(",")) {
                String id = task.contains("@") ? task.substring(0, task.indexOf('@')) : task;
                laneXml.append("<bpmn:flowNodeRef>").append(id).append("</bpmn:flowNodeRef>");
                tasks.append("<bpmn:userTask id=\"").append(id).append("\" name=\"Task ").append(id).append("\">");
                if (task.contains("@")) {
                    tasks.append("<bpmn:extensionElements><camunda:properties><camunda:property name=\"application\" value=\"")
                            .append(task.substring(task.indexOf('@') + 1)).append("\"/></camunda:properties></bpmn:extensionElements>");
                }
                tasks.append("</bpmn:userTask>");
            }
            laneXml.append("</bpmn:lane>");
        }
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\""
                + " xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" id=\"d\" targetNamespace=\"t\">"
                + "<bpmn:process id=\"p\"><bpmn:laneSet id=\"ls\">" + laneXml + "</bpmn:laneSet>" + tasks
                + "</bpmn:process></bpmn:definitions>";
        try {
            return BpmnImporter.withDefaults().read(xml.getBytes(StandardCharsets.UTF_8), "test.bpmn");
        } catch (BpmnImportException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ProcessModel empty() {
        return model();
    }
}
