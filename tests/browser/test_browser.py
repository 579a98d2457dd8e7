"""What only a browser shows: every path loads, links reproduce views, clicks select, and the
map draws with the network cut off."""

import re
from urllib.parse import parse_qs, urlsplit

import pytest

from scripts.screenshots import wait_for_app
from tests.browser.conftest import ARTIFACTS, PLANTED_EVENT, PLANTED_QUOTE

PATHS = ["/", "/map", "/timeline", "/officials", "/activity", "/data"]


def own_errors(page) -> list[str]:
    """Console and network errors, less Streamlit's own probe of <page>/_stcore/* on a deep
    link (it tries the page path as a base path first, gets 404, then uses the root)."""
    probes = [e for e in page.console_errors if re.match(r"HTTP 404: http://localhost:\d+/\w+/_stcore/", e)]
    errors = [e for e in page.console_errors if e not in probes]
    if probes:
        errors = [e for e in errors if "status of 404" not in e]
    return errors


def query(page) -> dict[str, list[str]]:
    return parse_qs(urlsplit(page.url).query)


@pytest.mark.parametrize("path", PATHS)
def test_every_path_loads_without_errors(server, new_page, path):
    page = new_page()
    page.goto(server + path)
    wait_for_app(page)
    assert page.locator("h1").count() >= 1
    assert "Page not found" not in page.content()
    assert page.locator("[data-testid='stException']").count() == 0
    assert own_errors(page) == []
    assert urlsplit(page.url).path == path


def test_share_link_reproduces_filters_in_a_new_browser(server, new_page):
    page = new_page()
    page.goto(server + "/timeline")
    wait_for_app(page)
    page.get_by_test_id("stSidebar").get_by_test_id("stMultiSelect").nth(0).click()
    page.get_by_role("option", name="CN · China (People's Republic of China)").click()
    page.keyboard.press("Escape")
    page.get_by_test_id("stSidebar").get_by_test_id("stMultiSelect").nth(1).click()
    page.get_by_role("option", name="Crisis management").click()
    page.keyboard.press("Escape")
    page.wait_for_function("() => location.search.includes('topic=crisis_management')", timeout=15000)
    wait_for_app(page)
    link = page.url
    assert query(page)["country"] == ["CN"] and urlsplit(link).path == "/timeline"
    shown = page.get_by_text(re.compile(r"\d+ of \d+ events match")).inner_text()

    colleague = new_page()
    colleague.goto(link)
    wait_for_app(colleague)
    sidebar = colleague.get_by_test_id("stSidebar")
    assert sidebar.get_by_text("CN · China (People's Republic of China)").count() == 1
    assert sidebar.get_by_text("Crisis management").count() == 1
    assert colleague.get_by_text(re.compile(r"\d+ of \d+ events match")).inner_text() == shown


def test_filters_are_kept_when_switching_pages(server, new_page):
    page = new_page()
    page.goto(server + "/?country=JP&q=hotline")
    wait_for_app(page)
    page.get_by_test_id("stTopNavLink").filter(has_text="Officials").click()
    page.wait_for_url(re.compile(r"/officials\?"), timeout=15000)
    wait_for_app(page)
    assert query(page)["country"] == ["JP"] and query(page)["q"] == ["hotline"]


def test_opening_an_event_puts_it_in_the_url_and_shows_its_panel(server, new_page):
    page = new_page()
    page.goto(server + "/timeline?q=Kishi+and+Wei+Fenghe+video")
    wait_for_app(page)
    page.get_by_role("button", name=re.compile("Open this event")).first.click()
    page.wait_for_function("() => location.search.includes('event=')", timeout=15000)
    wait_for_app(page)
    assert query(page)["event"] == ["ev-2021-12-27-kishi-wei-video-talks"]
    assert page.get_by_role("button", name="Close this event").count() == 1


def test_quote_link_shows_that_quote(server, new_page):
    page = new_page()
    page.goto(server + "/officials?official=kishi-nobuo&quote=q-kishi-nobuo-20211227-1")
    wait_for_app(page)
    assert page.get_by_text("The quote in your link").count() == 1


def test_map_draws_land_and_features_offline_and_a_click_selects(server, new_page):
    page = new_page()
    page.goto(server + "/map?zoom=senkaku")
    wait_for_app(page)
    page.wait_for_selector(".js-plotly-plot .scatterlayer", timeout=30000)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "map-offline.png"), full_page=True)
    plot = page.locator(".js-plotly-plot").first
    land = plot.locator(".scatterlayer .trace .fills path")
    assert land.count() >= 1 and len(land.first.get_attribute("d") or "") > 1000
    markers = plot.locator(".scatterlayer .trace .points path")
    assert markers.count() >= 8
    labels = plot.locator(".scatterlayer .textpoint text").all_text_contents()
    assert any("Uotsuri" in t for t in labels)
    # Click the marker itself (the label may sit on any side of it): the trace that draws the
    # Uotsuri label draws the markers in the same order as its labels.
    trace = plot.locator(".scatterlayer .trace").filter(has_text="Uotsuri")
    index = next(i for i, t in enumerate(trace.locator(".textpoint").all_text_contents()) if "Uotsuri" in t)
    box = trace.locator(".points path").nth(index).bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_function("() => location.search.includes('feature=')", timeout=15000)
    wait_for_app(page)
    assert query(page)["feature"] == ["uotsuri"]
    assert page.get_by_text(re.compile("^Events involving it")).count() == 1


def test_a_click_on_a_timeline_point_opens_its_event(server, new_page):
    page = new_page()
    page.goto(server + "/timeline?country=TW")
    wait_for_app(page)
    plot = page.locator(".js-plotly-plot").first
    plot.scroll_into_view_if_needed()
    point = plot.locator(".scatterlayer .trace .points path").first
    point.hover(force=True)
    title = plot.locator(".hoverlayer").text_content()
    box = point.bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_function("() => location.search.includes('event=')", timeout=15000)
    wait_for_app(page)
    heading = page.get_by_test_id("stMain").get_by_role("heading", level=3).first.text_content()
    assert heading and heading in title, (heading, title)
    assert query(page)["country"] == ["TW"]


def test_a_quotes_link_opens_that_quote_in_a_new_tab_with_the_same_filters(server, new_page):
    page = new_page()
    page.goto(server + "/timeline?event=ev-2021-12-27-kishi-wei-video-talks&country=JP&lang=en")
    wait_for_app(page)
    with page.context.expect_page() as opened:
        page.get_by_role("link", name="Link to this quote").first.click()
    quote_page = opened.value
    quote_page.wait_for_load_state()
    wait_for_app(quote_page)
    assert urlsplit(quote_page.url).path == "/officials"
    assert query(quote_page)["country"] == ["JP"] and query(quote_page)["quote"]
    assert quote_page.get_by_text("The quote in your link").count() == 1


def test_text_from_the_url_is_never_rendered_as_html(server, new_page):
    page = new_page()
    page.goto(server + "/?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&junk=%3Cb%3Ebold%3C%2Fb%3E")
    wait_for_app(page)
    assert page.locator("img[src='x']").count() == 0
    assert page.locator("b:text('bold')").count() == 0


@pytest.mark.parametrize("path", [
    f"/timeline?event={PLANTED_EVENT}",
    f"/officials?official=kishi-nobuo&quote={PLANTED_QUOTE}",
    "/timeline?q=Kishi",
    "/data",
])
def test_html_in_data_files_is_shown_as_text(planted_server, new_page, path):
    page = new_page()
    page.goto(planted_server + path)
    wait_for_app(page)
    assert page.locator("#planted").count() == 0
    assert page.locator("img[src='x']").count() == 0
    assert page.evaluate("() => window.__xss") is None
    if path != "/data":  # the data table draws on a canvas; its cells are not DOM text
        assert page.get_by_text('<b id="planted">bold</b>', exact=False).count() >= 1


def test_copy_link_opens_with_the_link_to_this_view(server, new_page):
    page = new_page()
    page.goto(server + "/activity?country=JP&measure=scrambles")
    wait_for_app(page)
    page.get_by_test_id("stSidebar").get_by_role("button", name="Copy link").click()
    code = page.get_by_test_id("stCode")
    code.wait_for(timeout=15000)
    link = code.inner_text().strip()
    assert urlsplit(link).path == "/activity"
    assert parse_qs(urlsplit(link).query) == {"country": ["JP"], "measure": ["scrambles"]}


def test_a_chart_table_opens_with_its_sources(server, new_page):
    page = new_page()
    page.goto(server + "/activity")
    wait_for_app(page)
    page.get_by_text("Table and sources").first.click()
    table = page.locator("[data-testid='stExpander'] table").first
    table.wait_for(timeout=15000)
    assert table.locator("a[href^='http']").count() == table.locator("tbody tr").count() > 0


@pytest.mark.parametrize("measure", ["contiguous", "territorial", "scrambles", "china"])
def test_activity_charts_draw_their_bars(server, new_page, measure):
    page = new_page()
    page.goto(server + f"/activity?measure={measure}")
    wait_for_app(page)
    page.wait_for_selector(".js-plotly-plot .barlayer .point path", timeout=30000)
    charts = page.locator(".js-plotly-plot")
    assert charts.count() >= 1
    assert all(chart.locator(".barlayer .point path").count() > 0 for chart in charts.all())


CJK = re.compile("[\u3040-\u30ff\u3400-\u9fff]")
ENGLISH_WORD = re.compile(r"\b[A-Za-z]{3,}\b")
LANGUAGE_SWITCH = "Language · 言語 · 语言 · 語言"  # the one label written in every language


def interface_texts(page) -> list[str]:
    """The navigation, the sidebar's widget labels and buttons, and the page title."""
    texts = page.get_by_test_id("stTopNavLink").all_inner_texts()
    sidebar = page.get_by_test_id("stSidebar")
    texts += [t for t in sidebar.get_by_test_id("stWidgetLabel").all_inner_texts() if t.strip() != LANGUAGE_SWITCH]
    texts += sidebar.get_by_role("button").all_inner_texts()
    texts += sidebar.locator("h1, h2, h3").all_inner_texts()
    texts += page.get_by_test_id("stMain").locator("h1").all_inner_texts()
    # Material icons are ligatures written as lowercase words ("home", "expand_more"): not text.
    lines = (line.strip() for text in texts for line in text.splitlines())
    return [line for line in lines if line and not re.fullmatch(r"[a-z_]+", line)]


def test_cjk_fonts_are_installed_for_the_browser():
    import subprocess
    assert subprocess.run(["fc-list", ":lang=ja"], capture_output=True, text=True).stdout.strip(), \
        "apt-get install fonts-noto-cjk"


@pytest.mark.parametrize("path", ["/timeline?lang=ja", "/?lang=zh-Hans", "/map?lang=zh-Hant", "/officials?lang=ja",
                                  "/activity?lang=zh-Hans", "/data?lang=zh-Hant"])
def test_the_interface_carries_no_english_in_another_language(server, new_page, path):
    page = new_page()
    page.goto(server + path)
    wait_for_app(page)
    texts = interface_texts(page)
    assert len(texts) >= 10 and all(CJK.search(t) for t in texts[:6])
    assert [t for t in texts if ENGLISH_WORD.search(t)] == []
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"lang-{re.sub(r'[^a-z]+', '-', path)}.png"))


def test_a_link_copied_in_japanese_opens_in_japanese(server, new_page):
    page = new_page()
    page.goto(server + "/timeline?lang=ja&country=JP")
    wait_for_app(page)
    page.get_by_test_id("stSidebar").get_by_role("button", name=re.compile("リンク")).click()
    code = page.get_by_test_id("stCode")
    code.wait_for(timeout=15000)
    link = code.inner_text().strip()
    assert parse_qs(urlsplit(link).query) == {"country": ["JP"], "lang": ["ja"]}
    colleague = new_page()  # an English browser
    colleague.goto(link)
    wait_for_app(colleague)
    assert CJK.search(colleague.get_by_test_id("stMain").locator("h1").inner_text())


def test_the_first_visit_follows_the_browsers_language_and_the_switch_changes_it(server, new_page):
    page = new_page(locale="zh-TW")
    page.goto(server + "/map")
    wait_for_app(page)
    page.wait_for_function("() => location.search.includes('lang=zh-Hant')", timeout=15000)
    assert CJK.search(page.get_by_test_id("stMain").locator("h1").inner_text())
    page.get_by_test_id("stSidebar").get_by_test_id("stSelectbox").first.click()
    page.get_by_role("option", name="English").click()
    page.wait_for_function("() => !location.search.includes('lang=')", timeout=15000)
    wait_for_app(page)
    assert not CJK.search(page.get_by_test_id("stMain").locator("h1").inner_text())
