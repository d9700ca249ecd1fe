"""Generated training sentences for the name model: our own templates, names from names.tsv (Faker).

Templates live in ``name_templates/*.txt`` (one per line). Positive templates hold ``{name}`` (a full or partial name), negatives hold none and instead use
words that are names elsewhere (``will``, ``may``, ``grace``), places, organisations and products.
Every sentence is emitted twice: as written (cased, punctuated) and lowercase without punctuation,
so casing and punctuation cannot decide recall. All randomness comes from one seeded ``Random``.
"""
from __future__ import annotations

import random
import re
import unicodedata
from collections import defaultdict
from pathlib import Path

Example = tuple[str, list[tuple[int, int]]]
TEMPLATE_DIR = Path(__file__).resolve().parent / "name_templates"


def _lines(name: str) -> list[str]:
    return [line for line in (TEMPLATE_DIR / name).read_text(encoding="utf-8").splitlines() if line]


POSITIVE = _lines("positive.txt")

NEGATIVE = _lines("negative.txt")

# Cue-less templates (opt-in, ``generate(cueless=True)``; first tried in commit 1ddcb80): names as subject, after
# auxiliaries and prepositions, opening a turn, in lists and questions; and the same frames without a name.
POSITIVE_CUELESS = _lines("positive_cueless.txt")
NEGATIVE_CUELESS = _lines("negative_cueless.txt")

# Spoken negatives (opt-in, ``generate(spoken_negatives=True)``): a turn opened by an interjection or filler,
# name particles (van, de, le, la, bin) as ordinary words, everyday voice-assistant words (song, alarm, playlist).
NEGATIVE_SPOKEN = _lines("negative_spoken.txt")

# Places, organisations and streets (from Faker, labelled not-a-person): surnames inside them are not names.
NEGATIVE_SLOTS = _lines("negative_slots.txt")

# Brand templates (opt-in, ``generate(brands=True)``): a made-up one-word brand ("cloud" + "hub", as a
# company writes it or lowercase) in the slots a name also fills ("I'm {name} from {brand}"); the brand is
# never labelled. Without them a cue-less model tags a brand after "from" ("i'm kim from cloudhub") as a name.
BRANDS = _lines("brands.txt")
BRAND_HEADS = """air auto bright blue box budget buy card cash city clear cloud coin connect cover crest direct
    easy eco energy express fast fibre fix fleet flex fresh fun go green grid home hyper insure
    kit life light link live mart max meter metro mobile money net next nova one open pay phone pixel
    plan plus point power prime pro quick ready route safe save secure shop shield simple sky smart snap
    sound spark speed star stream sun swift tech top total travel trust up value view volt wave web
    wise zip zoom""".split()
BRAND_TAILS = """base bank box care cart cast check club co core cover deal desk direct dock drive fix flow
    fone force gate go guard hub line link logic mart mate mobile net now pay pass plan plus point
    port pro secure serve shop spot stack store stream sure switch track trip ware way wise works
    ly ify io""".split()

NAME_PLACEHOLDER = re.compile(r"\{(name|other|first|last)\}")
TITLES = ("Mr", "Mrs", "Ms", "Dr")
PARTICLES = ("de", "da", "van", "von", "bin", "al", "del", "van der", "dos", "le", "ben")
_PUNCT = re.compile(r"[.,!?;:]")


def load_names(path: Path) -> dict[str, tuple[list[str], list[str]]]:
    """Given names and surnames per Faker locale from ``names.tsv`` (token, kind, origins)."""
    by_locale: dict[str, tuple[list[str], list[str]]] = defaultdict(lambda: ([], []))
    for line in path.read_text(encoding="utf-8").splitlines():
        token, kind, origins = line.split("\t")
        for locale in origins.split(","):
            firsts, lasts = by_locale[locale]
            if "F" in kind:
                firsts.append(token)
            if "L" in kind:
                lasts.append(token)
    return {loc: (sorted(f), sorted(l)) for loc, (f, l) in sorted(by_locale.items()) if f and l}


# Faker locales whose names keep their diacritics (names.tsv is ASCII-folded): 15% of names come from here.
ACCENTED_LOCALES = ("es_ES", "fr_FR", "de_DE", "pl_PL", "cs_CZ", "tr_TR", "pt_BR", "vi_VN", "is_IS", "hu_HU")


# Share of names drawn from the extra pools (training/name_pools.py) when they are given; pools whose
# names are usually said surname first; half of the extra names lose their diacritics (as ASR writes them).
EXTRA_SHARE = 0.35
SURNAME_FIRST = ("js:vi", "js:en_HK", "php:ms_MY_chinese", "ea:zh_CN", "ea:zh_TW", "ea:ko")


def fold(text: str) -> str:
    """``text`` without combining marks (``Nguyễn`` -> ``Nguyen``)."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


class NameSampler:
    """Random names in many shapes (one part to four, initials, particles, hyphens) from many locales."""

    def __init__(self, names: dict[str, tuple[list[str], list[str]]], rng: random.Random, fake=None,
                 extra: dict[str, tuple[list[str], list[str]]] | None = None) -> None:
        self._names = names
        self._locales = sorted(names)
        self._rng = rng
        self._fake = fake
        self._extra = extra or {}
        self._extra_pools = sorted(self._extra)

    def parts(self) -> tuple[str, str]:
        if self._extra_pools and self._rng.random() < EXTRA_SHARE:
            pool = self._rng.choice(self._extra_pools)
            firsts, lasts = self._extra[pool]
            first, last = self._rng.choice(firsts), self._rng.choice(lasts)
            if self._rng.random() < 0.5:
                first, last = fold(first), fold(last)
            if pool in SURNAME_FIRST and self._rng.random() < 0.5:
                return last, first
            return first, last
        if self._fake is not None and self._rng.random() < 0.15:
            faker = self._fake[self._rng.choice(ACCENTED_LOCALES)]
            return faker.first_name().split()[0], faker.last_name().split()[-1]
        firsts, lasts = self._names[self._rng.choice(self._locales)]
        return self._rng.choice(firsts).title(), self._rng.choice(lasts).title()

    def full(self) -> str:
        first, last = self.parts()
        r = self._rng.random()
        if r < 0.35:
            return first
        if r < 0.42:
            return last
        if r < 0.72:
            return f"{first} {last}"
        if r < 0.78:
            return f"{first} {self._rng.choice('ABCDEFGHJKLMNPRSTW')}. {last}"
        if r < 0.86:
            return f"{first} {self._rng.choice(PARTICLES)} {last}"
        if r < 0.93:
            return f"{first} {self.parts()[0]} {last}"
        if r < 0.97:
            return f"{first} {last}-{self.parts()[1]}"
        return f"{first}-{self.parts()[0]} {last}"


def fill(template: str, sampler: NameSampler) -> Example:
    """Template with every name placeholder filled; spans are the names' character offsets."""
    out, spans, pos = [], [], 0
    for m in NAME_PLACEHOLDER.finditer(template):
        out.append(template[pos:m.start()])
        kind = m.group(1)
        first, last = sampler.parts()
        value = {"first": first, "last": last}.get(kind) or sampler.full()
        start = sum(map(len, out))
        out.append(value)
        if spans and template[pos:m.start()] == " " and spans[-1][1] == start - 1:
            spans[-1] = (spans[-1][0], start + len(value))  # "{first} {last}" is one name
        else:
            spans.append((start, start + len(value)))
        pos = m.end()
    out.append(template[pos:])
    return "".join(out), spans


def brand(rng: random.Random) -> str:
    """A made-up one-word brand: "CloudHub", "Cloudhub" or "cloudhub"."""
    head, tail = rng.choice(BRAND_HEADS), rng.choice(BRAND_TAILS)
    if tail == head:
        tail = "hub"
    r = rng.random()
    return head.title() + tail.title() if r < 0.4 else (head + tail).title() if r < 0.8 else head + tail


def spoken_copy(example: Example) -> Example:
    """Lowercase, punctuation dropped (as ASR writes it); spans moved with the text."""
    text, spans = example
    keep = [not _PUNCT.match(ch) or (0 < i < len(text) - 1 and text[i - 1].isalnum() and text[i + 1].isalnum())
            for i, ch in enumerate(text)]
    new_index, chars = [], []
    for i, ch in enumerate(text):
        new_index.append(len(chars))
        if keep[i]:
            chars.append(ch.lower())
    new_index.append(len(chars))
    raw = "".join(chars)
    # collapse double spaces left by removed punctuation, tracking offsets
    squeezed, index2 = [], []
    for i, ch in enumerate(raw):
        index2.append(len(squeezed))
        if not (ch == " " and squeezed and squeezed[-1] == " "):
            squeezed.append(ch)
    index2.append(len(squeezed))
    new_spans = [(index2[new_index[s]], index2[new_index[e]]) for s, e in spans]
    text2 = "".join(squeezed).strip()
    shift = len("".join(squeezed)) - len("".join(squeezed).lstrip())
    return text2, [(s - shift, e - shift) for s, e in new_spans]


def generate(names_path: Path, n_positive: int, n_negative: int, seed: int,
             extra_pools: dict[str, tuple[list[str], list[str]]] | None = None,
             spoken_negatives: bool = False, cueless: bool = False, brands: bool = False) -> list[Example]:
    """``n_positive`` + ``n_negative`` generated sentences, each also as a lowercase spoken copy.

    ``extra_pools`` (``training.name_pools.load_pools``): 35% of names come from them. ``spoken_negatives``:
    a third of the plain negatives come from ``negative_spoken.txt`` (interjection-led ASR turns, name
    particles as ordinary words, voice-assistant words). ``cueless``: the cue-less templates join the
    positive and negative template lists. ``brands``: a tenth of the positives and of the negatives come
    from ``brands.txt`` (a made-up brand in a name's slot, never labelled; with or without a name).
    """
    from faker import Faker  # dev dependency; only the training script needs it

    rng = random.Random(seed)
    accented = Faker(list(ACCENTED_LOCALES))
    accented.seed_instance(seed)
    sampler = NameSampler(load_names(names_path), rng, accented, extra_pools)
    positive = POSITIVE + (POSITIVE_CUELESS if cueless else [])
    negative = NEGATIVE + (NEGATIVE_CUELESS if cueless else [])
    examples: list[Example] = []
    branded = [t for t in BRANDS if NAME_PLACEHOLDER.search(t)] if brands else []
    for _ in range(n_positive):
        template = rng.choice(positive)
        if branded and rng.random() < 0.1:
            template = rng.choice(branded).replace("{brand}", brand(rng))
        ex = fill(template, sampler)
        examples += [ex, spoken_copy(ex)]
    fake = Faker(["en_US", "en_GB", "en_AU"])
    fake.seed_instance(seed)
    for i in range(n_negative):
        if i % 3:
            spoken = spoken_negatives and rng.random() < 0.5
            ex = (rng.choice(NEGATIVE_SPOKEN if spoken else negative), [])
            if brands and rng.random() < 0.15:
                ex = (rng.choice([t for t in BRANDS if "{name}" not in t]).replace("{brand}", brand(rng)), [])
        else:
            ex = (rng.choice(NEGATIVE_SLOTS).format(city=fake.city(), company=fake.company(),
                                                    street=fake.street_address()), [])
        examples += [ex, spoken_copy(ex)]
    return examples
