package dev.chorus.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Small, documented lexicons of English boilerplate found in scraped news text. Every entry is a generic
 * phrase used by many sites; nothing here names a particular outlet. Patterns are matched against one
 * normalised line (single spaces, trimmed) and use only bounded quantifiers.
 */
final class TextCleanerLexicon {

    private TextCleanerLexicon() {
    }

    private static Pattern ci(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /**
     * Ad-slot markers left by scrapers and ad labels inside a line: "[ad_1]", an "Advertisement" (or several, or
     * glued to a player's "skip" button) between two sentences or opening a paragraph of case-folded prose
     * ("Advertisement the pumps ran ..."), and a "Story highlights" label before the highlights, which no
     * sentence of prose opens with.
     */
    static final Pattern AD_TOKEN = Pattern.compile("(?i:\\[\\s?ad[_ -]?\\d{0,3}\\s?\\])"
            + "|(?<=[.!?\"\u201d\u2019] )(?:ADVERTISEMENT|Advertisement)(?: [Aa]dvertisement)*(?= \\p{Lu}| [\"\u201c])"
            // case-folded scrapes lower-case the prose after it; the noun opening a sentence ("Advertisement
            // revenue fell") takes one of the words it forms compounds with
            + "|(?<=^|[.!?\"\u201d\u2019] )Advertisement(?: advertisement)*(?= (?!(?:revenues?|spending|sales|campaigns?"
            + "|agenc(?:y|ies)|industry|markets?|budgets?|rates?|space|slots?|executives?|firms?|deals?|income)\\b)\\p{Ll})"
            + "|(?<=^|[.!?\"\u201d\u2019] )(?:ADVERTISEMENT|Advertisement) ?(?:SKIP|[Ss]kip)\\b"
            + "|(?<=^|[.!?\"\u201d\u2019] )(?:STORY HIGHLIGHTS|Story highlights)(?= )");
    /**
     * Player, picture and sign-up furniture a scrape glued into the prose, removed wherever it stands:
     * "Media playback is unsupported on your device", "Image copyright Getty Images Image caption", "enlarge this
     * image toggle caption Name/Agency Name/Agency" (the credit given twice), "Advertisement Continue reading the
     * main story", "Please enable JavaScript to watch this video", a newsletter box's "subscribe ... invalid email",
     * a reprint notice ("This copy is for your personal, non-commercial use only. To order ..."), a text-size
     * control ("Text size - + reset"), a video player's "Play Facebook Twitter Embed", a live page's "The latest on
     * ... (all times local):" heading with its "___" rule and first clock time, and a photo credit naming a picture
     * agency after a sentence ("Lisa Lake / Getty Images", "Lisa Lake/AFP/Getty Images", "Photo by FBI via Getty
     * Images", "Credit: Getty Images", "| Getty"),
     * an agency picture's caption with its credit ("In this Monday, June 11, 2007 file photo, ... (AP Photo/Name)"),
     * a gallery's "Buy photo" button and "Image 1 of / 42 caption close" counter, a sign-up box's "Please check
     * your email and click on the link to activate your account." and "Thank you for registering!",
     * a picture credit in brackets after a sentence ("( Photo: Jo Kim, AP )"), a bracketed promo or credit
     * ("[Watch the video: ...]", "[Photo via Reuters]"), a live page's "___" rule with its clock time or closing
     * credit ("___ 9:05 a.m.", "___ Jo Kim contributed to this report."), a lone "Subscribe" button,
     * "Reuters/Name/File Photo", "Related |" and "Update |" tags,
     * and a link box's label between sentences ("Related coverage", "Related videos", "Related story:"; the
     * headlines after it are left, as nothing marks where they end). A label that reads as prose ("Related news
     * outlets said ...") is cut only with its colon.
     */
    static final List<InlineFurniture> INLINE_FURNITURE = List.of(
            rule(List.of("playback"), "media playback is unsupported on your device"),
            rule(List.of("copyright"), "image copyright (?:[\\p{L}\\d.&'/-]+ ){1,5}?image caption"
                    + "|image copyright (?:getty images|reuters|afp|ap|epa|pa|bbc|twitter|facebook|instagram|youtube)\\b"),
            // a picture's buttons and credit (given twice), and the page's headline when it opens the text
            rule(List.of("caption", "enlarge this image"), "(?:^[^.!?]{5,200}? (?=enlarge this image ))?"
                    + "(?:enlarge this image (?:toggle caption )?|toggle caption )([^ ].{0,60}?) \\1(?= )"),
            rule(List.of("main story"), "(?:(?:photo )?advertisement )?continue reading the main story(?: related stories)?"),
            rule(List.of("javascript"), "(?:to benefit from the complete functionality of this page )?please enable "
                    + "javascript(?: to watch this video| in your browser'?s preferences\\.?)?"
                    // a video's headline when it opens the text, then the player's notice
                    + "|(?:^[^.!?]{5,200}? (?=please turn on javascript\\b))?(?:please turn on javascript\\. ?)?"
                    + "media requires javascript to play\\."),
            rule(List.of("subscrib"), "(?:get daily updates directly to your inbox \\+? ?)?subscribe thank you for "
                    + "subscribing!?(?: could not subscribe, try again later)?(?: invalid email)?"
                    + "|(?<=[.!?\"\u201d] )subscribe(?= (?!to\\b|now\\b|for\\b|today\\b|here\\b)\\p{L})"),
            // the outlet's name is looked for only after a sentence end, not at every position of the text
            rule(List.of("commercial use"), "(?:(?<=^|[.!?\"\u201d] )[\\p{L} ]{1,30} reprints: )?this copy is for your "
                    + "personal,? non-?commercial use only\\.(?: to order presentation-ready copies for distribution to "
                    + "your colleagues, clients or customers,? use the order reprints tool at the bottom of any article "
                    + "or visit www\\.[a-z]{2,30}\\.com\\b\\.?)?"),
            rule(List.of("text size"), "\\btext size:? ?- ?\\+ ?reset\\b"),
            // a video player's buttons, with the video's title and running time after them
            rule(List.of("play facebook"), "\\bplay facebook twitter (?:google plus )?(?:embed|email)\\b"
                    + "(?: [^.!?]{5,150}? \\d{1,2}: ?\\d{2}(?= \\S))?"),
            rule(List.of("times local"), "(?:\\bthe latest on [^.!?()]{5,150}? )?\\( ?all times local ?\\) ?:?(?: ?_{2,})?"
                    + "(?: ?\\d{1,2}: ?\\d{2} [ap]\\.m\\.)?"),
            // after a sentence end or at the start: picture credits naming an agency
            rule(List.of("getty"), "(?<=^|[.!?\"\u201d)] )(?:\\(? ?(?:(?:photo|image|picture)s? by |(?:photo|image|picture"
                    + "|credit) ?: )(?:[\\p{L}.'-]+(?: | ?/ ?|, | via )){0,5}?getty images\\b(?: ?-? ?file\\b)?(?: ?\\))?"
                    + "(?= \\S)|\\(? ?(?:[\\p{L}.'-]+(?: | ?/ ?)){0,4}?[\\p{L}.'-]+(?: ?/ ?|, | via )getty images\\b"
                    + "(?: ?-? ?file\\b)?(?: ?\\))?(?= \\S))"
                    + "|(?<=[.!?\"\u201d] )\\| ?getty(?: images)?\\b(?= \\S)"),
            // an agency picture's caption with its credit; an agency dateline after it is cut there, with what
            // precedes it kept as a caption (INNER_DATELINE)
            rule(List.of("associated press", "ap photo"), "(?<=^|[.!?\"\u201d)] )(?:file ?[-\u2013\u2014] ?)?in this "
                    + "(?:[a-z]+,? )?(?:[a-z]{3,9}\\.? \\d{1,2},? \\d{4}|\\d{4}),? (?:file )?photo\\b[^()]{0,400}?"
                    + "(?:\\( ?associated press ?\\)|\\( ?ap photo\\b[^()]{0,60}\\))"
                    + "(?! ?(?:\\p{L}[\\p{L} .,'\u2019-]{1,40}? ?)?\\( ?(?:ap|reuters|afp|cnn) ?\\))"),
            rule(List.of("file photo"), "(?<=^|[.!?\"\u201d)] )(?:reuters|afp|epa|ap)(?: ?/ ?[\\p{L}.' -]{2,30}?){1,2} ?/ ?"
                    + "file photo\\b(?= \\S)"),
            // after a sentence end: credits, tags and labels between sentences
            rule(List.of("photo:", "photo :", "photos:", "photos :", "image:", "image :", "images:", "picture:",
                    "picture :", "pictures:", "credit:", "credit :", "credits:"),
                    "(?<=[.!?\"\u201d] )\\( ?(?:photo|image|picture|credit)s? ?: [^()]{1,80}\\)(?= \\S)"),
            rule(List.of("related ", "related|", "update |", "update|"), "(?<=[.!?\"\u201d] )(?:(?:related|update) ?\\|(?= \\S)"
                    + "|related (?:articles?|stories|coverage|posts|headlines|videos?|links)\\b:?(?= \\S)"
                    + "|related (?:story|news|content|information|resources|reading):(?= \\S))"),
            // the verb's check runs only where "buy" stands, not at every position of the text
            rule(List.of("buy photo"), "\\bbuy(?<!\\bto buy|\\bcan buy|\\bwill buy|\\bwould buy|\\bcould buy|\\band buy"
                    + "|\\bor buy|\\bnot buy|n't buy|\\bmay buy|\\bmust buy|\\bshould buy) photo\\b(?= \\S)"),
            rule(List.of("of /", "back to gallery"), "\\bimage \\d{1,3} of / ?\\d{1,3}(?: caption close)?"
                    + "(?: image \\d{1,3} of \\d{1,3})?\\b|\\b\\d{1,3} / \\d{1,3} back to gallery\\b"),
            // a follow-this-topic box: "Interested in Mars? Add Mars as an interest to stay up to date on the
            // latest Mars news, video, and analysis from ... Add interest"
            rule(List.of("as an interest"), "(?:interested in [^.!?]{0,60}\\? ?)?(?:add [^.!?]{1,60}? )?as an interest to "
                    + "stay up to date on the latest [^.!?]{0,80}?news, video,? and analysis from [^.!?]{2,40}\\."
                    + "(?: add interest\\b)?"),
            // a newsletter box, a video player's buttons and a slideshow's prompt
            rule(List.of("breaking news emails"), "breaking news emails get breaking news alerts and special reports\\. "
                    + "the news and stories that matter, delivered weekday mornings\\.(?: ?/ ?updated\\b)?"),
            // a video box: "Just watched TITLE Replay More Videos... Must watch TITLE 03:50"; a gallery's controls
            rule(List.of("replay more videos"), "(?:\\bjust watched .{3,150}? )?replay more videos\\.{0,3} ?must watch "
                    + ".{3,150}? \\d{1,2}: ?\\d{2}(?=$| \\S)"),
            rule(List.of("full screen autoplay"), "\\b(?:\\d{1,3} of \\d{1,3} )?full screen autoplay close skip ad ?\u00d7?"),
            // sign-up boxes' pitches and confirmations
            rule(List.of("you can unsubscribe"), "(?:\\bemail sign up )?by signing up,? you agree to receive email "
                    + "newsletters or alerts from [^.!?]{2,40}\\. you can unsubscribe at any time\\."),
            rule(List.of("thank you for signing up"), "(?:\\bsign up )?thank you for signing up!?(?: sign up for more "
                    + "newsletters here)?"),
            rule(List.of("never miss a local story"), "(?:\\bbe the first to know\\. no one covers what is happening in "
                    + "our community better than we do\\. )?and with a digital subscription, you ?'? ?ll never miss a local "
                    + "story\\.(?: sign me up!)?|(?:\\bsign up )?never miss a local story\\.(?: sign up today for a free "
                    + "\\d{1,3} day free trial of unlimited digital access\\.)?(?: subscribe now\\b)?"),
            rule(List.of("x embed x share"), "\\b(?:close )?skip (?:in skip|ad ad loading\\.{0,3}) x embed x share\\b"),
            rule(List.of("_taboola"), "window\\._taboola = window\\._taboola \\| ?\\| \\[ ?\\]; ?"
                    + "(?:_taboola\\.push\\( ?\\{[^{}]{0,300}\\} ?\\); ?)+"),
            rule(List.of("push notifications"), "(?<=^|[.!?\"\u201d] )get push notifications with news, features and more\\."),
            rule(List.of("copying the code"), "\\badd this (?:tweet|video) to your website by copying the code below\\."),
            // a newsletter box: "Get the latest from X Sign up for our newsletter", a sign-up form's messages
            rule(List.of("for our newsletter", "not a robot"), "(?<=^|[.!?\"\u201d] )(?:get the latest from [\\p{L}' ]{1,30}? )?"
                    + "sign up for our newsletters?(?=$| (?!to\\b|for\\b|and\\b|here\\b|now\\b|today\\b)\\p{Ll})"
                    + "|\\bplease verify you'?re not a robot by clicking the box\\.(?: invalid email address\\.)?"
                    + "(?: please re-?enter\\.)?(?: you must select a newsletter to subscribe to\\.)?(?: sign up)?"
                    + "(?: you agree to)?(?: receive occasional updates and special offers for [^.!?]{1,60}? products"
                    + "(?: and services)?\\.?)?(?: thank you for subscribing\\.)?(?: an error has occurred\\. please try "
                    + "again later\\.)?"),
            rule(List.of("continues below", "continued below"), "(?<=^|[.!?\"\u201d] )(?:article|story) continu(?:es|ed) below(?: advertisement)?"
                    + "(?=$| \\S)"),
            rule(List.of("continue viewing images"), "\\(? ?click prev or next to continue viewing images\\. ?\\)?"
                    + "(?: advertisement\\b)?"),
            // a link to another story between sentences: "Volcano erupting in Bali – in pictures Read more"
            rule(List.of("read more"), "(?<=[.!?\"\u201d] )(?:[^.!?]{5,150}? [\u2013\u2014] [^.!]{2,80}? )?read more"
                    + "(?=$| \\S)(?! (?:about|of|on|at|from|in|here|than)\\b)"),
            // a video page's stamp glued to its description: "Published on Jan 8, 2018 Teacher ..."
            rule(List.of("published on", "uploaded on", "streamed live on"), "(?<=^|[.!?\"\u201d)] )(?:published|uploaded"
                    + "|streamed live) on (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\\.? \\d{1,2}, "
                    + "\\d{4}(?= \\S)"),
            rule(List.of("check your email", "verification message", "registering"), "(?:\\bwe have sent you a "
                    + "(?:verification|confirmation) email\\. )?please check your email and click on the link to "
                    + "activate your (?:account|profile)\\."
                    + "|\\bif you do not receive the verification message within a few minutes of signing up, please "
                    + "check your spam or junk folder\\.(?: close\\b)?"
                    + "|\\bthank you for registering!(?: ?thank you for registering!)*(?: we look forward to seeing you "
                    + "on \\[ ?website ?\\] frequently\\.?)?"),
            rule(List.of("["), "\\[ ?(?:(?:watch|read|see|listen)\\b[^\\[\\]]{0,150}|(?:photo|image|video)s?"
                    + "(?: via| link|/)[^\\[\\]]{0,60})\\]"),
            rule(List.of("___"), "(?<=[.!?\"\u201d)\\]] )_{3,}(?: ?\\d{1,2}: ?\\d{2} [ap]\\.m\\.| [\\p{L} .,'-]{0,80}"
                    + "\\bcontributed (?:to )?(?:this|the) (?:report|story|article)\\.?)?(?=$| \\S)"));

    /**
     * One kind of {@link #INLINE_FURNITURE}: its pattern, and lower-case fragments one of which every match
     * contains, a cheap test before the regex so that a line runs only the few patterns it may hold.
     */
    record InlineFurniture(Pattern pattern, List<String> hints) {

        /** Whether {@code lower} (a line in lower case) may hold this furniture; false means it holds none. */
        boolean mayBeIn(String lower) {
            for (String hint : hints) {
                if (lower.contains(hint)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static InlineFurniture rule(List<String> hints, String regex) {
        return new InlineFurniture(ci(regex), hints);
    }

    static final Pattern AD_LINE = ci("^(?:-{0,3}\\s?)?(?:advertisement|advertisements|advert|ad|ads|sponsored|sponsored content"
            + "|paid content|paid post|promoted|promoted content|skip advertisement|advertisement - scroll to continue"
            + "|scroll to continue with content|story continues below(?: this)? advertisement|article continues below"
            + "(?: this)? (?:ad|advertisement)|continue reading(?: the main story| below)?|remove ads"
            + "|content continues below)(?:\\s?-{0,3})?$");

    /** Source and credit lines at the end of agency copy: "Source: News Agencies", "Reporting by ...", "(AFP)". */
    static final Pattern SOURCE_LINE = ci("^\\(?(?:sources?\\s?:.{1,100}"
            + "|(?:additional )?reporting by\\b.{1,200}"
            + "|(?:editing|edited|writing|written|compiled|produced|translated) by\\b.{1,150}"
            + "|(?:with )?(?:agencies|news agencies|wires|wire services|afp|reuters|ap|dpa|anadolu|xinhua|tass|efe|ansa)"
            + "(?: and (?:agencies|afp|reuters|ap|dpa))?\\.?"
            + "|[(\\[](?:agencies|afp|reuters|ap|dpa|anadolu|xinhua|tass|efe|ansa)[)\\]]"
            + "|-{1,2} ?(?:agencies|afp|reuters|ap|dpa|anadolu|xinhua|tass|efe|ansa)"
            + "|[\\p{L} .,'-]{0,80}\\bcontributed (?:to )?(?:this|the) (?:report|story|article)\\.?"
            + "|[a-z]{2,4}(?:/[a-z]{2,4}){1,3}(?:\\s?\\([^()]{1,60}\\))?"
            + "|the (?:views|opinions) expressed (?:in this|here|are).{0,250}"
            + "|this (?:article|story|report|piece) (?:was|has been|is|first) (?:originally |first )?(?:updated|amended"
            + "|corrected|produced|written|published|republished|appeared|reproduced)\\b.{0,200})$");

    /** Copyright and legal footers. */
    static final Pattern COPYRIGHT = ci("^(?:\u00a9|\\(c\\)\\s?\\d|copyright\\b).{0,200}$|\\ball rights reserved\\b");

    /**
     * Single-line prompts and page furniture: sharing, following, newsletters, cookies, "click here",
     * "Read more:", reading time, comments, app downloads. Matched only against short lines (see caller).
     */
    static final Pattern PROMPT = ci("^(?:share (?:this|the|on|via|to)\\b.{0,60}|share:?|shares?\\s?\\d{0,6}"
            + "|follow us\\b.{0,80}|follow (?:\\S{1,30} ){0,3}on (?:twitter|x|facebook|instagram|linkedin|telegram|whatsapp"
            + "|tiktok|youtube|threads|bluesky|google news)\\b.{0,40}"
            + "|(?:sign up|subscribe|register)\\b.{0,40}\\bnewsletters?\\b.{0,100}|newsletters?"
            + "|get (?:our|the) (?:daily |weekly |free )?newsletter.{0,80}"
            + "|(?:click|tap) here\\b.{0,120}"
            + "|(?:read|see) (?:more|also)\\s?[:\u2013\u2014-].{0,200}|read more|read more (?:about|on|from|at)\\b.{0,100}"
            + "|(?:tags?|topics?|keywords|filed under|categories|more about)\\s?:.{0,200}"
            + "|(?:related|also read|also see|see also|more|recommended|further reading|more on this story"
            + ")\\s?[:|\u2013\u2014].{0,200}"
            + "|(?:we|this (?:site|website)) uses? cookies\\b.{0,300}|.{0,100}\\bcookies? (?:policy|settings|preferences|notice|consent)\\b.{0,200}"
            + "|accept (?:all )?cookies|manage (?:cookies|preferences|consent)"
            + "|\\d{1,3} ?(?:-| )?min(?:ute)?s? read|reading time\\b.{0,30}|listen to (?:this|the) (?:article|story)\\b.{0,40}"
            + "|estimated reading time.{0,30}|(?:copy|copied) link|print(?: this)?(?: article| page)?|email(?: this)?(?: article)?"
            + "|comments?(?: \\(\\d{1,6}\\))?|\\d{1,6} comments?|leave a (?:comment|reply)|reply|report|like|\\d{1,6} likes?|join the (?:conversation|discussion)"
            + "|show comments|view comments|(?:download|get) (?:our|the) (?:free )?app\\b.{0,80}"
            + "|support (?:our|independent|quality) journalism\\b.{0,120}|donate(?: now| today)?"
            + "|terms (?:of|and) (?:use|service|conditions)|privacy (?:policy|notice|settings)|contact us|about us"
            + "|this (?:article|story|page) is (?:more than|over) \\S{1,6} (?:years?|months?) old|reuse this content"
            + "|(?:reprints?|republish|licensing)(?: and permissions| this article)?|report an error|corrections?"
            + "|skip to (?:main )?(?:content|navigation)|back to top|(?:main )?menu|search|home|log ?in|sign ?in|log ?out"
            + "|join us\\b.{0,60}|join \\S{1,30}(?: \\S{1,30})?(?: today| now)?"
            + "|(?:facebook|twitter|whatsapp|linkedin|email|telegram|reddit|pinterest)(?:\\s?[|,/]?\\s?(?:facebook|twitter|x|whatsapp"
            + "|linkedin|email|telegram|reddit|pinterest|copy link)){1,8})$");

    /**
     * Links to video or audio ("Watch: ...", "Video - ..."). A page may use the same prefix for its own headline
     * ("Live: ..."), so these are only removed below the headline.
     */
    static final Pattern MEDIA_LINK = ci("^(?:watch|video|listen|podcast|in pictures|gallery|explainer)\\s?[:|\u2013\u2014].{1,200}$");

    /** Phrases of subscription / paywall / newsletter prompts; a line with one of these starts a prompt block. */
    static final Pattern SUBSCRIPTION = ci("\\b(?:subscribe|subscriber|subscribers|subscription|free trial|instant access"
            + "|unlimited access|already a (?:member|subscriber)|sign up|sign-up|newsletter|become a member|paywall"
            + "|support (?:our|independent) journalism|log in to (?:continue|read)|to continue reading"
            + "|(?:in|to) your inbox|for (?:only|just) [$\u00a3\u20ac]\\d)\\b|^join \\S{1,30}(?: \\S{1,30})? (?:today|now)$");

    /**
     * Second-person, imperative or offer wording; a full sentence with a {@link #SUBSCRIPTION} phrase is only a
     * prompt when it also has one of these ("Subscription revenue rose 4%" is news, "Subscribe today" is not).
     */
    static final Pattern PROMPT_CUE = ci("\\b(?:you|your|our|us|today|now|here|free|trial|instant access|unlimited access"
            + "|per month|a month|a year|cancel anytime|only)\\b|^(?:subscribe|sign up|join|get|register|log in|already|become)\\b");

    /**
     * Section labels of page furniture (teaser lists, sidebars). A label is a whole short line, optionally
     * ending in a colon. {@link #NAV_LABEL} labels are removed anywhere; {@link #TAIL_LABEL} ones only
     * decide where the article ends.
     */
    static final Pattern NAV_LABEL = ci("^(?:related|related (?:articles?|stories|news|content|topics|coverage|posts|reading)"
            + "|read more|read next|more (?:stories|news|from \\S{1,25}(?: \\S{1,25}){0,2}|on this (?:story|topic)|in \\S{1,25}(?: \\S{1,25})?|like this)"
            + "|most (?:read|popular|viewed|shared|watched|commented)|latest(?: news| stories| articles| headlines| updates)?"
            + "|top (?:stories|news|headlines)|trending(?: now| stories| topics)?|popular(?: now| stories)?"
            + "|recommended(?: for you| stories| reading)?|you (?:may|might) (?:also )?(?:like|be interested in|have missed)"
            + "|editors?'? ?(?:picks?|choice)|what to read next|also (?:read|see)|see also|further reading"
            + "|from (?:around )?the web|around the web|in other news|don'?t miss|must read|(?:\\S{1,25}'?s? )?highlights"
            + "|sponsored (?:stories|links|content)|promoted (?:stories|links|content)|partner content"
            + "|tags?|topics?|filed under|categories|share this(?: article| story)?|comments|reader comments|newsletter"
            + "|follow us)(?:\\s?\\(\\d{1,6}\\))?\\s?:?$");
    /** Press-release and wire end markers: everything after them is boilerplate about the sender. */
    static final Pattern END_MARKER = ci("^(?:#{3}|# # #|-30-|[-\u2013\u2014]{0,2}\\s?ends\\s?[-\u2013\u2014]{0,2})$");
    static final Pattern TAIL_LABEL = ci("^(?:opinion|analysis|comment|features?|podcasts?|videos?|watch|listen|in pictures"
            + "|explainers?|more|world|news|sports?|business|culture|lifestyle|politics|europe|editorial|letters"
            + "|about the authors?|about us|contact|legal|company|services|follow|subscribe|join us)\\s?:?$");

    /** Breadcrumb trails: "Home » News » Politics", "World > Europe". */
    static final Pattern BREADCRUMB = Pattern.compile(
            "^[^\u00bb\u203a>/|]{1,40}(?:(?:\\s?[\u00bb\u203a>]\\s?|\\s[/|]\\s)[^\u00bb\u203a>/|]{1,40}){1,6}$");
    /** Job titles that follow a name in a byline and are not authors. */
    static final Pattern ROLE = ci("\\b(?:correspondent|editor|reporter|writer|journalist|staff|news|bureau|contributor"
            + "|columnist|chief|senior|analyst|producer|desk|team|agency|agencies|in [A-Z]\\w+)\\b");

    /** Lines that are metadata about the article rather than prose: bylines, times, update stamps. */
    static final Pattern BYLINE = Pattern.compile(
            "^(?![Bb]y (?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August"
                    + "|September|October|November|December|Then|Now|Contrast|Comparison|Law|Far|Early|Late|Noon|Midnight|Night"
                    + "|Morning|Evening|Afternoon|Dawn|Mid)\\b)(?:[Bb]y|BY|[Ww]ritten by|[Ss]tory by|[Ww]ords by|[Aa]uthor:?)\\s(\\p{Lu}[\\p{L}'\u2019.-]{0,30}"
                    + "(?:\\s(?:\\p{Lu}[\\p{L}'\u2019.-]{0,30}|van|von|de|del|der|da|di|bin|al|la|le)){0,4}"
                    + "(?:(?:,\\s?|\\s(?:and|&)\\s)\\p{Lu}[\\p{L}'\u2019.-]{0,30}(?:\\s\\p{Lu}[\\p{L}'\u2019.-]{0,30}){0,4}){0,3})"
                    + "(?:\\s(?:in|at|from)\\s\\p{Lu}[\\p{L} -]{1,40})?(?:\\s?[,|\u2013\u2014-]\\s?[^.!?]{0,100})?$");
    /** A label announcing a publication date: "Published", "date", "Posted on", "First published". */
    static final Pattern PUBLISHED_LABEL = ci("^(?:date|dated|published|publish date|publication date|posted|first published"
            + "|originally published|released|issued)(?:\\s(?:on|at))?\\s?[:|\u2013\u2014-]?\\s?");
    /** Labels of update stamps whose date must never become the publication date. */
    static final Pattern UPDATED_LABEL = ci("^(?:last )?(?:updated|modified|edited|amended|revised|last update)(?:\\s(?:on|at))?\\s?[:|\u2013\u2014-]?\\s?");
    /** Relative or clock-only stamps: "3 hours ago", "Published 2 days ago", "10:42 GMT". */
    static final Pattern RELATIVE_STAMP = ci("^(?:(?:published|posted|updated|last updated)\\s?:?\\s?)?(?:about |over |less than )?"
            + "(?:\\d{1,3}|an?|one|two|few) (?:sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?|days?|weeks?|months?|years?) ago\\.?$"
            + "|^\\d{1,2}[:.]\\d{2}\\s?(?:[ap]\\.?m\\.?)?\\s?(?:[A-Z]{2,5})?$|^(?:just now|yesterday|today)$");
    static final Pattern WEEKDAY_LINE = ci("^(?:mon|tues|wednes|thurs|fri|satur|sun)day,?$");
    /**
     * American states as datelines write them, lower-case: full names and AP abbreviations ("calif.", "n.y.").
     */
    private static final String US_STATES = "alabama|alaska|arizona|arkansas|california|colorado|connecticut"
            + "|delaware|florida|georgia|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland"
            + "|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire"
            + "|new jersey|new mexico|new york|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania"
            + "|rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|washington"
            + "|west virginia|wisconsin|wyoming|d\\.c\\.|ala\\.|ariz\\.|ark\\.|calif\\.|colo\\.|conn\\.|del\\.|fla\\.|ga\\."
            + "|ill\\.|ind\\.|kan\\.|ky\\.|la\\.|md\\.|mass\\.|mich\\.|minn\\.|miss\\.|mo\\.|mont\\.|neb\\.|nev\\."
            + "|n\\.h\\.|n\\.j\\.|n\\.m\\.|n\\.y\\.|n\\.c\\.|n\\.d\\.|okla\\.|ore\\.|pa\\.|r\\.i\\.|s\\.c\\.|s\\.d\\.|tenn\\."
            + "|vt\\.|va\\.|wash\\.|w\\.va\\.|wis\\.|wyo\\.";

    /**
     * Agency datelines glued to the start of a lead paragraph: "MOSCOW (Reuters) - ", "ANKARA, Dec 29 (AP) -- ",
     * "LONDON \u2014 ", "Atlanta (CNN) " (CNN's, with no dash), and the lower-cased, spaced form of corpora that fold
     * case ("Kennesaw, ga. ( ap ) \u2014 "), and an American city with its state ("CLEVELAND, Ohio \u2014 ",
     * "Cleveland, ohio -- "; the state written in lower case unless the city is in capitals, so "Their
     * daughter, Georgia \u2014 " stays). The place must be capitalised; an agency in brackets or a dash must follow.
     */
    static final Pattern DATELINE = Pattern.compile(
            "^\\p{Lu}[\\p{L} .'\u2019-]{1,30}(?:,\\s?[\\p{L}\\d .]{2,25}?)?\\s?\\(\\s?(?i:Reuters|AP|AFP|dpa|Xinhua|TASS|UPI|IANS|PTI|ANI|EFE|ANSA|AA|Anadolu|Sputnik|RIA)\\s?\\)\\s?(?:-{1,2}|\u2013|\u2014|:)\\s"
                    + "|^\\p{Lu}[\\p{L} .'\u2019-]{1,30},\\s?\\p{Lu}\\p{Ll}{2,8}\\.?\\s\\d{1,2}\\.?\\s?/\\p{Lu}{2,10}/\\.?\\s"
                    + "|^\\p{Lu}[\\p{Lu} .'\u2019-]{1,30}(?:,\\s?[\\p{L}\\d .]{2,25}?)?\\s?\\((?:Reuters|AP|AFP|dpa|Xinhua|TASS|UPI|Bloomberg|CNN|IANS|PTI|ANI|EFE|ANSA|Anadolu|\\p{Lu}{2,10})\\)\\s?"
                    + "(?:-{1,2}|\u2013|\u2014|:)\\s"
                    + "|^\\p{Lu}{2}[\\p{Lu} .'\u2019-]{1,30},\\s?(?:\\p{Lu}\\p{Ll}{2,8}\\.?\\s\\d{1,2}|\\d{1,2}\\s\\p{Lu}\\p{Ll}{2,8})(?:,?\\s\\d{4})?\\s?(?:-{1,2}|\u2013|\u2014)\\s"
                    + "|^\\p{Lu}{5,}(?:\\s\\p{Lu}{2,}){0,2}\\s(?:--|\u2013|\u2014)\\s"
                    + "|^(?:\\p{Lu}[\\p{L} .'\u2019-]{1,30}(?:,\\s?[\\p{L}\\d .]{2,25}?)?\\s?)?\\(\\s?(?i:CNN)\\s?\\)\\s?(?:-{1,2}|\u2013|\u2014)?\\s"
                    + "|^\\(\\s?(?i:Reuters|AP|AFP)\\s?\\)\\s?(?:-{1,2}|\u2013|\u2014)\\s"
                    // an American dateline, "CLEVELAND, Ohio \u2014 ", or case-folded "cleveland, ohio -- "
                    + "|^(?:\\p{Lu}[\\p{Lu} .'\u2019-]{1,30}, ?(?i:" + US_STATES + ")|\\p{L}[\\p{L} .'\u2019-]{1,30}, ?(?:"
                    + US_STATES + "))\\s?(?:--|\u2013|\u2014)\\s");

    /**
     * An agency dateline inside a paragraph, after a sentence or a caption's credit: where a scrape that glued the
     * page's captions before the article starts it ("... (Associated Press) ISTANBUL (AP) \u2014 It was ...").
     */
    static final Pattern INNER_DATELINE = Pattern.compile(
            "(?<=[.!?\u2026)\"\u201d]\\s)(?:\\p{L}[\\p{L} .,'\u2019-]{1,40}?\\s?)?\\(\\s?(?:(?i:AP|Reuters|AFP)\\s?\\)\\s?"
                    + "(?:-{1,2}|\u2013|\u2014)|(?i:CNN)\\s?\\)\\s?(?:-{1,2}|\u2013|\u2014)?)\\s");

    // ---- captions ------------------------------------------------------------------------------------------

    /** Tokens that mark an image caption or photo credit wherever they appear in a line (case-sensitive). */
    static final Pattern CAPTION_STRONG = Pattern.compile(
            "Getty Images|MANDATORY CREDIT|\\b(?:Image|Media|Photo|Video) (?:caption|source)\\b|ATTENTION EDITORS|THIS IMAGE|\\bHandout\\b|\\bHANDOUT\\b|\\bFILE PHOTO\\b|\\bFile photo\\b"
                    + "|\\b(?:Photo|Photos|Photograph|Photographs|Image|Images|Picture|Pictures|Pictured|Credit|Illustration"
                    + "|Image caption|Image source|Photo credit|Video|Graphic)\\s?:"
                    + "|\\((?:Photo|Image|Picture|Credit|Illustration|File)\\b|\\[(?:Photo|Image|Picture|File)\\b"
                    + "|\\bPhoto (?:by|courtesy|credit)\\b|\\b[Cc]ourtesy of\\b.{0,60}$|\\bAP Photo\\b|\\bShutterstock\\b|\\bAlamy\\b"
                    + "|\\bREUTERS/|/(?:REUTERS|Reuters|AFP|AP|EPA|EPA-EFE|Getty|Bloomberg|Anadolu|Sipa|PA|dpa|Xinhua|TASS|Sputnik)\\b"
                    + "|\\bvia (?:REUTERS|Reuters|AFP|AP|EPA|Getty|Bloomberg|Anadolu|Sipa|Xinhua|TASS|Sputnik|Wikimedia|Flickr"
                    + "|Unsplash)\\b");
    /** A bracketed group closing a line, e.g. "[Ministry via AFP]", "(Photo: site.org)", "(Reuters)". */
    static final Pattern TRAILING_BRACKET = Pattern.compile("[(\\[]([^()\\[\\]]{2,120})[)\\]]\\s?\\.?$");
    /** Words inside a trailing bracket that make it a credit. */
    static final Pattern CREDIT_WORD = Pattern.compile("\\b(?:[Pp]hotos?|PHOTO|[Ii]mages?|IMAGE|[Pp]icture|[Cc]redit|[Ff]ile|FILE"
            + "|[Cc]ourtesy|[Hh]andout|Reuters|REUTERS|AFP|AP|EPA|Getty|Anadolu|Xinhua|TASS|Sputnik|Bloomberg|Alamy|Shutterstock"
            + "|dpa|Pool|POOL|Sipa|PA Media|Wikimedia|[Aa]ssociated [Pp]ress)\\b|\\bvia \\p{Lu}|\u00a9");

    /**
     * Notices that a page shows in place of, or around, content it could not or would not show: web-archive
     * crawl and collection descriptions, social-media widget texts (tweet location, comment identity), "JavaScript
     * is disabled", video players that failed to load, e-mail verification and author-alert prompts ("get email
     * notifications on ... daily") and reprint notices. A scraper that misses the article keeps only these, so a
     * paragraph opening with one is page furniture however long it is. Each alternative is a phrase family used across many sites.
     */
    static final Pattern SITE_NOTICE = ci("\\b(?:these (?:crawls|files|data) are (?:part of an effort|currently not publicly accessible)"
            + "|(?:focused|wide|web) ?crawls? (?:are|is) (?:a )?collections? of\\b|crawls? performed by (?:the )?internet archive on behalf of|crawl of outlinks"
            + "|(?:donating|donated) their crawl data|the seed for (?:this crawl|\\S{1,30}) was\\b"
            + "|(?:web )?collections? (?:curated|created) by .{1,60} using the archive-it|archive-it partner \\d"
            + "|add location information to your tweets|tweet with a location"
            + "|this will (?:not )?appear (?:next to all of your comments|anywhere on)"
            + "|javascript is (?:disabled|not enabled|turned off) in (?:your|this) browser|proceed to legacy twitter"
            + "|rating is available when the video has been rented|the interactive transcript could not be loaded"
            + "|we have sent you a verification email|click on the link to activate your (?:profile|account)"
            + "|get (?:e-?mail|push) notifications on .{1,60}\\bdaily\\b|your notification has been saved"
            + "|this copy is for your personal,? non-?commercial use only"
            + "|an extension of the \\d{4} end of term project|the end of the end of term project"
            + "|this collection contains web crawls performed|web wide crawl with initial seedlist"
            + "|archive-it enables you to capture|save page capture a web page as it appears now"
            // registration and login widgets
            + "|sign in using your? account with|sign up and get access to special features|use my facebook information "
            + "to fill out my public|connect to your (?:facebook|twitter|google)(?: or (?:facebook|twitter|google))? account "
            + "and we ?'? ?ll fill in your registration)");
}
