"""Label sets the model predicts, in the order of its output columns (stored in the manifest)."""

PTC_LABELS = (
    "Appeal_to_Authority",
    "Appeal_to_fear-prejudice",
    "Bandwagon,Reductio_ad_hitlerum",
    "Black-and-White_Fallacy",
    "Causal_Oversimplification",
    "Doubt",
    "Exaggeration,Minimisation",
    "Flag-Waving",
    "Loaded_Language",
    "Name_Calling,Labeling",
    "Repetition",
    "Slogans",
    "Thought-terminating_Cliches",
    "Whataboutism,Straw_Men,Red_Herring",
)

SEMEVAL2023_LABELS = (
    "Appeal_to_Authority",
    "Appeal_to_Fear-Prejudice",
    "Appeal_to_Hypocrisy",
    "Appeal_to_Popularity",
    "Appeal_to_Time",
    "Appeal_to_Values",
    "Causal_Oversimplification",
    "Consequential_Oversimplification",
    "Conversation_Killer",
    "Doubt",
    "Exaggeration-Minimisation",
    "False_Dilemma-No_Choice",
    "Flag_Waving",
    "Guilt_by_Association",
    "Loaded_Language",
    "Name_Calling-Labeling",
    "Obfuscation-Vagueness-Confusion",
    "Questioning_the_Reputation",
    "Red_Herring",
    "Repetition",
    "Slogans",
    "Straw_Man",
    "Whataboutism",
)

#: Token channels: 0 = inside any propaganda fragment, then one per SemEval-2023 technique.
TOKEN_CHANNELS = ("any", *SEMEVAL2023_LABELS)

GENRE_LABELS = ("opinion", "reporting", "satire")

#: Quote tags per token (the quote head, from model 0.2.0): outside, then begin / inside of a
#: direct and of an indirect quote.
QUOTE_TAGS = ("O", "B-direct", "I-direct", "B-indirect", "I-indirect")
