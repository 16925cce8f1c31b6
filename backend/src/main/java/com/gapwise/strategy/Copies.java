package com.gapwise.strategy;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Null-tolerant immutable copies, sorted where order would otherwise depend on the caller's map. */
@SuppressWarnings("unchecked")
final class Copies {

    private Copies() {
    }

    static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** A sorted copy without null keys or values (a null entry carries no decision). */
    static <K extends Comparable<K>, V> SortedMap<K, V> map(Map<K, V> map) {
        if (map == null) {
            return Collections.emptySortedMap();
        }
        TreeMap<K, V> copy = new TreeMap<>();
        map.forEach((k, v) -> {
            if (k != null && v != null) {
                copy.put(k, v instanceof List<?> list ? (V) List.copyOf(list) : v);
            }
        });
        return Collections.unmodifiableSortedMap(copy);
    }

    static String text(String text) {
        return text == null ? "" : text;
    }
}
