package io.loadcast.stack;

import io.loadcast.stack.catalog.ApiKey;
import io.loadcast.stack.catalog.ServiceEnvironment;
import io.loadcast.stack.catalog.StackCatalog;
import io.loadcast.stack.catalog.StackLayout;
import io.loadcast.stack.catalog.StackSettings;
import io.loadcast.stack.command.DownCommand;
import io.loadcast.stack.command.StatusCommand;
import io.loadcast.stack.command.UpCommand;
import io.loadcast.stack.part.Part;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Command line of the local stack: {@code up [--s3] | down | status | help}, with {@code --home DIR} and
 * {@code --repo DIR}. Output goes to the terminal: this is the user interface, not a service log.
 */
public final class LocalStack {

    private LocalStack() {}

    public static void main(String[] args) throws Exception {
        System.exit(run(List.of(args), System.getenv(), System.out));
    }

    static int run(List<String> args, Map<String, String> env, PrintStream out) throws Exception {
        String command = args.isEmpty() ? "help" : args.get(0);
        Path repo = Path.of(option(args, "--repo").orElse("."));
        Path home =
                Path.of(option(args, "--home").orElse(repo.resolve(".loadcast").toString()));
        StackLayout layout = new StackLayout(home, repo);
        StackSettings settings = StackSettings.fromEnvironment(env);
        boolean withS3 = args.contains("--s3");
        return switch (command) {
            case "up" -> new UpCommand(layout, settings, env, out).run(withS3);
            case "down" -> new DownCommand(layout.runDirectory(), out).run(StackCatalog.stopOrder());
            case "status" -> new StatusCommand(layout.runDirectory(), out).run(allParts(layout, settings));
            case "help", "--help", "-h" -> help(out, 0);
            default -> help(out, 2);
        };
    }

    private static List<Part> allParts(StackLayout layout, StackSettings settings) throws Exception {
        StackCatalog catalog = new StackCatalog(layout, settings);
        List<Part> parts = new ArrayList<>(catalog.infra(true));
        String apiKey = ApiKey.existing(layout.apiKeyFile()).orElse("");
        parts.addAll(catalog.services(new ServiceEnvironment.Values(layout, apiKey, Optional.empty())));
        return parts;
    }

    private static Optional<String> option(List<String> args, String name) {
        int index = args.indexOf(name);
        return index >= 0 && index + 1 < args.size() ? Optional.of(args.get(index + 1)) : Optional.empty();
    }

    private static int help(PrintStream out, int code) {
        out.println("""
                usage: loadcast <command>
                  up [--s3]   start Kafka, PostgreSQL (and an S3 server with --s3), then the five services;
                              waits until all are healthy and prints their URLs and the API key
                  down        stop everything 'up' started
                  status      show each part: process, health, port, log
                  help        this text
                Data and logs live in .loadcast/ at the repository root.""");
        return code;
    }
}
