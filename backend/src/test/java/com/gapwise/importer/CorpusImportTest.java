package com.gapwise.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.gapwise.model.FlowNode;
import com.gapwise.model.ProcessModel;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** Every file of the MIWG corpus imports, and its task count matches an independent DOM count. */
class CorpusImportTest {

    private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static final List<String> TASK_ELEMENTS = List.of(
            "task", "userTask", "manualTask", "serviceTask", "scriptTask", "businessRuleTask", "sendTask", "receiveTask");

    private static final BpmnImporter IMPORTER = BpmnImporter.withDefaults();

    static Stream<Path> corpus() {
        return Corpus.allFiles().stream();
    }

    @Test
    void theWholeCorpusIsThere() {
        assertThat(Corpus.allFiles()).hasSize(361);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void importsWithTheRightTaskCount(Path file) throws Exception {
        ProcessModel model = IMPORTER.read(file);

        assertThat(model.taskCount()).as("tasks").isEqualTo(countTaskElements(file));
        assertThat(model.processes()).isNotEmpty();
        Set<String> ids = new HashSet<>();
        for (FlowNode node : model.nodes()) {
            assertThat(ids.add(node.id())).as("unique id %s", node.id()).isTrue();
            assertThat(node.processId()).isNotNull();
            assertThat(node.name()).doesNotContain("\n", "\r", "\t", "  ");
        }
    }

    /** The expectation, computed without the importer: a plain DOM with DOCTYPEs disallowed. */
    static long countTaskElements(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        Document document = factory.newDocumentBuilder().parse(file.toFile());
        long count = 0;
        for (String name : TASK_ELEMENTS) {
            NodeList found = document.getElementsByTagNameNS(BPMN, name);
            count += found.getLength();
        }
        return count;
    }
}
