package dev.esmscan.racf.unload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A value made lately is handed out again; a different value never is, whatever its hash. */
class RecentValuesTest {
    private final RecentValues values = new RecentValues();

    @Test
    void theSameBytesGiveTheSameString() {
        String first = of("IBMUSER  ZWEADMIN", 0, 7);
        String again = of("ZWEADMIN IBMUSER", 9, 7);
        assertEquals("IBMUSER", first);
        assertSame(first, again);
    }

    @Test
    void valuesWithTheSameHashStayApart() {
        assertEquals("Aa".hashCode(), "BB".hashCode());
        String aa = of("Aa", 0, 2);
        String bb = of("BB", 0, 2);
        assertEquals("Aa", aa);
        assertEquals("BB", bb);
        assertEquals("Aa", of("Aa", 0, 2), "the slot now holds BB: Aa is made again, not taken for BB");
    }

    @Test
    void aLongerOrShorterValueIsNotAPrefixMatch() {
        String user = of("USER1", 0, 5);
        String longer = of("USER12", 0, 6);
        assertEquals("USER12", longer);
        assertNotSame(user, longer);
        assertEquals("USER", of("USER1", 0, 4));
    }

    @Test
    void everyByteValueComesBackAsItsLatin1Character() {
        byte[] all = new byte[256];
        for (int i = 0; i < all.length; i++) {
            all[i] = (byte) i;
        }
        assertEquals(new String(all, StandardCharsets.ISO_8859_1), values.of(all, 0, all.length, hash(all, 0, all.length)));
    }

    private String of(String text, int offset, int length) {
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        return values.of(bytes, offset, length, hash(bytes, offset, length));
    }

    private static int hash(byte[] bytes, int offset, int length) {
        int hash = 0;
        for (int i = offset; i < offset + length; i++) {
            hash = RecentValues.hash(hash, bytes[i]);
        }
        return hash;
    }
}
