"""Why the name helpers proposed a span (``RecognizerResult`` explanations; listed in ``recognizers.entities``)."""

REASON_NAME_LIST = "name_list"    # a listed given name or surname in a name-like position
REASON_CUE_PHRASE = "cue_phrase"  # right after a cue phrase ("my name is", "mr", "thanks")
