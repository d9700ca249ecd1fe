"""How certain a word right after a cue phrase is a name, by the cue's kind (``cue_score``), and the words around a
name that the scores read: what follows an introduction, a closing vocative or a relation noun.

``recognizers.names.cues`` finds the cue phrases and the word after each; this module scores that word.
"""
from __future__ import annotations

from recognizers.names.clause_cues import name_like
from recognizers.names.filters import CLOSING_WORDS
from recognizers.names.lexicon import ASSISTANT_NAMES, FUNCTION_WORD_NAMES, THANKS_SHORT, frequent_words, lexicon, proper_nouns
from recognizers.names.name_words import AFTER_NAME_WORDS, INTRO_FOLLOWERS
from recognizers.names.self_intro import SELF_INTRO_AFTER
from recognizers.names.tokens import Token
from recognizers.names.typos import typo
from recognizers.names.word_given import word_given_name
from recognizers.names.vocatives import TERMS_OF_ADDRESS, WELL_KNOWN_SPREAD

# Words after a name in an agent's introduction: "this is will from billing".
COMPANY_INTRO = SELF_INTRO_AFTER | {"from"}
# Words after a name addressed or introduced in passing that close or hand the turn on: "thank you grace
# appreciated", "cheers lily bye", "no worries grace take care", "you're welcome kaz have a good day",
# "i'm hang what's your name".
# What follows a closing vocative: the goodbye, or what the speaker will do next.
GOODBYE_FOLLOWERS = CLOSING_WORDS | frozenset("see speak talk cheers i'll ill we'll".split())
TURN_FOLLOWERS = CLOSING_WORDS | frozenset("you've youve you'll youll what what's whats how let lets that's thats"
                                           " appreciated cheers enjoy speak talk i i'll i've really ur you're youre can could may would shall who is take"
                                           " whose who's whos".split())  # "this is frank whose policy is it"
# Clauses said to the person just greeted: "right pat lets get it booked", "thanks gus you're a star".
ADDRESSED_CLAUSES = frozenset("lets let's you're youre you've youve".split())
_ASSISTANT_AS_PERSON = COMPANY_INTRO | {"at", "again"}
# Verbs a person named after "my partner" does ("can my partner waner pick up ...").
SUBJECT_VERBS = frozenset("pick collect drop bring come sign ring call phone pay book said says rang phoned called "
                          "booked paid ordered lives works moved needs wants needed wanted uses used".split())
# Titles that are no other word ("miss", "doctor", "sir" are): whatever follows is a surname.
PLAIN_TITLES = frozenset(("mr", "mrs", "ms", "mister", "dr"))
# Pronouns after a name someone acts for or about ("calling for ganesh she's my mum").
PRONOUNS_AFTER = frozenset(("she", "he", "they", "who", "shes", "hes", "i"))  # "tell prosper i rang"
MIN_NAME_PART = 4  # letters of each name in two run together (not "mer" + "kato")
VOCATIVE_FOLLOWERS = TURN_FOLLOWERS | {"that"}  # ... "that" after a word no everyday word is ("cheers hani that's great")


def _surname_next(nxt: Token | None, after: Token | None) -> bool:
    """``nxt`` is a listed surname that ends an introduced name ("will brown", "hope brown and")."""
    return nxt is not None and nxt.key in lexicon().last and not nxt.function \
        and len(nxt.key) >= 2 and (after is None or after.function or after.key in INTRO_FOLLOWERS)


def _spoken_possessive(tok: Token, joined: Token | None) -> bool:
    """ "my friend sams car": a listed given name with the possessive "s" but no apostrophe (speech to
    text drops it), before the thing owned."""
    lex, base = lexicon(), tok.key[:-1]
    return tok.key.endswith("s") and len(base) >= 2 and base in lex.first and base not in lex.common \
        and lex.spread.get(base, 0) >= 2 and joined is not None and not joined.function


_THANKS = frozenset(("ta", "thanks", "thank", "cheers", "bye")) | frozenset(THANKS_SHORT)
_CONFIRMS = frozenset(("yes", "so", "right", "correct", "um", "uh", "er", "erm"))  # what ends the read-back "so X (um) yes"


def cue_score(kind: str, tok: Token, nxt: Token | None, joined: Token | None = None,
              after: Token | None = None) -> float:
    """How certain ``tok`` is a name given the cue kind before it (0: not a name).

    ``nxt``: the token after ``tok``; ``joined``: the same token if nothing but a space or hyphen
    separates them (None at the end or after punctuation); ``after``: the token after ``joined``.
    """
    if tok.key in ASSISTANT_NAMES:
        # "this is alexa from billing", "alexa at zipscoot", "it's alexa again", "my partner alexa",
        # "calling for alexa she's my mum": a person; "alexa play music", "thanks alexa" are no cue.
        if kind in ("strong", "greeting"):
            return 0.8 if joined is not None and joined.key in _ASSISTANT_AS_PERSON else 0.0
        return 0.7 if kind == "relation" or (kind == "action" and nxt is not None
                                            and nxt.key in PRONOUNS_AFTER) else 0.0
    if tok.key in FUNCTION_WORD_NAMES and kind in ("strong", "greeting"):
        # "my name is will brown", "this is may lee from billing", "speaking with will": never
        # "this is may the fifth", "i will", "it's may".
        if _surname_next(joined, after) or (joined is not None and joined.key in COMPANY_INTRO):
            return 0.8
        return 0.75 if kind == "strong" and (joined is None or joined.key in INTRO_FOLLOWERS
                                             or joined.key == "and") else 0.0
    if kind in ("greeting", "relation") and word_given_name(kind, tok, nxt, joined, GOODBYE_FOLLOWERS | COMPANY_INTRO,
                                                           SUBJECT_VERBS):
        return 0.6
    if tok.function or len(tok.key) < 2:
        return 0.0
    if kind == "nickname":
        return 0.8
    unknown = tok.unknown
    lex = lexicon()
    rare = lex.is_rare_word(tok.key)  # a dictionary word running text seldom uses ("kura", "samia")
    # "sang hyeon", "qi zhe": two syllables of a romanized given name count as one listed name.
    listed = (tok.name and not tok.common) or (
        tok.syllable and nxt is not None and nxt.syllable and (nxt.name or nxt.unknown)
        and len(nxt.key) >= 2)
    if kind == "title":
        # "mrs hawker speaking", "miss kura": also a rare dictionary word (never "the doctor said").
        return 0.85 if listed or unknown or tok.capitalized or tok.name else \
            0.8 if rare or (joined is not None and closed_pair(tok, joined, after)) else 0.0
    if kind == "honorific":
        return 0.7 if listed or unknown else 0.0
    if kind == "strong":
        if listed or unknown or tok.capitalized:
            return 0.9
        # Listed in any locale, even if WordNet has it too ("surya", "hadjer"), or a rare dictionary word ("my name is
        # juju setiawan", "the name of samia talukdar"); any other word before a surname-like word ("my name is ain goh").
        # "first name hang": a romanized given-name syllable that is an everyday word too.
        return 0.85 if tok.name or tok.spread else 0.8 if rare or name_like(joined) \
            or (tok.syllable and (joined is None or joined.function)) else 0.0
    if kind == "greeting":
        if tok.key in _THANKS:
            return 0.0  # "lovely ta bye", "perfect, ta.": British thanks after an acknowledgement
        intro = nxt is None or nxt.key in INTRO_FOLLOWERS or nxt.key in TURN_FOLLOWERS \
            or (nxt.possessive and nxt.key + "'s" in TURN_FOLLOWERS)  # "that's" is "that" + 's
        if listed or (tok.name and tok.capitalized):
            return 0.85 if intro else 0.75
        if unknown:
            return 0.7 if intro else 0.55
        if tok.first and tok.capitalized and not tok.sentence_start:
            return 0.7 if intro else 0.6  # "Ah thank you Uma": a given name a dictionary also has, written as one
        if tok.spread and nxt is not None and nxt.name and not nxt.english:
            return 0.75  # "this is serine mahmoudi": a rare given name before a surname
        if (tok.spread or rare) and name_like(joined):
            return 0.7  # "sorry its gita darmawan again": a listed or rare word before a word no list holds
        if (tok.spread or rare) and not tok.common and joined is not None and joined.first \
                and joined.spread >= WELL_KNOWN_SPREAD:
            return 0.7  # "it's me molnar oliver": a listed or rare word before a well-known given name (surname first)
        if (tok.name or tok.first or (len(tok.key) >= 4 and _seldom_said(tok))) and (_surname_next(joined, after) or (
                name_like(joined) and len(joined.key) >= 4 and (after is None or after.function))):
            return 0.7  # "this is hope brown", "it's sterling hale", "i'm ocean turner", "it's ranger doile": a given
            # name or a word seldom said, then a surname (or a word no list holds) that ends the turn or a clause
        # "it's ade again", "its samia again", "it's harry again": a given name or a rare word before
        # "again" or a closing (a widely listed given name even when it is an everyday word too).
        again = nxt is not None and nxt.key == "again"
        if (intro or again) and not tok.common and (tok.first or rare):
            return 0.6
        if again and tok.first and tok.spread >= WELL_KNOWN_SPREAD:
            return 0.6
        # A listed word after a greeting: a given name ("thanks grace bye"), never only a surname that is
        # an everyday word ("i'm back what's new") nor what people call each other ("cheers mate").
        if tok.key in TERMS_OF_ADDRESS:
            return 0.0
        if _before_thats(tok, nxt) and tok.key not in lex.word_given:
            return 0.6  # "hi rocky that's great": a given name, even an everyday word, before "that's ..." (not a word
            # given name of word_given_names.txt: "this is progress that's great"; after thanks: ``thanked_vocative``)
        if tok.name and intro and (tok.first or not tok.common):
            return 0.75
        # ... unless a goodbye follows ("you too wood take care", "thanks pat bye", "no problem pat i'll ..."):
        # any listed given name or surname; or the next clause is said to them ("right chuck lets ...").
        if nxt is not None and nxt.key in ADDRESSED_CLAUSES and tok.first and tok.key not in AFTER_NAME_WORDS:
            return 0.6
        return 0.6 if (tok.first or tok.key in lex.last) and nxt is not None and nxt.key in GOODBYE_FOLLOWERS \
            else 0.0
    if kind == "name_part":  # "is yeo your surname": whatever word the agent asks about
        return 0.0 if tok.function or not tok.key.isalpha() else 0.7
    if kind == "readback":  # a name read back ("taka hashi"), not a town or a word ("i've put london / three ...")
        if nxt is not None and nxt.key in _CONFIRMS and tok.common or typo(tok):
            return 0.0  # "so X yes" reads back no everyday word ("so far yes"), nor a typo ("is that irght")
        return 0.0 if tok.key in proper_nouns() or tok.function or tok.english and not (tok.name or tok.first) else 0.6
    if kind == "action":
        if listed:
            return 0.8
        if typo(tok):
            return 0.0  # a typo of an everyday word ("left with nothnig")
        if nxt is not None and nxt.key in PRONOUNS_AFTER and (tok.first or rare or (tok.capitalized and not tok.common)):
            return 0.6  # "i'm calling for ganesh she's my mum", "calling for fatimah, shes my mum"
        # "call mark": an ambiguous word only if it is a given name in several locales;
        # "talk to azalea": a given name that is a rare English word.
        if unknown or (tok.first and (tok.spread >= 2 or not tok.common) and tok.key not in AFTER_NAME_WORDS):
            return 0.6  # not "the text said ...": a word that follows names is no name after a verb
        if rare and name_like(joined):
            return 0.6  # "i told hila elbaz twice": a rare dictionary word before a word no list holds
        if _seldom_said(tok) and tok.key.isalpha() and joined is not None and joined.unknown and len(joined.key) >= 4 \
                and (after is None or after.function):
            return 0.6  # "i sent some to som chantrea for ...": a word seldom said, then a name no list holds
        # "book a ride for Pat", "send $20 to Pat Young": a capitalized given name inside a sentence of cased text
        return 0.6 if tok.first and tok.capitalized and not tok.sentence_start and not tok.possessive else 0.0
    if kind == "relation":  # "my friend rohit", "for my wife grace", but not "my mom said", "my son will"
        if listed or unknown or _spoken_possessive(tok, joined):
            return 0.75
        if tok.first and not tok.possessive and _surname_next(joined, after):
            return 0.7  # "my mum honour porter is ...", "the guarantor is ace hunt": a given name that is a word, a surname
        if tok.capitalized and not tok.sentence_start and joined is not None and joined.capitalized \
                and (joined.unknown or joined.name) and not joined.common:
            return 0.7  # "my nan Mere Tamihana": a capitalized everyday word before a capitalized surname
        if joined is not None and joined.unknown and len(joined.key) >= 4 and not tok.function and not tok.possessive \
                and tok.key not in AFTER_NAME_WORDS and tok.key not in frequent_words():
            return 0.7  # "the payroll officer manana dolidze": a word seldom used, then a surname no list holds
        if joined is not None and closed_pair(tok, joined, after):
            return 0.7  # "the optometrist iris huges said", "the dentist we saw was noble fletcer."
        spoken_plural = tok.key.endswith("s") and tok.key[:-1] in lex.first  # "my friend sams": not a name
        return 0.7 if (tok.first or rare) and tok.key not in AFTER_NAME_WORDS and not spoken_plural and (
            joined is None or joined.function or name_like(joined) or joined.key in SUBJECT_VERBS or _past_verb(joined)
            or (tok.capitalized and not tok.sentence_start)) else 0.0  # ... "my husband Yaw actually"
    # Prepositions are weak: only a listed name or a capitalized unknown word, or two words of a name
    # ("under hemant das", "to sidhant rajput": a word no list holds, then a surname-like or rare word).
    if listed and not tok.english:
        return 0.65
    if joined is not None and not joined.function and (after is None or after.function) and (
            ((unknown or rare)
             and (joined.unknown or (joined.name and not joined.common) or lex.is_rare_word(joined.key)))
            or (tok.first and (joined.unknown or (joined.key in lex.last and (
                not joined.common or not tok.common or tok.spread >= WELL_KNOWN_SPREAD))))):
        return 0.6  # "under hemant das", "for poppy graham", "for uma nair": a given name and a surname
    if tok.capitalized and (listed or unknown):
        return 0.55
    return 0.6 if unknown and _given_and_surname(tok.key) else 0.0  # "under ezrareid": two names run together


def _before_thats(tok: Token, nxt: Token | None) -> bool:
    """A given name (not a word that follows names) before "that's ..."."""
    return tok.first and nxt is not None and nxt.possessive and nxt.key == "that" and tok.key not in AFTER_NAME_WORDS


def thanked_vocative(cue_word: str, tok: Token, nxt: Token | None) -> float:
    """ "cheers justice that's great", "thanks honor that's lovely": after a thanks, any given name before "that's", the
    word given names of word_given_names.txt too (only "this is" / "it's" make "progress that's great" a clause); and
    any word between a thanks and a farewell ("thanks azure see you saturday", "cheers arrow appreciate it bye")."""
    return 0.6 if cue_word in _THANKS_CUES and tok.key not in TERMS_OF_ADDRESS and (
        _before_thats(tok, nxt) or _before_farewell(tok, nxt)) else 0.0


# The first words of a farewell after a thanks and a name; and words between the two that are no name.
# Not "bye": "merci thank you yalla bye", "thanks all bye".
_FAREWELLS = frozenset("see appreciate talk speak take".split())
_NOT_THANKED = frozenset("anyway though tho again ta bye cheers thanks kindly btw both all".split())


def _before_farewell(tok: Token, nxt: Token | None) -> bool:
    return nxt is not None and nxt.key in _FAREWELLS and not tok.function and not tok.possessive \
        and tok.key.isalpha() and len(tok.key) >= 3 and tok.key not in AFTER_NAME_WORDS and tok.key not in _NOT_THANKED


_THANKS_CUES = _THANKS - {"bye"} | {"you"}  # the last word of a thanks cue ("thank you": "you"; "thank" ends none)


def closed_pair(tok: Token, joined: Token, after: Token | None) -> bool:
    """A given name (a word given name or a word no list holds too) and a word that may be a surname, then the turn's
    end (a word seldom said: "the dentist we saw was noble fletcer.") or a person's verb (any word but an adverb: "the
    practice nurse harleen core said", "doctor blossom kendall changed")."""
    if not (tok.first or tok.unknown or tok.key in lexicon().word_given) or tok.possessive or joined.function \
            or joined.possessive or not joined.key.isalpha() or len(joined.key) < 3 or joined.key in AFTER_NAME_WORDS \
            or joined.key in _NOT_SURNAMES or joined.key.endswith("ly"):
        return False
    if after is None:
        return joined.key not in frequent_words()
    return after.key in SUBJECT_VERBS or _past_verb(after)


_NOT_SURNAMES = frozenset("also just still really never always then now even only already ever got gets get has had have "
                          "was were is are came went took made did does".split())  # ("his sister X got paid")


def _past_verb(tok: Token) -> bool:
    """A dictionary word in the past tense, no name ("my neighbour halide watched them")."""
    return tok.key.endswith("ed") and len(tok.key) >= 5 and tok.english and not tok.name and not tok.possessive


def _given_and_surname(key: str) -> bool:
    """``key`` is a listed given name and a listed surname run together, neither an everyday word ("ezrareid")."""
    lex = lexicon()
    return any(key[:k] in lex.first and key[k:] in lex.last and key[:k] not in lex.common and key[k:] not in lex.common
               for k in range(MIN_NAME_PART, len(key) - MIN_NAME_PART + 1))


def _seldom_said(tok: Token) -> bool:
    """A dictionary word running text seldom uses and no verb form, nor a word that follows names ("som", "ranger", not
    "said")."""
    return tok.english and not tok.common and tok.key not in AFTER_NAME_WORDS and not lexicon().is_inflected_common(tok.key)
