"""Which (actor, recipient) pairs a trigger allows, before the model weighs them: the parties the
role rules leave in each role (`role_exclusions`), the recipients `pair_limits` allows each actor,
and the pairs a sentence's grammar rules out (who is listed with the actor acts with it; a verb's
subject never receives it; who reports harm to its own did not do it; a second trigger's own
subject does it; a party the trigger names as its object is not left out for nobody)."""

from __future__ import annotations

from watchfloor.nlp.event_evidence import Party, SentenceEvidence
from watchfloor.nlp.event_parties import a_states_force, country_of, speechless, unarmed
from watchfloor.nlp.event_scorers import TYPE_GROUPS
from watchfloor.nlp.mutual_deeds import done_jointly
from watchfloor.nlp.pair_limits import allowed_recipients
from watchfloor.nlp.repressed_parties import REPRESSING
from watchfloor.nlp.role_exclusions import ruled_out
from watchfloor.nlp.role_nevers import reports_harm_to_its_own
from watchfloor.nlp.role_paths import in_its_subject, named_objects, passive_subject, role_path
from watchfloor.nlp.sure_readings import ACCUSING_OUTRIGHT

# a use of force's own subject, owner or naming modifier: "after gunmen attack", "Hamas's raid"
OWN_FORCE_PATHS = frozenset({"path:nsubj^", "path:poss^", "path:compound^"})
OCCASION_PATHS = ("vprep:duringvpobj", "vprep:amidvpobj")  # a second trigger the first took place in
JOINT_VOICES = frozenset(
    {"ACCUSE", "REJECT", "REQUEST", "THREATEN", "SUPPORT"}
)  # said by all listed, to another
NAMED_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
BACKED_PATHS = frozenset({"pobj^prep:for^", "pobj^prep:with^"})


def allowed_pairs(
    evidence: SentenceEvidence, kind: str, speaker: str | None, second: bool = False
) -> list[tuple[int, int]]:
    """Every (actor, recipient) pair of party indices (`len(evidence.parties)`: nobody) the type's
    trigger, or its second trigger (`second`), allows; `speaker` is whom the event is attributed to."""
    parties: list[Party | None] = [*evidence.parties, None]
    nobody = len(evidence.parties)
    by_party = evidence.second_role_features if second else evidence.role_features
    out = []
    features_of = [by_party.get((kind, i), ()) for i in range(len(parties))]
    deed = TYPE_GROUPS.get(kind) != "say"
    # who is listed with the actor does a use of force with it, not to it ("the US and Britain
    # struck ..."), and joins its charges, demands, refusals and threats ("Japan and Australia
    # voiced concern"); talks, deals and gifts pass between them ("Iran and Russia signed ...")
    force = TYPE_GROUPS.get(kind) == "force"
    together = force or kind in JOINT_VOICES or done_jointly(evidence, kind)
    subject = [in_its_subject(f) for f in features_of]
    # (a charge's own verb: "they lie to the world" accuses its subjects, whoever says so)
    voiced = kind != "ACCUSE" or any(
        f"tlemma:{kind}:{verb}" in evidence.features for verb in ACCUSING_OUTRIGHT
    )
    if together and voiced:  # (the others listed with a subject: "Egypt, Qatar and Saudi Arabia condemned")
        joined = {i for i, p in enumerate(evidence.parties) if any(subject[j] for j in p.coordinated)}
        subject = [
            s or (i in joined and in_its_subject(features_of[i], joined=True)) for i, s in enumerate(subject)
        ]
    countries = [country_of(p) for p in parties]
    suffering = {
        countries[i]
        for i, f in enumerate(features_of)
        if "undergoes_it" in f or "owns_sufferers" in f or passive_subject(f)
    }
    template = evidence.templates.get(kind)
    inverse = not second and template is not None and template.inverse
    # an accusation no word of the sentence makes: never of those the sentence says were harmed
    unworded_charge = kind == "ACCUSE" and (template is None or not template.trigger)
    harmed = [
        "undergoes_it" in f or "owns_sufferers" in f or passive_subject(f) or "group:people" in f
        for f in features_of
    ]
    verbal = (not second and template is not None
              and f"tpos:{kind}:VERB" in evidence.features)  # fmt: skip
    no_actor, no_recipient = ruled_out(evidence, kind, features_of, inverse, verbal, second)
    objects = named_objects(features_of) if not inverse else set()
    # (a reporter is the recipient where named as whom the deed was done to or with)
    done_to = named_objects(features_of, prepositional=True) if not inverse else set()
    # a second trigger's own subject does it, not the first's actor ("India launched strikes
    # two weeks after gunmen killed 26 people": the gunmen killed them; "after gunmen attack")
    own_paths = OWN_FORCE_PATHS if force else {"path:nsubj^"}
    own = {i for i, f in enumerate(features_of) if own_paths & set(f)} if second else set()
    own |= {j for i in own for j in evidence.parties[i].coordinated}
    # what the first deed of force struck does not strike back in the second it was part of
    # ("a missile struck Ukraine's hospital during a barrage that killed 31": Ukraine fired no
    # barrage), unless named as its doer ("... during the Houthis' attacks")
    struck = set()
    first = [evidence.role_features.get((kind, i), ()) for i in range(len(parties))] if second else []
    if second and force and any(role_path(f).endswith(OCCASION_PATHS) for f in features_of):
        struck = {i for i, f in enumerate(first) if role_path(f).endswith("dobj^")}
    # nor does who held what it struck ("hit a school run by the UN agency, killing 33"; but
    # what it answers is theirs: "strikes on Houthi targets in response to attacks on ships")
    if force and f"answered:{kind}" not in evidence.features:
        struck |= {i for i, f in enumerate(first) if "holds_target" in f}
    struck -= {i for i, f in enumerate(features_of) if OWN_FORCE_PATHS & set(f)}
    # nor does who answers a deed do the deed it answers ("U.S. forces struck militias in response
    # to a drone attack that wounded three U.S. soldiers": not the US's attack)
    if second and f"answered:{kind}" in evidence.features:
        struck |= {i for i, f in enumerate(first) if in_its_subject(f)}
    # (named as such: not a group or a word pointing back, "boarded the vessel")
    # (but arrests are told by those who make them: "police said 24 people had been arrested")
    held = kind == "COERCE" and any(f"tlemma:{kind}:{verb}" in evidence.features for verb in REPRESSING)
    named = [r for r in objects if not no_recipient[r] and evidence.parties[r].label in NAMED_LABELS]
    if kind == "SUPPORT":  # whom backing is "for" or solidarity "with" ("expressed support for Ukraine")
        named += [
            r for r, f in enumerate(features_of) if role_path(f) in BACKED_PATHS and not no_recipient[r]
        ]
    # the authorities an agentless arrest implies made it, and nothing else (`the_arresters`)
    arresters = {i for i, p in enumerate(evidence.parties) if "arrester" in p.features}
    if kind != "COERCE":
        no_actor = [n or i in arresters for i, n in enumerate(no_actor)]
    no_recipient = [n or i in arresters for i, n in enumerate(no_recipient)]
    # protests "anti-" a party are against it ("anti-Israel protests in Amman")
    opposed = {i for i, f in enumerate(features_of) if "opposed" in f} if kind == "PROTEST" else set()
    for a in range(len(parties)):
        if no_actor[a] or (not deed and speechless(parties[a])) or (own and a not in own) or a in struck:
            continue  # ("21 Chinese warships" accuse no one)
        recipients = allowed_recipients(parties, a, speaker, done_to, force)
        for r in recipients:
            if no_recipient[r] or (opposed and r not in opposed):
                continue
            if r == nobody and any(o in recipients and o != a for o in named):
                continue  # the trigger's object is a party: it suffers it ("detained Roman Protasevich")
            if force and unarmed(parties[r if inverse else a]):
                continue  # a merchant ship strikes no one (an inverse trigger's object does)
            if kind == "PROTEST" and a_states_force(parties[a]):
                continue  # "security forces detained X as protests continued": not theirs
            if together and a < nobody and r in evidence.parties[a].coordinated:
                continue  # "Australia, Bahrain and the US announced the strikes": together
            if r < nobody and subject[r] and (subject[a] or verbal):
                continue  # a verb's subject does it: "Iran's spokesman Baghaei condemned ..."
            if (
                not held
                and deed
                and reports_harm_to_its_own(features_of[a], countries[a], {countries[r], *suffering})
            ):
                continue  # "Pakistan said two children were killed": Pakistan did not kill them
            if force and "speaker" in features_of[r] and countries[r] and countries[r] == countries[a]:
                continue  # "soldiers fired on them, the military said": who tells of its own side's force
            if unworded_charge and r < nobody and harmed[r]:
                continue  # "100 people were killed ..., the president said": no one accuses the dead
            out.append((a, r))
    return out
