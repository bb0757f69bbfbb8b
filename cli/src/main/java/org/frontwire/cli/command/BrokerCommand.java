package org.frontwire.cli.command;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.frontwire.broker.EmbeddedKafka;
import org.frontwire.cli.config.FrontwireConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "broker", mixinStandardHelpOptions = true,
        description = "Run the embedded single-node Kafka (KRaft) broker alone, until Ctrl-C.")
public final class BrokerCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Option(names = "--port", description = "Port to listen on (default: the port this data directory used before, or a free one).")
    int port;

    @Override
    public Integer call() throws Exception {
        FrontwireConfig config = common.config();
        EmbeddedKafka kafka = EmbeddedKafka.start(config.dataDir().resolve("kafka"), port);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            kafka.close();
            stopped.countDown();
        }));
        System.out.println("Kafka broker ready at " + kafka.bootstrapServers() + " (data in "
                + kafka.dataDir().toAbsolutePath() + "); Ctrl-C stops it.");
        System.out.println("Other commands reach it with --bootstrap-servers " + kafka.bootstrapServers());
        stopped.await();
        return 0;
    }
}
