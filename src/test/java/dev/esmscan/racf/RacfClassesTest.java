package dev.esmscan.racf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.esmscan.esm.Esms;
import dev.esmscan.esm.ResourceClasses;
import dev.esmscan.esm.ResourceClasses.NameCase;
import dev.esmscan.model.SecurityModel;
import dev.esmscan.scan.InputResolver;
import dev.esmscan.scan.Scanner;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * RACF's classes and the case of their names (class descriptor table, CASE(UPPER) by default,
 * CASE(ASIS) for the mixed-case classes), checked against the real 2021 ADCD unload and its
 * SETROPTS LIST.
 */
class RacfClassesTest {
    private static SecurityModel real;

    @BeforeAll
    static void readTheRealSystem() {
        Path unload = Path.of(System.getProperty("esmscan.shared", "../shared"), "real-world", "adcd-2021.irrdbu00");
        Path setropts = Path.of("src/test/resources/racf/adcd-2021-setropts.txt");
        real = Scanner.load(new InputResolver(Esms.all()).resolve(List.of(unload, setropts), Optional.empty()).inputs()).model();
    }

    @Test
    void everyClassOfTheRealSystemIsOneRacfSupplies() {
        Set<String> classes = new TreeSet<>();
        real.classes().forEach(c -> classes.add(c.className()));
        real.classOptions().orElseThrow().activeClasses().forEach(classes::add);
        classes.removeAll(Set.of("DATASET", "USER", "GROUP"));
        assertEquals(56, classes.size(), classes.toString());
        classes.removeAll(SuppliedClasses.all());
        assertEquals(Set.of(), classes);
    }

    @Test
    void everyClassWithLowerCaseNamesInTheRealUnloadIsOneWhoseNamesKeepTheirCase() {
        RacfClasses classes = new RacfClasses(real);
        Set<String> mixed = new TreeSet<>();
        real.classes().forEach(c -> c.all().forEach(p -> {
            if (!p.getName().equals(p.getName().toUpperCase(java.util.Locale.ROOT))) {
                mixed.add(c.className());
            }
        }));
        assertEquals(Set.of("DIGTCERT", "DIGTRING", "EJBROLE", "KERBLINK"), mixed);
        for (String c : mixed) {
            assertEquals(NameCase.KEEPS, classes.naming(c).orElseThrow().nameCase(), c);
        }
    }

    @Test
    void namesFoldOnlyWhereRacfFoldsThem() {
        RacfClasses classes = new RacfClasses(real);
        for (String c : List.of("FACILITY", "STARTED", "APPL", "CSFSERV", "XFACILIT", "UNIXPRIV", "DATASET")) {
            ResourceClasses.Naming n = classes.naming(c).orElseThrow();
            assertEquals(NameCase.FOLDS, n.nameCase(), c);
            assertTrue(n.known(), c);
        }
        for (String c : List.of("IDIDMAP", "EJBROLE", "GEJBROLE", "JAVA", "MXQUEUE", "DIGTNMAP")) {
            assertEquals(NameCase.KEEPS, classes.naming(c).orElseThrow().nameCase(), c);
        }
        assertEquals(NameCase.NOT_ESTABLISHED, classes.naming("IDTDATA").orElseThrow().nameCase());
        assertTrue(classes.naming("FACILTY").isEmpty());
        assertTrue(classes.naming("ZOWE").isEmpty(), "not supplied, and the real system does not define it");
        assertTrue(classes.naming("USER").isEmpty(), "not a resource class");
        assertTrue(classes.naming("FACILITY").orElseThrow().inInput());
        assertTrue(!classes.naming("MXQUEUE").orElseThrow().inInput());
    }
}
