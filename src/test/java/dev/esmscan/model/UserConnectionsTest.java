package dev.esmscan.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A user's connections keep their first-mention order and are found by group, few or many. */
class UserConnectionsTest {

    @ParameterizedTest(name = "{0} groups")
    @ValueSource(ints = {1, 3, 15, 16, 17, 40})
    void findsEachGroupAndKeepsTheOrderOfFirstMention(int groups) {
        UserConnections mine = new UserConnections();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < groups; i++) {
            names.add(new String("GRP" + i));
            mine.getOrAdd("IBMUSER", names.get(i));
        }
        for (int i = 0; i < groups; i++) {
            Connection c = mine.getOrAdd("IBMUSER", new String("GRP" + i));
            assertEquals(names.get(i), c.getGroup(), "an equal name, not only the same instance, finds the connection");
            assertSame(c, mine.get("GRP" + i));
        }
        assertEquals(names, mine.list().stream().map(Connection::getGroup).toList());
        assertNull(mine.get("OTHER"));
    }

    @ParameterizedTest(name = "{0} groups")
    @ValueSource(ints = {3, 16, 20})
    void removesOneConnectionAndKeepsTheOthersInOrder(int groups) {
        UserConnections mine = new UserConnections();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < groups; i++) {
            mine.getOrAdd("IBMUSER", "GRP" + i);
            expected.add("GRP" + i);
        }
        assertTrue(mine.remove("GRP1"));
        expected.remove("GRP1");
        assertFalse(mine.remove("GRP1"), "already removed");
        assertNull(mine.get("GRP1"));
        assertEquals(expected, mine.list().stream().map(Connection::getGroup).toList());
        Connection again = mine.getOrAdd("IBMUSER", "GRP1");
        assertSame(again, mine.get("GRP1"));
        assertEquals("GRP1", mine.list().get(mine.list().size() - 1).getGroup(), "a new mention goes last");
    }
}
