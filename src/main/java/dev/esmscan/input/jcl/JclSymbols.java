package dev.esmscan.input.jcl;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The JCL symbols of one job as its SET and EXPORT statements leave them, and their substitution.
 *
 * <p>Rules (z/OS MVS JCL Reference, "Defining and nullifying JCL symbols", "SET statement",
 * "EXPORT statement", "Using symbols in JES in-stream data"):
 * <ul>
 *   <li>A symbol is {@code &} and 1–8 alphanumeric or national characters, the first not a digit,
 *       ended by a period (which the substitution consumes) or by any other character:
 *       {@code &HLQ..*.**} with HLQ=ZWE gives {@code ZWE.*.**}, {@code &HLQ)} gives {@code ZWE)}.</li>
 *   <li>{@code SET NAME=} nullifies the symbol (an empty value); a value in apostrophes loses them and
 *       a doubled apostrophe stands for one; symbols in an unquoted value are substituted when the SET
 *       is processed.</li>
 *   <li>In JCL statements every defined symbol is substituted outside apostrophes; {@code &&} (a
 *       temporary data set name) is left alone; an undefined one is left as written.</li>
 *   <li>In in-stream data only a DD with SYMBOLS= has substitution; then the symbols EXPORT made
 *       available, with the value of the last SET after the EXPORT that names them (IBM: "Symbols
 *       must be set to a value subsequent to the EXPORT statement for the symbol value to be
 *       exported"). {@code &&} stands for one {@code &}.</li>
 * </ul>
 */
final class JclSymbols {

    /** A symbol's value, the line of the SET that gave it and that SET's text for the symbol as written. */
    record Definition(String name, String value, int line, String written) {
    }

    private final Map<String, Definition> defined = new HashMap<>();
    private final Map<String, Definition> exported = new HashMap<>();
    private final Set<String> exportList = new HashSet<>();
    private boolean exportAll;

    /** A new job: no symbol defined or exported. */
    void reset() {
        defined.clear();
        exported.clear();
        exportList.clear();
        exportAll = false;
    }

    void set(String name, String value, int line, String written) {
        Definition d = new Definition(name, value, line, written);
        defined.put(name, d);
        if (exportAll || exportList.contains(name)) {
            exported.put(name, d);
        }
    }

    /** EXPORT SYMLIST=: the names listed, or every symbol when {@code *}; values set from now on are exported. */
    void export(Iterable<String> names) {
        for (String n : names) {
            if (n.equals("*")) {
                exportAll = true;
            } else {
                exportList.add(n);
            }
        }
    }

    Optional<Definition> defined(String name) {
        return Optional.ofNullable(defined.get(name));
    }

    /** The symbols exported so far, with their values: what in-stream data read now would see. */
    Map<String, Definition> exportedNow() {
        return Map.copyOf(exported);
    }

    /** Substitutes the defined symbols in a JCL statement's parameter field, outside apostrophes. */
    String substituteStatement(String text) {
        StringBuilder out = new StringBuilder();
        boolean quote = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\'') {
                quote = !quote;
            }
            if (!quote && c == '&') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '&') {
                    out.append("&&");
                    i += 2;
                    continue;
                }
                Reference r = reference(text, i);
                if (r != null && defined.containsKey(r.name())) {
                    out.append(defined.get(r.name()).value());
                    i = r.end();
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    /** What became of one symbol reference in in-stream data. */
    enum Outcome {
        /** Substituted with an exported value. */
        SUBSTITUTED,
        /** A symbol the job defines, but not exported when the data is read: left as written. */
        NOT_EXPORTED,
        /** A symbol the job defines, in data of a DD without SYMBOLS=: left as written. */
        NO_SYMBOLS,
        /** SYSUID, which JES substitutes with the submitting user's ID: unknown offline. */
        SUBMITTER,
        /** No JCL symbol, with SYMBOLS=EXECSYS or CNVTSYS: a system symbol whose value is unknown offline. */
        SYSTEM,
        /** No symbol of the job, with SYMBOLS=JCLONLY: left as written. */
        UNDEFINED
    }

    /** One reference in a line of in-stream data and what became of it. */
    record Use(String name, String written, Outcome outcome, Definition definition) {
    }

    /**
     * Substitutes one record of in-stream data as JES does for the DD's SYMBOLS= mode, telling
     * {@code uses} of every reference that looks like a symbol.
     *
     * @param mode     null when the DD has no SYMBOLS=, else JCLONLY, EXECSYS or CNVTSYS
     * @param exported the exported symbols when the data is read
     */
    String substituteData(String text, String mode, Map<String, Definition> exported, java.util.function.Consumer<Use> uses) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != '&') {
                out.append(c);
                i++;
                continue;
            }
            if (mode != null && i + 1 < text.length() && text.charAt(i + 1) == '&') {
                out.append('&');
                i += 2;
                continue;
            }
            Reference r = reference(text, i);
            if (r == null) {
                out.append(c);
                i++;
                continue;
            }
            Outcome outcome;
            Definition definition = exported.get(r.name());
            String value = null;
            if (mode == null) {
                definition = defined.get(r.name());
                outcome = definition != null ? Outcome.NO_SYMBOLS : null;
            } else if (definition != null) {
                outcome = Outcome.SUBSTITUTED;
                value = definition.value();
            } else if (r.name().equals("SYSUID")) {
                outcome = Outcome.SUBMITTER;
            } else if (defined.containsKey(r.name())) {
                outcome = Outcome.NOT_EXPORTED;
                definition = defined.get(r.name());
            } else if (mode.equals("EXECSYS") || mode.equals("CNVTSYS")) {
                outcome = Outcome.SYSTEM;
            } else {
                outcome = Outcome.UNDEFINED;
            }
            if (outcome != null) {
                uses.accept(new Use(r.name(), r.written(), outcome, definition));
            }
            out.append(value != null ? value : r.written());
            i = r.end();
        }
        return out.toString();
    }

    /** A symbol reference at {@code text[at]} ({@code &}): its name and the index after it (past its period). */
    record Reference(String name, int end, String written) {
    }

    /** The reference starting at the {@code &} at {@code at}, or null when what follows is no symbol name. */
    static Reference reference(String text, int at) {
        int i = at + 1;
        while (i < text.length() && JclParameters.isNameChar(text.charAt(i))) {
            i++;
        }
        int length = i - at - 1;
        if (length < 1 || length > 8 || Character.isDigit(text.charAt(at + 1))) {
            return null;
        }
        String name = text.substring(at + 1, i);
        if (!name.equals(name.toUpperCase(java.util.Locale.ROOT))) {
            return null;
        }
        int end = i < text.length() && text.charAt(i) == '.' ? i + 1 : i;
        return new Reference(name, end, text.substring(at, end));
    }
}
