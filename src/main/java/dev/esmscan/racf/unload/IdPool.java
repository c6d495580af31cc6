package dev.esmscan.racf.unload;

import java.util.concurrent.ConcurrentHashMap;

/**
 * One copy of each user ID, group name, owner and class name a read decodes. The same few thousand
 * names recur in hundreds of thousands of records (every connection names its group, every profile
 * its owner); keeping one copy means the model holds one string per name instead of one per record,
 * so far less is copied by the collector while the model grows. Shared by the threads decoding one
 * file. Past {@link #LIMIT} names a value is returned as decoded, so the pool stays bounded.
 */
final class IdPool {
    static final int LIMIT = 1 << 20;

    private final ConcurrentHashMap<String, String> names = new ConcurrentHashMap<>();
    private final int limit;

    IdPool() {
        this(LIMIT);
    }

    IdPool(int limit) {
        this.limit = limit;
    }

    /** The pool's copy of {@code name}, or {@code name} itself when it is new, null or the pool is full. */
    String of(String name) {
        if (name == null) {
            return null;
        }
        String known = names.get(name);
        if (known != null) {
            return known;
        }
        if (names.size() >= limit) {
            return name;
        }
        String raced = names.putIfAbsent(name, name);
        return raced == null ? name : raced;
    }
}
