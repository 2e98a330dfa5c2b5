"""The preview in a real headless Chromium: it loads, follows a save without a
reload, and shows an error at its line."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.common.exceptions import (
    NoSuchElementException,
    NoSuchFrameException,
    StaleElementReferenceException,
)
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from rejectlet.preview import PreviewServer, PreviewSession

ROOT = Path(__file__).resolve().parents[2]
WAIT = 60.0  # seconds: a bound for a slow machine, not a speed claim
#: The page replaces its frame and lists as new results arrive; an element read
#: just as it is replaced is read again on the next poll.
REPLACED = (StaleElementReferenceException, NoSuchElementException, NoSuchFrameException)


def _program(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is not installed, and the preview browser test needs it: "
                    "run ./setup.sh, which installs it with the other test requirements")
    return found


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[webdriver.Chrome]:
    options = webdriver.ChromeOptions()
    options.binary_location = _program("chromium")
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                 f"--user-data-dir={tmp_path / 'profile'}", "--window-size=1400,1000"):
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=Service(_program("chromedriver")))
    driver.set_page_load_timeout(WAIT)
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture
def pack_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "career-office"
    shutil.copytree(ROOT / "packs" / "classic", folder)
    text = (folder / "pack.yaml").read_text("utf-8")
    (folder / "pack.yaml").write_text(text.replace("name: classic", "name: career-office", 1),
                                      "utf-8")
    return folder


def letter_text(driver: webdriver.Chrome) -> str:
    driver.switch_to.frame(driver.find_element(By.ID, "letter"))
    try:
        return str(driver.find_element(By.TAG_NAME, "body").text)
    finally:
        driver.switch_to.default_content()


def test_a_save_shows_without_a_reload_and_an_error_shows_at_its_line(
        browser: webdriver.Chrome, pack_folder: Path) -> None:
    wait = WebDriverWait(browser, WAIT, ignored_exceptions=REPLACED)
    with PreviewServer(PreviewSession(pack_folder), 0) as server:
        browser.get(server.url)
        wait.until(lambda d: "Northwind Logistics" in letter_text(d))
        wait.until(lambda d: d.execute_script(
            "const i = document.querySelector('#pages img');"
            "return i !== null && i.complete && i.naturalWidth > 0;"))
        browser.execute_script("window.loadedOnce = 'yes';")
        generation = int(browser.find_element(By.TAG_NAME, "body").get_attribute("data-generation"))

        # The sample is edited: the frame shows the new text, the page was not reloaded.
        sample = pack_folder / "samples" / "reply.yaml"
        sample.write_text(sample.read_text("utf-8").replace("Northwind Logistics",
                                                            "Harbourline Freight"), "utf-8")
        wait.until(lambda d: "Harbourline Freight" in letter_text(d))
        assert browser.execute_script("return window.loadedOnce;") == "yes"
        assert int(browser.find_element(By.TAG_NAME, "body")
                   .get_attribute("data-generation")) > generation

        # The pack gets a template error: it is listed at its file and line.
        pack_file = pack_folder / "pack.yaml"
        lines = pack_file.read_text("utf-8").splitlines()
        number = next(i for i, line in enumerate(lines, 1) if "{{" in line)
        lines[number - 1] = lines[number - 1].replace("{{", "{{ (", 1)
        pack_file.write_text("\n".join(lines) + "\n", "utf-8")
        code, text = wait.until(lambda d: d.execute_script(
            "const li = document.querySelector('#diagnostics li.error');"
            "return li === null ? null : [li.dataset.code, li.textContent];"))
        assert code == "RJ301"
        assert f"pack.yaml:{number}" in text
        assert browser.execute_script("return window.loadedOnce;") == "yes"
