package dev.chorus.server;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The web UI in a real browser: headless Chromium from the Debian packages {@code chromium} and
 * {@code chromium-driver} (installed by {@code .ci/run}), driven by Selenium, against the server on a free port
 * serving the examples corpus and the hostile story. Screenshots at desktop and phone widths go to
 * {@code server/target/screenshots/}. Skipped, with a message, where Chromium or its driver is not installed.
 */
class BrowserTest {

    private static final Path CHROMIUM = Path.of(System.getProperty("chorus.chromium", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getProperty("chorus.chromedriver", "/usr/bin/chromedriver"));
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static ChorusServer server;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "browser tests skipped: " + CHROMIUM + " or " + DRIVER + " not installed "
                        + "(apt-get install chromium chromium-driver; .ci/run does this in CI)");
        Files.createDirectories(SCREENSHOTS);
        server = ChorusServer.start(Fixtures.store(), null, "127.0.0.1", 0);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // --no-sandbox: CI runs as root, where Chromium's sandbox cannot start
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--no-first-run", "--disable-extensions", "--hide-scrollbars", "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void listSearchStoryAndArticleOnADesktop() {
        desktop();
        browser.get(server.url());
        List<String> headlines = texts(".card h2");
        assertTrue(headlines.contains("Port Marren closes three bridges after footbridge collapse"), headlines.toString());
        assertFalse(browser.findElements(By.cssSelector(".facet[data-facet=outlet] li")).isEmpty(), "outlet facet counts");
        screenshot("list-desktop");

        WebElement box = browser.findElement(By.cssSelector("header input[name=q]"));
        box.sendKeys("footbridge injured");
        box.submit();
        assertTrue(browser.findElement(By.cssSelector(".bar h1")).getText().contains("footbridge injured"));
        screenshot("search-desktop");
        browser.findElement(By.linkText("Port Marren closes three bridges after footbridge collapse")).click();

        assertEquals("Port Marren closes three bridges after footbridge collapse", browser.findElement(By.tagName("h1")).getText());
        assertEquals(5, browser.findElements(By.cssSelector(".sources .source")).size());
        List<WebElement> rows = browser.findElements(By.cssSelector("table.grid tbody tr"));
        assertTrue(rows.size() >= 5, "one row a claim: " + rows.size());
        assertEquals(6, browser.findElements(By.cssSelector("table.grid thead th")).size(), "claim column + 5 sources");
        List<WebElement> contradictions = browser.findElements(By.cssSelector("table.grid td.contradicts"));
        assertFalse(contradictions.isEmpty(), "the grid shows who contradicts");
        assertTrue(texts("table.grid td.contradicts").contains("✕ Fifteen"), texts("table.grid td.contradicts").toString());
        assertTrue(contradictions.getFirst().isDisplayed());
        assertTrue(rows.getFirst().getAttribute("class").contains("contested"), "contested claims come first");
        String red = contradictions.getFirst().getCssValue("color");
        assertTrue(red.contains("179, 38, 30"), "the stylesheet is applied: " + red);

        List<String> conflicts = texts(".conflict h3");
        assertEquals(List.of("how many people were injured", "when the footbridge opened"), conflicts);
        assertTrue(browser.findElement(By.cssSelector(".conflict")).getText().contains("Fifteen"));
        assertFalse(browser.findElements(By.cssSelector(".summary .cite")).isEmpty(), "the summary cites its sources");
        assertFalse(texts(".speaker h3").isEmpty(), "quotes grouped by speaker");
        assertTrue(browser.findElement(By.id("copies")).getText().contains("copies"), "copy relations");
        fullPageScreenshot("story-desktop");

        browser.findElement(By.cssSelector("#src-2 h3 a")).click();
        assertTrue(browser.getCurrentUrl().contains("/articles/"));
        WebElement removed = browser.findElement(By.cssSelector("details.removed"));
        WebElement firstRemoved = removed.findElements(By.cssSelector("li")).getFirst();
        assertFalse(firstRemoved.isDisplayed(), "boilerplate is hidden until asked for");
        removed.findElement(By.tagName("summary")).click();
        assertTrue(firstRemoved.isDisplayed(), "and shown on demand");
        fullPageScreenshot("article-desktop");
    }

    @Test
    void pagesFitAPhone() {
        phone();
        browser.get(server.url());
        assertNoSidewaysScroll("list");
        screenshot("list-phone");
        browser.get(server.url() + "stories/" + Fixtures.examples().stories().getFirst().id());
        assertNoSidewaysScroll("story");
        assertTrue(browser.findElement(By.cssSelector("table.grid")).isDisplayed());
        fullPageScreenshot("story-phone");
    }

    @Test
    void hostileArticleTextRunsNothing() {
        desktop();
        browser.get(server.url() + "stories/" + Fixtures.HOSTILE_STORY);
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains("<script>"), "shown as text");
        assertEquals("Headline " + Fixtures.SCRIPT + " · Chorus", browser.getTitle(), "the script did not set the title");
        assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert());
        browser.get(server.url() + "articles/" + Html.encode(Fixtures.HOSTILE_ARTICLE));
        assertTrue(browser.getTitle().startsWith("Bridge <script>"), browser.getTitle());
        assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert());
        screenshot("hostile-article-desktop");
    }

    private static void desktop() {
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    private static void phone() {
        browser.manage().window().setSize(new Dimension(390, 844));
    }

    private static void assertNoSidewaysScroll(String page) {
        long overflow = (Long) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        Object wide = ((JavascriptExecutor) browser).executeScript(
                "return [...document.querySelectorAll('body *')]"
                        + ".filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1 && !e.closest('.grid-wrap *'))"
                        + ".slice(0, 8).map(e => e.tagName + '.' + e.className + ':' + Math.round(e.getBoundingClientRect().width)).join(', ');");
        assertTrue(overflow <= 0, page + " scrolls sideways by " + overflow + " px on a phone: " + wide);
    }

    private static List<String> texts(String css) {
        return browser.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    /** The whole page: the window is made as tall as the document, then put back. */
    private static void fullPageScreenshot(String name) {
        Dimension before = browser.manage().window().getSize();
        long height = (Long) ((JavascriptExecutor) browser).executeScript(
                "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight);");
        browser.manage().window().setSize(new Dimension(before.getWidth(), (int) Math.min(height + 120, 8000)));
        screenshot(name);
        browser.manage().window().setSize(before);
    }

    private static void screenshot(String name) {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        try {
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
