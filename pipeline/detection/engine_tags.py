"""Tags a speech engine prints in place of what it could not hear: "[inaudible]", "<unk>", "[crosstalk]".

They carry nothing of the speaker's, but they break the patterns around them ("okay [inaudible] it's i e 5
1 u l s b" is an answer of one piece). Recognizers read the turn with each tag blanked (same length, so
offsets hold); the sanitized text keeps the tag.
"""
from __future__ import annotations

import re

_TAG = re.compile(r"\[(?:inaudible|unintelligible|unk|noise|crosstalk|laughter|laughs|music|silence|pause|"
                  r"cough|background noise|overlapping)\]|<unk>|<noise>", re.IGNORECASE)


def blank_engine_tags(text: str) -> str:
    """``text`` with every speech-engine tag replaced by blanks of its length."""
    if "[" not in text and "<" not in text:
        return text
    return _TAG.sub(lambda m: " " * len(m.group()), text)
