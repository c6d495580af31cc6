package dev.esmscan.input.jcl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * JCL symbol references and their substitution (z/OS MVS JCL Reference, "Defining and nullifying
 * JCL symbols", "EXPORT statement", "Using symbols in JES in-stream data", "SYMBOLS parameter").
 */
class JclSymbolsTest {

    private final JclSymbols symbols = new JclSymbols();
    private final List<JclSymbols.Use> uses = new ArrayList<>();

    private String data(String text, String mode) {
        return symbols.substituteData(text, mode, symbols.exportedNow(), uses::add);
    }

    @Test
    void aPeriodEndsASymbolAndIsConsumedSoASecondPeriodStays() {
        symbols.export(List.of("*"));
        symbols.set("HLQ", "ZWE", 1, "HLQ=ZWE");
        assertEquals("  PERMIT 'ZWE.*.**' CLASS(DATASET)", data("  PERMIT '&HLQ..*.**' CLASS(DATASET)", "JCLONLY"));
        assertEquals("TSS REVOKE(ALL) DATASET(ZWE.)", data("TSS REVOKE(ALL) DATASET(&HLQ..)", "JCLONLY"));
        assertEquals("TSS WHOHAS DATASET(ZWE)", data("TSS WHOHAS DATASET(&HLQ)", "JCLONLY"));
    }

    @Test
    void aDoubleAmpersandInDataIsOneAmpersandAndLongOrLowerCaseNamesAreNoSymbols() {
        symbols.export(List.of("*"));
        symbols.set("A", "X", 1, "A=X");
        assertEquals("&A &TOOLONGNAME &a X", data("&&A &TOOLONGNAME &a &A", "JCLONLY"));
    }

    @Test
    void withoutSymbolsOnTheDdNothingIsSubstitutedAndTheJobsSymbolsAreTold() {
        symbols.export(List.of("*"));
        symbols.set("HLQ", "ZWE", 4, "HLQ=ZWE");
        assertEquals("LISTDSD PREFIX(&HLQ.) &&X", data("LISTDSD PREFIX(&HLQ.) &&X", null));
        assertEquals(List.of(new JclSymbols.Use("HLQ", "&HLQ.", JclSymbols.Outcome.NO_SYMBOLS,
                new JclSymbols.Definition("HLQ", "ZWE", 4, "HLQ=ZWE"))), uses);
    }

    @Test
    void onlyAValueSetAfterTheExportThatNamesItIsExported() {
        // IBM: "Symbols must be set to a value subsequent to the EXPORT statement for the symbol value to be exported."
        symbols.set("EARLY", "A", 1, "EARLY=A");
        symbols.export(List.of("EARLY", "LATE"));
        symbols.set("LATE", "B", 3, "LATE=B");
        assertEquals("&EARLY. B", data("&EARLY. &LATE.", "JCLONLY"));
        assertEquals(JclSymbols.Outcome.NOT_EXPORTED, uses.get(0).outcome());
        assertEquals(JclSymbols.Outcome.SUBSTITUTED, uses.get(1).outcome());
    }

    @Test
    void systemSymbolsAndTheSubmittersIdAreUnknownOffline() {
        symbols.export(List.of("*"));
        assertEquals("ID(&SYSUID) &SYSNAME. &OTHER", data("ID(&SYSUID) &SYSNAME. &OTHER", "EXECSYS"));
        assertEquals(List.of(JclSymbols.Outcome.SUBMITTER, JclSymbols.Outcome.SYSTEM, JclSymbols.Outcome.SYSTEM),
                uses.stream().map(JclSymbols.Use::outcome).toList());
        uses.clear();
        data("&OTHER", "JCLONLY");
        assertEquals(JclSymbols.Outcome.UNDEFINED, uses.get(0).outcome());
    }

    @Test
    void statementsSubstituteEveryDefinedSymbolOutsideApostrophesAndLeaveTemporaryNames() {
        symbols.set("PRODUCT", "TSS", 1, "PRODUCT=TSS");
        assertEquals("DDNAME=TSS", symbols.substituteStatement("DDNAME=&PRODUCT"));
        assertEquals("DSN=&&TEMP,PARM='&PRODUCT'", symbols.substituteStatement("DSN=&&TEMP,PARM='&PRODUCT'"));
        assertEquals("DSN=&UNSET..X", symbols.substituteStatement("DSN=&UNSET..X"));
    }
}
