package org.frontwire.processors.state;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * A time-bounded store over a persistent, changelogged key-value store: entries are filed by time bucket, and buckets
 * older than the retention are deleted as the store's stream time (the latest time put into it, event time) moves on,
 * so that a replay of the same input keeps and drops the same entries, and nothing grows without bound.
 * <p>
 * It replaces Kafka Streams' persistent window stores with the same retention semantics: a time older than stream time
 * minus the retention is expired, neither readable nor written. Each bucket of a key holds one value (a count, a
 * state, or a list the caller keeps); with buckets as wide as a window it is the window store of that window size.
 * <p>
 * Layout: key = bucket start (8 bytes, big-endian with the sign bit flipped, so bytes sort as times do) + the key's
 * bytes; value = the latest time put into the entry (8 bytes) + the value's bytes. Expiry is one range scan of the
 * buckets before the oldest live one; the stream time after a restart is the latest time kept in the newest bucket.
 *
 * @param <K> key type
 * @param <V> value type
 */
public final class TimeBucketStore<K, V> {
    private static final int TIME_BYTES = Long.BYTES;

    /** A key's value in one bucket. */
    public record Entry<K, V>(K key, long bucket, V value) {}

    private final KeyValueStore<Bytes, byte[]> store;
    private final Serde<K> keys;
    private final Serde<V> values;
    private final long bucket;
    private final long retention;
    private long streamTime = Long.MIN_VALUE;
    private boolean recovered;
    /** Buckets before this one are already deleted. */
    private long prunedBelow = Long.MIN_VALUE;

    /**
     * @param bucket    width of a bucket: a window's size; whole buckets are deleted, so it is also the granularity of
     *                  clean-up (what is kept is at most retention plus one bucket)
     * @param retention how far behind stream time a time stays live
     */
    public TimeBucketStore(KeyValueStore<Bytes, byte[]> store, Serde<K> keys, Serde<V> values, Duration bucket, Duration retention) {
        if (bucket.isNegative() || bucket.isZero() || retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("bucket and retention must be positive, got " + bucket + " and " + retention);
        }
        this.store = store;
        this.keys = keys;
        this.values = values;
        this.bucket = bucket.toMillis();
        this.retention = retention.toMillis();
    }

    /**
     * The persistent, changelogged (compacted) key-value store a {@link TimeBucketStore} keeps its entries in, behind
     * Kafka Streams' record cache: a key read or written again before the next commit is served from memory, and
     * only its last value per commit goes to RocksDB and the changelog (story postings and per-minute counts are
     * rewritten by report after report).
     */
    public static StoreBuilder<KeyValueStore<Bytes, byte[]>> builder(String name) {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), Serdes.Bytes(), Serdes.ByteArray())
                .withCachingEnabled();
    }

    /** The value of {@code key} in the bucket of {@code time}, or null when there is none or {@code time} has expired. */
    public V get(K key, long time) {
        if (time < earliestLive()) {
            return null;
        }
        byte[] raw = store.get(storeKey(bucketOf(time), keyBytes(key)));
        return raw == null ? null : values.deserializer().deserialize(null, valueBytes(raw));
    }

    /**
     * Files {@code value} (null deletes) as {@code key}'s value in the bucket of {@code time}, moves stream time on to
     * {@code time} and deletes the buckets that fall out of the retention.
     *
     * @return false when {@code time} had already expired: nothing is written
     */
    public boolean put(K key, long time, V value) {
        if (time < earliestLive()) {
            return false;
        }
        Bytes storeKey = storeKey(bucketOf(time), keyBytes(key));
        if (value == null) {
            store.delete(storeKey);
        } else {
            byte[] v = values.serializer().serialize(null, value);
            byte[] previous = store.get(storeKey);
            long latest = previous == null ? time : Math.max(time, timeOf(previous));
            store.put(storeKey, ByteBuffer.allocate(TIME_BYTES + v.length).putLong(latest).put(v).array());
        }
        if (time > streamTime) {
            streamTime = time;
            prune();
        }
        return true;
    }

    /** {@code key}'s values in the live buckets that overlap {@code [from, to]}, oldest bucket first. */
    public List<Entry<K, V>> fetch(K key, long from, long to) {
        long start = Math.max(from, earliestLive());
        List<Entry<K, V>> out = new ArrayList<>();
        if (start > to) {
            return out;
        }
        byte[] k = keyBytes(key);
        for (long b = bucketOf(start); b <= to; b += bucket) {
            byte[] raw = store.get(storeKey(b, k));
            if (raw != null) {
                out.add(new Entry<>(key, b, values.deserializer().deserialize(null, valueBytes(raw))));
            }
        }
        return out;
    }

    /** The entries of the bucket of {@code time} with keys from {@code fromKey} (inclusive) to {@code toKey} (exclusive), by key bytes. */
    public List<Entry<K, V>> range(K fromKey, K toKey, long time) {
        List<Entry<K, V>> out = new ArrayList<>();
        if (time < earliestLive()) {
            return out;
        }
        long b = bucketOf(time);
        Bytes last = storeKey(b, keyBytes(toKey));
        try (KeyValueIterator<Bytes, byte[]> it = store.range(storeKey(b, keyBytes(fromKey)), last)) {
            while (it.hasNext()) {
                KeyValue<Bytes, byte[]> next = it.next();
                if (!next.key.equals(last)) {
                    out.add(entry(next, keys.deserializer(), values.deserializer()));
                }
            }
        }
        return out;
    }

    /** The earliest time still live: stream time less the retention, plus one (as in Kafka Streams' window stores). */
    public long earliestLive() {
        recover();
        return streamTime == Long.MIN_VALUE ? Long.MIN_VALUE : streamTime - retention + 1;
    }

    /** The latest time put into the store (event time), {@link Long#MIN_VALUE} before the first. */
    public long streamTime() {
        recover();
        return streamTime;
    }

    /** Start of the bucket {@code time} falls in. */
    public long bucketOf(long time) {
        return Math.floorDiv(time, bucket) * bucket;
    }

    /**
     * For interactive queries: the entries of the buckets starting in {@code [from, to]}, oldest bucket first, from a
     * store as {@link #builder} makes it (all local tasks' stores behind one read-only view). Buckets are deleted as
     * stream time moves, so this may also show the last expired bucket's entries until then.
     */
    public static <K, V> List<Entry<K, V>> read(ReadOnlyKeyValueStore<Bytes, byte[]> store, Deserializer<K> keys,
                                                Deserializer<V> values, long from, long to) {
        List<Entry<K, V>> out = new ArrayList<>();
        if (from > to) {
            return out;
        }
        try (KeyValueIterator<Bytes, byte[]> it = store.range(Bytes.wrap(timeBytes(from)), Bytes.wrap(timeBytes(to == Long.MAX_VALUE ? to : to + 1)))) {
            while (it.hasNext()) {
                KeyValue<Bytes, byte[]> next = it.next();
                if (bucketOf(next.key) <= to) {
                    out.add(entry(next, keys, values));
                }
            }
        }
        return out;
    }

    /** The value of an entry as the store (and its changelog) holds it. */
    public static <V> V valueOf(byte[] stored, Deserializer<V> values) {
        return values.deserialize(null, valueBytes(stored));
    }

    private void recover() {
        if (recovered) {
            return;
        }
        recovered = true;
        long newest;
        try (KeyValueIterator<Bytes, byte[]> it = store.reverseAll()) {
            if (!it.hasNext()) {
                return;
            }
            newest = bucketOf(it.next().key);
        }
        try (KeyValueIterator<Bytes, byte[]> it = store.range(Bytes.wrap(timeBytes(newest)), null)) {
            while (it.hasNext()) {
                streamTime = Math.max(streamTime, timeOf(it.next().value));
            }
        }
    }

    /** Deletes every bucket wholly before the earliest live time. */
    private void prune() {
        long oldestLive = bucketOf(earliestLive());
        if (oldestLive <= prunedBelow) {
            return;
        }
        List<Bytes> expired = new ArrayList<>();
        try (KeyValueIterator<Bytes, byte[]> it = store.range(Bytes.wrap(timeBytes(Long.MIN_VALUE)), Bytes.wrap(timeBytes(oldestLive)))) {
            while (it.hasNext()) {
                Bytes k = it.next().key;
                if (bucketOf(k) < oldestLive) {
                    expired.add(k);
                }
            }
        }
        expired.forEach(store::delete);
        prunedBelow = oldestLive;
    }

    private byte[] keyBytes(K key) {
        return keys.serializer().serialize(null, key);
    }

    private static <K, V> Entry<K, V> entry(KeyValue<Bytes, byte[]> kv, Deserializer<K> keys, Deserializer<V> values) {
        byte[] k = kv.key.get();
        return new Entry<>(keys.deserialize(null, Arrays.copyOfRange(k, TIME_BYTES, k.length)), bucketOf(kv.key),
                values.deserialize(null, valueBytes(kv.value)));
    }

    private static Bytes storeKey(long bucketStart, byte[] key) {
        return Bytes.wrap(ByteBuffer.allocate(TIME_BYTES + key.length).put(timeBytes(bucketStart)).put(key).array());
    }

    private static byte[] timeBytes(long time) {
        return ByteBuffer.allocate(TIME_BYTES).putLong(time ^ Long.MIN_VALUE).array();
    }

    private static long bucketOf(Bytes storeKey) {
        return ByteBuffer.wrap(storeKey.get(), 0, TIME_BYTES).getLong() ^ Long.MIN_VALUE;
    }

    private static long timeOf(byte[] storeValue) {
        return ByteBuffer.wrap(storeValue, 0, TIME_BYTES).getLong();
    }

    private static byte[] valueBytes(byte[] storeValue) {
        return Arrays.copyOfRange(storeValue, TIME_BYTES, storeValue.length);
    }
}
