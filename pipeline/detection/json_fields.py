"""Which fields of a JSON transcript export hold people's words or names, and which are bookkeeping: message
and user ids, time stamps, types, enumerations ("rel": "chat_transcript"). Plain functions over a key and its
string value; they log nothing.
"""
from __future__ import annotations

import re

from recognizers.names.lexicon import frequent_words, lexicon, proper_nouns
from recognizers.start_set import compile_fast

# Fields that hold what was said: their text is read whatever the vendor calls them.
_SPEECH_KEYS = frozenset("phrase content transcript text utterance message body displaytext lexical".split())
# Values of bookkeeping fields: identifiers, codes, enumerations (a name in another field stays readable).
_BOOKKEEPING = compile_fast(r"[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}|[A-Za-z]{2}-[A-Za-z]{2}"
                            r"|internal|external|agent|customer|call|chat|voice|positive|negative|neutral|mixed",
                            re.IGNORECASE)
# Fields whose value is bookkeeping whatever it looks like: message and user ids, time stamps, types ("ts":
# "1734126602.893287", "user": "U0GPD02WQDA", "id": "1811908730").
_BOOKKEEPING_KEYS = frozenset("id ts thread_ts event_ts type subtype part_type channel team created_at updated_at "
                              "timestamp client_msg_id conversation_id rel".split())  # "rel": Zendesk's via source
_BOOKKEEPING_KEY_ENDS = ("_id", "Id", "ID", "_ts", "_at", "Ms", "_ms")
_ID_VALUE = compile_fast(r"[A-Z0-9]{6,}|[\d.:\-TZ+]{6,}")  # "U0GPD02WQDA", "1734126602.893287"
# Fields that hold a person's name, and the objects whose "name" is no person's.
NAME_KEYS = frozenset("name real_name realname display_name displayname full_name fullname first_name firstname "
                      "last_name lastname given_name givenname family_name familyname surname username user_name "
                      "nickname author_name sender_name customer_name customername agent_name agentname contact_name "
                      "contactname caller_name participant_name from_name speaker_name".split())
NOT_PERSON_OBJECTS = frozenset("company organization organisation org team product channel workspace brand queue "
                               "skill bot app application group tag tags label labels file attachment".split())
_ENUMERATION = compile_fast(r"[a-z]+(?:_[a-z]+)+")  # "chat_transcript", "web_widget", "follow_up"
_HANDLE_KEY_PARTS = ("mail", "login", "handle")  # fields whose snake_case value is somebody's handle


def is_bookkeeping(key: str, value: str) -> bool:
    """Whether a JSON string value is an export's bookkeeping, not anybody's words."""
    if key.lower() in _SPEECH_KEYS:
        return False
    if key in _BOOKKEEPING_KEYS or key.endswith(_BOOKKEEPING_KEY_ENDS):
        return True
    return _BOOKKEEPING.fullmatch(value) is not None or (
        key in ("user", "author", "sender", "bot") and _ID_VALUE.fullmatch(value) is not None) or (
        _enumeration(key, value))


def _enumeration(key: str, value: str) -> bool:
    """A snake_case value of everyday words, none a name, outside a name, mail, login or handle field: an
    enumeration's member ("rel": "chat_transcript"), not a handle ("assignee": "grace_park")."""
    low = key.lower()
    if _ENUMERATION.fullmatch(value) is None or low in NAME_KEYS or any(part in low for part in _HANDLE_KEY_PARTS):
        return False
    return all(w in frequent_words() and not lexicon().is_name(w) and w not in proper_nouns() for w in value.split("_"))
