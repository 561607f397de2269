"""Cues found on the fourth session's fresh development articles, on invented texts."""

from __future__ import annotations

from _voices_support import find_quote, quotes_of_text

TITLE = "Harbour vote\n\n"


def test_an_appositive_with_an_abbreviation_keeps_its_subject() -> None:
    quotes = quotes_of_text(TITLE + "Ann Lee, a spokeswoman for the U.S. Embassy in Oslo, said "
                            "that from May to June the ferry carried no passengers at all.\n")
    assert find_quote(quotes, "from May to June the ferry") == ("indirect", "Ann Lee")


def test_a_that_clause_is_reported_even_when_its_subject_is_not_found() -> None:
    quotes = quotes_of_text(TITLE + "The letters, both sent on Tuesday, claim that both "
                            "skippers broke the harbour rules twice.\n")
    assert find_quote(quotes, "both skippers broke") == ("indirect", "the letters")
    quotes = quotes_of_text(TITLE + "Two of the skippers named have stated that they will "
                            "help the harbour inquiry.\n")
    kind, speaker = find_quote(quotes, "they will help")
    assert kind == "indirect" and (speaker or "").startswith("Two of the skippers")


def test_safe_to_say_and_a_claim_noun_report_nothing() -> None:
    quotes = quotes_of_text(TITLE + "It is safe to say that the ferry will never sail again.\n"
                            "The council rejected the claim that the ferry had been sold.\n")
    assert quotes == {}


def test_a_comma_less_but_stays_in_the_report_and_a_comma_but_ends_it() -> None:
    quotes = quotes_of_text(TITLE + "Mayor Ivo Sarn said the council could close the harbour "
                            "but did not plan to vote before the summer.\n"
                            "Later Sarn said that the ferry was safe, but was sold anyway.\n")
    assert "the council could close the harbour but did not plan to vote before the summer" \
        in quotes
    assert "the ferry was safe" in quotes


def test_a_lone_surname_before_a_reporting_verb_is_the_speaker() -> None:
    quotes = quotes_of_text(TITLE + "The harbour was quiet on Monday.\nBrask said the vote "
                            "would be held in May.\n")
    assert find_quote(quotes, "the vote would be held") == ("indirect", "Brask")


def test_a_clause_ending_in_a_quoted_fragment_before_an_inverted_cue_is_one_quote() -> None:
    quotes = quotes_of_text(TITLE + "Mayor Ivo Sarn spoke to the press at the harbour on "
                            "Monday.\nEvery ferry line in the "
                            "region received “equal time,” Sarn also told the Harbour Post.\n")
    assert find_quote(quotes, "Every ferry line") == ("indirect", "Ivo Sarn")
    assert not any(text.startswith("equal time") for text in quotes)


def test_cues_after_a_quote_with_names_holding_cue_words_and_military_titles() -> None:
    quotes = quotes_of_text(TITLE + "The advice came late.\n“Stay away from the old pier "
                            "until further notice,” the State Department said in a release.\n"
                            "“The pier will not hold another winter,” Col. Ray Marsh said.\n")
    assert find_quote(quotes, "Stay away") == ("direct", "State Department")
    assert find_quote(quotes, "The pier will not") == ("direct", "Ray Marsh")


def test_cues_before_a_quote_without_a_comma_or_with_quoted_as_saying() -> None:
    quotes = quotes_of_text(TITLE + "Ona Vik, a fisherman, said “the timing of the vote is "
                            "far too convenient” after the meeting.\n"
                            "“We agreed not to stamp the permits of some of the boats,” Tamm "
                            "was quoted as saying.\n")
    assert find_quote(quotes, "the timing of the vote") == ("direct", "Ona Vik")
    assert find_quote(quotes, "We agreed not to stamp") == ("direct", "Tamm")


def test_a_name_right_before_the_colon_speaks_the_quote() -> None:
    quotes = quotes_of_text(TITLE + "Another skipper who wants the vote stopped is former "
                            "chair Ola Brenn: “There is no scandal because there are no "
                            "buyers at all.”\n")
    assert find_quote(quotes, "There is no scandal") == ("direct", "Ola Brenn")


def test_ruled_expressed_the_belief_and_announce_after_an_object() -> None:
    quotes = quotes_of_text(TITLE + "In June, the harbour board ruled that the ferry plan ran "
                            "counter to the town charter.\n"
                            "The mayor voiced support and expressed the belief that money "
                            "played a key role in the vote.\n"
                            "The uproar prompted the harbour master, Ann Lee, to announce that "
                            "the port would open an inquiry into the sale.\n")
    assert find_quote(quotes, "the ferry plan ran counter")[0] == "indirect"
    assert find_quote(quotes, "money played a key role")[0] == "indirect"
    assert find_quote(quotes, "the port would open an inquiry")[0] == "indirect"


def test_as_x_reported_with_an_auxiliary_and_an_adverb() -> None:
    quotes = quotes_of_text(TITLE + "Indeed, as the Harbour Post has reported at length, "
                            "nearly every ferry sold this year was sold at a loss.\n"
                            "As Sarn grandly proclaimed, the harbour no longer has to fear the "
                            "winter storms!\n")
    assert find_quote(quotes, "nearly every ferry")[0] == "indirect"
    assert find_quote(quotes, "the harbour no longer has to fear") == ("indirect", "Sarn")


def test_a_place_before_a_role_and_a_participle_opener_are_not_the_speaker() -> None:
    quotes = quotes_of_text(TITLE + "The ruling is late.\n“I do not believe this is what the "
                            "court ordered,” said Ostra attorney Ana Lind, who speaks for the "
                            "paper.\nSpeaking from Tarland, Ivo Brenn, head of the harbour "
                            "board, said: “With a storm like this the old pier could go.”\n")
    assert find_quote(quotes, "I do not believe") == ("direct", "Ana Lind")
    assert find_quote(quotes, "With a storm like this") == ("direct", "Ivo Brenn")
