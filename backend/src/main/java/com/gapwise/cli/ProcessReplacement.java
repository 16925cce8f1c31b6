package com.gapwise.cli;

import java.io.File;
import java.nio.charset.Charset;
import java.util.List;

/**
 * Replaces this process by another program ({@code execv}), through the small JNI library the build writes
 * beside the jar ({@code src/main/c/process_replacement.c}). The first JVM of a one-shot command becomes the
 * second instead of starting it and waiting: the same process goes on with the second JVM's flags, its
 * standard streams and PID unchanged, and nothing is left to wait for or to stop. Where the library is
 * missing or cannot be loaded (not Linux, no compiler at build time, another architecture), or the exec
 * fails, {@link #replace} returns and the caller starts the second JVM as a child.
 */
final class ProcessReplacement {

    /** Beside the jar, written by the build where it finds gcc (see the backend pom). */
    static final String LIBRARY = "libgapwise-exec.so";

    private ProcessReplacement() {
    }

    /** What {@link #replace} returns when there was no library to exec with (not an errno, which is positive). */
    static final int NO_LIBRARY = -1;

    /** execv(2): returns errno if the exec failed; on success it does not return. */
    private static native int execv(byte[][] words);

    /**
     * Replaces this process by {@code command} (an absolute executable path first). Returns only where this
     * process could not be replaced, with the exec's errno or {@link #NO_LIBRARY}; this JVM goes on as it was.
     */
    static int replace(List<String> command, File library) {
        if (!library.isFile()) {
            return NO_LIBRARY;
        }
        try {
            System.load(library.getAbsolutePath());
        } catch (UnsatisfiedLinkError | SecurityException e) {
            return NO_LIBRARY;
        }
        Charset platform = platformEncoding();
        byte[][] words = new byte[command.size()][];
        for (int i = 0; i < words.length; i++) {
            words[i] = command.get(i).getBytes(platform);
        }
        try {
            return execv(words);
        } catch (UnsatisfiedLinkError e) {
            // a library of that name without our function
            return NO_LIBRARY;
        }
    }

    /**
     * The encoding the launcher decoded this JVM's arguments with, so that every argument reaches the next
     * program as the same bytes (as {@link ProcessBuilder} encodes them).
     */
    private static Charset platformEncoding() {
        String name = System.getProperty("sun.jnu.encoding");
        try {
            return name != null ? Charset.forName(name) : Charset.defaultCharset();
        } catch (IllegalArgumentException e) {
            return Charset.defaultCharset();
        }
    }
}
