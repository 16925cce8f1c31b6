/**
 * The process graph: immutable values that the importer produces from BPMN XML and that matching,
 * diff, gap rules and metrics read. Plain Java, no dependencies.
 */
package com.gapwise.model;
