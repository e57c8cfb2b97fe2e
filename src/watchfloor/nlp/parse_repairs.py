"""spaCy component, run after the parser: repairs the parse where news wording leads it astray.

"Gunmen on motorcycles abducted 287 pupils from a school, residents said": the small model reads
"abducted 287 pupils" as a clause on "Gunmen" (as in "gunmen armed with rifles") and gives "said"
two subjects. A participle that takes a direct object is no passive modifier: it is the reported
clause's verb, and the noun it hung from is its subject.

"The United States determined that the RSF had committed genocide, and imposed sanctions on its
leader": the model joins "imposed" to "committed". A simple past after a comma and "and" is not
governed by the clause's "had": it is a second deed of the subject of the verb above.

"sanctioned seven companies that it said had supplied the RSF": the model makes "it said" the
sentence's clause and "that" a subject. The relative clause is the companies', and "it said" a
remark inside it.

"The Houthis accused aid workers of spying, charges the United Nations rejects": the model takes
"charges" for the sentence's verb and "rejects" for its object. A claim's noun after a comma,
with a verb of denial after its subject, is the sentence's afterword: the clause before it is the
sentence's, and the denial a relative clause on the noun.

"Russia, whose peacekeepers are deployed in the region, called for a halt": the model may make the
name the sentence's root and the verb a clause on it. A past-tense verb with no subject hung on a
root noun as its clause is the sentence's verb, and the noun its subject.

"said the Houthis had "abducted" crew members": the model may read a verb in quotation marks as
a modifier of its object, and hang the verb's subject and auxiliary on the object. The verb is the
clause's, with its subject, auxiliary and quotation marks, and the noun its object.

"South Korea's Yoon arrested in insurrection probe": a headline drops the "was" of its passive,
and the model reads the participle as a past tense with a subject. A past form after its subject,
with no object, in a short line with no full stop, is a passive.

"security forces briefly detained opposition leader Maria Corina Machado": the model may hang a
long name after a verb as an adverbial noun ("detained ... Machado" like "arrived Monday"). A
name right after an active verb that has a subject and no object is its object.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from watchfloor.nlp.certainty import REPORTING
from watchfloor.nlp.clause_roles import RELATIVE_WORDS
from watchfloor.nlp.listed_subjects import join_listed_subjects
from watchfloor.nlp.quoted_verb_repairs import repair_quoted_verbs
from watchfloor.nlp.subordinate_repairs import repair_clauses_read_as_phrases


def _misread_clause(verb: Token) -> bool:
    """Whether a verb parsed as a clause on its subject noun is the reported clause's own verb:
    it takes a direct object, has no passive marks, and the verb its noun is subject of has a
    second subject after it (", residents said")."""
    if verb.dep_ != "acl" or verb.pos_ != "VERB" or verb.tag_ not in {"VBN", "VBD"}:
        return False
    children = list(verb.children)
    if any(c.dep_ in {"agent", "auxpass", "aux", "nsubj", "nsubjpass", "mark"} for c in children):
        return False
    if not any(c.dep_ == "dobj" and c.lower_ not in RELATIVE_WORDS for c in children):
        return False
    noun = verb.head
    if noun.dep_ != "nsubj" or noun.i > verb.i:
        return False
    governor = noun.head
    return governor.i > verb.i and any(c.dep_ == "nsubj" and c.i > verb.i for c in governor.children)


def _joined_to_the_clause_below(verb: Token) -> bool:
    """Whether a simple past joined to a clause's past perfect (", and imposed" after "that ...
    had committed") is the governing verb's second deed: it has no subject of its own, a comma
    stands before its "and", and the clause it was joined to is the object of a verb with a
    subject."""
    first = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or first.dep_ != "ccomp" or first.tag_ != "VBN":
        return False
    if not any(c.dep_ == "aux" and c.lower_ in {"had", "'d"} for c in first.children):
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in verb.children):
        return False
    before = verb.doc[verb.i - 2 : verb.i]
    if [t.text for t in before] != [",", "and"]:
        return False
    governor = first.head
    return governor.pos_ == "VERB" and any(c.dep_ == "nsubj" for c in governor.children)


RELATIVE_SUBJECTS = frozenset({"that", "which", "who"})
NOUN_PHRASE_LINKS = frozenset({"pobj", "prep", "acl", "compound", "amod", "nmod", "appos", "poss"})


def _remark_inside_a_relative(verb: Token) -> Token | None:
    """The noun a relative clause with a reporting remark inside it is on ("companies that it
    said had supplied ..."): the verb's subject is the relative word, right before the remark's
    own subject and reporting verb, which the parser took for the verb's head; None otherwise."""
    reporting = verb.head
    if verb.dep_ != "ccomp" or reporting.lemma_.lower() not in REPORTING or not reporting.i < verb.i:
        return None
    relative = next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in RELATIVE_SUBJECTS), None)
    speaker = next((c for c in reporting.children if c.dep_ == "nsubj"), None)
    if relative is None or speaker is None or not relative.i < speaker.i < reporting.i or relative.i == 0:
        return None
    noun = verb.doc[relative.i - 1]
    while noun.dep_ in NOUN_PHRASE_LINKS and noun.head.i < relative.i and noun.head.i != noun.i:
        noun = noun.head
    return noun if noun.pos_ in {"NOUN", "PROPN"} and noun.i < relative.i else None


NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP"})
CLAIMS = frozenset({"charge", "claim", "allegation", "accusation"})
DENIALS = frozenset(
    {"rejects", "denies", "disputes", "dismisses", "rejected", "denied", "disputed", "dismissed"}
)


def _claim_afterword(root: Token) -> tuple[Token, Token] | None:
    """(the clause before it, the denial) where the parser made a claim's noun after a comma the
    sentence's verb (", charges the United Nations rejects")."""
    if (
        root.dep_ != "ROOT"
        or root.lemma_.lower() not in CLAIMS
        or root.i == 0
        or root.doc[root.i - 1].text != ","
    ):
        return None
    clause = next((c for c in root.children if c.dep_ == "ccomp" and c.i < root.i), None)
    denial = next((c for c in root.children if c.i > root.i and c.lower_ in DENIALS), None)
    return (clause, denial) if clause is not None and denial is not None else None


def _repair_claim_afterword(root: Token, clause: Token, denial: Token) -> None:
    for child in list(root.children):
        if child.dep_ == "punct":
            child.head = clause
    clause.head, clause.dep_ = clause, "ROOT"
    root.head, root.dep_, root.pos_, root.tag_ = clause, "appos", "NOUN", "NNS"  # (the same accusation)
    names = [c for c in denial.children if c.dep_ == "compound" and c.i < denial.i]
    if names:  # ("the United Nations rejects": the name is the denial's subject)
        subject = names[-1]
        for modifier in [c for c in denial.children if c.i < subject.i]:
            modifier.head = subject
        subject.dep_ = "nsubj"
    denial.head, denial.dep_, denial.pos_, denial.tag_ = root, "relcl", "VERB", "VBZ"


def _misread_object(noun: Token) -> bool:
    """Whether a name the parser hung on a verb as an adverbial noun is the verb's object: it
    names someone, stands right after the verb (adverbs aside), and the verb is active, with a
    subject and no object."""
    verb = noun.head
    named = noun.ent_type_ in NAMED or (noun.pos_ == "PROPN" and noun.ent_type_ not in {"DATE", "TIME"})
    if noun.dep_ != "npadvmod" or not named or verb.pos_ != "VERB" or noun.i < verb.i:
        return False
    between = verb.doc[verb.i + 1 : noun.left_edge.i]
    if any(t.pos_ != "ADV" for t in between):
        return False
    children = list(verb.children)
    active = verb.tag_ == "VBD" or any(c.dep_ == "aux" and c.lemma_ == "have" for c in children)
    return active and any(c.dep_ == "nsubj" for c in children) and not any(c.dep_ == "dobj" for c in children)


def _verb_hung_on_its_subject(noun: Token) -> Token | None:
    """The finite verb the parser hung on a root noun as a clause ("Russia, whose ..., called
    for"), where it has no subject of its own; or the past tense it took for a participle after
    a clause set off by commas ("China, which supplies ..., called on both countries"), in a
    sentence, not a headline ("Boat struck off Venezuela")."""
    if noun.dep_ != "ROOT" or noun.pos_ not in {"PROPN", "NOUN"}:
        return None
    finite = [
        v for v in noun.children
        if v.dep_ == "acl" and v.i > noun.i
        and (v.tag_ in {"VBD", "VBZ", "VBP"} or _after_a_set_off_clause(v))
    ]  # fmt: skip
    return next((v for v in finite if not any(c.dep_ in {"nsubj", "nsubjpass"} for c in v.children)), None)


def _after_a_set_off_clause(verb: Token) -> bool:
    """Whether a participle follows a relative clause or an apposition of its noun, set off by a
    comma, with no "by" of a passive, in a sentence that ends with a full stop."""
    noun, doc = verb.head, verb.doc
    if verb.tag_ != "VBN" or verb.i < 2 or doc[verb.i - 1].text != ",":
        return False
    if not verb.sent.text.rstrip().endswith("."):
        return False
    if any(c.dep_ == "agent" for c in verb.children):
        return False
    return any(c.dep_ in {"relcl", "appos"} and noun.i < c.i < verb.i for c in noun.children)


def _headline_passive(verb: Token) -> bool:
    """Whether a past form is a headline's passive, its "was" dropped ("Yoon arrested in
    insurrection probe", "Three soldiers killed in ambush"): headlines tell deeds done in the
    present tense, so a past participle after its subject, with no object and no auxiliary, in a
    short line with no full stop, is what befell the subject."""
    if verb.tag_ not in {"VBD", "VBN"} or verb.dep_ != "ROOT":
        return False
    sent = verb.sent
    if len(sent) > 16:
        return False
    if sent.text.rstrip()[-1:] in {".", "!", "?", '"', "\u201d"}:
        return False
    children = list(verb.children)
    if any(c.dep_ in {"dobj", "aux", "auxpass", "ccomp", "nsubjpass"} for c in children):
        return False
    return any(c.dep_ == "nsubj" and c.i < verb.i for c in children)


# what a statement is made in: "warned in a statement that Seoul would pay dearly"
UTTERANCES = frozenset(
    {"statement", "interview", "letter", "post", "speech", "remark", "message", "briefing", "communique",
     "communiqué", "release", "address", "broadcast", "tweet", "note", "conference", "report", "video"}
)  # fmt: skip


def _clause_of_a_statement(verb: Token) -> Token | None:
    """The reporting verb a "that" clause belongs to where the model hung it on the statement it
    was made in ("warned in a statement that Seoul would pay dearly": "pay" on "statement")."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.pos_ not in {"VERB", "AUX"} or noun.lemma_.lower() not in UTTERANCES:
        return None
    children = list(verb.children)
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in children):
        return None
    if not any(c.dep_ in {"nsubj", "nsubjpass"} for c in children):
        return None
    prep = noun.head
    reporting = prep.head
    if noun.dep_ != "pobj" or prep.lower_ not in {"in", "on", "during", "via"}:
        return None
    if reporting.pos_ != "VERB" or reporting.lemma_.lower() not in REPORTING:
        return None
    return reporting


def repair_reported_clauses(doc: Doc) -> None:
    for verb in doc:
        reporting = _clause_of_a_statement(verb)
        if reporting is not None:
            verb.head, verb.dep_ = reporting, "ccomp"
    for verb in doc:
        if _misread_clause(verb):
            noun, governor = verb.head, verb.head.head
            noun.head = verb
            verb.head, verb.dep_, verb.tag_ = governor, "ccomp", "VBD"
    for verb in doc:
        antecedent = _remark_inside_a_relative(verb)
        if antecedent is not None:
            reporting = verb.head
            verb.head, verb.dep_ = antecedent, "relcl"
            reporting.head, reporting.dep_ = verb, "parataxis"
            for relative in verb.children:
                if relative.dep_ == "nsubj" and relative.lower_ in RELATIVE_SUBJECTS:
                    relative.tag_ = "WP" if relative.lower_ == "who" else "WDT"
    for root in doc:
        afterword = _claim_afterword(root)
        if afterword is not None:
            _repair_claim_afterword(root, *afterword)
    for noun in list(doc):
        clause = _verb_hung_on_its_subject(noun)
        if clause is not None:
            for child in [c for c in noun.children if c.i > clause.i]:
                child.head = clause
            clause.head, clause.dep_ = clause, "ROOT"
            noun.head, noun.dep_ = clause, "nsubj"
    repair_quoted_verbs(doc)
    for verb in doc:
        if _headline_passive(verb):
            verb.tag_ = "VBN"
            for child in verb.children:
                if child.dep_ == "nsubj":
                    child.dep_ = "nsubjpass"
    for noun in doc:
        if _misread_object(noun):
            noun.dep_ = "dobj"
    for verb in doc:
        if _joined_to_the_clause_below(verb):
            first = verb.head
            comma_and = [t for t in first.children if t.i in {verb.i - 2, verb.i - 1}]
            for token in [*comma_and, verb]:
                token.head = first.head


class ParseRepairs:
    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        repair_reported_clauses(doc)
        repair_clauses_read_as_phrases(doc)
        join_listed_subjects(doc)
        return doc


@Language.factory("watchfloor_parse_repairs")
def make_parse_repairs(nlp: Language, name: str) -> ParseRepairs:
    return ParseRepairs(name)
