package dev.esmscan.racf.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.esmscan.esm.Esms;
import dev.esmscan.input.ProfileScope;
import dev.esmscan.input.ReadOptions;
import dev.esmscan.input.ReadProgress;
import dev.esmscan.input.ReadStats;
import dev.esmscan.model.AccessLevel;
import dev.esmscan.scan.InputResolver;
import dev.esmscan.scan.Scanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command may name a profile of any class, so when a command file is among the inputs the
 * unload is read whole, whatever the pack's scope: a PERMIT on an existing UNIXPRIV profile is
 * applied in a scan as it is in {@code access}.
 */
class CommandFilesReadTheWholeDatabaseTest {
    private static final Path UNLOAD = Path.of(System.getProperty("esmscan.shared", "../shared"), "real-world/adcd-2021.irrdbu00");
    private static final ReadOptions PACK_SCOPE = new ReadOptions(ProfileScope.only(Set.of("FACILITY", "STARTED")), ReadProgress.NONE);

    @TempDir
    Path dir;

    private Scanner.Loaded load(Path... inputs) {
        return Scanner.load(new InputResolver(Esms.all()).resolve(List.of(inputs), Optional.empty()).inputs(), PACK_SCOPE);
    }

    @Test
    void aPermitOnAProfileOutsideThePacksScopeIsApplied() throws IOException {
        Path commands = Files.writeString(dir.resolve("permit.racf"),
                "/* give IBMUSER the file system privilege */\n  PERMIT SUPERUSER.FILESYS CLASS(UNIXPRIV) ID(IBMUSER) ACCESS(UPDATE)\n");
        Scanner.Loaded loaded = load(UNLOAD, commands);
        ReadStats unload = loaded.stats().get(0);
        assertEquals(0, unload.filtered(), "the unload is read whole");
        ReadStats permit = loaded.stats().get(1);
        assertEquals(0, permit.errors(), permit.problems().toString());
        assertEquals(0, permit.notices(), permit.noticeLines().toString());
        assertEquals(AccessLevel.UPDATE, loaded.model().profiles("UNIXPRIV").discrete("SUPERUSER.FILESYS").orElseThrow()
                .entryFor("IBMUSER").level());
    }

    @Test
    void withoutACommandFileThePacksScopeStillApplies() {
        Scanner.Loaded loaded = load(UNLOAD);
        assertTrue(loaded.stats().get(0).filtered() > 0);
        assertTrue(loaded.model().profiles("UNIXPRIV").discrete("SUPERUSER.FILESYS").isEmpty());
    }
}
