/**
 * The BPMN importer: untrusted BPMN 2.0 XML in, an immutable {@link com.gapwise.model.ProcessModel} out.
 *
 * <p>Public surface: {@link com.gapwise.importer.BpmnImporter}, {@link com.gapwise.importer.ImportLimits},
 * {@link com.gapwise.importer.BpmnImportException} and {@link com.gapwise.importer.HardenedXml} (the hardened parser
 * factory, for every other reader of outside XML). Inside: {@code SecureXmlReader} (hardened StAX parse into a
 * light element tree; refuses DOCTYPEs, binary and mis-encoded input, too deep nesting, non-BPMN roots),
 * {@code ModelAssembler} (tree to process graph, repairing ids and references with warnings) and
 * {@code SchemaCheck} (camunda-bpmn-model's bundled BPMN XSD, deviations as warnings). For the command line only,
 * {@code PetriNetConversion} and {@code EpcConversion} read Petri nets (PNML) and EPCs (EPML) as the processes they
 * draw, through the same hardened parse, building the graph with {@code ConvertedProcess}.
 */
package com.gapwise.importer;
