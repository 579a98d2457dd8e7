"""The one place for colours and display labels, used by every chart and panel.
Country colours follow the Okabe-Ito palette, distinguishable for colour-blind readers."""

from ecsdata.i18n import N_

COUNTRY_COLOURS = {
    "CN": "#D55E00",  # vermillion
    "JP": "#0072B2",  # blue
    "TW": "#009E73",  # bluish green
    "KR": "#E69F00",  # orange
    "US": "#CC79A7",  # reddish purple
}
# Streamlit's badge colours closest to the chart colours above.
COUNTRY_BADGES = {"CN": "red", "JP": "blue", "TW": "green", "KR": "orange", "US": "violet"}
SHARED_COLOUR = "#6B6B6B"  # lines or rows that belong to more than one country
NEUTRAL_COLOUR = "#444444"

TOPIC_COLOURS = {
    "sovereignty": "#1b9e77", "maritime_boundary": "#d95f02", "resources": "#7570b3",
    "fisheries": "#66a61e", "crisis_management": "#e7298a", "coast_guard": "#1f78b4",
    "military": "#a6761d", "airspace": "#e6ab02", "diplomacy": "#666666",
    "legal_basis": "#8c564b", "taiwan": "#17becf", "history": "#b15928",
}

# Labels are English msgids: show them through _() (ecsdata/i18n.py).
EVENT_TYPE_LABELS = {
    "meeting": N_("Meeting"), "call": N_("Call"), "agreement": N_("Agreement"), "incident": N_("Incident"),
    "law_policy": N_("Law or policy"), "statement": N_("Statement"), "report": N_("Report or survey"),
}

NAME_CONVENTION_LABELS = {
    "en": N_("English"),
    "ja": N_("Japanese (Senkaku)"),
    "zh": N_("Chinese, PRC (Diaoyu)"),
    "tw": N_("Chinese, Taiwan (Tiaoyutai)"),
}

# Constant page CSS (no data ever goes in here): less blank space above each page title.
# Streamlit's default caption grey, caption links and inline code miss WCAG AA contrast
# (4.5:1) on white and on the sidebar (axe-core, tests/browser/test_accessibility.py).
PAGE_CSS = """<style>
[data-testid='stMainBlockContainer'] { padding-top: 2.5rem; }
[data-testid='stCaptionContainer'] { color: #4b5358; opacity: 1; }
[data-testid='stCaptionContainer'] a, [data-testid='stMarkdownContainer'] a { color: #0b5d75; }
[data-testid='stMarkdownContainer'] code, [data-testid='stCaptionContainer'] code { color: #1d4f44; }
</style>"""



def country_colour(codes) -> str:
    """The colour of a country, or the shared grey when several countries share a row."""
    codes = [codes] if isinstance(codes, str) else list(codes)
    return COUNTRY_COLOURS.get(codes[0], SHARED_COLOUR) if len(codes) == 1 else SHARED_COLOUR
