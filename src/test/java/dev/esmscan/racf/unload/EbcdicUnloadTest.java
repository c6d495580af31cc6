package dev.esmscan.racf.unload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.esmscan.input.InputException;
import dev.esmscan.model.ModelDump;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A binary transfer of the real unload: EBCDIC IBM-1047, RECFM=VB, with record and block descriptor words. */
class EbcdicUnloadTest {
    private static final Charset IBM1047 = Charset.forName("IBM1047");
    /** The block size of the JCL that produced the real unload. */
    private static final int BLKSIZE = 13030;

    private static UnloadTestFiles.Read textRead;
    private static List<String> realLines;

    @TempDir
    Path dir;

    @BeforeAll
    static void readAsText() {
        textRead = UnloadTestFiles.read(new Irrdbu00Reader(), UnloadTestFiles.realUnload());
        realLines = UnloadTestFiles.realLines();
    }

    @Test
    void recordsWithDescriptorWordsGiveTheTextModel() {
        byte[] vb = withRecordDescriptors(realLines);
        assertTrue(new Irrdbu00Reader().accepts(Arrays.copyOf(vb, 64)));
        UnloadTestFiles.Read read = UnloadTestFiles.read(new Irrdbu00Reader(), UnloadTestFiles.write(dir, "unload.bin", vb));
        assertSameAsText(read);
    }

    @Test
    void blocksWithBlockDescriptorWordsGiveTheTextModel() {
        byte[] vb = inBlocks(realLines, BLKSIZE);
        assertTrue(new Irrdbu00Reader().accepts(Arrays.copyOf(vb, 64)));
        UnloadTestFiles.Read read = UnloadTestFiles.read(new Irrdbu00Reader(), UnloadTestFiles.write(dir, "unload.bin", vb));
        assertSameAsText(read);
    }

    @Test
    void aDigitalCertificateNameSurvivesTheRoundTrip() {
        byte[] vb = withRecordDescriptors(realLines);
        UnloadTestFiles.Read read = UnloadTestFiles.read(new Irrdbu00Reader(), UnloadTestFiles.write(dir, "unload.bin", vb));
        assertTrue(read.model().profiles("DIGTCERT").all().stream().anyMatch(p -> p.getName().contains("\u00BD")));
    }

    @Test
    void theLineOfAProblemIsTheRecordNumber() {
        List<String> lines = List.of(realLines.get(0), "garbage", realLines.get(1));
        UnloadTestFiles.Read read = UnloadTestFiles.read(new Irrdbu00Reader(), UnloadTestFiles.write(dir, "unload.bin", withRecordDescriptors(lines)));
        assertEquals(1, read.readErrors());
        assertTrue(read.readProblems().get(0).contains("unload.bin:2: no record type"), read.readProblems().get(0));
        assertEquals(2, read.stats().records());
    }

    @Test
    void aTruncatedBinaryUnloadThrowsNamingTheRecord() {
        byte[] vb = withRecordDescriptors(realLines.subList(0, 3));
        byte[] cut = Arrays.copyOf(vb, vb.length - 5);
        InputException e = assertThrows(InputException.class,
                () -> UnloadTestFiles.read(new Irrdbu00Reader(), UnloadTestFiles.write(dir, "unload.bin", cut)));
        assertTrue(e.getMessage().contains("unload.bin:3: binary (EBCDIC, RECFM=VB) unload is damaged"), e.getMessage());
    }

    @Test
    void zeroPaddingAfterTheLastBlockEndsTheFile() {
        byte[] vb = inBlocks(realLines.subList(0, 10), BLKSIZE);
        byte[] padded = Arrays.copyOf(vb, vb.length + 100);
        UnloadTestFiles.Read read = UnloadTestFiles.read(new Irrdbu00Reader(), UnloadTestFiles.write(dir, "unload.bin", padded));
        assertEquals(10, read.stats().records());
        assertEquals(0, read.readErrors());
    }

    @Test
    void textDataIsNotTakenForDescriptorWords() {
        assertFalse(new Irrdbu00Reader().accepts("\0\0\0\0 not an unload".getBytes(IBM1047)));
        assertFalse(new Irrdbu00Reader().accepts("LIST LIKE(-)".getBytes(IBM1047)));
    }

    private static void assertSameAsText(UnloadTestFiles.Read read) {
        assertEquals(0, read.readErrors(), () -> String.join("\n", read.readProblems()));
        assertEquals(textRead.stats().recordsByType(), read.stats().recordsByType());
        assertEquals(ModelDump.dump(textRead.model()), ModelDump.dump(read.model()));
    }

    /** Each record in IBM-1047 behind a record descriptor word: its length including the word, then two zero bytes. */
    static byte[] withRecordDescriptors(List<String> lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String line : lines) {
            out.writeBytes(record(line));
        }
        return out.toByteArray();
    }

    /** The records grouped in blocks of at most blockSize bytes, each behind a block descriptor word. */
    static byte[] inBlocks(List<String> lines, int blockSize) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream block = new ByteArrayOutputStream();
        for (String line : lines) {
            byte[] record = record(line);
            if (block.size() + record.length + 4 > blockSize) {
                writeBlock(out, block);
            }
            block.writeBytes(record);
        }
        writeBlock(out, block);
        return out.toByteArray();
    }

    private static void writeBlock(ByteArrayOutputStream out, ByteArrayOutputStream block) {
        if (block.size() == 0) {
            return;
        }
        out.writeBytes(descriptor(block.size() + 4));
        out.writeBytes(block.toByteArray());
        block.reset();
    }

    private static byte[] record(String line) {
        byte[] data = line.getBytes(IBM1047);
        byte[] record = new byte[data.length + 4];
        System.arraycopy(descriptor(record.length), 0, record, 0, 4);
        System.arraycopy(data, 0, record, 4, data.length);
        return record;
    }

    private static byte[] descriptor(int length) {
        return new byte[] {(byte) (length >> 8), (byte) length, 0, 0};
    }
}
