"""PERSON names in chat and lowercase ASR text without NER: cue phrases plus multi-locale name lists.

spaCy NER (trained on cased text) misses most names in lowercase speech-to-text turns and more
non-Western names than Anglo ones. This recognizer covers that gap. Casing never decides recall: a
name list hit counts the same in ``Priya`` and ``priya``; capitalization is only extra evidence.

Evidence, strongest first (scores express certainty; the pipeline's default threshold is 0.5):

* strong cue, any word that is not a function word: "my name is", "name's", "under the name",
  "speaking with", "mr / ms / dr" (0.85-0.9);
* greeting cue + a listed or unknown word: "hi this is maria from acme", "i'm priya" (0.55-0.85);
* action or vocative cue + a listed name: "call raju", "email john", "thanks priya" (0.6-0.8);
* two or more adjacent listed names: "nguyen van minh", "emma watson" (0.7-0.8);
* one listed name with weaker context: capitalized in otherwise lowercase text, possessive
  "priya's", after "with / from / to" (0.5-0.65); alone and not an English word (0.5).

Names that are also frequent English words ("will", "may", "mark", "grace") count only with a cue;
"will" and "may", function words too, only right after "my name is" / "this is" and before a surname
or the end of the introduction ("my name is will brown", "this is may from billing"). The business
name after a contact-centre opener ("thank you for calling northwind mobile", "calling from acme",
"welcome to contoso") is never a person, unless a title precedes it ("calling from dr patel's").
Nor, without a cue, is a word right after an article or possessive determiner ("the uber app", "my
gmail inbox") unless a listed name that is no everyday word is among it, the owner in a business name
("marco's diner"), or a verb form after a given name ("sophia emailed", not a surname).

The work is split over helper modules: ``names.tokens`` (one tokenization pass, cached word facts),
``names.cue_phrases`` / ``names.cues`` / ``names.cue_scores`` (cue phrases, matched only where a trigger word starts),
``names.rules`` (name lists), ``names.name_runs`` (span growth). Romanized Asian given names written as one word
("xiaoming", "jihoon") or as two ("chih hung") are read from a syllable list (``data/name_syllables.txt``); Arabic openers and
joiners stay with their name ("abu malik", "omar al farsi"). East Asian surnames spelled like short
English words end a name when the name ends there ("minjae so", "jihyeon in", "mr ok speaking"), and a
word with Vietnamese letters or tone marks is a name, not the English word it folds to ("Mỹ", "Cát"; see
``names.short_surnames``). The name signed under a sign-off line ("Best,\nRaj Goenka") is found by
``names.signatures``. A turn with no listed, unknown or
capitalized word and no biography cue is done after tokenization.
"""
from __future__ import annotations

import logging

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from recognizers.names.cue_phrases import closes_cue
from recognizers.names.cues import cue_candidates
from recognizers.names.arabizi import arabizi_signed
from recognizers.names.coordination import coordinated
from recognizers.names.filters import not_after_determiners, not_companies, not_id_labels
from recognizers.names.reasons import REASON_CUE_PHRASE, REASON_NAME_LIST
from recognizers.names.patronymics import patronymic_names
from recognizers.names.name_words import Candidate, leading_particle
from recognizers.names.rules import list_candidates, with_openers
from recognizers.names.short_surnames import surname_first, surname_pairs
from recognizers.names.signatures import SCORE as SIGNED_SCORE, dash_signature, mentions, name_line_candidates, signed_names
from recognizers.names.sinitic_surnames import sinitic_names
from recognizers.names.tokens import Token, tokenize
from recognizers.base import TranscriptRecognizer, register
from recognizers.entities import PERSON

logger = logging.getLogger(__name__)
PAIR_SCORE = 0.6  # a given name and a short or Vietnamese surname ending the name ("khang do", "an quach")


@register("person_names.v3")
class PersonNameRecognizer(TranscriptRecognizer):
    """PERSON from cue phrases and multi-locale name lists; no spaCy needed."""

    ENTITIES = (PERSON,)

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
                ) -> list[RecognizerResult]:
        if PERSON not in entities or not text:
            return []
        return [self.result(text_start, text_end, PERSON, score, reason)
                for text_start, text_end, score, reason in self.find_spans(text)]

    @staticmethod
    def find_spans(text: str, fast: bool = True) -> list[tuple[int, int, float, str]]:
        """``(start, end, score, reason)`` of every name found in ``text``.

        ``fast=False`` runs the reference path (every cue regex over the whole turn, no early exit):
        same results, kept for the equivalence test.
        """
        tokens, worth_a_look = tokenize(text)
        signed = [(a, b, SIGNED_SCORE, REASON_CUE_PHRASE)  # "Regards,\n7amed", "... - m brag"
                  for a, b in arabizi_signed(text) + dash_signature(text, tokens) + mentions(text)]
        if not tokens or (fast and not worth_a_look):
            return signed  # no word that could be (part of) a name, nor a biography cue
        found = cue_candidates(text, tokens, gated=fast) + list_candidates(text, tokens) + [
            Candidate(a, b, PAIR_SCORE, REASON_NAME_LIST)
            for a, b in surname_pairs(text, tokens) + surname_first(text, tokens) + sinitic_names(text, tokens)
            + patronymic_names(text, tokens)] + signed_names(text, tokens) + name_line_candidates(text, tokens)
        candidates = not_id_labels(text, tokens, not_after_determiners(text, tokens, not_companies(
            text, tokens, found)))
        candidates += coordinated(text, tokens, candidates)
        candidates = with_openers(text, tokens, candidates)
        # "a nombre de Lucía Ortiz" starts at the given name (a title before "de Souza" opens the candidate itself).
        # "my cousin krystian" starts after the relation noun (a listed surname too), "surname X" after the label.
        candidates = [c._replace(first=c.first + 1) if c.first < c.last and (
            leading_particle(text, tokens[c.first]) or closes_cue(tokens, c.first)) else c for c in candidates]
        spans = _merge(tokens, candidates)
        # A signed name takes a span it holds whole ("- r [wells]"), and gives way to one reaching beyond it.
        spans = [s for s in spans if not any(a <= s[0] and s[1] <= b for a, b, _, _ in signed)]
        spans += [s for s in signed if not any(a < s[1] and s[0] < b for a, b, _, _ in spans)]
        logger.debug("person_names: %d tokens, %d spans", len(tokens), len(spans))
        return spans


def _merge(tokens: list[Token], candidates: list[Candidate]) -> list[tuple[int, int, float, str]]:
    """Union overlapping candidates; the strongest decides score and reason."""
    merged: list[list] = []
    for cand in sorted(candidates, key=lambda c: (c.first, -c.last)):
        if merged and cand.first <= merged[-1][1]:
            top = merged[-1]
            top[1] = max(top[1], cand.last)
            if cand.score > top[2]:
                top[2], top[3] = cand.score, cand.reason
        else:
            merged.append([cand.first, cand.last, cand.score, cand.reason])
    return [(tokens[a].start, tokens[b].end, round(s, 4), r) for a, b, s, r in merged]
