package dev.esmscan.model;

/**
 * Data one ESM keeps beside the neutral model because only its own resolver needs it (Top Secret
 * ownership and facilities, ACF2 rule sets and GSO records). Readers and interpreters fill it
 * through {@link SecurityModel.Builder#extension}; the ESM's resolver reads it back.
 */
public interface ModelExtension {

    /** A deep copy, so an interpreter can change a copy of the model without touching the original. */
    ModelExtension copy();

    /** A canonical, sorted text of the contents, for {@link ModelDump}. */
    String dump();
}
