package dev.esmscan.racf.unload;

import dev.esmscan.racf.SuppliedClasses;

import dev.esmscan.input.ProfileScope;
import dev.esmscan.input.Reach;
import dev.esmscan.input.ReadStats;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Where an unload's records lie in the order IRRDBU00 writes them, followed cheaply while the lines
 * go by. IRRDBU00 unloads the database in the order of its index: the group profiles, the user
 * profiles, the data set profiles, then the general resource profiles class by class, the classes
 * in EBCDIC collation of their names. The second digit of a record type is its profile type (1
 * group, 2 user, 4 data set, 5 general resource: 1210 sits among the users, 1560 among the general
 * resources), and every general resource record holds its class in columns 253-260. The 2021 ADCD
 * unload follows this order without an exception (RealUnloadTest).
 *
 * <p>The order is followed by section and, among the general resources, by class: a line costs a
 * byte compare, and a general resource line one eight-byte compare more, with no write; only a
 * change of section or class is compared in EBCDIC collation. The order of profiles within a class (generic before
 * discrete, generic names in RACF's internal form) is not followed, so the last class read counts as
 * possibly incomplete as a whole. One instance follows one chunk; {@link Whole} joins the chunks in
 * file order.
 */
final class UnloadOrder {
    static final int GROUPS = 1;
    static final int USERS = 2;
    static final int DATASETS = 4;
    static final int GENERAL = 5;

    private static final int CLASS_OFFSET = 252;
    private static final int CLASS_LENGTH = 8;
    private static final long BLANKS = 0x2020202020202020L;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private int firstSection;
    private long firstClass;
    private long firstLine;
    private int lastSection;
    private long lastClass;
    private long lastLine;
    private String lastRecord;
    private long disorders;
    private String firstDisorder;
    private long firstDisorderLine;

    /**
     * Takes one line that starts with a record type: {@code len} bytes at {@code start}, line
     * {@code line} of the chunk. False when the line has no place in the order (an unknown profile
     * type, a general resource record without a class). A line in the same place as the one before
     * (nearly every line) costs a byte compare, and among the general resources an eight-byte
     * compare more, and writes nothing; which line was placed last is found once, at the end.
     */
    boolean see(byte[] b, int start, int len, long line) {
        int section = b[start + 1] - '0';
        if (section == lastSection) {
            if (section != GENERAL) {
                return section != 0;
            }
            long cls = classCode(b, start, len);
            if (cls == lastClass) {
                return true;
            }
            if (cls == BLANKS) {
                return false;
            }
            moved(section, cls, line);
            return true;
        }
        if (section != GROUPS && section != USERS && section != DATASETS && section != GENERAL) {
            return false;
        }
        long cls = section == GENERAL ? classCode(b, start, len) : 0;
        if (cls == BLANKS) {
            return false;
        }
        moved(section, cls, line);
        return true;
    }

    /**
     * Finds the last line of a chunk ({@code length} bytes of {@code b}, {@code lines} lines) in the
     * place where the order stands, and keeps its line and its words before the buffer is reused.
     */
    void finishChunk(byte[] b, int length, long lines) {
        if (lastSection == 0) {
            return;
        }
        int end = length > 0 && b[length - 1] == '\n' ? length - 1 : length;
        long line = lines;
        while (true) {
            int start = end;
            while (start > 0 && b[start - 1] != '\n') {
                start--;
            }
            int len = end > start && b[end - 1] == '\r' ? end - start - 1 : end - start;
            if (UnloadEncoding.startsWithRecordType(b, start, len) && b[start + 1] - '0' == lastSection
                    && (lastSection != GENERAL || classCode(b, start, len) == lastClass)) {
                lastLine = line;
                lastRecord = describeRecord(b, start, len, lastSection);
                return;
            }
            if (start == 0) {
                return;
            }
            end = start - 1;
            line--;
        }
    }

    /** Keeps the line and the words of the last record placed, which {@code b} holds at {@code start} (a streaming read). */
    void finish(byte[] b, int start, int len, long line) {
        if (lastSection != 0) {
            lastLine = line;
            lastRecord = describeRecord(b, start, len, lastSection);
        }
    }

    private void moved(int section, long cls, long line) {
        if (lastSection == 0) {
            firstSection = section;
            firstClass = cls;
            firstLine = line;
        } else if (compare(section, cls, lastSection, lastClass) < 0) {
            if (disorders == 0) {
                firstDisorder = after(section, cls, lastSection, lastClass);
                firstDisorderLine = line;
            }
            disorders++;
        }
        lastSection = section;
        lastClass = cls;
    }

    /** The class columns of a general resource line as eight bytes, blank-padded when the line is shorter. */
    static long classCode(byte[] b, int start, int len) {
        if (len >= CLASS_OFFSET + CLASS_LENGTH) {
            return (long) LONGS.get(b, start + CLASS_OFFSET);
        }
        long code = 0;
        for (int i = CLASS_LENGTH - 1; i >= 0; i--) {
            int present = CLASS_OFFSET + i < len ? b[start + CLASS_OFFSET + i] & 0xFF : ' ';
            code = (code << 8) | present;
        }
        return code;
    }

    /** Orders two places: by section, and among the general resources by class in EBCDIC collation. */
    static int compare(int sectionA, long classA, int sectionB, long classB) {
        if (sectionA != sectionB) {
            return Integer.compare(sectionA, sectionB);
        }
        if (sectionA != GENERAL || classA == classB) {
            return 0;
        }
        for (int i = 0; i < CLASS_LENGTH; i++) {
            int d = Ebcdic.weight((byte) (classA >>> (8 * i))) - Ebcdic.weight((byte) (classB >>> (8 * i)));
            if (d != 0) {
                return d;
            }
        }
        return 0;
    }

    static String className(long code) {
        byte[] bytes = new byte[CLASS_LENGTH];
        for (int i = 0; i < CLASS_LENGTH; i++) {
            bytes[i] = (byte) (code >>> (8 * i));
        }
        return new String(bytes, StandardCharsets.ISO_8859_1).stripTrailing();
    }

    private static String place(int section, long cls) {
        switch (section) {
            case GROUPS: return "the groups";
            case USERS: return "the users";
            case DATASETS: return "the data set profiles";
            default: return "class " + className(cls);
        }
    }

    private static String after(int section, long cls, int lastSection, long lastClass) {
        String what = section == GENERAL ? "a record of class " + className(cls)
                : "a " + (section == GROUPS ? "group" : section == USERS ? "user" : "data set") + " record";
        return what + " after " + place(lastSection, lastClass);
    }

    /** "0500 profile BPX.DAEMON", "0200 user IBMUSER": the record type and the name in columns 6 on. */
    private static String describeRecord(byte[] b, int start, int len, int section) {
        int nameLength = section == GROUPS || section == USERS ? 8 : section == DATASETS ? 44 : 246;
        int from = Math.min(len, 5);
        int to = Math.min(len, 5 + nameLength);
        String type = new String(b, start, Math.min(len, 4), StandardCharsets.ISO_8859_1);
        String name = new String(b, start + from, to - from, StandardCharsets.ISO_8859_1).strip();
        String kind = section == GROUPS ? "group" : section == USERS ? "user" : "profile";
        return type + " of " + kind + " " + name;
    }

    /** The order of a whole file, joined from its chunks in file order. */
    static final class Whole {
        private int lastSection;
        private long lastClass;
        private long lastLine;
        private String lastRecord;
        private long disorders;
        private String firstDisorder;

        /** Adds the next chunk, whose lines are numbered from {@code lineBase} + 1. */
        void add(UnloadOrder chunk, long lineBase) {
            if (chunk.lastSection == 0) {
                return;
            }
            if (lastSection != 0 && compare(chunk.firstSection, chunk.firstClass, lastSection, lastClass) < 0) {
                note(lineBase + chunk.firstLine, after(chunk.firstSection, chunk.firstClass, lastSection, lastClass));
            }
            if (chunk.disorders > 0) {
                note(lineBase + chunk.firstDisorderLine, chunk.firstDisorder);
                disorders += chunk.disorders - 1;
            }
            lastSection = chunk.lastSection;
            lastClass = chunk.lastClass;
            lastLine = lineBase + chunk.lastLine;
            lastRecord = chunk.lastRecord;
        }

        private void note(long line, String what) {
            if (disorders == 0) {
                firstDisorder = "line " + line + ": " + what;
            }
            disorders++;
        }

        long disorders() {
            return disorders;
        }

        /**
         * Says what the file's end leaves unseen, or that its order cannot tell. In IRRDBU00's order
         * the sections and classes after the last one read are unseen, and so is the last one
         * itself (it may end early); among the general resources only the classes of the read's
         * scope count (every class IBM supplies when the read keeps every class), so an unload
         * that ends after the last class the rules read leaves nothing unseen.
         */
        void report(ProfileScope scope, ReadStats stats) {
            if (lastSection == 0) {
                return;
            }
            if (disorders > 0) {
                stats.caveat("the records are not in the order IRRDBU00 writes them (" + firstDisorder
                        + (disorders > 1 ? "; " + disorders + " places in all" : "")
                        + "): the file was sorted, merged or generated, and whether it was cut short cannot be told from its order");
                return;
            }
            Set<String> universe = scope.keepsEverything() ? SuppliedClasses.all() : scope.classes();
            List<String> general = new ArrayList<>();
            String last = lastSection == GENERAL ? className(lastClass) : null;
            for (String c : universe) {
                if (!c.equals(ProfileScope.DATASET) && (last == null || Ebcdic.compare(c, last) >= 0)) {
                    general.add(c);
                }
            }
            general.sort(Ebcdic::compare);
            String ends = "the unload ends " + (lastSection == GENERAL ? "in class " + last : "among " + place(lastSection, 0))
                    + " (last record at line " + lastLine + ", " + lastRecord + "); ";
            switch (lastSection) {
                case GROUPS:
                    stats.unseen(Reach.everything(), ends + "the rest of the groups, the users, the data set and the general"
                            + " resource profiles would follow: the file may be cut");
                    break;
                case USERS:
                    stats.unseen(Reach.everything(), ends + "the rest of the users, the data set and the general resource"
                            + " profiles would follow: the file may be cut");
                    break;
                case DATASETS:
                    general.add(0, ProfileScope.DATASET);
                    stats.unseen(Reach.classes(general.toArray(String[]::new)), ends
                            + "the rest of the data set profiles and the general resource profiles would follow: the file may be cut");
                    break;
                default:
                    if (general.isEmpty()) {
                        return;
                    }
                    boolean lastInScope = general.get(0).equals(last);
                    List<String> after = lastInScope ? general.subList(1, general.size()) : general;
                    String follow = (lastInScope ? "the rest of class " + last + (after.isEmpty() ? "" : " and ") : "")
                            + (after.isEmpty() ? "" : "class " + after.get(0) + " and later");
                    stats.unseen(Reach.classes(general.toArray(String[]::new)), ends + follow + " would follow: the file may be cut");
                    break;
            }
        }
    }
}
