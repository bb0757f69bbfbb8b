package org.frontwire.processors.topology;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.kafka.common.serialization.Deserializer;
import org.frontwire.records.Json;
import org.frontwire.records.JsonSerde;
import org.frontwire.records.RawPage;

/** The records' JSON Schemas (records module, {@code /schemas}), checked on every record a test reads. */
public final class RecordSchemas {
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private RecordSchemas() {}

    /** Reads a record as {@code type}, after failing the test if its bytes break the schema {@code schemaFile}. */
    public static <T> Deserializer<T> checked(Class<T> type, String schemaFile) {
        Schema schema = load(schemaFile);
        Deserializer<T> read = new JsonSerde<>(type).deserializer();
        return (topic, bytes) -> {
            if (bytes != null) {
                assertValid(schema, schemaFile, bytes);
            }
            return read.deserialize(topic, bytes);
        };
    }

    public static void assertValid(String schemaFile, byte[] json) {
        assertValid(load(schemaFile), schemaFile, json);
    }

    private static void assertValid(Schema schema, String schemaFile, byte[] json) {
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(json);
        } catch (IOException e) {
            throw new AssertionError("not JSON, so not valid against " + schemaFile + ": " + e.getMessage(), e);
        }
        List<Error> errors = schema.validate(node);
        if (!errors.isEmpty()) {
            String text = new String(json, 0, Math.min(json.length, 600), java.nio.charset.StandardCharsets.UTF_8);
            throw new AssertionError("breaks " + schemaFile + ": " + errors.stream().map(Error::toString).toList() + " in " + text);
        }
    }

    private static Schema load(String schemaFile) {
        try (InputStream in = RawPage.class.getResourceAsStream("/schemas/" + schemaFile)) {
            if (in == null) {
                throw new IllegalArgumentException("no schema " + schemaFile);
            }
            return REGISTRY.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
