package dev.esmscan.tss.read;

import dev.esmscan.input.ExtractReader;
import dev.esmscan.input.InputException;
import dev.esmscan.input.ReadStats;
import dev.esmscan.model.SecurityModel;
import dev.esmscan.tss.data.TssDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Top Secret command output, as a batch TSO job prints it: {@code TSS LIST(acid|ACIDS) DATA(ALL)}
 * blocks, the STC record ({@code TSS LIST(STC)}), {@code TSS WHOHAS} listings, facility displays
 * ({@code FACILITY DISPLAY FOR ...}) and {@code TSS LIST(RDT)}. One file may hold any mix, in any
 * order. Command echoes and TSSnnnnI messages are read past; a line that fits none of the grammars
 * is counted with its line number.
 */
public final class TssOutputReader implements ExtractReader {
    public static final String FORMAT = "tss-list";
    private static final Pattern MARKERS = Pattern.compile(
            "(?m)^\\s*(ACCESSORID\\s+=|FACILITY DISPLAY FOR |(TSS\\d{4}[IEW]\\s+)?FACILITY DISPLAY FOR |RESOURCE CLASS\\s+=|RESOURCE\\s+=\\s+\\S+.*OWNER\\(|TSS0300I\\s)");

    @Override
    public String format() {
        return FORMAT;
    }

    /** A comment on one line, closed or not: what a command file's comments say is no output. */
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?(\\*/|$)", Pattern.MULTILINE);

    /** Recognised by a line of output (outside comments, so a command file that quotes output in a comment is not taken for it). */
    @Override
    public boolean accepts(byte[] head) {
        String text = new String(head, StandardCharsets.ISO_8859_1);
        return text.indexOf('\0') < 0 && MARKERS.matcher(COMMENT.matcher(text).replaceAll(" ")).find();
    }

    @Override
    public ReadStats read(Path file, SecurityModel.Builder model) throws IOException {
        ReadStats stats = new ReadStats(file.toString(), FORMAT);
        List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        if (!accepts(String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1))) {
            throw new InputException(file, "holds no Top Secret LIST, WHOHAS, STC, RDT or facility output");
        }
        new TssOutputParser(new TssDatabase(model), stats).parse(lines);
        return stats;
    }
}
