package dev.esmscan.config;

import java.util.List;

/**
 * The key names Zowe's own zowe.yaml schema defines on the way to what esmscan reads, taken from
 * the zowe-install-packaging repository: {@code schemas/zowe-yaml-schema.json} (schema id
 * https://zowe.org/schemas/v2/server-base) and {@code schemas/server-common.json}, at commit
 * 14713e595312ddfb7eb98d08d46388948b399f0d (23 Oct 2024; the repository's manifest says Zowe
 * 3.1.0). Only the names are kept here, in the schema's order; the schema itself is not copied.
 *
 * <p>In that schema the top level, {@code zowe}, {@code zowe.setup}, {@code zowe.setup.security}
 * (with {@code groups}, {@code users}, {@code stcs}) and {@code zowe.setup.dataset} (with
 * {@code parmlibMembers}) allow no other keys ({@code additionalProperties: false}).
 * {@code components} takes any component name, and a component any further keys (each component
 * brings its own schema); {@code enabled} is a boolean.
 */
final class ZoweYamlSchema {
    /** The top level. */
    static final List<String> TOP = List.of("zowe", "java", "node", "zOSMF", "components", "haInstances");
    /** {@code zowe}. */
    static final List<String> ZOWE = List.of("setup", "runtimeDirectory", "logDirectory", "workspaceDirectory",
            "extensionDirectory", "job", "network", "extensionRegistry", "launcher", "rbacProfileIdentifier",
            "cookieIdentifier", "externalDomains", "externalPort", "environments", "launchScript", "certificate",
            "verifyCertificates", "sysMessages", "useConfigmgr", "configmgr");
    /** {@code zowe.setup}. */
    static final List<String> SETUP = List.of("dataset", "zis", "security", "certificate", "vsam");
    /** {@code zowe.setup.security}. */
    static final List<String> SECURITY = List.of("product", "groups", "users", "stcs");
    /** The values {@code zowe.setup.security.product} may take. */
    static final List<String> PRODUCTS = List.of("RACF", "ACF2", "TSS");
    /** {@code zowe.setup.security.groups}. */
    static final List<String> GROUPS = List.of("admin", "stc", "sysProg");
    /** {@code zowe.setup.security.users}. */
    static final List<String> USERS = List.of("zowe", "zis");
    /** {@code zowe.setup.security.stcs}. */
    static final List<String> STCS = List.of("zowe", "zis", "aux");
    /** {@code zowe.setup.dataset}. */
    static final List<String> DATASET = List.of("prefix", "proclib", "parmlib", "parmlibMembers", "jcllib", "loadlib",
            "authLoadlib", "authPluginLib");
    /** {@code zowe.setup.dataset.parmlibMembers}. */
    static final List<String> PARMLIB_MEMBERS = List.of("zis");
    /** The keys every component has in the schema ({@code $defs/component}); a component may have more. */
    static final List<String> COMPONENT = List.of("enabled", "certificate", "launcher", "zowe");

    /** Where the names come from, for messages. */
    static final String SOURCE = "Zowe's zowe.yaml schema (3.1.0)";

    private ZoweYamlSchema() {
    }
}
