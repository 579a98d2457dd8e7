"""Distances computed on the WGS 84 ellipsoid from the coastlines the project ships
(Natural Earth land): each islet's distance to the nearest coast of the places around it.

Natural Earth's land carries no country, so each polygon is assigned to the side whose
coast it is by where it lies (`coast_side`)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import geopandas as gpd
import numpy as np
import shapely
from pyproj import Geod
from shapely.geometry import Point

from ecsdata.i18n import N_

GEOD = Geod(ellps="WGS84")
DENSIFY_DEGREES = 0.005  # coast vertices at most ~0.5 km apart: distances to the nearest vertex err < 0.3 km
# Coasts further than this box from the East China Sea never hold a nearest point.
COAST_BOX = (116.0, 21.0, 133.0, 37.0)


def coast_side(point: Point) -> str:
    """Whose coast a land polygon is, from a point inside it: TW (Taiwan, Penghu and the small
    islands off them), KR (the Korean peninsula and Jeju), CN (the mainland and its islands),
    PH (Luzon and the Batanes, south of Taiwan), else JP (Kyushu and the Ryukyus)."""
    x, y = point.x, point.y
    if y < 21.7:
        return "PH"
    if 119.2 < x < 122.2 and y < 25.5:
        return "TW"
    if y > 33.1 and 124.2 <= x < 129.0:
        return "KR"
    if x < 122.95 or (x < 124.2 and y > 25.5):
        return "CN"
    return "JP"


def land_by_side(land: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Every land polygon with the side whose coast it is."""
    parts = land.explode(index_parts=False).reset_index(drop=True)
    sides = [coast_side(p) for p in parts.geometry.representative_point()]
    return gpd.GeoDataFrame({"side": sides}, geometry=parts.geometry.values, crs=land.crs)


def _unit_vectors(lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
    lon, lat = np.radians(lon), np.radians(lat)
    return np.column_stack([np.cos(lat) * np.cos(lon), np.cos(lat) * np.sin(lon), np.sin(lat)])


@dataclass(frozen=True)
class Coast:
    """The densified coast vertices of one side, for nearest-point distances."""
    lon: np.ndarray
    lat: np.ndarray

    @classmethod
    def of(cls, geometries, box=COAST_BOX, spacing: float = DENSIFY_DEGREES) -> "Coast":
        """Vertices of the geometries' outlines (of lines and points: the geometries themselves),
        densified, inside the box around the sea."""
        coords = [shapely.get_coordinates(shapely.segmentize(g.boundary if g.geom_type.endswith("Polygon") else g,
                                                             spacing)) for g in geometries]
        xy = np.concatenate(coords) if coords else np.empty((0, 2))
        west, south, east, north = box
        xy = xy[(xy[:, 0] >= west) & (xy[:, 0] <= east) & (xy[:, 1] >= south) & (xy[:, 1] <= north)]
        return cls(xy[:, 0], xy[:, 1])

    @cached_property
    def _vectors(self) -> np.ndarray:
        return _unit_vectors(self.lon, self.lat).T

    def distance_m(self, lon, lat) -> np.ndarray:
        """Ellipsoidal distance from each point to the nearest coast vertex: the nearest by great
        circle, measured on WGS 84 (a sphere's and the ellipsoid's nearest vertex differ by metres)."""
        lon, lat = np.atleast_1d(lon).astype(float), np.atleast_1d(lat).astype(float)
        nearest = np.argmax(_unit_vectors(lon, lat) @ self._vectors, axis=1)
        _, _, metres = GEOD.inv(lon, lat, self.lon[nearest], self.lat[nearest])
        return metres


def mainland(sides: gpd.GeoDataFrame) -> shapely.Polygon:
    """China's mainland: the largest land polygon on China's side (sides: land_by_side)."""
    china = sides[sides["side"] == "CN"].geometry
    return china.iloc[int(np.argmax(shapely.area(china.to_numpy())))]  # degrees squared: only the order counts


# Places each islet's distance is given to, as governments publish them: a point inside the
# island (Natural Earth land) or a whole side's coast.
ISHIGAKI_POINT = Point(124.18, 24.42)
OKINAWA_POINT = Point(127.80, 26.40)


def reference_coasts(land: gpd.GeoDataFrame) -> dict[str, Coast]:
    """The coasts of Taiwan (the main island and the islands off it), Ishigaki Island,
    Okinawa Island and the Chinese mainland."""
    sides = land_by_side(land)
    containing = lambda point: [g for g in sides.geometry if g.contains(point)]  # noqa: E731
    return {
        N_("Taiwan"): Coast.of(sides.loc[sides["side"] == "TW", "geometry"]),
        N_("Ishigaki Island"): Coast.of(containing(ISHIGAKI_POINT)),
        N_("Okinawa Island"): Coast.of(containing(OKINAWA_POINT)),
        N_("Chinese mainland"): Coast.of([mainland(sides)]),
    }


def distances_km(points: gpd.GeoSeries, references: dict[str, Coast]) -> dict[str, np.ndarray]:
    """Kilometres from each point to the nearest coast of each reference place."""
    lon, lat = points.x.to_numpy(), points.y.to_numpy()
    return {name: coast.distance_m(lon, lat) / 1000 for name, coast in references.items()}
