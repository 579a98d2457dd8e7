"""Text from data shown safely: markdown escaped, links only to http(s), tables escaped."""

import math

import pandas as pd
import pytest

from components.text import escape_markdown, frame_markdown, safe_link


@pytest.mark.parametrize("text", ["<script>alert(1)</script>", "[x](javascript:alert(1))", "# heading",
                                  "**bold** | pipe", "![img](http://e.org/a.png)"])
def test_escaped_text_keeps_no_markdown_or_html_syntax(text):
    escaped = escape_markdown(text)
    for special in "<>[]()#*|!":
        assert all(escaped[i - 1] == "\\" for i, c in enumerate(escaped) if c == special)


@pytest.mark.parametrize("url, is_link", [("https://www.mod.go.jp/a b(c)", True), ("javascript:alert(1)", False),
                                          ("", False), ("ftp://e.org", False)])
def test_only_web_addresses_become_links(url, is_link):
    link = safe_link("Label", url)
    assert link.startswith("[Label](") == is_link
    assert " " not in link.split("](")[-1] and "(c)" not in link


def test_a_frame_table_escapes_every_cell_and_keeps_one_line_per_row():
    frame = pd.DataFrame({"name": ["<b>x</b>", "a | b", "two\nlines"], "n": [1, 2, 3], "v": [1.5, math.nan, 2.0]})
    lines = frame_markdown(frame).splitlines()
    assert len(lines) == 2 + 3
    assert lines[1] == "| --- | ---: | ---: |"
    assert "<b>" not in lines[2] and r"a \| b" in lines[3] and "two lines" in lines[4]
    assert lines[3].endswith("|  |")  # a missing number is an empty cell
