package org.frontwire.cli;

import org.frontwire.cli.command.BenchCommand;
import org.frontwire.cli.command.BrokerCommand;
import org.frontwire.cli.command.ChaosCommand;
import org.frontwire.cli.command.ConfigCommand;
import org.frontwire.cli.command.ExtractCommand;
import org.frontwire.cli.command.FuzzCommand;
import org.frontwire.cli.command.IngestCommand;
import org.frontwire.cli.command.ProcessCommand;
import org.frontwire.cli.command.RunCommand;
import org.frontwire.cli.command.TailCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code frontwire} command: wires the parts together and starts them; the work is done in the modules. */
@Command(name = "frontwire", mixinStandardHelpOptions = true, version = "frontwire 0.1.0",
        description = "News-ingest pipeline on Apache Kafka: scrape news, strip site chrome, classify by armed conflict.",
        subcommands = {RunCommand.class, BrokerCommand.class, IngestCommand.class, ProcessCommand.class,
                ExtractCommand.class, TailCommand.class, ConfigCommand.class, BenchCommand.class, ChaosCommand.class, FuzzCommand.class, CommandLine.HelpCommand.class})
public final class Frontwire implements Runnable {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Frontwire());
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println(commandLine.getColorScheme().errorText("frontwire: " + messageOf(e)));
            return 2;
        });
        return cl;
    }

    private static String messageOf(Throwable e) {
        StringBuilder sb = new StringBuilder(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            if (c.getMessage() != null && !sb.toString().contains(c.getMessage())) {
                sb.append(": ").append(c.getMessage());
            }
        }
        return sb.toString();
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
