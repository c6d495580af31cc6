package dev.esmscan.racf.unload;

import java.io.IOException;

/** The records of an unload, one at a time, as ISO-8859-1 bytes without line ends or descriptor words. */
interface RecordSource {

    /** Advances to the next record; false at the end. */
    boolean next() throws IOException;

    byte[] buffer();

    int offset();

    int length();

    /** The line number of a text file, or the record number of a record-oriented file. */
    long line();
}
