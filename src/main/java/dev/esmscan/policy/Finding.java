package dev.esmscan.policy;

import java.util.List;

/** One verdict: a requirement's status for one subject, with the evidence that decided it. */
public record Finding(Requirement requirement, String subject, Status status, String evidence, List<String> remediation) {
    public Finding {
        remediation = List.copyOf(remediation);
    }

    public String id() {
        return requirement.id();
    }
}
