package com.gapwise.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * One element of the parsed file: a small read-only tree that the assembler walks. Lighter and
 * faster than a DOM, and it keeps the line and column of every element for warnings.
 */
final class XmlElement {

    final String namespace;
    final String localName;
    final int line;
    final int column;
    private final String[] attributeNamespaces;
    private final String[] attributeNames;
    private final String[] attributeValues;
    final List<XmlElement> children = new ArrayList<>(4);
    String text = "";

    XmlElement(String namespace, String localName, int line, int column,
            String[] attributeNamespaces, String[] attributeNames, String[] attributeValues) {
        this.namespace = namespace;
        this.localName = localName;
        this.line = line;
        this.column = column;
        this.attributeNamespaces = attributeNamespaces;
        this.attributeNames = attributeNames;
        this.attributeValues = attributeValues;
    }

    boolean is(String ns, String name) {
        return localName.equals(name) && namespace.equals(ns);
    }

    /**
     * The value of an unqualified attribute, or of the same attribute qualified with the element's own
     * namespace (some tools write {@code bpmn:name}); null when absent.
     */
    String attribute(String name) {
        String qualified = null;
        for (int i = 0; i < attributeNames.length; i++) {
            if (attributeNames[i].equals(name)) {
                if (attributeNamespaces[i].isEmpty()) {
                    return attributeValues[i];
                }
                if (attributeNamespaces[i].equals(namespace)) {
                    qualified = attributeValues[i];
                }
            }
        }
        return qualified;
    }

    int attributeCount() {
        return attributeNames.length;
    }

    String attributeNamespace(int index) {
        return attributeNamespaces[index];
    }

    String attributeName(int index) {
        return attributeNames[index];
    }

    String attributeValue(int index) {
        return attributeValues[index];
    }

    /** The first child with this namespace and local name, or null. */
    XmlElement child(String ns, String name) {
        for (XmlElement child : children) {
            if (child.is(ns, name)) {
                return child;
            }
        }
        return null;
    }

    /** The first child with this local name in any namespace, or null: for formats written with or without one. */
    XmlElement child(String localName) {
        for (XmlElement child : children) {
            if (child.localName.equals(localName)) {
                return child;
            }
        }
        return null;
    }

    /** The trimmed text of every child with this namespace and local name, in document order. */
    List<String> childTexts(String ns, String name) {
        List<String> texts = new ArrayList<>(2);
        for (XmlElement child : children) {
            if (child.is(ns, name) && !child.text.isEmpty()) {
                texts.add(child.text);
            }
        }
        return texts;
    }
}
