package dev.chorus.extract;

public final class LanguageDetector {
    public String detect(String text) {
        return null;
    }
}
