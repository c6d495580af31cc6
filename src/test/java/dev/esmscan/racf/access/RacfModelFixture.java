package dev.esmscan.racf.access;

import dev.esmscan.model.AccessLevel;
import dev.esmscan.model.ConditionalAccessEntry;
import dev.esmscan.model.ResourceProfile;
import dev.esmscan.model.SecurityModel;
import dev.esmscan.model.StartedTaskData;
import dev.esmscan.model.User;

/**
 * Small RACF models for resolver tests, read like the commands that would build them.
 * SETROPTS state exists only once one of the SETROPTS methods is called.
 */
final class RacfModelFixture {
    private final SecurityModel.Builder builder = SecurityModel.builder();

    static RacfModelFixture model() {
        return new RacfModelFixture();
    }

    /** ADDUSER id DFLTGRP(defaultGroup) plus CONNECTs to the other groups. */
    RacfModelFixture user(String id, String defaultGroup, String... otherGroups) {
        User u = builder.user(id);
        u.setBaseRecordSeen(true);
        u.setDefaultGroup(defaultGroup);
        builder.group(defaultGroup).setBaseRecordSeen(true);
        builder.connection(id, defaultGroup);
        for (String g : otherGroups) {
            builder.group(g).setBaseRecordSeen(true);
            builder.connection(id, g);
        }
        return this;
    }

    /** ALTUSER id RESTRICTED */
    RacfModelFixture restricted(String id) {
        builder.user(id).setRestricted(true);
        return this;
    }

    /** ALTUSER id OPERATIONS */
    RacfModelFixture operations(String id) {
        builder.user(id).setOperations(true);
        return this;
    }

    /** CONNECT id GROUP(group) REVOKE */
    RacfModelFixture revokedConnection(String id, String group) {
        builder.connection(id, group).setRevoked(true);
        return this;
    }

    /** SETROPTS CLASSACT(...) */
    RacfModelFixture active(String... classes) {
        for (String c : classes) {
            builder.classOptions().setActive(c, true);
        }
        return this;
    }

    /** SETROPTS GENERIC(...) */
    RacfModelFixture generic(String... classes) {
        for (String c : classes) {
            builder.classOptions().setGeneric(c, true);
            builder.classOptions().setGenericCommand(c, true);
        }
        return this;
    }

    /** SETROPTS GENCMD(...) without GENERIC */
    RacfModelFixture genericCommandOnly(String... classes) {
        for (String c : classes) {
            builder.classOptions().setGenericCommand(c, true);
        }
        return this;
    }

    /** SETROPTS GRPLIST / NOGRPLIST */
    RacfModelFixture listOfGroups(boolean on) {
        builder.classOptions().setListOfGroups(on);
        return this;
    }

    /** SETROPTS EGN / NOEGN */
    RacfModelFixture enhancedGenericNaming(boolean on) {
        builder.classOptions().setEnhancedGenericNaming(on);
        return this;
    }

    /** RDEFINE cls name UACC(uacc) plus PERMITs given as "ID:LEVEL". Names with * or % are generic. */
    RacfModelFixture profile(String cls, String name, AccessLevel uacc, String... permits) {
        ResourceProfile p = builder.profile(cls, name);
        p.setBaseRecordSeen(true);
        p.setGeneric(name.contains("*") || name.contains("%"));
        p.setUniversalAccess(uacc);
        p.setRawUniversalAccess(uacc == null ? "" : uacc.name());
        for (String permit : permits) {
            String[] idAndLevel = permit.split(":");
            p.permit(idAndLevel[0], AccessLevel.valueOf(idAndLevel[1]));
        }
        return this;
    }

    /** RALTER cls name WARNING */
    RacfModelFixture warning(String cls, String name) {
        existing(cls, name).setWarning(true);
        return this;
    }

    /** PERMIT name CLASS(cls) ID(id) ACCESS(level) WHEN(type(condition)) */
    RacfModelFixture conditional(String cls, String name, String id, AccessLevel level, String type, String condition) {
        existing(cls, name).getConditionalAccessList().add(new ConditionalAccessEntry(id, level, type, condition));
        return this;
    }

    /** RDEFINE STARTED name STDATA(USER(user) GROUP(group)) */
    RacfModelFixture started(String name, String user, String group) {
        profile("STARTED", name, AccessLevel.NONE);
        existing("STARTED", name).setStartedTaskData(new StartedTaskData(user, group, false, false, false));
        return this;
    }

    SecurityModel build() {
        return builder.build();
    }

    RacfAccessResolver resolver() {
        return new RacfAccessResolver(build());
    }

    private ResourceProfile existing(String cls, String name) {
        return builder.findProfile(cls, name).orElseThrow(() -> new IllegalStateException("define " + cls + " " + name + " first"));
    }
}
