"""Deterministic, realistic statement lines for the benchmarks.

About 40% of the lines are on topic: a wording of the claim base (a claim or one of its
variants) dressed as people post it: case changes, typos (swapped, dropped or doubled
letters), hashtags, @mentions, URLs, emoji, fillers ("lol", "omg"), negations ("it is
not true that ..."), questions and hearsay ("my neuro says ...").  The rest are off
topic: MS drugs, vitamin D, general news, chit-chat and other angioplasty (heart, legs,
carotids), built from templates and a vocabulary, with the same kind of noise.

Nothing here reads the labelled evaluation data: the benchmark input must not leak the
test set.  Everything is drawn from ``random.Random(seed)``, so a seed gives the same
lines on every machine and Python version.

    python benchmarks/corpus.py 1000 > lines.txt          # 1,000 statement lines
    python benchmarks/corpus.py --document 2 > doc.txt    # a 2 MB document for scan
"""

from __future__ import annotations

import argparse
import random
import string
import sys
from collections.abc import Iterable, Iterator, Sequence

ON_TOPIC_SHARE = 0.4
DEFAULT_SEED = 4  # issue 4

# ------------------------------------------------------------------ on-topic dressing

ASSERT_FRAMES = (
    "{w}", "{w}", "{w}", "{w}.", "{w}!", "{w}!!!", "{w} !!",
    "I read that {w}", "My neurologist says {w}", "my neuro told me {w}",
    "Everyone knows {w}", "Just saw a video: {w}", "Apparently {w}",
    "Doctors don't want you to know: {w}", "So basically {w}", "My aunt swears {w}",
    "Fact: {w}", "BREAKING: {w}", "New study shows {w}", "Still can't believe {w}",
    "Told my mum today that {w}", "Reminder that {w}", "I'm convinced {w}",
    "After 10 years with MS I finally learned {w}", "The clinic in Poland says {w}",
)
NEGATION_FRAMES = (
    "It is not true that {w}", "It's a myth that {w}", "It is false that {w}",
    "There is no evidence that {w}", "Don't believe anyone who says {w}",
    "Nope, it's not true that {w}", "Nobody has shown that {w}",
    "it's just not the case that {w}", "Stop saying {w}, it isn't true",
)
QUESTION_FRAMES = (
    "Is it true that {w}?", "{w}?", "{w}??", "Can someone tell me if {w}?",
    "Does anyone know whether {w}?", "Wait, {w}??", "Is it really the case that {w}?",
    "Genuine question: {w}?", "So {w}, or not?", "My doctor says no but {w}?",
)

ON_HASHTAGS = ("#CCSVI", "#MS", "#MultipleSclerosis", "#LiberationTherapy", "#Zamboni",
               "#MSwarrior", "#venoplasty", "#liberation", "#ccsvi", "#MSsucks")
OFF_HASHTAGS = ("#MSwarrior", "#health", "#news", "#MondayMotivation", "#coffee", "#tbt",
                "#vitaminD", "#Ocrevus", "#running", "#heart", "#weekend", "#MSawareness")
MENTIONS = ("@msociety", "@jane_doe", "@dr_mike", "@MSTrust", "@newsdesk", "@bob1987",
            "@neuro_nurse", "@healthwatch", "@carla.m", "@ms_mom_of_3", "@TheDailyPost")
EMOJI = ("😂", "🙏", "😡", "💉", "🧠", "❤️", "👍", "🤔", "😱", "💪", "🙄", "✨", "😢", "🔥",
         "👀", "🤦\u200d♀️", "😊")
PRE_FILLERS = ("lol", "omg", "OMG", "wow", "ok so", "honestly", "tbh", "smh", "ugh", "so",
               "well", "hey guys,", "lmao", "idk,", "hmm")
POST_FILLERS = ("lol", "lmao", "omg", "smh", "!!!", "...", "haha", "idk", "fr", "lol!!",
                "just saying", "#justsaying")
URL_HOSTS = ("https://t.co/", "http://bit.ly/", "https://www.youtube.com/watch?v=",
             "https://www.msforum.org/thread/", "www.healthnews-daily.com/2011/05/",
             "https://fb.me/")

# ------------------------------------------------------------------ off-topic templates

VOCAB: dict[str, tuple[str, ...]] = {
    "drug": ("Ocrevus", "ocrelizumab", "Tysabri", "natalizumab", "Gilenya", "fingolimod",
             "Tecfidera", "dimethyl fumarate", "Aubagio", "Copaxone", "glatiramer acetate",
             "Kesimpta", "Mavenclad", "Lemtrada", "Mayzent", "Zeposia", "Vumerity", "Rebif",
             "Avonex", "Betaseron", "rituximab", "ofatumumab"),
    "side": ("headaches", "flushing", "fatigue", "hair thinning", "nausea", "infections",
             "low lymphocytes", "injection site reactions", "stomach pain", "insomnia"),
    "month": ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"),
    "day": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "place": ("Toronto", "Manchester", "Ohio", "Sydney", "Glasgow", "Calgary", "Leeds",
              "Melbourne", "Dublin", "Vancouver", "Texas", "Bristol", "Halifax", "Perth"),
    "team": ("the Leafs", "United", "the Rangers", "Celtic", "the Flames", "City",
             "the Bruins", "Rovers", "the Canucks", "the Eagles"),
    "show": ("Bake Off", "the hockey game", "Succession", "the news", "Doctor Who",
             "Love Island", "the final", "that new crime drama", "Grey's Anatomy"),
    "food": ("lasagna", "banana bread", "chili", "curry", "pancakes", "soup", "tacos",
             "a roast chicken", "sourdough"),
    "activity": ("a long nap", "yoga", "reading", "gardening", "a walk with the dog",
                 "laundry", "knitting", "a movie marathon", "physio exercises"),
    "artery": ("left anterior descending artery", "femoral artery", "carotid artery",
               "renal artery", "iliac artery", "right coronary artery", "popliteal artery"),
    "thing": ("bike lanes", "the new library", "road repairs", "school lunches",
              "public transit", "the hospital wing", "snow clearing", "parks"),
    "relative": ("dad", "mum", "grandpa", "uncle", "neighbour", "husband", "wife", "aunt"),
}

OFF_TEMPLATES: dict[str, tuple[str, ...]] = {
    "ms_drugs": (
        "Started {drug} last {month} and no new lesions so far",
        "Anyone else get {side} on {drug}?",
        "My insurance finally approved {drug}",
        "Switching from {drug} to {drug}, any advice?",
        "Infusion day for {drug} tomorrow, wish me luck",
        "{drug} cut my relapse rate in half according to my neuro",
        "How long did it take for {drug} to work for you?",
        "MRI results: stable on {drug} for {n} years",
        "The new trial of {drug} in progressive MS looks promising",
        "Does {drug} cause {side}?",
        "Had my {n}th dose of {drug} today, {side} as usual",
        "Is {drug} safe during pregnancy? asking for a friend",
        "My neuro wants me on {drug} but I'm scared of the {side}",
    ),
    "vitamin_d": (
        "Taking {n}000 IU of vitamin D3 every day since my diagnosis",
        "My vitamin D level was {n}0 ng/mL, doc wants it higher",
        "Is {n}000 IU of vitamin D too much?",
        "Low vitamin D and MS risk: new study from {place}",
        "Sunshine, vitamin D and omega 3, that's my routine",
        "Should I take vitamin D with K2?",
        "Vitamin D supplements in winter are a must up here in {place}",
        "Does vitamin D help with fatigue or is that a myth?",
        "Got my vitamin D results back, still low after {n} months",
    ),
    "news": (
        "{place} council approves new budget for {thing}",
        "Storm warning for {place} this {day}",
        "{team} beat {team} {n}-{m} last night",
        "Gas prices up again in {place}",
        "Election results in {place} expected by {day}",
        "Train strike affects commuters in {place} on {day}",
        "New bridge opens in {place} after {n} years of works",
        "Stock markets fall as tech shares slide",
        "Heatwave: temperatures reach {n}{m} degrees in {place}",
        "Local school in {place} wins national science fair",
        "Power outage hits {n}000 homes in {place}",
        "Mayor of {place} promises more money for {thing}",
    ),
    "chit_chat": (
        "Anyone watching {show} tonight?",
        "Coffee first, then {activity}",
        "Happy {day} everyone!",
        "Can't sleep again",
        "Made {food} for dinner, turned out great",
        "My cat knocked my phone off the table again",
        "Who else is ready for the weekend?",
        "Finally finished {show}, no spoilers please",
        "Rainy {day}, perfect for {activity}",
        "Thanks for all the birthday wishes!",
        "Walked {n} km today, legs are tired but happy",
        "{day} plans: {activity} and {food}",
        "Does anyone have a good recipe for {food}?",
    ),
    "angioplasty": (
        "My {relative} had a coronary angioplasty and {n} stents last {month}",
        "Balloon angioplasty of the {artery} went smoothly",
        "Carotid stenting or endarterectomy, what did your surgeon recommend?",
        "Renal artery stenosis treated with angioplasty, blood pressure is better now",
        "Recovering from a heart stent procedure, cardio rehab starts {day}",
        "Angioplasty in my leg for peripheral artery disease helped the pain",
        "Is drug-coated balloon angioplasty better than a bare metal stent?",
        "Treatment for venous ulcers on the leg takes months",
        "Varicose vein ablation done today, compression stockings for {n} weeks",
        "Deep vein thrombosis scare after a long flight to {place}",
        "My {relative} needs a bypass, angioplasty wasn't enough",
        "The cath lab in {place} did {n} angioplasties yesterday",
    ),
}
OFF_CATEGORIES = tuple(OFF_TEMPLATES)


# ------------------------------------------------------------------ noise

def _typo(word: str, rng: random.Random) -> str:
    """One typing slip in a word: swapped, dropped or doubled letter, or a neighbour key."""
    if len(word) < 4 or not word.isalpha():
        return word
    i = rng.randrange(1, len(word) - 1)
    kind = rng.random()
    if kind < 0.35:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if kind < 0.7:
        return word[:i] + word[i + 1:]
    if kind < 0.85:
        return word[:i] + word[i] + word[i:]
    neighbours = "qwertyuiopasdfghjklzxcvbnm"
    j = neighbours.find(word[i].lower())
    if j < 0:
        return word
    return word[:i] + neighbours[max(0, j - 1) if rng.random() < 0.5 else min(25, j + 1)] + \
        word[i + 1:]


def _typos(text: str, rng: random.Random, count: int) -> str:
    words = text.split(" ")
    for _ in range(count):
        k = rng.randrange(len(words))
        words[k] = _typo(words[k], rng)
    return " ".join(words)


def _case(text: str, rng: random.Random) -> str:
    r = rng.random()
    if r < 0.45:
        return text
    if r < 0.75:
        return text.lower()
    if r < 0.8:
        return text.upper()
    if r < 0.9:
        return text[:1].upper() + text[1:]
    words = text.split(" ")  # SHOUTING one word
    k = rng.randrange(len(words))
    words[k] = words[k].upper()
    return " ".join(words)


def _url(rng: random.Random) -> str:
    tail = "".join(rng.choices(string.ascii_letters + string.digits, k=rng.randint(6, 11)))
    return rng.choice(URL_HOSTS) + tail


def _decorate(text: str, rng: random.Random, hashtags: Sequence[str]) -> str:
    """Fillers, @mentions, hashtags, URLs and emoji, each with its own chance."""
    if rng.random() < 0.12:
        text = f"{rng.choice(PRE_FILLERS)} {text}"
    if rng.random() < 0.12:
        text = f"{rng.choice(MENTIONS)} {text}"
    if rng.random() < 0.1:
        text = f"{text} {rng.choice(POST_FILLERS)}"
    if rng.random() < 0.18:
        text = f"{text} {rng.choice(EMOJI)}" + (rng.choice(EMOJI) if rng.random() < 0.3 else "")
    if rng.random() < 0.2:
        text = f"{text} " + " ".join(rng.sample(hashtags, rng.randint(1, 3)))
    if rng.random() < 0.12:
        text = f"{text} {_url(rng)}"
    return text


def _embed(wording: str) -> str:
    """A wording ready to go inside a frame: no final stop, no capital unless an acronym."""
    w = wording.strip().rstrip(".!?").strip()
    first = w.split(" ", 1)[0]
    if first[:1].isupper() and not (len(first) > 1 and first.isupper()):
        w = w[:1].lower() + w[1:]
    return w


def on_topic_line(wording: str, rng: random.Random) -> str:
    r = rng.random()
    frames = ASSERT_FRAMES if r < 0.65 else NEGATION_FRAMES if r < 0.82 else QUESTION_FRAMES
    frame = rng.choice(frames)
    w = wording.strip() if frame in ("{w}", "{w}.") and rng.random() < 0.5 else _embed(wording)
    text = frame.format(w=w)
    text = text[:1].upper() + text[1:] if rng.random() < 0.6 else text
    typo_count = rng.choices((0, 1, 2), weights=(60, 30, 10))[0]
    text = _typos(_case(text, rng), rng, typo_count)
    return _decorate(text, rng, ON_HASHTAGS)


def off_topic_line(rng: random.Random) -> str:
    template = rng.choice(OFF_TEMPLATES[rng.choice(OFF_CATEGORIES)])
    text = template
    while "{" in text:  # fill slots one at a time: repeated slots get fresh words
        start = text.index("{")
        end = text.index("}", start)
        slot = text[start + 1:end]
        if slot in ("n", "m"):
            value = str(rng.randint(2, 9))
        else:
            value = rng.choice(VOCAB[slot])
        text = text[:start] + value + text[end + 1:]
    typo_count = rng.choices((0, 1), weights=(85, 15))[0]
    text = _typos(_case(text, rng), rng, typo_count)
    return _decorate(text, rng, OFF_HASHTAGS)


# ------------------------------------------------------------------ public API

def claim_wordings() -> list[str]:
    """Every wording (claim and variants) of the shipped claim base, in file order."""
    from ccsvi_check.claims import load_claims

    return [w for c in load_claims().claims for w in c.wordings]


def labelled_lines(n: int, seed: int = DEFAULT_SEED, wordings: Sequence[str] | None = None,
                   on_topic: float = ON_TOPIC_SHARE) -> Iterator[tuple[bool, str]]:
    """``n`` (is_on_topic, line) pairs; lines never hold a newline."""
    if wordings is None:
        wordings = claim_wordings()
    wordings = [w for w in wordings if w.strip()]
    if not wordings:
        raise ValueError("no claim wordings to build on-topic lines from")
    rng = random.Random(seed)
    for _ in range(n):
        if rng.random() < on_topic:
            line = on_topic_line(rng.choice(wordings), rng)
            yield True, " ".join(line.split())
        else:
            yield False, " ".join(off_topic_line(rng).split())


def lines(n: int, seed: int = DEFAULT_SEED, wordings: Sequence[str] | None = None,
          on_topic: float = ON_TOPIC_SHARE) -> Iterator[str]:
    """``n`` statement lines (no newline characters)."""
    for _, line in labelled_lines(n, seed, wordings, on_topic):
        yield line


def write_lines(path: str, n: int, seed: int = DEFAULT_SEED,
                wordings: Sequence[str] | None = None) -> int:
    """Write ``n`` lines to ``path`` (UTF-8, one a line); returns the byte count."""
    size = 0
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for line in lines(n, seed, wordings):
            size += f.write(line + "\n")
    return size


def as_sentence(line: str) -> str:
    """A statement line made a sentence of running text: it ends with . ! or ?"""
    line = line.strip()
    return line if line.endswith((".", "!", "?")) else line + "."


def document(sentences: Iterable[str], seed: int = DEFAULT_SEED) -> tuple[str, int]:
    """Paragraphs of 2-8 sentences, separated by blank lines; returns (text, sentences)."""
    rng = random.Random(seed + 1)
    paragraphs: list[str] = []
    current: list[str] = []
    target = rng.randint(2, 8)
    count = 0
    for s in sentences:
        current.append(as_sentence(s))
        count += 1
        if len(current) >= target:
            paragraphs.append(" ".join(current))
            current, target = [], rng.randint(2, 8)
    if current:
        paragraphs.append(" ".join(current))
    return "\n\n".join(paragraphs) + "\n", count


def document_of_size(megabytes: float, seed: int = DEFAULT_SEED,
                     wordings: Sequence[str] | None = None) -> tuple[str, int]:
    """A document of about ``megabytes`` MB (UTF-8) of such sentences; (text, sentences)."""
    if wordings is None:
        wordings = claim_wordings()
    budget = int(megabytes * 1_000_000)

    def sentences() -> Iterator[str]:
        used = 0
        for line in lines(10**12, seed, wordings):
            if used >= budget:
                return
            used += len(line.encode("utf-8")) + 2
            yield line

    return document(sentences(), seed)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("n", type=int, nargs="?", default=1000, help="number of lines")
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--document", type=float, metavar="MB",
                    help="print a document of about MB megabytes instead of lines")
    a = ap.parse_args(argv)
    out = sys.stdout
    if a.document is not None:
        out.write(document_of_size(a.document, a.seed)[0])
    else:
        for line in lines(a.n, a.seed):
            out.write(line + "\n")


if __name__ == "__main__":
    main()
