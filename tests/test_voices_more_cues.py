"""More cue and speaker rules on short invented texts: a trailing 'according to' after a
sentence with its own speaker, long appositives after a quote, titles before names after
'said', the voice carried over a long cue sentence, 'made it clear', 'say about half'."""

from __future__ import annotations

from _voices_support import find_quote, quotes_of_text

_quotes = quotes_of_text


def test_a_trailing_according_to_does_not_replace_the_sentences_own_speaker() -> None:
    quotes = _quotes(
        "Dock Strike Looms\n\nWhen she was questioned two days later, Marta Velden said she "
        "mistook the warehouse for her own and locked the gate, according to court filings.\n"
        "She told a council meeting that “harbour rules forbid me from opening the gate,” "
        "according to the local radio station.\n")
    assert quotes["she mistook the warehouse for her own and locked the gate"] == (
        "indirect", "Marta Velden")
    assert find_quote(quotes, "harbour rules forbid me") == ("direct", "Marta Velden")
    assert not any(speaker in ("court filings", "the local radio station")
                   for _, speaker in quotes.values())


def test_a_cue_after_a_long_appositive_and_the_next_quote_keeps_the_voice() -> None:
    quotes = _quotes(
        "Canal Work\n\nThe engineers met on Monday.\n“The canal has long been a project of "
        "firsts — first to cross the marsh, first to drain it,” Canal Project Director Oskar "
        "Brenn, of the Harbour Engineering Institute in Tarland, Westmark, notes in a "
        "statement.\n“And now we have reached the sea at last.”\nThe pictures are grainy.\n")
    assert find_quote(quotes, "The canal has long been") == ("direct", "Oskar Brenn")
    assert find_quote(quotes, "And now we have reached") == ("direct", "Oskar Brenn")


def test_said_then_a_title_then_the_name_and_a_long_cue_sentence() -> None:
    quotes = _quotes(
        "Canal Work\n\nThe divers who searched the canal revealed new details to the Tarland "
        "Post.\n“On the slate he had marked the depth, the current and the hour of the "
        "tide,” said Officer Lena Brask from the Tarland Harbour Police in a preview clip of the "
        "report.\n“So he had that written down and planned so he would know where to dive.”\n"
        "The note was no letter.\n")
    assert find_quote(quotes, "On the slate he had marked") == ("direct", "Lena Brask")
    assert find_quote(quotes, "So he had that written") == ("direct", "Lena Brask")


def test_made_it_clear_reports_speech_after_a_sentence_adverb_and_appositive() -> None:
    quotes = _quotes(
        "Canal\n\nWorkers gathered.\nNow, Mayor Ilse Varga, chair of the Tarland Harbour Board "
        "for Canal Works, made it very clear to the Tarland Post on Monday what she plans for "
        "the canal: “The canal will be finished by spring, whatever the boatmen say about it.”\n"
        "Varga made it clear that the boatmen would get no more money this year.\n"
        "The boats remain.\n")
    assert find_quote(quotes, "The canal will be finished") == ("direct", "Ilse Varga")
    assert quotes["the boatmen would get no more money this year"] == ("indirect", "Ilse Varga")
    assert not any(k.startswith("Workers") or k.startswith("The boats") for k in quotes)


def test_say_about_half_is_a_clause_and_a_trailing_reported_cue_is_cut() -> None:
    quotes = _quotes(
        "Canal\n\nWorkers gathered.\nPort officials say about half of the boats in Tarland were "
        "built without a licence, the Harbour Gazette reported Friday.\nThe mayor said about "
        "the boats nothing new.\nThe boats remain.\n")
    assert quotes == {"about half of the boats in Tarland were built without a licence": (
        "indirect", "Port officials")}


def test_inverted_says_with_a_publication_and_a_quoted_term_in_the_clause() -> None:
    quotes = _quotes(
        "Canal\n\nWorkers gathered.\nThe rivers are drying up and the marsh is shrinking by the "
        "year, says the website Tarland Waters Now?\nThat is the news.\nA TEN-YEAR drought could "
        "be due to hit the marsh in just four years as the rain moves north for the “long "
        "sleep” – bringing a string of failed harvests, says The Tarland Gazette in 2016.\n"
        "The boats remain.\n")
    assert find_quote(quotes, "The rivers are drying up") == ("indirect", "Tarland Waters Now")
    kind, speaker = find_quote(quotes, "A TEN-YEAR drought")
    assert (kind, speaker) == ("indirect", "Tarland Gazette")
    assert "long sleep" not in quotes


def test_name_and_role_before_said_stays_the_speaker_of_a_long_clause() -> None:
    quotes = _quotes(
        "Canal\n\nWorkers gathered.\nPiet Amsel, a spokesman for the Tarland Boatmen, said he "
        "got a message from the lock keeper, who was taken to a clinic in Westmark.\n")
    assert find_quote(quotes, "he got a message") == ("indirect", "Piet Amsel")
