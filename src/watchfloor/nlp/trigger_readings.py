"""A trigger word's readings: a verb's (with its complement, its particle, its idioms, and as its
context has it: `context_readings`), the one its object names, what it acts on (whether it reads
turned round or both ways: `role_directions`); the types a trigger stands under, and the rules'
roles for the parties of one trigger."""

from __future__ import annotations

from spacy.tokens import Token

from watchfloor.kb import load_kb
from watchfloor.kb.records import Armament
from watchfloor.nlp.arguments import counted, of_nouns
from watchfloor.nlp.context_readings import (
    FORCE_UNITS,
    deployment_readings,
    dismissal_readings,
    fired_in_a_test,
    leaves_a_place,
    names_a_place,
    object_readings,
    official_readings,
    penalty_readings,
    setting_readings,
    undowned_readings,
)
from watchfloor.nlp.event_evidence import Party
from watchfloor.nlp.event_rules import phrasal
from watchfloor.nlp.kb_mentions import SPAN_KEY
from watchfloor.nlp.launch_readings import launch_readings
from watchfloor.nlp.lexicon_nouns import SIMULATING, noun_readings
from watchfloor.nlp.naming_verbs import naming_predicates
from watchfloor.nlp.parse_memo import of_token
from watchfloor.nlp.protest_readings import protest_readings
from watchfloor.nlp.sentencing_readings import sentencing_readings
from watchfloor.nlp.triggers import Lexicon, Trigger
from watchfloor.nlp.types import Event
from watchfloor.nlp.vow_readings import (
    promise_readings,
    promises_force,
    responds_with_force,
    warning_readings,
)

# how many of something: "dozens of drones", "a barrage of rockets"
FIRST_PERSON = frozenset({"i", "we", "us"})
CONDEMNING = frozenset({"ACCUSE", "ASSAULT"})  # first readings of a name that condemns ("an act of war")


def verb_readings(token: Token, lexicon: Lexicon) -> list[Trigger]:
    """`_verb_readings`, worked out once per token (the rules and the evidence both ask). Shared:
    not to be changed."""
    return of_token("verb_readings", token, lambda t: _verb_readings(t, lexicon), lexicon)


def _verb_readings(token: Token, lexicon: Lexicon) -> list[Trigger]:
    """A verb's readings: its form with a complement's ("hold accountable"), else its phrasal
    form's ("shoot down"), else its lemma's. A verb that names
    what its object is reads as "label" does where the name condemns ("called the strikes an act
    of war", "called the sanctions illegal"), and as nothing where it does not ("what traders
    call a swap deal") or approves ("called the strikes legitimate self-defence"): no phone call
    either way. An idiom of the lexicon's ("took
    effect", "took place") is no reading of its type."""
    lemma = token.lemma_.lower()
    if (token.tag_ == "MD" and not obliges_another(token)) or fired_in_a_test(token):
        return []  # (the test of "test-fired a missile" is the deed: a show of force, no attack)
    if token.dep_ == "xcomp" and token.head.lemma_.lower() in SIMULATING:
        return []  # "warships sent to practise seizing the island": a rehearsal, no seizure
    predicates = naming_predicates(token)
    if predicates:
        words = {t.lemma_.lower() for p in predicates for t in p.subtree}
        firsts = {readings[0].type for word in words if (readings := lexicon.nouns.get(word))}
        condemns = firsts & CONDEMNING or words & lexicon.labels.get("ACCUSE", frozenset())
        praises = words & lexicon.labels.get("SUPPORT", frozenset())  # "a brilliant operation"
        return lexicon.verbs.get("label", []) if condemns and not praises else []
    if responds_with_force(token):
        return lexicon.verbs.get("retaliate", [])  # "would respond forcefully to any violation"
    if lemma in TELLING and _tells_someone_to(token):
        return lexicon.verbs.get("ask", [])  # "told residents not to return": asked, no remark
    readings = (
        next((found for form in complemented(token) if (found := lexicon.verbs.get(form))), None)
        or (None if leaves_a_place(token) else lexicon.verbs.get(phrasal(token)))
        or lexicon.verbs.get(lemma)
        or []
    )
    objects = [c for c in token.children if c.dep_ == "dobj"]
    if not objects and token.dep_ == "relcl":
        objects = [token.head]  # "any assets the firms hold": the noun it says something of
    children = list(token.children)
    if lemma == "order" and any(noun_readings(o, lexicon) for o in objects):
        return []  # "ordered the deployment of troops": the deed ordered, no purchase
    if lemma == "add" and not any(c.dep_ in {"dobj", "nsubjpass"} or c.lower_ == "to" for c in children):
        return []  # "..., he added": a remark, nothing added to a list
    # the idiom's noun may be the passive's subject or what a participle describes ("talks were
    # held", "positions held by rebels")
    undergoers = [c for c in children if c.dep_ == "nsubjpass"]
    if token.dep_ == "acl" and token.tag_ == "VBN":
        undergoers.append(token.head)
    # (or the verb it takes: "declined to comment" refuses no one)
    complements = [c for c in children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
    pairs = {(lemma, c.lemma_.lower()) for c in [*objects, *undergoers, *complements]}
    readings = [r for r in readings if not pairs & lexicon.idioms.get(r.type, frozenset())]
    readings = object_readings(token, readings, lexicon)
    readings = [r for r in readings if not acts_on_something_else(token, r.type, lexicon)]
    if describes_a_tie(token):
        return []  # "fighters linked to al Qaeda": who they are, no one's charge
    if shares_a_view(token) or joins_in_an_act(token):
        readings = [r for r in readings if r.type != "AGREE"]
    munition = next((c.lemma_.lower() for c in token.children if c.dep_ == "nsubj"), "")
    if any(munition in objects for objects in lexicon.inverse_objects.values()):
        # "as the missiles flew over western Ukraine": a munition does only what it is used for
        readings = [r for r in readings if munition in lexicon.inverse_objects.get(r.type, frozenset())]
    readings = official_readings(token, readings, lexicon)
    readings = deployment_readings(token, penalty_readings(token, readings, lexicon))
    readings = setting_readings(token, launch_readings(token, readings, lexicon))
    readings = undowned_readings(token, readings, lexicon)
    readings = sentencing_readings(token, protest_readings(token, readings, lexicon), lexicon)
    return promise_readings(token, warning_readings(token, dismissal_readings(token, readings)), lexicon)


TIES = frozenset({"link", "tie", "connect", "affiliate"})  # verbs that need an object when active
# with whom and what to do: a request ("instructed his minister": an order at home, none)
TELLING = frozenset({"tell"})


def _tells_someone_to(verb: Token) -> bool:
    """Whether a verb of telling has whom it tells and an infinitive of what to do ("told
    residents not to return", "leaflets telling Gazans to leave"; not "told reporters that ...")."""
    told = any(c.dep_ in {"dobj", "dative"} for c in verb.children)
    return told and any(
        c.dep_ in {"xcomp", "ccomp"} and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)
        for c in verb.children
    )


def describes_a_tie(verb: Token) -> bool:
    """Whether "linked", "tied" or "affiliated" only says whom a noun belongs with: a bare
    participle ("militants linked to al Qaeda", which the parser may read as a past tense), with
    no auxiliary and no object of its own, or a relative clause on the noun ("which is linked to
    al-Qaeda"), as against "officials linked Iran to the attack" or "Iran was linked to the attack"."""
    if verb.lemma_.lower() not in TIES or verb.tag_ not in {"VBN", "VBD"}:
        return False
    if verb.dep_ == "relcl" and any(c.dep_ == "nsubjpass" and c.tag_ in {"WDT", "WP"} for c in verb.children):
        return True  # "Al-Shabaab, which is linked to al-Qaeda": who it is
    return not any(c.dep_ in {"aux", "auxpass", "dobj"} for c in verb.children)


COMPLEMENTS = frozenset({"oprd", "acomp", "ccomp", "xcomp"})


def complemented(verb: Token) -> list[str]:
    """The verb with the word that completes what it says of its object, for triggers of the
    lexicon such as "hold accountable", "hold responsible", "hold to account" ("will hold Iran's
    leaders accountable", "held Russia responsible")."""
    lemma = verb.lemma_.lower()
    out = []
    for child in verb.children:
        if child.dep_ in COMPLEMENTS and child.i > verb.i:
            to = "to " if any(c.lower_ == "to" for c in child.children) else ""
            out.append(f"{lemma} {to}{child.lemma_.lower()}")
    return out


def obliges_another(modal: Token) -> bool:
    """A modal of obligation that asks something of a party ("Iran must de-escalate", "this
    incident should be investigated"): not one that infers ("Iran must have known"), asks it of
    the speaker's own side ("we must stand together"), sets a condition ("should Iran attack") or
    asks a question ("whether Ukraine should strike")."""
    verb = modal.head
    if modal.dep_ != "aux" or any(c.lower_ == "have" and c.dep_ == "aux" for c in verb.children):
        return False
    if any(c.dep_ == "mark" and c.lower_ in {"whether", "if"} for c in verb.children):
        return False  # "asked whether Ukraine should strike back": a question
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return subject is None or (subject.i < modal.i and subject.lower_ not in FIRST_PERSON)


def joins_in_an_act(verb: Token) -> bool:
    """ "The United States joined France and Germany in a statement denouncing ...", "joined
    colleagues in sending a letter": joining others in what they do is that act, no agreement;
    "Finland joined NATO in April" is one."""
    if verb.lemma_.lower() != "join":
        return False
    nouns = [n for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" for n in c.children]
    return any(n.dep_ in {"pobj", "pcomp"} and n.ent_type_ not in {"DATE", "TIME"} for n in nouns)


FUTURE = frozenset({"will", "would", "shall", "should", "must", "to"})


def shares_a_view(verb: Token) -> bool:
    """ "The two sides agreed that modest progress had been made": agreeing to a statement of
    how things are is no agreement; "agreed that Iran would supply drones" (what is to be done)
    is one."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    return bool(clauses) and not any(
        a.lower_ in FUTURE for c in clauses for a in c.children if a.dep_ in {"aux", "auxpass"}
    ) and not any(c.dep_ == "xcomp" for c in verb.children)  # fmt: skip


QUANTIFIERS = frozenset({"PRON", "NUM", "DET", "ADJ"})  # "most of them": no thing named


def acts_on_something_else(token: Token, kind: str, lexicon: Lexicon) -> bool:
    """Whether a verb that reads as the type only with one of its `inverse_objects` names a
    thing for object that is none of them ("intercepted a dhow": a seizure, no attack)."""
    if token.lemma_.lower() not in lexicon.inverse_only.get(kind, frozenset()):
        return False
    things = [noun for noun in object_nouns(token) if noun.pos_ not in QUANTIFIERS]
    return bool(things) and not takes_its_objects(token, kind, lexicon)


def takes_its_objects(token: Token, kind: str, lexicon: Lexicon) -> bool:
    """Whether what the trigger acts on is one of the type's `inverse_objects` (a projectile:
    "launched drones at Israel" is an attack, whatever else "launch" may read as)."""
    return bool(lexicon.inverse_objects.get(kind)) and any(
        is_projectile(noun, kind, lexicon) for noun in object_nouns(token)
    )


def is_projectile(noun: Token, kind: str, lexicon: Lexicon) -> bool:
    """Whether a noun names one of the type's `inverse_objects` and no known aircraft."""
    objects = lexicon.inverse_objects.get(kind, frozenset())
    return projectile_word(noun) in objects and not names_an_aircraft(noun)


def projectile_word(noun: Token) -> str:
    """The noun's lemma, and "uav" for an unmanned aerial vehicle written out ("destroyed 30
    Ukrainian unmanned aerial vehicles"; "armoured vehicles" stay vehicles)."""
    lemma = noun.lemma_.lower()
    if lemma == "vehicle" and any(c.lower_ == "aerial" for c in noun.children):
        return "uav"
    return lemma


def names_an_aircraft(noun: Token) -> bool:
    """Whether a projectile's noun names a known aircraft ("a U.S. MQ-9 Reaper drone"): downing it
    strikes its owner; it was no one's attack (knowledge base weapons of kind `aircraft`)."""
    kb = load_kb()
    phrase = range(noun.left_edge.i, noun.i + 1)
    for span in noun.doc.spans.get(SPAN_KEY, []):
        if span.start in phrase and span.kb_id_.startswith("weapon:"):
            record = kb.entity("weapon", span.kb_id_.partition(":")[2])
            if isinstance(record, Armament) and record.kind == "aircraft":
                return True
    return False


def named_by_its_object(token: Token, kinds: list[str], lexicon: Lexicon) -> str | None:
    """Of a word's readings (`kinds`), the one its object names, where an object noun reads first
    as one of them: "warned Washington of consequences" is a threat, "warned that Iran was
    arming Russia" an accusation; "signed an agreement" agrees."""
    for noun in object_nouns(token):
        readings = lexicon.nouns.get(noun.lemma_.lower())
        if readings and readings[0].type in kinds:
            return readings[0].type
        if "MOBILIZE" in kinds and noun.lemma_.lower() in FORCE_UNITS:
            return "MOBILIZE"  # "sent two coast guard ships", "dispatched troops": a deployment
        if "ASSAULT" in kinds and names_a_place(noun):
            return "ASSAULT"  # "captured Avdiivka", "seized the town": taken by force, no arrest
    if "THREATEN" in kinds and promises_force(token, lexicon):
        return "THREATEN"  # "vowed to retaliate", "pledged to strike back": a threat, no agreement
    return None


def object_nouns(token: Token) -> list[Token]:
    """What a trigger acts on: "intercepted two drones", "two drones were intercepted", "the
    interception of a missile", "missile interceptions", "intercepted most of the missiles",
    "fired a barrage of rockets", "drones launched by the militia", "intercepted and destroyed
    47 drones"."""
    what = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass", "compound"}] + of_nouns(token)
    if token.pos_ == "VERB" and not any(c.dep_ == "dobj" for c in token.children):
        # "intercepted and destroyed 47 drones": the object the verb joined to it takes
        joined = [c for c in token.children if c.dep_ == "conj" and c.pos_ == "VERB"]
        what += [o for c in joined for o in c.children if o.dep_ == "dobj"]
    if token.dep_ == "acl" or (token.dep_ == "relcl" and not _relative_subject(token)):
        what.append(token.head)  # "drones launched by the militia", "the missiles Iran fired"
    what += [o for c in what for o in counted(c) if o.i != c.i]
    return what


def _relative_subject(verb: Token) -> bool:
    """Whether a relative clause's pronoun is its verb's subject: "the missile that destroyed
    the building" did the destroying; "the missiles (that) Iran fired" were fired."""
    return any(c.dep_ in {"nsubj", "nsubjpass"} and c.tag_ in {"WDT", "WP"} for c in verb.children)


def readings_of(rule_events: list[Event], kind: str, trigger: Token) -> list[Event]:
    """The rules' events of a type read from this trigger (all of the type's, when none is)."""
    of_kind = [e for e in rule_events if e.type == kind]
    return [e for e in of_kind if e.trigger == trigger.text] or of_kind


def rule_role_features(party: Party, readings: list[Event]) -> list[str]:
    """Whether the rules made the party (or its state) actor or recipient of the trigger."""
    out = []
    for event in readings:
        for role, name, country in (
            ("actor", event.actor, event.actor_country),
            ("recipient", event.recipient, event.recipient_country),
        ):
            if name == party.name:
                out.append(f"rule_{role}")
            elif (
                country is not None
                and country == party.country
                and event.actor_country != event.recipient_country
            ):
                out.append(f"rule_{role}_country")  # (says nothing when both are one state's)
    return out


def governing_types(kind: str, trigger: Token, hits: dict[int, list[str]]) -> list[str]:
    """The types of the nearest word above the trigger that is itself a trigger: what is urged,
    threatened or condemned ("urged allies to speed up deliveries": AID under REQUEST)."""
    node = trigger
    for _ in range(6):
        if node.head.i == node.i:
            return []
        node = node.head
        if node.i in hits:
            return [f"under:{kind}:{other}" for other in hits[node.i]]
    return []
