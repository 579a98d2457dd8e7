"""The median line Japan claims in the East China Sea, computed the way Japan's law on its
exclusive economic zone words it: every point equally distant from the nearest point of
Japan's baselines and of the baselines of the coast opposite. Japan's baselines are taken
as its low-water coast (the shipped Natural Earth outlines) with the disputed islets, which
Japan counts as its own; the opposite side's are China's declared straight baselines
(zones.geojson) and the Chinese and Taiwanese coasts. It is drawn only where Japan faces
China: it ends in the north where Korea's coast is nearer, and in the south where Taiwan's
coast is nearer than China's (Taiwan's own outlying islets and baselines are not in the
shipped data)."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import shapely

from ecsdata.distances import Coast, land_by_side
from ecsdata.i18n import N_

STEP_DEGREES = 0.05  # one point per ~5.5 km of latitude
# The line lies 80 km or more from any coast: vertices 2 km apart put the nearest vertex within
# about 10 m of the nearest point of the coast, and make the computation four times quicker.
COAST_SPACING_DEGREES = 0.02
SOUTH, NORTH, WEST, EAST = 24.0, 34.0, 119.0, 131.0

MEDIAN_LINE = {
    "zone_id": "computed-median-line",
    "name": N_("Median line Japan claims (computed here)"),
    "kind": "median_line",
    "owner": ("JP",),
    "description": N_(
        "Japan's claim, computed by this dashboard, as Japan's law on its exclusive economic zone defines the "
        "median line: every point equally distant from Japan's baselines and the opposite coast's baselines. "
        "Here Japan's baselines are its coast, with the Senkaku / Diaoyu islets it counts as its own, and the "
        "opposite side's are China's 1996 straight baselines and the Chinese and Taiwanese coasts, from the "
        "generalised coastlines the map ships. Neither government publishes the line's points, so this one can "
        "differ from Japan's own by some kilometres. Japan says delimitation should follow the median line; "
        "China does not recognise it and says its continental shelf extends, as the natural prolongation of its "
        "land, to the Okinawa Trough."),
    "source_ids": ("roppou-nd-eez-continental-shelf-law", "mofa-jp-20150806-legal-position-ecs",
                   "mofa-jp-20150722-unilateral-development-ganas", "xinhua-20121214-clcs-submission",
                   "xinhua-20120917-deng-zhonghua-shelf", "chinanews-20181203-geng-shuang-median-line"),
    "certainty": "uncertain",
    "notes": N_("Computed from coastlines, not from Japan's published line (there is none)."),
}


def baseline_coasts(land: gpd.GeoDataFrame, islets: gpd.GeoSeries, zones: gpd.GeoDataFrame,
                    spacing: float = COAST_SPACING_DEGREES) -> dict[str, Coast]:
    """Japan's side, China's (its coast and its 1996 baselines), Taiwan's and Korea's."""
    sides = land_by_side(land)
    around_islets = islets.union_all().buffer(0.5)  # China's 2012 baselines around the islets are not Japan's opposite coast
    china_baselines = [g for g, kind, owner in zip(zones.geometry, zones["kind"], zones["owner"])
                       if kind == "baseline" and tuple(owner) == ("CN",) and not g.intersects(around_islets)]
    return {
        "JP": Coast.of([*sides.loc[sides["side"] == "JP", "geometry"], *islets], spacing=spacing),
        "CN": Coast.of([*sides.loc[sides["side"] == "CN", "geometry"], *china_baselines], spacing=spacing),
        "TW": Coast.of(sides.loc[sides["side"] == "TW", "geometry"], spacing=spacing),
        "KR": Coast.of(sides.loc[sides["side"] == "KR", "geometry"], spacing=spacing),
    }


def median_line(coast: dict[str, Coast]) -> shapely.MultiLineString:
    """Along each parallel, the longitude where Japan's coast and the nearest opposite coast
    (China's or Taiwan's) are equally far (found by bisection), kept where that opposite coast
    is China's and Korea's is not nearer."""
    lats = np.arange(SOUTH, NORTH + 1e-9, STEP_DEGREES)
    lo, hi = np.full(len(lats), WEST), np.full(len(lats), EAST)
    japan = coast["JP"]

    def opposite_m(lon):
        return np.minimum(coast["CN"].distance_m(lon, lats), coast["TW"].distance_m(lon, lats))

    def opposite_nearer(lon):
        return japan.distance_m(lon, lats) > opposite_m(lon)
    valid = opposite_nearer(lo) & ~opposite_nearer(hi)
    for _ in range(24):  # 12 degrees / 2**24: under 10 cm
        mid = (lo + hi) / 2
        nearer = opposite_nearer(mid)
        lo, hi = np.where(nearer, mid, lo), np.where(nearer, hi, mid)
    lon = (lo + hi) / 2
    facing_china = coast["CN"].distance_m(lon, lats) < coast["TW"].distance_m(lon, lats)
    keep = valid & facing_china & (japan.distance_m(lon, lats) < coast["KR"].distance_m(lon, lats))
    runs, current = [], []
    for x, y, kept in zip(lon, lats, keep):
        if kept:
            current.append((x, y))
        elif current:
            runs, current = runs + [current], []
    runs.append(current)
    return shapely.MultiLineString([run for run in runs if len(run) > 1])


def computed_median_line(land: gpd.GeoDataFrame, islets: gpd.GeoSeries, zones: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """The line as a row shaped like zones.geojson's, drawn with the zones."""
    line = median_line(baseline_coasts(land, islets, zones))
    return gpd.GeoDataFrame([MEDIAN_LINE | {"geometry": line}], geometry="geometry", crs="EPSG:4326")
