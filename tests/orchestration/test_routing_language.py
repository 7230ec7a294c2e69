"""How routing reads a sentence: spellings, typos, ambiguous words, broader kinds of work, small teams."""

from __future__ import annotations

from pathlib import Path

import pytest

from genesis_mcp.agents.models import AgentSpec
from genesis_mcp.routing import AgentIndex, RoutingDecision, TaskQuery, route, vocabulary
from genesis_mcp.routing.evaluate import read_agents
from genesis_mcp.routing.spelling import Speller
from genesis_mcp.routing.text import tokenise

EVAL = Path(__file__).parent / "routing_eval"
CODER = AgentSpec(name="coder", capabilities=["python"], description="Writes code.")


def team(name: str) -> AgentIndex:
    return AgentIndex(read_agents(EVAL / name))


def send(index: AgentIndex, text: str) -> RoutingDecision:
    return route(TaskQuery(description=text), index)


def stems(text: str) -> list[str]:
    return [t.stem for t in tokenise(text)]


def test_british_and_american_spellings_meet() -> None:
    assert stems("colour catalogue centre licence optimise programme") == stems(
        "color catalog center license optimize program"
    )
    assert stems("hour tour") == ["hour", "tour"]  # only known -our words change


def test_compounds_whose_second_word_is_a_stop_word_stay_whole() -> None:
    assert stems("on-call, log in, sign-up, e-commerce") == stems("oncall login signup ecommerce")


def test_a_misspelt_task_still_reaches_the_right_agent() -> None:
    assert send(team("agents.json"), "custmer cant reset there pasword").agent == "support-agent"
    assert send(team("team_b.json"), "googel ads acount is overspending its budjet").agent == "paid-media"


def test_the_speller_corrects_one_edit_and_keeps_the_first_letter() -> None:
    speller = Speller(["customer", "invoice", "budget", "edge"])
    assert speller.correct("custmer") == "customer"  # a letter left out
    assert speller.correct("invocie") == "invoice"  # two letters swapped
    assert speller.correct("budjet") == "budget"  # one letter wrong
    assert speller.correct("hedge") is None  # "edge" is one edit away, but typos rarely hit the first letter
    assert speller.correct("bdgt") is None and speller.correct("customer") is None  # too short; known


def test_a_word_that_shares_a_stem_with_a_term_does_not_take_its_meaning() -> None:
    vocab = vocabulary()
    assert "customer_support" not in vocab.concepts_in("Customise the checkout")
    assert "facilities" not in vocab.concepts_in("Build the export")
    assert "accounting" not in vocab.concepts_in("Close the user's account")
    assert "accounting" in vocab.concepts_in("Our accounting is behind")


def test_training_people_is_not_machine_learning() -> None:
    index = team("agents.json")
    assert send(index, "Train the support staff on the new refund policy").agent != "ml-engineer"
    assert send(index, "Train a churn model on last year's data").agent == "ml-engineer"


def test_an_agent_named_for_a_broad_kind_of_work_takes_its_narrower_kinds() -> None:
    index = AgentIndex([AgentSpec(name="marketer", capabilities=["marketing"], description="Marketing."), CODER])
    assert send(index, "Write a press release about our new office").agent == "marketer"
    assert send(index, "Set up a Google Ads campaign").agent == "marketer"
    assert send(index, "Book a flight to Rome").unroutable


def test_a_finance_generalist_covers_tax_but_an_ads_agent_with_budgets_does_not() -> None:
    finance = AgentSpec(name="finance", capabilities=[], description="Handles invoices, payments and bookkeeping.")
    ads = AgentSpec(name="ads", capabilities=["paid social", "ppc"], description="Runs ad campaigns and budgets.")
    assert send(AgentIndex([finance, CODER]), "File our quarterly VAT return").agent == "finance"
    assert send(AgentIndex([ads, CODER]), "File our quarterly VAT return").unroutable


def test_work_an_agent_only_has_through_a_narrower_kind_is_not_its_own() -> None:
    compliance = AgentSpec(name="compliance", capabilities=["kyc", "regulatory reporting"], description="Compliance.")
    decision = send(AgentIndex([compliance, CODER]), "Review this NDA and flag the risky clauses")
    assert decision.unroutable and "legal" in decision.uncovered_concepts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Issue a credit note for the duplicate charge", "billing-specialist"),
        ("Add pagination to the orders endpoint", "backend-developer"),
        ("Reconcile the PayPal payouts with the ledger", "billing-specialist"),
        ("Change the button colour on the checkout page", "frontend-developer"),
    ],
)
def test_common_business_words_reach_the_agent_for_that_work(text: str, expected: str) -> None:
    assert send(team("agents.json"), text).agent == expected


def test_multi_word_capabilities_and_description_only_agents_are_reachable() -> None:
    index = AgentIndex(
        [
            AgentSpec(name="helpdesk", capabilities=["customer support"], description=""),
            AgentSpec(name="books", capabilities=[], description="Keeps the ledger and closes the month."),
        ]
    )
    assert send(index, "A customer cannot find her order").agent == "helpdesk"
    assert send(index, "Post the month-end accruals to the ledger").agent == "books"
