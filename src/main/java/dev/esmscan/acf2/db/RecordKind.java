package dev.esmscan.acf2.db;

/** The ACF2 record families a {@code SET} subcommand selects. */
public enum RecordKind {
    /** {@code SET LID}: logonid records. */
    LOGONID,
    /** {@code SET PROFILE(USER) DIV(OMVS)}: z/OS UNIX user profile records. */
    OMVS_USER,
    /** {@code SET PROFILE(GROUP) DIV(OMVS)}: z/OS UNIX group profile records. */
    OMVS_GROUP,
    /** {@code SET CONTROL(GSO)}: global system options (STC, CLASMAP, OPTS, ...). */
    GSO,
    /** {@code SET X(ROL)}: role records with INCLUDE lists. */
    ROLE,
    /** {@code SET RESOURCE(type)}: resource rule sets. */
    RESOURCE_RULE,
    /** {@code SET RULE}: data set rule sets. */
    DATASET_RULE
}
