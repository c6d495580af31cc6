package dev.esmscan.racf.unload;

/**
 * How an unload file was transferred, told from its first bytes: as text (ISO-8859-1 or ASCII
 * lines), or in binary as EBCDIC RECFM=VB records with record descriptor words, with or without
 * block descriptor words in front of each block.
 */
enum UnloadEncoding {
    TEXT, EBCDIC_RECORDS, EBCDIC_BLOCKS;

    private static final int MIN_RECORD = 4 + 5;

    /** The encoding of a file that starts with these bytes, or null when it does not look like an unload. */
    static UnloadEncoding detect(byte[] head) {
        if (isRecordDescriptor(head, 0)) {
            return EBCDIC_RECORDS;
        }
        if (isBlockDescriptor(head) && isRecordDescriptor(head, 4)) {
            return EBCDIC_BLOCKS;
        }
        int start = bomLength(head);
        int lineStart = start;
        for (int i = start; i < head.length; i++) {
            byte b = head[i];
            if (b == '\n') {
                lineStart = i + 1;
            } else if (b != '\r' && b != ' ') {
                return i == lineStart && startsWithRecordType(head, i, head.length - i) && isDigit(head[i]) ? TEXT : null;
            }
        }
        return null;
    }

    /** 3 when the bytes start with a UTF-8 byte order mark, else 0. */
    static int bomLength(byte[] head) {
        return head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF ? 3 : 0;
    }

    /** Four upper-case letters or digits and a blank in column 5. */
    static boolean startsWithRecordType(byte[] b, int off, int len) {
        return len >= 5 && isTypeChar(b[off]) && isTypeChar(b[off + 1]) && isTypeChar(b[off + 2])
                && isTypeChar(b[off + 3]) && b[off + 4] == ' ';
    }

    static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }

    private static boolean isTypeChar(byte b) {
        return isDigit(b) || (b >= 'A' && b <= 'Z');
    }

    private static boolean isRecordDescriptor(byte[] h, int i) {
        if (h.length < i + MIN_RECORD || h[i + 2] != 0 || h[i + 3] != 0) {
            return false;
        }
        int length = ((h[i] & 0xFF) << 8) | (h[i + 1] & 0xFF);
        if (length < MIN_RECORD) {
            return false;
        }
        for (int k = i + 4; k < i + 8; k++) {
            char c = Ebcdic.toChar(h[k]);
            if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'))) {
                return false;
            }
        }
        return h[i + 8] == Ebcdic.BLANK && Ebcdic.toChar(h[i + 4]) >= '0' && Ebcdic.toChar(h[i + 4]) <= '9';
    }

    private static boolean isBlockDescriptor(byte[] h) {
        if (h.length < 4) {
            return false;
        }
        if ((h[0] & 0x80) != 0) {
            return true;
        }
        int length = ((h[0] & 0xFF) << 8) | (h[1] & 0xFF);
        return h[2] == 0 && h[3] == 0 && length >= 4 + MIN_RECORD;
    }
}
