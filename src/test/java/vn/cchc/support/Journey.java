package vn.cchc.support;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.cchc.org.CurrentUser;

/** A browser journey against the test server: log in as someone, open pages, click, wait to see a text. */
public final class Journey implements AutoCloseable {

    private final WebDriver browser;
    private final WebDriverWait wait;
    private final int port;

    private Journey(WebDriver browser, int port) {
        this.browser = browser;
        this.wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        this.port = port;
    }

    /** Debian's Chromium on the server's port (skipped outside CI when it is not installed). */
    public static Journey start(int port) {
        return new Journey(Browsers.start(), port);
    }

    public void logIn(CurrentUser user) {
        browser.manage().deleteAllCookies();
        open("/login");
        browser.findElement(By.id("username")).sendKeys(user.getUsername());
        browser.findElement(By.id("password")).sendKeys(Fixture.PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    public void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    /** Opens a full address (another origin than the app's, e.g. a commune website embedding the public site). */
    public void openUrl(String url) {
        browser.get(url);
    }

    /** The visible text of the document inside an iframe of the page ("" when the browser refused to show it). */
    public String frameText(By frame) {
        browser.switchTo().frame(browser.findElement(frame));
        try {
            return browser.findElements(By.tagName("body")).stream().map(b -> b.getText()).findFirst().orElse("");
        } finally {
            browser.switchTo().defaultContent();
        }
    }

    /** The window's width, as on a phone (390) or a laptop (1366); 900 px high. */
    public void resize(int width) {
        browser.manage().window().setSize(new Dimension(width, 900));
    }

    /** How many pixels the page is wider than its window (0 or less: no sideways scrolling). */
    public long overflow() {
        return (Long) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - window.innerWidth;");
    }

    /** The height of the top menu bar: one row of links or several. */
    public long menuHeight() {
        return Math.round(((Number) ((JavascriptExecutor) browser).executeScript(
                "return document.querySelector('nav.navbar').getBoundingClientRect().height;")).doubleValue());
    }

    public WebElement find(By by) {
        return browser.findElement(by);
    }

    /** Clicks after scrolling the element into view (forms can reach below the headless window's edge). */
    public void click(By by) {
        WebElement element = browser.findElement(by);
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        try {
            element.click();
        } catch (ElementClickInterceptedException covered) {
            js.executeScript("arguments[0].click()", element);
        }
    }

    /** Waits until the element is shown (e.g. in a menu that slides open). */
    public void seeElement(By by) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Waits until the page's main part shows the text. */
    public void see(String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), text));
    }

    /** Whether leaving the page now would ask first: a page's beforeunload handler cancels the event. */
    public boolean wouldAskBeforeLeaving() {
        return (Boolean) ((JavascriptExecutor) browser).executeScript(
                "var e = new Event('beforeunload', {cancelable: true}); window.dispatchEvent(e); return e.defaultPrevented;");
    }

    public String main() {
        return browser.findElement(By.tagName("main")).getText();
    }

    public void waitForUrl(String regex) {
        wait.until(ExpectedConditions.urlMatches(regex));
    }

    public String url() {
        return browser.getCurrentUrl();
    }

    /** Saves the whole page, as tall as it is, at the window's width (for docs/screenshots). */
    public void screenshot(java.nio.file.Path file) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        int width = browser.manage().window().getSize().getWidth();
        long height = (Long) js.executeScript("return Math.ceil(document.documentElement.scrollHeight);");
        browser.manage().window().setSize(new Dimension(width, (int) Math.min(height + 120, 8000)));
        js.executeScript("window.scrollTo({top: 0, behavior: 'instant'})");
        try {
            java.nio.file.Files.createDirectories(file.getParent());
            java.nio.file.Files.write(file, ((org.openqa.selenium.TakesScreenshot) browser)
                    .getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            browser.manage().window().setSize(new Dimension(width, 900));
        }
    }

    /** Runs a script in the page and returns its value. */
    public Object script(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    @Override
    public void close() {
        browser.quit();
    }
}
