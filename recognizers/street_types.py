"""Street-type words in many languages ("street", "ave", "strasse", "sokak"): the alternation the street patterns
end with and the plain words for word gates. No imports, so the address modules can all read it."""
from __future__ import annotations


def alternatives(words: str) -> tuple[str, frozenset[str]]:
    """A regex alternation from space-separated alternatives ("hills?" = hill or hills), and the
    plain words it matches (for the word gates)."""
    alts = words.split()
    plain = set()
    for alt in alts:
        base = alt.replace("\\.", "").rstrip("?")
        plain.add(base.rstrip("s") if alt.endswith("s?") else base)
        plain.add(base)
        if alt.endswith("r?"):
            plain.add(base[:-1])
    return "(?:" + "|".join(alts) + ")", frozenset(plain)


SUFFIXES, SUFFIX_WORDS = alternatives("""street st road rd avenue ave av boulevard blvd lane ln drive dr
    court ct place pl square sq terrace terr? way crescent cres close parkway pkwy highway hwy circle cir
    trail trl row walk alley turnpike tpke isle islands? coves? forges? hills? heights hts grove gardens
    gdns gr cl mews wharf quay expressway freeway pike plaza plz point pt ridge run view vista loop bypass
    causeway park estates? meadows? commons? junction crossing landing green rise path passage ville lawn
    manor valley springs? shores? parade drove chase approach broadway promenade esplanade circus wynd brae
    embankment stravenue route rte nagar marg vihar straße strasse str gasse weg allee platz gade vej
    gatan vägen vegen veien gata straat laan plein dreef kade tie katu polku kuja utca út ulica cesta
    ulice bulvari bulvarı caddesi sokak sokağı sokagi iela gatve prospekts prospektas prospekti bulvāris bulvaris
    küçəsi kucesi kucasi kuchasi kochasi mnt maantee tänav tanav puiestee""")
