"""Cue phrases that may stand before a name, grouped by kind, and where in a word each kind may start.

Tokenization (``recognizers.names.tokens``) records per written word which cue kinds may start there
(``cue_hits``); ``recognizers.names.cues`` then runs each kind's regex only at those positions.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from recognizers.names.cue_words import ACTION_VERBS, HONORIFICS, KIN_NOUNS, RECORD_ROLES, ROLE_MODIFIERS, ROLE_NOUNS
from recognizers.names.lexicon import THANKS_SHORT, THANKS_SHORT_RE


def _cue(pattern: str) -> re.Pattern[str]:
    # Cues end right before the name, so the match end is the name's search start.
    return re.compile(r"(?<![\w'’])(?:" + pattern + r")(?:[.,:?]?)(?=\s)", re.IGNORECASE)


class CueKind(NamedTuple):
    name: str
    pattern: re.Pattern[str]
    triggers: frozenset[str]   # every word (casefolded, ’ as ') a match of ``pattern`` can start with


def _inflected(words: str) -> frozenset[str]:
    return frozenset(w + s for w in words.split() for s in ("", "s", "ed", "ing"))


# The last word of a cue phrase that names a relation or a field ("my cousin", "surname").
CUE_NOUNS = frozenset(w.replace("ou?r", "our") for w in (KIN_NOUNS + " " + ROLE_NOUNS).split()) | {"neighbor"}
FIELD_LABELS = frozenset("name names surname surnames firstname lastname fullname forename named called".split())
# Greetings that are given names too ("Hiya" is a Bengali name): a greeting only when they open the turn.
OPENING_GREETINGS = frozenset(("hiya", "heya"))
# Words before a relation noun that make it the cue "my cousin", "the driver" (fillers: "my um cousin").
_CUE_OPENERS = frozenset("the a an this that my your his her our their um uh like so last previous other new same".split())


def closes_cue(tokens, k: int) -> bool:
    """``tokens[k]`` (name tokens: ``.key``) ends a cue phrase before a name: a field label ("surname
    vyricherla"), a relation or role noun after a determiner ("my cousin juanma", "our neighbour ..."),
    "law" of "brother in law", or a greeting opening the turn ("hiya john here"). Such a word stands
    before a name, never in it."""
    key = tokens[k].key
    if key in FIELD_LABELS or (k == 0 and key in OPENING_GREETINGS):
        return True
    before = tokens[k - 1].key if k > 0 else ""
    return (key in CUE_NOUNS and before in _CUE_OPENERS) or (key == "law" and before == "in")


_PAUSE = r"(?:(?:uh|um|er|erm|like|so|i\s+mean|\[\w+\])\s+)?"  # a hesitation, or an engine's tag ("[noise]")
# Most certain first: the order also decides which kind's candidate is listed first.
CUE_KINDS = (
    CueKind("strong", _cue(
        r"my\s+(?:full\s+|first\s+|last\s+|given\s+|sur)?name\s+(?:(?:uh|um|er|erm)\s+)?is|my\s+name['’]s|(?:the\s+)?name['’]s"
        r"|(?:first|last|full|given|sur|middle|family)\s*name(?:,?\s+(?:uh|um|er|erm),?)?(?:\s+is|\s+was)?|under\s+(?:the\s+)?name(?:\s+of)?"
        r"|(?:account|reservation|booking|order|policy|appointment)s?\s+(?:is\s+|was\s+|(?:should|ought\s+to|might|must)\s+be\s+)?"
        r"(?:listed\s+|registered\s+|booked\s+)?under(?:\s+(?:the\s+)?name(?:\s+of)?)?"
        r"|(?:listed|registered|booked|reserved|entered|enrolled|filed)\s+under(?:\s+(?:the\s+)?name(?:\s+of)?)?"
        r"|(?:addressed|made\s+out|payable)\s+to"
        r"|(?:you['’]re|you\s+are|i['’]m|i\s+am)\s+(?:speaking|chatting|talking)\s+(?:to|with)|(?:speaking|chatting)\s+with"
        r"|(?:you['’]re|you\s+are)\s+(?:(?:like|so|um|uh|now)\s+)?through\s+(?:(?:like|so|um|uh)\s+)?to"
        r"|(?:i\s+am|i['’]m)\s+called|(?:you\s+can\s+)?call(?:s|ed)?\s+me|account\s+holder\s+(?:is|was)"
        # the name on a card: "on the card it's printed c turner", "card says A Hlal"
        # (started at "printed", not at every "it" / "is": the words before it are lookbehinds)
        r"|(?:(?<=\bit's )|(?<=\bit’s )|(?<=\bits )|(?<=\bis )|(?<=\bit was ))printed(?:\s+as)?|printed\s+as"
        r"|(?:card|badge|passport|ticket|boarding\s+pass|licen[cs]e)\s+(?:says|said|reads|read|shows)"
        r"|signed\s+(?:it\s+|off\s+)?as"  # "a text signed off as ayaikeda"
        r"|name\s+(?:should|must|needs\s+to)\s+(?:read|be|say)"  # "passenger name should read s m sindhu"
        r"|(?:chat|conversation)\s+" + _PAUSE + r"with"  # "my previous chat with maor"
        r"|(?:the\s+)?name\s+on\s+the\s+(?:account|booking|policy|card|reservation|ticket)(?:\s+is|\s+was)?(?:\s+(?:uh|um|er|erm))?"
        r"|mi\s+(?:nombre|apellido)\s+(?:(?:uh|um|er|erm|hmm)\s+)?es|me\s+llamo"  # Spanish: "mi nombre es", "me llamo"
        # a form's field for a person: "claimant: clemency ormerod", "Policyholder: X"
        r"|(?:claimant|policy\s*holder|insured|deceased|executor|beneficiary|witness|patient|passenger|applicant|tenant|pupil|student"
        r"|account\s+holders?|joint\s+account\s+holders?|next\s+of\s+kin|payee|guarantor|donor|attorney|remitter|sender|receiver"
        r"|recipient|cardholder|card\s+holder|(?:preferred\s+|named\s+|usual\s+)?carer"
        r"|player|member|guest|instructor|coach|(?:adult\s+)?contact|parent|guardian|owner|organi[sz]er"
        r"|(?:instructing\s+)?client|seller|vendor|(?:joint\s+)?buyer|purchaser"
        r"|(?:(?:registered|named|extra|additional|main|lead|second)\s+)?(?:driver|keeper|hirer|lessee)|mechanic|technician"
        r"|engineer|solicitor|accountant|executor|trustee|cosigner|landlord|landlady|lodger|sponsor|informant"
        r"|(?:item\s+)?(?:booked|returned|collected)\s+by)(?:\s+\d|\s+on\s+(?:the\s+)?(?:form|claim|file|application))?(?=\s*:)"  # "Player: X", "ITEM RETURNED BY: X"
        r"|(?:['’]s|my|your|his|her|their|the)\s+(?:maiden\s+|full\s+|last\s+|first\s+|given\s+|family\s+"
        r"|middle\s+)?name(?:\s+is|\s+was|\s+of)?|name(?=:)|named|called"),
        frozenset("""my the name's name first last full given family sur firstname passport ticket boarding licence license lastname fullname givenname
        surname middle middlename mi me under account accounts reservation reservations booking bookings order orders policy
        listed registered booked reserved addressed made payable
        policys appointment appointments you're you i'm i speaking chatting call calls called 's s your his her
        their named printed card signed badge chat conversation claimant policy policyholder insured deceased executor
        beneficiary witness patient passenger applicant tenant account next entered enrolled filed pupil student payee guarantor
        donor attorney remitter sender receiver recipient cardholder joint preferred carer player member guest instructor
        coach contact adult parent guardian owner organiser organizer returned collected item instructing client seller
        vendor buyer purchaser registered named extra additional main lead second driver keeper hirer lessee mechanic
        technician engineer solicitor accountant executor trustee cosigner landlord landlady lodger sponsor informant""".split())),
    # What people call someone: "everyone calls me gab", "just call me add" (any word but a few).
    # ... hesitations inside in speech ("everyone um calls uh me kip").
    CueKind("nickname", _cue(r"(?:everyone|everybody|people|friends|mates|folks|folk|they)\s+(?:(?:uh|um|er|erm)\s+)?"
                             r"(?:(?:just|all|usually|always)\s+)?(?:calls?\s+(?:(?:uh|um|er|erm)\s+)?me|say)|just\s+call\s+me"
                             r"|(?:most|all)\s+(?:folks?|people)\s+(?:just\s+)?(?:say|call\s+me)"),
            frozenset("everyone everybody people friends mates folks folk they just most all".split())),
    CueKind("title", _cue(r"mr|mrs|ms|miss|mister|dr|doctor|prof|professor|madam|sir"),
            frozenset("mr mrs ms miss mister dr doctor prof professor madam sir".split())),
    CueKind("honorific", _cue("|".join(HONORIFICS.split()).replace("congressman|congresswoman",
                                                                     "congress(?:wo)?man")),
            frozenset(HONORIFICS.split())),
    # ASR keeps fillers inside the phrase ("this like is", "thank uh you"); a closing vocative follows
    # "bye now", "thanks again" or "anything else (at all)" ("was there anything else at all priya").
    # Casual chat drops the apostrophe ("sorry its priya again", "im ali").
    CueKind("greeting", _cue(r"thanks\s+for\s+(?:holding|waiting|your\s+patience)"  # before "thanks" alone
                             r"|this\s+(?:(?:uh|um|like|so)\s+)?(?:is|was)|it['’]?s(?:\s+(?:just\s+)?me\b)?|(?:really\s+)?appreciate\s+it|(?:much\s+)?appreciated|i['’]?m|i\s+am|here\s+is|hi|hello"
                             r"|hey|hiya|heya|dear|bye(?:\s+now)?|goodbye|thanks(?:\s+(?:(?:like|um|uh)\s+)?(?:again|(?:ever\s+)?so\s+much|a\s+lot|"
                             r"a\s+(?:bunch|million|ton|heap)|heaps|loads|lots|ya|lah|ah))?"  # Singlish: "thanks ya, Vasanth"
                             r"|thank\s+(?:(?:uh|um|like)\s+)?you(?:\s+(?:again|so\s+much|very\s+much))?|" + THANKS_SHORT_RE + r"(?:\s+(?:again|so\s+much|a\s+lot))?|cheers"
                             # ... thanks and greetings in the caller's language ("Danke schön Marie-Aurélie", "merci Yann")
                             r"|danke(?:\s+sch[öo]n)?|merci(?:\s+beaucoup|\s+bien)?|grazie(?:\s+mille)?|gracias|obrigad[oa]"
                             r"|dank\s+je(?:\s+wel)?|bedankt|dzi[eę]kuj[eę]|tack(?:\s+s[åa])?|hola|bonjour|buongiorno|hallo|hej"
                             r"|morning|afternoon|evening|(?:kind\s+|best\s+|warm(?:est)?\s+)?regards"
                             r"|anything\s+else\s+(?:(?:uh|um|like|so)\s+)?(?:i|we)\s+(?:(?:uh|um|like|so)\s+)?can"
                             r"\s+(?:(?:uh|um|like|so)\s+)?(?:help(?:\s+you)?\s+with|(?:do|sort(?:\s+out)?)\s+for\s+you)(?:\s+today)?"
                             r"|anything\s+else\s+(?:[\w']+\s+){1,5}?today|anything\s+else\s+(?:on|with|for|about)\s+(?:the|your|this)"
                             r"\s+(?:claim|policy|account|booking|order|case|reservation)|anything\s+else(?:\s+(?:at\s+all|today))?"
                             r"|you['’]re\s+(?:very\s+|most\s+)?welcome|no\s+worries|no\s+problem|all\s+done|honestly"
                             r"|you\s+(?:(?:uh|um)\s+)?too|you['’]?ve\s+(?:(?:uh|um)\s+)?been\s+(?:so\s+|really\s+)?"
                             r"(?:great|brilliant|amazing|helpful|lovely|a\s+star)"
                             r"|(?<![^\W_])(?<!\w\s)right"  # "right abidy that's all done": opening a closing turn
                             # an agent's acknowledgement opening the turn, then the caller's name ("lovely aditi and the
                             # postcode"); thanks for waiting ("thanks for holding priya", "sorry for the wait priya")
                             r"|(?<![^\W_])(?<!\w\s)(?:great|lovely|perfect|brilliant|excellent|fantastic|wonderful)"
                             r"|sorry\s+(?:for|about)\s+the\s+wait|sorry\s+to\s+keep\s+you\s+waiting"),
            frozenset("""this it's its i'm im i here hi hello hey hiya heya dear bye goodbye thanks thank cheers
            morning afternoon evening regards kind best warm warmest anything you're no all honestly right really appreciate you've youve you
            much appreciated
            great lovely perfect brilliant excellent fantastic wonderful sorry
            danke merci grazie gracias obrigado obrigada dank bedankt dziękuję dziekuje tack hola bonjour buongiorno hallo hej""".split())
            | frozenset(THANKS_SHORT)),
    CueKind("action", _cue(
        r"(?:i['’]?ve\s+|i\s+have\s+)?(?:brought|pulled)\s+up"  # "i've brought up reaeor, is that you?"
        # whose contact or number it is, before the verb "email" is tried: "the email address for bill", "phone number for
        # grace", "the passport number for X", "can i take a number for X"
        r"|(?:e-?mail(?:\s+address)?|(?:phone|mobile|cell)(?:\s+number)?|contact(?:\s+details)?|number)\s+for"
        # an amount sent to someone ("send $1,360 to grace"), tried before the verb alone
        r"|(?:send|sent|transfer(?:red)?|pay|paid|give|gave|wire|wired)\s+[$£€₹]?\d[\d,.]*\s+(?:dollars\s+|bucks\s+)?to"
        r"|(?:give|gave|giving)\s+(?:it\s+|them\s+|the\s+money\s+)?to"  # "give to jasbir"
        r"|(?:send|sent|sending|transferred|wired|paid)\s+(?:it|them|the\s+money|some|that)\s+to"  # "i sent it to thumar"
        # who was on the phone: "i had rudra lepcha on the phone last tuesday"
        r"|(?:had|got)(?=\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s+on\s+the\s+(?:phone|line)\b)"
        r"|(?:went|gone|been|go|going)\s+(?:all\s+)?through\s+(?:all\s+)?(?:this|that|it)(?:\s+all)?\s+with"  # "went through all this with"
        r"|on\s+the\s+(?:phone|line)\s+(?:to|with)"  # "i was on the phone with X for an hour"
        r"|(?:call|ring|rang|rung|phoned|text|e-?mail|message|ping|remind|tell|ask|invite|meet|send|sent|reply|write|forward"
        r"|talk|speak|spoke|spoken|chat|visit|collect|congratulate|wish|pick\s+up|pick|drop\s+off|try|tried|told)"
        r"(?:s|ed|ing)?(?:\s+(?:an?\s+)?(?:e-?mail|message|text|note|reminder|invite)s?)?"
        r"(?:\s+(?:(?:uh|um|er|erm)\s+)?(?:to|with|from|for))?"  # "ask um for chhavi"
        r"|(?:meeting|appointment|lunch|dinner|date|conversation|call|voicemail|missed\s+call)s?\s+(?:with|from|for)"
        # an assistant's or a bot's command: "share my eta with crystal", "book a ride for haritha", "the phone i bought
        # for khem"
        r"|shar(?:e|es|ed|ing)\s+(?:(?:my|our|this|your)\s+)?(?:[^\W\d_]+\s+){0,2}?with"
        r"(?!\s+(?:any|every|no|some)(?:body|one)\b)"  # not "never share your pin with anybody"
        r"|(?:book|booked|booking|order|ordered|get|request|requested|schedule|scheduled)\s+(?:a|an|the)\s+"
        r"(?:ride|cab|taxi|uber|lyft|car|driver|pickup)\s+for"
        r"|(?:bought|ordered|purchased)\s+(?:(?:it|this|that|them|one)\s+)?for"  # (not "booked for june twelfth")
        # money sent to someone: "send 1,060 bucks to grace", "send the money to grace", "the account of grace"
        r"|(?:money|cash|funds|payment|dollars|bucks|pounds|euros|rupees|rand|naira|shillings)\s+to"
        r"|(?:checking|savings|bank|current)(?:\s+account)?\s+(?:of|for|to)"
        # ... and to the owner of the account it lands in: "$1,340 to grace checking", "to kagiso 's savings account"
        r"|to(?=\s+[^\W\d_]+(?:\s*'s)?\s+(?:checking|savings)\b)"
        r"|(?:birthday|wife|husband|son|daughter|mother|father)\s+of"
        # a call or a case handed on: "i'll pass you to X in billing", "escalated it to X", "a word with X"
        r"|(?:pass|put|transfer|connect|escalat|hand|refer)(?:e|es|ed|ing|ring|red|ting|s)?\s+(?:you|it|this|that|him|her|them"
        r"|your\s+(?:call|case|complaint|query))\s+(?:(?:back|over|across|straight|now)\s+)?(?:through\s+)?(?:to|with)"
        r"|(?:escalat(?:e|ed|ing)|referred)\s+to|word\s+with"
        # who the caller cannot get to: "trying to reach X", "can't get hold of X" (not a business's "you can reach us")
        r"|(?:(?<=trying to )|(?<=tried to )|(?<=try to ))reach|(?:get|got|getting)\s+hold\s+of"
        # who took a parcel in or signed for it: "it was left with X at number four", "signed for by X"
        r"|(?:left|leave|leaving)\s+(?:(?:it|them|the\s+(?:parcel|package|keys?|box))\s+)?with|signed\s+for\s+by"
        # whose name a card or a contract is in: "the card is in X's name"
        r"|in(?=\s+[^\W\d_]+\s*['’]?s\s+name\b)"
        # someone added to an account, asked for or on a booking: "can you put X on the account", "is X there please",
        # "is X on the same room"
        r"|(?:put|add|adding|added|putting)(?=\s+[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s+(?:on|onto|to)\s+(?:(?:the|my|our|this|your)\s+)?"
        r"(?:account|policy|booking|plan|lease|tenancy|insurance|card|mortgage|room|table|list|reservation|flight|ticket|group"
        r"|party)\b)"
        r"|is(?=\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s+(?:(?:there|available|around|in\s+today)(?:\s+please)?\s*\??\s*$"
        r"|(?:on|in)\s+(?:the\s+)?(?:same\s+)?(?:booking|room|account|policy|reservation|flight|ticket|table|list)\b))"
        # "i'll let X know", "i dealt with X last time", "we had X out last week"
        r"|let(?=\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s+know\b)|(?:dealt|deal|dealing|deals)\s+with"
        r"|updat(?:e|ed|ing)(?=\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s+(?:on|about|as\s+well|too)\b)"  # "i'll update X on our side"
        r"|(?:had|have|having)(?=\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s+(?:out|round|over)\s+(?:last|this|on|yesterday|today|twice)\b)"
        # who a booking holds: "shall i copy X in", "table four is X", "a cot for X", "it should be X"
        r"|cop(?:y|ied|ying)(?=\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s+in\b)|table\s+(?:[^\W\d_]+|\d+)\s+(?:is|has)"
        r"|(?:passport|cot|meal|visa|wheelchair|assistance|details)\s+(?:(?:uh|um|er|erm|like)\s+)?for"  # not "tickets for"
        r"|(?:should|must|needs\s+to)\s+(?:be|read|say)(?=\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s*[.!]?\s*$)"
        # whose name a booking or an account is under without the word: "it's under X", "they're all booked under X"
        r"|(?:it['’]?s|it\s+is|it\s+was|it['’]ll\s+be|it\s+will\s+be|that['’]?s|they['’]re|they\s+are|everything['’]?s)"
        r"\s+(?:(?:all|booked|listed|still|just|uh|um|er)\s+){0,2}under"
        # who a parcel or a present is for: "the parcel was for X", "the flowers are meant for X"
        r"|(?:parcel|package|delivery|letter|present|gift|flowers|cheque|refund)s?\s+(?:(?:is|was|are|were)\s+)?"
        r"(?:(?:addressed|meant)\s+)?for"
        # whom a reference is for, whom the caller chases, checks or works with: "a reference for X", "i'll chase X"
        r"|references?\s+(?:(?:request|check)\s+)?for|chas(?:e|es|ed|ing)|(?:check|work)(?:s|ed|ing)?\s+with"
        r"|b?cc(?:['’]?d|ed)?(?:\s+in)?\s*:?"  # an e-mail's copy line: "cc Sonam", "cc: Lolade Bello", "cc'd in X"
        # whose record it is: "Re: X's account", "i'm calling about X's booking", "can you check X's order"
        r"|(?:re\s*:|regarding|about|check(?:ed|ing)?|updat(?:e|ed|ing)|access(?:ed)?|clos(?:e|ed|ing)"
        r"|cancel(?:led|ed|ling|ing)?)(?=\s+[^\W\d_]+\s*['’]s\s+(?:account|booking|order|claim|policy|case|ticket"
        r"|reservation|refund|complaint|application|appointment|parcel|package|details)\b)"),
        _inflected(ACTION_VERBS) | frozenset(
            """money cash funds payment dollars bucks pounds euros rupees rand naira shillings checking savings bank current
            meeting meetings appointment appointments lunch lunchs dinner dinners date dates
            conversation conversations call calls birthday wife husband son daughter mother phone mobile cell contact
            voicemail voicemails missed share shares shared sharing book booked booking order ordered get request
            requested schedule scheduled bought purchased
            father i've ive i brought pulled to transfer transferred pay paid give gave giving wire wired had got
            went gone been go going told pass passes passed passing put puts putting connect transfers transferring
            connects connected connecting escalate escalates escalated escalating hand hands handed handing refer refers
            referred referring word left leave leaving signed in add adding added is let dealt deal dealing deals have having
            copy copied copying table passport cot meal visa wheelchair assistance details should must needs on it's its it that's thats they're they everything's everythings
            parcel parcels package packages delivery deliveries letter letters present presents gift gifts flowers
            cheque cheques refund refunds cc bcc cc'd ccd cced bcc'd re regarding about check checked checking checks
            reference references chase chases chased chasing work works worked working
            update updated updating access accessed close closed closing cancel cancelled canceled cancelling
            canceling number reach getting""".split())),
    # An agent's read-back: "i've put / got taka hashi is that right", "I have Mosleh on the account, is that
    # correct?", "let me just read that back whetehouse", "just reading it back low chin" (hesitations and an engine's
    # "[noise]" inside).
    # ... "i have written X is it okay", "so X yes" (the whole turn).
    CueKind("readback", _cue(rf"(?:i['’]?ve|i\s+{_PAUSE}have)\s+(?:just\s+)?(?:put|got|written|typed|noted)(?:\s+down)?"
                             rf"(?=\s+(?:[^\W\d_]+\s+){{1,3}}(?:is\s+{_PAUSE}(?:that|it)\s+{_PAUSE}(?:right|correct|okay|ok)"
                             r"|have\s+i\s+got\s+that)\b)"
                             rf"|(?<![^\W_])(?<!\w\s)so(?=\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s+(?:so\s+)?{_PAUSE}(?:yes|right|correct)\s*\??\s*$)"
                             r"|i\s+have(?=\s+(?:[^\W\d_]+\s+){1,3}on\s+the\s+(?:account|booking|policy|record|file)\b)"
                             rf"|read(?:ing)?\s+{_PAUSE}(?:it|that)\s+{_PAUSE}back"
                             # the agent checking a word heard: "sorry was that hrithik", "is it boyet or ..."
                             r"|(?:was|is)\s+(?:that|it)(?=\s+[^\W\d_]+(?:\s+or\s+[^\W\d_]+)?\s*\??\s*$)"
                             r"|did\s+you\s+say(?=\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s*\??\s*$)"),
            frozenset("i've ive i reading read so was is did".split())),
    # the agent asking which part of the name a word is: "sorry is loh your surname or your first name"
    CueKind("name_part", _cue(r"is(?=\s+(?:[^\W\d_]+\s+){1,2}(?:(?:uh|um|er)\s+)?your\s+(?:sur|first\s+|last\s+|family\s+"
                              r"|given\s+)name\b)"
                              # ... or the word the agent asks to have spelled: "and how do you spell sky", "how is joy spelt"
                              r"|how\s+do\s+you\s+spell(?=\s+[^\W\d_]+\s*[?.]?\s*$)|how\s+is(?=\s+[^\W\d_]+\s+spel(?:t|led)\b)"),
            frozenset(("is", "how"))),
    CueKind("relation", _cue(
        r"(?:my|our|his|her|their)\s+(?:(?:um|uh|like|so)\s+)?"
        r"(?:(?:brother|sister|mother|father|son|daughter)[\s-]+in[\s-]+law|"
        + "|".join(KIN_NOUNS.split()) + ")"
        # ... said to be on the account before the name: "my husband is on it too, prosper jepson"; or the name
        # its partner in a pair of subjects ("my daughter and shamiso gumbo share the plan")
        r"(?:\s+and(?=\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s+(?:share|both|are|have|pay|live|own|use)\b)"
        r"|\s+is\s+(?:also\s+)?on\s+(?:(?:uh|um|er|erm)\s+)?(?:it|the\s+(?:account|policy|plan|booking|lease|loan|mortgage))"
        r"\s+(?:(?:uh|um|er|erm|like|i\s+mean|you\s+know)\s+)?(?:too|as\s+well|also))?"
        # children named after how many there are: "the two kids aristaydis and ewangelia"
        r"|(?:the|our|my|his|her|their)\s+(?:(?:two|three|four|five|twin|2|3|4|5)\s+)?(?:kids|children|boys|girls|twins"
        r"|grandkids|grandchildren|sons|daughters)(?=,?\s+[^\W\d_]+,?\s+(?:and|&)\s)"  # ... a list follows
        # someone by their role: "our neighbour Chaitali", "the driver, Dharun", "your engineer Tomasz"
        # ... "the last agent Fahim", "my previous advisor"
        r"|(?:my|our|your|his|her|their|the|a|an)\s+(?:(?:um|uh|like|so)\s+)?(?:(?:" + "|".join(ROLE_MODIFIERS.split())
        + r")\s+)?(?:" + "|".join(ROLE_NOUNS.split()) + r"|witness|claimant|(?<=shift )lead|(?<=team )lead|(?<=ward )sister)"
        # "your engineer today is X", "the neighbour upstairs X"
        r"(?:\s+(?:today|tomorrow|this\s+morning|this\s+afternoon|upstairs|downstairs|next\s+door))?"
        # "the carer we want is X", "the dentist we saw was X"
        r"(?:\s+(?:we|i)\s+(?:want|wanted|had|have|like|liked|saw|see|prefer|asked\s+for|booked))?"
        r"(?:\s+(?:(?:uh|um|er|erm)\s+)?(?:is|was)(?:\s+called)?)?"  # "the consultant was X", "the guarantor uh is X"
        # the caller's partner in a pair of subjects: "both me and hine te paa are on the same plan"
        r"|(?:both\s+)?me\s+and(?=\s+[^\W\d_]+(?:\s+[^\W\d_]+){0,3}\s+(?:are|share|both|have|pay|live|own|use)\b)"
        # the person a record is for: "tenant is gift taesse", "the patient is tee geok bee"
        r"|(?:" + RECORD_ROLES.replace(" ", "|") + r")\s+is|on\s+behalf\s+of"),  # "... is", "ringing on behalf of X"
        frozenset("my our your his her their the a an me both on".split()) | frozenset(RECORD_ROLES.split())),
    CueKind("prep", _cue(r"with|from|to|for|and|by|about|of|under"),
            frozenset("with from to for and by about of under".split())),
)
KIND_BITS = {kind.name: 1 << n for n, kind in enumerate(CUE_KINDS)}


# Characters that IGNORECASE matches to ASCII letters but ``casefold`` does not map to them.
_ASCII_CASE = str.maketrans({"İ": "i", "ı": "i", "ſ": "s", "\u212a": "k", "’": "'"})


def _kinds(word: str) -> int:
    word = word.translate(_ASCII_CASE).casefold()
    return sum(bit for kind, bit in zip(CUE_KINDS, KIND_BITS.values()) if word in kind.triggers)


def cue_hits(raw: str) -> tuple[tuple[int, int], ...]:
    """Where in a written word a cue phrase may start: ``((offset, kinds bit mask), ...)``.

    Offsets: 0 for the word itself (or its first part), after each inner hyphen ("pre-call me"),
    and -1 for a word "s" that may follow an apostrophe (" 's name").
    """
    hits = {}
    offset = 0
    for part in raw.split("-"):
        hits[offset] = _kinds(part)
        offset += len(part) + 1
    hits[0] |= _kinds(raw)  # "e-mail"
    if raw in ("s", "S"):
        hits[-1] = KIND_BITS["strong"]
    return tuple(sorted((offset, mask) for offset, mask in hits.items() if mask))
