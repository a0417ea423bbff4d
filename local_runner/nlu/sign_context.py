"""Context for warning-sign findings: is this a warning for someone now?

Hand-written rules in medspaCy's ConText categories, read from ``data/warning_signs.yaml``
(``context``): NEGATED ("no fever"), HYPOTHETICAL ("i'm worried i'll slip"), HISTORICAL and
resolved ("ten years ago but nothing since"), a general question ("can a urine infection cause back
pain"), a cause that explains it away (dieting, a sauna), and OTHER EXPERIENCER: said of someone
else, a sign counts when that person has back trouble too, unless the sign needs no back pain to be
an emergency; said of a child, only with back trouble; said of an animal or a thing, never; and
never when the only back trouble said is the speaker's own ("my husband has erection problems and
my back pain isn't helping").

As in ConText, a trigger that is part of a finding never modifies it ("can't pee" is the sign, not
a negated "pee"), a trigger reaches a few words, and a terminator ("but", "now") stops it.
``bench/bench_context.py`` compares these rules with medspaCy's own ConText engine.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Iterable, Mapping, Sequence

from .sign_phrases import Stemmer, Text, WordClass, compile_phrase

if TYPE_CHECKING:
    from .warning_signs import Finding, Sign

#: Who a finding is about.
SELF = "self"
OTHER = "someone else"
CHILD = "a child"
#: How far after a son or daughter an age may come and make them an adult ("my son *is* thirty").
ADULT_AGE_REACH = 3
#: How far after a falling thing the word it landed on may come ("fell *on*", "came down *on*").
LANDED_REACH = 3
#: How far after that word the person or back it landed on may be named ("fell on my mate's back").
STRUCK_REACH = 4
ANIMAL = "an animal"
#: A character in a book, film, show or game: no one the warning is for, like an animal.
CHARACTER = "a character in a story"
THING = "a thing"
#: Pronouns that, inside a finding, may be body parts or needles rather than another person; the words
#: that make them so are data (experiencer: body_pronoun_after, body_plurals, body_counts, body_idioms).
_BODY_PRONOUNS = frozenset({"they", "them"})
#: The words that end a negation trigger ("is not", "had no") and may open a pseudo-negation ("not improving").
_NEGATION_WORDS = frozenset({"not", "no", "never"})
#: The speaker's own words that hold no one else
_SPEAKER_ALONE = frozenset({"i", "me", "my", "mine", "myself", "im"})
#: How far a historical cue reaches, and a resolution cue after the finding.
HISTORY_REACH = 10
RESOLVED_REACH = 15
#: ...and how close a sign's own resolution must follow it ("my fever *is gone*", "the fever finally *broke*")
RESOLVED_NEXT_REACH = 2
#: How far after a finding asked about a restatement makes it a fact: "the doctor asked about numbness
#: down there and i said no, *but actually yes* it is numb"
AFFIRMED_REACH = 8
#: How far from a finding a cause that explains it away may be said ("sweating *at the gym*"):
#: further off, it is about something else ("the exercises are going okay ... woke up drenched").
EXPLAINED_REACH = 20
#: Where a new stretch of the story starts: a cause said before it explains nothing after it. These alone
#: part a finding from a cause said after it ...
_STRETCH_ENDS = ("then", "and then", "now", "and now", "since then", "is it normal that",
                 # "my feet are always a bit numb from my neuropathy *but this is new*, my leg's gone weak"
                 "this is new", "but now")
#: ... and a time as well parts a cause said before the finding from it; said between a finding and a cause
#: after it, the time is the finding's ("numbness down there *this morning* after a long bike ride")
_EXPLAINED_ENDS = _STRETCH_ENDS + ("today", "yesterday", "last night", "this morning", "lately", "these days",
                                   "this week", "the last couple of days", "the last two days", "the last few days",
                                   "the past two days", "the past few days", "tonight", "this evening",
                                   "this afternoon")
#: In a line asked to learn, a sign told as someone's own still counts ("heard on the radio back pain can
#: be cancer, and *i had* breast cancer"; "...and i've wet *myself*"): the speaker in the finding, or a
#: person who has it said just before it (within LEARN_OWNER_REACH words).
LEARN_OWNER_REACH = 4
_FIRST_PERSON = frozenset({"i", "me", "my", "myself", "we", "us", "our"})
_SUBJECTS = frozenset({"i", "he", "she"})
_HAVING = frozenset({"have", "has", "had", "am", "is", "was", "been", "got", "keep", "keeps"})
#: Words that give a reason: what follows them is said as a fact, not asked in general.
_REASONS = frozenset({"because", "cause", "cos", "coz"})
#: Terminators of a historical cue: the time has moved on to now.
_HISTORY_ENDS = ("now", "but now", "and now", "since then", "these days", "lately", "recently", "currently",
                 "this week", "today", "yesterday", "at the moment", "still", "this is new", "but this is new",
                 "but it is back", "but its back", "it came back", "it has come back", "this time", "but this time",
                 # the finding's own recent time: "thrown from my horse *at the weekend*, had a discectomy last year"
                 "at the weekend", "last weekend", "over the weekend", "this morning", "last night", "tonight",
                 "this afternoon", "the other day",
                 # "a kidney stone last year *but this feels different*, i can't pee"
                 "{now_different}")
#: What tells a finding as going on now: a reassurance after it ("the scan was fine") is then no resolution.
_NOW_ENDS = ("now", "today", "tonight", "still", "currently", "at the moment", "this morning", "this afternoon",
             "this evening", "this week", "since yesterday", "since last night", "again", "keep", "keeps")
#: A time that makes a bout recent: a sign with recent_counts told with it is no resolved one. Days, not
#: weeks: the cauda equina signs are new or recent symptoms, and a bout this week is still one.
_TODAY = ("today", "tonight", "this morning", "this afternoon", "this evening", "last night", "yesterday",
          "earlier today", "just now", "an hour ago", "this week", "the other day", "days ago", "on monday",
          "on tuesday", "on wednesday", "on thursday", "on friday", "on saturday", "on sunday", "at the weekend",
          "over the weekend", "on the weekend")
#: How far before a finding a time said of it reaches ("*today* i wet myself").
NOW_BEFORE_REACH = 4
#: A short question about "it" said right before a finding, with none of the words that join a question to
#: what it asks about ("is it serious *if* ...", "is it normal *to* ..."), asks about the finding told.
_ASKING_VERBS = frozenset({"is", "could", "would", "will", "should"})
_DEICTIC = frozenset({"it", "this", "that"})
_LINKS = frozenset({"if", "when", "whenever", "to", "for", "with", "that", "after", "from", "in", "of", "by",
                    "while", "once", "having", "getting", "being", "be", "you", "your", "someone", "people",
                    # "is it true sciatica can go down both legs": a claim asked about, not told
                    "true", "right", "correct", "myth", "fact", "possible", "likely", "common", "known"})
#: The speaker as the object right after a finding ("knocked *me* off").
_OBJECT_SELF = frozenset({"me", "us", "myself"})
#: The speaker as the subject of what follows.
_SUBJECT_SELF = frozenset({"i", "we"})
#: Any subject a finding's rule may take in ("*i fall*", "*she fell*").
_SUBJECT_WORDS = _SUBJECTS | _SUBJECT_SELF
#: "knocked over *by* a dog": an animal named as what did it is not whom it happened to.
_AGENT = frozenset({"by"})
AGENT_REACH = 3
#: A thing that fell *on* someone's *back* hurt that person ("a shelf fell on my mate's back at work":
#: "back at work" is no body part to the rules, so the word itself is looked for).
_LANDED_ON = frozenset({"on", "onto", "pon", "across"})
_STRUCK_BACK = frozenset({"back", "spine", "backs"})
_DETERMINERS = frozenset({"my", "his", "her", "their", "the", "this", "that", "a"})
_CLAUSE_OPENERS = frozenset({"and", "but", "so", "also", "doctor", "alexa", "just", "okay", "ok", "well"})
#: How close "no"/"fine" must be to a mention of the back to say it is not troubled.
BACK_NEGATION_REACH = 1


@dataclass(frozen=True)
class Judgement:
    """The context's verdict on one finding."""

    finding: "Finding"
    kept: bool
    reason: str          # why dropped, or "" when kept
    who: str             # whom it is about, as said in --explain


class Triggers:
    """Trigger phrases with the words they reach and what stops them (kept as word classes of their
    own, so each utterance looks them up once)."""

    def __init__(self, name: str, phrases: Iterable[str], stemmer: Stemmer, reach: int,
                 ends_at: Iterable[str], registry: dict[str, WordClass], pseudo: Iterable[str] = ()) -> None:
        self.name = f"@{name}"
        self.stop_name = f"@{name}/ends"
        # pseudo-triggers (ConText's PSEUDO): longer phrases holding a trigger that do not trigger
        self.pseudo = [compile_phrase(p, stemmer) for p in pseudo]
        registry[self.name] = WordClass(self.name, [compile_phrase(p, stemmer) for p in phrases], self.pseudo)
        registry[self.stop_name] = WordClass(self.stop_name, [compile_phrase(p, stemmer) for p in ends_at])
        self.reach = reach

    def occurrences(self, text: Text) -> list[tuple[int, int]]:
        # a trigger ending in the "not" that opens a pseudo-trigger is held by it too: "is not" of
        # "my back is *not improving*" denies nothing, as "not improving" alone does not
        return [(start, end) for start, end in text.all_occurrences(self.name)
                if text.words[end - 1] not in _NEGATION_WORDS
                or not any(text.phrase_ends(phrase, end - 1) for phrase in self.pseudo)]

    def stops(self, text: Text) -> tuple[tuple[int, int], ...]:
        return text.occurrences(self.stop_name)


class Context:
    """The hand-written context rules (see module docstring)."""

    def __init__(self, data: Mapping[str, Any], stemmer: Stemmer, classes: dict[str, WordClass],
                 lasting: frozenset[str] = frozenset()) -> None:
        self.stemmer = stemmer
        #: signs a history of which is the sign itself (cancer): a time said inside one of their
        #: findings still dates the findings around it ("no feeling in her toes from *the chemo she
        #: had years ago*")
        self.lasting = lasting
        self.classes = classes
        neg = data.get("negated") or {}
        reach = int(neg.get("reach", 6))
        ends = neg.get("ends_at") or ()
        self.negated_before = Triggers("negated_before", neg.get("before") or (), stemmer, reach, ends, classes,
                                       neg.get("not") or ())
        # the pseudo-negations hold both ways: "maybe it's nothing" after a finding denies it no more than before
        self.negated_after = Triggers("negated_after", neg.get("after") or (), stemmer, reach, ends, classes,
                                      neg.get("not") or ())
        # ...but of a lasting condition, what says it is over tells the recovery, not a denial: "i had
        # cancer, fine now" (a history of cancer is the sign itself)
        recovered = set((data.get("historical") or {}).get("resolved") or ())
        self.negated_after_lasting = Triggers("negated_after_lasting",
                                              [p for p in neg.get("after") or () if p not in recovered],
                                              stemmer, reach, ends, classes, neg.get("not") or ())
        # right after the finding only: "temperature's normal" (heard "temperature normal"), "bowels fine"
        self.negated_next = Triggers("negated_next", neg.get("right_after") or (), stemmer, 0, ends, classes)
        # "never ... before", "never ... like this": a first time, not a denial
        self.novel = Triggers("novel", neg.get("novel_after") or (), stemmer, int(neg.get("novel_reach", 3)), (),
                              classes)
        # "i didn't fall, *well, i did*", "my chest isn't sore, *och, it is*": the speaker takes the
        # negation back; said after it, at most ``restated_reach`` words after the finding
        self.restated = Triggers("restated", neg.get("restated_after") or (), stemmer,
                                 int(neg.get("restated_reach", 4)), (), classes, neg.get("not_restated") or ())
        # the words a finding said in the negative holds ("can *not* get hard", "*no* feeling down there")
        self.negative_forms = Triggers("negative_forms", neg.get("negative_forms") or (), stemmer, 0, (), classes)
        hyp = data.get("hypothetical") or {}
        self.hypothetical = Triggers("hypothetical", hyp.get("before") or (), stemmer, int(hyp.get("reach", 4)),
                                     hyp.get("ends_at") or (), classes, hyp.get("not") or ())
        # a time it happened, said right after it, makes an "if" a fact ("if i pooped myself *last night*")
        self.dated = Triggers("dated", hyp.get("dated") or (), stemmer, int(hyp.get("dated_reach", 3)), (), classes)
        hist = data.get("historical") or {}
        self.historical = Triggers("historical", hist.get("before_or_after") or (), stemmer, HISTORY_REACH,
                                   _HISTORY_ENDS, classes, hist.get("not") or ())
        # a cause explains a finding only within its stretch of the story ("the exercises are fine ...
        # *then last night* i woke up drenched")
        self.explained_ends = Triggers("explained", (), stemmer, EXPLAINED_REACH, _EXPLAINED_ENDS, classes)
        self.stretch_ends = Triggers("stretch", (), stemmer, EXPLAINED_REACH, _STRETCH_ENDS, classes)
        self.resolved = Triggers("resolved", hist.get("resolved") or (), stemmer, RESOLVED_REACH,
                                 ("but now", "and now"), classes, hist.get("not_resolved") or ())
        # for a sign whose passing still counts (chest pain), only what says it is long over resolves it
        resolutions = list(hist.get("resolved") or ())
        passing = set(hist.get("passing") or ())
        #: passing phrases that are no resolution: they would set nothing aside (the loader refuses them)
        self.passing_unlisted = sorted(passing.difference(resolutions))
        self.resolved_lasting = Triggers(
            "resolved_lasting", [p for p in resolutions if p not in passing], stemmer, RESOLVED_REACH,
            ("but now", "and now"), classes, hist.get("not_resolved") or ())
        # said right after one sign, these say it is over ("my fever *is gone*"); after another they can
        # be the sign itself ("my leg *has gone*"), so each sign has its own
        self.resolved_for = {str(sign_id): Triggers(f"resolved_for/{sign_id}", spec.get("words") or (), stemmer,
                                                    RESOLVED_NEXT_REACH, ("but now", "and now"), classes,
                                                    spec.get("not") or ())
                             for sign_id, spec in (hist.get("resolved_for") or {}).items()}
        # a check or a test said after a finding sets it aside only when the finding is told in the past
        self.reassured = Triggers("reassured", hist.get("reassured") or (), stemmer, RESOLVED_REACH, _NOW_ENDS,
                                  classes, hist.get("not_resolved") or ())
        self.today = Triggers("today", _TODAY, stemmer, NOW_BEFORE_REACH, (), classes)
        # "... last year *but it's back again*": said after a finding, it is going on again
        # ...but not where the longer phrase says it is over: "my temperature *is back to normal*"
        not_back = hist.get("not_returned") or ()
        self.returned = Triggers("returned", hist.get("returned") or (), stemmer, RESOLVED_REACH, (), classes, not_back)
        self.returned_next = Triggers("returned_next", hist.get("returned_next") or (), stemmer, 1, (), classes,
                                      not_back)
        gen = data.get("generic") or {}
        self.openers = [compile_phrase(p, stemmer) for p in gen.get("openers") or ()]
        classes["@openers"] = WordClass("@openers", self.openers)
        # a question said as a statement and closed by a tag: "back pain can cause fever or not"
        self.closers = [compile_phrase(p, stemmer) for p in gen.get("closers") or ()]
        # ...of which these ask whether a sign told bare is so, or linked: that sign is the asker's own
        self.told_tags = [compile_phrase(p, stemmer) for p in gen.get("told_tags") or ()]
        #: told tags that close no question: they would never be read (the loader refuses them)
        self.told_tags_unclosed = sorted(set(gen.get("told_tags") or ()).difference(gen.get("closers") or ()))
        # ...or one that says what something can do, with no one named: "back pain can cause fever"
        classes["@asks_in_general"] = WordClass("@asks_in_general", [compile_phrase(p, stemmer)
                                                                    for p in gen.get("asks_in_general") or ()])
        # word for word (unstemmed), one word or several ("bad for", "how common")
        self.general_words = frozenset(tuple(str(w).split()) for w in gen.get("general_words") or ())
        self.personal_words = frozenset(str(w) for w in gen.get("personal_words") or ())

        def word_class(section: Mapping[str, Any], key: str) -> str:
            """Compile the phrase list *key* of *section* into the word class "@<key>"; its name."""
            classes[f"@{key}"] = WordClass.from_spec(f"@{key}", section.get(key), stemmer)
            return f"@{key}"

        for key in ("definition_openers", "happening_to_me", "asked_to_learn", "asked_help_for", "not_personal_before",
                    "afterthoughts", "anyone_would", "why_asked", "named_condition", "told_before_tag"):
            word_class(gen, key)
        self.clause_breaks = frozenset(str(w) for w in gen.get("clause_breaks") or ())
        # a particle said before a question opens it no less: "*yaar* can back pain make you incontinent"
        self.leading_particles = frozenset(str(w) for w in gen.get("leading_particles") or ())
        who = data.get("experiencer") or {}
        # Marker kinds, strongest first where phrases overlap; each a word class "@<kind>".
        self.markers: list[tuple[str, str]] = []
        for kind, key in ((CHILD, "children"), (OTHER + ":person", "people"), (ANIMAL, "animals"),
                          (CHARACTER, "characters"), (THING, "things"), (OTHER, "other"), (SELF, "self")):
            self.markers.append((kind, word_class(who, key)))
        # "*they* took a growth off my lung": the clinicians who acted, not whom it is about
        word_class(who, "clinicians")
        self.back_is_fine = Triggers("back_is_fine", who.get("back_is_fine") or (), stemmer, BACK_NEGATION_REACH,
                                     (), classes, who.get("back_is_not_fine") or ())
        word_class(who, "own_back_is_fine")
        self.back_negated = Triggers("back_negated", [*(neg.get("before") or ()), *(who.get("back_denied_before") or ())],
                                     stemmer, BACK_NEGATION_REACH, ends, classes, who.get("back_not_denied_by") or ())
        self.skip = frozenset(str(w) for w in who.get("skip") or ())
        # the classes that say whose risk a sign is (thin bones, steroids, injecting)
        self.risk_classes = frozenset(str(w) for w in who.get("risk_classes") or ())
        self.vocatives = frozenset(str(w) for w in who.get("vocatives") or ())
        self.vocative_owners = frozenset(str(w) for w in who.get("vocative_owners") or ())
        self.body_pronoun_after = frozenset(str(w) for w in who.get("body_pronoun_after") or ())
        self.body_plurals = frozenset(str(w) for w in who.get("body_plurals") or ())
        self.body_counts = frozenset(str(w) for w in who.get("body_counts") or ())
        self.body_idioms = tuple(tuple(str(p).split()) for p in who.get("body_idioms") or ())
        word_class(who, "adult_ages")
        word_class(who, "their_condition")
        word_class(who, "their_back")
        word_class(who, "worried_about_them")

    # ----- the verdict ---------------------------------------------------------------------------
    def judge(self, text: Text, finding: "Finding", sign: "Sign", findings: Sequence["Finding"],
              their_back_said: bool = False) -> Judgement:
        """Keep or drop *finding*, with the reason and whom it is about; *their_back_said*: the
        back trouble of the person it is about was told before (earlier in the session)."""
        # A trigger within another finding belongs to that finding ("can't pee" does not negate what
        # follows), unless that finding holds this one: "bowels fine, no accidents" negates "accidents".
        others = [f for f in findings if not (f.start <= finding.start and finding.end <= f.end)]
        inside = _covered(others)
        inside_dated = _covered([f for f in others if f.sign not in self.lasting])
        # other signs' findings apart from this one: a list shares what is said before or after it
        listed = _covered([f for f in findings if f.sign != finding.sign
                           and (f.end <= finding.start or f.start >= finding.end)])
        markers = self._markers(text)
        who = self._who(text, finding.start, finding.end, markers)
        checks = (
            ("negated", lambda: (not self._said_negatively(text, finding) and not self._first_time(text, finding)
                                 and any(not self._taken_back(text, end, finding) and not self._only_pain_denied(text, end, finding)
                                         for end in self._reaching_before(text, self.negated_before, finding, inside, listed)))
             or self._reaches_after(text, self.negated_after_lasting if finding.counts_past(sign)
                                    else self.negated_after, finding, inside, listed)
             or self._said_fine_right_after(text, finding, lasting=finding.counts_past(sign))
             or (self._between_parts(text, self.negated_before, finding)
                 and not self._taken_back(text, finding.start, finding))
             or self._between_parts(text, self.negated_after, finding)),   # "both legs *are fine* it's one buttock that aches"
            ("hypothetical", lambda: (self._reaches_before(text, self.hypothetical, _past_subject(text.words, finding),
                                                           inside, listed)
                                      or _opens_into(self.hypothetical.occurrences(text), finding))
             and not self._dated(text, finding) and not _ends_between_parts(self.hypothetical.stops(text), finding)
             # "is it bad if you can't pee ..., because i literally can't": the asker's own experience
             and not _own_echo_after(text.words, finding.end)
             # "could a slipped disc cause impotence, *because that's started happening to me*"
             and not self._happening_after(text, finding) and not self._affirmed_after(text, finding)),
            ("historical", lambda: not finding.counts_past(sign) and not self._returned(text, finding)
             and not _ends_inside(self.historical.stops(text), finding) and (
                self._reaches_before(text, self.historical, finding, inside_dated)
                or _opens_into(self.historical.occurrences(text), finding)
                or (not _going_on(text, finding) and self._reaches_after(text, self.historical, finding,
                                                                         inside_dated)))),
            ("resolved", lambda: not finding.counts_past(sign) and not self._returned(text, finding)
             and not (sign.recent_counts and self._told_today(text, finding)) and (
                self._reaches_after(text, self.resolved_lasting if sign.passing_counts else self.resolved,
                                    finding, inside)
                or (finding.sign in self.resolved_for
                    and self._reaches_after(text, self.resolved_for[finding.sign], finding, inside))
                or (not self._told_as_now(text, finding)
                    and self._reaches_after(text, self.reassured, finding, inside)))),
            ("a general question", lambda: self._generic(text, finding, sign)),
            ("explained by something else", lambda: finding.explainable and self._explained(text, finding, sign)),
        )
        for reason, check in checks:
            if check():
                return Judgement(finding, False, reason, who)
        if who == SELF and self._risk_of_another(text, finding, markers):
            # "mama's got osteoporosis, and my back's sore from lifting her wheelchair": her thin bones,
            # the speaker's strain; neither has both halves of the sign
            return Judgement(finding, False, "its risk is someone else's, what came after the speaker's", who)
        if who in (ANIMAL, CHARACTER, THING):
            return Judgement(finding, False, f"about {who}", who)
        if who == SELF and sign.past_counts and self._own_back_fine(text, markers, finding):
            # "i was on chemo fifteen years ago, all clear, no back trouble": a past condition, and no back pain
            return Judgement(finding, False, "a past condition, and the speaker's back is said to be fine", who)
        if who in (CHILD, OTHER):
            trouble, denied, mine = self._backs(text, markers, finding)
            trouble = trouble or self._thing_landed(text, finding.start, finding.end, markers) is not None \
                or (their_back_said and not denied)
            if not trouble and self._their_condition(text, finding):
                return Judgement(finding, False, f"about {who}, explained by a condition of theirs", who)
            if not trouble and mine and not text.occurrences("@worried_about_them"):
                # "my husband has erection problems ... my back pain isn't helping": the back
                # pain said is the speaker's own, the sign another person's: not a back warning sign
                # (unless the speaker says it is the other person they are asking about)
                return Judgement(finding, False, f"about {who}, and the back trouble said is the speaker's", who)
            if denied and not trouble:
                # said outright ("his back's fine", "she's got no back problems"): even an
                # emergency sign, which needs no word about their back, is no back warning sign
                return Judgement(finding, False, f"about {who}, whose back is said to be fine", who)
            if who == CHILD and sign.children_need_back or who == OTHER and sign.others_need_back:
                # "my mum's lost loads of weight and she's not been trying", "my husband fell off the roof",
                # "my son fell off the shed roof": a warning in itself, back trouble said or not
                if not trouble and self._counts_anyway(text, sign.others_count_if if who == OTHER
                                                       else sign.children_count_if):
                    return Judgement(finding, True, "", f"{who}, and it counts with no back trouble said")
                if not trouble:
                    return Judgement(finding, False, f"about {who}, with no back trouble said for them", who)
                return Judgement(finding, True, "", f"{who}, who has back trouble")
        return Judgement(finding, True, "", who)

    def _risk_of_another(self, text: Text, finding: "Finding", markers: Mapping[int, str]) -> bool:
        """A finding of two concepts whose first (the risk: thin bones, a drug) is told of someone else
        and whose later part is the speaker's, by a pronoun of theirs inside the finding."""
        parts = sorted(finding.parts, key=lambda p: p[1])
        if len(parts) < 2 or parts[0][0] not in self.risk_classes:
            return False
        first = parts[0]
        # "we", "us", "our" may hold the other person ("when *we* do her personal care")
        return self._who(text, first[1], first[2], markers) in (OTHER, CHILD) \
            and any(markers.get(i) == SELF and text.words[i] in _SPEAKER_ALONE for i in range(first[2], finding.end))

    def _counts_anyway(self, text: Text, names: Sequence[str]) -> bool:
        """One of the classes that make another person's sign count with no back trouble said, and not
        denied: "he can't sleep at night, *no pain*, just a night owl" gives no pain to count."""
        return any(not self._denied(text, start, end) for _, start, end in text.any_of(names))

    def _denied(self, text: Text, start: int, end: int, inside: set[int] = frozenset()) -> bool:
        """Words *start*..*end* (a cause, a class that counts) denied by a negation said before them;
        one inside *inside* (the finding's own "can't") denies nothing."""
        return self._reaches_before(text, self.negated_before, _Span(start, end), inside)

    def _happening_after(self, text: Text, finding: "Finding") -> bool:
        """A reason given after the finding says it is happening to the speaker ("..., because that's
        started happening to me"): the question is the asker's own case."""
        words = text.words
        return any(start >= finding.end and any(w in _REASONS for w in words[finding.end:start])
                   for start, _ in text.all_occurrences("@happening_to_me"))

    def _affirmed_after(self, text: Text, finding: "Finding") -> bool:
        """Said after the finding to be so after all ("... i said no, *but actually yes*"): a question
        about it, asked by someone else, is answered as the speaker's own."""
        return _said_after(text, self.restated, finding.end, finding.end, AFFIRMED_REACH)

    def _told_today(self, text: Text, finding: "Finding") -> bool:
        """Told as today, last night, yesterday or this week ("*this morning* i wet myself", "i wet myself *on monday*"):
        a time said at most ``NOW_BEFORE_REACH`` words before the finding, in it, or as far after it."""
        return any(finding.start - NOW_BEFORE_REACH <= s and e <= finding.end + NOW_BEFORE_REACH
                   for s, e in self.today.occurrences(text))

    def _returned(self, text: Text, finding: "Finding") -> bool:
        """Said after the finding to be back ("... *but it's started again*"): going on now, whatever
        was said of its past."""
        return any(_said_after(text, triggers, finding.end, finding.end)
                   for triggers in (self.returned, self.returned_next))

    def _told_as_now(self, text: Text, finding: "Finding") -> bool:
        """The finding is told as going on now ("my legs *are* numb", "i wet myself twice *today*"): a
        normal scan or a doctor's check said after it is of an earlier time, and does not set it aside."""
        words = text.words
        if any(w in _NOW_FORMS for w in words[max(0, finding.start - 1):finding.end]):
            return True
        return any(finding.start - NOW_BEFORE_REACH <= s and e <= finding.start
                   for s, e in self.reassured.stops(text))

    def _dated(self, text: Text, finding: "Finding") -> bool:
        """When it happened is said right after the finding ("... in my sleep last night")."""
        return _said_after(text, self.dated, finding.end, finding.end)

    def _first_time(self, text: Text, finding: "Finding") -> bool:
        """Said to be new ("never wet myself *before*", "never had to push *like this*"): a negation
        before it tells that it had not happened until now."""
        return _said_after(text, self.novel, finding.start, finding.end)

    def _taken_back(self, text: Text, negation_end: int, finding: "Finding") -> bool:
        """The speaker takes back the negation ending at *negation_end* ("i'm not on steroids, *well,
        i am*"): a restating phrase after it, at most ``restated_reach`` words after the finding."""
        return _said_after(text, self.restated, negation_end, finding.end)

    def _only_pain_denied(self, text: Text, negation_end: int, finding: "Finding") -> bool:
        """The negation ending at *negation_end* denies a pain, and a stop ends it before a symptom the
        finding goes on to: "no *pain* in the leg *but* it's weak" (not "*never* been on steroids, just ...")."""
        return bool(text.class_ends("pain", negation_end)) \
            and _symptom_after_stop(self.negated_before.stops(text), finding)

    def _said_negatively(self, text: Text, finding: "Finding") -> bool:
        """The finding is itself said with a negation ("he *can't* get hard"): a negation before it
        says the same again ("he can't do it in bed, he can't get hard"), it does not deny it."""
        # the negation opens the finding ("can *not* get hard") or a part said right after the one
        # before ("his leg *won't* lift"); one further on may belong to another verb ("no, i can go
        # to the loo fine, i just *can't* bend")
        parts = sorted(finding.parts, key=lambda p: p[1])
        if not parts:
            return False
        if parts[0][0].startswith("@"):
            # a phrase rule holds its own negations; one that opens with one ("*nothing* happens down
            # there") is said negatively as a whole: "he can't manage it, nothing happens down there"
            return any(finding.start == s and e <= finding.end for s, e in self.negative_forms.occurrences(text))
        opening = [parts[0]] + [p for before, p in zip(parts, parts[1:]) if p[1] <= before[2] + 1]
        return any(p[1] <= s <= p[1] + 1 and e <= p[2]
                   for s, e in self.negative_forms.occurrences(text) for p in opening)

    # ----- ConText-style reach -------------------------------------------------------------------
    def _between_parts(self, text: Text, triggers: Triggers, finding: "Finding") -> bool:
        """A trigger said between the parts of a finding ("my legs are *not* weak")."""
        parts = sorted(finding.parts, key=lambda p: p[1])
        in_parts = {i for _, s, e in parts for i in range(s, e)}
        for start, end in triggers.occurrences(text):
            if any(i in in_parts for i in range(start, end)):
                continue
            if any(a[2] <= start and end <= b[1] for a, b in zip(parts, parts[1:])):
                return True
        return False

    def _reaches_before(self, text: Text, triggers: Triggers, finding: "Finding", inside: set[int],
                        listed: set[int] = frozenset()) -> bool:
        return bool(self._reaching_before(text, triggers, finding, inside, listed))

    def _reaching_before(self, text: Text, triggers: Triggers, finding: "Finding", inside: set[int],
                         listed: set[int] = frozenset()) -> list[int]:
        """Where each trigger said before *finding* that reaches it ends."""
        stops = triggers.stops(text)
        ends = []
        for start, end in triggers.occurrences(text):
            if end > finding.start or any(i in inside for i in range(start, end)):
                continue
            if _gap(end, finding.start, listed) > triggers.reach:
                continue
            if not any(s >= end and e <= finding.start for s, e in stops):
                ends.append(end)
        return ends

    def _their_condition(self, text: Text, finding: "Finding") -> bool:
        """A condition of theirs said near the finding explains it ("my friend's *diabetic* and her feet
        are numb"); asked only when nothing is said of their back."""
        return any(self._explains(text, s, e, finding) for _, s, e in text.any_of(["@their_condition"]))

    def _said_fine_right_after(self, text: Text, finding: "Finding", lasting: bool = False) -> bool:
        """"Normal", "fine" right after the finding ("temperature's normal i checked"); as the last
        word ("numb down there normal?") it asks rather than denies, but a denial said last still
        denies (Hindi "osteoporosis nahi hai", read "osteoporosis not hai")."""
        if _asked_of(text.words, finding.start):
            return False   # "is chest tightness normal with this back pain": asked, not denied
        # of a *lasting* condition "fine" tells the recovery, which does not undo the history ("cancer hoya si,
        # theek ho gaya": had cancer, fine now); only a denial denies it ("cancer nahi hai": cancer not hai)
        return any(start == finding.end and (end < len(text.words) or text.words[start] in _NEGATION_WORDS)
                   and (not lasting or text.words[start] in _NEGATION_WORDS)
                   and not _is_question_of(text.words, finding.start, start)
                   for start, end in self.negated_next.occurrences(text))

    def _reaches_after(self, text: Text, triggers: Triggers, finding: "Finding", inside: set[int],
                       listed: set[int] = frozenset()) -> bool:
        stops = triggers.stops(text)
        for start, end in triggers.occurrences(text):
            if start < finding.end or any(i in inside for i in range(start, end)):
                continue
            if _gap(finding.end, start, listed) > triggers.reach:
                continue
            if not any(s >= finding.end and e <= start for s, e in stops):
                return True
        return False

    # ----- a general question ---------------------------------------------------------------------
    def _generic(self, text: Text, finding: "Finding", sign: "Sign") -> bool:
        words = text.words
        low = max((i for i in range(finding.start) if self._breaks_clause(words, i)), default=-1) + 1
        high = min((i for i in range(finding.end, len(words)) if self._breaks_clause(words, i)), default=len(words))
        if text.all_occurrences("@happening_to_me"):
            return False   # "can a slipped disc do that ... because that's started happening to me"
        if any(not self._afterthought_between(text, end, finding.start) and not _asks_next(words, start, end, finding)
               for start, end in text.all_occurrences("@asked_to_learn")):
            # "for my biology homework, how does a slipped disc press on nerves", "because i got scared reading
            # about spinal infections"; but not a sign said as someone's own in the same line ("the news said
            # back pain can be serious, and i've wet myself")
            return not self._owned(text, finding)
        if low and words[low - 1] in _REASONS:
            return False   # a reason given is a fact: "is the physio making it worse, because now it's down both legs"
        if low and words[low - 1] == "since" and any(w in self.personal_words for w in words[:low - 1]):
            return False   # when their trouble began: "can i keep taking paracetamol, my back hurts since the car crash"
        if _asked_then_told(words, low, finding.start):
            return False   # "is it serious, numb down there": the question is about what is told right after it
        if _own_reason_after(words, high):
            return False   # "is it normal to get chills with back pain, because i've had them all night"
        opened = self._opens_question(text, 1 if words[0] in self.leading_particles else 0)
        opened_here = opened or self._opens_question(text, low)
        tag = self._tag_start(text)
        says_what_it_can_do = bool(text.occurrences("@asks_in_general"))
        tagged = tag is not None or says_what_it_can_do
        if not (opened_here or tagged):
            return False
        if not opened_here and tag is not None:
            if not says_what_it_can_do and self._told_then_tagged(text, tag, sign.level == "emergency"):
                return False
            if self._told_before_tag(text, tag):
                return False   # "kamar dard ke saath bukhar *bhi hai*, kya hota hai": told as going on, then asked why
        if not opened_here and any(w in self.personal_words for w in words):
            return False   # asked only by a tag or a "can cause": anyone named makes it theirs ("my back pain ... or not")
        asked_first = opened or tagged
        if any(0 <= finding.start - end <= 2 for _, end in text.all_occurrences("@asked_help_for")):
            return False
        clause = words[low:high]
        body = {s for s, _ in text.occurrences("@not_personal_before")}
        # "how would *i* notice it" asks what anyone would notice, and "*my* gran asked *me*" says who
        # wanted to know: neither says who has it
        anyone = {i for name in ("@anyone_would", "@why_asked")
                  for s, e in text.occurrences(name, longest=True) for i in range(s, e)}
        personal = any(w in self.personal_words and (i + 1) not in body and i not in anyone
                       for i, w in enumerate(words[low:high], start=low))
        defines = bool(text.class_ends("@definition_openers", low))
        # who the question is about may be said before the clause: "how would *you* know if back pain was cancer"
        # ...and a line closed by a tag with no one in it is asked whole: "chest pain and back pain, *when is it
        # serious*" (Hindi "kab emergency hota hai")
        asked_of = words if tagged and not opened_here else words[:high] if asked_first else clause
        return (defines or _says_any(asked_of, self.general_words)) and not personal

    @staticmethod
    def _afterthought_between(text: Text, start: int, end: int) -> bool:
        """Something added as an afterthought between *start* and *end* ("he wants to know about panadol,
        *oh and* the wound's gone red"): what follows is told, not asked to learn."""
        # the shortest reading at each start (looked up once per line) holds whenever a longer one does
        return any(start <= s and e <= end for s, e in text.occurrences("@afterthoughts"))

    def _breaks_clause(self, words: Sequence[str], i: int) -> bool:
        # "because of a uti" names a cause inside the question; "because i've had them" gives a reason
        if words[i] == "and":
            return _next_question(words, i + 1)   # "does the epidural make your legs weak, *and can i* drive home"
        return words[i] in self.clause_breaks and not (words[i] == "because" and tuple(words[i + 1:i + 2]) == ("of",))

    def _owned(self, text: Text, finding: "Finding") -> bool:
        """The sign told as someone's own: the speaker in the finding ("wet *myself*"), or a person
        who has it just before it ("*i had* breast cancer"), other than before the back itself ("my back")."""
        words = text.words
        body = {s for s, _ in text.occurrences("@not_personal_before")}
        if any(words[i] in _FIRST_PERSON and i + 1 not in body for i in range(finding.start, finding.end)):
            return True
        start = max(finding.start - LEARN_OWNER_REACH, 0)
        return any(words[i] in _SUBJECTS and words[i + 1] in _HAVING for i in range(start, finding.start - 1))

    def _opens_question(self, text: Text, at: int) -> bool:
        """A question opens at *at* ("does", "can a", "why"), not a statement ("can't", "is not")."""
        for phrase in self.openers:
            for end in text.phrase_ends(phrase, at):
                if end < len(text.words) and text.words[end] == "not":
                    continue
                return True
        return False

    def _tag_start(self, text: Text) -> int | None:
        """Where the question tag that closes the line starts ("... or not", "... or no"), if the line
        ends in one: then the whole line is asked."""
        last = len(text.words)
        return next((start for start in range(max(0, last - 4), last)
                     for phrase in self.closers if last in text.phrase_ends(phrase, start)), None)

    @staticmethod
    def _told_before_tag(text: Text, start: int) -> bool:
        """The line says something is going on (Hindi "bhi hai", "ja raha hai") before the tag that
        closes it at *start*: a question about what was told, not about a topic."""
        return any(end <= start for _, end in text.occurrences("@told_before_tag"))

    def _told_then_tagged(self, text: Text, start: int, emergency: bool) -> bool:
        """A sign told bare and then asked about by an English tag ("numb down there, is that
        possible"): the speaker's own, though no one is named. A tag said in another language after a
        topic ("foot drop kya hota hai", read "what is it exactly") still asks in general, as does a
        condition named ("saddle numbness, is it true"). An urgent sign needs a tag that asks whether it
        is so or linked ("hot and cold all day with this back pain, is that possible"): other tags after
        one were mostly asked in general ("the steroids can make the bones weak yes or no")."""
        tag = text.words[start:]
        if text.said[-len(tag):] != tag or text.occurrences("@named_condition"):
            return False
        return emergency or any(len(text.words) in text.phrase_ends(phrase, start) for phrase in self.told_tags)

    def _explained(self, text: Text, finding: "Finding", sign: "Sign") -> bool:
        def outside(names: Sequence[str], near: bool) -> bool:
            # a cue wholly inside a part of the finding is that part; one that only overlaps it is not
            # ("told me to *lose* weight" is a plan, though "lose" is in the finding), nor one said
            # between its parts ("killing me after the *wedding* i danced all night")
            return any(not any(s >= ps and e <= pe for _, ps, pe in finding.parts)
                       and (not near or self._explains(text, s, e, finding)) for _, s, e in text.any_of(names))
        return bool(sign.not_if) and outside(sign.not_if, True) and not (sign.still_if and outside(sign.still_if, False))

    def _explains(self, text: Text, start: int, end: int, finding: "Finding") -> bool:
        """A cause said near the finding and not denied ("i'm *not even dieting*" explains nothing)."""
        near = finding.start - end <= EXPLAINED_REACH and start - finding.end <= EXPLAINED_REACH
        low, high = min(end, finding.end), max(start, finding.start)
        ends = self.stretch_ends if start >= finding.end else self.explained_ends
        apart = any(s >= low and e <= high for s, e in ends.stops(text))
        # the finding's own negative ("grandad *can't* pee well, prostate") denies no cause said after it
        return near and not apart and not self._denied(text, start, end, set(range(finding.start, finding.end)))

    # ----- who it is about ------------------------------------------------------------------------
    def _markers(self, text: Text) -> dict[int, str]:
        """Position of the last word of each marker phrase -> its kind."""
        kinds: dict[int, str] = {}
        acting = {i for start, end in text.occurrences("@clinicians", longest=True) for i in range(start, end)}
        for kind, name in self.markers:
            for start, end in text.occurrences(name, longest=True):
                if self._vocative(text, start, end) or end - 1 in acting:
                    continue
                kinds.setdefault(end - 1, kind)
        for start, _ in text.occurrences("@adult_ages", longest=True):
            for i in range(max(start - ADULT_AGE_REACH, 0), start):
                if kinds.get(i) == CHILD:
                    kinds[i] = OTHER + ":person"   # "my daughter's twenty six": a grown son or daughter
        return kinds

    def people_named(self, text: Text) -> set[str]:
        """The people (children and adults, not pronouns) named in *text*: "dad" in "my dad's back"."""
        kinds = (CHILD, OTHER + ":person")
        return {" ".join(text.words[s:e]) for kind, name in self.markers if kind in kinds
                for s, e in text.occurrences(name, longest=True)}

    def others_back_trouble(self, text: Text) -> bool:
        """Whether *text* tells of back trouble of someone other than the speaker ("my dad's back has been bad")."""
        return self._backs(text, self._markers(text), _Span(0, 0))[0]

    def _vocative(self, text: Text, start: int, end: int) -> bool:
        """A word said to the listener ("feel like death *mate*", "*mate* can't get it up since me back
        went") is no person, unless a word before it makes it one ("my mate", "a mate")."""
        return end - start == 1 and text.words[start] in self.vocatives \
            and (start == 0 or text.words[start - 1] not in self.vocative_owners)

    def _who(self, text: Text, start: int, end: int, markers: Mapping[int, str]) -> str:
        """Whom the words text[start:end] are about: a pronoun inside them, else the nearest
        person or pronoun before them; a pronoun is resolved to the child, adult or animal before it."""
        if start and text.words[start - 1] in _SUBJECT_SELF and markers.get(start - 1) == SELF:
            # "my wife says *i* can't feel it when she touches my inner thighs": the speaker said just
            # before the words is their subject, whoever is named inside them
            return SELF
        for i in range(start, end):
            kind = markers.get(i)
            if kind == OTHER and i > start and text.words[i] in _BODY_PRONOUNS and self._body_pronoun(text, i):
                # "my legs feel like *they* are asleep", "the spot where *they* went in", "both legs,
                # both of *them* gone tingly", "the pair of *them*": no other person
                continue
            if kind == OTHER and self._body_idiom(text, i):
                continue   # "me bowels just went *on their own*": the bowels, no other person
            if kind in (SELF, OTHER):
                return kind if kind == SELF else self._referent(i, markers)
        if markers.get(start) == THING or self._thing_subject(text, start, markers):
            return self._thing_landed(text, start, end, markers) or THING   # "a shelf fell on my mate's back"
        if end < len(text.words) and text.words[end] in _OBJECT_SELF:
            return SELF   # "a guy t-boned *me*": whoever did it, it happened to the speaker
        for i in range(start - 1, -1, -1):
            kind = markers.get(i)
            if kind is None or kind == THING or self._agent(text, i, kind):
                continue
            if kind == OTHER:
                return self._referent(i, markers)
            return OTHER if kind.startswith(OTHER) else kind
        return SELF

    def _body_pronoun(self, text: Text, i: int) -> bool:
        """True when the pronoun at word *i* stands for body parts just named, not for people."""
        before = text.words[i - 1]
        return (before in self.body_pronoun_after or before in self.body_plurals
                or (before == "of" and i > 1 and text.words[i - 2] in self.body_counts)
                # "my legs, both of them, *they're* like jelly": said again of the same body parts
                or (before in _BODY_PRONOUNS and i > 1 and self._body_pronoun(text, i - 1)))

    def _body_idiom(self, text: Text, i: int) -> bool:
        """True when the word at *i* is inside an idiom that names no person ("went *on their own*")."""
        word = text.words[i]
        return any(text.words[i - k:i - k + len(idiom)] == idiom
                   for idiom in self.body_idioms for k, said in enumerate(idiom) if said == word and i >= k)

    @staticmethod
    def _agent(text: Text, i: int, kind: str) -> bool:
        """True when the animal at word *i* is what did it ("bitten *by a dog*"), not whom it happened to."""
        return kind == ANIMAL and bool(_AGENT & set(text.words[max(i - AGENT_REACH, 0):i]))

    def _referent(self, pronoun: int, markers: Mapping[int, str]) -> str:
        for i in range(pronoun - 1, -1, -1):
            kind = markers.get(i)
            if kind in (CHILD, ANIMAL, CHARACTER):
                return kind
            if kind and kind.startswith(OTHER + ":"):
                return OTHER
        return OTHER

    def _thing_landed(self, text: Text, start: int, end: int, markers: Mapping[int, str]) -> str | None:
        """Whom the thing that fell in text[start:end] landed on, when it landed on a person ("a pallet
        fell on *my brother*") or a back ("a shelf fell on *my mate's* back"); None when no thing fell
        or it hit no one."""
        if not (markers.get(start) == THING or self._thing_subject(text, start, markers)):
            return None
        # "fell on", "came down on", "fell right on"
        on = next((i for i in range(end - 1, min(end + LANDED_REACH, len(text.words)))
                   if text.words[i] in _LANDED_ON), None)
        if on is None:
            return None
        kinds = [markers[i] for i in range(on + 1, min(on + 1 + STRUCK_REACH, len(text.words))) if i in markers]
        on_back = bool(_STRUCK_BACK & set(text.words[on + 1:on + 1 + STRUCK_REACH]))
        if THING in kinds and not on_back:
            return None   # "a tree fell on my neighbour's shed"
        for kind in kinds:
            if kind == CHILD or kind.startswith(OTHER + ":"):
                return CHILD if kind == CHILD else OTHER
        if not on_back:
            return None   # "a shelf fell on my foot"
        if SELF in kinds:
            return SELF
        return OTHER if OTHER in kinds else None

    def _thing_subject(self, text: Text, start: int, markers: Mapping[int, str]) -> bool:
        """True when the subject right before the finding is a thing ("a tree fell", "my phone took a tumble")."""
        i = start - 1
        # "my back tablets, *my* chest has gone tight": a person's word before the finding is its owner
        while i >= 0 and text.words[i] in self.skip and markers.get(i) not in (SELF, OTHER):
            i -= 1
        return i >= 0 and markers.get(i) == THING

    def _own_back_fine(self, text: Text, markers: Mapping[int, str], finding: "Finding") -> bool:
        """The speaker says their back is fine ("back's fine", "no back trouble") and tells of no
        back trouble of theirs."""
        # "no back trouble *till now*" tells of back trouble now
        fine = [(s, e) for s, e in text.occurrences("@own_back_is_fine") if not _said_after(text, self.novel, e, e)]
        said = [(s, e) for s, e in text.occurrences("back_body") if self._who(text, s, e, markers) == SELF]
        return bool(fine) and all(any(fs <= s and e <= fe for fs, fe in fine) for s, e in said)

    def _backs(self, text: Text, markers: Mapping[int, str], finding: "Finding") -> tuple[bool, bool, bool]:
        """Whether back trouble is said for someone other than the speaker ("his back", "she has back
        pain"), whether it is denied for them ("his back's fine", "no back problems"), and whether
        the speaker says it of their own back ("my back's killing me"). The finding's own words deny
        no back: "mum can't wee, back pain" says what she cannot do."""
        own = set(range(finding.start, finding.end))
        fine = self.back_is_fine.occurrences(text)
        # "my back's sore and so is my wife's", "chest pain with hers": their back, unnamed
        trouble = bool(text.occurrences("@their_back"))
        denied = mine = False
        for start, end in text.occurrences("back_body"):
            said_fine = self._reaches_before(text, self.back_negated, _Span(start, end), own) \
                or any(0 <= s - end <= BACK_NEGATION_REACH for s, _ in fine)
            if self._who(text, start, end, markers) == SELF:
                # only "my back", "me back", "i've done my back": said outright, not by default
                mine |= not said_fine and any(markers.get(i) == SELF for i in range(max(start - 2, 0), end))
            elif said_fine:
                denied = True
            else:
                trouble = True
        return trouble, denied, mine


#: A reason given after a question that tells of the asker's own experience ("... because i've had
#: two this week", "... because that happened twice today"); one that tells where the question came
#: from ("... because my physio mentioned it") is no such thing.
_OWN = frozenset({"i", "my", "me", "mine", "myself", "happened", "happening", "started"})
_SOURCE = frozenset({"mentioned", "said", "says", "asked", "told", "tells", "read", "heard", "wondering", "wondered",
                     "curious", "worried", "worry", "friend", "homework", "essay", "course", "know", "think"})


def _own_reason_after(words: Sequence[str], at: int) -> bool:
    """A "because" clause from *at* on that tells of the asker's own experience."""
    for i in range(at, len(words)):
        # "because of my family history" gives a cause, not what happened to the asker
        if words[i] in _REASONS and tuple(words[i + 1:i + 2]) != ("of",):
            rest = set(words[i + 1:])
            return bool(rest & _OWN) and not rest & _SOURCE
    return False


#: The words of a short "because i am" said last, that tells the asker's own case in a breath.
_ECHO = frozenset({"i", "am", "do", "does", "did", "have", "has", "got", "can", "not", "literally", "really", "actually",
                   "too", "now", "is", "mine", "me", "right"})
_ECHO_LONGEST = 4


def _own_echo_after(words: Sequence[str], at: int) -> bool:
    """A reason said last in a few words that tells the asker's own case ("is it serious if you're
    immunosuppressed, *cause i am*", "... because i literally can't", "... because that's me right now"), not a
    cause ("because i drink tea")."""
    for i in range(at, len(words)):
        if words[i] in _REASONS:
            rest = words[i + 1:]
            if tuple(rest[:3]) == ("that", "is", "me"):
                rest = rest[2:]
            return 0 < len(rest) <= _ECHO_LONGEST and rest[0] in ("i", "mine", "me") and all(w in _ECHO for w in rest)
    return False


#: A question asked next ("... and *can i* drive home", "... *and what* stretches"): its opener, and the
#: words a yes-no opener is followed by when it asks rather than tells ("and is numb" tells).
_WH_WORDS = frozenset({"what", "how", "why", "where", "which", "whether"})
_YES_NO = _ASKING_VERBS | {"can", "are", "does", "do"}
_ASKED_ABOUT = frozenset({"i", "it", "you", "he", "she", "we", "they", "the", "my", "this", "that", "there", "a"})


def _next_question(words: Sequence[str], i: int) -> bool:
    """Whether a new question opens at word *i*."""
    return i < len(words) and (words[i] in _WH_WORDS
                               or words[i] in _YES_NO and i + 1 < len(words) and words[i + 1] in _ASKED_ABOUT)


#: "... wants to know *if he can* ...": someone asking leave to do something.
_ASKING_LEAVE = frozenset({"can", "could", "should", "may", "might"})
_ASKERS = _SUBJECT_WORDS | {"they"}


def _asks_next(words: Sequence[str], start: int, end: int, finding: "Finding") -> bool:
    """A wish to learn said after the finding that asks leave for something else ("my dad fell down the
    stairs, and *he wants to know if he can* have a bath"): it is not what the finding was said for."""
    after = words[end:end + 3]
    return (start >= finding.end and len(after) == 3 and after[0] in ("if", "whether")
            and after[1] in _ASKERS and after[2] in _ASKING_LEAVE)


def _says_any(words: Sequence[str], phrases: frozenset[tuple[str, ...]]) -> bool:
    """Whether *words* hold one of *phrases* word for word."""
    return any(tuple(words[i:i + len(p)]) == p for p in phrases for i in range(len(words) - len(p) + 1))


def _asked_of(words: Sequence[str], start: int) -> bool:
    """Whether the words from *start* open a yes-no question: "*is* chest tightness normal",
    "*is* my temperature okay", said at the start of a clause."""
    i = start - 1
    if i >= 0 and words[i] in _DETERMINERS:
        i -= 1
    return i >= 0 and words[i] in ("is", "are") and (i == 0 or words[i - 1] in _CLAUSE_OPENERS)


#: the adjective of "is X normal?", a question, when the line opens with "is" or "are"
_QUESTION_ADJECTIVES = frozenset({"normal", "okay", "ok", "fine", "alright"})


def _is_question_of(words: Sequence[str], start: int, said: int) -> bool:
    """Whether the line opens with "is" or "are" and the word *said* right after the finding is that
    question's adjective: "*is* back pain after a kidney infection *normal*, what should i do"
    (not when "it" or "this" is what is asked about, "is it ok, temperature normal", nor when another
    "is" or "are" comes before the finding, which makes the adjective a statement)."""
    return (len(words) > 1 and words[0] in ("is", "are") and words[1] not in ("it", "this", "that", "there")
            and words[said] in _QUESTION_ADJECTIVES and not any(w in ("is", "are") for w in words[1:start]))


#: "his chest *is* tight": a finding said in the present tense.
_PRESENT = frozenset({"am", "is", "are"})
#: "i *am* losing weight", "he *keeps* wetting himself": what follows the finding is told of now.
_NOW_AUXILIARIES = _PRESENT | {"keep", "keeps", "still"}
#: "have gone numb", "has become weak": a state that holds now, whatever time is said after it
_STATE_REACHED = frozenset((have, verb) for have in ("have", "has") for verb in ("gone", "become", "turned", "got"))
#: ...and with these, said in a finding or right before it, a finding is told of now, so a reassurance after
#: it ("the scan was fine") is of an earlier time ("my legs *are* numb", "i *can* not feel").
_NOW_FORMS = _NOW_AUXILIARIES | {"can", "do", "does", "have", "has"}


def _going_on(text: Text, finding: "Finding") -> bool:
    """The finding is said as going on now ("i'm losing weight without trying, *i had a heart attack
    years ago*", "his chest is tight, *he had a stent put in years ago*"): a when said after it is
    of something else."""
    words = text.words
    if any(w in _PRESENT for w in words[finding.start:finding.end]):
        return True
    # a state reached and holding: "both thighs *have gone* numb, had a discectomy two months ago"
    said = words[max(finding.start - 1, 0):finding.end]
    if any(pair in _STATE_REACHED for pair in zip(said, said[1:])):
        return True
    return (finding.start > 0 and words[finding.start - 1] in _NOW_AUXILIARIES
            and words[finding.start].endswith("ing"))


def _ends_inside(stops: Sequence[tuple[int, int]], finding: "Finding") -> bool:
    """A time that ends a past said inside the finding ("[sciatica ... went away] *but now* it's back in [both
    legs]"): what it found is of now."""
    return any(finding.start < s and e <= finding.end for s, e in stops)


def _asked_then_told(words: Sequence[str], low: int, start: int) -> bool:
    """A short question about "it" ends right where the finding starts, with nothing joining them ("is it an
    emergency numb down there", "is this serious can't feel my legs"): the finding is what "it" is."""
    asked = words[low:start]
    return (3 <= len(asked) <= 5 and asked[0] in _ASKING_VERBS and asked[1] in _DEICTIC
            and not any(w in _LINKS for w in asked[2:]))


def _said_after(text: Text, triggers: Triggers, start: int, end: int, reach: int | None = None) -> bool:
    """A phrase of *triggers* said from *start* on, at most its reach (or *reach*) in words after *end*
    (a time after a finding, a first-time phrase, a negation taken back)."""
    limit = triggers.reach if reach is None else reach
    return any(s >= start and s - end <= limit for s, _ in triggers.occurrences(text))


def _gap(start: int, end: int, listed: set[int]) -> int:
    """Words from *start* to *end*, not counting those of other signs' findings: a list of findings
    shares what is said before or after it ("asked whether i'd wet myself *or couldn't feel my bum*")."""
    return sum(i not in listed for i in range(start, end))


def _covered(findings: Sequence["Finding"]) -> set[int]:
    """The words other findings are made of: their parts, not what lies between them ("accident *no i'm
    not* peeing" leaves "not" free to negate "peeing myself")."""
    return {i for f in findings for _, start, end in f.parts for i in range(start, end)}


@dataclass(frozen=True)
class _Span:
    start: int
    end: int


def _stops_between_parts(stops: Iterable[tuple[int, int]], finding: "Finding") -> list[tuple[int, int]]:
    """The stops said inside the finding, between its parts (in none of them)."""
    return [(start, end) for start, end in stops if finding.start < start and end <= finding.end
            and not any(p_start < end and start < p_end for _, p_start, p_end in finding.parts)]


def _ends_between_parts(stops: Iterable[tuple[int, int]], finding: "Finding") -> bool:
    """A condition's reach ends between the finding's parts, so its last part is told as happening: "if
    you have difficulty passing urine, *well* i've been trying since morning and nothing is coming"."""
    return bool(_stops_between_parts(stops, finding))


def _symptom_after_stop(stops: Iterable[tuple[int, int]], finding: "Finding") -> bool:
    """A negation's reach ends between the finding's parts, and a symptom (not only the back or a pain) is
    said after it: "no pain in the leg *but* it's weak" (not "never been on steroids, *just* a dodgy back")."""
    return any(any(p_start >= end and name not in _SETTING_PARTS for name, p_start, _ in finding.parts)
               for _, end in _stops_between_parts(stops, finding))


#: Parts of a finding that only set the scene: the back, a pain.
_SETTING_PARTS = frozenset({"back_body", "pain"})


def _past_subject(words: Sequence[str], finding: "Finding") -> "Finding":
    """The finding from after a subject its rule took in ("if *i fall* again"), so that a condition said
    with the subject ("if i") still reaches it."""
    if finding.end - finding.start > 1 and words[finding.start] in _SUBJECT_WORDS:
        return replace(finding, start=finding.start + 1)
    return finding


def _opens_into(occurrences: Iterable[tuple[int, int]], finding: "Finding") -> bool:
    """A condition said from at least two words before the finding into its first words: "what if *my
    back pain ever* starts waking me up" (the finding begins at "back")."""
    return any(start + 2 <= finding.start < end <= finding.end for start, end in occurrences)
