package org.appsupervision.e2e.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium driven through Debian's chromedriver, for the portal's browser tests: log in
 * and out, open pages, switch language, keep screenshots under {@code target/screenshots/}, and
 * collect what the browser's console said (Content-Security-Policy violations in particular).
 */
public final class PortalBrowser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final String baseUrl;
    private final ChromeDriver driver;
    private final Path screenshots;
    private final List<String> console = new ArrayList<>();

    private PortalBrowser(String baseUrl, ChromeDriver driver, Path screenshots) {
        this.baseUrl = baseUrl;
        this.driver = driver;
        this.screenshots = screenshots;
    }

    /** Whether this machine has Debian's Chromium and its driver (the tests are skipped otherwise). */
    public static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /** Starts the browser against the gateway's base URL; the profile and screenshots live under {@code target/}. */
    public static PortalBrowser start(String baseUrl) {
        Path target = Path.of("target").toAbsolutePath();
        try {
            Path profile = Files.createTempDirectory(Files.createDirectories(target), "chromium-profile-");
            Path screenshots = Files.createDirectories(target.resolve("screenshots"));
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--user-data-dir=" + profile, "--window-size=1280,1000",
                    "--lang=zh-CN");
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
            return new PortalBrowser(baseUrl, new ChromeDriver(service, options), screenshots);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a path of the portal, for example {@code /portal}. */
    public PortalBrowser open(String path) {
        driver.get(baseUrl + path);
        collectConsole();
        return this;
    }

    /** Logs in through the login form and waits for the page it leads to. */
    public PortalBrowser login(String username, String password) {
        if (!driver.getCurrentUrl().contains("/login")) {
            open("/login");
        }
        WebElement name = driver.findElement(By.id("username"));
        name.clear();
        name.sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("form.stacked-form button[type=submit]")).click();
        waitUntil(d -> !d.getCurrentUrl().contains("/login"));
        collectConsole();
        return this;
    }

    /** Logs out with the header's button. */
    public PortalBrowser logout() {
        driver.findElement(By.cssSelector("header form[action='/logout'] button")).click();
        waitUntil(d -> d.getCurrentUrl().contains("/login"));
        collectConsole();
        return this;
    }

    /** Follows the header's language switch. */
    public PortalBrowser switchLanguage() {
        String before = htmlLang();
        driver.findElement(By.cssSelector("a.lang-switch")).click();
        waitUntil(d -> !before.equals(htmlLang()));
        collectConsole();
        return this;
    }

    public String htmlLang() {
        return driver.findElement(By.tagName("html")).getAttribute("lang");
    }

    public String path() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    public String text(By by) {
        return driver.findElement(by).getText();
    }

    public List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    public void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(condition::apply);
    }

    public void waitFor(By by) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    /** Saves a screenshot of the window as {@code target/screenshots/<name>.png}, optionally at a narrow width. */
    public Path screenshot(String name, boolean narrow) {
        Dimension size = driver.manage().window().getSize();
        if (narrow) {
            driver.manage().window().setSize(new Dimension(390, 1000));
        }
        try {
            Path file = screenshots.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (narrow) {
                driver.manage().window().setSize(size);
            }
        }
    }

    /** Everything the console said since the browser started (each entry once). */
    public List<String> console() {
        collectConsole();
        return List.copyOf(console);
    }

    /** The console's Content-Security-Policy violations. */
    public List<String> cspViolations() {
        return console().stream().filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy")).toList();
    }

    private void collectConsole() {
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            console.add(entry.getLevel() + " " + entry.getMessage());
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
