"""The training script's scorers (`scripts/fitting.py`): the conditional logit that chooses actor
and recipient among a sentence's candidates, and the logistic regression for types, pooled over them."""

from __future__ import annotations

import importlib.util
import random
from pathlib import Path
from types import ModuleType

import pytest

from watchfloor.nlp.event_scorers import Linear

pytest.importorskip("sklearn")  # the training extra: pip install -e '.[train]'
pytest.importorskip("scipy")


def load_fitting() -> ModuleType:
    path = Path(__file__).resolve().parent.parent / "scripts" / "fitting.py"
    spec = importlib.util.spec_from_file_location("fitting", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def groups_where(right: str, wrong: list[str], n: int, seed: int) -> list[list[list[str]]]:
    """Groups of candidates: one bearing `right` (first), the others one of `wrong` each, all with
    a noise feature that says nothing."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        group = [[right, f"noise:{rng.randrange(5)}"]]
        group += [[w, f"noise:{rng.randrange(5)}"] for w in rng.sample(wrong, k=rng.randint(1, len(wrong)))]
        rng.shuffle(group)
        out.append(group)
    return out


def test_the_conditional_logit_learns_which_candidate_is_chosen() -> None:
    fitting = load_fitting()
    groups = groups_where("path:nsubj^", ["path:dobj^", "path:far", "none"], 60, seed=1)
    labels = [[int("path:nsubj^" in row) for row in group] for group in groups]
    scorer: Linear = fitting.fit_choice(groups, labels, 1.0)
    assert scorer.bias == 0.0  # a softmax over a group has no use for one
    held_out = groups_where("path:nsubj^", ["path:dobj^", "path:far", "none"], 20, seed=2)
    for group in held_out:
        best = max(group, key=scorer.score)
        assert "path:nsubj^" in best
    assert abs(scorer.weights.get("noise:1", 0.0)) < scorer.weights["path:nsubj^"]


def test_any_of_several_right_candidates_will_do_and_unlabelled_groups_teach_nothing() -> None:
    fitting = load_fitting()
    groups = [[["a"], ["b"], ["c"]] for _ in range(30)]
    labels = [[1, 1, 0] for _ in groups]
    scorer = fitting.fit_choice(groups, labels, 1.0)
    assert scorer.score(["a"]) > scorer.score(["c"]) and scorer.score(["b"]) > scorer.score(["c"])
    nothing = fitting.fit_choice(groups, [[0, 0, 0] for _ in groups], 1.0)
    assert nothing == Linear(0.0, {})


def test_the_pooled_type_model_scores_each_type_by_its_own_trigger() -> None:
    fitting = load_fitting()
    rows = [["lex:ASSAULT:verb", "w:strike"], ["w:meet"], ["lex:AID:verb", "w:deliver"], ["w:say"]] * 10
    labels = {"ASSAULT": [1, 0, 0, 0] * 10, "AID": [0, 0, 1, 0] * 10, "MOBILIZE": [0] * 40}
    scorers = fitting.fit_types(rows, labels, 1.0)
    assert set(scorers) == set(labels)
    assault, aid, mobilize = scorers["ASSAULT"], scorers["AID"], scorers["MOBILIZE"]
    assert assault.probability(["lex:ASSAULT:verb"]) > 0.5 > assault.probability(["w:meet"])
    assert aid.probability(["lex:AID:verb"]) > 0.5 > aid.probability(["lex:ASSAULT:verb"])
    assert mobilize.probability(["lex:ASSAULT:verb", "lex:AID:verb"]) < 0.2


def test_a_rare_type_learns_from_the_common_ones_what_a_trigger_in_that_place_is_worth() -> None:
    """AID's own sentences say nothing of "object" against "modifier" (each once yes, once no);
    ASSAULT's many do, and the pooled fit carries it over."""
    fitting = load_fitting()
    common = [["lex:ASSAULT:object"], ["lex:ASSAULT:modifier"]] * 30
    rare = [["lex:AID:object"], ["lex:AID:object"], ["lex:AID:modifier"], ["lex:AID:modifier"]]
    rows = common + rare
    labels = {"ASSAULT": [1, 0] * 30 + [0] * 4, "AID": [0] * 60 + [1, 0, 1, 0]}
    aid = fitting.fit_types(rows, labels, 1.0)["AID"]
    assert aid.probability(["lex:AID:object"]) > aid.probability(["lex:AID:modifier"]) + 0.1


def test_offsets_are_scores_the_weights_add_to() -> None:
    """Where another scorer already ranks the right candidate first, the weights have little to
    add; where it ranks it last, they must outweigh it."""
    fitting = load_fitting()
    groups = [[["a"], ["b"]] for _ in range(40)]
    labels = [[1, 0] for _ in groups]
    helped = fitting.fit_choice(groups, labels, 1.0, [[3.0, 0.0] for _ in groups])
    hindered = fitting.fit_choice(groups, labels, 1.0, [[-3.0, 0.0] for _ in groups])
    margin = lambda s: s.score(["a"]) - s.score(["b"])  # noqa: E731
    assert margin(hindered) > 3.0 > margin(helped) > 0.0


def test_what_a_row_or_group_counts_decides_between_sources_that_disagree() -> None:
    """Two sources label the same evidence oppositely; the one that counts more wins, in the type
    model and in the choice of a candidate."""
    fitting = load_fitting()
    rows = [["w:clash"]] * 40
    labels = {"ASSAULT": [1] * 20 + [0] * 20, "CONSULT": [0] * 40}
    first_counts = fitting.fit_types(rows, labels, 1.0, [1.0] * 20 + [0.2] * 20)["ASSAULT"]
    second_counts = fitting.fit_types(rows, labels, 1.0, [0.2] * 20 + [1.0] * 20)["ASSAULT"]
    assert first_counts.probability(["w:clash"]) > 0.6 > 0.4 > second_counts.probability(["w:clash"])
    groups = [[["a"], ["b"]] for _ in range(40)]
    choices = [[1, 0]] * 20 + [[0, 1]] * 20
    first = fitting.fit_choice(groups, choices, 1.0, weights=[1.0] * 20 + [0.2] * 20)
    second = fitting.fit_choice(groups, choices, 1.0, weights=[0.2] * 20 + [1.0] * 20)
    assert first.score(["a"]) > first.score(["b"]) and second.score(["b"]) > second.score(["a"])
