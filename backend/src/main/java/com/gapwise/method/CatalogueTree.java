package com.gapwise.method;

/**
 * The process catalogue's tree rule, in one place for every way a process is placed (the API, the CSV import, the
 * workbook): a parent's level is lower than its child's, from Level 1 category down to Level 5 task.
 */
public final class CatalogueTree {

    private CatalogueTree() {
    }

    /**
     * Why a process of this level cannot sit under that parent, or null when it may.
     *
     * @param name the process's name, or null where the caller names the process otherwise (e.g. by its row)
     */
    public static String misplacement(int level, String name, int parentLevel, String parentName) {
        if (parentLevel < level) {
            return null;
        }
        return "A Level " + level + " process" + (name == null ? "" : " ('" + name + "')")
                + " cannot sit under the Level " + parentLevel + " process '" + parentName
                + "': the parent's level must be lower.";
    }
}
