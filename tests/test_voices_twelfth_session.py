"""Twelfth-session rules of the voices layer, each on an invented text."""

from __future__ import annotations

from _voices_support import quotes_of_text

_INTRO = "A long dispute\n\nThe two members of the board argued for most of the week about the plan.\n"


def test_a_clause_ending_in_a_quoted_fragment_before_said_name_is_the_report() -> None:
    quotes = quotes_of_text(_INTRO + "The plan's costs were \"outrageous,\" said Ada Lind of "
                            "the Harbour Trust.\n")
    assert quotes.get("The plan's costs were \"outrageous") == ("indirect", "Ada Lind")
    assert "outrageous," not in quotes


def test_a_phrase_with_no_verb_before_the_fragment_stays_a_direct_quote() -> None:
    quotes = quotes_of_text(_INTRO + "In a town with “so many empty shops,” said one trader, "
                            "the plan “makes no sense.”\n")
    assert not any(text.startswith("In a town") for text in quotes)


def test_an_inverted_cue_with_a_web_address_after_it_keeps_the_fragments_in_the_report() -> None:
    quotes = quotes_of_text(_INTRO + "Lind’s plan “truly seems reckless” and “ignores the "
                            "harbour’s history,” Tom Berg wrote in a post on harbour.org.\n")
    assert quotes.get("Lind’s plan “truly seems reckless” and “ignores the harbour’s history") \
        == ("indirect", "Tom Berg")
