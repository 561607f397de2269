"""Rules mended on the eighth session's development articles (dev185, dev9), on invented texts."""

from __future__ import annotations

from _voices_support import quotes_of_text

TITLE = "Harbour vote\n\n"


def test_a_report_ending_in_a_quoted_fragment_ends_before_the_stop_and_the_mark() -> None:
    quotes = quotes_of_text(TITLE + "Ada Lind said the new ferry plan was “a costly disgrace.”\n")
    assert quotes == {"the new ferry plan was “a costly disgrace": ("indirect", "Ada Lind")}


def test_a_mark_closed_mid_sentence_without_a_stop_stays_in_the_report() -> None:
    quotes = quotes_of_text(TITLE + "Ada Lind said the skippers need “closer care” before the "
                            "winter storms arrive.\n")
    assert quotes == {"the skippers need “closer care” before the winter storms arrive":
                      ("indirect", "Ada Lind")}


def test_a_connective_without_a_comma_before_according_to() -> None:
    quotes = quotes_of_text(TITLE + "But according to the harbour board, the ferries have run "
                            "late for five months.\n")
    assert quotes == {"the ferries have run late for five months":
                      ("indirect", "the harbour board")}


def test_a_trailing_as_cue_gives_the_sentence_to_its_subject() -> None:
    quotes = quotes_of_text(TITLE + "The ferry fees will rise again next spring, as Tom Berg "
                            "pointed out on Monday.\n"
                            "Ada Lind waved at the crowd, as she said goodbye.\n")
    assert quotes == {"The ferry fees will rise again next spring": ("indirect", "Tom Berg")}


def test_an_object_relative_reports_the_clause_from_its_verb() -> None:
    quotes = quotes_of_text(TITLE + "The harbour board bought a new crane that Tom Berg claimed "
                            "was capable of lifting whole ferries.\n")
    assert quotes == {"was capable of lifting whole ferries": ("indirect", "Tom Berg")}


def test_notified_takes_the_person_addressed_and_two_clauses() -> None:
    quotes = quotes_of_text(TITLE + "On Friday, the harbour board notified Tom Berg that its "
                            "inspectors had erred and that the ferry ban would end in May.\n")
    assert quotes == {"its inspectors had erred": ("indirect", "the harbour board"),
                      "the ferry ban would end in May": ("indirect", "the harbour board")}


def test_place_and_flag_capitals_before_a_title_colon_are_no_speaker() -> None:
    for flag in ("UK", "PROOF", "MAJOR NEW STUDY"):
        quotes = quotes_of_text(f"{flag}: Harbour Board Hid The Ferry Logs For Years\n\n"
                                "The logs were found on Monday.\n")
        assert quotes == {}, flag
    quotes = quotes_of_text("Ferry fees will double by next spring: Study\n\n"
                            "The logs were found on Monday.\n")
    assert quotes == {}
    quotes = quotes_of_text("WHO: Ferry Crews Must Be Tested Every Week\n\n"
                            "The logs were found on Monday.\n")
    assert list(quotes.values()) == [("indirect", "WHO")]


def test_an_object_relative_report_ends_before_the_authors_own_clause() -> None:
    quotes = quotes_of_text(TITLE + "It was the ferry plan that Tom Berg said would fail within "
                            "a year, and it did.\n")
    assert quotes == {"would fail within a year": ("indirect", "Tom Berg")}


def test_a_document_before_a_participle_is_its_speaker() -> None:
    quotes = quotes_of_text(TITLE + "In May, Tom Berg handed the harbour press a report "
                            "claiming that the ferry logs were forged.\n")
    assert quotes == {"the ferry logs were forged": ("indirect", "a report")}


def test_a_participle_after_a_colon_hangs_on_the_clause_after_it() -> None:
    quotes = quotes_of_text(TITLE + "Harbour editors are happy to announce a victory: the harbour "
                            "board has lifted the ban, saying that the ban was a mistake.\n")
    assert quotes == {"the ban was a mistake": ("indirect", "the harbour board")}


def test_a_surname_with_a_lower_case_particle_is_kept_whole() -> None:
    quotes = quotes_of_text(TITLE + "“The ferry plan is a fraud,” said Tom diMarco, a harbour "
                            "lawyer.\n")
    assert quotes == {"The ferry plan is a fraud,": ("direct", "Tom diMarco")}


def test_a_topic_heading_before_a_colon_is_no_speaker() -> None:
    quotes = quotes_of_text(TITLE + "Tom Berg gave a long speech in Ostra.\n"
                            "On Smuggling: “They call them smugglers, I call them the freedom "
                            "fighters of the harbour.”\n")
    assert quotes == {"They call them smugglers, I call them the freedom fighters of the "
                      "harbour.": ("direct", None)}


def test_the_speakers_own_next_act_after_and_ends_the_report() -> None:
    quotes = quotes_of_text(TITLE + "Ada Lind said she had video of the ferry crash and levied "
                            "the allegation days before the harbour vote.\n")
    assert quotes == {"she had video of the ferry crash": ("indirect", "Ada Lind")}


def test_a_short_first_conjunct_leaves_the_second_report() -> None:
    quotes = quotes_of_text(TITLE + "Tom Berg has admitted to sinking Ostra, but says it was "
                            "an accident.\n")
    assert quotes == {"it was an accident": ("indirect", "Tom Berg")}
