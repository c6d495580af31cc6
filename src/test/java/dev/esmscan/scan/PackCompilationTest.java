package dev.esmscan.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.esmscan.config.SiteSettings;
import dev.esmscan.esm.Esms;
import dev.esmscan.input.ReadOptions;
import dev.esmscan.input.ReadProgress;
import dev.esmscan.policy.PolicyException;
import dev.esmscan.policy.PolicyPack;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The pack compiled on its own thread is the pack, and a pack that does not compile fails the scan as before. */
class PackCompilationTest {

    @Test
    void joinGivesThePackCompiledOnTheOtherThread() {
        Thread[] compiledOn = new Thread[1];
        PackCompilation compilation = PackCompilation.start(() -> {
            compiledOn[0] = Thread.currentThread();
            return PolicyPack.embedded();
        });
        PolicyPack pack = compilation.join();
        assertTrue(pack.catalogue().requirements().size() > 0);
        assertTrue(compiledOn[0] != Thread.currentThread());
        assertSame(pack, compilation.join());
    }

    @Test
    void aPackThatDoesNotCompileThrowsItsOwnExceptionOnJoin() {
        PackCompilation compilation = PackCompilation.start(
                () -> PolicyPack.compile(Map.of("broken.drl", "package t;\nrule \"r\" when Nonsense( then end\n".getBytes(StandardCharsets.UTF_8))));
        PolicyException e = assertThrows(PolicyException.class, compilation::join);
        assertTrue(e.getMessage().contains("broken.drl"), e.getMessage());
    }

    @Test
    void theSampleScansTheSameWithTheBackgroundCompilation() {
        List<ScanInput> inputs = new InputResolver(Esms.all()).resolve(List.of(Path.of("sample-exports/racf")), Optional.empty()).inputs();
        SiteSettings settings = SiteSettings.builder().esm("RACF").build();
        ReadOptions options = new ReadOptions(PackScope.embedded(), ReadProgress.NONE);
        ScanResult direct = Scanner.scan(inputs, settings, PolicyPack.embedded(), options);
        ScanResult background = Scanner.scan(inputs, settings, PackCompilation.start(PolicyPack::embedded), options);
        assertEquals(direct.findings().toString(), background.findings().toString());
    }
}
