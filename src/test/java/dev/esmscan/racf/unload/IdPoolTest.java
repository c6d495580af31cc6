package dev.esmscan.racf.unload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.esmscan.esm.Esms;
import dev.esmscan.model.Connection;
import dev.esmscan.model.SecurityModel;
import dev.esmscan.scan.InputResolver;
import dev.esmscan.scan.Scanner;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IdPoolTest {

    @Test
    void equalNamesShareOneCopy() {
        IdPool pool = new IdPool();
        String first = pool.of(new String("SYS1"));
        String again = pool.of(new String("SYS1"));
        assertSame(first, again);
        assertEquals("SYS1", again);
        assertNull(pool.of(null));
    }

    @Test
    void aFullPoolReturnsNewNamesAsGiven() {
        IdPool pool = new IdPool(1);
        String kept = pool.of(new String("A"));
        String b = new String("B");
        assertSame(b, pool.of(b));
        assertNotSame(pool.of(new String("B")), b, "B was not kept");
        assertSame(kept, pool.of(new String("A")));
    }

    @Test
    void theModelHoldsOneCopyOfEachGroupNameItsConnectionsName() {
        SecurityModel model = Scanner.load(new InputResolver(Esms.all())
                .resolve(List.of(Path.of("sample-exports/racf/site.irrdbu00")), Optional.empty()).inputs()).model();
        Map<String, String> first = new HashMap<>();
        int shared = 0;
        for (Connection c : model.connections()) {
            String seen = first.putIfAbsent(c.getGroup(), c.getGroup());
            if (seen != null) {
                assertSame(seen, c.getGroup(), c.getGroup());
                shared++;
            }
        }
        assertTrue(shared > 0, "the sample has groups with several members");
    }
}
