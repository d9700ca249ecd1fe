"""The caller's surname spelled out in an e-mail's user part ("jay dot okonkwo at gmail dot com"): name propagation
seeds it, so the surname is found where the call says it elsewhere."""
from __future__ import annotations

import re

from pipeline.records import Finding
from recognizers.names.lexicon import FUNCTION_WORDS, WORD_RE, fold, frequent_words, lexicon
from recognizers.start_set import compile_fast

# A name part shorter than this ("al", "li") matches too many unrelated words (name propagation's parts too).
MIN_PART_LENGTH = 3

# A listed name spelled out in an e-mail's user part is the caller's name: mentions of it elsewhere in the
# call are found at this score.
EMAIL_SEED_SCORE = 0.6
USER_PART_END = compile_fast(r"@|\s(?:at|at sign|at the rate)\s", re.IGNORECASE)


def email_name_parts(text: str, finding: Finding) -> list[str]:
    """The surname in an e-mail's user part that also holds a given name or an initial ("jay dot okonkwo at
    ..." -> okonkwo)."""
    value = text[finding.start:finding.end]
    end = USER_PART_END.search(value)
    lex = lexicon()
    keys = [fold(m.group()) for m in WORD_RE.finditer(value, 0, end.start() if end else len(value))]
    # A surname after a given name or an initial ("jay dot okonkwo", "s.jones84"), no frequent word:
    # "sales.london@..." names a team and a town, not a person.
    surnames = [k for k in keys if len(k) >= MIN_PART_LENGTH and k not in FUNCTION_WORDS and k in lex.last
                and k not in lex.common and k not in frequent_words()]
    given = any(k not in surnames and (k in lex.first or len(k) == 1) for k in keys)
    return surnames if given else []
