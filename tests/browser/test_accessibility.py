"""Accessibility in the browser: axe-core (from the npm registry, scripts/fetch_axe.sh)
finds no serious or critical violation on any page, and the keyboard reaches every control."""

import pytest

from ecsdata.paths import PROJECT_ROOT
from scripts.screenshots import wait_for_app

AXE = PROJECT_ROOT / ".venv" / "axe-core" / "axe.min.js"
PAGES = ["/", "/map?feature=uotsuri", "/timeline?event=ev-2021-12-27-kishi-wei-video-talks",
         "/officials?official=wei-fenghe&compare=kishi-nobuo", "/activity", "/data"]


@pytest.fixture(scope="session")
def axe_script() -> str:
    if not AXE.exists():
        pytest.fail(f"{AXE} is missing: run scripts/fetch_axe.sh (make test does)")
    return str(AXE)


@pytest.mark.parametrize("path", PAGES)
def test_no_serious_or_critical_accessibility_violations(server, new_page, axe_script, path):
    page = new_page()
    page.goto(server + path)
    wait_for_app(page)
    page.add_script_tag(path=axe_script)
    violations = page.evaluate("""async () => (await axe.run(document)).violations
        .filter(v => v.impact === 'serious' || v.impact === 'critical')
        .map(v => `${v.impact} ${v.id}: ${v.help} (${v.nodes.length}x, e.g. ${v.nodes[0].html.slice(0, 120)})`)""")
    assert violations == []


# Every kind of Streamlit widget the pages use; a widget counts as reached when focus lands
# anywhere inside it (a pill or segment group is one tab stop, its items take arrow keys).
WIDGETS = ", ".join(f"[data-testid='{t}']" for t in (
    "stTextInput", "stMultiSelect", "stSelectbox", "stDateInput", "stButton", "stPopover", "stButtonGroup",
    "stNumberInput", "stDownloadButton", "stPageLink", "stTabs", "stExpander", "stLinkButton"))


@pytest.mark.parametrize("path", ["/", "/map", "/timeline", "/officials?official=wei-fenghe", "/data"])
def test_the_keyboard_reaches_every_control(server, new_page, path):
    """Tab from the top of the page until focus comes round again: every visible control in
    the sidebar and the page itself must have had focus."""
    page = new_page()
    page.goto(server + path)
    wait_for_app(page)
    count = page.evaluate("""(selector) => {
        const scope = [...document.querySelectorAll("[data-testid='stSidebar'], [data-testid='stMain']")];
        const controls = scope.flatMap(s => [...s.querySelectorAll(selector)])
            .filter(e => e.offsetParent !== null && !e.closest("[data-testid='stElementContainer'].st-key-url-bindings, .st-key-url-bindings"));
        controls.forEach((e, i) => e.setAttribute('data-a11y-control', i));
        window.__focused = new Set();
        document.addEventListener('focusin', ev => {
            const c = ev.target.closest('[data-a11y-control]');
            if (c) window.__focused.add(c.getAttribute('data-a11y-control'));
        });
        return controls.length;
    }""", WIDGETS)
    assert count > 3
    page.evaluate("() => document.activeElement && document.activeElement.blur()")
    for _ in range(count * 3 + 40):
        page.keyboard.press("Tab")
    missed = page.evaluate("""() => [...document.querySelectorAll('[data-a11y-control]')]
        .filter(e => !window.__focused.has(e.getAttribute('data-a11y-control')))
        .map(e => e.getAttribute('data-testid') + ': ' + e.textContent.trim().slice(0, 60))""")
    assert missed == [], "\n".join(missed)
