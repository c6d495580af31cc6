package dev.esmscan.racf.unload;

/** The fields of one unload record, however they were stored (fixed columns or CSV cells). */
interface RecordFields {

    /** The field's text with trailing blanks removed; null when the field is absent or blank. */
    String text(Field field);
}
