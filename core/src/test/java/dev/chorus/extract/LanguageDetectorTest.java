package dev.chorus.extract;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class LanguageDetectorTest {

    private final LanguageDetector detector = new LanguageDetector();

    @Test
    void detectsCommonLanguagesAsIso6391() {
        assertEquals("en", detector.detect(Pages.STORY.get(0) + " " + Pages.STORY.get(1)));
        assertEquals("en", detector.detect("The council voted to close the bridge."));
        assertEquals("de", detector.detect("Der Gemeinderat hat am Dienstagabend beschlossen, die alte Drehbrücke "
                + "über den Kanal für vierzehn Monate zu sperren, weil die Lager stark verrostet sind."));
        assertEquals("es", detector.detect("El ayuntamiento decidió el martes cerrar el viejo puente giratorio "
                + "durante catorce meses, después de que los ingenieros encontraran corrosión en sus apoyos."));
        assertEquals("tr", detector.detect("Belediye meclisi salı akşamı eski döner köprünün on dört ay boyunca "
                + "kapatılmasına karar verdi, çünkü mühendisler yataklarda ciddi paslanma buldu."));
    }

    @Test
    void tooShortOrEmptyTextGivesNull() {
        assertNull(detector.detect(null));
        assertNull(detector.detect(""));
        assertNull(detector.detect("Bridge shut"));
        assertNull(detector.detect("12 345 678 — 90 %"));
        assertNull(detector.detect("xqzv wrtp lmnb kjhg fdsa qwer zzkk"), "gibberish has no clear winner");
    }

    @Test
    void normalisesLanguageTags() {
        assertEquals("en", LanguageDetector.normalise("en-US"));
        assertEquals("pt", LanguageDetector.normalise("pt_BR"));
        assertEquals("de", LanguageDetector.normalise(" DE "));
        assertEquals("fr", LanguageDetector.normalise("fra"));
        assertNull(LanguageDetector.normalise(""));
        assertNull(LanguageDetector.normalise(null));
    }
}
