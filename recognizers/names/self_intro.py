"""Names that introduce themselves: "yes li speaking", "claims team, uday speaking", "fahad on the line",
"Chun Nan Tsao here, I need ...", "payments team, ridho. i understand ..."."""
from __future__ import annotations

from recognizers.names.lexicon import ASSISTANT_NAMES, lexicon
from recognizers.names.reasons import REASON_CUE_PHRASE
from recognizers.names.name_words import INTRO_FOLLOWERS, MAX_NAME_TOKENS, Candidate
from recognizers.names.modal_subjects import OPENERS
from recognizers.names.subjects import FILLER_PAIRS
from recognizers.names.tokens import Token, keys_of, patronymic_initial, positions
from recognizers.names.vocatives import WELL_KNOWN_SPREAD

# A name right before "speaking", "here" or "calling" at the start of a turn: "yes li speaking",
# "amr el shaaban calling about a claim".
SELF_INTRO_AFTER = frozenset(("speaking", "here", "calling", "ringing", "phoning"))
HESITATIONS = frozenset("um uh er erm uhm umm like so".split())
_INTRO_KEYS = frozenset(("speaking", "here", "on", "at"))  # the words the first rule below acts at
_YOUVE, _FROM = frozenset(("you've", "youve")), frozenset(("from", "with"))  # "tasmin with lumo here"


def self_intro(text: str, tokens: list[Token]) -> list[Candidate]:
    """ "yes li speaking", "Chun Nan Tsao here, I need...": a turn opening with a name; and an agent's
    "claims team, uday speaking" anywhere: one name-like word (listed or unknown) right before "speaking"."""
    out = []
    keys = keys_of(tokens)
    for k in positions(keys, _INTRO_KEYS, 1):
        key = tokens[k].key
        line = key in ("on", "at") and k + 1 < len(tokens) and _on_the_line(tokens, k)  # "fahad on (um) the line"
        if key not in ("speaking", "here") and not line:
            continue
        end = line or k + 1
        if not (end == len(tokens) or tokens[end].function or tokens[end].key in INTRO_FOLLOWERS
                or (key == "here" and tokens[end].key in _AFTER_HERE)):
            continue
        j = k - 1
        while j > 0 and tokens[j].key in HESITATIONS:  # "abdelkrim uh speaking"
            j -= 1
        tok = tokens[j]
        if not (_speaker_name(tok) or tok.key in lexicon().word_given or (key != "here" and (tok.key in ASSISTANT_NAMES or (
                tok.first and tok.spread >= 2 and not tok.function)))  # "box office, alexa speaking", "honor here"
                or (key == "here" and tok.first and tok.spread >= WELL_KNOWN_SPREAD and end < len(tokens)
                    and tokens[end].key in _AGENT_QUESTIONS)):  # "reception grace here who is the appointment for"
            continue
        if key == "here" and j > 0 and not tok.sentence_start and (tokens[j - 1].function
                                                                   or tokens[j - 1].key in _NOT_BEFORE_HERE):
            continue  # ("Apologies for the wait. Amayas here, ...": a sentence of its own)
        out.append(Candidate(j, j, 0.7, REASON_CUE_PHRASE))
    # "payroll helpdesk cian what can i do for you": a given name or a word no list holds between the team
    # and the offer of help.
    for k in range(2, min(len(tokens) - 4, _TEAM_REACH + 1)):
        if tokens[k + 1].key in _HELP_STARTS and _offers_help(tokens, k + 1) and not tokens[k - 1].function \
                and _agent_name(tokens[k]):
            out.append(Candidate(k, k, 0.7, REASON_CUE_PHRASE))
    # "oakhaven deliveries, you've got leoline, can i take a name": an agent's name after "you've got / reached", before a
    # question.
    for k in positions(keys, _YOUVE, 0, len(tokens) - 3):
        verb, tok = tokens[k + 1].key, tokens[k + 2]
        # "you've reached acme": a company, unless a listed given name
        named = _agent_name(tok) if verb == "got" else verb == "reached" and tok.first and not tok.function
        if named and not tok.possessive and _words_after(tokens, k + 3, 1)[0] in (["can"], ["how"], ["what"], ["may"]):
            out.append(Candidate(k + 2, k + 2, 0.7, REASON_CUE_PHRASE))
    # "sorry to hear that fani from globecash here": a name before "from / with <company> here / speaking"; "Thanks. Bahram
    # from the benefits team, I'm ...": a sentence opening with a name and the team it speaks for.
    for k in positions(keys, _FROM, 1, len(tokens) - 2):
        words, _ = _words_after(tokens, k + 1, 2)
        if len(words) == 2 and words[1] in ("here", "speaking") and _agent_name(tokens[k - 1]) \
                or _team_sentence(text, tokens, k):
            out.append(Candidate(k - 1, k - 1, 0.7, REASON_CUE_PHRASE))
    # "payments team, ridho. i understand ...": an agent's name after the team that opens the turn.
    out += [Candidate(k, k, 0.7, REASON_CUE_PHRASE) for k in range(2, min(len(tokens), _TEAM_REACH))
            if tokens[k - 1].key == "team" and _speaker_name(tokens[k])
            and (k + 1 == len(tokens) or tokens[k + 1].function or tokens[k + 1].key in INTRO_FOLLOWERS)]
    return out + _opening_intro(text, tokens)


_TEAMS = frozenset(("team", "department", "office", "desk", "unit", "service"))


def _team_sentence(text: str, tokens: list[Token], k: int) -> bool:
    """Token ``k`` ("from") follows a word that opens its sentence and may be a name, and "the <up to three words> team /
    department / office ..." follows it, closed by punctuation."""
    tok = tokens[k - 1]
    if tokens[k].key != "from" or not tok.sentence_start or not _speaker_name(tok) or tokens[k + 1].key != "the":
        return False
    for j in range(k + 2, min(k + 6, len(tokens))):
        if tokens[j].key in _TEAMS:
            return text[tokens[j].end:tokens[j].end + 1] in (",", ".", ";", "!") \
                or (j + 1 < len(tokens) and tokens[j + 1].key in ("here", "speaking"))
    return False


def _words_after(tokens: list[Token], k: int, count: int) -> tuple[list[str], int]:
    """The next ``count`` words from token ``k`` on, hesitations ("um", "i mean") skipped, and the index after them."""
    words = []
    while k < len(tokens) and len(words) < count:
        if k + 1 < len(tokens) and (tokens[k].key, tokens[k + 1].key) in FILLER_PAIRS:
            k += 2  # "nontobeko on i mean the line"
            continue
        if tokens[k].key not in HESITATIONS:
            words.append(tokens[k].key)
        k += 1
    return words, k


def _on_the_line(tokens: list[Token], k: int) -> int:
    """The index after "on the line" / "on reception" / "at reception" / "at your service" / "on the phone (today)"
    when token ``k`` is its "on" or "at" (hesitations inside), else 0."""
    words, end = _words_after(tokens, k + 1, 2)
    if words and words[0] in _DESKS:
        end = _words_after(tokens, k + 1, 1)[1]
    elif words not in (["the", "line"], ["the", "desk"], ["the", "phones"], ["the", "phone"], ["front", "desk"],
                       ["your", "service"]) \
            or (tokens[k].key == "at" and words[1] == "line"):
        return 0
    return end + 1 if end < len(tokens) and tokens[end].key in ("today", "now") else end  # "... on the phone today"


# What a speaker says right after "<name> here": "copperleaf bank chanaka here before anything who am i speaking with",
# "seo-yun park here again about my claim".
_AFTER_HERE = frozenset("before thanks thank today again".split())
_AGENT_QUESTIONS = frozenset("who who's whos how what what's whats can".split())
_DESKS = frozenset(("reception", "duty"))  # "timucin on reception", "ola on duty"


# How an agent offers help after naming themselves: "what can i do for you", "how can i help".
_HELP_OFFERS = (["what", "can", "i", "do"], ["how", "can", "i", "help"], ["how", "may", "i", "help"])
_HELP_STARTS = frozenset({"what", "how"}) | HESITATIONS


def _offers_help(tokens: list[Token], k: int) -> bool:
    return _words_after(tokens, k, 4)[0] in _HELP_OFFERS


# How far into a turn (tokens) the team an agent introduces themselves from may come.
_TEAM_REACH = 7


# "i live here", "put it here": a verb or preposition before "<word> here" makes the word no name.
_NOT_BEFORE_HERE = frozenset("i we you they it is are was be been get got put live lives work works stay "
                             "stuck sit sat wait come came".split())


def _speaker_name(tok: Token) -> bool:
    """A word that can be the name in "<name> speaking" / "<name> here" ("public speaking", "right here"
    cannot): listed or unknown, a given name a dictionary also lists as a noun ("gracie", "tatu"), or only
    an inflected form of a dictionary word ("lamees", "alper")."""
    return not tok.function and len(tok.key) >= 2 and (
        tok.unknown or ((tok.name or tok.first) and (not tok.common or tok.capitalized))
        or (not tok.common and tok.key not in lexicon().english) or lexicon().is_rare_word(tok.key))


def _agent_name(tok: Token) -> bool:
    """A word that can be the name an agent gives before offering help or naming the company: a speaker's
    name (``_speaker_name``) or any listed given name."""
    return _speaker_name(tok) or (tok.first and not tok.function)


def _opening_intro(text: str, tokens: list[Token]) -> list[Candidate]:
    i = 0
    while i < len(tokens) and tokens[i].key in OPENERS:
        i += 1
    # "hi um this is daming ye calling": after "this is", words no frequent word is, however a speech engine
    # wrote them ("british gas", "customer services", "the bank" are no person).
    this_is = i + 1 < len(tokens) and tokens[i].key == "this" and tokens[i + 1].key == "is"
    i += 2 if this_is else 0
    for k in range(i + 1, min(i + MAX_NAME_TOKENS, len(tokens))):
        after = tokens[k + 1] if k + 1 < len(tokens) else None
        run = tokens[i:k]
        if tokens[k].key == "and" and after is not None and after.key in _I_AM and k - i >= 2 and not this_is:
            # "kinda farhat and i'm the account holder": two or three words opening the turn, one of them
            # a name no everyday word could be, the last no frequent word.
            if all(not t.function for t in run) and any(t.spread or t.unknown for t in run) \
                    and not run[-1].common:
                return [Candidate(i, k - 1, 0.7, REASON_CUE_PHRASE)]
            break
        if tokens[k].key not in SELF_INTRO_AFTER and tokens[k].key != "again":
            continue  # "Umesh again, I called yesterday": a turn opening with a name said again
        if (after is None or after.function or after.key in INTRO_FOLLOWERS or after.key in _AFTER_HERE) and (
                _after_this_is(run) if this_is else all(not t.function and (t.spread or t.unknown or (
                    n == 0 and len(run) > 1 and patronymic_initial(text, tokens, i)))  # "b enkhjargal"
                    for n, t in enumerate(run))):
            return [Candidate(i, k - 1, 0.75, REASON_CUE_PHRASE)]
        break
    return []


def _after_this_is(run: list[Token]) -> bool:
    """The words between "this is" and "calling" can be a name: no frequent word among them ("daming lu"), or
    a listed given name, then words a list holds or no dictionary does ("faith churchill", "patience brain":
    given names that are everyday words, then a surname; "chase bank", "april billing" are no person)."""
    if any(t.function or len(t.key) < 2 for t in run):
        return False
    lex = lexicon()
    return all(not t.common for t in run) or (len(run) > 1 and run[0].first and all(
        t.name or t.first or t.unknown or lex.is_rare_word(t.key) for t in run[1:]))


_I_AM = frozenset(("i'm", "im", "i"))
