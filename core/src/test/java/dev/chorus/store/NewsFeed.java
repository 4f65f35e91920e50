package dev.chorus.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A generated news feed for store tests: local events (a flood, a strike, a bridge closure...) each reported
 * by a few outlets over a few days, written as news-please JSONL records. Each event has its own invented
 * town, people, organisation and figures, so reports of one event share names and numbers and reports of
 * different events share only common words, as in a real feed; the wording of each report is drawn from
 * several phrasings. The same seed gives the same feed.
 */
final class NewsFeed {

    private static final String[] TOWNS = {"Aldermoor", "Brackenridge", "Calderwick", "Dunmarren", "Elsworth",
            "Farrowgate", "Glenholt", "Harrowfield", "Inverlayne", "Kestrelby", "Lowenmark", "Mossbury", "Northwold",
            "Oakhaven", "Pendlecross", "Quarrington", "Ravensholm", "Stoneleigh", "Thornbury", "Ulverdale",
            "Westmere", "Yarrowby", "Ashcombe", "Bramwell"};
    private static final String[] FIRST = {"Mara", "Tobias", "Ingrid", "Callum", "Priya", "Henrik", "Lucia", "Dmitri",
            "Aoife", "Rafael", "Sunniva", "Emeka", "Greta", "Olumide", "Noor", "Bastian"};
    private static final String[] LAST = {"Okafor", "Lindqvist", "Moreau", "Castellanos", "Brennan", "Takahashi",
            "Novak", "Hallberg", "Adeyemi", "Ferreira", "Kowalczyk", "Drummond", "Vasquez", "Ahlgren", "Quinlan"};
    private static final String[] OUTLETS = {"Northern Courier", "Valley Gazette", "Coastline Wire", "Radio Meridian",
            "The Evening Ledger", "Harbour Times"};
    private static final String[][] EVENTS = {
            {"flood", "River {T} bursts its banks, {N} homes evacuated",
                    "Floodwater from the river reached {N} homes in {T} overnight and {P} ordered the lower town evacuated.",
                    "{P} of the {O} said pumps from three counties were on their way to {T}."},
            {"strike", "{O} workers in {T} walk out over pay",
                    "About {N} workers of the {O} in {T} stopped work on Monday after pay talks collapsed.",
                    "Union organiser {P} said the walkout would last until the {O} improved its offer of {K} per cent."},
            {"bridge", "{T} bridge closed after inspectors find cracks",
                    "Inspectors closed the main bridge in {T} after finding cracks in {N} of its supporting girders.",
                    "{P}, chief engineer of the {O}, said repairs would cost at least {K} million."},
            {"fire", "Warehouse fire in {T} burns through the night",
                    "A fire at a warehouse of the {O} in {T} burned for {K} hours and destroyed stock worth {N} thousand.",
                    "Fire chief {P} said {N} firefighters fought the blaze and nobody was hurt."},
            {"election", "{P} wins {T} mayoral race",
                    "{P} of the {O} won the mayoral election in {T} with {K} per cent of the vote on a turnout of {N} voters.",
                    "The outgoing mayor congratulated {P} and promised an orderly handover at the {O} offices."},
            {"hospital", "{T} hospital opens new wing",
                    "The new wing of the {T} hospital, run by the {O}, opened on Friday with {N} beds.",
                    "{P}, who led the project, said it cost {K} million and took three years to build."},
    };
    private static final String[] OPENERS = {"Officials confirmed on {D} that", "Residents said that", "According to the {O},",
            "Local reports said that", "It emerged on {D} that"};
    private static final String[] FOLLOW = {"The {O} will publish a full report next week.",
            "Council leader {P} called a meeting for the following day.",
            "Neighbouring towns offered help to {T}.",
            "{P} told reporters the situation in {T} was under control.",
            "The figure of {N} was confirmed by the {O} in the afternoon."};

    /** One article of the feed, as written. */
    record Item(String id, String outlet, LocalDate published, String title, String text, int event) {
    }

    private NewsFeed() {
    }

    /** {@code events} events of 2 to 6 reports each, from {@code start}, a day or two apart. */
    static List<Item> generate(long seed, int events, LocalDate start) {
        Random random = new Random(seed);
        List<Item> items = new ArrayList<>();
        for (int e = 0; e < events; e++) {
            String[] kind = EVENTS[random.nextInt(EVENTS.length)];
            String town = TOWNS[e % TOWNS.length] + (e >= TOWNS.length ? " " + (char) ('A' + e / TOWNS.length % 26) : "");
            String person = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
            String organisation = town + " " + switch (kind[0]) {
                case "strike" -> "Tramways Company";
                case "election" -> "Civic Alliance";
                case "hospital" -> "Health Trust";
                default -> "District Authority";
            };
            int number = 40 + random.nextInt(900);
            int other = 3 + random.nextInt(60);
            LocalDate day = start.plusDays(e / 3 + random.nextInt(2));
            int reports = 2 + random.nextInt(5);
            for (int r = 0; r < reports; r++) {
                LocalDate published = day.plusDays(random.nextInt(3));
                String outlet = OUTLETS[(e + r) % OUTLETS.length];
                List<String> sentences = new ArrayList<>();
                sentences.add(OPENERS[random.nextInt(OPENERS.length)] + " " + lower(kind[2]));
                sentences.add(kind[3]);
                sentences.add(FOLLOW[random.nextInt(FOLLOW.length)]);
                if (random.nextBoolean()) {
                    sentences.add(FOLLOW[random.nextInt(FOLLOW.length)]);
                }
                String text = fill(String.join(" ", sentences), town, person, organisation, number, other, published);
                String title = fill(kind[1], town, person, organisation, number, other, published);
                String id = "e" + e + "-" + outlet.toLowerCase().replace(' ', '-').replace("the-", "") + "-" + r;
                items.add(new Item(id, outlet, published, title, text, e));
            }
        }
        return items;
    }

    /** Writes {@code items} as news-please JSONL, one record a line. */
    static Path write(List<Item> items, Path file) {
        ObjectMapper json = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        for (Item item : items) {
            ObjectNode record = json.createObjectNode();
            record.put("id", item.id());
            record.put("title", item.title());
            record.put("maintext", item.text());
            record.put("date_publish", item.published().toString());
            record.put("source_domain", item.outlet());
            record.put("language", "en");
            lines.add(record.toString());
        }
        try {
            Files.write(file, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static String lower(String sentence) {
        return sentence.startsWith("{") ? sentence : Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1);
    }

    private static String fill(String template, String town, String person, String organisation, int number, int other,
                               LocalDate date) {
        return template.replace("{T}", town).replace("{P}", person).replace("{O}", organisation)
                .replace("{N}", Integer.toString(number)).replace("{K}", Integer.toString(other))
                .replace("{D}", date.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH));
    }
}
