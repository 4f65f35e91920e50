package dev.chorus.compare;

import dev.chorus.sentence.Folding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Word lists shared by the compare stage: a place gazetteer (countries from {@link Locale}, cities and regions
 * from {@code places.txt}), demonyms, titles and roles, organisation words and speech verbs. All keys are
 * folded with {@link Folding#fold}. Immutable after class initialisation, so safe to share between threads.
 */
final class Lexicon {

    /** Folded place name to its canonical spelling. */
    private static final Map<String, String> PLACES = new HashMap<>();
    /** Canonical names of countries (folded). */
    private static final Set<String> COUNTRIES = new HashSet<>();
    /** Canonical names of regions, seas and continents: areas a city may lie in (folded). */
    private static final Set<String> REGIONS = new HashSet<>();

    /** Demonym (folded) to the country it refers to. */
    static final Map<String, String> DEMONYMS = new HashMap<>();

    /** Words of titles and roles that introduce a person's name ("Foreign Minister", "Mr"). Folded. */
    static final Set<String> TITLES = Set.of(
            "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
            "president", "vice", "prime", "minister", "ministers", "foreign", "secretary", "chancellor", "deputy",
            "king", "queen", "prince", "princess", "emperor", "pope", "cardinal", "bishop", "archbishop", "sheikh",
            "emir", "sultan", "senator", "sen", "rep", "representative", "congressman", "congresswoman",
            "governor", "gov", "mayor", "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson",
            "general", "gen", "admiral", "adm", "colonel", "col", "captain", "capt", "lieutenant", "lt",
            "sergeant", "commander", "marshal", "chief", "executive", "ceo", "chairman", "chairwoman", "chair",
            "director", "judge", "justice", "attorney", "commissioner", "leader", "fm", "mp", "mep",
            "health", "defence", "defense", "interior", "finance", "economy", "trade", "energy", "home",
            "state", "of", "counterpart", "colleague", "premier", "speaker", "opposition", "former",
            "acting", "head", "officer", "inspector", "superintendent", "coach", "manager", "founder",
            "president-elect", "vice-president", "co-founder",
            // portfolios: "Environment Minister", "Minister of Foreign Affairs"
            "environment", "affairs", "education", "agriculture", "transport", "labour", "labor", "culture",
            "tourism", "industry", "fisheries", "housing", "infrastructure", "science", "sport", "sports",
            "development", "digital", "climate", "immigration", "treasury", "budget",
            "welfare", "employment", "communications", "information", "technology", "works",
            "external", "internal", "armed", "regional");

    /** Title words that on their own mark the following name as a person. Folded. */
    static final Set<String> PERSON_TITLES = Set.of(
            "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "president",
            "minister", "secretary", "chancellor", "king", "queen", "prince", "princess", "pope", "cardinal",
            "bishop", "archbishop", "sheikh", "emir", "sultan", "senator", "sen", "rep", "congressman",
            "congresswoman", "governor", "gov", "mayor", "ambassador", "envoy", "spokesman", "spokeswoman",
            "spokesperson", "general", "gen", "admiral", "colonel", "captain", "lieutenant", "sergeant",
            "commander", "marshal", "ceo", "chairman", "chairwoman", "director", "judge", "attorney",
            "commissioner", "leader", "fm", "mp", "mep", "counterpart", "colleague", "premier", "speaker",
            "inspector", "superintendent", "coach", "manager", "founder", "president-elect", "vice-president");

    /** Words that make a name an organisation. Folded. */
    static final Set<String> ORG_WORDS = Set.of(
            "ministry", "ministries", "council", "union", "agency", "party", "bank", "organisation",
            "organization", "committee", "commission", "department", "office", "court", "parliament", "assembly",
            "congress", "senate", "government", "administration", "army", "navy", "force", "forces", "police",
            "corporation", "corp", "company", "co", "inc", "ltd", "plc", "group", "holdings", "institute",
            "university", "college", "school", "foundation", "fund", "association", "federation", "league",
            "alliance", "front", "movement", "coalition", "service", "services", "authority", "board", "bureau",
            "network", "news", "times", "post", "press", "tv", "radio", "channel", "agencies", "reuters",
            "airlines", "airways", "club", "church", "cabinet", "forum", "programme", "program", "initiative",
            "guard", "brigade", "command", "tribunal", "centre", "center", "kremlin", "pentagon");

    /** Words naming a kind of place after a name ("Nagorno-Karabakh region"). Folded. */
    static final Set<String> PLACE_WORDS = Set.of(
            "region", "province", "city", "town", "village", "district", "county", "state", "island", "islands",
            "valley", "river", "mountains", "sea", "coast", "peninsula", "capital", "border", "airport",
            "port", "square", "street", "avenue", "resort", "oblast", "governorate", "prefecture");

    /**
     * Given names borne almost only by women, and almost only by men, folded: common names in English-language
     * news (the most frequent given names of US birth records, and names of leaders often in the news). Only a
     * name on one list says which of "he" and "she" can stand for a person; every other name fits both.
     */
    static final Set<String> WOMEN_NAMES = Set.of(
            "mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica", "sarah", "karen",
            "lisa", "nancy", "betty", "margaret", "sandra", "ashley", "kimberly", "emily", "donna", "michelle",
            "carol", "amanda", "melissa", "deborah", "stephanie", "rebecca", "sharon", "laura", "cynthia",
            "kathleen", "amy", "angela", "shirley", "anna", "brenda", "pamela", "emma", "nicole", "helen",
            "samantha", "katherine", "christine", "debra", "rachel", "carolyn", "janet", "catherine", "maria",
            "heather", "diane", "ruth", "julie", "olivia", "joyce", "virginia", "victoria", "lauren", "christina",
            "joan", "evelyn", "judith", "megan", "cheryl", "hannah", "jacqueline", "martha", "gloria", "teresa",
            "ann", "anne", "sara", "madison", "frances", "kathryn", "janice", "abigail", "alice", "judy", "sophia",
            "grace", "denise", "amber", "doris", "marilyn", "danielle", "beverly", "isabella", "theresa", "diana",
            "natalie", "brittany", "charlotte", "marie", "kayla", "lori", "hillary", "kirsten", "elena", "nikki",
            "sonia", "ursula", "kamala", "condoleezza", "madeleine", "oprah", "beyonce");
    static final Set<String> MEN_NAMES = Set.of(
            "james", "robert", "john", "michael", "david", "william", "richard", "joseph", "thomas", "charles",
            "christopher", "daniel", "matthew", "anthony", "mark", "donald", "steven", "paul", "andrew", "joshua",
            "kenneth", "kevin", "brian", "george", "timothy", "ronald", "edward", "jason", "jeffrey", "ryan",
            "jacob", "gary", "nicholas", "eric", "jonathan", "stephen", "larry", "justin", "scott", "brandon",
            "benjamin", "samuel", "gregory", "alexander", "frank", "patrick", "raymond", "jack", "dennis", "jerry",
            "tyler", "aaron", "jose", "adam", "nathan", "henry", "douglas", "zachary", "peter", "kyle", "ethan",
            "walter", "noah", "jeremy", "keith", "roger", "gerald", "harold", "sean", "carl", "arthur", "lawrence",
            "dylan", "jesse", "bryan", "billy", "joe", "bruce", "gabriel", "albert", "alan", "juan", "wayne",
            "randy", "roy", "vincent", "ralph", "eugene", "russell", "bobby", "philip", "louis", "barack",
            "vladimir", "sergei", "sergey", "recep", "emmanuel", "boris", "mike", "bill", "bernie", "mitch", "rick",
            "ted", "jeb", "marco", "newt", "mitt", "chuck", "rudy", "jim", "tom", "bob", "steve", "dave", "tony");

    /** Speech verbs, folded. */
    static final Set<String> SPEECH_VERBS = Set.of(
            "said", "says", "say", "told", "tells", "added", "adds", "stressed", "stresses", "noted", "notes",
            "declared", "declares", "stated", "states", "insisted", "insists", "explained", "explains", "warned",
            "warns", "argued", "argues", "claimed", "claims", "announced", "announces", "wrote", "writes",
            "asked", "asks", "replied", "replies", "commented", "continued", "remarked", "emphasised",
            "emphasized", "underlined", "confirmed", "affirmed", "recalled", "tweeted", "posted", "urged",
            "concluded", "admitted", "acknowledged", "suggested", "repeated", "reiterated", "pointed", "assured",
            "according", "quoted", "saying", "telling", "adding", "stressing");

    /**
     * Verbs that put quoted words in their subject's mouth without being verbs of speech: "the chief praised his
     * "brave crews"", "Carvalho called the fares "a scandal"". Kept apart from {@link #SPEECH_VERBS}, which also
     * mark a name as a person's, because these take any subject ("the report praised"). Folded.
     */
    static final Set<String> FRAGMENT_VERBS = Set.of(
            "praised", "praises", "hailed", "hails", "accused", "accuses", "called", "calls", "described",
            "describes", "condemned", "condemns", "denounced", "denounces", "criticised", "criticized",
            "criticises", "criticizes", "slammed", "slams", "blasted", "dismissed", "dismisses", "labelled",
            "labeled", "branded", "vowed", "vows", "pledged", "pledges", "promised", "promises", "thanked",
            "welcomed", "welcomes", "blamed", "blames", "lauded", "rejected", "rejects");

    /**
     * Common nouns for groups and institutions that open a sentence as its subject ("Authorities said ...",
     * "Police arrested ...", "Government sources ..."): a speech verb after them would otherwise make a person of
     * them, in a story too small to also write them in lower case. Folded.
     */
    static final Set<String> GROUP_NOUNS = Set.of(
            "authorities", "officials", "police", "government", "prosecutors", "investigators", "detectives",
            "officers", "witnesses", "residents", "neighbours", "neighbors", "experts", "analysts", "critics",
            "lawyers", "attorneys", "doctors", "researchers", "scientists", "protesters", "protestors",
            "demonstrators", "rescuers", "firefighters", "troops", "soldiers", "militants", "rebels", "voters",
            "students", "parents", "supporters", "opponents", "lawmakers", "legislators", "regulators",
            "diplomats", "activists", "survivors", "victims", "relatives", "family", "friends", "fans",
            "employees", "workers", "staff", "passengers", "spokesman", "spokeswoman", "spokesperson");

    /** Capitalised words that are never entities on their own: days, months, pronouns. Folded. */
    static final Set<String> NOT_NAMES = Set.of(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
            "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
            "i", "i'm", "i've", "we", "he", "she", "they", "it", "you", "mr", "mrs", "ms", "dr", "the", "a", "an",
            "photo", "image", "video", "read", "more", "advertisement", "source", "sources", "getty", "images",
            "click", "share", "follow", "subscribe", "editor", "editors", "copyright", "update", "updated",
            "breaking", "live", "opinion", "analysis", "today", "yesterday", "tomorrow", "am", "pm",
            "god", "allah", "covid", "coronavirus");

    static {
        for (String iso : Locale.getISOCountries()) {
            String name = Locale.of("", iso).getDisplayCountry(Locale.ENGLISH);
            if (name == null || name.isBlank() || name.equals(iso)) {
                continue;
            }
            name = name.replace(" & ", " and ").replace("St. ", "Saint ").replace("’", "'");
            // "Myanmar (Burma)", "Congo - Kinshasa", "Hong Kong SAR China": keep the plain name
            for (String cut : List.of(" (", " - ", " SAR")) {
                int at = name.indexOf(cut);
                if (at > 0) {
                    name = name.substring(0, at);
                }
            }
            PLACES.put(Folding.fold(name), name);
            COUNTRIES.add(Folding.fold(name));
        }
        // Everyday spellings of countries whose ISO display names carry qualifiers.
        putCountry("Turkey");
        putCountry("Russia");
        putCountry("Syria");
        putCountry("Iran");
        putCountry("South Korea");
        putCountry("North Korea");
        putCountry("Vietnam");
        putCountry("Czech Republic");
        putCountry("Macedonia");
        putCountry("Palestine");
        putCountry("Congo");
        putCountry("Vatican");
        try (InputStream in = Lexicon.class.getResourceAsStream("places.txt")) {
            if (in == null) {
                throw new IllegalStateException("places.txt missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean regions = false;
            for (String line; (line = reader.readLine()) != null; ) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("[")) {
                    regions = line.equals("[regions]");
                    continue;
                }
                if (regions) {
                    String canonical = line.contains("=") ? line.substring(line.indexOf('=') + 1).strip() : line;
                    REGIONS.add(Folding.fold(canonical));
                }
                int eq = line.indexOf('=');
                if (eq > 0) {
                    String canonical = line.substring(eq + 1).strip();
                    PLACES.put(Folding.fold(line.substring(0, eq).strip()), canonical);
                    PLACES.putIfAbsent(Folding.fold(canonical), canonical);
                } else {
                    PLACES.putIfAbsent(Folding.fold(line), line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String[][] demonyms = {
                {"russian", "Russia"}, {"turkish", "Turkey"}, {"american", "United States"},
                {"british", "United Kingdom"}, {"english", "England"}, {"scottish", "Scotland"},
                {"welsh", "Wales"}, {"irish", "Ireland"}, {"french", "France"}, {"german", "Germany"},
                {"italian", "Italy"}, {"spanish", "Spain"}, {"portuguese", "Portugal"}, {"dutch", "Netherlands"},
                {"belgian", "Belgium"}, {"swiss", "Switzerland"}, {"austrian", "Austria"}, {"polish", "Poland"},
                {"czech", "Czech Republic"}, {"slovak", "Slovakia"}, {"hungarian", "Hungary"},
                {"romanian", "Romania"}, {"bulgarian", "Bulgaria"}, {"greek", "Greece"}, {"cypriot", "Cyprus"},
                {"serbian", "Serbia"}, {"croatian", "Croatia"}, {"bosnian", "Bosnia and Herzegovina"},
                {"albanian", "Albania"}, {"ukrainian", "Ukraine"}, {"belarusian", "Belarus"},
                {"moldovan", "Moldova"}, {"georgian", "Georgia"}, {"armenian", "Armenia"},
                {"azerbaijani", "Azerbaijan"}, {"azeri", "Azerbaijan"}, {"kazakh", "Kazakhstan"},
                {"uzbek", "Uzbekistan"}, {"iranian", "Iran"}, {"iraqi", "Iraq"}, {"syrian", "Syria"},
                {"lebanese", "Lebanon"}, {"israeli", "Israel"}, {"palestinian", "Palestine"},
                {"jordanian", "Jordan"}, {"saudi", "Saudi Arabia"}, {"emirati", "United Arab Emirates"},
                {"qatari", "Qatar"}, {"kuwaiti", "Kuwait"}, {"yemeni", "Yemen"}, {"omani", "Oman"},
                {"egyptian", "Egypt"}, {"libyan", "Libya"}, {"tunisian", "Tunisia"}, {"algerian", "Algeria"},
                {"moroccan", "Morocco"}, {"sudanese", "Sudan"}, {"ethiopian", "Ethiopia"}, {"kenyan", "Kenya"},
                {"nigerian", "Nigeria"}, {"ghanaian", "Ghana"}, {"south african", "South Africa"},
                {"afghan", "Afghanistan"}, {"pakistani", "Pakistan"}, {"indian", "India"},
                {"bangladeshi", "Bangladesh"}, {"chinese", "China"}, {"japanese", "Japan"},
                {"korean", "South Korea"}, {"vietnamese", "Vietnam"}, {"thai", "Thailand"},
                {"indonesian", "Indonesia"}, {"filipino", "Philippines"}, {"malaysian", "Malaysia"},
                {"australian", "Australia"}, {"canadian", "Canada"}, {"mexican", "Mexico"},
                {"brazilian", "Brazil"}, {"argentine", "Argentina"}, {"argentinian", "Argentina"},
                {"chilean", "Chile"}, {"colombian", "Colombia"}, {"venezuelan", "Venezuela"},
                {"cuban", "Cuba"}, {"peruvian", "Peru"}, {"swedish", "Sweden"}, {"norwegian", "Norway"},
                {"danish", "Denmark"}, {"finnish", "Finland"}, {"icelandic", "Iceland"},
                {"estonian", "Estonia"}, {"latvian", "Latvia"}, {"lithuanian", "Lithuania"},
                {"slovenian", "Slovenia"}, {"maltese", "Malta"}, {"european", "Europe"}, {"western", "West"},
                {"eastern", "East"}, {"arab", "Arab"}, {"kurdish", "Kurdistan"}, {"soviet", "Soviet Union"},
                {"new zealander", "New Zealand"}, {"scandinavian", "Scandinavia"}, {"african", "Africa"},
                {"asian", "Asia"}, {"latin", "Latin America"}, {"nordic", "Nordic"}, {"muslim", "Muslim"},
                {"christian", "Christian"}, {"jewish", "Jewish"}, {"sunni", "Sunni"}, {"shia", "Shia"}};
        for (String[] d : demonyms) {
            DEMONYMS.put(d[0], d[1]);
        }
    }

    private static void putCountry(String name) {
        PLACES.put(Folding.fold(name), name);
        COUNTRIES.add(Folding.fold(name));
    }

    private Lexicon() {
    }

    /** The demonyms of the canonical place {@code canonical} ("Turkey": "turkish"), folded; empty if none. */
    static Set<String> demonymsOf(String canonical) {
        Set<String> out = new HashSet<>();
        DEMONYMS.forEach((demonym, place) -> {
            if (place.equals(canonical)) {
                out.add(demonym);
            }
        });
        return out;
    }

    /** The canonical name of the gazetteer place spelled {@code name}, or null. */
    static String place(String name) {
        return PLACES.get(Folding.fold(name));
    }

    /** Whether {@code canonical} (a canonical place name) is a country rather than a city or region. */
    static boolean isCountry(String canonical) {
        return COUNTRIES.contains(Folding.fold(canonical));
    }

    /** Whether {@code canonical} is a country, region, sea or continent: an area a city may lie in. */
    static boolean isArea(String canonical) {
        String f = Folding.fold(canonical);
        return COUNTRIES.contains(f) || REGIONS.contains(f);
    }

    static boolean isDemonym(String word) {
        return DEMONYMS.containsKey(Folding.fold(word));
    }

    /**
     * {@code text} folded character by character so that offsets stay valid: every character maps to exactly
     * one character (the first of its folding; a lone combining mark maps to itself).
     */
    static String foldKeepingOffsets(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                out.append(Character.toLowerCase(c));
            } else {
                String f = Folding.fold(String.valueOf(c));
                out.append(f.isEmpty() ? c : f.charAt(0));
            }
        }
        return out.toString();
    }
}
