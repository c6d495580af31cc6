package dev.esmscan.bench;

import dev.esmscan.racf.unload.UnloadRecordWriter.FieldPosition;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes a synthetic IRRDBU00 unload of a large site in the real layouts (blank-padded, LF) and
 * the order IRRDBU00 writes: groups (0101, 0102, 0100, 0120), users (0203, 0205, 0200, 0220 for
 * most, 0270 for many), data set profiles (0404s before their 0400; about one in five generic),
 * then general resources by class (0505s before their 0500, 0540 for STARTED). Its names (groups
 * G00000.., users U0000000.., data set and resource names with their index) cannot meet the names
 * of a real site, so the records of a hidden site (for example the bundled sample) can be mixed in,
 * each section's records in the middle of that section, and decide exactly as they do alone.
 */
public final class SyntheticUnload {

    /** How big: users, data set profiles and general resource profiles. */
    public record Size(int users, long datasets, long resources) {
        public Size {
            if (users < 1 || datasets < 0 || resources < 0) {
                throw new IllegalArgumentException("users must be at least 1, and counts not negative");
            }
        }
    }

    /** What was written. */
    public record Written(long bytes, long records) {
    }

    /** General resource classes with their share of the profiles, kept and filtered ones. */
    private static final Map<String, Integer> CLASS_SHARES = new LinkedHashMap<>();

    static {
        CLASS_SHARES.put("ACCTNUM", 2);
        CLASS_SHARES.put("APPL", 4);
        CLASS_SHARES.put("DSNR", 7);
        CLASS_SHARES.put("FACILITY", 12);
        CLASS_SHARES.put("JESSPOOL", 10);
        CLASS_SHARES.put("MQQUEUE", 10);
        CLASS_SHARES.put("OPERCMDS", 8);
        CLASS_SHARES.put("PROGRAM", 8);
        CLASS_SHARES.put("SDSF", 8);
        CLASS_SHARES.put("STARTED", 2);
        CLASS_SHARES.put("SURROGAT", 8);
        CLASS_SHARES.put("TCICSTRN", 20);
        CLASS_SHARES.put("TSOPROC", 1);
    }

    private static final String[] ACCESS = {"READ", "READ", "READ", "UPDATE", "UPDATE", "CONTROL", "ALTER", "NONE"};
    private static final String[] UACC = {"NONE", "NONE", "NONE", "NONE", "READ"};
    private static final int BUFFER = 8 << 20;

    private final Size size;
    private final long seed;
    private final List<byte[]> hidden;
    private final int groupCount;

    private final FixedRecord gpsgrp = new FixedRecord("0101");
    private final FixedRecord gpmem = new FixedRecord("0102").preset("GPMEM_AUTH", "USE");
    private final FixedRecord gpbd = new FixedRecord("0100").preset("GPBD_UACC", "NONE").preset("GPBD_NOTERMUACC", "NO")
            .preset("GPBD_UNIVERSAL", "NO");
    private final FixedRecord gpomvs = new FixedRecord("0120");
    private final FixedRecord usgcon = new FixedRecord("0203");
    private final FixedRecord uscon = new FixedRecord("0205").preset("USCON_UACC", "NONE").preset("USCON_GRP_ADSP", "NO")
            .preset("USCON_GRP_OPER", "NO").preset("USCON_REVOKE", "NO").preset("USCON_GRP_ACC", "NO")
            .preset("USCON_NOTERMUACC", "NO").preset("USCON_GRP_AUDIT", "NO").preset("USCON_GRP_SPECIAL", "NO");
    private final FixedRecord usbd = userBasicTemplate();
    private final FixedRecord ustso = new FixedRecord("0220").preset("USTSO_HOLD_CLASS", "X").preset("USTSO_JOB_CLASS", "A")
            .preset("USTSO_MSG_CLASS", "X").preset("USTSO_SYSOUT_CLASS", "X").preset("USTSO_UNIT_NAME", "SYSALLDA")
            .preset("USTSO_LOGON_SIZE", "0000004096").preset("USTSO_LOGON_MAX", "0002096128")
            .preset("USTSO_PERF_GROUP", "0000000000");
    private final FixedRecord usomvs = new FixedRecord("0270").preset("USOMVS_PROGRAM", "/bin/sh");
    private final FixedRecord dsacc = new FixedRecord("0404").preset("DSACC_ACCESS_CNT", "00000");
    private final FixedRecord dsbd = datasetBasicTemplate();
    private final FixedRecord gracc = new FixedRecord("0505").preset("GRACC_ACCESS_CNT", "00000");
    private final FixedRecord grbd = generalBasicTemplate();
    private final FixedRecord grst = new FixedRecord("0540").preset("GRST_PRIVILEGED", "NO").preset("GRST_TRACE", "NO");

    private long bytes;
    private long records;

    /**
     * @param hiddenUnload an unload whose records are mixed in, or null
     */
    public SyntheticUnload(Size size, long seed, Path hiddenUnload) throws IOException {
        this.size = size;
        this.seed = seed;
        this.hidden = hiddenUnload == null ? List.of() : lines(hiddenUnload);
        this.groupCount = Math.max(10, size.users() / 20);
        if (size.users() > 2_000_000) {
            throw new IllegalArgumentException("at most 2,000,000 users (group names hold 5 digits)");
        }
    }

    public Written write(Path file) throws IOException {
        bytes = 0;
        records = 0;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), BUFFER)) {
            SplittableRandom random = new SplittableRandom(seed);
            Connects connects = new Connects(size.users(), groupCount, random.split());
            writeGroups(out, connects);
            writeUsers(out, connects, random.split());
            writeDatasets(out, random.split());
            writeResources(out, random.split());
            writeHidden(out, "");
        }
        return new Written(bytes, records);
    }

    static String userId(int index) {
        return "U" + pad(index, 7);
    }

    static String groupId(int index) {
        return "G" + pad(index, 5);
    }

    // ---- groups

    private void writeGroups(OutputStream out, Connects connects) throws IOException {
        FieldPosition subName = gpsgrp.field("GPSGRP_NAME");
        FieldPosition subId = gpsgrp.field("GPSGRP_SUBGRP_ID");
        FieldPosition memName = gpmem.field("GPMEM_NAME");
        FieldPosition memId = gpmem.field("GPMEM_MEMBER_ID");
        FieldPosition name = gpbd.field("GPBD_NAME");
        FieldPosition superior = gpbd.field("GPBD_SUPGRP_ID");
        FieldPosition created = gpbd.field("GPBD_CREATE_DATE");
        FieldPosition owner = gpbd.field("GPBD_OWNER_ID");
        FieldPosition data = gpbd.field("GPBD_INSTALL_DATA");
        FieldPosition omvsName = gpomvs.field("GPOMVS_NAME");
        FieldPosition gid = gpomvs.field("GPOMVS_GID");
        for (int g = 0; g < groupCount; g++) {
            if (g == groupCount / 2) {
                writeHidden(out, "01");
            }
            String id = groupId(g);
            for (int child = 10 * g + 1; child <= 10 * g + 10 && child < groupCount; child++) {
                gpsgrp.start().text(subName, id).text(subId, groupId(child));
                emit(out, gpsgrp);
            }
            for (int i = connects.memberStart[g]; i < connects.memberStart[g + 1]; i++) {
                gpmem.start().text(memName, id).text(memId, userId(connects.members[i]));
                emit(out, gpmem);
            }
            String sup = g == 0 ? "SYS1" : groupId((g - 1) / 10);
            gpbd.start().text(name, id).text(superior, sup).date(created, 2001 + g % 23, 1 + g % 12, 1 + g % 28)
                    .text(owner, sup).text(data, "DEPARTMENT " + g + " COST CENTRE " + (4000 + g % 900));
            emit(out, gpbd);
            if (g % 2 == 0) {
                gpomvs.start().text(omvsName, id).number(gid, 100_000L + g);
                emit(out, gpomvs);
            }
        }
    }

    // ---- users

    private void writeUsers(OutputStream out, Connects connects, SplittableRandom random) throws IOException {
        FieldPosition conName = usgcon.field("USGCON_NAME");
        FieldPosition conGroup = usgcon.field("USGCON_GRP_ID");
        FieldPosition dName = uscon.field("USCON_NAME");
        FieldPosition dGroup = uscon.field("USCON_GRP_ID");
        FieldPosition dDate = uscon.field("USCON_CONNECT_DATE");
        FieldPosition dOwner = uscon.field("USCON_OWNER_ID");
        FieldPosition dCount = uscon.field("USCON_INIT_CNT");
        FieldPosition id = usbd.field("USBD_NAME");
        FieldPosition created = usbd.field("USBD_CREATE_DATE");
        FieldPosition owner = usbd.field("USBD_OWNER_ID");
        FieldPosition revoke = usbd.field("USBD_REVOKE");
        FieldPosition pwdDate = usbd.field("USBD_PWD_DATE");
        FieldPosition programmer = usbd.field("USBD_PROGRAMMER");
        FieldPosition defaultGroup = usbd.field("USBD_DEFGRP_ID");
        FieldPosition lastJob = usbd.field("USBD_LASTJOB_DATE");
        FieldPosition data = usbd.field("USBD_INSTALL_DATA");
        FieldPosition tsoName = ustso.field("USTSO_NAME");
        FieldPosition account = ustso.field("USTSO_ACCOUNT");
        FieldPosition proc = ustso.field("USTSO_LOGON_PROC");
        FieldPosition omvsName = usomvs.field("USOMVS_NAME");
        FieldPosition uid = usomvs.field("USOMVS_UID");
        FieldPosition home = usomvs.field("USOMVS_HOME_PATH");
        for (int u = 0; u < size.users(); u++) {
            if (u == size.users() / 2) {
                writeHidden(out, "02");
            }
            String user = userId(u);
            int from = connects.userStart[u];
            int to = connects.userStart[u + 1];
            for (int i = from; i < to; i++) {
                usgcon.start().text(conName, user).text(conGroup, groupId(connects.userGroups[i]));
                emit(out, usgcon);
            }
            for (int i = from; i < to; i++) {
                String group = groupId(connects.userGroups[i]);
                uscon.start().text(dName, user).text(dGroup, group).date(dDate, 2005 + u % 19, 1 + u % 12, 1 + i % 28)
                        .text(dOwner, group).number(dCount, random.nextInt(5000));
                emit(out, uscon);
            }
            boolean revoked = random.nextInt(20) == 0;
            usbd.start().text(id, user).date(created, 2000 + u % 24, 1 + u % 12, 1 + u % 28).text(owner, groupId(connects.userGroups[from]))
                    .flag(revoke, revoked).date(pwdDate, 2024, 1 + u % 12, 1 + u % 28).text(programmer, "EMPLOYEE " + u)
                    .text(defaultGroup, groupId(connects.userGroups[from])).date(lastJob, 2025, 1 + u % 12, 1 + u % 28)
                    .text(data, "EMP " + (1_000_000 + u) + " LOCATION " + (u % 40));
            emit(out, usbd);
            if (u % 5 < 3) {
                ustso.start().text(tsoName, user).text(account, "ACCT#" + (u % 700)).text(proc, "ISPFPROC");
                emit(out, ustso);
            }
            if (u % 10 < 4) {
                usomvs.start().text(omvsName, user).number(uid, 100_000L + u).text(home, "/u/" + user.toLowerCase());
                emit(out, usomvs);
            }
        }
    }

    // ---- data sets

    private void writeDatasets(OutputStream out, SplittableRandom random) throws IOException {
        FieldPosition accName = dsacc.field("DSACC_NAME");
        FieldPosition accId = dsacc.field("DSACC_AUTH_ID");
        FieldPosition accLevel = dsacc.field("DSACC_ACCESS");
        FieldPosition name = dsbd.field("DSBD_NAME");
        FieldPosition volume = dsbd.field("DSBD_VOL");
        FieldPosition generic = dsbd.field("DSBD_GENERIC");
        FieldPosition created = dsbd.field("DSBD_CREATE_DATE");
        FieldPosition owner = dsbd.field("DSBD_OWNER_ID");
        FieldPosition uacc = dsbd.field("DSBD_UACC");
        FieldPosition type = dsbd.field("DSBD_DS_TYPE");
        FieldPosition data = dsbd.field("DSBD_INSTALL_DATA");
        long perQualifier = 20;
        for (long k = 0; k < size.datasets(); k++) {
            if (k == size.datasets() / 2) {
                writeHidden(out, "04");
            }
            long hlqIndex = k / perQualifier;
            String hlq = hlqIndex % 3 == 0 ? "AP" + pad(hlqIndex % 1_000_000, 6) : userId((int) (hlqIndex % size.users()));
            boolean isGeneric = k % perQualifier == 0 || random.nextInt(10) == 0;
            String dsn = isGeneric ? hlq + ".G" + k + ".**" : hlq + ".PROD.D" + k;
            int entries = random.nextInt(11);
            for (int e = 0; e < entries; e++) {
                dsacc.start().text(accName, dsn).text(accId, someone(random)).text(accLevel, ACCESS[random.nextInt(ACCESS.length)]);
                emit(out, dsacc);
            }
            dsbd.start().text(name, dsn).flag(generic, isGeneric).date(created, 2000 + (int) (k % 24), 1 + (int) (k % 12), 1 + (int) (k % 28))
                    .text(owner, hlq.startsWith("AP") ? groupId((int) (hlqIndex % groupCount)) : hlq)
                    .text(uacc, UACC[random.nextInt(UACC.length)]).text(data, isGeneric ? "" : "APPLICATION DATA " + (k % 977));
            if (!isGeneric) {
                dsbd.text(volume, "VOL" + pad(k % 1000, 3)).text(type, "NONVSAM");
            }
            emit(out, dsbd);
        }
        if (size.datasets() == 0) {
            writeHidden(out, "04");
        }
    }

    // ---- general resources

    private void writeResources(OutputStream out, SplittableRandom random) throws IOException {
        FieldPosition accName = gracc.field("GRACC_NAME");
        FieldPosition accClass = gracc.field("GRACC_CLASS_NAME");
        FieldPosition accId = gracc.field("GRACC_AUTH_ID");
        FieldPosition accLevel = gracc.field("GRACC_ACCESS");
        FieldPosition name = grbd.field("GRBD_NAME");
        FieldPosition className = grbd.field("GRBD_CLASS_NAME");
        FieldPosition generic = grbd.field("GRBD_GENERIC");
        FieldPosition created = grbd.field("GRBD_CREATE_DATE");
        FieldPosition owner = grbd.field("GRBD_OWNER_ID");
        FieldPosition uacc = grbd.field("GRBD_UACC");
        FieldPosition data = grbd.field("GRBD_INSTALL_DATA");
        FieldPosition stName = grst.field("GRST_NAME");
        FieldPosition stClass = grst.field("GRST_CLASS_NAME");
        FieldPosition stUser = grst.field("GRST_USER_ID");
        FieldPosition stGroup = grst.field("GRST_GROUP_ID");
        FieldPosition stTrusted = grst.field("GRST_TRUSTED");
        int totalShare = CLASS_SHARES.values().stream().mapToInt(Integer::intValue).sum();
        long written = 0;
        int classIndex = 0;
        for (Map.Entry<String, Integer> c : CLASS_SHARES.entrySet()) {
            String cls = c.getKey();
            boolean last = ++classIndex == CLASS_SHARES.size();
            long count = last ? size.resources() - written : size.resources() * c.getValue() / totalShare;
            for (long k = written; k < written + count; k++) {
                if (k == size.resources() / 2) {
                    writeHidden(out, "05");
                }
                boolean isGeneric = random.nextInt(5) == 0;
                String resource = resourceName(cls, k, isGeneric);
                int entries = random.nextInt(7);
                for (int e = 0; e < entries; e++) {
                    gracc.start().text(accName, resource).text(accClass, cls).text(accId, someone(random))
                            .text(accLevel, ACCESS[random.nextInt(ACCESS.length)]);
                    emit(out, gracc);
                }
                grbd.start().text(name, resource).text(className, cls).flag(generic, isGeneric)
                        .date(created, 2000 + (int) (k % 24), 1 + (int) (k % 12), 1 + (int) (k % 28))
                        .text(owner, groupId((int) (k % groupCount))).text(uacc, UACC[random.nextInt(UACC.length)])
                        .text(data, "RESOURCE " + k + " OF " + cls);
                emit(out, grbd);
                if (cls.equals("STARTED")) {
                    int u = random.nextInt(size.users());
                    grst.start().text(stName, resource).text(stClass, cls).text(stUser, userId(u))
                            .text(stGroup, groupId(u % groupCount)).flag(stTrusted, false);
                    emit(out, grst);
                }
            }
            written += count;
        }
        if (size.resources() == 0) {
            writeHidden(out, "05");
        }
    }

    private static String resourceName(String cls, long k, boolean generic) {
        String n = pad(k, 7);
        switch (cls) {
            case "STARTED":
                return generic ? "Q" + n + ".*" : "Q" + n + ".Q" + n;
            case "TCICSTRN":
            case "APPL":
            case "TSOPROC":
            case "ACCTNUM":
                return generic ? "Q" + n.substring(1) + "*" : "Q" + n;
            default:
                return generic ? "AP" + n + ".**" : "AP" + n + ".FUNC.F" + (k % 100);
        }
    }

    /** A group mostly, sometimes a user, rarely everyone. */
    private String someone(SplittableRandom random) {
        int pick = random.nextInt(20);
        if (pick == 0) {
            return "*";
        }
        return pick < 14 ? groupId(random.nextInt(groupCount)) : userId(random.nextInt(size.users()));
    }

    // ---- hidden site and output

    private void writeHidden(OutputStream out, String typePrefix) throws IOException {
        for (byte[] line : hidden) {
            String prefix = new String(line, 0, Math.min(2, line.length), StandardCharsets.ISO_8859_1);
            boolean known = prefix.equals("01") || prefix.equals("02") || prefix.equals("04") || prefix.equals("05");
            if (typePrefix.isEmpty() ? !known : prefix.equals(typePrefix)) {
                out.write(line);
                out.write('\n');
                bytes += line.length + 1;
                records++;
            }
        }
    }

    private void emit(OutputStream out, FixedRecord record) throws IOException {
        record.writeTo(out);
        bytes += record.length();
        records++;
    }

    private static List<byte[]> lines(Path file) throws IOException {
        List<byte[]> lines = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.ISO_8859_1)) {
            if (!line.isBlank()) {
                lines.add(line.getBytes(StandardCharsets.ISO_8859_1));
            }
        }
        return lines;
    }

    private static String pad(long value, int width) {
        String s = Long.toString(value);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }

    private static FixedRecord userBasicTemplate() {
        FixedRecord r = new FixedRecord("0200");
        for (String f : List.of("USBD_ADSP", "USBD_SPECIAL", "USBD_OPER", "USBD_GRPACC", "USBD_UAUDIT", "USBD_AUDITOR",
                "USBD_NOPWD", "USBD_OIDCARD", "USBD_PWDENV_EXISTS", "USBD_PPHENV_EXISTS", "USBD_ROAUDIT", "USBD_MFA_FALLBACK")) {
            r.preset(f, "NO");
        }
        for (String day : List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT")) {
            r.preset("USBD_ACCESS_" + day, "YES");
        }
        return r.preset("USBD_PWD_INTERVAL", "090").preset("USBD_PWD_GEN", "005").preset("USBD_REVOKE_CNT", "000")
                .preset("USBD_SECLEVEL", "000").preset("USBD_PWD_ASIS", "NO").preset("USBD_PWD_ALG", "KDFAES")
                .preset("USBD_PHR_ALG", "NOPHRASE").preset("USBD_LASTJOB_TIME", "08:15:00");
    }

    private static FixedRecord datasetBasicTemplate() {
        return new FixedRecord("0400").preset("DSBD_ALTER_CNT", "00000").preset("DSBD_CONTROL_CNT", "00000")
                .preset("DSBD_UPDATE_CNT", "00000").preset("DSBD_READ_CNT", "00000").preset("DSBD_GRPDS", "NO")
                .preset("DSBD_AUDIT_LEVEL", "FAIL").preset("DSBD_LEVEL", "000").preset("DSBD_GAUDIT_LEVEL", "NONE")
                .preset("DSBD_AUDIT_OKQUAL", "READ").preset("DSBD_AUDIT_FAQUAL", "READ").preset("DSBD_GAUDIT_OKQUAL", "READ")
                .preset("DSBD_GAUDIT_FAQUAL", "READ").preset("DSBD_WARNING", "NO").preset("DSBD_SECLEVEL", "000")
                .preset("DSBD_RETENTION", "00000").preset("DSBD_ERASE", "NO").preset("DSBD_RESERVED_01", "NSET")
                .preset("DSBD_RESERVED_02", "NSET");
    }

    private static FixedRecord generalBasicTemplate() {
        FixedRecord r = new FixedRecord("0500").preset("GRBD_CLASS", "001").preset("GRBD_ALTER_CNT", "00000")
                .preset("GRBD_CONTROL_CNT", "00000").preset("GRBD_UPDATE_CNT", "00000").preset("GRBD_READ_CNT", "00000")
                .preset("GRBD_AUDIT_LEVEL", "FAIL").preset("GRBD_LEVEL", "000").preset("GRBD_GAUDIT_LEVEL", "NONE")
                .preset("GRBD_AUDIT_OKQUAL", "READ").preset("GRBD_AUDIT_FAQUAL", "READ").preset("GRBD_GAUDIT_OKQUAL", "READ")
                .preset("GRBD_GAUDIT_FAQUAL", "READ").preset("GRBD_WARNING", "NO").preset("GRBD_SINGLEDS", "NO")
                .preset("GRBD_AUTO", "NO").preset("GRBD_TVTOC", "NO").preset("GRBD_SECLEVEL", "000");
        for (String day : List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT")) {
            r.preset("GRBD_ACCESS_" + day, "YES");
        }
        return r;
    }

    /** Which groups each user is connected to (2 to 5; the first is the default group), and the inverse. */
    private static final class Connects {
        final int[] userStart;
        final int[] userGroups;
        final int[] memberStart;
        final int[] members;

        Connects(int users, int groups, SplittableRandom random) {
            userStart = new int[users + 1];
            int[] counts = new int[users];
            for (int u = 0; u < users; u++) {
                counts[u] = 2 + random.nextInt(4);
                userStart[u + 1] = userStart[u] + counts[u];
            }
            userGroups = new int[userStart[users]];
            int[] perGroup = new int[groups];
            for (int u = 0; u < users; u++) {
                int base = userStart[u];
                for (int i = 0; i < counts[u]; i++) {
                    int g;
                    do {
                        g = i == 0 ? u % groups : random.nextInt(groups);
                    } while (contains(userGroups, base, base + i, g));
                    userGroups[base + i] = g;
                    perGroup[g]++;
                }
            }
            memberStart = new int[groups + 1];
            for (int g = 0; g < groups; g++) {
                memberStart[g + 1] = memberStart[g] + perGroup[g];
            }
            members = new int[userGroups.length];
            int[] fill = Arrays.copyOf(memberStart, groups);
            for (int u = 0; u < users; u++) {
                for (int i = userStart[u]; i < userStart[u + 1]; i++) {
                    members[fill[userGroups[i]]++] = u;
                }
            }
        }

        private static boolean contains(int[] a, int from, int to, int value) {
            for (int i = from; i < to; i++) {
                if (a[i] == value) {
                    return true;
                }
            }
            return false;
        }
    }
}
