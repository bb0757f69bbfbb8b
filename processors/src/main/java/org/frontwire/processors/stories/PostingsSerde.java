package org.frontwire.processors.stories;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The index's postings in the store, as a count and then each story's id and anchor: a report reads a few hundred
 * postings lists and rewrites the ones it is posted under, which as JSON cost more than the rest of its clustering.
 */
final class PostingsSerde implements Serde<StoreMemory.Postings> {
    @Override
    public Serializer<StoreMemory.Postings> serializer() {
        return (topic, postings) -> {
            if (postings == null) {
                return null;
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 + 48 * postings.postings().size());
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                out.writeInt(postings.postings().size());
                for (StoryMemory.Posting p : postings.postings()) {
                    out.writeUTF(p.storyId());
                    out.writeLong(p.anchor());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return bytes.toByteArray();
        };
    }

    @Override
    public Deserializer<StoreMemory.Postings> deserializer() {
        return (topic, data) -> {
            if (data == null) {
                return null;
            }
            try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
                int n = in.readInt();
                List<StoryMemory.Posting> postings = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    postings.add(new StoryMemory.Posting(in.readUTF(), in.readLong()));
                }
                return new StoreMemory.Postings(postings);
            } catch (IOException e) {
                throw new UncheckedIOException("unreadable story postings: " + e.getMessage(), e);
            }
        };
    }
}
