package dev.esmscan.policy;

/** A requirement's result for one subject (REQUIREMENTS.md "Result states"). */
public enum Status {
    PASS, FAIL, NOT_APPLICABLE, MANUAL, WAIVED, ERROR
}
