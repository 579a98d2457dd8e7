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
    target = url.replace(" ", "%20").replace("(", "%28").replace(")", "%29").replace("<", "%3C").replace(">", "%3E")
    return f"[{escape_markdown(label)}]({target})"


def plotly_text(text: object) -> str:
    """Text for plotly labels and hovers, which understand a few HTML tags: neutralise them."""
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
