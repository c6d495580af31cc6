package dev.esmscan.model;

/** The STDATA of a STARTED profile: the identity a started procedure runs under. */
public record StartedTaskData(String user, String group, boolean trusted, boolean privileged, boolean trace) {
}
