package org.frontwire.processors.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Arrays;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.Record;
import org.frontwire.processors.metrics.PipelineMetrics;
import org.frontwire.records.DeadLetter;
import org.frontwire.records.Hashes;
import org.frontwire.records.Json;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeadLetterHandlerTest {
    private static final byte[] KEY = "https://x.example/a".getBytes(StandardCharsets.UTF_8);
    private static final byte[] VALUE = "{\"url\":\"https://x.example/a\"}".getBytes(StandardCharsets.UTF_8);

    private final DeadLetterHandler handler = new DeadLetterHandler();

    @BeforeEach
    void configure() {
        handler.configure(Map.of(DeadLetters.TOPIC_CONFIG, "dlq"));
    }

    @Test
    void aRecordThatCannotBeProducedBecomesADeadLetterWithItsSourceRecord() throws Exception {
        var response = handler.handleError(context(), new ProducerRecord<>("out", new byte[1], new byte[1]),
                new RecordTooLargeException("too large for the topic"));

        assertThat(response.result()).isEqualTo(ProductionExceptionHandler.Result.RESUME);
        ProducerRecord<byte[], byte[]> dead = response.deadLetterQueueRecords().get(0);
        assertThat(dead.topic()).isEqualTo("dlq");
        assertThat(dead.key()).isEqualTo(KEY);
        DeadLetter letter = Json.fromBytes(dead.value(), DeadLetter.class);
        assertThat(letter.stage()).isEqualTo("produce");
        assertThat(letter.value()).isEqualTo(new String(VALUE, StandardCharsets.UTF_8));
        assertThat(letter.message()).isEqualTo("too large for the topic");
        assertThat(letter.error()).isEqualTo(RecordTooLargeException.class.getName());
        assertThat(letter.sourceTopic()).isEqualTo("frontwire.raw-pages");
        assertThat(letter.sourceOffset()).isEqualTo(42L);
    }

    @Test
    void retriableProduceErrorsAreRetriedNotDeadLettered() {
        var response = handler.handleError(context(), new ProducerRecord<>("out", new byte[1], new byte[1]),
                new NotLeaderOrFollowerException("moving"));
        assertThat(response.result()).isEqualTo(ProductionExceptionHandler.Result.RETRY);
    }

    @Test
    void processingAndDeserialisationFailuresResumeWithADeadLetter() throws Exception {
        var processing = handler.handleError(context(), new Record<>("k", "v", 0L), new IllegalStateException("boom"));
        assertThat(Json.fromBytes(processing.deadLetterQueueRecords().get(0).value(), DeadLetter.class).stage()).isEqualTo("process");

        var deserialization = handler.handleError(context(),
                new ConsumerRecord<>("frontwire.raw-pages", 0, 42L, KEY, VALUE), new IllegalArgumentException("bad"));
        assertThat(Json.fromBytes(deserialization.deadLetterQueueRecords().get(0).value(), DeadLetter.class).stage())
                .isEqualTo("deserialize");
    }

    @Test
    void aDeadLetterThatCannotBeWrittenIsSkippedAndCountedNeverDeadLetteredAgain() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        DeadLetterHandler counted = new DeadLetterHandler();
        counted.configure(Map.of(DeadLetters.TOPIC_CONFIG, "dlq", PipelineMetrics.CONFIG, new PipelineMetrics(registry)));

        var response = counted.handleError(context(), new ProducerRecord<>("dlq", new byte[1], new byte[1]),
                new RecordTooLargeException("too large for the topic"));

        assertThat(response.result()).isEqualTo(ProductionExceptionHandler.Result.RESUME);
        assertThat(response.deadLetterQueueRecords()).isEmpty();
        assertThat(registry.get("frontwire.dead.letters.dropped").tag("error", "RecordTooLargeException").counter().count())
                .isEqualTo(1.0);
    }

    @Test
    void aHugeKeyAndValueAreCutToAPrefixWithTheirLengthAndHash() throws Exception {
        byte[] key = new byte[3 * DeadLetter.MAX_KEY_BYTES];
        Arrays.fill(key, (byte) 'k');
        byte[] value = new byte[DeadLetter.MAX_VALUE_BYTES + 10];
        Arrays.fill(value, (byte) 'v');

        DeadLetter letter = DeadLetters.of(key, value, "deserialize", new IllegalArgumentException("x".repeat(100_000)),
                "raw", 0, 1L);
        ProducerRecord<byte[], byte[]> record = DeadLetters.record("dlq", key, letter);

        assertThat(record.key()).isEqualTo(Hashes.sha256(key).getBytes(StandardCharsets.US_ASCII));
        assertThat(letter.key()).hasSize(DeadLetter.MAX_KEY_BYTES);
        assertThat(letter.keyBytes()).isEqualTo(key.length);
        assertThat(letter.keyTruncated()).isTrue();
        assertThat(letter.keySha256()).isEqualTo(Hashes.sha256(key));
        assertThat(letter.value()).hasSize(DeadLetter.MAX_VALUE_BYTES);
        assertThat(letter.valueBytes()).isEqualTo(value.length);
        assertThat(letter.valueSha256()).isEqualTo(Hashes.sha256(value));
        assertThat(letter.message().length()).isLessThan(DeadLetter.MAX_MESSAGE_CHARS + 40);
        assertThat(record.value().length).isLessThan(DeadLetter.MAX_RECORD_BYTES);
    }

    @Test
    void aValueThatWouldNotFitEvenCutIsLeftOutButMeasured() {
        byte[] controls = new byte[DeadLetter.MAX_VALUE_BYTES];
        Arrays.fill(controls, (byte) 1);

        DeadLetter letter = DeadLetters.of(KEY, controls, "deserialize", new IllegalArgumentException("bad"), "raw", 0, 1L);

        assertThat(letter.value()).isNull();
        assertThat(letter.valueBase64()).isNull();
        assertThat(letter.valueTruncated()).isTrue();
        assertThat(letter.valueBytes()).isEqualTo(controls.length);
        assertThat(Json.toBytes(letter).length).isLessThan(DeadLetter.MAX_RECORD_BYTES);
    }

    @Test
    void withoutATopicTheHandlerRefusesToStart() {
        assertThatThrownBy(() -> new DeadLetterHandler().configure(Map.of()))
                .hasMessageContaining(DeadLetters.TOPIC_CONFIG);
    }

    private static ErrorHandlerContext context() {
        return new ErrorHandlerContext() {
            public String topic() { return "frontwire.raw-pages"; }
            public int partition() { return 0; }
            public long offset() { return 42L; }
            public Headers headers() { return new RecordHeaders(); }
            public String processorNodeId() { return "extract-article"; }
            public TaskId taskId() { return new TaskId(0, 0); }
            public long timestamp() { return 0L; }
            public byte[] sourceRawKey() { return KEY; }
            public byte[] sourceRawValue() { return VALUE; }
        };
    }
}
