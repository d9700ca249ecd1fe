"""An agent asking for the customer's own something that no rule of ``recognizers.question_cues`` names and that is no
English word and no name ("what is your OIB?", "your asiakasnumero please"): an identifier, fail closed."""
from __future__ import annotations

from recognizers.entities import ACCOUNT_NUMBER, NATIONAL_ID
from recognizers.start_set import compile_fast

# "what is your NIF?", "your PESEL please", "and your Steuer-ID?": a request for the customer's own something that is
# no English word and no name is an identifier whose name the rules above do not know (fail closed: the answer's
# digits and codes are read as an identifier; an answer holding none gives nothing).
_YOUR_WORD = compile_fast(r"\byour ([a-zà-ÿ][a-zà-ÿ\-]{1,19})\b")
UNKNOWN_IDENTIFIER = frozenset({NATIONAL_ID, ACCOUNT_NUMBER})
_NUMBER_ENDINGS = ("nummer", "numero", "número", "nr")  # "kundnummer", "klantnummer", "asiakasnumero"


def unknown_identifier(question: str) -> frozenset[str]:
    """NATIONAL_ID and ACCOUNT_NUMBER when ``question`` asks for the customer's own unlisted something."""
    from recognizers.names.lexicon import FUNCTION_WORDS, is_abbreviation, lexicon  # (imports the name lists)

    lex = lexicon()
    for match in _YOUR_WORD.finditer(question):
        parts = match.group(1).split("-")
        word = parts[0]
        if word in FUNCTION_WORDS or lex.is_english(word) and not (len(parts) > 1 and parts[-1] in ("id", "nr", "no")):
            continue
        if is_abbreviation(word) or word not in lex.spread or len(parts) > 1 or word.endswith(_NUMBER_ENDINGS):
            return UNKNOWN_IDENTIFIER
    return frozenset()


# The European national numbers' names, for ``question_cues`` ("your Steuer-ID", "le NIR", "il codice fiscale",
# "your DNI or NIE", "PESEL", "personnummer", "BSN"): a named identifier, no unknown one.
EUROPEAN_ID_GATES = ("steuer", "idnr", "nir", "secu", "sécu", "codice", "nie", "nif", "pesel", "personnummer", "bsn",
                     "burgerservice", "rijksregister", "national number", "numéro national", "cpr", "hetu", "fødsels",
                     "fodsels")
EUROPEAN_ID_QUESTION = (r"\b(?:steuer-?id|steuer-?identifikationsnummer|idnr|nir|num[eé]ro de s[eé]cu|s[eé]cu|"
                        r"codice fiscale|nie|nif|pesel|personnummer|bsn|burgerservicenummer|rijksregisternummer|"
                        r"national number|num[eé]ro national|cpr|hetu|f[øo]dselsnummer)\b")
