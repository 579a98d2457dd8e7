"""Country colours stay apart for readers with colour-vision deficiency: every pair differs
clearly in the simulated views of protanopia, deuteranopia and tritanopia (Machado, Oliveira
and Fernandes 2009, severity 1), measured as CIE76 colour difference in CIELAB."""

import itertools

import numpy as np
import pytest

from components.theme import COUNTRY_COLOURS, SHARED_COLOUR

SIMULATIONS = {
    "normal vision": np.eye(3),
    "protanopia": np.array([[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216],
                            [-0.003882, -0.048116, 1.051998]]),
    "deuteranopia": np.array([[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413],
                              [-0.011820, 0.042940, 0.968881]]),
    "tritanopia": np.array([[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602],
                            [0.004733, 0.691367, 0.303900]]),
}
MIN_DIFFERENCE = 12  # CIE76; about 2.3 is just noticeable; a red/green pair seen with deuteranopia is ~7


def linear_rgb(hex_colour: str) -> np.ndarray:
    srgb = np.array([int(hex_colour[i:i + 2], 16) for i in (1, 3, 5)]) / 255
    return np.where(srgb <= 0.04045, srgb / 12.92, ((srgb + 0.055) / 1.055) ** 2.4)


def lab(linear: np.ndarray) -> np.ndarray:
    xyz = np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722], [0.0193, 0.1192, 0.9505]]) @ linear
    xyz = xyz / np.array([0.95047, 1.0, 1.08883])
    f = np.where(xyz > 0.008856, np.cbrt(xyz), 7.787 * xyz + 16 / 116)
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


def difference(a: str, b: str, simulation: np.ndarray) -> float:
    seen = [lab(np.clip(simulation @ linear_rgb(c), 0, 1)) for c in (a, b)]
    return float(np.linalg.norm(seen[0] - seen[1]))


@pytest.mark.parametrize("vision", SIMULATIONS)
def test_country_colours_stay_distinguishable(vision):
    colours = {**COUNTRY_COLOURS, "shared": SHARED_COLOUR}
    closest = min(((difference(colours[a], colours[b], SIMULATIONS[vision]), a, b)
                   for a, b in itertools.combinations(colours, 2)))
    assert closest[0] >= MIN_DIFFERENCE, f"{closest[1]} and {closest[2]} look alike under {vision}: {closest[0]:.1f}"


def test_the_check_catches_a_red_green_pair():
    assert difference("#d62728", "#2ca02c", SIMULATIONS["deuteranopia"]) < MIN_DIFFERENCE
