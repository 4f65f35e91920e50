package dev.chorus.compare;

import dev.chorus.sentence.Terms;
import dev.chorus.sentence.Tokenizer;

import java.util.List;

/** Tells page junk (menus, headings, credits, fragments) from sentences worth comparing. */
final class Junk {

    /** Fewer word tokens than this is a fragment. */
    static final int MIN_TOKENS = 5;
    /** Fewer content terms than this says too little to compare. */
    static final int MIN_TERMS = 3;
    /** Lines without closing punctuation need at least this many tokens to count as a sentence. */
    static final int MIN_TOKENS_UNTERMINATED = 12;

    private static final java.util.regex.Pattern ENUMERATED =
            java.util.regex.Pattern.compile("^\\d{1,2}\\.\\s|\\s\\d{1,2}\\.$");

    /**
     * A photo credit in brackets inside a sentence, an agency caption's opening ("FILE - In this May 3 file
     * photo, ..."), or a player's or picture's caption label ("Media caption The BBC's reporter explains ...",
     * which a scrape runs on into the article's lead with no boundary to cut at): captions glued into the text.
     */
    private static final java.util.regex.Pattern PHOTO_CREDIT = java.util.regex.Pattern.compile(
            "\\(\\s?(?:associated press|ap photo\\b[^)]{0,60}|reuters photo\\b[^)]{0,60}|afp photo\\b[^)]{0,60})\\s?\\)"
                    + "|^file\\s?(?:-|\u2013|\u2014|photo\\s?:)|\\bin this [^.!?]{0,50}\\bfile (?:photo|image)\\b"
                    + "|(?<!\\b(?:the|an?) )\\b(?:media|image) caption\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * A prompt to the reader rather than a statement about the story: "click here", newsletter and app sign-ups,
     * "follow us on Twitter", "email him at", a picture gallery's "buy photo" and "image 3 of 20", "toggle
     * caption", a related link's "Read more:". Scrapes glue these to real sentences; the sentence is lost with
     * them, which costs less than a summary or claim that tells readers to click.
     */
    private static final java.util.regex.Pattern READER_PROMPT = java.util.regex.Pattern.compile(
            "\\bclick (?:here|the link|below)\\b|\\bplease click\\b"
                    + "|\\bsign up (?:here|now|today)\\b|\\bfree sign up\\b|\\bnever miss (?:a|an|our|another)\\b"
                    + "|\\bsign up for (?:the|our|a|my) (?:free )?(?:[\\p{L}\\d'-]+ ){0,5}?(?:newsletter|tipsheet|briefing|alerts?)\\b"
                    + "|\\bsubscrib(?:e|ing) (?:now|today|here)\\b|\\bby subscribing\\b"
                    + "|\\bfollow (?:us|him|her|me) (?:on|at) (?:twitter|facebook|instagram|@)"
                    + "|\\be-?mail (?:him|her|me|us|the author) at\\b|\\bapp for (?:iphone|ipad|android)\\b"
                    + "|\\bbuy photo\\b|\\bimage \\d{1,3} of\\b|\\bback to gallery\\b|\\btoggle caption\\b"
                    + "|^read more\\b|>>\\s?read more\\b|\\bread more\\s?:",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    private Junk() {
    }

    /**
     * A word with a capital after five or more lower-case letters ("MinistersJoin", "AffairsThis"): words run
     * together by a scraper. Brand names with inner capitals ("AstraZeneca", "WhatsApp", "BlackRock") have
     * shorter runs before the capital and pass.
     */
    static boolean glued(String s) {
        int lower = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLowerCase(c)) {
                lower++;
            } else if (Character.isUpperCase(c) && lower >= 5) {
                return true;
            } else {
                lower = 0;
            }
        }
        return false;
    }

    /** Whether {@code sentence} is too short, unterminated, shouted or otherwise not a statement. */
    static boolean isJunk(String sentence) {
        String s = sentence.strip();
        List<String> tokens = Tokenizer.tokens(s);
        if (tokens.size() < MIN_TOKENS || Terms.of(s).size() < MIN_TERMS) {
            return true;
        }
        if (ENUMERATED.matcher(s).find() || s.startsWith("•") || s.startsWith("·") || glued(s)) {
            return true; // list items, teasers and menu text glued together
        }
        if (PHOTO_CREDIT.matcher(s).find() || READER_PROMPT.matcher(s).find()) {
            return true;
        }
        char last = s.charAt(s.length() - 1);
        boolean terminated = last == '.' || last == '!' || last == '?' || last == '"' || last == '”'
                || last == '’' || last == '\'' || last == '…' || last == ')';
        if (!terminated && tokens.size() < MIN_TOKENS_UNTERMINATED) {
            return true;
        }
        int upper = 0;
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        return letters == 0 || upper > letters / 2;
    }
}
