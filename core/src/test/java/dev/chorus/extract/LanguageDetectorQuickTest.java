package dev.chorus.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The first, model-free stage of {@link LanguageDetector}: scripts and function words. */
class LanguageDetectorQuickTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        en | The council said on Tuesday that the old bridge would be closed for repairs, and that the ferry will run until it opens again.
        de | Der Stadtrat hat am Dienstag beschlossen, dass die alte Brücke über den Fluss für ein Jahr gesperrt wird, weil sie nicht mehr sicher ist.
        fr | Le conseil municipal a décidé mardi que le vieux pont sera fermé pour des travaux, et que le bac sera mis en service pendant ce temps.
        es | El ayuntamiento dijo el martes que el viejo puente estará cerrado durante un año, porque los ingenieros encontraron grietas en sus pilares.
        pt | A câmara municipal disse na terça-feira que a velha ponte vai ficar fechada durante um ano, porque os engenheiros não confiam nos pilares.
        it | Il consiglio comunale ha deciso martedì che il vecchio ponte sarà chiuso per un anno, perché gli ingegneri hanno trovato delle crepe nei piloni.
        nl | De gemeenteraad heeft dinsdag besloten dat de oude brug een jaar dicht gaat, omdat er scheuren in de pijlers zijn gevonden door de ingenieurs.
        sv | Kommunfullmäktige beslutade i tisdags att den gamla bron ska stängas i ett år, eftersom ingenjörerna har hittat sprickor i pelarna och det är inte säkert.
        da | Byrådet besluttede i tirsdags, at den gamle bro skal lukkes i et år, fordi ingeniørerne har fundet revner i søjlerne, og der er ikke noget at gøre.
        nb | Bystyret bestemte på tirsdag at den gamle brua skal stenges i et år, fordi ingeniørene har funnet sprekker i pilarene, og det er ikke noe å gjøre med det.
        fi | Kaupunginvaltuusto päätti tiistaina, että vanha silta suljetaan vuodeksi, koska insinöörit ovat löytäneet halkeamia ja se ei ole enää turvallinen, mutta lautta kulkee.
        pl | Rada miasta zdecydowała we wtorek, że stary most zostanie zamknięty na rok, ponieważ inżynierowie znaleźli pęknięcia w filarach i nie jest już bezpieczny.
        cs | Městská rada v úterý rozhodla, že starý most bude na rok uzavřen, protože inženýři našli trhliny v pilířích a most již není bezpečný pro auta.
        sk | Mestská rada v utorok rozhodla, že starý most bude na rok zatvorený, pretože inžinieri našli trhliny v pilieroch a most už nie je bezpečný pre autá.
        ro | Consiliul local a decis marți că podul vechi va fi închis pentru un an, pentru că inginerii au găsit fisuri în pilonii care îl susțin.
        hu | A városi tanács kedden úgy döntött, hogy a régi hidat egy évre lezárják, mert a mérnökök repedéseket találtak a pillérekben, és már nem biztonságos.
        tr | Belediye meclisi salı günü eski köprünün bir yıl boyunca kapatılmasına karar verdi, çünkü mühendisler ayaklarda çatlaklar buldu ve köprü artık güvenli değil.
        id | Dewan kota memutuskan pada hari Selasa bahwa jembatan tua itu akan ditutup selama satu tahun, karena para insinyur menemukan retakan pada tiang yang tidak bisa diperbaiki.
        hr | Gradsko vijeće odlučilo je u utorak da će stari most biti zatvoren godinu dana, jer su inženjeri pronašli pukotine u stupovima, a također nije jasno gdje će se graditi novi.
        sr | Gradsko veće je odlučilo u utorak da će stari most biti zatvoren godinu dana, jer su inženjeri pronašli pukotine na stubovima, a takođe nije jasno gde će se graditi novi.
        ru | Городской совет во вторник решил, что старый мост будет закрыт на год, потому что инженеры нашли трещины в опорах, и он больше не безопасен для машин.
        uk | Міська рада у вівторок вирішила, що старий міст буде закрито на рік, тому що інженери знайшли тріщини в опорах, і він вже не безпечний для машин.
        bg | Общинският съвет реши във вторник, че старият мост ще бъде затворен за една година, защото инженерите са открили пукнатини в стълбовете и той не е безопасен.
        ja | 市議会は火曜日、古い橋を一年間閉鎖することを決めた。技術者が橋脚にひびを見つけたためだという。
        zh | 市议会星期二决定将旧桥关闭一年，因为工程师在桥墩上发现了裂缝，桥已经不再安全。
        ko | 시의회는 화요일에 오래된 다리를 일 년 동안 폐쇄하기로 결정했다. 기술자들이 교각에서 균열을 발견했기 때문이다.
        el | Το δημοτικό συμβούλιο αποφάσισε την Τρίτη ότι η παλιά γέφυρα θα κλείσει για ένα χρόνο, επειδή οι μηχανικοί βρήκαν ρωγμές.
        he | מועצת העיר החליטה ביום שלישי לסגור את הגשר הישן לשנה, כי המהנדסים מצאו סדקים בעמודים.
        th | สภาเมืองตัดสินใจเมื่อวันอังคารว่าจะปิดสะพานเก่าเป็นเวลาหนึ่งปี เพราะวิศวกรพบรอยร้าวที่เสาสะพาน
        ar | قرر مجلس المدينة يوم الثلاثاء إغلاق الجسر القديم لمدة عام، لأن المهندسين وجدوا شقوقا في الأعمدة.
        fa | شورای شهر روز سه شنبه تصمیم گرفت که پل قدیمی را برای یک سال ببندد، چون مهندسان در پایه ها ترک پیدا کردند.
        ur | شہر کی کونسل نے منگل کو فیصلہ کیا کہ پرانا پل ایک سال کے لیے بند رہے گا، کیونکہ انجینئروں کو ستونوں میں دراڑیں ملی ہیں۔
        ka | ქალაქის საბჭომ სამშაბათს გადაწყვიტა, რომ ძველი ხიდი ერთი წლით დაიხურება, რადგან ინჟინრებმა ბზარები იპოვეს.
        """)
    void isRightOrLeavesItToTheModel(String language, String text) {
        String quick = LanguageDetector.quick(text);
        if (quick != null) {
            assertEquals(language, quick, "the first stage may abstain but must not be wrong");
        }
        assertEquals(language, new LanguageDetector().detect(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        en | The council said on Tuesday that the old bridge would be closed for repairs, and that the ferry will run until it opens again.
        de | Der Stadtrat hat am Dienstag beschlossen, dass die alte Brücke über den Fluss für ein Jahr gesperrt wird, weil sie nicht mehr sicher ist.
        fr | Le conseil municipal a décidé mardi que le vieux pont sera fermé pour des travaux, et que le bac sera mis en service pendant ce temps.
        es | El ayuntamiento dijo el martes que el viejo puente estará cerrado durante un año, porque los ingenieros encontraron grietas en sus pilares.
        it | Il consiglio comunale ha deciso martedì che il vecchio ponte sarà chiuso per un anno, perché gli ingegneri hanno trovato delle crepe nei piloni.
        nl | De gemeenteraad heeft dinsdag besloten dat de oude brug een jaar dicht gaat, omdat er scheuren in de pijlers zijn gevonden door de ingenieurs.
        ru | Городской совет во вторник решил, что старый мост будет закрыт на год, потому что инженеры нашли трещины в опорах, и он больше не безопасен для машин.
        ja | 市議会は火曜日、古い橋を一年間閉鎖することを決めた。技術者が橋脚にひびを見つけたためだという。
        zh | 市议会星期二决定将旧桥关闭一年，因为工程师在桥墩上发现了裂缝，桥已经不再安全。
        ko | 시의회는 화요일에 오래된 다리를 일 년 동안 폐쇄하기로 결정했다. 기술자들이 교각에서 균열을 발견했기 때문이다.
        el | Το δημοτικό συμβούλιο αποφάσισε την Τρίτη ότι η παλιά γέφυρα θα κλείσει για ένα χρόνο, επειδή οι μηχανικοί βρήκαν ρωγμές.
        ar | قرر مجلس المدينة يوم الثلاثاء إغلاق الجسر القديم لمدة عام، لأن المهندسين وجدوا شقوقا في الأعمدة.
        fa | شورای شهر روز سه شنبه تصمیم گرفت که پل قدیمی را برای یک سال ببندد، چون مهندسان در پایه ها ترک پیدا کردند.
        ur | شہر کی کونسل نے منگل کو فیصلہ کیا کہ پرانا پل ایک سال کے لیے بند رہے گا، کیونکہ انجینئروں کو ستونوں میں دراڑیں ملی ہیں۔
        """)
    void commonLanguagesAndScriptsNeedNoModel(String language, String text) {
        assertEquals(language, LanguageDetector.quick(text));
    }

    @Test
    void nearPairsAreToldApartByTheirOwnWords() {
        // Spanish and Portuguese share most short words; "não", "você", "muito" vs "muy", "pero", "según" decide.
        assertEquals("es", LanguageDetector.quick("Según el alcalde, la obra no es muy cara, pero hay que esperar "
                + "porque el dinero del estado todavía no ha llegado a la ciudad."));
        assertEquals("pt", LanguageDetector.quick("Segundo o prefeito, a obra não é muito cara, mas é preciso "
                + "esperar porque o dinheiro do estado ainda não chegou à cidade."));
        // Danish and Norwegian: af/av, efter/etter, blev/ble, meget/mye, havde/hadde.
        assertEquals("da", LanguageDetector.quick("Efter mødet blev det klart, at borgmesteren havde meget travlt, "
                + "og han sagde, at han kun ville svare på et af spørgsmålene."));
        assertEquals("nb", LanguageDetector.quick("Etter møtet ble det klart at ordføreren hadde mye å gjøre, og han "
                + "sa at han bare ville svare på ett av spørsmålene."));
        // Czech and Slovak: se/sa, jsou/sú, který/ktorý, také/tiež, jako/ako.
        assertEquals("cs", LanguageDetector.quick("Starosta řekl, že se o tom bude jednat, protože lidé, kteří tam "
                + "bydlí, jsou také proti a není to jen jejich problém."));
        assertEquals("sk", LanguageDetector.quick("Starosta povedal, že sa o tom bude rokovať, pretože ľudia, ktorí "
                + "tam bývajú, sú tiež proti a nie je to len ich problém."));
        // Russian and Ukrainian: и/і, что/що, он/він, был/був.
        assertEquals("ru", LanguageDetector.quick("Мэр сказал, что он уже знал об этом, но решение было принято "
                + "только после того, как жители написали письмо."));
        assertEquals("uk", LanguageDetector.quick("Мер сказав, що він вже знав про це, але рішення було ухвалено "
                + "тільки після того, як мешканці написали листа."));
        // Serbian (ekavian, Latin) and Croatian (ijekavian): gde/gdje, deo/dio, posle/poslije, takođe/također.
        assertEquals("sr", LanguageDetector.quick("Gradonačelnik je rekao da će posle sastanka objaviti gde će biti "
                + "novi most, a takođe i koji deo grada će biti zatvoren."));
        assertEquals("hr", LanguageDetector.quick("Gradonačelnik je rekao da će poslije sastanka objaviti gdje će biti "
                + "novi most, a također i koji dio grada će biti zatvoren."));
    }

    @Test
    void leavesShortMixedOrUnlistedTextToTheModel() {
        assertNull(LanguageDetector.quick("Internationalisation Ministerpräsident"), "two words are too few");
        assertNull(LanguageDetector.quick("Bridge closed for repairs until spring"), "six words are too few");
        assertNull(LanguageDetector.quick("xqzv wrtp lmnb kjhg fdsa qwer zzkk plom trew nbvc"), "no function words");
        assertNull(LanguageDetector.quick("Palm Bay 18 22 13 17 70 Rockledge 14 11 6 15 44 Melbourne Viera Cocoa "
                + "Satellite Eau Gallie Titusville Astronaut Merritt Island"), "names and scores, no sentences");
        // Hindi, Marathi and Nepali share Devanagari: the model decides.
        assertNull(LanguageDetector.quick("नगर परिषद ने मंगलवार को पुराने पुल को एक साल के लिए बंद करने का फैसला किया।"));
        // Hebrew script with Yiddish's ligatures is not Hebrew.
        assertNull(LanguageDetector.quick("דער שטאָטראַט האָט באַשלאָסן צו פֿאַרמאַכן די אַלטע בריק אויף אַ יאָר, ווײַל זי איז ניט זיכער"));
        // Half Latin, half Cyrillic: no script has a clear majority.
        assertNull(LanguageDetector.quick("The mayor said the bridge will close. Мэр сказал, что мост закроют."));
    }
}
