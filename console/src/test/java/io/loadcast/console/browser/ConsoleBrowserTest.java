package io.loadcast.console.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The page in a real headless chromium against the services' REST APIs at the HTTP boundary. Screenshots go to
 * {@code target/screenshots}. The degradation test stops a service, so it runs last.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserTest {

    static final StubSuite STUBS = StubSuite.start();
    static ChromeDriver browser;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("loadcast.console.ingest-url", STUBS.ingest::url);
        registry.add("loadcast.console.forecast-url", STUBS.forecast::url);
        registry.add("loadcast.console.registry-url", STUBS.registry::url);
        registry.add("loadcast.console.rag-url", STUBS.rag::url);
    }

    @BeforeAll
    static void openBrowser() throws Exception {
        // the pages are tested in a real browser or the build fails: a skipped browser test would pass unseen
        assertThat(HeadlessChromium.installed())
                .as("/usr/bin/chromium and /usr/bin/chromedriver are needed for the console's browser tests"
                        + " (apt-get install -y chromium chromium-driver)")
                .isTrue();
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void closeBrowser() throws Exception {
        if (browser != null) {
            HeadlessChromium.stop(browser);
        }
        STUBS.stop();
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    private void open(String hash) {
        // via a blank page, so that a URL differing only in its fragment still loads the page afresh
        browser.get("about:blank");
        browser.get("http://localhost:" + port + "/" + hash);
    }

    private WebElement chart() {
        return browser.findElement(By.id("chart"));
    }

    private String path(String cssClass) {
        return chart().findElement(By.cssSelector("path." + cssClass)).getAttribute("d");
    }

    @Test
    @Order(1)
    void chartDrawsAWeekOfActualsAgainstTheForecastAndItsBand() throws Exception {
        open("");
        waiting()
                .until(d -> "GB-ND".equals(chart().getAttribute("data-series"))
                        && !"0".equals(chart().getAttribute("data-forecast-points")));

        // GB-ND is a historic import ending in January 2024: the page found its last week through daily buckets
        assertThat(chart().getAttribute("data-actual-points")).isEqualTo(String.valueOf(7 * 48));
        assertThat(chart().getAttribute("data-forecast-points")).isEqualTo("48");
        assertThat(path("actual").split("L")).hasSize(7 * 48);
        assertThat(path("forecast").split("L")).hasSize(48);
        assertThat(path("band80")).startsWith("M").endsWith("Z");
        assertThat(path("band95")).startsWith("M").endsWith("Z");
        JsonNode request = STUBS.forecast.calls().stream()
                .filter(c -> c.path().equals("/api/v1/forecasts"))
                .reduce((a, b) -> b)
                .orElseThrow()
                .body();
        assertThat(request.path("seriesId").asString()).isEqualTo("GB-ND");
        assertThat(request.path("horizon").asInt()).isEqualTo(48);
        // "last day" view: the forecast is issued as of a day before the last reading, to compare with actuals
        assertThat(Instant.parse(request.path("origin").asString()))
                .isEqualTo(StubSuite.GRID_END.minus(Duration.ofDays(1)));
        waiting().until(d -> !d.findElements(By.id("live-error")).isEmpty());
        assertThat(browser.findElement(By.id("live-error")).getText())
                .contains("MAPE")
                .contains("80% coverage");
        HeadlessChromium.screenshot(browser, "01-overview");
    }

    @Test
    @Order(2)
    void sidePanelsShowServingModelCanaryDriftAndTrainingProgress() throws Exception {
        open("#GB-ND");
        waiting()
                .until(d -> !d.findElements(By.id("serving")).isEmpty()
                        && !d.findElements(By.cssSelector("#model-panel .canary"))
                                .isEmpty()
                        && !d.findElements(By.id("drift-state")).isEmpty()
                        && !d.findElements(By.cssSelector("#runs-panel li[data-status]"))
                                .isEmpty());

        assertThat(browser.findElement(By.id("serving")).getText()).isEqualTo(StubSuite.MODEL + " v7");
        WebElement canary = browser.findElement(By.cssSelector("#model-panel .canary"));
        assertThat(canary.getAttribute("data-share")).isEqualTo("0.1");
        assertThat(canary.getText()).contains("10%");
        assertThat(browser.findElement(By.id("model-panel")).getText()).contains("champion → v7");
        assertThat(browser.findElement(By.id("drift-state")).getText()).isEqualToIgnoringCase("drifting");
        assertThat(browser.findElements(By.cssSelector("#error-panel tr.drifted")))
                .singleElement()
                .satisfies(row -> assertThat(row.getText()).contains("PSI").contains("0.27"));
        List<WebElement> runs = browser.findElements(By.cssSelector("#runs-panel li[data-status]"));
        assertThat(runs).hasSize(2);
        assertThat(runs.get(0).getText()).contains("epoch 12 / 30").contains("eta 1 min 35 s");
        assertThat(runs.get(0).findElement(By.cssSelector(".bar span")).getAttribute("style"))
                .contains("width: 40%");
    }

    @Test
    @Order(3)
    void choosingAnotherSeriesRedrawsTheChart() throws Exception {
        open("#GB-ND");
        waiting()
                .until(d -> "GB-ND".equals(chart().getAttribute("data-series"))
                        && !"0".equals(chart().getAttribute("data-forecast-points")));
        String before = path("actual");

        new Select(browser.findElement(By.id("series"))).selectByValue("site-0042");

        waiting()
                .until(d -> "site-0042".equals(chart().getAttribute("data-series"))
                        && !"0".equals(chart().getAttribute("data-forecast-points")));
        assertThat(path("actual")).isNotEqualTo(before);
        assertThat(browser.findElement(By.id("chart-title")).getText()).isEqualTo("site-0042 · kW");
        assertThat(STUBS.ingest.calls())
                .anySatisfy(c -> assertThat(c.path()).isEqualTo("/api/v1/series/site-0042/readings"));
        assertThat(browser.getCurrentUrl()).endsWith("#site-0042");
        HeadlessChromium.screenshot(browser, "02-series-site-0042");
    }

    @Test
    @Order(4)
    void chatAnswersWithACitation() throws Exception {
        open("#GB-ND");
        WebElement question = browser.findElement(By.id("chat-question"));
        question.sendKeys("Why is demand highest on winter weekday evenings?");
        browser.findElement(By.id("chat-send")).click();

        WebElement answer = waiting()
                .until(d -> d.findElements(By.cssSelector(".msg.a.answered")).stream()
                        .findFirst()
                        .orElse(null));
        assertThat(answer.getText()).contains("between 17:00 and 18:30");
        assertThat(answer.findElements(By.cssSelector("ol.citations li.citation")))
                .singleElement()
                .satisfies(c -> assertThat(c.getText()).contains("NESO Winter Outlook 2023/24"));
        List<StubService.Call> ragCalls = STUBS.rag.calls();
        StubService.Call call = ragCalls.get(ragCalls.size() - 1);
        assertThat(call.body().path("question").asString())
                .isEqualTo("Why is demand highest on winter weekday evenings?");
        assertThat(call.body().path("sessionId").asString()).isNotBlank();
        HeadlessChromium.screenshot(browser, "03-chat");
    }

    @Test
    @Order(5)
    void sendsTheTypedApiKeyOnWritesOnly() throws Exception {
        open("#GB-ND");
        WebElement key = browser.findElement(By.id("api-key"));
        key.sendKeys("operator-key-123\t");
        int before = STUBS.forecast.calls().size();
        new Select(browser.findElement(By.id("mode"))).selectByValue("ahead");

        waiting()
                .until(d -> STUBS.forecast.calls().stream()
                        .skip(before)
                        .anyMatch(c -> c.path().equals("/api/v1/forecasts")));
        List<StubService.Call> all = STUBS.forecast.calls();
        List<StubService.Call> calls = all.subList(before, all.size());
        assertThat(calls)
                .filteredOn(c -> c.method().equals("POST"))
                .allSatisfy(c -> assertThat(c.apiKey()).isEqualTo("operator-key-123"));
        assertThat(calls)
                .filteredOn(c -> c.method().equals("GET"))
                .allSatisfy(c -> assertThat(c.apiKey()).isNull());
        browser.executeScript("sessionStorage.clear()");
    }

    @Test
    @Order(6)
    void saysWhichServiceFailsAndKeepsTheRestWorking() throws Exception {
        STUBS.forecastApi.driftAvailable = false;
        STUBS.registry.stop();
        open("#GB-ND");

        waiting()
                .until(d -> !"0".equals(chart().getAttribute("data-forecast-points"))
                        && d.findElement(By.id("model-panel")).getText().contains("unreachable")
                        && d.findElement(By.id("error-panel")).getText().contains("No drift statistics"));
        assertThat(chart().getAttribute("data-actual-points")).isEqualTo(String.valueOf(7 * 48));
        assertThat(browser.findElement(By.id("model-panel")).getText())
                .contains("registry-service is unreachable")
                .contains(StubSuite.MODEL + " v7");
        assertThat(browser.findElement(By.cssSelector("li[data-service='registry-service'] .dot"))
                        .getAttribute("class"))
                .contains("down");
        assertThat(browser.findElement(By.cssSelector("li[data-service='ingest-service'] .dot"))
                        .getAttribute("class"))
                .contains("up");
        HeadlessChromium.screenshot(browser, "04-registry-down");

        STUBS.ingest.stop();
        open("");
        waiting().until(d -> d.findElement(By.id("chart-status")).getText().contains("Cannot list series"));
        assertThat(browser.findElement(By.id("chart-status")).getText())
                .isEqualTo("Cannot list series: ingest-service is unreachable (network error).");
        browser.findElement(By.id("chat-question")).sendKeys("What is a settlement period?\n");
        WebElement answer = waiting()
                .until(d -> d.findElements(By.cssSelector(".msg.a.answered")).stream()
                        .findFirst()
                        .orElse(null));
        assertThat(answer.getText()).contains("48 half-hour settlement periods");
        HeadlessChromium.screenshot(browser, "05-ingest-down-chat-works");
    }
}
