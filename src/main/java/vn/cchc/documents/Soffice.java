package vn.cchc.documents;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * LibreOffice's command line: where its executable is, and one run of it as a child process that cannot outlive its
 * deadline. Each run gets its own user profile ({@code -env:UserInstallation}) because LibreOffice refuses to start
 * a second instance on a profile in use (it hands the job to the first one, or fails), and a profile left behind by
 * a killed run carries a lock file that would block every later run on it.
 */
final class Soffice {

    /** Names tried on the PATH when no executable is configured (Debian installs both). */
    private static final List<String> DEFAULT_NAMES = List.of("soffice", "libreoffice");

    private Soffice() {
    }

    /**
     * The executable for the setting: a path when it contains a slash, otherwise a name looked up on the PATH;
     * blank means the default names.
     */
    static Optional<Path> locate(String setting, String pathVariable) {
        String wanted = setting == null ? "" : setting.strip();
        if (wanted.contains("/")) {
            return Optional.of(Path.of(wanted)).filter(Soffice::executable);
        }
        List<String> names = wanted.isEmpty() ? DEFAULT_NAMES : List.of(wanted);
        List<String> directories = pathVariable == null ? List.of() : List.of(pathVariable.split(File.pathSeparator));
        for (String name : names) {
            for (String directory : directories) {
                if (!directory.isBlank() && executable(Path.of(directory, name))) {
                    return Optional.of(Path.of(directory, name));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean executable(Path file) {
        return Files.isRegularFile(file) && Files.isExecutable(file);
    }

    /** The command that converts {@code input} to PDF into {@code outDir}, with a profile of its own. */
    static List<String> convertToPdf(Path executable, Path profile, Path outDir, Path input) {
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        command.add("-env:UserInstallation=" + profile.toUri());
        command.addAll(List.of("--headless", "--norestore", "--nolockcheck", "--convert-to", "pdf"));
        command.addAll(List.of("--outdir", outDir.toString(), input.toString()));
        return command;
    }

    static List<String> version(Path executable, Path profile) {
        return List.of(executable.toString(), "-env:UserInstallation=" + profile.toUri(), "--headless", "--version");
    }

    /**
     * Runs the command with its output in {@code log}; past the deadline the whole process tree is killed
     * (the soffice script starts oosplash, which starts soffice.bin: killing only the first would leave the others).
     *
     * @return the exit code, or empty when the deadline passed
     */
    static Optional<Integer> run(List<String> command, Path log, long deadlineNanos)
            throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            long left = deadlineNanos - System.nanoTime();
            if (left > 0 && process.waitFor(left, TimeUnit.NANOSECONDS)) {
                return Optional.of(process.exitValue());
            }
            return Optional.empty();
        } finally {
            killTree(process);
        }
    }

    /**
     * Also after a normal exit: a child the run left behind must not live on. Waits until they are gone, so that
     * nothing writes into the directory that the caller deletes next.
     */
    private static void killTree(Process process) throws InterruptedException {
        List<ProcessHandle> tree = Stream.concat(process.descendants(), Stream.of(process.toHandle())).toList();
        tree.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle member : tree) {
            try {
                member.onExit().get(5, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                // A process that outlives SIGKILL by seconds is stuck in the kernel: nothing more to do from here.
            }
        }
    }

    /** The end of a run's output, for the log when a run fails. */
    static String tail(Path log) {
        try {
            String text = Files.readString(log);
            return text.length() > 2000 ? text.substring(text.length() - 2000) : text;
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
