package dev.chorus.read;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextDecoderTest {

    @Test
    void validUtf8WinsEvenOverAWrongDeclaration() {
        byte[] page = "<meta charset=\"iso-8859-1\"><p>Zürich – naïve</p>".getBytes(StandardCharsets.UTF_8);
        DecodedText decoded = TextDecoder.decode(page, true);
        assertTrue(decoded.text().contains("Zürich – naïve"));
        assertEquals(StandardCharsets.UTF_8, decoded.charset());
    }

    @Test
    void declaredLegacyCharsetIsUsedWhenBytesAreNotUtf8() {
        Charset koi8 = Charset.forName("KOI8-R");
        byte[] page = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\"><p>Москва</p>".getBytes(koi8);
        DecodedText decoded = TextDecoder.decode(page, true);
        assertTrue(decoded.text().contains("Москва"), decoded.text());
        assertFalse(decoded.fallback());
    }

    @Test
    void byteOrderMarkIsHonouredAndStripped() {
        byte[] utf16 = "\uFEFFHeadline".getBytes(StandardCharsets.UTF_16BE);
        assertEquals("Headline", TextDecoder.decode(utf16, false).text());
        assertFalse(TextDecoder.looksBinary(utf16));
    }

    @Test
    void undeclaredLegacyBytesFallBackToWindows1252() {
        byte[] text = "Smart “quotes” and café".getBytes(Charset.forName("windows-1252"));
        DecodedText decoded = TextDecoder.decode(text, false);
        assertEquals("Smart “quotes” and café", decoded.text());
        assertTrue(decoded.fallback());
    }

    @Test
    void nulBytesMeanBinary() {
        assertTrue(TextDecoder.looksBinary(new byte[] {'G', 'I', 'F', '8', 0, 1}));
        assertFalse(TextDecoder.looksBinary("plain words\n".getBytes(StandardCharsets.US_ASCII)));
    }
}
