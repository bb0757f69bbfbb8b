package org.frontwire.cli.command;

import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.frontwire.cli.wiring.ServiceFactory;
import org.frontwire.cli.child.HeapPeak;
import org.frontwire.cli.config.FrontwireConfig;
import org.frontwire.cli.kafka.KafkaSession;
import org.frontwire.processors.ProcessorService;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import org.frontwire.config.ConfigKeys;

@Command(name = "process", mixinStandardHelpOptions = true,
        description = "Run the processor (Kafka Streams, exactly-once) alone, until Ctrl-C. Start more instances to scale.")
public final class ProcessCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--http-port", paramLabel = "PORT",
            description = "Serve the dashboard, /metrics and /health on this port (default: processor.http-port); 0 = off.")
    Integer httpPort;

    /** Entry point of a processor in a JVM of its own ({@link org.frontwire.cli.child.ProcessorProcess}). */
    public static void main(String[] args) {
        System.exit(new CommandLine(new ProcessCommand()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        HeapPeak.startSampling();
        FrontwireConfig config = common.config(httpPort == null ? Map.of() : Map.of(ConfigKeys.PROCESSOR_HTTP_PORT, String.valueOf(httpPort)));
        try (KafkaSession kafka = KafkaSession.openWaiting(config, System.err)) {
            kafka.createTopics();
            CountDownLatch stop = new CountDownLatch(1);
            try (ProcessorService processor = ServiceFactory.servingProcessor(config, kafka)) {
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    System.err.println(processor.stop()
                            ? "processor stopped cleanly: open transactions committed or aborted, stream threads closed"
                            : "processor did not stop within 30 s; its uncommitted work is redone on the next start");
                    System.err.println(HeapPeak.report());
                    stop.countDown();
                }));
                processor.start();
                ServiceFactory.printDashboard(processor);
                System.err.println("processor running against " + kafka.bootstrapServers() + "; Ctrl-C stops it");
                stop.await();
            }
        }
        return 0;
    }
}
