"""Where a party stands relative to one trigger, as role features (plain strings the event model
conjoins with the type): its parse path to the trigger, the clause boundaries between them, and
the grammar tests of `deed_roles` (who judges, suffers, reports or only locates the deed)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from watchfloor.nlp.arguments import clause_verb, phrase_root
from watchfloor.nlp.clause_roles import (
    fired_from,
    in_a_clause_on_another,
    in_the_charge,
    joined_in_it,
    locates_another,
    remarks_on_it,
    subject_of_a_relative,
    supported_in_it,
    taken_from,
    where_another_acted,
    where_based,
    where_it_is_used,
)
from watchfloor.nlp.deed_roles import (
    beside_the_judged,
    issues_statement_on,
    judges_it,
    tells_of_anothers_deed,
    told_of_it,
    undergoes_it,
)
from watchfloor.nlp.event_evidence import PARTY_NOUNS, Party, ancestry, dependency_path
from watchfloor.nlp.judged_doers import judged_for_it, suffers_the_judged
from watchfloor.nlp.parse_memo import head_chain, steps_up
from watchfloor.nlp.role_paths import in_its_subject
from watchfloor.nlp.target_holders import (
    backs_another,
    brokers_it,
    claims_the_deed,
    holds_the_target,
    owns_another_party,
    owns_the_sufferers,
    within_the_agent,
)

STANCE_STEPS = frozenset({"amod", "compound", "nmod", "npadvmod"})  # how "anti-X" hangs on its noun


def role_features(party: Party, trigger: Token | None, first: bool, last: bool) -> list[str]:
    """Where a party stands relative to one trigger; conjoined with the type by the model."""
    out = list(party.features)
    if first:
        out.append("first")
    if last:
        out.append("last")
    if party.head is None or trigger is None:
        out.append("nopath")
        if trigger is not None and agentless_passive(trigger):
            out.append("nopath_agentless")  # "The army seized power. The president was detained."
        return out
    head = nearest_mention(party, trigger)
    path = dependency_path(head, trigger)
    if "opposed" in party.features and path.split("^")[0] in STANCE_STEPS:
        path = "pobj^prep:against^"  # "anti-Israel protests", "anti-American protesters": against it
    out.append(f"path:{path}")
    out.append(f"lpath:{party.label}|{path}")
    first_step = path.split("^")[0] if "^" in path else path
    out.append(f"path1:{first_step}")
    out.append(f"wpath1:{trigger.lemma_.lower()}:{first_step}")  # "received" takes its recipient as subject
    if "speaker" in party.features and _says_it_did(party.head, trigger):
        out.append("says_own_act")
    # (a claim of responsibility is the claimant's own deed: its subject tells of no other's)
    if (
        "speaker" in party.features
        and not (trigger.lemma_.lower() == "claim" and in_its_subject([f"path:{path}"]))
        and tells_of_anothers_deed(party.head, trigger, PARTY_NOUNS)
    ):
        out.append("tells_of_anothers")
    if judges_it(party.head, trigger):
        out.append("judges_it")
    out.extend(name for name, test in MENTION_TESTS if test(head, trigger))
    out.extend(clause_crossings(head, trigger))
    out.append("before" if head.i < trigger.i else "after")
    distance = abs(head.i - trigger.i)
    out.append(f"dist:{min(distance // 3, 5)}")
    return out


def agentless_passive(trigger: Token) -> bool:
    """Whether the trigger's clause is a passive that names no doer ("was taken into custody")."""
    verb = clause_verb(trigger)
    children = {c.dep_ for c in verb.children}
    return "nsubjpass" in children and "agent" not in children


def _in_a_clause_on_another(party: Token, trigger: Token) -> bool:
    return in_a_clause_on_another(party, trigger, PARTY_NOUNS)


def describes_another(party: Token, trigger: Token) -> bool:
    """Whether the party is named only inside a description set beside another party ("Kim Yo
    Jong, the sister of leader Kim Jong Un, warned ...", "met Ali Shamkhani, an adviser to
    Khamenei"): it takes no part in the deed the description does not hold."""
    node = party
    for _ in range(6):
        described = node.dep_ == "appos" and node.pos_ == "NOUN" and node.i != party.i
        if described and any(c.dep_ == "det" for c in node.children):
            return not node.left_edge.i <= trigger.i <= node.right_edge.i
        if node.head.i == node.i or node.pos_ == "VERB":
            return False
        node = node.head
    return False


# the `deed_roles` tests of the party's mention nearest the trigger, by the feature each gives
MENTION_TESTS: tuple[tuple[str, Callable[[Token, Token], bool]], ...] = (
    ("states_on_it", issues_statement_on),
    ("undergoes_it", undergoes_it),
    ("told_of_it", told_of_it),
    ("fired_from", fired_from),
    ("taken_from", taken_from),
    ("locates_another", locates_another),
    ("in_clause_on_another", _in_a_clause_on_another),
    ("joined_in_it", joined_in_it),
    ("where_used", where_it_is_used),
    ("judged_for_it", judged_for_it),
    ("suffers_judged", suffers_the_judged),
    ("beside_judged", beside_the_judged),
    ("holds_target", holds_the_target),
    ("owns_sufferers", owns_the_sufferers),
    ("brokers_it", brokers_it),
    ("owns_others", owns_another_party),
    ("backs_another", backs_another),
    ("claims_it", claims_the_deed),
    ("relative_subject", subject_of_a_relative),
    ("in_the_charge", in_the_charge),
    ("remarks_on_it", remarks_on_it),
    ("where_based", where_based),
    ("describes_another", describes_another),
    ("where_another_acted", where_another_acted),
    ("supported_in_it", supported_in_it),
    ("within_agent", within_the_agent),
)


CLAUSES = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "pcomp"})


def clause_crossings(party: Token, trigger: Token) -> list[str]:
    """The outermost clause boundary the path from a party to a trigger climbs out of, each side:
    "Israel" in "provision of drones to proxies that threaten Israel" sits in a relative clause
    ("up:relcl"); a trigger in a clause of its own has "down:" its kind."""
    up, down = ancestry(party, 12), ancestry(trigger, 12)
    common = next((i for i in up if i in down), None)
    if common is None:
        return ["up:apart"]
    doc, out = party.doc, []
    for side, chain in (("up", up), ("down", down)):
        kinds = [doc[i].dep_ for i in chain[: chain.index(common)] if doc[i].dep_ in CLAUSES]
        if kinds:
            out.append(f"{side}:{kinds[-1]}")
    return out


def nearest_mention(party: Party, trigger: Token) -> Token:
    """Of the party's mentions in the sentence, the trigger's subject, else the one whose parse
    path to the trigger is the shortest ("Israeli warplanes struck Hezbollah positions ... after
    Hezbollah fired": the second "Hezbollah" is the firing's subject)."""
    assert party.head is not None
    heads = [party.head, *party.other_heads]
    if len(heads) == 1:
        return party.head
    # one state by two names, as the doer and as the place struck ("Ukrainian sea drones struck
    # the Kerch bridge"): the trigger's subject is who it is first
    subject = next((h for h in heads if in_its_subject([f"path:{dependency_path(h, trigger)}"])), None)
    return subject or min(heads, key=lambda head: _tree_distance(head, trigger))


def _tree_distance(a: Token, b: Token) -> int:
    """Steps between two tokens through their lowest common ancestor (99: different trees)."""
    up = steps_up(a)
    for steps, i in enumerate(head_chain(b)):
        if i in up:
            return up[i] + steps
    return 99


SUBJECT_PRONOUNS = frozenset({"it", "they", "he", "she", "we", "i"})
OWNING_PRONOUNS = frozenset({"its", "their", "his", "her", "our", "my"})


def _says_it_did(speaker: Token, trigger: Token) -> bool:
    """ "The Israeli military said it struck targets in Iran" ("... said its strikes killed"): the
    trigger's clause has a pronoun, or a noun a pronoun owns, for its subject and hangs from the
    verb the party is the subject of, so the party is the one said to act."""
    clause = clause_verb(trigger)
    # (a passive's subject of its people suffered it: "said its leader had been killed")
    subjects = [
        c for c in clause.children
        if c.dep_ == "nsubj" or (c.dep_ == "nsubjpass" and c.lemma_.lower() not in PARTY_NOUNS)
    ]  # fmt: skip
    owned = [c for s in subjects for c in s.children if c.dep_ == "poss" and c.lower_ in OWNING_PRONOUNS]
    if not owned and not any(s.lower_ in SUBJECT_PRONOUNS for s in subjects):
        return False
    reporting = phrase_root(speaker).head
    node = clause
    for _ in range(4):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.i == reporting.i:
            return True
    return False
