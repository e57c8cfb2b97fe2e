"""What a sentence's parties' role features rule out together: beside who may never act or
receive (`role_nevers`), the recipient of a deed it is the subject of, a request's recipient when
another is asked, the doers a relative clause, a participle, a "by" phrase or a claim names, the
sides of a clash; `ruled_out` reads them for every party of a sentence, for the model's pairs and
the rules' events alike."""

from __future__ import annotations

from watchfloor.nlp import verb_class_lists
from watchfloor.nlp.event_evidence import STATEMENTS, Party, SentenceEvidence
from watchfloor.nlp.event_scorers import TYPE_GROUPS
from watchfloor.nlp.judged_deeds import JUDGED
from watchfloor.nlp.named_role_parties import (
    carried_over_beside_an_object,
    clash_sides,
    doers_named_by_the_clause,
    in_the_deeds_phrase,
    objects_named,
    relative_clause_doers,
)
from watchfloor.nlp.role_nevers import acts_elsewhere, in_the_agent, never_actor, never_recipient
from watchfloor.nlp.role_paths import (
    addressed,
    another_clauses_subject,
    controls_the_deed,
    hangs_the_clause,
    in_its_complement,
    in_its_subject,
    inside_the_charge,
    is_called_on,
    judges_the_deed,
    listed_with_asked,
    names_the_judged_doer,
    names_the_origin,
    noun_subjects_clause_beside,
    one_of_those_it_befell,
    passive_subject,
    role_path,
    sent_from,
    subject_of_a_clause_beside,
    voices_it,
)
from watchfloor.nlp.second_triggers import does_another_within
from watchfloor.nlp.types import Event


def ruled_out(
    evidence: SentenceEvidence,
    kind: str,
    features_of: list[list[str] | tuple[()]],
    inverse: bool,
    verbal: bool = False,
    second: bool = False,
) -> tuple[list[bool], list[bool]]:
    """Which parties (by their role features for `kind`) may not act, and which may not receive.
    With `verbal` (the trigger is a verb, not turned round) or `second` (the features are a second
    trigger's), its direct object never acts: "the truce requires Hezbollah to withdraw" (in gold,
    1 of 52, and then of the actor's own state); nor, with `verbal`, for force, anyone named
    inside it ("the strikes killed 26 civilians, including children")."""
    deed, force = TYPE_GROUPS.get(kind) != "say", TYPE_GROUPS.get(kind) == "force"
    # who is asked, when named, is the recipient, not a party to what is asked of it
    asked = kind == "REQUEST" and (
        any(addressed(f) for f in features_of) or f"addressee:{kind}" in evidence.features
    )
    # what is sent "from" a party the trigger's phrase names is that party's to send, not that of
    # another clause's subject ("intercepted a dhow smuggling rifles from Iran to Yemen": Iran's)
    # (not a withdrawal's "from", which is the ground left: "announces withdrawal from Mali")
    routed = (
        TYPE_GROUPS.get(kind) == "give"
        and kind != "RETREAT"
        and any(names_the_origin(f) for f in features_of)
    )
    carried = carried_over_beside_an_object(evidence, features_of, inverse)
    # "called on electoral authorities to publish results": the party called on, no other
    called_on = kind == "REQUEST" and verbal and any(is_called_on(f) for f in features_of)
    judged = not inverse and any(controls_the_deed(f) for f in features_of)
    # "Statement by the Ministry of Foreign Affairs on the Arrest of Journalists": neither the
    # body the statement is by nor the document's author made the arrest
    stated_on = deed and any("states_on_it" in f for f in features_of)
    # "Mikati condemned the attack and said his government would complain": a deed a statement
    # judges by its noun is done by whom its phrase names ("Israel's attack", "the attack by
    # Hamas"), or whom it is judged for ("condemned Hamas for the attack"); no one else here
    # (so is a pact: "Russia criticized the agreement" made none)
    pact = kind == "AGREE"
    judged_noun = (deed or pact) and not verbal and not inverse and any("judges_it" in f for f in features_of)
    # "Iran denied supplying weapons to Russia": what is denied is a claim, whose parties are not
    # the ones refused (gold: the denier's REJECT has no recipient; "refused to sell arms to Russia"
    # does refuse Russia)
    denial = kind == "REJECT" and f"tlemma:{kind}:deny" in evidence.features
    # "drawing condemnation from Belgrade", "a rebuke from the EU": who voices a statement named
    # by its noun is the one it comes from
    voiced = kind in STATEMENTS and not verbal and any(voices_it(f) for f in features_of)
    # a verb whose own subject is named is not done by the subject of a clause beside it ("Hamas
    # frees three hostages as Israel releases 90 prisoners": Israel frees no one)
    beside = f"tsubj:{kind}" in evidence.features
    # who claims a deed did it, and no one else ("Islamic State claimed the Moscow attack")
    claimed = deed and any("claims_it" in f for f in features_of)
    # whom a statement judges or charges for a deed did it, and no one else ("Iran hanged two men
    # convicted of killing a guard": not Iran's killing; "blamed Hamas for the attack")
    judged_doer = deed and not inverse and any("judged_for_it" in f for f in features_of)
    # a passive verb's "by" phrase, where it names a party, names who did it: no one outside it
    # ("Somali forces backed by clan militias": al-Shabaab backed no one; "struck by a missile"
    # and "appalled by Iran's executions" name none)
    agent = verbal and not inverse and f"tagent:{kind}" in evidence.features
    # who a relative clause is on does it, however the rest of the sentence names it ("according to")
    relative_doers = relative_clause_doers(evidence, kind, features_of) if verbal and not inverse else set()
    clause_doers = (
        doers_named_by_the_clause(evidence, kind, features_of, relative_doers)
        if verbal and not inverse
        else None
    )
    between = clash_sides(evidence, kind, features_of) if force else [False] * len(features_of)
    charging = kind == "ACCUSE" or (
        kind in CHARGING and any(f"tlemma:{kind}:{verb}" in evidence.features for verb in JUDGING_VERBS)
    )
    # what a verb is done to does not do it, wherever else the sentence names it ("leaving ECOWAS,
    # accusing the regional bloc of ...": ECOWAS accuses no one)
    done_to = objects_named(evidence, features_of) if verbal and not inverse else set()
    # the statement's own subject is a party the sentence names ("Pyongyang accused ...")
    named_subject = any(role_path(f) == "nsubj^" and "speaker" not in f for f in features_of)
    # an accusation of a deed named by its noun ("condemned the test") accuses its doer, which the
    # story names (`judged_deeds`), not a party carried over from the sentence before
    judged_deed = kind == "ACCUSE" and any(f"tpos:{k}:NOUN" in evidence.features for k in JUDGED)
    # a subject of its own that names no party ("an offensive", "it" of a thing)
    unnamed_subject = beside and not any(in_its_subject(f) for f in features_of)
    # a verb with a party for its own object is not done to another verb's object ("freed 300
    # passengers and killed 33 militants": the passengers were not killed)
    own_object = verbal and not inverse and any(role_path(f) == "dobj^" for f in features_of)
    # a deed's noun that names its doer by a modifier is done by no one outside its phrase
    # ("Poland closes a crossing after a migrant attack on a soldier": not Poland's attack)
    doer_named = not verbal and not inverse and f"tdoer:{kind}" in evidence.features
    defences = {i for i, p in enumerate(evidence.parties) if "air_defence" in p.features}
    # force on a site whose holder is named falls on the holder, not on where the site is
    # ("missiles at Al Udeid Air Base in Qatar, the largest American military base": the US's)
    holder_named = kind == "ASSAULT" and not inverse and any("holds_target" in f for f in features_of)
    return (
        [
            (never_actor(f, deed, force) and i not in relative_doers)
            # air defences stop force: a second word of force is not theirs ("said its air defences
            # shot down six missiles, but gave no details of damage")
            or (force and not inverse and second and i in defences)
            or (doer_named and bool(f) and not in_the_deeds_phrase(role_path(f)))
            or (stated_on and "author" in f)
            or (i < len(evidence.parties) and evidence.parties[i].ref in done_to)
            or (routed and another_clauses_subject(f))
            or (judged and judges_the_deed(f))
            # (a `second` trigger's too: "summoned the Russian charge d'affaires" is no summons of his)
            or ((verbal or second) and not inverse and role_path(f) == "dobj^")
            # "The strike on the airport came as Tedros was about to board": not Tedros's
            or (not verbal and noun_subjects_clause_beside(f))
            # (nor, of a deed of force or an accusation, anyone named inside it: "condemned the
            # attack on U.S. personnel" is no accusation of theirs)
            or (verbal and not inverse and (force or kind == "ACCUSE") and role_path(f).endswith("^dobj^"))
            or (verbal and beside and subject_of_a_clause_beside(f))
            # "its leader Nasrallah had been killed in an Israeli strike": not his (a second trigger's too)
            or (deed and not inverse and passive_subject(f))
            # "Petro suspended talks after an offensive killed 80 people": not Petro's offensive
            or (verbal and unnamed_subject and hangs_the_clause(f))
            # "struck the airport in response to attacks by the Houthis": not the Houthis
            or (verbal and beside and "by_a_noun" in f)
            # "..., South Korea's military said, days after Pyongyang accused the United States":
            # who tells of another's statement does not make it
            or (verbal and not deed and named_subject and "tells_of_anothers" in f)
            # "gunmen abducted 287 pupils from a school in Nigeria's Kaduna state": where, not who
            # (where a state detains someone it does: "detained in Iran")
            # (but where the subject was launched from launched it: "a drone launched from Yemen struck")
            or (
                verbal
                and beside
                and kind == "ASSAULT"
                and "loc" in f
                and not acts_elsewhere(f)
                and not sent_from(f)
            )
            or (deed and one_of_those_it_befell(f))
            or (judged_noun and bool(f) and not names_the_judged_doer(f))
            or (claimed and "claims_it" not in f)
            or (judged_doer and bool(f) and "judged_for_it" not in f)
            or (asked and "up:xcomp" in f)  # "urge the U.S. to stop arming Taiwan": Taiwan asks nothing
            or (voiced and bool(f) and not voices_it(f))
            or (agent and bool(f) and not in_the_agent(f) and not pact)
            or (clause_doers is not None and i not in clause_doers)
            or (any(between) and bool(f) and not between[i])
            or (pact and "brokers" in f)  # "a ceasefire brokered by Qatar": Qatar is no party to it
            or (deed and verbal and not inverse and does_another_within(f, kind))
            # "troop withdrawal from Afghanistan", "released from Evin prison": the ground left
            or (kind == "RETREAT" and role_path(f) == "pobj^prep:from^")
            for i, f in enumerate(features_of)
        ],
        [
            never_recipient(f, deed, force, inverse, asked, penalty=kind == "SANCTION")
            or c
            or (holder_named and "loc" in f and "holds_target" not in f)
            # what a withdrawal moves is the withdrawer's own ("pulled troops out of Jenin")
            or (kind == "RETREAT" and role_path(f) == "dobj^" and any(g in f for g in WITHDRAWN))
            # "the missiles were intercepted by a coalition": who downs them did not send them
            or (inverse and in_the_agent(f))
            or (verbal and not inverse and subject_of_a_clause_beside(f))
            or (not verbal and noun_subjects_clause_beside(f))
            or (called_on and bool(f) and not is_called_on(f) and not listed_with_asked(f, features_of))
            or (denial and in_its_complement(f))
            or (pact and "brokers" in f)
            or (claimed and "claims_it" in f)
            or (voiced and voices_it(f))
            or (charging and verbal and inside_the_charge(f))
            # "an airstrike in support of the Somali army": a side, not the target (a rally's is its cause)
            or (kind in HARMING and "supported_in_it" in f)
            or (own_object and role_path(f).startswith("dobj^v"))
            or (judged_deed and "prev" in f)
            or (any(between) and bool(f) and not between[i])
            for i, (f, c) in enumerate(zip(features_of, carried, strict=False))
        ],
    )


# a verb that names a charge ("accused Russia of attacking Ukraine", "convicted of killing a member
# of the Basij", "sanctioned firms for supplying Iran"): who is in the charge is not the recipient
# (an accusation's, or these verbs' of a seizure or a penalty: "disrupted access for its citizens" is none)
CHARGING = frozenset({"COERCE", "SANCTION"})
HARMING = frozenset({"ASSAULT", "COERCE", "SANCTION"})
WITHDRAWN = ("group:troop", "group:force", "group:soldier", "group:unit", "group:personnel")
JUDGING_VERBS = verb_class_lists.load().judging_verbs  # (data/events/verb_classes.yaml)


REPORTERS = frozenset({"GROUP", "PERSON", "ORG"})  # who may report an event rather than suffer it


def recipient_only_reports_it(evidence: SentenceEvidence, rule: Event) -> bool:
    """Whether a rule's recipient is the state of the one reporting the event and of no one else
    the sentence names ("North Korea launched two missiles into the sea, South Korea's military
    said": South Korea was not fired at)."""
    country = rule.recipient_country
    if country is None:
        return False
    ours = [p for p in evidence.parties if p.country == country]
    reporting = [p for p in ours if p.label in REPORTERS and "speaker" in p.features]
    return bool(reporting) and len(reporting) == len(ours)


def breaks_role_rules(evidence: SentenceEvidence, rule: Event) -> bool:
    """Whether a rule's event takes for actor or recipient a party the role features rule out
    there, as they do for the model's own pairs, or the reporter's state for recipient."""
    if recipient_only_reports_it(evidence, rule):
        return True
    features_of = [evidence.role_features.get((rule.type, i), ()) for i in range(len(evidence.parties))]
    template = evidence.templates.get(rule.type)
    own = template is not None and template.trigger == rule.trigger
    inverse = own and template is not None and template.inverse
    verbal = own and f"tpos:{rule.type}:VERB" in evidence.features
    no_actor, no_recipient = ruled_out(evidence, rule.type, features_of, inverse, verbal)
    names = [party.name for party in evidence.parties]

    def meant(party: Party, name: str | None, country: str | None) -> bool:
        # the rule's own phrase for a party ("the Russian peacekeeping contingent") is the party
        # of its state the sentence names ("Russia"), when no party has that phrase for name
        return party.name == name or (name not in names and country is not None and party.country == country)

    return any(
        (barred_actor and meant(party, rule.actor, rule.actor_country))
        or (barred_recipient and meant(party, rule.recipient, rule.recipient_country))
        for party, barred_actor, barred_recipient in zip(
            evidence.parties, no_actor, no_recipient, strict=True
        )
    )
