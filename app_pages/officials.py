"""/officials : each official's record and two officials' words side by side."""

import pandas as pd
import streamlit as st

from components import frame, url_state
from components.events import country_badges
from components.officials_view import (aligned_quotes, build_quote_timeline, build_topic_figure, official_record,
                                       topic_counts)
from components.paging import current_page
from components.quotes import render_quote_card
from components.tables import render_twin_table
from components.text import escape_markdown
from ecsdata import queries
from ecsdata.i18n import _, current

GALLERY_PAGE_SIZE = 18
QUOTES_PAGE_SIZE = 10  # an official's quotes, newest first; the chart above shows them all
context = frame.page_context()
dataset, view = context.dataset, context.view
all_quotes = dataset.quotes_with_speakers
people = dataset.officials.set_index("official_id")
label = dataset.official_labels


st.title(_("Officials and what they said"))
st.caption(_("“Quote” means the source published these words; “reported” means the source paraphrased "
             "the speaker, shown in the source's own wording. Every card links to its source."))

if view.quote:
    linked = all_quotes[all_quotes["quote_id"] == view.quote].iloc[0]
    st.markdown("**" + _("The quote in your link") + "**")
    render_quote_card(linked, dataset.source_refs, dataset.event_titles, context.link_params)

pick, compare = st.columns(2)
with pick:
    url_state.mirrored(st.selectbox, "official", _("Official"), [None, *label],
                       format_func=lambda o: label.get(o, "—"), placeholder=_("Choose an official"))
with compare:
    url_state.mirrored(st.selectbox, "compare", _("Compare with"), [None, *label],
                       format_func=lambda o: label.get(o, "—"), placeholder=_("Nobody"))

if not view.official:
    st.subheader(_("Gallery"))
    office_words = st.text_input(_("Office contains"), placeholder=_("e.g. Defense, Foreign, spokesperson"),
                                 key="office_filter")
    gallery = queries.filter_officials(dataset.officials, view)
    quote_counts = all_quotes.loc[queries.quotes_mask(all_quotes, view).to_numpy(), "official_id"].value_counts()
    if office_words:
        holders = dataset.offices[dataset.offices["office"].str.contains(office_words, case=False, regex=False)]
        gallery = gallery[gallery["official_id"].isin(holders["official_id"])]
    gallery = gallery.assign(n=gallery["official_id"].map(quote_counts).fillna(0).astype(int)).sort_values(
        ["n", "name_en"], ascending=[False, True])
    st.caption(_("{count} officials, most quoted first; counts are quotes under the current filters.",
                 count=current().number(len(gallery))))
    shown = current_page(gallery, GALLERY_PAGE_SIZE, key="gallery_page")
    latest = dataset.latest_offices
    columns = st.columns(3)
    for index, (official_id, country, name_en, name_native, n) in enumerate(zip(
            shown["official_id"], shown["country"], shown["name_en"], shown["name_native"], shown["n"])):
        with columns[index % 3].container(border=True):
            office = latest.get(official_id) or _("Office not recorded")
            quoted = _("{count} quotes", count=n)
            st.markdown(f"{country_badges([country])} **{escape_markdown(name_en)}** {escape_markdown(name_native)}"
                        f"  \n:small[{escape_markdown(office)} · {escape_markdown(quoted)}]")
            st.button(_("Open"), key=f"open-{official_id}", on_click=url_state.set_parameter, args=("official", official_id))
elif not view.compare:
    person = people.loc[view.official]
    said = queries.filter_quotes(dataset.quotes_of("official_id", view.official), view).sort_values("date", ascending=False)
    st.header(f"{person['name_en']} {person['name_native']}")
    st.markdown(f"{country_badges([person['country']])} {escape_markdown(dataset.country_names[person['country']])}")
    left, right = st.columns([3, 2], gap="large")
    with right:
        st.markdown("**" + _("Offices") + "**")
        held, met = official_record(dataset.version, view.official, dataset)
        for _index, office in held.iterrows():
            until = office["to"] or escape_markdown(_("no end date recorded"))
            st.markdown(f"{escape_markdown(office['office'])}  \n:gray[{office['from']} – {until}]")
            if office["notes"]:
                st.caption(escape_markdown(office["notes"]))
        if held.empty:
            st.caption(_("No office dates confirmed in our sources yet."))
        st.markdown(_("**Counterparts met** (from the timeline)"))
        if len(met):
            render_twin_table(met.drop(columns="official_id").rename(columns={
                "name": _("name"), "meetings": _("meetings"), "last": _("last")}))
        else:
            st.caption(_("None recorded in the timeline."))
        st.markdown("**" + _("Topics of the quotes") + "**")
        counts = topic_counts(said, dataset.topic_labels)
        if len(counts):
            st.plotly_chart(build_topic_figure(counts), width="stretch", config={"displaylogo": False})
            render_twin_table(counts.drop(columns="topic_id").rename(columns={"topic": _("topic"), "quotes": _("quotes")}))
    with left:
        st.markdown(_("**{count} quotes and reported statements** under the current filters", count=len(said)))
        if len(said):
            st.plotly_chart(build_quote_timeline(said, person["country"]), width="stretch",
                            config={"displaylogo": False})
        for _index, quote in current_page(said, QUOTES_PAGE_SIZE, key="official_quotes_page").iterrows():
            render_quote_card(quote, dataset.source_refs, dataset.event_titles, context.link_params, q=view.q, show_speaker=False)
else:
    first, second = people.loc[view.official], people.loc[view.compare]
    st.header(_("{first} and {second}, side by side", first=first["name_en"], second=second["name_en"]))
    both = pd.concat([dataset.quotes_of("official_id", view.official), dataset.quotes_of("official_id", view.compare)])
    rows = aligned_quotes(queries.filter_quotes(both, view), view.official, view.compare)
    st.caption(_("{count} events at which both are quoted, newest first (under the current filters).", count=len(rows)))
    if not rows:
        st.info(_("These two officials have no quotes from the same event under the current filters."))
    for event_id, mine, theirs in rows:
        st.markdown(f"#### {escape_markdown(dataset.event_titles.get(event_id, event_id))}")
        st.page_link("app_pages/timeline.py", label=_("Open the event"), icon=":material/timeline:",
                     query_params=context.link_params(event=event_id))
        a, b = st.columns(2, gap="medium")
        for column, said in ((a, mine), (b, theirs)):
            with column:
                for _index, quote in said.iterrows():
                    render_quote_card(quote, dataset.source_refs, dataset.event_titles, context.link_params, q=view.q)
