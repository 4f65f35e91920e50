package dev.chorus.read;

import java.nio.charset.Charset;

/**
 * Text decoded from bytes, with the charset used and whether that charset had to be guessed after the
 * declared or default one failed.
 */
public record DecodedText(String text, Charset charset, boolean fallback) {
}
