"""Rebuild data/basemap/land.geojson from Natural Earth 1:10m land (public domain), as
packaged in the npm package world-atlas 2.0.2 (land-10m.json, TopoJSON).

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python scripts/build_basemap.py package/land-10m.json

Clipped to the region around the East China Sea so the map draws land with no internet."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from shapely.geometry import MultiPolygon, Polygon, box, mapping
from shapely.ops import unary_union

CLIP = box(112.0, 18.0, 138.0, 40.0)
# Natural Earth's generalised outlines of the Senkaku / Diaoyu islets lie kilometres from their
# surveyed positions; the map draws those features from data/features.geojson instead.
SENKAKU_BOX = box(123.3, 25.6, 124.7, 26.05)
OUT = Path(__file__).resolve().parent.parent / "data" / "basemap" / "land.geojson"


def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """TopoJSON arcs (quantized, delta-encoded) as absolute lon/lat coordinates."""
    scale = topology["transform"]["scale"]
    translate = topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * scale[0] + translate[0], y * scale[1] + translate[1]))
        arcs.append(points)
    return arcs


def ring(arcs: list, indexes: list[int]) -> list[tuple[float, float]]:
    points: list[tuple[float, float]] = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc if not points else arc[1:])
    return points


def polygons(topology: dict, arcs: list) -> list[Polygon]:
    out = []
    for geometry in topology["objects"]["land"]["geometries"]:
        parts = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        for part in parts:
            shell, *holes = (ring(arcs, r) for r in part)
            out.append(Polygon(shell, holes))
    return out


def main(source: str) -> None:
    topology = json.loads(Path(source).read_text())
    arcs = decode_arcs(topology)
    land = unary_union([p.buffer(0).intersection(CLIP) for p in polygons(topology, arcs)])
    land = land.simplify(0.005, preserve_topology=True)
    parts = list(land.geoms) if isinstance(land, MultiPolygon) else [land]
    features = [{"type": "Feature", "properties": {}, "geometry": mapping(p)}
                for p in parts if p.area > 0.00005 and not SENKAKU_BOX.contains(p)]
    for feature in features:  # 4 decimals (about 10 m) keep the file small
        feature["geometry"] = json.loads(json.dumps(feature["geometry"]), parse_float=lambda s: round(float(s), 4))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps({"type": "FeatureCollection", "features": features}, separators=(",", ":")))
    print(f"wrote {OUT} with {len(features)} polygons")


if __name__ == "__main__":
    main(sys.argv[1])
