package dev.esmscan.report;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.esmscan.input.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a saved report.json back; anything that is not an esmscan-report/1 document is an input error. */
public final class ReportReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ReportReader() {
    }

    public static ObjectNode read(Path file) {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new InputException(file, "no such file");
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new InputException(file, at == null ? 0 : Math.max(at.getLineNr(), 0), "not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InputException(file, "cannot be read: " + e.getMessage());
        }
        if (tree == null || !tree.isObject() || !JsonReport.SCHEMA.equals(tree.path("schema").asText())) {
            throw new InputException(file, "not an esmscan report (expected \"schema\": \"" + JsonReport.SCHEMA + "\")");
        }
        if (!tree.path("results").isArray()) {
            throw new InputException(file, "not an esmscan report: no results array");
        }
        for (JsonNode r : tree.get("results")) {
            if (!r.path("id").isTextual() || !r.path("status").isTextual() || !r.path("subject").isTextual()) {
                throw new InputException(file, "not an esmscan report: a result lacks id, status or subject: " + r);
            }
        }
        return (ObjectNode) tree;
    }
}
