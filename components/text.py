"""Safe display of text that comes from data or the URL: never HTML, and markdown
control characters escaped so a value cannot turn into a link, image or heading."""

import re

_MARKDOWN_SPECIALS = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:])")


def escape_markdown(text: object) -> str:
    """Text shown literally inside st.markdown / st.caption / labels."""
    return _MARKDOWN_SPECIALS.sub(r"\\\1", str(text))


def highlight(text: str, needle: str) -> str:
    """Markdown with each case-insensitive match of `needle` in bold; both escaped."""
    if not needle:
        return escape_markdown(text)
    parts = re.split(f"({re.escape(needle)})", text, flags=re.IGNORECASE)
    return "".join(f"**{escape_markdown(p)}**" if i % 2 else escape_markdown(p)
                   for i, p in enumerate(parts) if p)


def safe_link(label: object, url: str) -> str:
    """A markdown link with an escaped label; only http(s) targets, brackets encoded."""
    if not re.match(r"^https?://", url or ""):
        return escape_markdown(label)
    target = (url.replace(" ", "%20").replace("(", "%28").replace(")", "%29").replace("<", "%3C").replace(">", "%3E")
              .replace("[", "%5B").replace("]", "%5D"))
    return f"[{escape_markdown(label)}]({target})"


def caption_markdown(text: str) -> str:
    """Safe markdown (escaped, links from safe_link) styled as st.caption draws it, to go in the
    same st.markdown as the text above it: one element, one message to the browser, not two."""
    return f":gray[:small[{text}]]"


def plotly_text(text: object) -> str:
    """Text for plotly labels and hovers, which understand a few HTML tags: neutralise them."""
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def markdown_table(header: list[str], rows, right: frozenset[int] = frozenset()) -> str:
    """A markdown table (a real HTML table, light to send) from cells that are already safe
    markdown; `right` holds the indexes of number columns."""
    lines = ["| " + " | ".join(escape_markdown(h) for h in header) + " |",
             "| " + " | ".join("---:" if i in right else "---" for i in range(len(header))) + " |"]
    lines += ["| " + " | ".join(" ".join(str(cell).split()) for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def frame_markdown(frame) -> str:
    """A small frame as a markdown table, every cell escaped as text, numbers to the right."""
    right = frozenset(i for i, dtype in enumerate(frame.dtypes) if dtype.kind in "iuf")
    rows = ([escape_markdown("" if value is None or value != value else value) for value in row]
            for row in frame.itertuples(index=False))
    return markdown_table([str(c) for c in frame.columns], rows, right)
