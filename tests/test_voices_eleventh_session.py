"""Rules mended on the eleventh session's development articles (dev240, dev12), on invented
texts."""

from __future__ import annotations

from _voices_support import quotes_of_text

TITLE = "Harbour vote\n\n"


def test_an_accusation_after_a_report_is_a_report_of_its_own() -> None:
    quotes = quotes_of_text(TITLE + "In a post on Friday, Mayor Ada Lind wrote that the new toll "
                            "was a disaster for skippers and accused Tom Berg of having a hidden "
                            "plan for the pier.\n")
    assert quotes == {"the new toll was a disaster for skippers": ("indirect", "Ada Lind"),
                      "having a hidden plan for the pier": ("indirect", "Ada Lind")}


def test_a_participle_cue_after_a_report_opens_a_second_report() -> None:
    for participle in ("adding that", "claiming"):
        quotes = quotes_of_text(TITLE + f"Ada Lind said the new toll was a disaster for "
                                f"skippers, {participle} the board had ignored every warning "
                                "from the unions.\n")
        assert quotes == {"the new toll was a disaster for skippers": ("indirect", "Ada Lind"),
                          "the board had ignored every warning from the unions":
                              ("indirect", "Ada Lind")}, participle


def test_and_added_before_a_quotation_mark_opens_a_direct_quote() -> None:
    quotes = quotes_of_text(TITLE + "Ada Lind said the plan is “a good start,” and added, “I am "
                            "not hopeful that much will change this year.”\n")
    assert quotes == {"the plan is “a good start": ("indirect", "Ada Lind"),
                      "I am not hopeful that much will change this year.":
                          ("direct", "Ada Lind")}


def test_an_adverb_and_comma_at_the_start_of_a_subordinate_report() -> None:
    quotes = quotes_of_text(TITLE + "Although harbour officials have said that locally, the risk "
                            "is still quite small, they have also said no skipper is fully safe "
                            "from the storm.\n")
    assert quotes == {"locally, the risk is still quite small": ("indirect", "harbour officials"),
                      "no skipper is fully safe from the storm":
                          ("indirect", "harbour officials")}
