package dev.esmscan.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the CLI in-process and keeps what it printed. */
record CliRunner(int exitCode, String out, String err) {

    static CliRunner run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new CliRunner(code, out.toString(), err.toString());
    }

    static String adcd() {
        return System.getProperty("esmscan.shared", "../shared") + "/real-world/adcd-2021.irrdbu00";
    }
}
