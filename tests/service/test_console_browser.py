"""The review console in a real headless browser (Debian's chromium + chromedriver, selenium):
sign in, open the queue, open a ticket with real evidence, decide it with the keyboard, see the
state and the audit entry change; a form without its CSRF token is refused.

``ORIGIN_CONSOLE_SCREENSHOT=docs/console.png`` writes the README's screenshot of the ticket page.
"""
import os
import shutil
import socket
import threading
import time
from datetime import datetime, timezone
from pathlib import Path

import pytest

from origin import synthetic

from .conftest import make_service

CHROMIUM, CHROMEDRIVER = shutil.which("chromium"), shutil.which("chromedriver")
if not (CHROMIUM and CHROMEDRIVER) and not os.environ.get("CI"):
    pytest.skip("needs Debian's chromium and chromium-driver (.ci/run installs them)",
                allow_module_level=True)

from selenium import webdriver  # noqa: E402
from selenium.webdriver.chrome.service import Service as DriverService  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support import expected_conditions  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402


@pytest.fixture
def served(tmp_path, media):
    """The app on a real socket on 127.0.0.1, with a review ticket backed by a real match: an
    upload that claims to predate the original it copies (first-publisher flip)."""
    import uvicorn

    service = make_service(tmp_path)
    added = list(service.workspace.add_originals([media["original_a"]], owner="creator",
                                                 title="Harbour at dawn"))
    assert added[0].status == "added"
    synthetic.apply_transform(media["original_a"], service.uploads / "reupload.mp4", "hflip",
                              seed=5)
    scanned = service.client.post("/v1/scans", headers=service.auth("scanner"), json={
        "paths": ["reupload.mp4"], "uploader": "early-bird", "wait": 60,
        "uploaded_at": datetime(2020, 1, 1, tzinfo=timezone.utc).isoformat()}).json()
    (record,) = scanned["results"]
    assert record["matches"][0]["decision"] == "review", record
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(service.app, host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield service, f"http://127.0.0.1:{port}", record["matches"][0]["ticket"]
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture
def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                 "--window-size=1280,1400"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=DriverService(executable_path=CHROMEDRIVER),
                              options=options)
    driver.implicitly_wait(5)
    yield driver
    driver.quit()


def test_a_reviewer_signs_in_opens_a_ticket_and_decides_it(served, browser, tmp_path):
    service, base, ticket_id = served
    wait = WebDriverWait(browser, 15)
    browser.get(f"{base}/review/")
    assert browser.current_url.endswith("/review/login")
    browser.find_element(By.ID, "key").send_keys(service.tokens["alice"])
    browser.find_element(By.ID, "sign-in").click()
    wait.until(expected_conditions.url_contains("/review/queue"))
    row = browser.find_element(By.CSS_SELECTOR, f'tr[data-href$="/tickets/{ticket_id}"]')
    assert "first_publisher_flip" in row.text and "working days" in row.text
    assert not [c for c in browser.get_cookies() if c["name"] == "origin_review"
                and not c["httpOnly"]]

    body = browser.find_element(By.TAG_NAME, "body")
    body.send_keys("j")                                    # keyboard: select, then open
    body.send_keys("o")
    wait.until(expected_conditions.url_contains(f"/tickets/{ticket_id}"))
    assert browser.find_element(By.ID, "ticket-state").text == "received"
    thumbnails = browser.find_elements(By.CSS_SELECTOR, ".pair img")
    assert len(thumbnails) >= 6 and all(
        img.get_attribute("src").startswith("data:image/jpeg") for img in thumbnails)
    assert browser.find_element(By.CSS_SELECTOR, ".plot svg polyline")
    shot = Path(os.environ.get("ORIGIN_CONSOLE_SCREENSHOT", tmp_path / "console.png"))
    shot.parent.mkdir(parents=True, exist_ok=True)
    browser.save_screenshot(str(shot))
    assert shot.stat().st_size > 10_000

    browser.execute_script("document.querySelector('#decide input[name=csrf]').remove()")
    browser.find_element(By.ID, "why").send_keys("probe")
    browser.find_element(By.ID, "to-validated").click()
    assert "CSRF token is missing" in wait.until(
        expected_conditions.presence_of_element_located((By.CSS_SELECTOR, ".error"))).text
    browser.get(f"{base}/review/tickets/{ticket_id}")
    assert browser.find_element(By.ID, "ticket-state").text == "received"

    browser.find_element(By.TAG_NAME, "body").send_keys("r")          # r: write the reason
    reason = browser.switch_to.active_element
    assert reason.get_attribute("id") == "why"
    reason.send_keys("the original's owner shows earlier drafts")
    reason.send_keys(Keys.ALT, "1")                                   # Alt+1: first step
    wait.until(expected_conditions.text_to_be_present_in_element((By.ID, "ticket-state"),
                                                                 "validated"))
    last = browser.find_elements(By.CSS_SELECTOR, "#history tbody tr")[-1].text
    assert "alice" in last and "received" in last and "validated" in last
    assert "earlier drafts" in last
    with service.workspace.session() as session:
        from origin.enforcement import tickets

        view = tickets.show(session, ticket_id)
    assert view.state == "validated" and view.history[-1].actor == "alice"
