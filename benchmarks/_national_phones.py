"""A phone number's national digits that ``phonenumbers`` accepts as a valid number of a given region: the generated
splits' callers' phones (each split keeps its own table of prefixes and lengths, and how it writes the number)."""
from __future__ import annotations

import random

import phonenumbers

from benchmarks._profile_dev_s import digits


def valid_national(rng: random.Random, shapes: tuple[tuple[str, int], ...], region: str, tries: int) -> str:
    """Digits of one of ``shapes`` ((national prefix, national length with the trunk digit where the country dials
    one), ...) that parse as a valid number of ``region`` (an ISO code); the first of up to ``tries`` draws."""
    for _ in range(tries):
        p, length = rng.choice(shapes)
        number = p + digits(rng, length - len(p), "23456789")
        parsed = phonenumbers.parse(number, region)
        if phonenumbers.is_valid_number(parsed) and phonenumbers.region_code_for_number(parsed) == region:
            return number
    raise AssertionError(region)
