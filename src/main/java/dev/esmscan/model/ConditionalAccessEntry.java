package dev.esmscan.model;

/** A conditional access list entry: access granted only WHEN(conditionType(conditionName)). */
public record ConditionalAccessEntry(String id, AccessLevel level, String conditionType, String conditionName) {
    public String condition() {
        return conditionType + "(" + conditionName + ")";
    }
}
