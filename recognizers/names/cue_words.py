"""The words cue phrases are made of (``recognizers.names.cue_phrases``): verbs done to a person, honorifics, relations,
roles and the roles a record names. Space-separated; a few are regex alternatives ("neighbou?r": both spellings)."""
from __future__ import annotations

ACTION_VERBS = ("call ring rang rung phone phoned text e-mail email message ping remind tell ask invite meet send sent reply write "
                "forward talk speak spoke spoken chat visit collect congratulate wish pick drop try tried")
HONORIFICS = ("prince princess president senator governor congressman congresswoman mayor judge king "
              "queen captain coach officer detective sergeant pastor reverend rev rabbi imam sheikh "
              "saint lord lady mahatma swami guru sri shri uncle aunt auntie grandma grandpa granny "
              "nana chief alhaji alhaja mallam oba")

# Who a relation cue names: "my cousin ...", "our neighbour ...", "her brother ..." (regex alternatives, "neighbou?r"
# both spellings).
KIN_NOUNS = ("friend brother sister wife husband son daughter mom mum dad boss colleague coworker kid youngest "
             "eldest oldest flatmate roommate housemate carer lodger tenant fiance fiancee stepson stepdaughter "
             "co-worker manager partner uncle aunt cousin neighbou?r grandson granddaughter nephew niece relative "
             "mother father mummy daddy stepmother stepfather stepmum stepdad grandmother grandfather gran nan")
ROLE_NOUNS = ("neighbou?r driver engineer technician courier landlord landlady tenant lodger carer nurse midwife "
              "physio dentist surgeon consultant solicitor accountant caseworker adviser advisor installer plumber "
              "electrician fitter surveyor inspector assessor caretaker officer supervisor teacher keyworker receptionist "
              "warden cleaner agent rep representative operator specialist colleague guy lady gentleman bloke fella lad "
              "concierge guard handler purser steward stewardess attendant host hostess porter clerk cashier chef waiter "
              "waitress housekeeper doorman manager coordinator recruiter administrator dispatcher controller "
              "foreman trainer guarantor executor executrix donor attorney trustee cosigner optometrist optician pharmacist "
              "hygienist therapist physiotherapist paramedic podiatrist dispenser matron radiographer phlebotomist "
              "instructor coach tutor librarian groomer lifeguard referee umpire organiser organizer treasurer "
              "captain volunteer vicar priest pastor imam rabbi interpreter translator locksmith nanny bookkeeper "
              "conveyancer mechanic salesman saleswoman salesperson valeter examiner sponsor registrant informant "
              "householder")
# Words before a role noun that say which one: "the duty manager", "the loans officer", "the practice nurse".
ROLE_MODIFIERS = ("last previous other new same claims front duty hotel flight cabin desk team case account support night day "
                  "housing repairs lettings letting property gas site estate maintenance depot payroll shift hr branch store "
                  "warehouse area regional operations office recruitment agency line senior deputy assistant loans lending "
                  "fraud disputes mortgage bereavement savings relationship probate collections complaints practice district "
                  "ward community dental surgery pharmacy hospital home care usual regular named lead specialist charge "
                  "head swim swimming tennis football rugby cricket netball hockey driving music piano guitar violin "
                  "singing dance yoga gym fitness personal junior youth club library church")
RECORD_ROLES = "patient tenant passenger guest policyholder holder beneficiary recipient payee guarantor executor"
