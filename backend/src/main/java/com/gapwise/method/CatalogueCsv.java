package com.gapwise.method;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a process catalogue from CSV: a header row with {@code name} and {@code level} and optionally {@code id}
 * (a key local to the file) and {@code parent} (the parent's id in the file, its name in the file, or an existing
 * catalogue process by name or number). Rows may come in any order. Either every row is good and the result lists
 * them parents first, or the result lists every row error and nothing should be imported.
 */
public final class CatalogueCsv {

    public static final int MAX_NAME = 200;
    public static final int MAX_ROWS = 10_000;
    private static final Pattern LEVEL = Pattern.compile("(?i)^\\s*(?:l|level)?\\s*([1-5])\\s*$");
    private static final Set<String> COLUMNS = Set.of("id", "name", "level", "parent");

    /** A process already in the catalogue, which imported rows may name as parent. */
    public record Existing(long id, String name, int level) {
    }

    /**
     * Where an imported process hangs: under another row of the file (its index in {@link Parsed#rows}), under an
     * existing process, or at the top.
     */
    public record Parent(Integer rowIndex, Long existingId) {
        static final Parent NONE = new Parent(null, null);
    }

    /** One good row; {@code line} is its line in the file (1 is the header). */
    public record Row(int line, String key, String name, int level, Parent parent) {
    }

    public record RowError(int line, String column, String message) {
    }

    /** Either rows (parents before children) or errors, never both. */
    public record Parsed(List<Row> rows, List<RowError> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    private record Raw(int line, String key, String name, Integer level, String parentRef) {
    }

    private CatalogueCsv() {
    }

    public static Parsed parse(String text, List<Existing> existing) {
        List<RowError> errors = new ArrayList<>();
        List<Raw> raws = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).setIgnoreHeaderCase(true).get();
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        try (CSVParser parser = CSVParser.parse(new StringReader(body), format)) {
            Map<String, Integer> header = parser.getHeaderMap();
            if (header == null || header.isEmpty()) {
                return failed(new RowError(1, null, "The file is empty; the first line must be a header such as id,name,level,parent."));
            }
            for (String column : header.keySet()) {
                if (!COLUMNS.contains(column.strip().toLowerCase(Locale.ROOT))) {
                    errors.add(new RowError(1, column, "Unknown column '" + column + "'; the columns are id, name, level and parent."));
                }
            }
            for (String required : List.of("name", "level")) {
                if (!header.containsKey(required)) {
                    errors.add(new RowError(1, required, "The header has no '" + required + "' column."));
                }
            }
            if (!errors.isEmpty()) {
                return failed(errors);
            }
            LineCounter lines = new LineCounter(body);
            for (CSVRecord rec : parser) {
                // the line where the record starts: records with quoted line breaks span several lines
                int line = lines.lineAt(rec.getCharacterPosition());
                if (raws.size() >= MAX_ROWS) {
                    return failed(new RowError(line, null, "More than " + MAX_ROWS + " rows; split the file."));
                }
                if (!rec.isConsistent()) {
                    errors.add(new RowError(line, null, "Has " + rec.size() + " fields; the header has " + header.size() + "."));
                    continue;
                }
                raws.add(readRow(rec, line, errors));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            // Commons CSV reports malformed quoting (and duplicate header names) this way, with the position
            return failed(new RowError(0, null, "Not readable as CSV: " + e.getMessage()));
        }
        if (raws.isEmpty() && errors.isEmpty()) {
            return failed(new RowError(1, null, "The file has a header but no processes."));
        }
        return resolve(raws, existing, errors);
    }

    private static Raw readRow(CSVRecord rec, int line, List<RowError> errors) {
        String key = rec.isMapped("id") ? blankToNull(rec.get("id")) : null;
        String name = blankToNull(rec.get("name"));
        if (name == null) {
            errors.add(new RowError(line, "name", "The name is empty."));
        } else if (name.length() > MAX_NAME) {
            errors.add(new RowError(line, "name", "The name has " + name.length() + " characters; at most " + MAX_NAME + "."));
        }
        Integer level = null;
        Matcher m = LEVEL.matcher(rec.get("level"));
        if (m.matches()) {
            level = Integer.parseInt(m.group(1));
        } else {
            errors.add(new RowError(line, "level", "The level '" + rec.get("level") + "' is not 1 to 5 (e.g. 3, L3 or Level 3)."));
        }
        String parent = rec.isMapped("parent") ? blankToNull(rec.get("parent")) : null;
        return new Raw(line, key, name, level, parent);
    }

    private static Parsed resolve(List<Raw> raws, List<Existing> existing, List<RowError> errors) {
        Map<String, Integer> byKey = new HashMap<>();
        Map<String, List<Integer>> byName = new HashMap<>();
        for (int i = 0; i < raws.size(); i++) {
            Raw r = raws.get(i);
            if (r.key() != null && byKey.putIfAbsent(r.key(), i) != null) {
                errors.add(new RowError(r.line(), "id", "The id '" + r.key() + "' is already used on line "
                        + raws.get(byKey.get(r.key())).line() + "."));
            }
            if (r.name() != null) {
                byName.computeIfAbsent(norm(r.name()), n -> new ArrayList<>()).add(i);
            }
        }
        Map<String, List<Existing>> existingByName = new HashMap<>();
        Map<Long, Existing> existingById = new HashMap<>();
        for (Existing e : existing) {
            existingByName.computeIfAbsent(norm(e.name()), n -> new ArrayList<>()).add(e);
            existingById.put(e.id(), e);
        }
        List<Parent> parents = new ArrayList<>();
        for (int i = 0; i < raws.size(); i++) {
            Raw r = raws.get(i);
            Parent p = Parent.NONE;
            Integer parentLevel = null;
            String parentName = null;
            String ref = r.parentRef();
            if (ref != null) {
                List<Integer> sameName = byName.getOrDefault(norm(ref), List.of());
                List<Existing> existingNamed = existingByName.getOrDefault(norm(ref), List.of());
                Existing existingNumbered = ref.matches("\\d{1,18}") ? existingById.get(Long.parseLong(ref)) : null;
                if (byKey.containsKey(ref)) {
                    int j = byKey.get(ref);
                    p = new Parent(j, null);
                    parentLevel = raws.get(j).level();
                    parentName = raws.get(j).name();
                } else if (sameName.size() + existingNamed.size() > 1) {
                    errors.add(new RowError(r.line(), "parent", "The parent '" + ref + "' is ambiguous: "
                            + (sameName.size() + existingNamed.size()) + " processes have that name; use an id."));
                } else if (sameName.size() == 1) {
                    p = new Parent(sameName.get(0), null);
                    parentLevel = raws.get(sameName.get(0)).level();
                    parentName = raws.get(sameName.get(0)).name();
                } else if (existingNamed.size() == 1 || existingNumbered != null) {
                    Existing e = existingNamed.size() == 1 ? existingNamed.get(0) : existingNumbered;
                    p = new Parent(null, e.id());
                    parentLevel = e.level();
                    parentName = e.name();
                } else {
                    errors.add(new RowError(r.line(), "parent", "The parent '" + ref
                            + "' is neither an id or name in the file nor a process of the catalogue."));
                }
                if (p.rowIndex() != null && p.rowIndex() == i) {
                    errors.add(new RowError(r.line(), "parent", "A process cannot be its own parent."));
                } else if (parentLevel != null && r.level() != null) {
                    String misplaced = CatalogueTree.misplacement(r.level(), null, parentLevel, parentName);
                    if (misplaced != null) {
                        errors.add(new RowError(r.line(), "parent", misplaced));
                    }
                }
            }
            parents.add(p);
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparingInt(RowError::line));
            return new Parsed(List.of(), List.copyOf(errors));
        }
        // parents first: a parent's level is always lower, so ordering by level suffices
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < raws.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt((Integer i) -> raws.get(i).level()).thenComparingInt(i -> i));
        Map<Integer, Integer> newIndex = new HashMap<>();
        for (int k = 0; k < order.size(); k++) {
            newIndex.put(order.get(k), k);
        }
        List<Row> rows = new ArrayList<>();
        for (int i : order) {
            Raw r = raws.get(i);
            Parent p = parents.get(i);
            Parent moved = p.rowIndex() == null ? p : new Parent(newIndex.get(p.rowIndex()), null);
            rows.add(new Row(r.line(), r.key(), r.name(), r.level(), moved));
        }
        return new Parsed(List.copyOf(rows), List.of());
    }

    /** Line numbers of increasing character positions, in one pass over the text. */
    private static final class LineCounter {
        private final String text;
        private int pos;
        private int line = 1;

        LineCounter(String text) {
            this.text = text;
        }

        int lineAt(long charPosition) {
            while (pos < charPosition && pos < text.length()) {
                if (text.charAt(pos++) == '\n') {
                    line++;
                }
            }
            return line;
        }
    }

    private static Parsed failed(RowError... errors) {
        return new Parsed(List.of(), List.of(errors));
    }

    private static Parsed failed(List<RowError> errors) {
        return new Parsed(List.of(), List.copyOf(errors));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String norm(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }
}
