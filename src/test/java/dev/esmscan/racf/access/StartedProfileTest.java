package dev.esmscan.racf.access;

import dev.esmscan.model.ResourceProfile;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rule 8: the STARTED profile for procname.jobname, discrete then most specific generic. */
class StartedProfileTest {

    private static RacfModelFixture startedClass() {
        return RacfModelFixture.model().active("STARTED").generic("STARTED");
    }

    @Test
    void discreteStartedProfileWinsOverGenerics() {
        RacfAccessResolver resolver = startedClass()
                .started("ZWESLSTC*", "OTHER", "OTHERGRP")
                .started("ZWESLSTC.*", "WRONG", "WRONGGRP")
                .started("ZWESLSTC.ZWESLSTC", "ZWESVUSR", "ZWEADMIN")
                .resolver();

        ResourceProfile p = resolver.startedProfile("ZWESLSTC", "ZWESLSTC");

        assertEquals("ZWESLSTC.ZWESLSTC", p.getName());
        assertEquals("ZWESVUSR", p.getStartedTaskData().user());
        assertEquals("ZWEADMIN", p.getStartedTaskData().group());
    }

    @Test
    void procDotStarMatchesAndBeatsProcStar() {
        RacfAccessResolver resolver = startedClass()
                .started("ZWESLSTC*", "OTHER", "OTHERGRP")
                .started("ZWESLSTC.*", "ZWESVUSR", "ZWEADMIN")
                .resolver();

        assertEquals("ZWESLSTC.*", resolver.startedProfile("ZWESLSTC", "ZWESLSTC").getName());
    }

    @Test
    void procStarMatchesOnItsOwn() {
        RacfAccessResolver resolver = startedClass()
                .started("ZWESLSTC*", "ZWESVUSR", "ZWEADMIN")
                .resolver();

        assertEquals("ZWESLSTC*", resolver.startedProfile("ZWESLSTC", null).getName());
        assertEquals("ZWESLSTC*", resolver.startedProfile("ZWESLSTC", "ZWE1SV").getName());
    }

    @Test
    void aMissingJobNameMeansTheProcedureName() {
        RacfAccessResolver resolver = startedClass()
                .started("ZWESISTC.ZWESISTC", "ZWESIUSR", "ZWEADMIN")
                .resolver();

        assertEquals("ZWESISTC.ZWESISTC", resolver.startedProfile("ZWESISTC", null).getName());
        assertNull(resolver.startedProfile("ZWESISTC", "ZWESIS2"));
    }

    @Test
    void anotherProceduresProfileDoesNotCover() {
        RacfAccessResolver resolver = startedClass()
                .started("ZWESISTC.*", "ZWESIUSR", "ZWEADMIN")
                .resolver();

        assertNull(resolver.startedProfile("ZWESLSTC", "ZWESLSTC"));
        assertTrue(resolver.findStartedProfile("ZWESLSTC", "ZWESLSTC").isEmpty());
        assertTrue(resolver.findStartedProfile("ZWESISTC", "ZWESISTC").isPresent());
    }

    @Test
    void genericStartedProfilesNeedGenericStarted() {
        RacfAccessResolver resolver = RacfModelFixture.model().active("STARTED")
                .started("ZWESLSTC.*", "ZWESVUSR", "ZWEADMIN")
                .resolver();

        assertNull(resolver.startedProfile("ZWESLSTC", "ZWESLSTC"));
    }
}
