package com.gapwise.cli;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Runs a one-shot command ({@code diff}, {@code inspect}, {@code eval-matching}) in a second JVM started
 * with flags made for a short life, when {@code java -jar gapwise.jar} was started without JVM options of
 * its own.
 *
 * <p>Why: a cold diff of two 2000-task models is mostly JVM work, not diff work. The C2 compiler spends
 * about 0.7 s of CPU on code whose compiled form arrives after the diff is done, competing for the
 * machine's cores with the diff itself, and G1's write barriers slow the code that runs interpreted.
 * A jar's manifest cannot carry JVM flags, so the jar starts itself once more with C1 only, the serial
 * collector and the class-data archive the build wrote beside the jar ({@code gapwise.jsa}, see the
 * backend pom). Both starts included, the 2000-task revision diff takes about half the time
 * (bench/README.md has the figures). Where the build could write its small JNI library
 * ({@link ProcessReplacement}), this process becomes the second JVM ({@code execv}) rather than starting it
 * and waiting for it: the same PID and streams go on, and the start, the wait and a second exit are saved.
 *
 * <p>The command runs in this JVM instead when the user chose JVM options (on the command line or in
 * the {@code JAVA_TOOL_OPTIONS}, {@code JDK_JAVA_OPTIONS} or {@code _JAVA_OPTIONS} variables: flags of
 * ours could conflict with theirs), when {@code GAPWISE_IN_PROCESS} is set, when this JVM already is the
 * second one, on a JVM other than HotSpot, or when the second JVM cannot be started.
 */
public final class OneShotJvm {

    /** System property that marks the second JVM, so that it never starts a third. */
    static final String CHILD_PROPERTY = "gapwise.oneShot";

    private static final String CHILD_MAIN_CLASS = "com.gapwise.Gapwise";

    static final Set<String> ONE_SHOT_COMMANDS = Set.of("diff", "inspect", "eval-matching");

    /** The class-data archive, beside the jar; written by the build with the same flags. */
    static final String ARCHIVE = "gapwise.jsa";
    /**
     * Beside the archive: what it was written for (the jar's absolute path, size and time, the JDK). The JVM
     * refuses an archive for another jar path or JDK and says nothing, so a jar moved or copied elsewhere would
     * start cold for good; where the key does not match, the run writes a new archive for the next ones.
     */
    static final String ARCHIVE_KEY = "gapwise.jsa.key";
    private static final String ARCHIVE_AT_EXIT = "-XX:ArchiveClassesAtExit=";

    /** The first argument of the run that writes the archive: see {@link #main}. */
    private static final String TRAIN = "--train";

    /**
     * C1 only, serial GC, no perf-data file. JVM log messages go to standard error, never into the JSON
     * on standard output, and a class-data archive the JVM cannot use (another JDK, a rebuilt jar) is
     * dropped silently: it only saves time. No transparent huge pages (used from session 5 to 15): on a
     * virtual machine that hands free memory back to its host, a 2 MB page is memory the host must provide
     * again, and a run that follows anything but another JVM run took 40-70 ms longer with them
     * (bench/README.md, fifteenth round).
     */
    static final List<String> FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:-UsePerfData",
            "-Xshare:auto", "-Xlog:disable", "-Xlog:all=warning:stderr", "-Xlog:cds*=off:stderr");

    /** Linux's record of this process's command line. */
    private static final String PROC_CMDLINE = "/proc/self/cmdline";

    private static final List<String> OPTION_VARIABLES = List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS",
            "_JAVA_OPTIONS", "GAPWISE_IN_PROCESS");

    private OneShotJvm() {
    }

    /**
     * Runs the command in a second JVM, or returns empty when the command should run in this JVM. Where this
     * process can become the second JVM it does, and this method never returns; otherwise it starts the second
     * JVM as a child and returns its exit code.
     */
    public static OptionalInt runInChild(String[] args) {
        if (args.length == 0 || !ONE_SHOT_COMMANDS.contains(args[0]) || System.getProperty(CHILD_PROPERTY) != null) {
            return OptionalInt.empty();
        }
        if (!isHotSpot(System.getProperty("java.vm.name"))) {
            return OptionalInt.empty();
        }
        Optional<List<String>> command = childCommand(launchArguments(), System.getenv(),
                System.getProperty("java.home"), System.getProperty("java.class.path"), args);
        if (command.isEmpty()) {
            return OptionalInt.empty();
        }
        Optional<File> library = replacementLibrary(command.get());
        if (library.isPresent() && archiveWritten(command.get()).isEmpty()) {
            // returns only where this process cannot become the second JVM; a run that writes the archive needs
            // this JVM afterwards, to put it in place
            ProcessReplacement.replace(command.get(), library.get());
        }
        Process child;
        try {
            child = new ProcessBuilder(command.get()).inheritIO().start();
        } catch (IOException | UnsupportedOperationException e) {
            return OptionalInt.empty();
        }
        // a TERM sent to this JVM alone must not leave the second one running
        Runtime.getRuntime().addShutdownHook(new ChildStop(child));
        while (true) {
            try {
                int exit = child.waitFor();
                Optional<Path> written = archiveWritten(command.get());
                if (written.isPresent()) {
                    keepArchive(written.get(), Path.of(command.get().get(command.get().indexOf("-cp") + 1)), exit == 0);
                }
                return OptionalInt.of(exit);
            } catch (InterruptedException e) {
                // nothing in this JVM interrupts the main thread; keep waiting for the child's exit code
            }
        }
    }

    /**
     * The JNI library that lets this process become the second JVM: beside the jar the command runs, and only
     * where the class path is that jar alone (never a library found in some folder of a longer class path).
     */
    static Optional<File> replacementLibrary(List<String> command) {
        String classPath = command.get(command.indexOf("-cp") + 1);
        if (!isJarAlone(classPath)) {
            return Optional.empty();
        }
        return Optional.of(new File(new File(classPath).getAbsoluteFile().getParentFile(), ProcessReplacement.LIBRARY));
    }

    /** Whether a class path is one jar (as with {@code java -jar}): the folder of the archive and the exec library. */
    private static boolean isJarAlone(String classPath) {
        return classPath.endsWith(".jar") && !classPath.contains(File.pathSeparator);
    }

    /** The archive the second JVM writes as it exits, where its command asks for one. */
    static Optional<Path> archiveWritten(List<String> command) {
        for (String argument : command) {
            if (argument.startsWith(ARCHIVE_AT_EXIT)) {
                return Optional.of(Path.of(argument.substring(ARCHIVE_AT_EXIT.length())));
            }
        }
        return Optional.empty();
    }

    /**
     * Puts the archive a successful run wrote in place of the one the JVM refused, with its key; drops it after a
     * failed run. Only a faster start is at stake: any failure leaves things as they were.
     */
    static void keepArchive(Path written, Path jar, boolean succeeded) {
        try {
            if (succeeded && Files.isRegularFile(written)) {
                Path archive = written.resolveSibling(ARCHIVE);
                Files.move(written, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                Path key = written.resolveSibling(written.getFileName() + ".key");
                Files.writeString(key, archiveKey(jar, System.getProperty("java.home")));
                Files.move(key, written.resolveSibling(ARCHIVE_KEY), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.deleteIfExists(written);
            }
        } catch (IOException | RuntimeException e) {
            // another run may have put its own in place meanwhile, or the folder is not ours to write
        }
    }

    /**
     * Stops the second JVM when this one is stopped. A class, not a method reference: this JVM's life is a
     * few dozen milliseconds, and linking a lambda costs one of them.
     */
    private static final class ChildStop extends Thread {
        private final Process child;

        ChildStop(Process child) {
            super("gapwise-child-stop");
            this.child = child;
        }

        @Override
        public void run() {
            child.destroy();
        }
    }

    /**
     * This JVM's arguments after the java executable, or null if the OS does not tell them. On Linux read
     * from {@code /proc/self/cmdline} as {@link ProcessHandle.Info#arguments()} does, without the rest of what
     * {@code info()} gathers (start time, CPU time, the user's name from the password database).
     */
    static List<String> launchArguments() {
        try (FileInputStream in = new FileInputStream(PROC_CMDLINE)) {
            List<String> words = commandLineWords(in.readAllBytes());
            if (!words.isEmpty()) {
                return words.subList(1, words.size());
            }
        } catch (IOException e) {
            // no /proc (not Linux): the portable question
        }
        Optional<String[]> launch = ProcessHandle.current().info().arguments();
        return launch.isPresent() ? List.of(launch.get()) : null;
    }

    /** The words of a {@code /proc/PID/cmdline}: NUL-terminated, in the platform's encoding. */
    static List<String> commandLineWords(byte[] cmdline) {
        List<String> words = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < cmdline.length; i++) {
            if (cmdline[i] == 0) {
                words.add(new String(cmdline, start, i - start));
                start = i + 1;
            }
        }
        if (start < cmdline.length) {
            words.add(new String(cmdline, start, cmdline.length - start));
        }
        return words;
    }

    /**
     * The second JVM's command line, or empty when the command runs in this JVM.
     *
     * @param launch this JVM's arguments after the java executable, or null if the OS does not tell them
     * @param classPath this JVM's class path: with {@code -jar}, the jar alone
     */
    static Optional<List<String>> childCommand(List<String> launch, Map<String, String> environment,
            String javaHome, String classPath, String[] args) {
        if (launch == null || javaHome == null || classPath == null || classPath.isEmpty() || hasJvmOptions(launch)) {
            return Optional.empty();
        }
        for (String variable : OPTION_VARIABLES) {
            String value = environment.get(variable);
            if (value != null && !value.isBlank()) {
                return Optional.empty();
            }
        }
        Path java = Path.of(javaHome, "bin", "java");
        // java.io, not Files: the classes behind Files.isExecutable are not in the JDK's class-data archive
        if (!java.toFile().canExecute()) {
            return Optional.empty();
        }
        List<String> options = new ArrayList<>();
        if (!isJarAlone(classPath)) {
            return Optional.of(command(java, classPath, options, args));
        }
        // the archive records the class path it was written with: the build gives the absolute jar path too
        Path jar = Path.of(classPath).toAbsolutePath().normalize();
        Path archive = jar.resolveSibling(ARCHIVE);
        if (archive.toFile().isFile() && archiveKey(jar, javaHome).equals(readKey(jar.resolveSibling(ARCHIVE_KEY)))) {
            options.add("-XX:SharedArchiveFile=" + archive);
        } else if (jar.getParent() != null && jar.getParent().toFile().canWrite()) {
            // none the JVM would take for this jar where it is now: this run writes one as it exits, for the next
            options.add(ARCHIVE_AT_EXIT + jar.resolveSibling(ARCHIVE + "." + ProcessHandle.current().pid() + ".tmp"));
        }
        return Optional.of(command(java, jar.toString(), options, args));
    }

    /**
     * What an archive is written for, as the JVM checks it: the jar's absolute path, its size and time, and the
     * JDK (the class path of the libraries follows from the jar).
     */
    static String archiveKey(Path jar, String javaHome) {
        File file = jar.toFile();
        // a builder, not +: this JVM lives a few dozen milliseconds, and linking a string concatenation costs some
        return new StringBuilder().append(jar).append('\n').append(file.length()).append('\n')
                .append(file.lastModified()).append('\n').append(javaHome).append('\n')
                .append(System.getProperty("java.vm.version")).append('\n').toString();
    }

    /** The key file's text, or null where there is none. java.io: see above. */
    private static String readKey(Path key) {
        try (FileInputStream in = new FileInputStream(key.toFile())) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    private static List<String> command(Path java, String classPath, List<String> options, String[] args) {
        return command(java, classPath, options, CHILD_MAIN_CLASS, args);
    }

    private static List<String> command(Path java, String classPath, List<String> options, String mainClass,
            String[] args) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(FLAGS);
        command.addAll(options);
        command.add("-D" + CHILD_PROPERTY + "=child");
        command.addAll(List.of("-cp", classPath, mainClass));
        command.addAll(Arrays.asList(args));
        return command;
    }

    /**
     * Writes the class-data archive beside the jar (run by the build once the jar is packaged): a second JVM,
     * with the one-shot flags, runs the commands of {@link #train} and writes every class it loaded at exit.
     * {@code java -cp gapwise.jar com.gapwise.cli.OneShotJvm CURRENT.bpmn FUTURE.bpmn}
     */
    public static void main(String[] pair) throws IOException, InterruptedException {
        if (pair.length == 3 && TRAIN.equals(pair[0])) {
            train(pair[1], pair[2]);
            return;
        }
        Path jar = Path.of(System.getProperty("java.class.path")).toAbsolutePath().normalize();
        Path archive = jar.resolveSibling(ARCHIVE);
        Files.deleteIfExists(archive);
        Files.deleteIfExists(jar.resolveSibling(ARCHIVE_KEY));
        List<String> command = command(Path.of(System.getProperty("java.home"), "bin", "java"), jar.toString(),
                List.of(ARCHIVE_AT_EXIT + archive), OneShotJvm.class.getName(),
                new String[] {TRAIN, pair[0], pair[1]});
        int exit = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException("the run that writes the class-data archive failed (exit " + exit + "): "
                    + command);
        }
        if (!Files.isRegularFile(archive)) {
            // a JDK without a base archive cannot write one: one-shot commands then start without it
            System.err.println("gapwise: this JDK wrote no class-data archive; one-shot commands start without one");
        } else {
            Files.writeString(jar.resolveSibling(ARCHIVE_KEY), archiveKey(jar, System.getProperty("java.home")));
        }
    }

    /**
     * The commands whose classes the archive holds: a diff of two models drawn apart (WordNet), a diff of a
     * revision (the model against itself: ids kept, no WordNet), an inspect. A class left out is read from
     * the jar, and the first such read costs the whole class path's set-up, the list of some 140 library jars
     * included.
     */
    private static void train(String current, String future) {
        try {
            // the second JVM's main class, which this run does not start from
            Class.forName(CHILD_MAIN_CLASS, false, OneShotJvm.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        Cli.quietLibraryLogging();
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
        String[][] commands = {{"diff", current, future}, {"diff", current, current}, {"inspect", current}};
        for (String[] command : commands) {
            int exit = Cli.run(command, nowhere, System.err);
            if (exit != 0) {
                throw new IllegalStateException("gapwise " + String.join(" ", command) + " failed (exit " + exit + ")");
            }
        }
    }

    /**
     * The flags are HotSpot's ("OpenJDK 64-Bit Server VM", "Java HotSpot(TM) 64-Bit Server VM"); OpenJ9 reads
     * some of them otherwise.
     */
    static boolean isHotSpot(String vmName) {
        return vmName != null && (vmName.contains("HotSpot") || vmName.contains("OpenJDK 64-Bit Server VM"));
    }

    /** Whether anything but a class path comes before {@code -jar JAR} or the main class. */
    static boolean hasJvmOptions(List<String> launch) {
        for (int i = 0; i < launch.size(); i++) {
            String argument = launch.get(i);
            if (argument.equals("-jar") || !argument.startsWith("-")) {
                return false;
            }
            if (argument.equals("-cp") || argument.equals("-classpath") || argument.equals("--class-path")) {
                i++;
            } else {
                return true;
            }
        }
        return false;
    }
}
