"""The interface catalogues: every string the code marks for translation is in each
language's catalogue, translated (no empty or fuzzy entry), with its placeholders kept."""

from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir, extract_from_file
from babel.messages.pofile import read_po

from ecsdata.i18n import CATALOGUE_LOCALES, PLACEHOLDER, Translator, catalogue_path, language_from_locale

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = list(CATALOGUE_LOCALES)


def marked_strings() -> set[str]:
    """What `make catalogues` extracts: _() and N_() in app.py, app_pages, components, ecsdata."""
    found = set()
    for folder in ("app_pages", "components", "ecsdata"):
        found |= {message for _file, _line, message, _comments, _context in
                  extract_from_dir(ROOT / folder, keywords={"_": None, "N_": None})}
    found |= {message for _line, message, _comments, _context in
              extract_from_file("python", ROOT / "app.py", keywords={"_": None, "N_": None})}
    return {m for m in found if isinstance(m, str)}


def entries(lang: str):
    with catalogue_path(lang).open("rb") as handle:
        return [m for m in read_po(handle, locale=CATALOGUE_LOCALES[lang]) if m.id]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_marked_string_is_in_the_catalogue(lang):
    missing = marked_strings() - {m.id for m in entries(lang)}
    assert not missing, f"run `make catalogues` and translate: {sorted(missing)[:10]}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_entry_is_untranslated_or_fuzzy(lang):
    bad = [m.id for m in entries(lang) if not m.string or m.fuzzy]
    assert not bad, bad[:10]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_placeholder_is_kept(lang):
    bad = [(m.id, m.string) for m in entries(lang)
           if sorted(PLACEHOLDER.findall(m.id)) != sorted(PLACEHOLDER.findall(m.string))]
    assert not bad, bad[:5]


@pytest.mark.parametrize("locale, lang", [
    ("ja-JP", "ja"), ("ja", "ja"), ("zh-CN", "zh-Hans"), ("zh", "zh-Hans"), ("zh-SG", "zh-Hans"),
    ("zh-TW", "zh-Hant"), ("zh-HK", "zh-Hant"), ("zh-Hant-TW", "zh-Hant"), ("en-US", "en"), ("ko-KR", "en"),
    (None, "en"), ("", "en"),
])
def test_the_first_visit_follows_the_browsers_language(locale, lang):
    assert language_from_locale(locale) == lang


@pytest.mark.parametrize("lang, month_day", [("en", "27 Dec 2021"), ("ja", "2021年12月27日"),
                                             ("zh-Hans", "2021年12月27日"), ("zh-Hant", "2021年12月27日")])
def test_dates_are_written_in_the_languages_style(lang, month_day):
    import datetime as dt
    assert Translator(lang).date(dt.date(2021, 12, 27)) == month_day


def test_a_translated_string_fills_its_placeholders():
    translate = Translator("ja")
    text = translate("{count} more from this side", count=3)
    assert "3" in text and "{count}" not in text
