package dev.esmscan.racf.unload;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;

/**
 * IBM-1047 to ISO-8859-1, byte for byte. IBM-1047 holds exactly the Latin-1 repertoire, so every
 * EBCDIC byte has one Latin-1 byte and an EBCDIC record can be read like a text-transferred one.
 */
final class Ebcdic {
    static final byte BLANK = 0x40;
    private static final byte[] TO_LATIN1 = table();
    private static final byte[] FROM_LATIN1 = inverse(TO_LATIN1);

    private Ebcdic() {
    }

    static void toLatin1(byte[] bytes, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            bytes[i] = TO_LATIN1[bytes[i] & 0xFF];
        }
    }

    /** The Latin-1 character of one EBCDIC byte. */
    static char toChar(byte b) {
        return (char) (TO_LATIN1[b & 0xFF] & 0xFF);
    }

    /**
     * The IBM-1047 byte of a Latin-1 byte: its weight in EBCDIC collation, the order RACF keeps its
     * index in (blank before letters, lower case before upper case, letters before digits).
     */
    static int weight(byte latin1) {
        return FROM_LATIN1[latin1 & 0xFF] & 0xFF;
    }

    /** Compares two strings of Latin-1 characters in EBCDIC (IBM-1047) collation, a shorter prefix first. */
    static int compare(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            int d = weight((byte) a.charAt(i)) - weight((byte) b.charAt(i));
            if (d != 0) {
                return d;
            }
        }
        return a.length() - b.length();
    }

    private static byte[] inverse(byte[] table) {
        byte[] inverse = new byte[256];
        for (int i = 0; i < 256; i++) {
            inverse[table[i] & 0xFF] = (byte) i;
        }
        return inverse;
    }

    private static byte[] table() {
        byte[] all = new byte[256];
        for (int i = 0; i < 256; i++) {
            all[i] = (byte) i;
        }
        CharBuffer chars = Charset.forName("IBM1047").decode(ByteBuffer.wrap(all));
        byte[] table = new byte[256];
        for (int i = 0; i < 256; i++) {
            char c = chars.get(i);
            if (c > 0xFF) {
                throw new IllegalStateException("IBM1047 byte " + i + " is outside Latin-1");
            }
            table[i] = (byte) c;
        }
        return table;
    }
}
