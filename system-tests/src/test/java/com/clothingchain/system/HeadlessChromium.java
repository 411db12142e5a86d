package com.clothingchain.system;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;

/** Debian's chromium and chromium-driver, headless, for the browser tests ({@code chain.chromium}, {@code chain.chromedriver}). */
final class HeadlessChromium {

    private HeadlessChromium() {
    }

    static WebDriver start() {
        ChromeOptions options = new ChromeOptions()
                .setBinary(System.getProperty("chain.chromium", "/usr/bin/chromium"))
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-quic", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--window-size=1280,900", "--lang=en-US");
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chain.chromedriver", "/usr/bin/chromedriver"))).build();
        return new ChromeDriver(service, options);
    }
}
