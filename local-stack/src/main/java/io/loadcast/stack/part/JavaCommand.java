package io.loadcast.stack.part;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Command lines that run a JVM with the same Java as the launcher. */
public final class JavaCommand {

    private JavaCommand() {}

    public static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * Runs {@code main} on the launcher's own class path made absolute: with {@code java -jar local-stack.jar}
     * that is the jar, whose manifest brings in {@code target/lib}.
     */
    public static List<String> ownClasspath(List<String> jvmOptions, Class<?> main, List<String> args) {
        String classpath =
                ownClasspathEntries().stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classpath, main.getName()));
        command.addAll(args);
        return command;
    }

    /** The launcher's class path entries, absolute. */
    public static List<Path> ownClasspathEntries() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(entry -> Path.of(entry).toAbsolutePath())
                .toList();
    }

    public static List<String> jar(List<String> jvmOptions, Path jar) {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        return command;
    }
}
