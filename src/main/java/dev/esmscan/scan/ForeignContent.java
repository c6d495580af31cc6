package dev.esmscan.scan;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Says what a file that no reader accepts looks like instead, from its first bytes, so that the
 * message tells the person who transferred it what to do: a document or archive sent by mistake,
 * an unload that was not converted from EBCDIC, records that kept their descriptor words, or
 * another command's listing.
 */
final class ForeignContent {
    private static final int SAMPLE = 4096;

    private ForeignContent() {
    }

    static Optional<String> describe(byte[] head) {
        String start = new String(head, 0, Math.min(head.length, SAMPLE), StandardCharsets.ISO_8859_1);
        if (start.startsWith("%PDF")) {
            return Optional.of("it is a PDF document; send the extract itself");
        }
        if (start.startsWith("PK\u0003\u0004")) {
            return Optional.of("it is a zip archive; unpack it and pass the files inside");
        }
        if (start.startsWith("\u001f\u008b")) {
            return Optional.of("it is a gzip archive; unpack it and pass the file inside");
        }
        if (hasRecordDescriptor(head) && looksAscii(head, 4)) {
            return Optional.of("it holds record descriptor words (binary RECFM=VB transfer) in front of ASCII records;"
                    + " transfer the data set again in binary from z/OS without converting it, or in text mode");
        }
        if (looksEbcdic(head)) {
            return Optional.of("its bytes look like EBCDIC that was not converted; transfer the unload in binary"
                    + " (RECFM=VB, with record descriptor words) or in text mode converting from IBM-1047");
        }
        if (start.startsWith("USER=") || start.contains("\nUSER=") || start.contains("DEFAULT-GROUP=")) {
            return Optional.of("it looks like LISTUSER output; expected SETROPTS LIST output (with an 'ACTIVE CLASSES =' line)"
                    + " or an IRRDBU00 unload");
        }
        if (start.startsWith("INFORMATION FOR GROUP") || start.startsWith("CLASS      NAME")) {
            return Optional.of("it looks like LISTGRP or RLIST output; expected SETROPTS LIST output or an IRRDBU00 unload");
        }
        return Optional.empty();
    }

    private static boolean hasRecordDescriptor(byte[] h) {
        if (h.length < 9 || h[2] != 0 || h[3] != 0) {
            return false;
        }
        int length = ((h[0] & 0xFF) << 8) | (h[1] & 0xFF);
        return length >= 9;
    }

    private static boolean looksAscii(byte[] h, int from) {
        int end = Math.min(h.length, from + 5);
        for (int i = from; i < end; i++) {
            if (h[i] < 0x20 || h[i] > 0x7E) {
                return false;
            }
        }
        return true;
    }

    /** Mostly EBCDIC blanks, digits and upper-case letters, and hardly any ASCII letters. */
    private static boolean looksEbcdic(byte[] h) {
        int n = Math.min(h.length, SAMPLE);
        int ebcdic = 0;
        int ascii = 0;
        for (int i = 0; i < n; i++) {
            int b = h[i] & 0xFF;
            if (b == 0x40 || (b >= 0xF0 && b <= 0xF9) || (b >= 0xC1 && b <= 0xE9)) {
                ebcdic++;
            } else if ((b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || b == ' ') {
                ascii++;
            }
        }
        return n > 0 && ebcdic > n / 2 && ascii < n / 10;
    }
}
