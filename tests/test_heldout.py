"""Held-out sets of statements written after the claim base (tests/data/heldout/, in
the format of ../shared/eval/dev.jsonl), each by a session that saw neither the code nor
the claim base: accuracy must not fall back, and a true or unknown statement called
false (the moderator's worst mistake) must not come back.

They were used to find missing synonyms and polarity rules; the figures they give are
therefore no longer unseen-data figures, only a guard against regressions.  Unseen, set 4
(written after sets 1-3 had been used) scored 73.3% with 6 false flags of 92.

Set 5 (1,707 statements and 64 posts, by four helper sessions that saw only the seed and
../shared/sources.md) was split at random into tune / dev / locked before anyone read it;
the locked part (451 main statements) was measured once, unseen, on 2026-12-02: 63.2%,
17 of 266 true or unknown statements called false, posts 11/26 (main at 01e2379: 53.9%,
20 of 266, 9/26).  It is harder than sets 1-4 (figures and details only the sources
hold, comparisons, reports), and its floors are where the engine stands, not targets.

Set 6 (510 statements and 20 posts, written the same way and kept sealed in
tests/data/sealed/) was measured once, unseen, before any work on it, on 2026-12-02 at
8673d79: 68.8% (298/433), 30 of 257 true or unknown statements called false (11.7%),
posts 3/20.  Its posts label about one verdict a post where several sentences carry a
claim, so the posts figure understates; its statements then guided the next round of
rules (harm judgements, denied predicates, naming, comparisons) and the study details.

Set 7 (303 statements and 16 posts) is half of 600 statements and 30 posts written blind
on 2026-12-02 by two more helper sessions (seed and sources only), split by a hash of the
text before anyone read them; the other half is tests/data/sealed/.  Measured once, at
the end of that session's work, never looked at before: 69.0% (187/271 main), 12 of 167
true or unknown statements called false (7.2%), posts 10/16; main at 8673d79 gave 68.6%,
17 of 167 (10.2%), 10/16 on the same statements.

Set 8 (297 statements and 14 posts) is the other half of those 600: kept sealed in
tests/data/sealed/ and measured once, unseen, at the start of the next session (c0ff5ee,
2026-12-03) with ../shared/eval/evaluate.py: 67.9% (169/249), 9 of 152 true or unknown
statements called false (5.9%), posts 7/14; main at 8673d79 gave 68.3%, 12 of 152 (7.9%),
6/14.  Its misses then guided that session's fixes (concessions, thousands separators,
"most", Zamboni's study design, a university after "of").

Set 9 (321 statements and 14 posts) is half of 600 statements and 30 posts written blind
on 2026-12-02 by two more helper sessions (seed and sources only), split by a hash of the
text before anyone read them (the other half is tests/data/sealed/).  Measured once,
unseen, at the start of the next session (32c8b35, 2026-12-03) with
../shared/eval/evaluate.py: 63.7% (177/278), 26 of 184 true or unknown statements called
false (14.1%), posts 4/14; c0ff5ee gave 63.7%, 27/184, 3/14 and 8673d79 61.2%, 37/184,
4/14.  Its writer labels every question "unknown" (the public dev set labels a question
with its claim's verdict, as the engine does): 13 of its misses.  Tuning on it that session
took it to 84.0% (262/312 by this test's count).

Set 10 (289 statements and 18 posts) is half of 600 statements and 30 posts written blind
on 2026-12-03 by two new helper sessions (seed and sources only), split by a hash of the
text before anyone read them (the other half is tests/data/sealed/).  Measured once,
unseen, at the end of that session's tuning (685da37) with ../shared/eval/evaluate.py:
63.7% (165/259), 12 of 162 true or unknown statements called false (7.4%), posts 5/18;
the code at the start of the session (32c8b35) gave 51.0%, 10/162 (6.2%), 3/18.

Set 11 (279 statements and 16 posts) is the other half of set 9's 600, sealed until the
same measurement: 70.3% (163/232), 17 of 173 (9.8%), posts 8/16 at 685da37; 60.8%, 14/173
(8.1%), 4/16 at 32c8b35.  A few of sets 10 and 11's false flags were then fixed (a tag
after a denial, "not arteries", "combined with MS drugs").

Set 12 (311 statements and 12 posts) is the other half of set 10's 600, sealed until the
start of the next session (03ca41d, 2026-12-03), when it was measured once, unseen, with
../shared/eval/evaluate.py: 61.6% (167/271), 15 of 168 true or unknown statements called
false (8.9%), posts 5/12; main at 32c8b35 gave 55.0%, 15/168 (8.9%), 3/12.  Its misses
then guided that session's rules (praise of the procedure, the procedure against a sham
in order, groups compared as subjects, conclusions after a true denial, an order to the
reader after a claim).

Set 13 (290 statements and 17 posts) is half of 600 statements (590 distinct) and 30
posts written blind on 2026-12-03 by two new helper sessions (seed and sources only;
journalists, editors and skeptics; people with MS, carers and support groups), split by a
hash of the text before anyone read them (the other half is tests/data/sealed/).
Measured once, unseen, at e27df4d (after that session's tuning on set 12) with
../shared/eval/evaluate.py: 63.8% (155/243), 10 of 141 true or unknown statements called
false (7.1%), posts 7/17; the session's starting code (03ca41d) gave 62.6%, 10/141, 7/17
and 32c8b35 53.9%, 9/141 (6.4%), 5/17.

Set 14 (496 statements and 30 posts) was written blind on 2026-12-03 by two more new
helper sessions (seed and sources only; forum and comment-section arguers, podcast
hosts, pharmacists and retired followers of the 2010 news in several Englishes; medical
students, teachers, encyclopedia editors, press officers, neurologists and clinic
marketers) and measured whole, once, unseen, at the end of that session's tuning
(7d6c4ee) with ../shared/eval/evaluate.py: 65.7% (285/434), 9 of 228 true or unknown
statements called false (3.9%), posts 9/30; the session's starting code (03ca41d) gave
62.9%, 11/228 (4.8%), 8/30, and 32c8b35 51.4%, 10/228 (4.4%), 5/30.

Set 15 (300 statements and 13 posts) is the other half of set 13's writers, sealed until
the start of the next session (cd1c136, 2026-12-03), when it was measured once, unseen,
with ../shared/eval/evaluate.py: 69.0% (185/268), 7 of 155 true or unknown statements
called false (4.5%), posts 5/13; 03ca41d gave 64.9%, 6/155 (3.9%), 4/13 and 32c8b35
52.6%, 7/155, 3/13.  Its misses then guided that session's rules (an affirming opening,
"not the only one who", claims on Zamboni's work rating only statements about him, his
study's group sizes, comparisons matched through meaning alone).

Set 16 (315 statements and 15 posts) is half of 600 statements (590 distinct) and 30
posts written blind on 2026-12-03 by two new helper sessions (seed and sources only;
journalists, patients, moderators, skeptics and believers; doctors, relatives of
patients, reporters and forum posters), split by a hash of the text before anyone read
them (the other half is tests/data/sealed/).  Measured once, unseen, at the end of that
session's tuning (60e72c4) with ../shared/eval/evaluate.py: 73.0% (208/285), 7 of 162
true or unknown statements called false (4.3%), posts 11/15; the session's starting code
(cd1c136) gave 71.9%, 7/162, 11/15, 03ca41d 69.1%, 7/162, 11/15 and 32c8b35 55.4%,
5/162 (3.1%), 7/15.

Set 17 (275 statements and 15 posts) is the other half of set 16's writers, sealed until
the start of the next session (f5b2945, 2026-12-03), when it was measured once, unseen,
with ../shared/eval/evaluate.py: 78.4% (189/241), 5 of 137 true or unknown statements
called false (3.6%), posts 9/15; cd1c136 gave 77.6%, 4/137 (2.9%), 9/15, 03ca41d 74.3%,
6/137, 9/15 and 32c8b35 60.2%, 9/137 (6.6%), 7/15.

Set 18 (309 statements and 12 posts) is half of 600 statements (591 distinct) and 30
posts written blind on 2026-12-03 by two new helper sessions (seed and sources only;
science journalists, nurses, MS patients in forums, fact-check editors and skeptical
bloggers; neurologists, vascular surgeons, pharmacists, students, relatives, clinic
marketers, older people on Facebook and non-native speakers), split by a hash of the text
before anyone read them (the other half is tests/data/sealed/).  Measured once, unseen,
at the end of that session's tuning (4b4f88c) with ../shared/eval/evaluate.py: 78.0%
(216/277), 3 of 153 true or unknown statements called false (2.0%), posts 6/12; the
session's starting code (f5b2945) gave 79.1%, 1/153 (0.7%), 6/12: that session's tuning
(on set 17 and real documents) did not carry over.  cd1c136 gave 76.2%, 4/153, 6/12,
03ca41d 71.1%, 7/153, 5/12 and 32c8b35 61.4%, 8/153 (5.2%), 5/12.  Its misses then
showed an alias read from a stem ("signed up" made "signs of" a study's taking part).

Set 19 (282 statements and 18 posts) is the other half of set 18's writers, sealed until
the start of the next session (307f7cf, 2026-12-03), when it was measured once, unseen,
with ../shared/eval/evaluate.py: 76.2% (192/252), 4 of 131 true or unknown statements
called false (3.1%), posts 7/18; f5b2945 gave 74.2%, 4/131, 7/18 and cd1c136 71.0%,
4/131, 9/18.  Paraphrase stayed the weakest kind (53.7%): most misses are rewordings no
wording comes near, answered `unknown`.  Its misses then guided a few fixes (a harm
named against "the procedure is safe", "vein-widening", "and colleagues reported").

Set 20 (272 statements and 16 posts) is half of 600 statements (595 distinct) and 30
posts written blind on 2026-12-03 by two new helper sessions (seed and sources only;
radio hosts, insurance reviewers, MS nurses, Canadian politicians, teenagers,
translators, physiotherapists and writers of run-on sentences; medical historians,
newsletter editors, lawyers, FDA watchers, trolls, engineers who explain by analogy,
teachers and people posting in a hurry on phones), split by a hash of the text before
anyone read them (the other half is tests/data/sealed/).  Measured once, unseen, at the
end of that session's tuning (a10ccd7) with ../shared/eval/evaluate.py: 67.5% (162/240),
4 of 128 true or unknown statements called false (3.1%), posts 9/16; the session's
starting code (307f7cf) gave the same figures, f5b2945 66.7%, 4/128, 8/16 and cd1c136
64.6%, 5/128, 8/16.  These writers are harder than the last four pairs (paraphrase
49.1%, hedged 52.4%, negated 62.1%).

Set 21 (323 statements and 14 posts) is the other half of set 20's writers, sealed until
the start of the next session (a8aa835, 2026-12-03), when it was measured once, unseen,
with ../shared/eval/evaluate.py: 66.3% (193/291), 16 of 198 true or unknown statements
called false (8.1%), posts 8/14; 307f7cf gave 65.6%, 16/198, 8/14, f5b2945 63.2%,
17/198, 9/14 and cd1c136 60.1%, 15/198, 9/14.  Ten of its sixteen false flags are
statements its writers labelled unproven only (speculation such as "liberation therapy
might help a subgroup of patients"); three are true statements whose figures were read
wrong ("one in fifty" as a count of fifty, "five years after" as a count of five).

Set 22 (293 statements and 16 posts) is half of 596 statements and 30 posts written blind
on 2026-12-03 by two new helper sessions (seed and sources only; pharmacists, chaplains,
sports-radio commentators, grandparents on Facebook, headline writers, skeptic bloggers,
nursing students and forum regulars; journalists' notes, charity fundraisers, insurance
call-centre scripts, undergraduates, podcast transcripts, emergency doctors, writers of
English as a second language and conspiracy-leaning wellness influencers), split by a
hash of the text before anyone read them (the other half is tests/data/sealed/).
Measured once, unseen, at the end of that session's tuning (ee9ffc6) with
../shared/eval/evaluate.py: 75.0% (198/264), 8 of 164 true or unknown statements called
false (4.9%), posts 7/16; the session's starting code (a8aa835) gave 73.9%, 8/164, 7/16
and 307f7cf 74.2%, 8/164, 7/16.

Set 23 (303 statements and 14 posts) is the other half of set 22's writers, sealed until
the start of the next session (5d7189c, 2026-12-03), when it was measured once, unseen,
with ../shared/eval/evaluate.py: 73.2% (197/269), 10 of 165 true or unknown statements
called false (6.1%), posts 10/14; a8aa835 gave 71.7%, 10/165, 10/14 and 307f7cf 72.1%,
10/165, 10/14.  Paraphrase 54.4% (37/68), hedged 64.3%, comparative 67.5%.

Set 24 (285 statements and 14 posts) is half of 600 statements and 30 posts written blind
on 2026-12-03 by two new helper sessions (seed and sources only; local TV health
reporters, retired neurologists' letters, teenagers whose parent has MS,
physiotherapists, device sales reps, Reddit skeptics, church newsletters and fact-check
explainers; lawyers' complaints, science teachers, MS helpline nurses, relatives of
people treated abroad, terse notes, summaries of Italian and Polish news, angry threads
and librarians), split by a hash of the text before anyone read them (the other half is
tests/data/sealed/).  Measured once, unseen, at the end of that session's tuning
(4262420) with ../shared/eval/evaluate.py: 70.0% (177/253), 8 of 152 true or unknown
statements called false (5.3%), posts 4/14; the session's starting code (5d7189c) gave
69.6%, 9/152, 4/14 and a8aa835 68.4%, 9/152, 4/14.  Paraphrase 46.4% (26/56), noisy
54.5%, comparative 67.6%, hedged 69.2%.

Set 25 (315 statements and 16 posts) is the other half of set 24's writers, sealed until
the start of the next session (54fccb3, 2026-12-04), when it was measured once, unseen,
with ../shared/eval/evaluate.py: 73.1% (207/283), 5 of 180 true or unknown statements
called false (2.8%), posts 8/16; 5d7189c gave 72.8%, 6/180, 8/16 and a8aa835 72.1%,
6/180, 8/16.  Paraphrase 56.8% (42/74), noisy 47.4%, evaluative 50.0%.

Set 26 (282 statements and 15 posts) is half of 600 statements and 30 posts written blind
on 2026-12-04 by two new helper sessions (seed and sources only; hospital pharmacists,
weekend columnists, MS phone-line volunteers, amateur historians, sceptical GPs, converts
in Facebook groups, people thinking in Italian and video captions; radiologists, policy
analysts, parents at the school gate, lovers of wordplay, MS diarists, insurance claim
handlers, debate-club students and one-line tweeters), split by a hash of the text before
anyone read them (the other half is tests/data/sealed/).  Measured without reading it
twice with ../shared/eval/evaluate.py: early in that session (after five small fixes,
the same figures as its starting code 54fccb3): 76.6% (187/244), 4 of 133 true or
unknown statements called false (3.0%), posts 8/15; at the end of its tuning (14571aa):
76.2% (186/244), 4/133, 8/15.  The session's thirty-odd fixes, found on sets 23 to 25,
did not carry over: one statement changed, for the worse.  Paraphrase 56.9%, hedged 60.9%.

Set 27 (318 statements and 15 posts) is the other half of set 26's writers, sealed until
the start of the next session (0533158, 2026-12-04), when it was measured once, unseen,
with ../shared/eval/evaluate.py: 76.8% (212/276), 5 of 144 true or unknown statements
called false (3.5%), posts 8/15; the previous session's starting code (54fccb3) gave the
same figures (one verdict differed, neither right).  Evaluative 64.3%, negated 65.6%,
hedged 66.7%, detail 66.7%, paraphrase 75.0%.

Set 28 (304 statements and 16 posts) is half of 600 statements and 30 posts written blind
on 2026-12-04 by two new helper sessions (seed and sources only; retired nurses, sports
commentators, librarians, teenagers whose parent has MS, vascular surgery trainees,
people who spell medical words as they hear them, online shoppers and ethics lecturers;
podcast hosts, museum guides, support-group members, pharmacology students, radio
callers, lawyers, bilingual writers and contrarians; 18 repeated texts dropped), split by
a hash of the text before anyone read them (the other half is tests/data/sealed/).
Measured without reading it twice with ../shared/eval/evaluate.py: early in that session
(its starting code, 0533158, and after three small fixes): 78.1% (203/260), 8 of 148 true
or unknown statements called false (5.4%), posts 8/16; at the end of its tuning (846eeb6):
78.1% (203/260), 8/148, 8/16 (one reported statement more right).  Hedged 53.6%, typo
50.0%, noisy 61.1%.

Set 29 (594 statements, no posts) is a set of probes for false alarms: 600 statements, all
true or unrelated (labelled true, unknown, or either), written blind on 2026-12-04 by two
helper sessions (seed and sources only; journalists, neurologists and sceptic bloggers;
patients and families, moderators and students) in the forms that draw false flags:
denials, double negatives, hedges, judgements, reports, questions, comparisons, noisy
posts and near misses (chit-chat that names CCSVI, other diseases and procedures); six
repeated texts dropped.  Measured once, before any work on it, at 8d1034f with
this test's count: 70.7% (420/594), 40 of 594 called false (6.7%).

Set 30 (591 statements, no posts) is a second set of such probes, written blind the same day
by two more helper sessions (seed and sources only; fact-check desk editors, pharmacists,
press officers and science teachers; people with MS and carers in chat groups, radio hosts
and forum moderators, in slang and with typos), after the session's work on set 29, to see
whether that work carried.  Measured once, before anyone read it, with this test's count:
the session's starting code (0533158) 73.1% (432/591), 35 of 591 called false (5.9%); its
end (405de6a) 75.5% (446/591), 28 called false (4.7%).  With ../shared/eval/evaluate.py
(main kinds only): 72.7% -> 74.3%, false flags 28/495 -> 24/495.

Set 31 (278 statements and 14 posts) is the other half of set 28's writers, sealed until
the start of the next session (f964307, 2026-12-04), when it was measured once, unseen,
with ../shared/eval/evaluate.py: 80.5% (198/246), 1 of 133 true or unknown statements
called false (0.8%), posts 5/14; the previous session's starting code (0533158) gave
79.7%, 1/133, 5/14.  Evaluative 58.3%, hedged 63.6%, noisy 66.7%, detail 70.4%,
paraphrase 75.5%.

Set 32 (309 statements and 16 posts) is half of 600 statements (594 distinct) and 30
posts written blind on 2026-12-04 by two new helper sessions (seed and sources only; yoga
teachers, farmers, Quora answerers, dental hygienists, airline crew with MS, corrections
editors, comedians and adult children texting from abroad; public-health FAQ writers,
chemists, quiz setters, alternative-medicine forum veterans, medical transcriptionists,
economists, poets and voice-to-text messages), split by a hash of the text before anyone
read them (the other half is tests/data/sealed/).  Measured without reading it twice with
../shared/eval/evaluate.py: at the start of that session (f964307, and 0533158 a session
earlier, the same): 71.8% (191/266), 3 of 136 true or unknown statements called false
(2.2%), posts 12/16; at the end of its work (5113992): 72.6% (193/266), 3/136, 12/16
(evaluative and noisy one more each).  Hedged 46.4%, noisy 60.0%, paraphrase 56.2%,
comparative 58.6%.

Set 33 (285 statements and 14 posts) is the other half of set 32's writers, sealed until
the start of the next session (a25f3c7, 2026-12-04), when it was measured once, unseen,
with ../shared/eval/evaluate.py: 77.5% (193/249), 4 of 130 true or unknown statements
called false (3.1%), posts 7/14; the previous session's starting code (f964307) gave the
same figures, so that session's tuning carried to none of it.  Paraphrase 61.5%,
evaluative 62.5%, noisy 66.7%, comparative 71.0%, hedged 72.7%.

Set 34 (307 statements and 15 posts) is half of 600 statements (594 distinct) and 30
posts written blind on 2026-12-04 by two new helper sessions (seed and sources only;
beekeepers, truck drivers, wedding planners, museum docents, barbers, tattoo artists,
chess club members and night-ferry crew; plumbers, sommeliers, amateur astronomers,
carpenters, florists, choir members, real-estate agents and marathon runners with MS),
split by a hash of the text before anyone read them (the other half is
tests/data/sealed/).  Measured without reading it twice with ../shared/eval/evaluate.py:
at the start of that session (a25f3c7): 77.8% (207/266), 3 of 142 true or unknown
statements called false (2.1%), posts 10/15 (f964307, a session earlier: 77.4%, 3/142,
10/15); at the end of its work (0c7689c): 79.3% (211/266), 3/142, 10/15 (paraphrase
61.0% -> 67.8%).  Hedged 66.7%, noisy 66.7%, comparative 67.9%, evaluative 69.2%.

Set 35 (287 statements and 15 posts) is the other half of set 34's writers, sealed until
the start of the next session (ef1729f, 2026-12-04), when it was measured once, unseen,
with ../shared/eval/evaluate.py: 79.0% (196/248), 4 of 133 true or unknown statements
called false (3.0%), posts 7/15; the previous session's starting code (a25f3c7) gave
77.4% (192/248), 4/133, 7/15, so that session's work carried to four of them (a detail,
a direct, a negated and a noisy statement).  Hedged 61.5%, paraphrase 63.2%, evaluative
70.0%, comparative 71.9%.

Set 36 (302 statements and 12 posts) is half of 600 statements (592 distinct) and 30
posts written blind on 2026-12-04 by two new helper sessions (seed and sources only;
bakers, taxi drivers, allotment gardeners, surfers, piano teachers, knitting-circle
members, mountain-rescue volunteers and lighthouse enthusiasts; accountants, park rangers,
stamp collectors, amateur genealogists, birdwatchers, video-game streamers, hotel
concierges and crossword setters), split by a hash of the text before anyone read them
(the other half is tests/data/sealed/).  Measured without reading it twice with
../shared/eval/evaluate.py: at the start of that session (ef1729f): 71.0% (186/262), 7 of
139 true or unknown statements called false (5.0%), posts 7/12 (a25f3c7, a session
earlier: 69.1%, 7/139, 7/12); at the end of its work (23e2458): 71.8% (188/262), 7/139,
7/12 (an evaluative and a paraphrase more).  Noisy 43.8%, paraphrase 52.5%,
multilingual 63.6%, comparative 65.5%, double negation 66.7%.

Set 37 (290 statements and 18 posts) is the other half of set 36's writers, sealed until
the start of the next session (1e87e5a, 2026-12-05), when it was measured once, unseen,
with ../shared/eval/evaluate.py: 78.2% (197/252), 3 of 137 true or unknown statements
called false (2.2%), posts 10/18; the previous session's starting code (ef1729f) gave
76.6% (193/252), 3/137, 10/18, so that session's work carried to four of them (a
comparative, a negated, a noisy and a paraphrase statement).  Hedged 40.0%, paraphrase
70.2%, evaluative 72.7%, negated 75.0%.

Set 38 (291 statements and 17 posts) is half of 600 statements (588 distinct) and 30
posts written blind on 2026-12-05 by two new helper sessions (seed and sources only;
lifeguards, cheesemakers, rowing coaches, locksmiths, school crossing guards, potters,
fishing-boat skippers and bookbinders; zookeepers, railway signal workers, tailors,
scuba-diving instructors, glassblowers, cricket umpires, auctioneers and amateur opera
singers), split by a hash of the text before anyone read them (the other half is
tests/data/sealed/).  Measured without reading it three times with
../shared/eval/evaluate.py: at the start of that session (1e87e5a): 76.9% (193/251), 5 of
132 true or unknown statements called false (3.8%), posts 9/17 (ef1729f, a session
earlier: 74.5%, 6/132, 10/17); after its first fixes (cb60f0e: myelin repair, "anyone
without MS", claims then called debunked) the same figures; at the end of its work
(84131fb), after fixes chosen for recurring across many writers' sets (the procedure
named by its harms, the seven studies and the Lancet study by other names, "MS or not",
conflicting results put down to imaging, MS as plumbing, agreed yardsticks): 78.5%
(197/251), 5/132, 9/17 (a detail, a noisy and two paraphrase statements more).
Comparative 55.6%, noisy 55.6%, hedged 65.2%, paraphrase 73.3%.

Set 39 (297 statements and 13 posts) is the other half of set 38's writers, sealed until
the start of the next session (4c7dbe4, 2026-12-05), when it was measured once, unseen,
with ../shared/eval/evaluate.py: 81.1% (210/259), 3 of 137 true or unknown statements
called false (2.2%), posts 5/13; the previous session's starting code (1e87e5a) gave
80.7% (209/259), 3/137, 5/13, so that session's work carried to one of them (a
paraphrase).  Noisy 66.7%, paraphrase 66.2%, hedged 70.4%, multilingual 77.8%.

Set 40 (295 statements and 13 posts) is half of 600 statements (591 distinct) and 30
posts written blind on 2026-12-05 by two new helper sessions (seed and sources only;
blacksmiths, sign-language interpreters, cartographers, church organ tuners, falconers,
county archivists, sheep shearers and circus performers; clockmakers, funeral directors,
hairdressers, dog walkers, craft brewers, puppeteers, stonemasons and jewellers), split by
a hash of the text before anyone read them (the other half is tests/data/sealed/).
Measured without reading it three times with ../shared/eval/evaluate.py: at the start of
that session (4c7dbe4): 81.2% (203/250), 1 of 136 true or unknown statements called false
(0.7%), posts 8/13 (1e87e5a, a session earlier: 80.4%, 1/136, 8/13); after its first
seven fixes (95caec5), each chosen for recurring in six to fourteen writers' sets (a hoax
"to make money", who felt better and their blood flow, the Canadian trial's follow-up,
low flow inborn and harmless, "worth a try since it can't hurt", "PREMiSe proved", the
procedure on the legs' veins): the same figures; at the end of its work (fdc5f42): 81.6%
(204/250), 1/136, 8/13 (a detail and a hedged statement more, an evaluative one fewer).
Noisy 25.0%, hedged 62.5%, double negation 71.4%, typo 75.0%.

Set 41 (296 statements and 17 posts) is the other half of set 40's writers, sealed until
the start of the next session (647bf5d, 2026-12-05), when it was measured once, unseen,
with ../shared/eval/evaluate.py: 78.6% (206/262), 5 of 129 true or unknown statements
called false (3.9%), posts 11/17; the previous session's starting code (4c7dbe4) gave
77.5% (203/262), 5/129, 11/17, so that session's work carried to three of them.
Hedged 65.4%, comparative 66.7%, paraphrase 72.7%, evaluative 76.9%.

Set 42 (295 statements and 14 posts) is half of 600 statements (591 distinct) and 30
posts written blind on 2026-12-05 by two new helper sessions (seed and sources only;
parking wardens, taxidermists, wallpaper hangers, chimney sweeps, court stenographers,
snowplough drivers, orchard growers and piano movers; planetarium guides, saddle makers,
sushi chefs, ice-rink attendants, bell ringers, land surveyors, tram drivers and luthiers),
split by a hash of the text before anyone read them (the other half is tests/data/sealed/).
Measured without reading it three times with ../shared/eval/evaluate.py: at the start of
that session (647bf5d): 78.8% (208/264), 4 of 139 true or unknown statements called false
(2.9%), posts 8/14; after its first five fixes (42140fa): the same; at the end of its work
(2d315a1): 79.2% (209/264), 4/139, 8/14 (a detail more). 110 of the writers' 591 texts
are word for word statements of earlier sets; on set 42's other 221 (wording never seen)
76.0% (168/221), 4/116 called false, at the start and at the end alike.  Hedged 50.0%,
comparative 59.3%, evaluative 72.7%, paraphrase 73.0%.

Set 43 (296 statements and 16 posts) is the other half of set 42's writers, sealed until
the start of the next session (fff6b28, 2026-12-05), when it was measured once, unseen,
with ../shared/eval/evaluate.py: 82.3% (205/249), 3 of 133 true or unknown statements
called false (2.3%), posts 8/16; the previous session's starting code (647bf5d) gave
81.9% (204/249), 3/133, 8/16, so that session's work carried to one of them (a
comparative). 60 of its texts are word for word statements of earlier sets; on the other
236 (200 main statements, wording never seen) 79.0% (158/200), 3/106 called false
(647bf5d: 78.5%).  Paraphrase 71.7%, comparative 72.7%, negated 70.6%, noisy 75.0%.

Set 44 (284 statements and 14 posts) is half of 600 statements (592 distinct) and 30
posts written blind on 2026-12-05 by two new helper sessions (seed and sources only;
hot-air balloon pilots, glaziers, jockeys, cobblers, mushroom foragers, origami teachers,
tugboat captains and kite makers; window cleaners, bus mechanics, yacht riggers, ski
instructors, forest firefighters, dry-stone wallers, tea blenders and fishmongers), split
by a hash of the text before anyone read them (the other half is tests/data/sealed/).
Measured without reading it with ../shared/eval/evaluate.py: at the start of that session
(fff6b28): 83.8% (212/253), 4 of 134 true or unknown statements called false (3.0%),
posts 9/14; after its first three commits of fixes (21f17ac): 84.2% (213/253), 3/134,
9/14; after eight (3d08207) and at the end of its work (24deeec, 83ab2b5): 84.6% (214/253), 2/134
(1.5%), 9/14 (a comparative and a noisy statement more). 61 of its 284 texts are word for
word statements of earlier sets; on its other 223 (202 main statements, wording never seen)
81.2% (164/202), 4/106 called false, at the start and 82.2% (166/202), 2/106, at the end.
Paraphrase 71.9%, comparative 72.7%, double negation 75.0%, reported 82.4%.

Set 45 (308 statements and 16 posts) is the other half of set 44's writers' work, sealed
through the seventeenth session and measured first thing in the eighteenth, unread: at
that session's starting code (427384b) 81.7% (214/262), none of 146 true or unknown
statements called false, posts 9/16; the seventeenth session's starting code (fff6b28)
gives the same figures, so that session's work did not carry to it. 50 of its texts are
word for word statements of earlier sets; on the other 258 (225 main statements, wording
never seen) 78.7% (177/225), 0/123 called false, at both commits. Hedged 65.2%,
comparative 70.4%, noisy 73.7%, paraphrase 79.7%.

Set 46 (303 statements and 20 posts) is half of 600 statements (590 distinct) and 30
posts written blind on 2026-12-05 by two new helper sessions (seed and sources only;
perfumers, saddlers, piano tuners, canal lock keepers, thatchers, wheelwrights, milliners
and bagpipers; oyster farmers, scaffolders, upholsterers, sign painters, ice sculptors,
steeplejacks, cider makers and accordion players), split by a hash of the text before
anyone read them (the other half is tests/data/sealed/). Measured without reading it with
../shared/eval/evaluate.py: at the start of the eighteenth session (427384b): 78.7%
(211/268), 3 of 143 true or unknown statements called false (2.1%), posts 14/20; with its
first fix (the rule of 0e3ae93, before it was committed), after three commits of fixes
(1fe8109), after seven (b6995df) and after eight (acd673a): 79.1% (212/268); at the end
of its work, eleven commits of fixes (f68f06a): 79.5% (213/268), 3/143, 14/20 (a
paraphrase and a hedged statement more). 49 of its 303 texts are word for word
statements of earlier sets; on its other 254 (228 main statements, wording never seen)
75.4% (172/228), 3/119 called false, at the start and 76.3% (174/228), 3/119, at the end.
Noisy 58.8%, hedged 65.5%, paraphrase 71.4%, double negation 4/9.

Set 47 (287 statements and 10 posts) is the other half of set 46's writers' work, sealed
through the eighteenth session and measured first thing in the nineteenth (2026-12-05),
unread: at that session's starting code (06e2e15) 83.6% (204/244), 2 of 130 true or
unknown statements called false (1.5%), posts 8/10; the eighteenth session's starting code
(427384b) gives the same figures, so that session's work did not carry to it. 56 of its
texts are word for word statements of earlier sets; on the other 231 (200 main statements,
wording never seen) 80.5% (161/200), 2/105 called false, at both commits. Noisy 61.5%,
paraphrase 75.0%, hedged 76.2%, comparative 77.3%, multilingual 4/7.

Set 48 (300 statements and 20 posts) is half of 600 statements (590 distinct) and 30
posts written blind on 2026-12-05 by two new helper sessions (seed and sources only;
coopers, tanners, weavers, gondoliers, shepherds, harpists, calligraphers and mosaic
artists; typesetters, barge skippers, glovemakers, fletchers, embroiderers, quilters,
watchmakers and truffle hunters), split by a hash of the text before anyone read them (the
other half is tests/data/sealed/). Measured without reading it with
../shared/eval/evaluate.py: at the start of the nineteenth session (06e2e15): 81.8%
(211/258), 5 of 126 true or unknown statements called false (4.0%), posts 10/20; after
its first fix (uncommitted, then c924e45): 82.2% (212/258); after two commits of fixes
(11b523c): 82.6% (213/258); after five (e328eff) and after eight (bcb7497): 83.3%
(215/258); at the end of its work, thirteen commits of fixes (c1a2bf3): 84.1% (217/258),
5/126, 10/20 (two details, an evaluative, a hedged, a negated and a paraphrase statement
more, and a report, which the main figure leaves out). 57 of its 300 texts are word for
word statements of earlier sets; on its other 243 (214 main statements, wording never
seen) 78.5% (168/214), 5/103 called false, at the start and 81.3% (174/214), 5/103, at
the end. Hedged 60.0%, noisy 68.8%, paraphrase 69.4%, multilingual 7/9.

Set 49 (290 statements and 10 posts) is the other half of set 48's writers, sealed
through the nineteenth session: nobody read it until it was measured with
../shared/eval/evaluate.py at the start of the twentieth session (2d20722): 82.9%
(209/252), 3 of 137 true or unknown statements called false (2.2%), posts 8/10; the
nineteenth session's starting code (06e2e15) gives 82.1% (207/252), 3/137, 8/10. 49 of its
texts are word for word statements of earlier sets; on the other 241 (212 main statements,
wording never seen) 80.7% (171/212) against 79.7% (169/212), 3/112 called false at both
commits. Noisy 64.3%, hedged 73.3%, paraphrase 74.1%, negated 75.9%, multilingual 5/7.

Set 50 (278 statements and 19 posts) is half of 600 statements (594 distinct) and 30
posts written blind on 2026-12-05 by two new helper sessions (seed and sources only;
ropemakers, tinsmiths, lamplighters, ferrymen, chandlers, gilders, sail makers and pearl
divers; salt harvesters, organ builders, knife grinders, lacemakers, mountain guides,
seismologists, coppersmiths and plasterers), split by a hash of the text before anyone
read them (the other half is tests/data/sealed/). Measured without reading it with
../shared/eval/evaluate.py: at the start of the twentieth session (2d20722): 73.9%
(178/241), 3 of 132 true or unknown statements called false (2.3%), posts 11/19; the
nineteenth session's starting code (06e2e15) gives 72.6% (175/241); after the first
commit of fixes (4d6aa22) and after two: 74.7% (180/241); after three (9f7c89c): 75.1%;
after four (c1c140f): 75.5%; after five (9cc77da): 75.9%, 2/132; after eight (1a8d10a):
76.8%, 1/132; after thirteen (966f050, the unproven suppositions) to the end of its work,
seventeen commits of fixes (15b3e4b): 77.6% (187/241), 1/132 (0.8%), 11/19. 46 of its
278 texts are word for word statements of earlier sets; on its other 232 (203 main
statements, wording never seen) 69.5% (141/203), 3/110 called false, at the start and
73.9% (150/203), 1/110, at the end. Hedged 61.5% (from 50.0%), noisy 35.3% (from 23.5%),
paraphrase 73.2% (from 66.1%), multilingual 5/8.

Set 51 (316 statements and 11 posts) is the other half of set 50's writers, sealed
through the twentieth session: nobody read it until it was measured with
../shared/eval/evaluate.py at the start of the twenty-first session (d0574af): 82.5%
(226/274), 4 of 145 true or unknown statements called false (2.8%), posts 9/11; the
twentieth session's starting code (2d20722) gives 81.8% (224/274), 4/145, 9/11. 62 of its
texts are word for word statements of earlier sets; on the other 254 (223 main statements,
wording never seen) 78.5% (175/223) against 78.0% (174/223), 4/117 called false at both
commits. Hedged 66.7%, paraphrase 67.2%, comparative 66.7%, multilingual 7/8.

Set 52 (287 statements and 13 posts) is half of 600 statements (591 distinct) and 30
posts written blind on 2026-12-06 by two new helper sessions (seed and sources only;
acrobats, jugglers, glaciologists, volcanologists, hatters, dyers, engravers and
shipwrights; tilers, vintners, distillers, millers, cartwrights, ventriloquists, sponge
divers and snow groomers), split by a hash of the text before anyone read them (the other
half is tests/data/sealed/). Measured without reading it with ../shared/eval/evaluate.py:
at the start of the twenty-first session (d0574af): 84.9% (208/245), 6 of 137 true or
unknown statements called false (4.4%), posts 9/13; the twentieth session's starting code
(2d20722) gives 84.5% (207/245); unchanged after three, five, six and eleven commits of
fixes (d506d3b, f6b6ba3, dfe0316, 0da94bb); after sixteen (8b855ab) and at the end of its
work, seventeen commits of fixes (6535440): 85.3% (209/245), 6/137, 9/13. 64 of its 287
texts are word for word statements of earlier sets; on its other 223 (200 main
statements, wording never seen) 81.5% (163/200) at the start and 82.0% (164/200) at the
end, 6/111 called false at both. Hedged 63.6%, noisy 64.7%, comparative 66.7% (from
63.3%), multilingual 6/8.

Set 53 (304 statements and 17 posts) is the other half of set 52's writers, sealed
through the twenty-first session: nobody read it until it was measured with
../shared/eval/evaluate.py at the start of the twenty-second session (22704fc): 83.7%
(226/270), 4 of 137 true or unknown statements called false (2.9%), posts 11/17; the
twenty-first session's starting code (d0574af) gives 83.0% (224/270), 4/137, 11/17. 61 of
its texts are word for word statements of earlier sets; on the other 243 (216 main
statements, wording never seen) 81.0% (175/216) against 80.1% (173/216), 4/109 called
false at both commits. Noisy 69.2%, double negation 71.4%, hedged 75.0%, comparative
76.7%, multilingual 5/6.

Set 54 (299 statements and 20 posts) is half of 600 statements (586 distinct) and 30
posts written blind on 2026-12-06 by two new helper sessions (seed and sources only;
meteorologists, furriers, magicians, sherpas, spinners of yarn, scriveners, lion tamers and
clowns; tarot readers, farriers, tightrope walkers, rodeo riders, trapeze artists, church
organists, mime artists and stunt performers), split by a hash of the text before anyone
read them (the other half is tests/data/sealed/). Measured without reading it with
../shared/eval/evaluate.py: at the start of the twenty-second session (22704fc): 88.3%
(227/257), 2 of 141 true or unknown statements called false (1.4%), posts 16/20; the
twenty-first session's starting code (d0574af) gives 85.6% (220/257); unchanged after
six and thirteen commits of fixes (29348a1, f050ddd); after eighteen (9eca727, a thing set
beside itself in time) to the end of its work, twenty-three commits of fixes (2294830):
88.7% (228/257), 2/141, 16/20. 64 of its 299 texts are word for word statements of
earlier sets; on its other 235 (209 main statements, wording never seen) 85.6% (179/209)
at the start and 86.1% (180/209) at the end, 2/111 called false at both. Noisy 75.0%,
comparative 77.8% (from 74.1%), evaluative 7/9, multilingual 7/9.

Set 55 (287 statements and 10 posts) is the other half of set 54's writers, sealed
through the twenty-second session: nobody read it until it was measured with
../shared/eval/evaluate.py at the start of the twenty-third session (f113782): 81.8%
(207/253), 1 of 126 true or unknown statements called false (0.8%), posts 9/10; the
twenty-second session's starting code (22704fc) gives 81.0% (205/253), 1/126, 9/10. 66 of
its texts are word for word statements of earlier sets; on the other 221 (200 main
statements, wording never seen) 77.5% (155/200) against 77.0% (154/200), 1/99 called
false at both commits. Hedged 63.3%, paraphrase 71.9%, double negation 75.0%, noisy
77.8%, multilingual 5/6.

Set 56 (261 statements and 11 posts) is half of 600 statements (591 distinct) and 30
posts written blind on 2026-12-06 by two new helper sessions (seed and sources only; air
traffic controllers, submariners, snake charmers, yodellers, bobsledders, pastry chefs,
lumberjacks and cowboy poets; deep-sea fishermen, rickshaw drivers, ski instructors, sumo
wrestlers, rally drivers, trombonists, golf caddies and welders), split by a hash of the
text before anyone read them (the other half is tests/data/sealed/). Measured without
reading it with ../shared/eval/evaluate.py: at the start of the twenty-third session
(f113782's code): 89.3% (200/224), 4 of 123 true or unknown statements called false
(3.3%), posts 9/11; the twenty-second session's starting code (22704fc) gives 88.8%
(199/224), 4/123, 9/11; unchanged after five, twelve, twenty and thirty-two commits of
fixes and at the end of its work, thirty-eight commits (4e07a80): 89.3%, 4/123, 9/11. 64
of its 261 texts are word for word statements of earlier sets; on its other 197 (173 main
statements, wording never seen) 86.7% (150/173) at the start and at the end (86.1% at
22704fc), 4/89 called false at both. Noisy 73.3%, hedged 78.3%. Two of its false flags
were mended after it was read (13acf9b, 88b176d).
"""

from __future__ import annotations

import collections
import json
from pathlib import Path

import pytest

SETS = sorted((Path(__file__).parent / "data" / "heldout").glob("set*.jsonl"))
# what the sets give today (see the closing notes), with a little room (every set's floor
# was raised on 2026-12-06, twenty-first session and again in the twenty-second and
# twenty-third, to its figure less a point, where that was higher: a statement lost is
# seen)
MIN_ACCURACY = {"set1": 0.95, "set2": 0.97, "set3": 0.99, "set4": 0.94,
                "set5": 0.89, "set6": 0.9, "set7": 0.9, "set8": 0.9,
                "set9": 0.9, "set10": 0.84, "set11": 0.86, "set12": 0.83,
                "set13": 0.81, "set14": 0.82, "set15": 0.82, "set16": 0.89,
                "set17": 0.91, "set18": 0.88, "set19": 0.86, "set20": 0.81,
                "set21": 0.8, "set22": 0.83, "set23": 0.86, "set24": 0.84,
                "set25": 0.87, "set26": 0.85, "set27": 0.86, "set28": 0.87,
                "set29": 0.83, "set30": 0.82, "set31": 0.87, "set32": 0.86,
                "set33": 0.86, "set34": 0.88, "set35": 0.9, "set36": 0.83,
                "set37": 0.88, "set38": 0.89, "set39": 0.84, "set40": 0.85,
                "set41": 0.89, "set42": 0.87, "set43": 0.86, "set44": 0.9,
                "set45": 0.9, "set46": 0.88, "set47": 0.9, "set48": 0.88,
                "set49": 0.89, "set50": 0.81, "set51": 0.9, "set52": 0.86,
                "set53": 0.85, "set54": 0.91, "set55": 0.83, "set56": 0.89}
DEFAULT_MIN_ACCURACY = 0.88
# set 44 went 0.84 -> 0.83 when the claims on harms came to rate only a statement that
# names a harm: "Zamboni's Brave Dreams trial was run in <another country>" had been called
# false by "Zamboni's Brave Dreams trial found venous angioplasty unsafe" and the place
# (the same gate stopped five "misleading" flags on true statements and nine myths called
# true across the held-out sets); back to 0.84 (nineteenth session) when a statement
# that denies nothing, set aside by that gate, went to the next claim whose words match
# set 17 went 0.90 -> 0.89 when a share found in people with MS stopped meeting "CCSVI is
# found only in people with MS" ("about 39% of people with MS", Barreto's 3.88% misread,
# was right only through it)
# set 5 held 54 when folded in, 15 now; set 6 held 30 (main statements) when measured
# (today's figures, 2026-12-04, after the tenth session's work); set 26 went 3 -> 4 when
# hedging adverbs stopped counting as words of a claim (held-out +13): "Perhaps a change
# of diet could fix CCSVI" then met "TVAM fixes MS" as its plain form always had
# set 13 went 2 -> 3 (twenty-third session) when an unproven claim said to have been
# shown came to be false: a significant rise in relapses said to have been shown is
# labelled misleading or unproven there; no trial has shown one (ten statements across
# eleven sets that say such things came right with it)
# (the maxima of eighteen sets were lowered to their counts on 2026-12-05, nineteenth
# session, four more in the twentieth, five in the twenty-first, thirteen in the
# twenty-second and two in the twenty-third, when they had come to hold fewer: a false
# flag that comes back fails)
MAX_FALSE_FLAGS = {"set5": 10, "set6": 2, "set7": 5, "set8": 2, "set9": 8,
                   "set10": 2, "set11": 9, "set12": 3, "set13": 3, "set14": 2,
                   "set15": 4, "set16": 0, "set17": 0, "set18": 0, "set19": 0,
                   "set20": 1, "set21": 4, "set22": 2, "set23": 1, "set24": 3,
                   "set25": 0, "set26": 1, "set27": 1, "set28": 3, "set29": 15,
                   "set30": 15, "set31": 1, "set32": 2, "set33": 0, "set34": 1,
                   "set35": 0, "set36": 5, "set37": 0, "set38": 1, "set39": 2,
                   "set40": 1, "set41": 3, "set42": 2, "set43": 2, "set44": 3,
                   "set46": 0, "set47": 0, "set48": 3, "set49": 0, "set50": 0,
                   "set51": 2, "set52": 4, "set53": 2, "set54": 0, "set55": 0,
                   "set56": 2}
DEFAULT_MAX_FALSE_FLAGS = 0
POST_SETS = sorted((Path(__file__).parent / "data" / "heldout").glob("posts*.jsonl"))
# (every floor was raised to its count on 2026-12-06, twenty-first session and again in
# the twenty-second and twenty-third, where that was higher)
# posts 6 went 5 -> 4 when "Zamboni proved that X" came to assert X (its post that says
# so before "Case closed, MS is a vein disease" is labelled with the one false only) and
# back to 5 with the topic terms on blood backing up in the brain; posts 16 went 13 -> 12
# when a sentence's two claims in clauses of their own became two findings (its post
# "Later trials showed the procedure didn't help, and the FDA warned about TVAM in 2017"
# is labelled with one true), while posts 10, 20, 22, 24 and 25 gained six; on
# 2026-12-04 (eleventh session) posts 10, 13, 14, 19, 21, 22, 24, 26 and 31 gained
# thirteen as scan stopped reading questions and chit-chat with the paragraph's subject,
# read later clauses with theirs and reports as reports; posts 32 went 12 -> 11 (and
# posts 25 up one) when the procedure's harms listed came to name it: a clinic note's
# "also discussed risks including clots, abnormal heart rhythm and vein rupture" is now a
# finding its writer did not count; posts 12 went 7 -> 6 on 2026-12-05 (sixteenth
# session) when a year in one's own story stopped being read as a wrong detail of a
# study: a neighbour's neck veins stretched in a given year, who never felt better, was
# called false only through that year; posts 6 went 5 -> 4 on 2026-12-05 (seventeenth
# session) when a benefit denied came to be rated by a claim that speaks of the benefit:
# its post that says the procedure failed to beat a sham in the trials, then that the
# FDA warned of deaths, is labelled with one true, and both sentences are now found true;
# posts 31 went 8 -> 7 on 2026-12-06 (twenty-first session) when a claim more moved the
# weights by a hair: a museum guide's chit-chat on a model of the brain's draining veins
# reached the threshold (60.0) of the claim defining CCSVI
MIN_POSTS = {"posts5": 49, "posts6": 5, "posts7": 14, "posts8": 9, "posts9": 11,
             "posts10": 11, "posts11": 10, "posts12": 6, "posts13": 9, "posts14": 14,
             "posts15": 7, "posts16": 14, "posts17": 12, "posts18": 10, "posts19": 9,
             "posts20": 10, "posts21": 11, "posts22": 9, "posts23": 12, "posts24": 7,
             "posts25": 11, "posts26": 11, "posts27": 9, "posts28": 10, "posts31": 7,
             "posts32": 14, "posts33": 7, "posts34": 13, "posts35": 8, "posts36": 8,
             "posts37": 11, "posts38": 11, "posts39": 5, "posts40": 10, "posts41": 13,
             "posts42": 9, "posts43": 10, "posts44": 9, "posts45": 10, "posts46": 14,
             "posts47": 8, "posts48": 10, "posts49": 8, "posts50": 11, "posts51": 9,
             "posts52": 9, "posts53": 12, "posts54": 16, "posts55": 9, "posts56": 9}


@pytest.mark.parametrize("path", SETS, ids=[p.stem for p in SETS])
def test_heldout_accuracy_and_false_flags(checker, path):
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]
    main = [r for r in rows if r["kind"] != "multilingual"]
    right = sum(checker.check(r["text"]).verdict in r["accept"] for r in main)
    false_flags = [r["text"] for r in rows if "false" not in r["accept"]
                   and checker.check(r["text"]).verdict == "false"]
    assert right / len(main) >= MIN_ACCURACY.get(path.stem, DEFAULT_MIN_ACCURACY), \
        f"{right}/{len(main)}"
    assert len(false_flags) <= MAX_FALSE_FLAGS.get(path.stem, DEFAULT_MAX_FALSE_FLAGS), \
        false_flags


@pytest.mark.parametrize("path", POST_SETS, ids=[p.stem for p in POST_SETS])
def test_heldout_posts(checker, path):
    """A post is right when scan finds every labelled verdict and nothing else (as
    ../shared/eval/evaluate.py scores it)."""
    from ccsvi_check.scan import scan_text

    posts = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
             if line.strip()]
    right = 0
    for post in posts:
        got = collections.Counter(f.result.verdict for f in scan_text(checker, post["text"])
                                  if f.result.verdict != "unknown")
        need = collections.Counter(post["findings"])
        allow = need + collections.Counter(post.get("optional", []))
        right += not (need - got) and not (got - allow)
    assert right >= MIN_POSTS[path.stem], f"{right}/{len(posts)}"
