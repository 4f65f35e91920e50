package dev.chorus.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns bytes into text without ever failing: a byte-order mark wins, then strict UTF-8 (the encoding of
 * nearly all current pages, and one that invalid input almost never passes by accident), then the charset
 * an HTML page declares, then windows-1252, which maps every byte to a character.
 */
public final class TextDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** {@code <meta charset=...>} or {@code content="text/html; charset=..."}, as HTML5 sniffing reads them. */
    private static final Pattern META_CHARSET =
            Pattern.compile("<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]{2,40})",
                    Pattern.CASE_INSENSITIVE);

    private static final int SNIFF_BYTES = 4096;

    private TextDecoder() {
    }

    /**
     * Decodes {@code bytes}; {@code html} enables reading the charset a page declares in its first 4 KiB.
     */
    public static DecodedText decode(byte[] bytes, boolean html) {
        return decode(bytes, html, null);
    }

    /**
     * As {@link #decode(byte[], boolean)}, with the charset the transport declared (an HTTP {@code Content-Type}
     * parameter; null when none), which a page's own declaration overrides as browsers do.
     */
    public static DecodedText decode(byte[] bytes, boolean html, String transportCharset) {
        Optional<DecodedText> bom = decodeWithBom(bytes);
        if (bom.isPresent()) {
            return bom.get();
        }
        Optional<Charset> declared = html ? declaredCharset(bytes) : Optional.empty();
        if (declared.isEmpty() && transportCharset != null) {
            declared = charset(transportCharset);
        }
        Optional<String> utf8 = strict(bytes, StandardCharsets.UTF_8);
        if (utf8.isPresent()) {
            return new DecodedText(utf8.get(), StandardCharsets.UTF_8, false);
        }
        if (declared.isPresent() && !declared.get().equals(StandardCharsets.UTF_8)) {
            Optional<String> asDeclared = strict(bytes, declared.get());
            if (asDeclared.isPresent()) {
                return new DecodedText(asDeclared.get(), declared.get(), false);
            }
        }
        return new DecodedText(new String(bytes, WINDOWS_1252), WINDOWS_1252,
                declared.isEmpty() || declared.get().equals(StandardCharsets.UTF_8));
    }

    /** True when the bytes look like a binary file rather than text in any charset. */
    public static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        if (n == 0) {
            return false;
        }
        if (decodeWithBom(bytes).isPresent()) {
            return false; // UTF-16 text is full of NUL bytes
        }
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x09 || (b > 0x0d && b < 0x20 && b != 0x1b)) {
                control++;
            }
        }
        return control > n / 20;
    }

    private static Optional<DecodedText> decodeWithBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return Optional.of(new DecodedText(new String(b, 3, b.length - 3, StandardCharsets.UTF_8),
                    StandardCharsets.UTF_8, false));
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return Optional.of(new DecodedText(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE),
                    StandardCharsets.UTF_16BE, false));
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return Optional.of(new DecodedText(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE),
                    StandardCharsets.UTF_16LE, false));
        }
        return Optional.empty();
    }

    private static Optional<Charset> declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return Optional.empty();
        }
        return charset(m.group(1));
    }

    private static Optional<Charset> charset(String label) {
        String name = label.strip().toLowerCase(Locale.ROOT);
        // HTML5 treats these labels as windows-1252, which is a superset that real pages rely on.
        if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii") || name.equals("ascii")) {
            return Optional.of(WINDOWS_1252);
        }
        try {
            return Optional.of(Charset.forName(name));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> strict(byte[] bytes, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes));
            return Optional.of(chars.toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
