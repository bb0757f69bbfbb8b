package org.frontwire.processors.errors;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.frontwire.processors.metrics.PipelineMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kafka Streams' three exception handlers in one (KIP-1034): a record that cannot be deserialised, processed or
 * produced goes to the dead-letter topic with the original source record and the reason, and the stream goes on.
 * Retriable produce errors are retried. A dead letter that cannot be written itself is logged, counted
 * ({@code frontwire_dead_letters_dropped_total}) and skipped: never made a dead letter of its own, which would
 * fail the same way, again and again.
 */
public final class DeadLetterHandler
        implements DeserializationExceptionHandler, ProcessingExceptionHandler, ProductionExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterHandler.class);

    private String topic;
    private PipelineMetrics metrics;

    @Override
    @SuppressWarnings("unchecked")
    public void configure(Map<String, ?> configs) {
        Object configured = configs.get(DeadLetters.TOPIC_CONFIG);
        if (configured == null) {
            throw new IllegalArgumentException(DeadLetters.TOPIC_CONFIG + " must name the dead-letter topic");
        }
        topic = configured.toString();
        metrics = PipelineMetrics.from((Map<String, Object>) configs);
    }

    @Override
    public DeserializationExceptionHandler.Response handleError(ErrorHandlerContext context,
                                                                ConsumerRecord<byte[], byte[]> record, Exception exception) {
        return DeserializationExceptionHandler.Response.resume(deadLetter(context, "deserialize", exception));
    }

    @Override
    public ProcessingExceptionHandler.Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
        return ProcessingExceptionHandler.Response.resume(deadLetter(context, "process", exception));
    }

    @Override
    public ProductionExceptionHandler.Response handleError(ErrorHandlerContext context,
                                                           ProducerRecord<byte[], byte[]> record, Exception exception) {
        if (exception instanceof RetriableException) {
            return ProductionExceptionHandler.Response.retry();
        }
        if (topic.equals(record.topic())) {
            return dropped(context, record, exception);
        }
        return ProductionExceptionHandler.Response.resume(deadLetter(context, "produce", exception));
    }

    @Override
    public ProductionExceptionHandler.Response handleSerializationError(ErrorHandlerContext context, ProducerRecord record,
                                                                        Exception exception, SerializationExceptionOrigin origin) {
        if (topic.equals(record.topic())) {
            return dropped(context, record, exception);
        }
        return ProductionExceptionHandler.Response.resume(deadLetter(context, "produce", exception));
    }

    private ProductionExceptionHandler.Response dropped(ErrorHandlerContext context, ProducerRecord<?, ?> record,
                                                        Exception exception) {
        LOG.error("the dead letter of {}-{}@{} could not be written to {} and is skipped: {}", context.topic(),
                context.partition(), context.offset(), record.topic(), exception.toString());
        metrics.deadLetterDropped(exception);
        return ProductionExceptionHandler.Response.resume();
    }

    private List<ProducerRecord<byte[], byte[]>> deadLetter(ErrorHandlerContext context, String stage, Exception exception) {
        LOG.warn("{} failed for {}-{}@{}: {}; sent to {}", stage, context.topic(), context.partition(), context.offset(),
                DeadLetters.messageOf(exception), topic);
        return List.of(DeadLetters.record(topic, context.sourceRawKey(), DeadLetters.of(context.sourceRawKey(),
                context.sourceRawValue(), stage, exception, context.topic(), context.partition(), context.offset())));
    }
}
