package dev.casus.yaml;

import dev.casus.model.InvalidInputException;
import dev.casus.model.Problem;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** A user's text file read as UTF-8: a file too large, unreadable or not UTF-8 is a located problem. */
public final class SourceText {

    private SourceText() {
    }

    /**
     * The file's text.
     *
     * @param kind what the file is, for messages: "YAML files", ".drl files"
     * @throws InvalidInputException with the problem, located at the first byte that is not UTF-8
     */
    public static String read(Path file, long maxBytes, String kind) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw invalid(file, 0, 0, String.format(Locale.ROOT, "the file holds %,d bytes; Casus reads %s of up to %,d bytes",
                        size, kind, maxBytes));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw invalid(file, 0, 0, cannotRead(file, e));
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            // lines as an editor shows them: broken by \n, \r\n or a lone \r
            int lineStart = at;
            while (lineStart > 0 && bytes[lineStart - 1] != '\n' && bytes[lineStart - 1] != '\r') {
                lineStart--;
            }
            int line = 1;
            for (int i = 0; i < lineStart; i++) {
                if (bytes[i] == '\n' || (bytes[i] == '\r' && bytes[i + 1] != '\n')) {
                    line++;
                }
            }
            String before = new String(bytes, lineStart, at - lineStart, StandardCharsets.UTF_8);
            throw invalid(file, line, before.codePointCount(0, before.length()) + 1, String.format(Locale.ROOT,
                    "not valid UTF-8 (byte 0x%02X): Casus reads %s as UTF-8 text", bytes[at] & 0xFF, kind));
        }
        return out.flip().toString();
    }

    private static InvalidInputException invalid(Path file, int line, int column, String message) {
        return new InvalidInputException(List.of(new Problem(file, line, column, message)));
    }

    /** Why a file could not be read, in a user's words. */
    static String cannotRead(Path file, IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "cannot read the file: permission denied";
        }
        if (Files.isDirectory(file)) {
            return "is a folder, not a file";
        }
        return "cannot read the file" + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
