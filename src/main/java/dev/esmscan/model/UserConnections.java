package dev.esmscan.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One user's connections in the order first mentioned, found by group. Most users have a handful,
 * so they sit in one small array searched in place (a large unload looks them up a million times); a
 * user with many gets an index as well.
 */
final class UserConnections {
    private static final int INDEXED_FROM = 16;

    private Connection[] connections = new Connection[2];
    private int size;
    private Map<String, Connection> byGroup;

    Connection get(String group) {
        if (byGroup != null) {
            return byGroup.get(group);
        }
        for (int i = 0; i < size; i++) {
            Connection c = connections[i];
            String other = c.getGroup();
            if (other == group || other.equals(group)) {
                return c;
            }
        }
        return null;
    }

    /** The connection to {@code group}, created on first mention. */
    Connection getOrAdd(String userId, String group) {
        Connection c = get(group);
        if (c == null) {
            c = new Connection(userId, group);
            add(c);
        }
        return c;
    }

    void add(Connection c) {
        if (size == connections.length) {
            connections = Arrays.copyOf(connections, size * 2);
        }
        connections[size++] = c;
        if (byGroup != null) {
            byGroup.put(c.getGroup(), c);
        } else if (size == INDEXED_FROM) {
            byGroup = new HashMap<>();
            for (int i = 0; i < size; i++) {
                byGroup.put(connections[i].getGroup(), connections[i]);
            }
        }
    }

    boolean remove(String group) {
        Connection c = get(group);
        if (c == null) {
            return false;
        }
        int at = 0;
        while (connections[at] != c) {
            at++;
        }
        System.arraycopy(connections, at + 1, connections, at, size - at - 1);
        connections[--size] = null;
        if (byGroup != null) {
            byGroup.remove(group);
        }
        return true;
    }

    boolean isEmpty() {
        return size == 0;
    }

    void forEach(Consumer<Connection> action) {
        for (int i = 0; i < size; i++) {
            action.accept(connections[i]);
        }
    }

    List<Connection> list() {
        List<Connection> all = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            all.add(connections[i]);
        }
        return all;
    }
}
