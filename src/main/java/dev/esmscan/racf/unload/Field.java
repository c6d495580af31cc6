package dev.esmscan.racf.unload;

/** One IBM field of an IRRDBU00 record: its IBM name and 1-based inclusive columns. */
public record Field(String name, int start, int end) {
    public Field {
        if (start < 1 || end < start) {
            throw new IllegalArgumentException(name + ": bad columns " + start + "-" + end);
        }
    }

    public int length() {
        return end - start + 1;
    }
}
