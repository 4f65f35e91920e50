package dev.chorus.sentence;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds text to lower-case ASCII where a Latin letter has an obvious base letter, so that spelling variants
 * of the same name ("Çavuşoğlu" and "Cavusoglu", "Mevlüt" and "Mevlut") compare equal. Letters of other
 * scripts are kept as they are, lower-cased.
 */
public final class Folding {

    private Folding() {
    }

    /** {@code text} lower-cased, with diacritics removed and a few Latin letters mapped to their base form. */
    public static String fold(String text) {
        boolean ascii = true;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return text.toLowerCase(Locale.ROOT);
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            switch (c) {
                case 'ı', 'İ' -> out.append('i');
                case 'ø', 'Ø' -> out.append('o');
                case 'ł', 'Ł' -> out.append('l');
                case 'đ', 'Đ', 'ð', 'Ð' -> out.append('d');
                case 'ß' -> out.append("ss");
                case 'æ', 'Æ' -> out.append("ae");
                case 'œ', 'Œ' -> out.append("oe");
                case 'þ', 'Þ' -> out.append("th");
                case '’', '‘', '`', '´' -> out.append('\'');
                case '“', '”', '„', '«', '»' -> out.append('"');
                case '–', '—' -> out.append('-');
                default -> out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }
}
