package dev.esmscan.policy;

import dev.esmscan.remediation.Intent;
import java.util.List;

/**
 * One verdict: a requirement's status for one subject, with the evidence that decided it, the
 * neutral intents that would fix a failure, and those intents rendered as the ESM's commands.
 * The severity is the requirement's unless the rule gave this subject its own (a requirement
 * over several profiles can weigh them differently).
 */
public record Finding(Requirement requirement, String subject, Status status, String evidence,
                      List<Intent> intents, List<String> remediation, String severity) {
    public Finding {
        intents = List.copyOf(intents);
        remediation = List.copyOf(remediation);
        severity = severity == null ? requirement.severity() : severity;
    }

    public Finding(Requirement requirement, String subject, Status status, String evidence,
                   List<Intent> intents, List<String> remediation) {
        this(requirement, subject, status, evidence, intents, remediation, null);
    }

    public Finding(Requirement requirement, String subject, Status status, String evidence, List<String> remediation) {
        this(requirement, subject, status, evidence, List.of(), remediation, null);
    }

    public String id() {
        return requirement.id();
    }

    public Finding withRemediation(String newEvidence, List<Intent> newIntents, List<String> commands) {
        return new Finding(requirement, subject, status, newEvidence, newIntents, commands, severity);
    }
}
