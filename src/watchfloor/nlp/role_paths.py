"""What a party's path to the trigger says (read off its role features: `role_path`): whether it
stands in the trigger's subject or phrase, is one of those a phrase lists ("including"), is whom a
request addresses or calls on, whom a statement judges for a deed or names as its victim, whom a
statement's noun comes from, or the subject of a clause beside the trigger. `role_exclusions`
rules parties out by these."""

from __future__ import annotations

import re
from collections.abc import Iterable

SUBJECT_PHRASE = frozenset({"compound", "appos", "amod", "poss"})  # links inside one noun phrase
INCLUDED = re.compile(r"^(conj\^)*pobj\^prep:including\^")  # one of those a phrase lists


def in_its_subject(features: list[str] | tuple[()], joined: bool = False) -> bool:
    """Whether a party is the trigger's subject or inside its subject's phrase ("Iran's foreign
    ministry spokesman Esmaeil Baghaei condemned ..."), read off its path to the trigger. The
    subject of a verb does it and is never its recipient; the subject of a judging noun or
    adjective may be what is judged ("Iran's enrichment is alarming"), so the model decides
    there. A passive subject is `nsubjpass`, not this; joined subjects ("Iran and Belarus
    discussed") are each other's recipients, unless `joined` counts them (they act together:
    "Egypt, Qatar and Saudi Arabia condemned ...")."""
    # (one of those its phrase lists: "Latin American governments, including Brazil, condemned")
    path = INCLUDED.sub("", role_path(features))
    return _in_phrase_of(path.replace("conj^", "") if joined else path, "nsubj^")


def _in_phrase_of(path: str, tail: str) -> bool:
    """Whether a role path is `tail`, or `tail` reached from inside its noun's phrase (compounds,
    appositions, modifiers, owners: "its leader Hassan Nasrallah")."""
    if not path.endswith(tail):
        return False
    phrase = path[: len(path) - len(tail)]
    return phrase == "" or (phrase.endswith("^") and all(s in SUBJECT_PHRASE for s in phrase[:-1].split("^")))


# prepositions whose object a deed is done to or with ("spoke by phone with Zelensky")
OBJECT_PREPOSITIONS = frozenset({"prep:with", "prep:to", "prep:against", "prep:at", "prep:on"})


def named_objects(features_of: Iterable[list[str] | tuple[()]], prepositional: bool = False) -> set[int]:
    """The parties named in the trigger's direct object ("rammed a Philippine coast guard
    vessel"), by index; with `prepositional`, in the object of its own preposition too ("spoke by
    phone with Zelensky")."""
    out = set()
    for i, features in enumerate(features_of):
        steps = role_path(features).split("^")
        if len(steps) < 2 or steps[-1] != "":
            continue
        if steps[-2] == "dobj":
            phrase = steps[:-2]
        elif prepositional and len(steps) >= 3 and steps[-3] == "pobj" and steps[-2] in OBJECT_PREPOSITIONS:
            phrase = steps[:-3]
        else:
            continue
        if set(phrase) <= SUBJECT_PHRASE:
            out.add(i)
    return out


CALLED_ON_PATHS = ("pobj^prep:on^", "pobj^prep:upon^")  # "called on the administration to ..."
ADDRESSEE_PATHS = ("dobj^", *CALLED_ON_PATHS, "pobj^prep:to^")


def addressed(features: list[str] | tuple[()]) -> bool:
    """Whether a party is who a request is made of: the trigger's object ("urged Iran to ...") or
    the object of its "on", "upon" or "to" ("called on the administration to ...")."""
    return any(f"path:{path}" in features for path in ADDRESSEE_PATHS)


def is_called_on(features: list[str] | tuple[()]) -> bool:
    """Whether a party is the one a request calls on ("called on the authorities to ...")."""
    return any(f"path:{path}" in features for path in CALLED_ON_PATHS)


def listed_with_asked(features: list[str] | tuple[()], features_of: list[list[str] | tuple[()]]) -> bool:
    """Whether a party is listed with one a request calls on ("called on Iran and Russia to ...")."""
    return role_path(features).startswith("conj^") and any(is_called_on(f) for f in features_of)


# "accused Iran of arming the Houthis", "sanctioned the firm for supplying drones", "Iran was
# blamed for attacking ...": the one judged is who does the deed its "of" or "for" clause tells
JUDGED_DEED = ("vprep:ofvpcomp", "vprep:forvpcomp")
# whom a statement judges for a deed: "blamed Hamas for the attack", "Iran was accused of supplying"
JUDGED_FOR = re.compile(r"(?:dobj|nsubjpass)\^vprep:(?:for|of|over)vp(?:obj|comp)")


def controls_the_deed(features: list[str] | tuple[()]) -> bool:
    """Whether the party is whom a statement judges for the deed of its "of" or "for" clause."""
    path = role_path(features)
    return any(path in (f"dobj^{deed}", f"nsubjpass^{deed}") for deed in JUDGED_DEED)


def names_the_judged_doer(features: list[str] | tuple[()]) -> bool:
    """Whether a party stands where a judged deed's doer is named: in the deed's phrase, or in
    that of the deed it is listed with ("condemns the Iranian government's Internet shutdown and
    continued violent suppression"), or as whom it is judged for; never as what it befell ("the
    executions of Karami and Hosseini")."""
    path = role_path(features).removesuffix("vconj")
    if unlisted(path).startswith("pobj^prep:of^"):
        return False
    return path.endswith("^") or JUDGED_FOR.fullmatch(path) is not None


def inside_the_charge(features: list[str] | tuple[()]) -> bool:
    """Whether the party is named inside what an accusation charges ("accusing them of plotting to
    assassinate President Maduro", "accused Russia of attacking Ukraine"): the charge's victim,
    not the accused."""
    path = role_path(features)
    deep = path.endswith(("^prep:of^", "^prep:for^")) and path.count("^") >= 3
    return deep or "up:pcomp" in features or "in_the_charge" in features


def voices_it(features: list[str] | tuple[()]) -> bool:
    """Whether the party is whom the trigger's noun comes from ("condemnation from Belgrade")."""
    return unlisted(role_path(features)) == "pobj^prep:from^"


def judges_the_deed(features: list[str] | tuple[()]) -> bool:
    """The judging verb's subject (and those listed with it): it says the deed, never does it."""
    path = role_path(features)
    return any(path.endswith(f"nsubj^{deed}") for deed in JUDGED_DEED)


def in_its_complement(features: list[str] | tuple[()]) -> bool:
    """Whether a party is named inside the clause the trigger governs ("denied supplying weapons
    to Russia", "denied that it was arming Russia"), in a clause beside it ("denied any role and
    said the gunmen were local Serbs") or far from it."""
    path = role_path(features)
    return path.endswith(("^xcomp^", "^ccomp^", "^conj^")) or path == "far"


def role_path(features: list[str] | tuple[()]) -> str:
    """A party's dependency path to the trigger, read off its role features ("" with none)."""
    return next((f[5:] for f in features if f.startswith("path:")), "")


def in_its_phrase(features: list[str] | tuple[()]) -> bool:
    """Whether the party's path to the trigger only climbs: it stands in the trigger's phrase."""
    return role_path(features).endswith("^")


def names_the_origin(features: list[str] | tuple[()]) -> bool:
    """Whether the party is where the trigger's phrase says something comes from: under "from",
    at most one step from the trigger's own head ("rifles from Iran" that "smuggling" modifies)."""
    path = role_path(features)
    return "govprep:from" in features and path.count("^v") <= 1 and not path.startswith("v")


def another_clauses_subject(features: list[str] | tuple[()]) -> bool:
    """Whether the party is the subject of a clause the trigger only stands in."""
    return ("path1:nsubj" in features or "path1:nsubjpass" in features) and "^v" in role_path(features)


def one_of_those_it_befell(features: list[str] | tuple[()]) -> bool:
    """Whether the party is listed after "including" on the trigger verb or on its object: "27
    people were killed, including two civilians", "killed 45 people, including six children"."""
    path = role_path(features)
    found = INCLUDED.match(path)
    return found is not None and path[found.end() :] in {"", "dobj^", "nsubjpass^"}


def subject_of_a_clause_beside(features: list[str] | tuple[()]) -> bool:
    """Whether the party is the subject of an adverbial or coordinated clause on the trigger."""
    path = unlisted(role_path(features))  # (one of several subjects listed together too)
    return path in {"nsubj^advcl^", "nsubj^conj^", "nsubjpass^advcl^", "nsubjpass^conj^"}


def passive_subject(features: list[str] | tuple[()]) -> bool:
    """Whether the party is the trigger's passive subject, or named in its phrase ("its leader
    Hassan Nasrallah had been killed"): it suffered the deed."""
    return _in_phrase_of(unlisted(role_path(features)), "nsubjpass^")


def sent_from(features: list[str] | tuple[()]) -> bool:
    """Whether the party is the place the trigger's subject was sent from ("a drone launched from
    Yemen struck ...")."""
    return unlisted(role_path(features)) == "pobj^prep:from^acl^nsubj^"


def hangs_the_clause(features: list[str] | tuple[()]) -> bool:
    """Whether the party is the subject of the verb the trigger's adverbial clause hangs from
    ("Petro suspended talks after an offensive killed 80 people")."""
    return unlisted(role_path(features)) in {"nsubj^vadvcl", "nsubjpass^vadvcl"}


def noun_subjects_clause_beside(features: list[str] | tuple[()]) -> bool:
    """Whether the party is the subject of an adverbial or coordinated clause on the verb the
    trigger (a noun) is the subject of ("The strike came as the WHO chief was about to board")."""
    path = unlisted(role_path(features))  # (or in its phrase: "the UN envoy Hans Grundberg")
    return any(_in_phrase_of(path, clause) for clause in NOUN_SUBJECTS_CLAUSES)


NOUN_SUBJECTS_CLAUSES = ("nsubj^advcl^vnsubj", "nsubj^conj^vnsubj", "nsubjpass^advcl^vnsubj")


def unlisted(path: str) -> str:
    """A role path without the leading conjunct steps that list a party with others."""
    while path.startswith("conj^"):
        path = path[5:]
    return path
