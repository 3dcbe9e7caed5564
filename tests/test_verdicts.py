"""Verdicts of the shipped claim base on the kinds of statement people post.

Each case pins one rule of the matcher or of polarity against the real claims.yaml, so
a change to either that breaks a rule fails here with the statement that shows it.
"""

from __future__ import annotations

import pytest

CASES = [
    # negation is scoped: the cue must bear on the claim's own words
    ("TVAM is a safe procedure with no serious risks", "liberation-therapy-safe", "false"),
    ("Liberation therapy is not safe", "liberation-therapy-safe", "true"),
    ("There is no evidence that CCSVI causes MS", "ccsvi-causes-ms", "true"),
    ("CCSVI causing MS is a myth", "ccsvi-causes-ms", "true"),
    # a bare negation after the clause denies it
    ("CCSVI causes MS... NOT", "ccsvi-causes-ms", "true"),
    # a wording's own negation counts only where the statement speaks of it
    ("Lower than average cerebrospinal venous flow is usually present from birth.",
     "low-venous-flow-congenital-and-harmless", "true"),
    ("Low cerebrospinal venous flow doesn't lead to health problems",
     "low-venous-flow-congenital-and-harmless", "true"),
    ("Being born with low cerebrospinal venous flow leads to disease later in life",
     "low-venous-flow-congenital-and-harmless", "false"),
    # conjunctive topic terms: restenosis of veins is on topic
    ("The veins often narrowed again after angioplasty", "restenosis-common", "true"),
    # complications named one by one
    ("Liberation therapy can cause vein rupture", "unlisted-complications", "true"),
    # phrases whose negation is their meaning
    ("Doctors recommend liberation therapy for people with MS",
     "experts-advise-against-liberation-therapy", "false"),
    ("Neurologists advise against TVAM", "experts-advise-against-liberation-therapy", "true"),
    ("Experts say MS patients should avoid venoplasty",
     "experts-advise-against-liberation-therapy", "true"),
    ("US regulators have cautioned patients against TVAM", "fda-warned-about-procedure",
     "true"),
    ("After liberation therapy you no longer need your MS meds",
     "stop-ms-treatment-for-liberation-therapy", "false"),
    ("CCSVI is unique to people with MS", "ccsvi-specific-to-ms", "false"),
    ("The link between CCSVI and MS has been disproven", "ccsvi-linked-to-ms", "true"),
    ("Liberation therapy offers false hope of a miracle cure",
     "liberation-therapy-miracle-cure-hidden", "true"),
    ("Neck veins narrow again after liberation therapy", "restenosis-common", "true"),
    ("The CCSVI theory has been proven wrong", "ccsvi-theory-disproven", "true"),
    ("Science has ruled out CCSVI as the cause of MS", "research-proves-ccsvi-causes-ms",
     "true"),
    ("they dont want u to know venoplasty cures MS!!!", "liberation-therapy-cures-ms",
     "false"),
    ("CCSVI is a poorly defined medical condition", "ccsvi-well-defined", "true"),
    # another form of a word of the base is that word, not a spelling mistake
    ("The procedure inflated a balloon inside the neck veins to widen them",
     "liberation-therapy-description", "true"),
    # direction words: reduce / fewer / prevent against increase / more / rise
    ("Liberation therapy reduces MS relapses", "liberation-therapy-reduces-relapses",
     "false"),
    ("Patients had more MS attacks after liberation therapy than before",
     "procedure-increases-relapses", "unproven"),
    # a bare negation after "but" denies the clause before it
    ("Some say liberation therapy cures MS, but it does not.",
     "liberation-therapy-cures-ms", "true"),
    # Zamboni as the one who links CCSVI to MS: his proposal, a true report of it
    ("Zamboni linked CCSVI to MS", "zamboni-proposed-ccsvi-ms-link", "true"),
    ("Was it Zamboni who first tied CCSVI to multiple sclerosis?",
     "zamboni-proposed-ccsvi-ms-link", "true"),
    ("Zamboni floated the idea of a CCSVI-MS connection", "zamboni-proposed-ccsvi-ms-link",
     "true"),
    # ... with his year still checked
    ("Zamboni tied CCSVI to MS in 1995", "zamboni-proposed-ccsvi-ms-link", "false"),
    # what a relative clause adds after "false hope" is asserted, not denied
    ("Venoplasty is misguided false hope which could put people in danger",
     "liberation-therapy-serious-complications", "true"),
    # a cause drawn from a true fact is a conclusion it does not support
    ("Many people with MS have narrowed neck veins, so the narrowing must be causing their MS",
     "ccsvi-causes-ms", "misleading"),
    ("Since narrowed neck veins are common in MS patients, they are probably contributing "
     "to the disease", "neck-vein-narrowing-common-in-healthy-people", "misleading"),
    # the evidence named is not a conclusion drawn: "no trial evidence showing it works"
    ("TVAM has no trial evidence showing that it works",
     "clinical-trials-show-liberation-therapy-works", "true"),
    # a judgement given as what the procedure offers or sells
    ("The vein procedure sells false hope to people with MS",
     "liberation-therapy-improves-symptoms", "true"),
    # "nothing short of X" is X
    ("TVAM is nothing short of a cure for MS", "liberation-therapy-cures-ms", "false"),
    # "mainly", "predominantly" say how often, as "only" does
    ("CCSVI is found predominantly in people with multiple sclerosis", "ccsvi-specific-to-ms",
     "false"),
    # where the idea came from is who proposed it, and the place is checked
    ("The CCSVI theory came out of a university in Milan", "zamboni-proposed-ccsvi-ms-link",
     "false"),
    # a claim quoted in a call to stop spreading it is denied
    ("Stop spreading the 'CCSVI causes MS' nonsense", "ccsvi-causes-ms", "true"),
    ("Please quit sharing the \"liberation therapy cures MS\" story",
     "liberation-therapy-cures-ms", "true"),
    # "the doctor behind CCSVI" proposed it (nothing is behind, causes, anything)
    ("The doctor behind CCSVI is a professor at the University of Ferrara",
     "zamboni-ferrara", "true"),
    # "the surgery" in a report on the topic is the procedure
    ("The man behind CCSVI later said the surgery is not safe or effective",
     "liberation-therapy-safe", "true"),
    # narrowing, the neck and MS together name the topic
    ("Studies show the neck narrowing thing is specific to MS", "ccsvi-specific-to-ms",
     "false"),
    # "it is fair to say X" says X; "it isn't unreasonable to say X" too; "it would be
    # unreasonable to claim X" denies it
    ("It is fair to say that CCSVI does not cause MS", "ccsvi-causes-ms", "true"),
    ("It isn't unreasonable to say that liberation therapy is risky",
     "liberation-therapy-serious-complications", "true"),
    ("It would be unreasonable to claim that TVAM cures MS", "liberation-therapy-cures-ms",
     "true"),
    # a claim, then "it's been debunked" or "that's a myth": denied, and a claim already
    # denied stays denied
    ("Liberation therapy cures MS, that's a myth", "liberation-therapy-cures-ms", "true"),
    ("ccsvi doesnt even cause ms its been debunked for ages", "ccsvi-causes-ms", "true"),
    # ... after a stop or "and", also "that was" or "that got" debunked; a claim someone
    # made, then debunked, is their claim denied, not their having made it
    ("Narrow neck veins give you MS?! that got disproven long ago", "ccsvi-causes-ms",
     "true"),
    ("Zamboni claimed that CCSVI causes MS, which has since been disproven",
     "ccsvi-causes-ms", "true"),
    ("TVAM makes MS better, it's a myth that it doesn't",
     "liberation-therapy-improves-symptoms", "false"),
    # (a relative clause is no verdict on what came before it)
    ("People have died after neck vein stents, for a theory that was disproven",
     "deaths-after-ccsvi-procedures", "true"),
    # "... and none of them found a link": the denial has a subject of its own
    ("The MS societies funded seven studies and none found a link",
     "seven-studies-found-no-link", "true"),
    # "the evidence is mixed", drawn from anecdotes, is a conclusion they do not support
    ("Some patients said they felt better after venoplasty, so the evidence is mixed",
     "improvement-reported", "misleading"),
    # a hedged doubt of an unproven claim is what the sources say
    ("Improvements after liberation therapy could have had nothing to do with blood flow",
     "improvement-due-to-better-blood-flow", "true"),
    # a denial in a concession ("even if it doesn't work") leaves the claim as said
    ("TVAM is probably harmless even if it does not work", "liberation-therapy-safe",
     "false"),
    # having no objection to it is to accept it
    ("Neurologists have no objections to liberation therapy",
     "experts-advise-against-liberation-therapy", "false"),
    # "anything but safe" is not safe ("but" there is no contrast)
    ("Liberation therapy is anything but safe", "liberation-therapy-safe", "true"),
    # litotes: "not unheard of", "not uncommon", "not unlikely" assert what they deny
    # the opposite of
    ("Serious complications after liberation therapy are not uncommon",
     "liberation-therapy-serious-complications", "true"),
    ("It is not unheard of for the procedure to cause serious complications",
     "liberation-therapy-serious-complications", "true"),
    ("It is not unlikely that CCSVI causes MS", "ccsvi-linked-to-ms", "false"),
    # ... but "not rare" stays the denial of "rare" that the base words it as
    ("Narrowed neck veins are rare in healthy people",
     "neck-vein-narrowing-common-in-healthy-people", "false"),
    # a vague diagnosis is not a well-defined one
    ("CCSVI is a vague diagnosis", "ccsvi-definition", "true"),
    ("Honestly, CCSVI as a condition is pretty fuzzy", "ccsvi-definition", "true"),
    # a listed harm in other word order: "damage (cranial) nerves" is "nerve damage"
    ("Venoplasty can damage the cranial nerves.", "liberation-therapy-serious-complications",
     "true"),
    ("The liberation procedure damaged nerves in some patients.",
     "liberation-therapy-serious-complications", "true"),
    # the MS societies' advice on CCSVI names neither CCSVI nor the procedure, but no other
    # story pairs the society with a treatment plan, or its treatments with relapses
    ("The MS Society reminded members to keep following their treatment plan.",
     "keep-ms-treatment-plan", "true"),
    ("The MS Society in Britain said the treatments could make relapses worse.",
     "procedure-may-worsen-ms", "true"),
    # an opening "no" before "the" or a pronoun is an answer, not a second denial
    ("NO the balloon thing does NOT cure MS", "liberation-therapy-cures-ms", "true"),
    ("no the vein op doesn't cure MS", "liberation-therapy-cures-ms", "true"),
    ("ok so no the balloon thing doesnt cure MS", "liberation-therapy-cures-ms", "true"),
    # "nope" before a denial agrees with it
    ("FDA said nope never approved venoplasty for MS", "fda-approved-liberation-therapy",
     "true"),
    # denials cancel inside a clause, not across clauses: each clause here denies once
    ("Don't stop your MS drugs, nobody can regrow lost myelin.", "myelin-repair-available",
     "true"),
    # what knocked the theory down, dealt it a blow or laid it to rest showed it not so
    ("Later studies knocked down the idea that CCSVI causes MS.", "ccsvi-theory-disproven",
     "true"),
    ("The Lancet study dealt a serious blow to the CCSVI hypothesis.",
     "ccsvi-theory-disproven", "true"),
    ("The vein theory of MS was laid to rest by the sham-controlled trials.",
     "ccsvi-theory-disproven", "true"),
    # veins that clamped or closed back down narrowed again (restenosis)
    ("The treated neck veins clamped back down after venoplasty.", "restenosis-common",
     "true"),
    # "the numbers don't lie" vouches for what is said, it denies nothing
    ("Narrowed neck veins cause MS and the data does not lie.", "ccsvi-causes-ms", "false"),
    # "the proposed link" is the link that was proposed: its denial is not a denial that
    # anyone proposed it
    ("The proposed CCSVI-MS link has been convincingly disproven.", "ccsvi-linked-to-ms",
     "true"),
    # a road that led nowhere judges the treatment or the theory; "the best option", "a
    # legitimate treatment", "rock solid" praise it
    ("The vein theory turned out to be a dead end.", "ccsvi-causes-ms", "true"),
    ("Venoplasty for MS was a costly detour for patients.",
     "liberation-therapy-improves-symptoms", "true"),
    ("TVAM is the best option for people with MS.", "liberation-therapy-improves-symptoms",
     "false"),
    ("The CCSVI theory is rock solid.", "ccsvi-causes-ms", "false"),
    # the procedure by its everyday names ("the vein op", "jugular ballooning")
    ("The neck vein op is a total scam.", "liberation-therapy-improves-symptoms", "true"),
    ("Jugular ballooning is a waste of money.", "liberation-therapy-improves-symptoms",
     "true"),
    # ... of the story told about the theory too ("the CCSVI saga", "the CCSVI craze")
    ("The CCSVI craze was a cautionary tale of hype outrunning evidence.", "ccsvi-causes-ms",
     "true"),
    # to steer someone away from X is to advise against it; "not unreasonable" is
    # reasonable
    ("Neurologists steer people away from TVAM because it is unproven.",
     "experts-advise-against-liberation-therapy", "true"),
    ("It's not unreasonable to doubt that venoplasty helps MS.",
     "liberation-therapy-improves-symptoms", "true"),
    # "w/o" is without: people without MS are healthy people
    ("Narrowed neck veins turn up in ppl w/o MS as well.",
     "neck-vein-narrowing-common-in-healthy-people", "true"),
    # "MS or not" names both groups, as "with or without MS" does: no denial
    ("CCSVI is rare in everyone, MS or not", "ccsvi-rare-with-and-without-ms", "true"),
    ("Catheter venography found CCSVI in very few people, MS or not.",
     "ccsvi-rare-with-and-without-ms", "true"),
    # "someone who doesn't have MS", "anybody without MS": a person named, not a denial
    ("Narrowed neck veins are not rare in somebody who doesn't have MS.",
     "neck-vein-narrowing-common-in-healthy-people", "true"),
    ("Narrowed neck veins are common in anybody without MS too.",
     "neck-vein-narrowing-common-in-healthy-people", "true"),
    # a share of more than half of people with MS is "most", its figure still checked
    ("About 90% of people with MS have CCSVI.", "most-with-ms-have-ccsvi", "false"),
    ("CCSVI turns up in over 95% of MS patients.", "most-with-ms-have-ccsvi", "false"),
    ("74% of people with MS have narrowed neck veins.",
     "neck-vein-narrowing-common-in-healthy-people", "true"),
    ("More than 90% of MS patients have blocked neck veins.",
     "neck-vein-narrowing-common-in-healthy-people", "false"),
    # what research points (strongly) against, it does not support
    ("Research points strongly against a tie between MS and the neck veins.",
     "ccsvi-linked-to-ms", "true"),
    # what the evidence points away from, it does not support
    ("The data point away from a benefit of liberation therapy.",
     "clinical-trials-show-liberation-therapy-works", "true"),
    # a benefit that is nil is none
    ("The chance that venoplasty helps MS is practically nil.",
     "liberation-therapy-improves-symptoms", "true"),
    # two denials joined by "and" are one denial, not two that cancel
    ("Liberation therapy is unsafe and unproven.", "liberation-therapy-safe", "true"),
    ("CCSVI remains vaguely defined and unproven.", "ccsvi-well-defined", "true"),
    # failing to beat the sham is no win over it, asked or said
    ("Did liberation therapy fail to beat a sham procedure?",
     "venoplasty-no-better-than-sham", "true"),
    # "unlikely", "doubtful", "few", "little" and weak evidence deny what they hedge
    ("CCSVI is unlikely to cause MS.", "ccsvi-causes-ms", "true"),
    ("It is doubtful that liberation therapy cures MS", "liberation-therapy-cures-ms", "true"),
    ("It is unlikely that the FDA approved liberation therapy",
     "fda-approved-liberation-therapy", "true"),
    ("Few neurologists believe CCSVI causes MS.", "ccsvi-causes-ms", "true"),
    ("Little evidence shows that CCSVI causes MS.", "research-proves-ccsvi-causes-ms", "true"),
    ("The evidence for venoplasty remains very weak",
     "clinical-trials-show-liberation-therapy-works", "true"),
    # ... and "a few" are some
    ("A few patients have died after CCSVI stenting.", "deaths-after-ccsvi-procedures", "true"),
    # a warning against those who say a myth says the opposite
    ("Watch out for anyone who tells you liberation therapy is safe.",
     "liberation-therapy-safe", "true"),
    ("Ignore anyone who says CCSVI doesn't cause MS.", "ccsvi-causes-ms", "false"),
    # "I (seriously) doubt X", "I'm skeptical that X" deny X
    ("I seriously doubt liberation therapy is safe.", "liberation-therapy-safe", "true"),
    ("I'm skeptical that CCSVI causes MS.", "ccsvi-causes-ms", "true"),
    # an answer that denies the question before it
    ("CCSVI causes MS? Absolutely not.", "ccsvi-causes-ms", "true"),
    ("Liberation therapy is safe? Hardly.", "liberation-therapy-safe", "true"),
    ("CCSVI causes MS? Not a chance.", "ccsvi-causes-ms", "true"),
    # ... and "No, it does not" is one denial, not two that cancel
    ("Does liberation therapy cure MS? No, it does not.", "liberation-therapy-cures-ms", "true"),
    ("Is TVAM safe? Nope, it isn't.", "liberation-therapy-safe", "true"),
    # ... as is an answer that names who says no, or "the answer is no"
    ("Does liberation therapy work? The trials say no.",
     "liberation-therapy-improves-symptoms", "true"),
    ("Does CCSVI cause MS? The answer is no.", "ccsvi-causes-ms", "true"),
    ("Does CCSVI cause MS? Short answer: no.", "ccsvi-causes-ms", "true"),
    ("Does CCSVI cause MS? Short answer: yes.", "ccsvi-causes-ms", "false"),
    # a fact said not to imply a conclusion denies the conclusion, not the fact
    ("Some people felt better, but that doesn't mean the procedure works.",
     "improvement-reports-prove-it-works", "true"),
    # "beyond (any / a reasonable) doubt" is no doubt: it asserts what follows
    ("Research has proven beyond a reasonable doubt that CCSVI causes MS",
     "research-proves-ccsvi-causes-ms", "false"),
    ("Trials have proven beyond all doubt that venoplasty does not work",
     "clinical-trials-show-liberation-therapy-works", "true"),
    # a regulator's blessing is its approval
    ("The FDA gave venous angioplasty its blessing for MS", "fda-approved-liberation-therapy",
     "false"),
    ("US regulators never gave liberation therapy their blessing",
     "fda-approved-liberation-therapy", "true"),
    # "failed" or "flopped" in the trials: it did not work in them, which is no denial
    # that there were trials of it
    ("Liberation therapy flopped in the sham-controlled trials.",
     "venoplasty-no-better-than-sham", "true"),
    ("Venoplasty didn't fail in the sham-controlled trials.",
     "venoplasty-no-better-than-sham", "false"),
    ("It is not untrue that liberation therapy flopped in its trials",
     "clinical-trials-show-liberation-therapy-works", "true"),
    # other languages
    # IVCC: the French and Spanish acronym of CCSVI
    ("La IVCC provoca esclerosis múltiple.", "ccsvi-causes-ms", "false"),
    ("La terapia de liberación cura la esclerosis múltiple", "liberation-therapy-cures-ms",
     "false"),
    ("La CCSVI non causa la sclerosi multipla", "ccsvi-causes-ms", "true"),
    # (the eighteenth session) Zamboni's results said to be repeated elsewhere, without
    # the word "CCSVI"
    ("Teams elsewhere reproduced what Zamboni saw in 2008", "zamboni-findings-confirmed",
     "false"),
    ("Zamboni's results held up when other groups checked them independently",
     "zamboni-findings-confirmed", "false"),
    ("Nobody managed to reproduce Zamboni's results", "zamboni-findings-confirmed", "true"),
    # how many have CCSVI, or narrowed veins
    ("Almost everyone with MS has CCSVI.", "most-with-ms-have-ccsvi", "false"),
    ("Everybody with MS has blocked jugulars", "everyone-with-ms-has-ccsvi", "false"),
    # the seed: no amount of cerebrospinal venous flow is established as normal
    ("Doctors have no agreed normal level for cerebrospinal venous flow",
     "ccsvi-well-defined", "true"),
    ("Medicine has settled on a normal level of cerebrospinal venous flow",
     "ccsvi-well-defined", "false"),
    # the size of a sham-controlled trial is no claim that it backed the procedure
    ("The Canadian sham-controlled venoplasty study randomised roughly a hundred patients",
     "canadian-trial-design", "true"),
    # a harm named is still rated by the harm claims
    ("Venous angioplasty can leave you with a blood clot",
     "liberation-therapy-serious-complications", "true"),
    ("Some patients died after the CCSVI procedure", "deaths-after-ccsvi-procedures", "true"),
    # slashing is reducing (once read as the relapses the procedure may bring)
    ("The balloon procedure slashes how often MS flares up",
     "liberation-therapy-reduces-relapses", "false"),
    # low venous flow said to harm or to come on in adult life: the seed's "believed to be
    # present from birth and harmless", denied (a denial or MS named leaves it to the rest)
    ("Sluggish outflow from the skull is a serious illness",
     "low-venous-flow-congenital-and-harmless", "false"),
    ("Below-average venous outflow is a problem most people acquire as they get older",
     "low-venous-flow-congenital-and-harmless", "false"),
    ("Is weak venous outflow from the skull bad for your health?",
     "low-venous-flow-congenital-and-harmless", "false"),
    ("Slow venous outflow from the skull is usually harmless",
     "low-venous-flow-congenital-and-harmless", "true"),
    ("Poor venous outflow is not a health problem",
     "low-venous-flow-congenital-and-harmless", "true"),
    # a theory said to have collapsed or not survived testing was disproven: true; said
    # never to have collapsed, the myth that it stands
    ("The neck vein hypothesis crumbled under careful testing",
     "ccsvi-theory-disproven", "true"),
    ("The drainage explanation of MS did not survive the blinded studies",
     "ccsvi-theory-disproven", "true"),
    ("The CCSVI theory never collapsed",
     "ccsvi-theory-disproven", "false"),
    # the studies' results put down to the imaging (the reason the researchers
    # suggested: true), or that denied; another cause named is left alone
    ("The CCSVI findings were all over the place because sonographers were trained "
     "differently",
     "imaging-differences-explain-conflicting-results", "true"),
    ("Ultrasound technique had no role in the inconsistent CCSVI results",
     "imaging-differences-explain-conflicting-results", "false"),
    ("Maybe the CCSVI results differed from centre to centre because the scans were read "
     "differently",
     "imaging-differences-explain-conflicting-results", "true"),
    ("Scanning technique had nothing to do with the clashing CCSVI findings",
     "imaging-differences-explain-conflicting-results", "false"),
    # Zamboni's first study looked at the veins by Doppler ultrasound: another method
    # named for it is a wrong detail
    ("Zamboni's first study examined the veins with X-rays.",
     "zamboni-reported-abnormal-flow-in-ms", "false"),
    ("Zamboni's first study examined the veins through blood tests.",
     "zamboni-reported-abnormal-flow-in-ms", "false"),
    ("Zamboni's first study examined the veins with Doppler ultrasound.",
     "zamboni-reported-abnormal-flow-in-ms", "true"),
    # a claim the harm gate sets aside leaves the statement to the next claim whose words
    # match, when the statement denies nothing ...
    ("Getting your neck veins ballooned is a sure fix for MS", "liberation-therapy-cures-ms",
     "false"),
    ("Zamboni's Brave Dreams trial was held in Spain", "zamboni-trial-found-no-benefit",
     "false"),
    # ... and a trial that "came up / came back negative" found nothing
    ("The Brave Dreams trial came up negative.", "zamboni-trial-found-no-benefit",
     "true"),
    ("Did the Brave Dreams study come back negative?", "zamboni-trial-proved-treatment-works",
     "true"),
    # treated veins narrowing again, in everyday words or denied
    ("The jugulars narrow straight back after venoplasty in plenty of patients",
     "restenosis-common", "true"),
    ("Restenosis was never a problem after the vein op", "restenosis-rare", "false"),
    ("Ballooned jugulars stay open for good", "restenosis-rare", "false"),
    # what Zamboni found, said without "his study": his two groups alike is false (he
    # reported abnormal flow in the MS group only) ...
    ("Zamboni reported equally common abnormal drainage in MS patients and healthy people",
     "zamboni-reported-abnormal-flow-in-ms", "false"),
    # ... and low flow weighed against "having" normal flow
    ("Reduced venous outflow is more dangerous than having normal outflow",
     "low-venous-flow-congenital-and-harmless", "false"),
    # the Canadian trial by its other names ("the 2017 trial" the MS Society cites): a
    # wrong count of it is false, the right one true
    ("The 2017 trial the MS Society describes enrolled about 3,000 people with MS",
     "canadian-trial-no-symptom-benefit", "false"),
    ("The 2017 trial the MS Society describes enrolled about 100 people with MS",
     "canadian-trial-design", "true"),
    # the studies' differing results, said with "differences", "differed", "varied" or
    # "mixed results", put down to the scans: the imaging claim
    ("Perhaps the studies differed because the scans were read in different ways",
     "imaging-differences-explain-conflicting-results", "true"),
    ("The mixed results probably came down to how each centre did its ultrasound",
     "imaging-differences-explain-conflicting-results", "true"),
    ("The differences between the research teams came from how their scans were done",
     "imaging-differences-explain-conflicting-results", "true"),
    # what CCSVI is and what brings it on, said to be known: the claim that it is well
    # defined (the seed: its exact cause and definition are not established)
    ("Experts know exactly what CCSVI is and what causes it", "ccsvi-well-defined",
     "false"),
    # noisy posts: an equals sign beside MS says "causes"; chat fillers ("my guy", "trust
    # me") are no words of a claim
    ("veins squeezed = MS, plain science", "ccsvi-causes-ms", "false"),
    ("the neck vein = MS thing was debunked ngl", "ccsvi-theory-disproven", "true"),
    ("tvam = risky and it does not work", "liberation-therapy-serious-complications",
     "true"),
    # a trial of the procedure said in everyday words to have come to nothing ("came back
    # empty-handed", "a total flop", "found zilch"): the trial found it did not work
    ("Word is Zamboni's own study came back empty-handed.", "zamboni-trial-found-no-benefit",
     "true"),
    ("The PREMiSe trial was a total flop for angioplasty.", "premise-trial-no-benefit",
     "true"),
    ("I hear the Canadian venoplasty trial found zilch.",
     "canadian-trial-showed-venoplasty-works", "true"),
    ("It's not true that the Brave Dreams trial flopped.", "zamboni-trial-found-no-benefit",
     "false"),
    # every one treated said to have improved: more than the reports (some did) say, and
    # what the sham-controlled trials refute; what every one who felt better had is
    # unproven
    ("Every single patient who had TVAM got better.",
     "liberation-therapy-improves-symptoms", "false"),
    ("All the patients who felt better following TVAM showed wider veins on scans.",
     "improvement-due-to-better-blood-flow", "unproven"),
    # treated veins that "close back up", "clamp back down" or "squish back narrow" have
    # narrowed again (restenosis); denied, they have not
    ("After venoplasty the neck veins often clamp right back down.", "restenosis-common",
     "true"),
    ("Ballooned jugulars just close back up after a few months.", "restenosis-common",
     "true"),
    # what the studies the two societies paid for found, said of them, is rated, not that
    # they were paid for; "0 backed it" is a count of none
    ("The seven studies the MS charities funded all proved CCSVI causes MS.",
     "seven-studies-found-no-link", "false"),
    ("seven society-funded studies, 0 backed the link", "seven-studies-found-no-link",
     "true"),
    # the seed: the link "was initially a matter of debate" and has since been disproven;
    # a theory said never to have been debated is not that one
    ("Nobody debated the CCSVI theory at first.", "ccsvi-theory-disproven", "false"),
    ("The CCSVI theory was debated by doctors at first.", "ccsvi-theory-disproven", "true"),
    # a detail of the one trial a statement names, judged by a claim on that trial even
    # when the wrong figure keeps its words apart ("38.8%" for 3.88%); a share as a figure
    # counts
    ("CCSVI showed up in 38.8% of MS patients in the Barreto study.",
     "barreto-ccsvi-less-common-in-ms", "false"),
    ("Brave Dreams judged its main results after eight years.", "brave-dreams-trial-design",
     "false"),
    ("Brave Dreams took place in France.", "brave-dreams-trial-design", "false"),
    # the seed: no agreed normal level of venous drainage (said without the topic's names,
    # but with "agreed" or "counts as normal": blood flow *to* the brain after a stroke is
    # another matter)
    ("No one ever agreed on a normal amount of blood to drain from the brain.",
     "ccsvi-well-defined", "true"),
    # the procedure said to do better than no treatment at all: a benefit no trial found
    ("Opening the jugular veins helps patients far more than doing nothing at all.",
     "liberation-therapy-improves-symptoms", "false"),
    ("Those who underwent venoplasty fared far better than patients who went without it.",
     "liberation-therapy-improves-symptoms", "false"),
    # a nationality before whoever put the theory forward is a place (Ferrara, Italy)
    ("It was a German surgeon who proposed the CCSVI theory.",
     "zamboni-proposed-ccsvi-ms-link", "false"),
    ("The CCSVI theory was proposed by a Polish doctor.", "zamboni-proposed-ccsvi-ms-link",
     "false"),
    ("It was an Italian surgeon who proposed the CCSVI theory.",
     "zamboni-proposed-ccsvi-ms-link", "true"),
    # a charge that the claim is hidden, tacked on, denies nothing of it ("... and the
    # doctors won't tell anyone"); a claim on a hidden cure still rates what it fits
    ("CCSVI is behind MS and the doctors won't tell anyone!!!", "ccsvi-causes-ms", "false"),
    ("TVAM CURES MS AND BIG PHARMA WONT ADMIT IT", "liberation-therapy-miracle-cure-hidden",
     "false"),
    # the procedure put ahead of staying on MS drugs: a wiser or better bet says it is
    # the better choice (false); safer or less risky compares a safety no study compared
    # (unproven); put ahead of keeping to one's treatment plan, it goes against the FDA's
    # advice to keep to it (false)
    ("TVAM is a less risky route than staying on your usual treatment plan",
     "keep-ms-treatment-plan", "false"),
    ("Having TVAM is a wiser move than staying on your regular MS drugs.",
     "liberation-therapy-better-than-ms-drugs", "false"),
    ("Getting the jugulars ballooned is a smarter choice than continuing your MS drugs.",
     "liberation-therapy-better-than-ms-drugs", "false"),
    ("The balloon procedure is less risky than continuing your prescribed DMTs.",
     "liberation-therapy-safer-than-ms-drugs", "unproven"),
    # the veins said to count for more in MS than anything else: the claim that CCSVI
    # causes MS; denied, true
    ("Pinched jugular veins are the single biggest trigger of MS.", "ccsvi-causes-ms",
     "false"),
    ("Blocked jugulars matter more for MS than anything the immune system does.",
     "ccsvi-causes-ms", "false"),
    ("Narrowed neck veins are not the main cause of MS.", "ccsvi-causes-ms", "true"),
    # Zamboni's groups the other way round: the group without MS the only one with odd flow
    ("Zamboni's 2009 paper found poor drainage only among the healthy volunteers",
     "zamboni-reported-abnormal-flow-in-ms", "false"),
    ("his first study? odd outflow only in the controls, per Zamboni himself",
     "zamboni-reported-abnormal-flow-in-ms", "false"),
    # ... denied: what he reported
    ("It's a myth that Zamboni saw abnormal outflow only in his healthy group",
     "zamboni-reported-abnormal-flow-in-ms", "true"),
    # the group without MS with the same odd flow
    ("Zamboni noted faulty drainage in the group without MS too",
     "zamboni-reported-abnormal-flow-in-ms", "false"),
    # later work said to have borne Zamboni out: his findings confirmed (false)
    ("Subsequent, bigger research agreed with Zamboni's early data",
     "zamboni-findings-confirmed", "false"),
    ("Each of the newer investigations ended up supporting Zamboni's observations",
     "zamboni-findings-confirmed", "false"),
    ("Zamboni's results have been replicated by every team that looked",
     "zamboni-findings-confirmed", "false"),
    # ... or not (true)
    ("Independent labs tried without success to verify Zamboni's findings",
     "zamboni-findings-confirmed", "true"),
    # the theory said to have been taken up at once: it was debated at first (the seed)
    ("Nobody in medicine ever argued about it: the vein theory was embraced at once",
     "ccsvi-theory-debated-at-first", "false"),
    ("Zamboni's idea was never disputed by neurologists",
     "ccsvi-theory-debated-at-first", "false"),
    # debated, then disproven: both true
    ("Neurologists argued about the CCSVI hypothesis for a while, and it was later "
     "debunked", "ccsvi-theory-disproven", "true"),
    # Zamboni said to have turned against his own operation: what his trial concluded
    ("In the end Zamboni even renounced his own vein procedure",
     "zamboni-trial-found-no-benefit", "true"),
    ("Dr Zamboni eventually came out against the operation",
     "zamboni-trial-found-no-benefit", "true"),
    # denied: he is said to back it still
    ("It is a myth that Zamboni walked back his surgery",
     "zamboni-trial-proved-treatment-works", "false"),
    # low outflow said to be inborn (and harmless): the seed's claim
    ("Weak venous outflow from the skull is, in all likelihood, inborn",
     "low-venous-flow-congenital-and-harmless", "true"),
    ("Reduced venous outflow from the head is congenital and won't harm anyone",
     "low-venous-flow-congenital-and-harmless", "true"),
    # the improvement after the operation put down to a placebo: unproven
    ("I'd say whoever felt better after the neck op was simply feeling a placebo",
     "improvement-was-placebo", "unproven"),
    ("Perhaps the gains after the vein procedure came from placebo alone",
     "improvement-was-placebo", "unproven"),
    # no study said to have seen more relapses after the procedure: PREMiSe's treated arm
    # had more (4 against 1)
    ("Not one trial of venoplasty showed higher relapse counts afterwards",
     "procedure-may-worsen-ms", "false"),
    ("MS flare-ups never increased after the balloon procedure in any study",
     "procedure-may-worsen-ms", "false"),
    # MS said to go with worse drainage than in everyone else: the theory's claim, which
    # the blinded studies did not bear out
    ("MS sufferers drain blood out of the brain far more sluggishly than other people",
     "reduced-venous-outflow-in-ms", "false"),
    ("Venous outflow is a lot weaker for MS sufferers than for healthy adults",
     "reduced-venous-outflow-in-ms", "false"),
    # some study said to have seen relapses rise after the procedure: PREMiSe's warning
    ("In one of the balloon trials, relapse counts climbed instead of falling",
     "procedure-may-worsen-ms", "true"),
    ("Flare-ups rose rather than fell in certain studies of venoplasty",
     "procedure-may-worsen-ms", "true"),
    # "the FDA says no to it": the idiom refuses the procedure (no approval), it denies no
    # warning
    ("US regulators told a flat no to venoplasty for MS",
     "fda-approved-liberation-therapy", "true"),
    ("the fda said nope to the vein op!! not approved. end of story",
     "fda-approved-liberation-therapy", "true"),
    # ... denied: it is said to have approved it
    ("It is wrong that the FDA said no to liberation therapy",
     "fda-approved-liberation-therapy", "false"),
    # that MS has real treatments (the seed; the remyelination review): its denial, the
    # reason given for trying the procedure, is the myth
    ("Sadly MS has no real treatment options at all", "ms-has-treatment-options", "false"),
    ("Nobody can say MS lacks meaningful treatments", "ms-has-treatment-options", "true"),
    ("Today MS has real, meaningful treatments, and the neck procedure is not among them",
     "ms-has-treatment-options", "true"),
    # the improvement some reported put down to a placebo effect: plausible, not shown
    ("Whoever perked up after the vein op was most likely feeling a placebo effect",
     "improvement-was-placebo", "unproven"),
    ("Could be that anyone who felt better after TVAM just had a placebo response",
     "improvement-was-placebo", "unproven"),
    # a benefit myth met on the trial's name alone, the one denial on a word its wording
    # does not hold: the claim that the trial found no benefit rates it
    ("In Zamboni's Brave Dreams study, the vein ballooning did not reduce how many new "
     "lesions appeared", "zamboni-trial-found-no-benefit", "true"),
    # Zamboni by his country or his city ("an Italian surgeon", "the Ferrara researcher")
    ("It was an Italian surgeon who first proposed that CCSVI might underlie MS",
     "zamboni-proposed-ccsvi-ms-link", "true"),
    ("An Italian professor working in Milan proposed CCSVI",
     "zamboni-proposed-ccsvi-ms-link", "false"),
    ("The Ferrara researcher behind CCSVI later ran a trial that found no benefit",
     "zamboni-trial-found-no-benefit", "true"),
    # Zamboni said never to have called his operation ineffective: his own trial found it
    # did not work
    ("Dr Zamboni has not once stated that his procedure doesn't work",
     "zamboni-trial-found-no-benefit", "false"),
    # Zamboni's first paper as the setting of a report, and the other side of his groups
    # ("the ones without MS") denied in a clause of its own: what he reported
    ("In Zamboni's original study, the MS patients drained abnormally and the ones without "
     "MS did not", "zamboni-reported-abnormal-flow-in-ms", "true"),
    ("In his first paper, he claimed that liberation therapy cures MS",
     "liberation-therapy-cures-ms", "unknown"),
    # ... but what he is said to have proved is asserted
    ("In his first study, Zamboni proved that blocked jugulars cause MS",
     "ccsvi-theory-disproven", "false"),
    # the groups said to be alike in other words ("the same proportion", "about as many
    # ... as", "equally across"): CCSVI as rare in one as in the other; narrowed veins
    # alike in every group are the narrowing common in all, a claim of its own
    ("The blinded venography study found CCSVI in about the same proportion of patients, "
     "their siblings and unrelated volunteers", "ccsvi-rare-with-and-without-ms", "true"),
    ("Blinded scans turned up CCSVI in roughly as many healthy volunteers as MS patients",
     "ccsvi-rare-with-and-without-ms", "true"),
    ("Narrowed jugulars are just as common in healthy adults as in MS patients",
     "neck-vein-narrowing-common-in-healthy-people", "true"),
    # a claim that turns on a year (the seven studies done in 2010) rates only a
    # statement that names one: without it, the studies were paid for and done
    ("The two MS societies finished seven CCSVI studies",
     "ms-societies-funded-seven-studies", "true"),
    ("The MS Societies wrapped up their seven CCSVI projects in 2010",
     "seven-studies-completed-in-2010", "false"),
    # a person said never to have made the link denies Zamboni's proposal, not a finding
    ("Nobody ever tied CCSVI to MS", "zamboni-proposed-ccsvi-ms-link", "false"),
    ("It is false that no one ever connected CCSVI with MS",
     "zamboni-proposed-ccsvi-ms-link", "true"),
    # ... but in a study it is what was found
    ("No one has ever linked CCSVI to MS in a blinded study", "ccsvi-linked-to-ms", "true"),
    # the veins opened, "and the MS goes away": the procedure promised as a cure, also
    # when the opening is the means ("by widening the jugulars")
    ("Balloon the jugulars and MS symptoms melt away", "liberation-therapy-cures-ms", "false"),
    ("Let the blood flow out by widening the jugulars, then your MS just vanishes",
     "liberation-therapy-cures-ms", "false"),
    # ... said by someone, a report
    ("My neighbour says widen the jugulars and MS just disappears",
     "liberation-therapy-cures-ms", "unknown"),
    # "hardly any risk" says it is safe: the word denies only the risk
    ("Venoplasty is a safe operation with barely any risk", "liberation-therapy-safe", "false"),
    ("It is wrong to say venoplasty is safe with hardly any risk",
     "liberation-therapy-safe", "true"),
    # Zamboni (or the Italian surgeon, the Ferrara researcher) said to have tied CCSVI to
    # MS made the proposal; said never to have, denies it
    ("The Ferrara surgeon was the man who first connected MS with blocked neck veins",
     "zamboni-proposed-ccsvi-ms-link", "true"),
    ("Zamboni did not tie blocked jugulars to MS", "zamboni-proposed-ccsvi-ms-link",
     "false"),
    ("It is false that Zamboni never connected CCSVI with MS",
     "zamboni-proposed-ccsvi-ms-link", "true"),
    # Zamboni said today to hold that his operation works: his own trial found it did not
    ("Dr Zamboni now states that his jugular procedure is both fine and beneficial",
     "zamboni-trial-proved-treatment-works", "false"),
    # ... what he said before it is a report of its time
    ("Back then Zamboni claimed the procedure was effective",
     "liberation-therapy-improves-symptoms", "unknown"),
    # a benefit against the untreated ("than people who don't") is the claim's benefit,
    # and the elliptical "don't" denies nothing
    ("People who get their jugulars ballooned have fewer MS attacks than people who don't",
     "liberation-therapy-reduces-relapses", "false"),
    # the seed's "vaguely defined" and its kin deny that CCSVI is clearly defined, in
    # their own clause; denied ("isn't vague"), they assert it
    ("CCSVI as an idea is ill-defined", "ccsvi-well-defined", "true"),
    ("It isn't unfair to say CCSVI is poorly defined", "ccsvi-well-defined", "true"),
    ("CCSVI is not vague; doctors agree exactly what it is", "ccsvi-well-defined", "false"),
    ("Nobody knows what causes CCSVI and it is loosely defined", "ccsvi-well-defined",
     "true"),
    # the procedure set beside an ultrasound or a blood draw is called safe
    ("Venoplasty is no more dangerous than getting an ultrasound", "liberation-therapy-safe",
     "false"),
    ("TVAM is about as safe as having some blood taken", "liberation-therapy-safe", "false"),
    ("Venoplasty is not as safe as a simple blood test", "liberation-therapy-safe", "true"),
    # ... and so is the procedure set beside no treatment at all
    ("TVAM is about as risky as doing nothing", "liberation-therapy-safe", "false"),
    # Zamboni said to hold to the procedure today, the "today" first or last, or named as
    # the man behind the idea: against his own trial (false)
    ("Even today Zamboni stands behind his operation", "zamboni-trial-proved-treatment-works",
     "false"),
    ("The doctor behind the vein idea still swears by the procedure",
     "zamboni-trial-proved-treatment-works", "false"),
    # Zamboni's idea, by any of its names, praised as a discovery or an advance: the
    # theory asserted (it had read as the true report that he proposed it)
    ("Zamboni's vein theory was a landmark medical discovery", "ccsvi-causes-ms", "false"),
    ("Zamboni's neck-vein idea is the biggest scientific advance in MS", "ccsvi-causes-ms",
     "false"),
    # the procedure called legit, or evidence-based medicine: praise (it works, false)
    ("Venoplasty is totally legit", "liberation-therapy-improves-symptoms", "false"),
    # ... and called a myth, a judgement against it, as a hoax is
    ("Venoplasty for MS is a medical myth", "liberation-therapy-improves-symptoms", "true"),
    # "the CCSVI cure" names the procedure (sold as a cure): called a risk, it is one
    # (it had been read as the cure claimed, false)
    ("Going after the CCSVI cure is a risky gamble", "liberation-therapy-serious-complications",
     "true"),
    # the procedure said to go nowhere near the veins, or to be a pill: its description,
    # denied (false)
    ("TVAM never involves threading a device into a vein", "liberation-therapy-description",
     "false"),
    ("Venoplasty is taken as a pill", "liberation-therapy-description", "false"),
    # the procedure named by what it does, as the subject ("using balloons to widen the
    # veins ... fails to help"): rated as the procedure; "so that" there is a purpose,
    # no conclusion drawn
    ("Using balloons to widen the neck veins cures MS.", "liberation-therapy-cures-ms",
     "false"),
    # "healthy siblings" are the other side of a comparison, as "siblings" are
    ("CCSVI is found no more often among MS patients than among their healthy siblings.",
     "ccsvi-linked-to-ms", "true"),
    # the societies' studies counted wrong in words ("two societies" would be right, "two
    # studies" is not)
    ("Both North American MS societies together funded just two CCSVI studies in all.",
     "ms-societies-funded-seven-studies", "false"),
    # the procedure's risks played down ("negligible", "trivial", "mostly minor"): it is
    # said to be safe (false; it had read as the claim that it is dangerous, true)
    ("TVAM's side effects are basically negligible.", "liberation-therapy-safe", "false"),
    ("The worst outcome of venoplasty would be some mild soreness.", "liberation-therapy-safe",
     "false"),
    # no benefit said as "won't do a thing for anyone with MS": true
    ("Stretching the neck veins will not do a thing for anyone with MS.",
     "liberation-therapy-improves-symptoms", "true"),
    # treated veins kept open in most, or all: restenosis said to be rare (false); "not
    # every" vein kept open, restenosis said (true)
    ("In most patients the treated veins stayed open after venoplasty.", "restenosis-rare",
     "false"),
    ("Not every vein stayed open after the balloon procedure.", "restenosis-common", "true"),
    # "re-stenosis" is restenosis; in "a tiny fraction" of patients it is rare (false)
    ("Re-stenosis is common after venoplasty.", "restenosis-common", "true"),
    ("A tiny fraction of treated patients saw their neck veins narrow again after "
     "angioplasty.", "restenosis-rare", "false"),
    ("Using balloons to enlarge veins so that more blood drains does not help MS patients.",
     "liberation-therapy-improves-symptoms", "true"),
    # "it isn't the case that X" is "it is not true that X": a denial of X as the rules
    # read X (two denials here assert what is denied inside)
    ("It isn't the case that balloon venoplasty could not beat the sham",
     "venoplasty-no-better-than-sham", "false"),
    ("It was not the case that Paolo Zamboni never ran his own randomized trial of the surgery",
     "zamboni-trial-found-no-benefit", "true"),
    # a multiple of the MS side ("twice as much narrowing", "double the rate of") says
    # CCSVI is commoner with MS
    ("MS patients had twice as much jugular narrowing as unrelated adults",
     "ccsvi-linked-to-ms", "false"),
    ("In people with MS, CCSVI turned up at double the rate of their siblings",
     "ccsvi-linked-to-ms", "false"),
    # the evidence said to point away from the link, or to have grown against the theory
    ("The evidence now points clearly away from a CCSVI connection to MS",
     "ccsvi-linked-to-ms", "true"),
    ("The evidence against the neck vein theory keeps getting stronger over time",
     "ccsvi-causes-ms", "true"),
    # the theory named by the neck's veins ("the neck-vein theory says X") describes the
    # theory's claim: a true report
    ("The neck-vein theory says blood pooling in the head triggers MS",
     "venous-reflux-causes-inflammation", "true"),
    # the theory's backers, named by the theory, report its claim
    ("The theory's backers claim that narrowed jugular veins let blood pool in the brain",
     "venous-reflux-causes-inflammation", "true"),
    # "wider than before" sets a thing beside itself in time: no comparison the claim
    # lacks
    ("Once ballooned, the jugulars keep open for good, wider than they were",
     "restenosis-rare", "false"),
    # MS said to be sorted out, fixed or got rid of for good by the procedure: a cure
    ("A stent in the jugular sorts out MS once and for all", "liberation-therapy-cures-ms",
     "false"),
    ("My friend says ballooning the jugulars fixes MS for good",
     "liberation-therapy-cures-ms", "unknown"),
    # the procedure called worth trying or the sensible next step is recommended, which
    # doctors advise against ("even so" concedes, it draws no conclusion)
    ("When MS drugs stop helping, venoplasty is the natural next move",
     "experts-advise-against-liberation-therapy", "false"),
    ("Even so, venoplasty is the smart choice for people with MS",
     "experts-advise-against-liberation-therapy", "false"),
    # a benefit compared between kinds of MS or of patient presumes one no trial showed
    ("Venoplasty does more for women with MS than for men",
     "liberation-therapy-improves-symptoms", "unproven"),
    ("Kids with MS respond better to TVAM than adults do",
     "liberation-therapy-improves-symptoms", "unproven"),
    # ... against a sham it is the trials' finding denied
    ("Venoplasty helps people with relapsing disease more than a sham",
     "venoplasty-no-better-than-sham", "false"),
    # "never ... a single" is none at all, not "only one"
    ("TVAM has never seen a single death linked to it", "deaths-after-ccsvi-procedures",
     "false"),
    # the consumer article the base is built from, said to assert a myth: misquoted
    ("Healthline says the liberation procedure cures MS", "liberation-therapy-cures-ms",
     "false"),
    # ... what it does say is a true report
    ("Healthline says the US regulator warned people about venoplasty",
     "fda-warned-about-procedure", "true"),
    # the siblings stand for the other side of a comparison with people with MS
    ("Narrowed neck veins are just as common in the siblings",
     "neck-vein-narrowing-common-in-healthy-people", "true"),
    # no edge over a sham, said as a comparison denied: the arms alike
    ("Next to a dummy procedure, venoplasty showed no real gain in walking",
     "venoplasty-no-better-than-sham", "true"),
    ("Ballooned jugulars didn't outperform the placebo arm in Canada",
     "venoplasty-no-better-than-sham", "true"),
    # shown (or proven) "to be wrong" is disproven, as "shown wrong" is; the theory granted
    # something, "but it" then judged, is judged (both had been called false)
    ("Zamboni's idea has been proven to be mistaken.", "ccsvi-theory-disproven", "true"),
    ("The vein theory sounded clever, but it turned out to be nonsense.", "ccsvi-causes-ms",
     "true"),
    # doctors or a body said to advise people to have the procedure: the advice against it,
    # denied (it had read as that advice, true)
    ("Neurologists now urge patients with MS to undergo TVAM.",
     "experts-advise-against-liberation-therapy", "false"),
    # the FDA said to have given it its approval (a blessing, the go-ahead): approved, said
    ("The FDA gave TVAM a thumbs up.",
     "fda-approved-liberation-therapy", "false"),
    # to rule against it is to advise against it; never to have done so denies NICE's
    # advice (it had read as a denial that NICE approved it, true)
    ("NICE never ruled against venous angioplasty for MS.",
     "nice-says-venoplasty-should-not-be-used", "false"),
    # "three times as well as the sham" is a multiple: better than it (false)
    ("TVAM worked three times as well as the sham operation.",
     "venoplasty-no-better-than-sham", "false"),
    # later work said to have contradicted or overturned Zamboni's findings did not bear
    # them out (true; "contradicted" had read as the claim that they were confirmed)
    ("Later studies contradicted Zamboni's data", "zamboni-findings-confirmed", "true"),
    ("Later research overturned Zamboni's results", "zamboni-findings-confirmed", "true"),
    ("Subsequent studies cast doubt on Zamboni's original results.",
     "zamboni-findings-confirmed", "true"),
    # the studies since Zamboni's, said to have backed him: his findings confirmed (false)
    ("Every trial since Zamboni's work has confirmed the vein link to MS.",
     "zamboni-findings-confirmed", "false"),
    # ... and said never to have been questioned: confirmed, said (false)
    ("No one has seriously questioned Zamboni's results.", "zamboni-findings-confirmed",
     "false"),
    # doctors said to discourage the procedure, by any of its names: what they do (it had
    # been called false when the name was not a wording's)
    ("Doctors discourage the neck vein operation", "experts-advise-against-liberation-therapy",
     "true"),
    ("Health bodies steer patients well away from the neck vein surgery",
     "experts-advise-against-liberation-therapy", "true"),
    # the idea that X said in words, then said to have fallen apart: X is not so
    ("The belief that narrowed jugulars give people MS drew crowds but collapsed once tested",
     "ccsvi-causes-ms", "true"),
    # advice drawn from a harm ("don't do it") denies nothing of the harm
    ("TVAM has led to deaths, don't do it", "deaths-after-ccsvi-procedures",
     "true"),
    # what the FDA asks of a study of the procedure, said or denied in any words (a
    # denial of a need had read as "stop", and a need denied as the need)
    ("Venoplasty studies in America need no special sign-off from regulators",
     "fda-restricted-liberation-therapy", "false"),
    ("Researchers may test the balloon devices on CCSVI without any FDA exemption",
     "fda-restricted-liberation-therapy", "false"),
    ("No US study of TVAM can go ahead without the FDA's permission",
     "fda-restricted-liberation-therapy", "true"),
    ("Testing the liberation procedure in America requires an exemption from the FDA",
     "fda-restricted-liberation-therapy", "true"),
    # a figure or a term set aside for another is not said: the other one is ("in 2012,
    # not 2008" had been read as naming the right year; "biopsies, not ultrasound" as a
    # denial only)
    ("Zamboni proposed his vein idea in 2012, not 2008",
     "zamboni-proposed-ccsvi-ms-link", "false"),
    ("Zamboni floated the CCSVI theory in 2008 rather than 2012",
     "zamboni-proposed-ccsvi-ms-link", "true"),
    ("Zamboni's team used spinal taps, not ultrasound, to compare their groups",
     "zamboni-reported-abnormal-flow-in-ms", "false"),
    # a harm doubted is denied ("without a doubt" asserts it)
    ("I doubt TVAM can cause strokes", "liberation-therapy-serious-complications", "false"),
    ("I have my doubts that venoplasty causes clots",
     "liberation-therapy-serious-complications", "false"),
    ("Without a doubt the procedure can cause clots",
     "liberation-therapy-serious-complications", "true"),
    # a myth foretold, placed by the thing foretold read alone, or a fact foretold to be
    # overturned: speculation (unproven), no longer unknown
    ("Possibly the neck vein idea will be shown correct one day", "ccsvi-theory-disproven",
     "unproven"),
    # an unproven claim said, in one's own voice and unhedged, to have been shown is false
    ("Serious complications after liberation therapy have been shown to be rare.",
     "complications-rare", "false"),
    ("MRI scans proved that venoplasty patients improved thanks to better drainage.",
     "improvement-due-to-better-blood-flow", "false"),
    # ... hedged, or said without a proof, it stays unproven
    ("I think the improvement after TVAM may come from better blood flow.",
     "improvement-due-to-better-blood-flow", "unproven"),
]


@pytest.mark.parametrize("text", [
    # a year in one's own story is no detail of a study, and one person's result does not
    # deny that some people reported feeling better
    "I had TVAM in 2011 and my MS got worse.",
    "My sister had the liberation procedure and it did not help her at all.",
])
def test_one_persons_story_is_not_called_false(checker, text):
    assert checker.check(text).verdict != "false"


@pytest.mark.parametrize("text", [
    # the procedure kept to research is the FDA's restriction, not trials that support it
    "Liberation therapy should only be done in clinical trials.",
    "Venoplasty should only be performed as part of research.",
])
def test_kept_to_research_is_no_evidence_from_trials(checker, text):
    r = checker.check(text)
    assert r.verdict != "false"
    assert r.claim is None or r.claim.id != "clinical-trials-show-liberation-therapy-works"


@pytest.mark.parametrize("text", [
    # a belief once held, or a treatment once hailed, is a report: not called false
    "Scientists once believed CCSVI caused MS.",
    "Venoplasty was once touted as a cure for MS.",
    "I used to think liberation therapy cured MS until I read the trials.",
])
def test_a_belief_once_held_is_not_called_false(checker, text):
    assert checker.check(text).verdict == "unknown"


@pytest.mark.parametrize("text,claim_id,verdict", CASES)
def test_verdict(checker, text, claim_id, verdict):
    r = checker.check(text)
    assert (r.claim.id if r.claim else None, r.verdict) == (claim_id, verdict)
    assert r.sources, "every verdict points at its sources"


@pytest.mark.parametrize("text", [
    "ccsvi-check",                                   # the topic word alone
    "CCSVI",
    "Restenosis is common after coronary stenting",  # restenosis, but not of a vein
    "Coronary angioplasty is safe",
    "Varicose vein surgery is safe",
    "Vitamin D deficiency is linked to MS",
    "The liberation of Paris improved morale across France",  # liberation, not therapy
    "My neck narrowing from arthritis is getting worse",  # a narrowed neck, without MS
    "The MS Society funds research into new treatments.",  # the society, not the story
    # the topic named only as what is talked or asked about (near a myth in meaning)
    "Someone at my MS support group brought up CCSVI yesterday.",
    "I'm writing an article about CCSVI for the health section.",
    "I read about CCSVI on a health forum last night.",
    # ... or as a topic of talk, or in a title quoted
    "Liberation therapy is a hot topic among neurologists and their patients.",
    "A paper entitled 'Venous angioplasty cures MS' was retracted.",
    # ... or as what people went looking for
    "Thousands of people with MS went abroad seeking venous angioplasty for their symptoms.",
    # figures near a claim in meaning only, from a study the statement does not name: they
    # may be another study's, and are not judged by the claim's (they had been "wrong")
    "Researchers saw CCSVI in just 3.4% of MS patients and in 2.2% of healthy people.",
    # ... and so are counts said of no study against a claim that gives none itself
    "A single MS patient met the CCSVI criteria, against 2 of the healthy controls.",
    "I've been researching CCSVI for a school project.",
    "As a neurologist, I get asked about CCSVI every month.",
    "Bought a book on CCSVI, arrived fast.",
    # the topic as the name of a thread, a group or a time
    "Here's the link to the CCSVI thread everyone was asking about.",
    "I've been in this group since the CCSVI days, and I'm exhausted.",
    "My treatment plan for MS changed last year.",
    # an ill word said of the topic, near a myth in meaning only, asserts no myth
    "The provincial government's response to the CCSVI affair was shameful.",
    "The liberation therapy craze was a sorry episode for people with MS.",
])
def test_unknown(checker, text):
    r = checker.check(text)
    assert (r.verdict, r.claim, r.sources) == ("unknown", None, ())


@pytest.mark.parametrize("text", [
    # a negation in another clause that may bear on the claim: not rated either way
    "Angioplasty widened the neck veins of the MS patients, while the sham group did not.",
    "The balloons used for venoplasty are only approved for arteries, not for neck veins.",
])
def test_unclear_polarity_is_not_rated(checker, text):
    r = checker.check(text)
    assert (r.verdict, r.claim, r.sources) == ("unknown", None, ())
    assert "negation" in r.explanation


@pytest.mark.parametrize("text,claim_id", [
    ("ms is caused by ccsvi, doctors dont want u to know", "ccsvi-causes-ms"),
    ("Liberation therapy cured my MS, not the drugs", "liberation-therapy-cures-ms"),
])
def test_a_negation_elsewhere_that_speaks_of_something_else_is_ignored(checker, text,
                                                                        claim_id):
    r = checker.check(text)
    assert (r.claim.id, r.verdict) == (claim_id, "false")


@pytest.mark.parametrize("text", [
    "The FDA warned that TVAM is unsafe and not approved",
    # two claims score 100: only the order of the base may pick one, not the last bits
    # of a sum taken in hash order when the matcher was built
    "wait, research shwos tvam works?? fr. many people need repeat TVAM because their "
    "veins narrow again? new study shows discrepancies in ccsvi research are due to how "
    "scans were interpreted.",
])
def test_ranking_does_not_depend_on_hashing(text):
    import subprocess
    import sys

    code = ("import sys; from ccsvi_check import Checker; c = Checker(); "
            "print([(m.claim.id, m.score) for m in c.matcher.match(sys.argv[1], top=6)])")
    outs = {subprocess.run([sys.executable, "-c", code, text], capture_output=True,
                           text=True, check=True,
                           env={"PYTHONHASHSEED": str(seed), "CCSVI_CHECK_CACHE": "off"}
                           ).stdout for seed in range(1, 7)}
    assert len(outs) == 1 and outs.pop().startswith("[(")


def test_scan_reads_it_as_the_topic_of_the_sentence_before():
    from conftest import jsonl, run_cli

    post = ("The FDA has issued a warning about TVAM. It is not authorized in the United "
            "States as a treatment for MS.\n\nIt is not authorized in the United States as "
            "a treatment for MS.\n\nI like walks. It is not authorized anywhere.\n")
    recs = jsonl(run_cli("scan", "--format", "jsonl", "--all", "-", input=post).stdout)
    got = [(r["line"], r["verdict"], r["claim"] and r["claim"]["id"]) for r in recs]
    assert got == [
        (1, "true", "fda-warned-about-procedure"),
        (1, "true", "fda-approved-liberation-therapy"),  # "it" = TVAM: a denial, true
        (3, "unknown", None),                            # no sentence before: no topic
        (5, "unknown", None),
        (5, "unknown", None),
    ]


@pytest.mark.parametrize("post,findings", [
    # a call to the reader and advice to see a doctor are not read through their context
    ("Liberation therapy cured my MS! Everyone should try it. Anyone else tired of this?",
     [("false", "liberation-therapy-cures-ms")]),
    ("NICE says percutaneous venoplasty for CCSVI in MS should not be used. Talk to your "
     "neurologist about the options that do work.", [("true", "nice-recommends-venoplasty")]),
])
def test_scan_does_not_read_a_word_to_the_reader_through_its_context(checker, post,
                                                                     findings):
    from ccsvi_check.scan import scan_text

    got = [(f.result.verdict, f.result.claim and f.result.claim.id)
           for f in scan_text(checker, post)]
    assert got == findings


def test_scan_reads_the_condition_through_the_paragraph(checker):
    from ccsvi_check.scan import scan_text

    post = ("Blinded catheter venography was used on people with MS and their siblings. "
            "CCSVI turned up in very few of them. The condition was not specific to MS.")
    got = [(f.result.verdict, f.result.claim and f.result.claim.id)
           for f in scan_text(checker, post)]
    assert ("true", "ccsvi-specific-to-ms") in got


@pytest.mark.parametrize("text,claim_id,verdict", [
    # "A, not B" where the claim itself sets A against B ("rather than", "instead of"):
    # the "not" agrees with the claim instead of denying it
    ("MS is a circulation problem in the neck veins, not an immune disease",
     "ms-is-a-vein-disease", "false"),
    ("Use liberation therapy, not MS drugs", "stop-ms-treatment-for-liberation-therapy",
     "false"),
    # ... and a "not" that falls on the claim's own side still denies it
    ("MS is an immune disease, not a disease of blocked neck veins",
     "ms-is-a-vein-disease", "true"),
    ("Keep taking your MS drugs, not liberation therapy",
     "stop-ms-treatment-for-liberation-therapy", "true"),
    ("Liberation therapy can't replace MS treatment",
     "stop-ms-treatment-for-liberation-therapy", "true"),
])
def test_a_contrast_that_mirrors_the_claim(checker, text, claim_id, verdict):
    r = checker.check(text)
    assert (r.claim.id, r.verdict) == (claim_id, verdict)


@pytest.mark.parametrize("text,claim_id,verdict", [
    ("ccsvi dosnt cause ms", "ccsvi-causes-ms", "true"),            # a misspelt "doesn't"
    ("It's false that CCSVI causes MS", "ccsvi-causes-ms", "true"),  # "false that X"
    ("There is hardly any proof that liberation therapy works",
     "clinical-trials-show-liberation-therapy-works", "true"),       # "hardly any"
    # "not ... nor" denies once: the second cue does not cancel it
    ("CCSVI does not cause MS nor make it worse", "ccsvi-causes-ms", "true"),
    # "at all" after a denial is emphasis, not the "all" of "everyone with MS has CCSVI"
    ("CCSVI doesn't cause MS at all", "ccsvi-causes-ms", "true"),
    ("Liberation therapy isn't approved in the US at all", "fda-approved-liberation-therapy",
     "true"),
    # free of risk is no risk; zero risk is safe
    ("TVAM is free of any danger", "liberation-therapy-serious-complications", "false"),
    ("Liberation therapy carries zero risk", "liberation-therapy-safe", "false"),
])
def test_more_ways_to_deny(checker, text, claim_id, verdict):
    r = checker.check(text)
    assert (r.claim.id, r.verdict) == (claim_id, verdict)


@pytest.mark.parametrize("text", [
    # "all", "every", "most" and "anyone" said of trials, patients or a diagnosis, not of
    # CCSVI or narrowed veins: not the claims on how many people with MS have CCSVI
    "All the trials of the balloon procedure in MS were negative",
    "Elena had been diagnosed with MS in 1995, long before anyone heard of TVAM.",
    "Most of the MS patients in the venoplasty trial were women.",
])
def test_how_many_is_said_of_something_else(checker, text):
    r = checker.check(text)
    assert r.verdict != "false"
    assert r.claim is None or r.claim.id not in ("everyone-with-ms-has-ccsvi",
                                                 "most-with-ms-have-ccsvi")


@pytest.mark.parametrize("text", [
    # the claims on deaths and complications rate only a statement that names a harm or
    # a risk: these name none (and were called true by "some people died after getting
    # their neck veins ballooned")
    "Getting your neck veins ballooned will get you walking again",
    "Folks who flew overseas for the jugular op all came home in great shape",
])
def test_a_harm_claim_needs_a_harm_named(checker, text):
    assert checker.check(text).verdict != "true"


@pytest.mark.parametrize("text,verdict", [
    # the FDA's warnings waved away say the procedure is safe: false, with its sources ...
    ("The FDA's alert about venoplasty for CCSVI was alarmist", "false"),
    ("US regulators overreacted to a handful of venoplasty complications", "false"),
    # ... while a denial of that is left to the rest of the engine, and a report of it
    # is not rated
    ("The FDA's alert about venoplasty for CCSVI was not alarmist", None),
    ("A local support group claims the FDA exaggerated the dangers of venoplasty",
     "unknown"),
])
def test_a_warning_waved_away_says_the_procedure_is_safe(checker, text, verdict):
    r = checker.check(text)
    if verdict is None:
        assert r.verdict != "false"
    else:
        assert r.verdict == verdict
    if verdict == "false":
        assert r.claim.id == "liberation-therapy-safe" and r.sources


def test_another_cause_of_the_mixed_results_is_not_read_as_imaging(checker):
    r = checker.check("The CCSVI results clashed because of genetic differences between "
                      "the groups scanned", explain=True)
    assert r.why.get("rule") != "imaging-explains"


@pytest.mark.parametrize("text", [
    # restenosis read only where the narrowing is said, plainly, of the treated veins:
    # a remedy, a purpose, a share or another body part is left to the rest of the engine
    "Stents would stop veins from narrowing again",
    "A stent is placed to keep the vein open",
    "My coronary stent had restenosis last year",
    "Restenosis is why the early benefits of venoplasty faded",
])
def test_restenosis_is_read_only_where_it_is_said_plainly(checker, text):
    r = checker.check(text, explain=True)
    assert r.why.get("rule") != "renarrowed"


@pytest.mark.parametrize("text", [
    # a statement that denies something is not passed on (its denial may bear on a claim
    # the next one only shares words with)
    "Getting your neck veins ballooned will not fix your MS",
    "Getting your neck veins ballooned never fixed anyone's MS",
])
def test_a_denial_set_aside_by_the_harm_gate_is_not_called_false(checker, text):
    assert checker.check(text).verdict != "false"


@pytest.mark.parametrize("text,claim_id,verdict", [
    # a concession: the first clause's denial bears on its own predicate; the claim's
    # predicate comes, undenied, after "but"
    ("Liberation therapy is unproven, but it is safe", "liberation-therapy-safe", "false"),
    ("TVAM may be unproven, but it has a good safety record", "liberation-therapy-safe",
     "false"),
    # ... unless the denial bears on the claim's own words
    ("There is no evidence that blood backs up into the brain because of CCSVI",
     "venous-reflux-causes-inflammation", "true"),
    # two denials in another clause cancel: no doubt is left about the claim
    ("CCSVI is not a myth; it is the real cause of MS", "ccsvi-causes-ms", "false"),
    # "not impossible" is possible
    ("It isn't impossible for liberation therapy to cause serious complications",
     "liberation-therapy-serious-complications", "true"),
    ("It is impossible for liberation therapy to cause complications",
     "liberation-therapy-serious-complications", "false"),
    # words run together with capitals, as in hashtags
    ("#LiberationTherapyCuresMS", "liberation-therapy-cures-ms", "false"),
    # a thousands separator is no clause break: the figure is read with its claim
    ("The Canadian venoplasty trial enrolled roughly 1,000 people with MS",
     "canadian-trial-design", "false"),
    # "most" is a quantifier, not a stop word
    ("Most people with MS have CCSVI", "most-with-ms-have-ccsvi", "false"),
    ("Most people with MS do not have CCSVI", "most-with-ms-have-ccsvi", "true"),
    # the design of Zamboni's study: it had controls
    ("Zamboni's ultrasound study of MS patients had no control group",
     "zamboni-reported-abnormal-flow-in-ms", "false"),
    ("Zamboni compared people with MS with healthy controls",
     "zamboni-reported-abnormal-flow-in-ms", "true"),
])
def test_concessions_quantities_and_study_design(checker, text, claim_id, verdict):
    r = checker.check(text)
    assert (r.claim.id, r.verdict) == (claim_id, verdict)


# statements whose verdict alone is pinned (the claim they reach may vary)
VERDICT_ONLY = [
    # the rules read a misspelt word as the matcher spells it ("beter than" is "better
    # than", "helthy" the healthy group) ...
    ("Venoplasty came out beter than the fake procedure in the Canadain study", "false"),
    ("MS patints met the CCSVI criteria far more often than helthy controls", "false"),
    # ... but not a word with its apostrophe dropped, nor a place's capital lost
    ("CCSVI doesnt cause MS, the reserch shows", "true"),
    ("The Brave Dreams trial was run in Canda", "false"),
    # "neither ... nor" denies once: the second cue does not cancel it
    ("Neither Zamboni nor anyone else has shown that CCSVI causes MS", "true"),
    # other languages
    ("La CCSVI provoca la sclerosi multipla", "false"),
    ("La thérapie de libération guérit la sclérose en plaques", "false"),
    ("La terapia de liberación no cura la esclerosis múltiple", "true"),
    ("Es gibt keinen Zusammenhang zwischen CCSVI und Multipler Sklerose", "true"),
    # symbols that stand for words
    ("MS ≠ a disease of the neck veins", "true"),
    ("narrowed neck veins → MS", "false"),
    ("❌ Liberation therapy cures MS", "true"),
    ("Does TVAM cure MS? Nope.", "true"),
    # 'should not be used', advising someone against
    ("Health authorities say venoplasty for CCSVI should not be used", "true"),
    ("NICE advises doctors against venous angioplasty for CCSVI", "true"),
    ("NICE recommends venoplasty for people with MS", "false"),
    # letters typed apart, misspelt denials, cross marks
    ("C C S V I theory debunkd", "true"),           # letters apart, a misspelt denial
    ("c c s v i was proven to be the cause of m s", "false"),
    ("Is it the neck veins? ❌", "unknown"),          # a cross mark answers "no"...
    ("Neck veins cause MS? ❌", "true"),
    ("Liberation therapy is not worth the risk ❌❌", "true"),  # ...or stresses a "not"
    ("The FDA said a TVAM balloon migrated to a patient's heart", "false"),  # lung
    # denials, doubts and reports (from set 5's false flags)
    ("A link between CCSVI and MS has not been established", "true"),
    ("The idea that CCSVI causes MS has been called into question", "true"),
    ("I doubt that liberation therapy cures MS", "true"),
    ("There is no reason to doubt that CCSVI causes MS", "false"),
    ("The big trial found zero benefit from liberation therapy", "true"),
    ("'Liberation therapy cures MS': a claim that has not held up", "true"),
    ("Liberation therapy cures MS, said no trial ever", "true"),
    ("Selling venoplasty as a cure for MS is misleading", "true"),
    ("Venoplasty is not beneficial and can cause blood clots", "true"),  # two predicates
    ("Venous angioplasty is used on blocked dialysis fistulas", "unknown"),
    ("My physio says liberation therapy is the best treatment for MS", "unknown"),
    # harm judgements, retractions, "the evidence against", other therapies
    ("Getting your neck veins ballooned for MS is reckless", "true"),
    ("The case against TVAM is compelling and the evidence against CCSVI causing MS is "
     "strong", "true"),
    ("CCSVI causes MS. Just kidding", "true"),
    ("Snake venom therapy cures MS", "unknown"),       # names no part of the topic
    ("Can leg vein reflux cause MS symptoms?", "unknown"),
    ("CCSVI is much less common in MS patients than in people without the disease",
     "true"),
    # "never established" without "been"; a denied predicate the base cannot place
    ("Diagnostic criteria for CCSVI were never established", "true"),
    ("A link between CCSVI and MS was not shown", "true"),
    ("The clear diagnostic criteria for CCSVI have never been agreed upon", "true"),
    ("Venoplasty for MS is safe and does not carry serious risks", "false"),  # a noun phrase
    # a sentence that names the topic asserts no claim about it
    ("The pattern of narrowed neck veins in MS was dubbed CCSVI", "unknown"),
    ("Evidence that venoplasty improves MS symptoms is inconclusive", "true"),
    # a comparison the claim base does not make is not called false; the arms' sizes
    # are read in order (the Canadian trial: 55 sham, 49 venoplasty)
    ("The sham arm of the Canadian venoplasty trial was bigger than its treatment arm",
     "true"),
    ("In the Canadian trial, the venoplasty group was larger than the sham group", "false"),
    ("Ballooning is more expensive than stenting for CCSVI", "unknown"),
    # failure in vain, impersonal reports, disappointing research
    ("Other teams tried in vain to replicate Zamboni's CCSVI results", "true"),
    ("Research on surgery for CCSVI has been disappointing", "true"),
    # a cross before a sentence that denies already stresses it; one before an
    # assertion denies it
    ("\U0001f6ab CCSVI does NOT cause MS. Stop sharing this stuff!!", "true"),
    ("\U0001f6ab CCSVI causes MS", "true"),
    # "unrelated" names a group; "cannot deny that" asserts; "non-" is a prefix
    ("Vein narrowing of over 50% was common in people with MS and in unrelated healthy "
     "people alike", "true"),
    ("CCSVI is unrelated to MS", "true"),
    ("One cannot deny that veins often narrowed again after the balloon procedure", "true"),
    ("The FDA set up a way to report complications and non-compliance linked to "
     "venoplasty", "true"),
    # "the vein surgery" names liberation therapy
    ("The vein surgery is totally safe", "false"),
    ("The vein procedure carries no risk of death", "false"),
    ("Varicose vein surgery is riskier than knee surgery", "unknown"),
    # a theory described, or its promoters reported, is an accurate report of its claim
    ("The idea behind CCSVI is that blood backs up in the brain, causing inflammation",
     "true"),
    ("The theory is that CCSVI causes MS", "true"),
    ("Supporters of CCSVI argued that blocked neck veins make blood back up in the brain",
     "true"),
    # ... reported impersonally ("it has been suggested"), or the theory's own claim that
    # MS is a disease of the veins
    ("It has been proposed that the outflow of blood from the brain is reduced by "
     "narrowed neck veins", "true"),
    ("The theory was that MS is really a vein problem caused by CCSVI", "true"),
    ("It has been shown that narrowed neck veins cause MS", "false"),
    ("Advocates claim liberation therapy cures MS", "unknown"),  # a claim, not the theory
    # "with or without MS" is both groups, no denial
    ("CCSVI shows up in people with or without MS", "true"),
    # a denial that asserts or stresses ("not unheard of", "not a joke") denies no harm
    ("It's not unheard of for venoplasty to cause blood clots", "true"),
    ("the vein op has killed people, not a joke", "true"),
    ("Venoplasty does not cause blood clots", "false"),
    # a name and what it is between commas: the name keeps its verb, and the place is
    # still judged
    ("Zamboni, from Ferrara's university, first tied CCSVI to MS in 2008", "true"),
    ("Zamboni, from Padua's university, first tied CCSVI to MS in 2008", "false"),
    # the theory's own claims reported by "those pushing" it
    ("People promoting CCSVI say narrowed neck veins leave blood pooling in the brain and "
     "spinal cord", "true"),
    # ... even where a wording of the claim speaks of people ("in people with MS, ...")
    ("People promoting CCSVI say that in MS, narrowed jugular veins cut the outflow of "
     "blood leaving the brain and spinal cord", "true"),
    # not advising someone to have it advises against it; not advising against it does not
    ("Neurologists don't advise anyone with MS to have venoplasty", "true"),
    ("Neurologists never advise patients to have venoplasty", "true"),
    ("Doctors don't advise against liberation therapy", "false"),
    # a run-on's laugh ends a clause: two denials in two clauses, not one
    ("no one can define CCSVI smh there is no agreed way to measure it", "true"),
    # what Zamboni reported of his two groups, compared or with the other side spared
    ("According to Zamboni, the MS patients drained worse than his non-MS controls",
     "true"),
    ("Zamboni wrote that odd venous outflow showed up in the MS patients but not in his "
     "controls", "true"),
    ("Zamboni said his healthy controls had worse drainage than his MS patients", "false"),
    ("The CCSVI theory is solid science", "false"),
    ("The theory that CCSVI causes MS has been disproven", "true"),
    # "the procedure", "this surgery" name liberation therapy, with the lexical bar of a
    # sentence read through its context
    ("This procedure can cause blood clots and a ruptured vein", "true"),
    ("The vein operation is completely safe", "false"),
    ("The procedure for renewing a passport is simple", "unknown"),
    ("The surgery went well and I was home by Friday", "unknown"),
    ("Hip surgery takes a few weeks to recover from", "unknown"),
    # its harms listed, with a torn or ruptured vein among them, name it too; the flu's or a
    # knee's harms do not
    ("Clots, a torn vein wall and infections are among its listed complications", "true"),
    ("Infection and vein rupture are real risks of it", "true"),
    ("Infecton and vein rupure are real risks of it", "true"),  # misspelt, still read
    ("The flu can bring an infection and an irregular heartbeat", "unknown"),
    ("A knee replacement can cause clots and a torn ligament", "unknown"),
    # ... nor those of another way into a vein that the statement names
    ("A blood draw rarely causes vein rupture or infection", "unknown"),
    ("Nurses said the IV was safe: no infection, no vein rupture", "unknown"),
    # the seven studies named by their funders, not only as the MS societies'; the Lancet
    # catheter study and the trial the MS Society cites, by those names
    ("None of the seven society-funded studies found a link", "true"),
    ("The seven charity-funded studies all found a strong link", "false"),
    ("The 2017 trial the MS Society cites found no benefit", "true"),
    # conflicting results put down to imaging, training or reading name the CCSVI studies;
    # another disease's do not
    ("Researchers think different scanning methods and staff training may explain why the "
     "study results conflicted", "true"),
    ("Conflicting MRI results in Alzheimer's research came from imaging differences",
     "unknown"),
    # no agreed yardstick or benchmark for poor drainage: no diagnostic standard
    ("No one has agreed a benchmark for poor drainage through the neck veins", "true"),
    # MS as a plumbing problem is MS as a vein disease
    ("Multiple sclerosis is nothing but a neck plumbing problem", "false"),
    # an idea quoted, then said to have failed, is denied
    ('The whole "liberation therapy cures MS" story never held up', "true"),
    ("That old 'liberation therapy is safe' story fell apart", "true"),
    # the rarer harms the FDA listed name it too
    ("The FDA listed cranial nerve damage among the harms it heard of", "true"),
    # a denial with nothing after it ("against it") speaks of what the wording denies
    ("Because venoplasty is unproven, neurologists recommend against it", "true"),
    # what a treatment was pitched as is what it was described as
    ("The operation was pitched as a way to clear blockages and improve blood flow from "
     "the brain", "true"),
    # "too weak to support a link" denies the support; "too narrow to drain" describes
    ("The seven studies gave results too mixed to support a link between CCSVI and MS",
     "true"),
    # what research may yet show of a myth is speculation (unproven); a ruling to come is
    # not a fact to check
    ("Better scans might one day reveal a real link between CCSVI and MS", "unproven"),
    ("Maybe one day venoplasty will turn out to cure MS", "unproven"),
    ("Maybe the FDA will sign off on the vein op in a year or two", "unknown"),
    ("Someday people will realise liberation therapy never worked", "unknown"),
    # a reporter with a place ("patients on forums claim X") reports X
    ("Patients on Facebook claim liberation therapy cured their MS", "unknown"),
    # a harm judgement on choosing the procedure, after "it would be"
    ("It would be unwise to stop your MS drugs for a vein operation", "true"),
    # a comparison is rated by a claim that makes it, in the order it is made
    ("Venoplasty did better than the sham procedure in the trial", "false"),
    ("Liberation therapy works better than disease-modifying drugs", "false"),
    ("Disease-modifying drugs work better than liberation therapy", "true"),
    ("TVAM is just as good as approved MS treatments", "false"),
    ("Liberation therapy costs less than MS drugs", "unknown"),  # not what the claim compares
    # "no more MS" closing a clause says MS is gone, which is a cure
    ("Have the neck veins ballooned and no more MS", "false"),
    # what TVAM was sold for names the topic; the condition alone does not
    ("In 2017 the FDA warned about a balloon procedure sold for autonomic dysfunction",
     "true"),
    ("Autonomic dysfunction is common in people with diabetes", "unknown"),
    # arm sizes as "twice the size of" and "half the size of"
    ("In Zamboni's trial the placebo arm was twice the size of the treated arm", "false"),
    ("In Brave Dreams the sham arm was half the size of the angioplasty arm", "true"),
    # Zamboni reported abnormal flow in his MS group only
    ("Zamboni's 2008 paper saw the same bad drainage in both the people with MS and the "
     "unaffected volunteers", "false"),
    ("Blinded catheter studies found CCSVI as often as Zamboni had", "false"),
    # a denial of confirmation is not a denial of what Zamboni reported
    ("Blinded studies could not replicate the vein pattern Zamboni described", "true"),
    ("Independent teams confirmed what Zamboni found", "false"),
    ("Brave Dreams, Zamboni's own study, did not back the vein operation", "true"),
    # the seed's warning: lost myelin cannot be rebuilt by today's medicines
    ("There are medicines today that regrow lost myelin", "false"),
    ("No current treatment can regrow the myelin MS destroys", "true"),
    ("MS damages the myelin sheath around nerves", "unknown"),
    # a theory described ("there's a theory that X", "one theory is that X") is not
    # asserted by the speaker
    ("There's a theory that blocked neck veins make MS worse", "true"),
    ("One theory of MS is that narrowed jugular veins cause it", "true"),
    # "come out against" does not recommend
    ("UK guidance has spoken out against venoplasty for multiple sclerosis", "true"),
    # "about the same as in healthy people" is equal
    ("CCSVI showed up in MS patients about the same as in healthy volunteers", "true"),
    # a comparison of other groups than people with MS is not the claim's
    ("Blocked jugular veins are more common in older people", "unknown"),
    ("Men were more likely than women to get liberation therapy abroad", "unknown"),
    ("CCSVI is more common in people with MS", "false"),
    # a denial in another clause does not deny a comparison
    ("Neck vein narrowing is not unique to MS; healthy volunteers met the CCSVI criteria "
     "about as often as people with MS", "true"),
    # "helps more than", "stronger than", "superior to" compare on what "better" does
    ("Venoplasty helps people with MS more than the pretend operation does", "false"),
    ("Liberation therapy has stronger support than approved MS drugs", "false"),
    # a wrong place or vessel is a wrong detail, not another condition
    ("CCSVI means the arteries of the neck are narrowed", "false"),
    ("CCSVI is a narrowing of veins in the legs", "false"),
    ("Varicose veins in the legs can be treated with surgery", "unknown"),
    # "doctors won't admit it" asserts what comes before it
    ("Liberation therapy cures MS and neurologists won't admit it", "false"),
    # the seven studies of the two MS societies name the topic
    ("The US and Canadian MS societies funded seven studies that found no link", "true"),
    # PREMiSe's groups compared, in either order, on relapses or lesions
    ("In PREMiSe the treated arm had more relapses than the sham arm", "true"),
    ("In PREMiSe the sham arm had more relapses than the treated arm", "false"),
    # ... or with the verb
    ("In PREMiSe the people given the fake procedure relapsed more than the treated ones",
     "false"),
    ("In PREMiSe the treated arm relapsed more often than the sham arm", "true"),
    ("In PREMiSe, patients given angioplasty had fewer new lesions than the controls",
     "false"),
    ("Venous angioplasty might make MS worse", "true"),
    # a benefit hoped for some patients or for early treatment is untested, not refuted;
    # a cure, or a benefit stated outright, stays false
    ("Perhaps liberation therapy works for some patients", "unproven"),
    ("Liberation therapy might slow MS in patients treated early", "unproven"),
    ("Liberation therapy might slow MS", "false"),
    # ... and so is a benefit hoped for over the longer run than the trials ran
    ("Venoplasty might show benefits for MS over several years", "unproven"),
    # ... or one that the trials missed, or bigger trials might find
    ("Venoplasty might have a real benefit that the trials simply missed.", "unproven"),
    ("Venoplasty has a real benefit that the trials missed.", "false"),
    # the veins' state as a result of MS is the other way round from a claim on cause: a
    # speculation the sources neither confirm nor refute (unproven); denied, it is unrated
    ("Blocked jugular veins could just be a result of MS, not what causes it", "unproven"),
    ("Blocked neck veins may well be a consequence rather than a cause of MS", "unproven"),
    ("Narrowed neck veins are not a result of MS", "unknown"),
    ("MS is the result of blocked jugular veins", "false"),
    # "did nothing more than" compares; "was nothing more than" narrows
    ("In the trials the angioplasty did nothing more than a sham procedure", "true"),
    ("The side effects of liberation therapy are nothing more than a sore neck", "unknown"),
    # a claim may give the verdict on its denial: that feeling better proves nothing is
    # what the trials showed
    ("Patients felt better after liberation therapy, but that does not prove it works",
     "true"),
    ("Venoplasty might cure MS in certain patients", "false"),
    ("Liberation therapy helps people with MS", "false"),
    # a denial in a clause that shares only who the claim speaks of is conceded
    ("The vein treatments did not reduce MS symptoms and might make relapses worse", "true"),
    # a call to the reader asserts nothing; "anyone else notice X?" asserts X
    ("Anyone else tired of all this CCSVI stuff?", "unknown"),
    ("Anyone else notice CCSVI turns up just as often in healthy people?", "true"),
    # an anecdote or a true fact taken as proof of more is misleading
    ("My cousin felt better after venoplasty, so it obviously works", "misleading"),
    ("Some people reported feeling better after liberation therapy", "true"),
    ("Zamboni found abnormal venous flow in his MS patients, so the link is established",
     "misleading"),
    ("Zamboni found abnormal venous flow in his MS patients, but that was not confirmed",
     "true"),
    # ... and so is a myth drawn from a premise that is not false ("what drives MS" is
    # what causes it: a true kernel with a wrong conclusion, as the blind writers label it)
    ("Many people with MS have narrowed neck veins, so the narrowing must be what drives MS",
     "misleading"),
    # "vein narrowing" and treated veins narrowing again name the topic
    ("Vein narrowing is never seen in healthy people", "false"),
    ("In many patients the treated veins narrowed again on later scans", "true"),
    # a denying tag after a denial stresses it; after an assertion it denies
    ("No link between neck veins and MS in the big studies #CCSVI #debunked", "true"),
    ("CCSVI causes MS #debunked", "true"),
    # a wrong term named to deny it ("veins, not arteries") is no wrong detail
    ("CCSVI is about narrowed neck veins, not arteries", "true"),
    # combined with MS drugs is no comparison against them
    ("Liberation therapy works better when combined with disease-modifying drugs", "unknown"),
    ("CCSVI turned out to be a dead end for MS research", "true"),
    # saying an unproven claim is not established agrees with the sources
    ("It is unclear whether patients who felt better after venoplasty had any change in "
     "their blood flow", "true"),
    # an order to the reader after the claim denies nothing; a bare denial still does
    ("The FDA warned about TVAM \U0001f62c don't do it", "true"),
    ("The FDA warned about TVAM, don't do it", "true"),
    ("There are established standards for diagnosing CCSVI. There aren't", "true"),
    ("CCSVI causes MS... NOT", "true"),
    # a doubt after the claim is not a bare denial of it
    ("It's possible that CCSVI causes MS, though nobody's sure", "false"),
    # praise of the procedure says it works
    ("The balloon treatment is a fantastic way to beat MS", "false"),
    ("Venoplasty is a great option for people with MS", "false"),
    ("The vein surgery is not a good option for MS", "true"),
    ("Liberation therapy is a game changer for MS", "false"),
    # the procedure against a sham, read in order
    ("Venoplasty crushed the sham in the Canadian trial", "false"),
    ("The sham did as well as venoplasty", "true"),
    ("Liberation therapy outperformed placebo in the trials", "false"),
    # "X holds up" is no report of a theory; bloggers report
    ("The vein idea holds up: later studies kept confirming what Zamboni found", "false"),
    ("Some bloggers say liberation therapy cured their MS", "unknown"),
    # a comparison a claim's wording implies ("more common in people with MS") is held
    ("CCSVI is more common in MS patients than in anyone else", "false"),
    # the groups compared as subjects, in either order
    ("People with MS met the CCSVI criteria far more often than healthy controls", "false"),
    ("Healthy controls met the CCSVI criteria slightly more often than people with MS",
     "true"),
    ("People with MS met the CCSVI criteria no more often than unrelated healthy controls",
     "true"),
    ("CCSVI is about as common in people without MS as in people with it", "true"),
    # ... and as a rate
    ("Unrelated volunteers in the venography study qualified for CCSVI at a marginally "
     "higher rate than the MS patients", "true"),
    ("On catheter venography the MS patients qualified for CCSVI at a far higher rate "
     "than healthy controls", "false"),
    ("On venography, MS patients reached the CCSVI criteria at a rate no higher than their "
     "healthy siblings", "true"),
    # a denial after the procedure is named does not turn a harm judgement round
    ("It was reckless to sell a risky vein operation with no proof it worked", "true"),
    # a conclusion drawn from a true denial, or after "since X,", is misleading
    ("The FDA didn't ban the procedure, so doctors consider it acceptable", "misleading"),
    ("The FDA didn't ban the procedure", "true"),
    ("Since siblings of people with MS also have narrowed neck veins, they are at high risk "
     "of getting MS", "misleading"),
    ("Some people said they felt better after liberation therapy, so it must be doing "
     "something real", "misleading"),
    # a dead idea is a denial of it; "stands for" names
    ("First it was veins, then iron, now nothing: the CCSVI idea is dead", "true"),
    ("CCSVI stands for chronic cerebrospinal venous insufficiency", "true"),
    # a prefix or suffix denial ("useless", "unsafe") denies its own word only
    ("Even Zamboni's own study found the vein treatment was useless for MS", "true"),
    ("Liberation therapy is unsafe", "true"),
    # "people without (MS)" names a group, it denies nothing
    ("Zamboni's original study compared 65 people with MS and 235 people without", "true"),
    ("Barreto found CCSVI in 3.88% of people with MS versus 7.14% of people without MS",
     "true"),
    ("CCSVI is common in people with and without MS", "false"),
    # an evaluation of the procedure "for MS"; a pretend treatment is the sham
    ("Venous angioplasty for MS is quackery", "true"),
    ("People who got the real balloon treatment had fewer relapses than the ones who got "
     "the pretend treatment", "false"),
    ("One study found CCSVI more often in people without MS, 7.14% versus 3.88%", "true"),
    # the sizes of a trial's arms, read in order
    ("In Brave Dreams, twice as many patients got angioplasty as got the sham", "true"),
    ("In Brave Dreams, twice as many patients got the sham as got angioplasty", "false"),
    ("In the Canadian trial, more people received the sham than venoplasty", "true"),
    ("The Canadian trial randomised more people to venoplasty than to sham", "false"),
    ("Venoplasty could not outperform a sham procedure in the Canadian trial", "true"),
    # "according to one theory, X" describes the theory
    ("According to one theory, narrowed neck veins may reduce blood flow out of the brain",
     "true"),
    ("CCSVI means the veins in the neck are narrowed", "true"),
    # two trials' sizes compared (Canadian 104, Brave Dreams 115)
    ("The Canadian venoplasty trial was bigger than Brave Dreams", "false"),
    ("Brave Dreams enrolled more participants than the Canadian venoplasty trial", "true"),
    # the procedure against named MS drugs, "as effectively as"; safety against drugs
    ("Liberation therapy works better than ocrelizumab for MS", "false"),
    ("Vein angioplasty reduces MS relapses as effectively as standard drugs", "false"),
    ("Liberation therapy is safer than standard MS medications", "unproven"),
    # a comparison no claim makes is not rated unproven either
    ("Health Canada says liberation therapy costs less than MS drugs", "unknown"),
    # more ways to deny: came up empty, abandoned, told not to use
    ("Doctors looked hard for a tie between blocked neck veins and MS and came up empty",
     "true"),
    ("The CCSVI theory of MS has largely been abandoned by researchers", "true"),
    ("NICE has told doctors not to use venoplasty for CCSVI", "true"),
    ("NICE has told doctors to use venoplasty for CCSVI", "false"),
    ("NICE says venoplasty for CCSVI is not to be used", "true"),
    ("The diagnosis of CCSVI rests on poorly standardized criteria", "true"),
    ("Zamboni's original study used MRI instead of ultrasound", "false"),
    ("Zamboni's first study wasn't limited to people with MS; it included people without "
     "the disease too", "true"),
    # praise of the theory says it is right; an idea that did not survive testing
    ("Zamboni's theory was a brilliant breakthrough that transformed MS care", "false"),
    ("Liberation therapy is a triumph of patient-driven medicine", "false"),
    ("CCSVI is a textbook case of an idea that didn't survive proper testing", "true"),
    # a one-word denial is no unclear negation elsewhere
    ("Venous angioplasty for MS is useless and dangerous", "true"),
    # veins that did not stay open narrowed again: no denial of the procedure
    ("The widened veins do not always stay open after angioplasty", "true"),
    ("Honestly, the blinded trials settled it: widening veins doesn't work for MS", "true"),
    # a claim reported without a who ("has been said to"), named as presumed, or left
    # open ("whether X is controversial") is not called false
    ("CCSVI has been said to cause multiple sclerosis", "unknown"),
    ("Venous angioplasty rests on the presumed mechanism that CCSVI causes MS", "unknown"),
    ("Whether CCSVI is linked to MS is controversial", "unknown"),
    ("CCSVI is linked to MS", "false"),
    # what the condition is defined by is no assertion of a myth
    ("CCSVI is characterized by restricted venous outflow from the brain and spinal cord",
     "unknown"),
    # inadequate evidence is evidence that does not show it
    ("Current evidence on the efficacy of venoplasty for CCSVI in MS is inadequate", "true"),
    ("In one society-funded study, CCSVI was actually more common in people without MS",
     "true"),
    # not objecting is recommending; not ruling out is not denying
    ("NICE does not object to venoplasty for CCSVI", "false"),
    ("The seven studies funded by the MS societies didn't rule out a link; they confirmed one",
     "false"),
    # a neurologist telling reporters X reports X
    ("A neurologist told reporters that half of all MS patients have CCSVI", "unknown"),
    # TVAM with its letters swapped is still TVAM
    ("TVMA surgery cures MS", "false"),
    # an outcome said to be better in the treated arm than in the sham arm
    ("Treated patients in the Canadian trial had better MRI outcomes than sham patients",
     "false"),
    ("Angioplasty patients in Brave Dreams developed fewer new brain lesions than sham "
     "patients", "false"),
    ("Sham patients in the Canadian trial had better MRI outcomes than treated patients",
     "true"),
    # the control group is the sham arm
    ("Venoplasty clearly did better on relapses than the control group in PREMiSe", "false"),
    # a denied report: a claim about the reporter rates it, else it is not rated
    ("Zamboni never claimed that CCSVI could cause MS", "false"),
    ("My doctor never said liberation therapy cures MS", "unknown"),
    # "X as well as Y" joins two things; "works as well as" compares
    ("Liberation therapy works as well as MS drugs", "false"),
    # two denied nouns in a row are one denial; a predicate's denial between them is not
    ("CCSVI has no agreed definition and no accepted diagnostic standard", "true"),
    ("There is no reason to doubt that Brave Dreams found no improvement", "true"),
    ("The CCSVI hypothesis was an intriguing idea that rigorous trials did not bear out",
     "true"),
    ("Paying for venous angioplasty to treat MS is a waste of money", "true"),
    # groups compared as equals; an outcome reduced more in the treated arm
    ("Siblings of people with MS were as likely as the patients themselves to meet the "
     "CCSVI criteria", "true"),
    ("In Brave Dreams, angioplasty reduced new brain lesions at 12 months more than sham did",
     "false"),
    # "more than 50 percent" is a quantity, no comparison
    ("Vein narrowing of more than 50 percent was common in people with MS, in their siblings "
     "and in unrelated healthy people alike", "true"),
    # the Lancet study's design
    ("The Lancet catheter venography study included 177 adults at three Canadian centres",
     "true"),
    ("The 2014 Lancet venography study was carried out at three centres in Italy", "false"),
    # an affirming opening asserts what follows (and what follows may be a form to read)
    ("There's no denying that the FDA has not cleared venoplasty for MS", "true"),
    ("No one can deny that CCSVI causes multiple sclerosis", "false"),
    ("There's no doubt venoplasty is pure quackery", "true"),
    # "not the only one who" widens: he did it, and others too
    ("Zamboni was not the only researcher who studied CCSVI in people with MS", "true"),
    # a claim on what Zamboni found or proposed needs a statement that speaks of him: a
    # hedged myth is the myth's (not "Zamboni concluded CCSVI was a possible cause", true)
    ("CCSVI was concluded to be a possible cause of MS", "false"),
    ("The doctor who came up with CCSVI suggested it causes MS", "true"),
    # the sizes of Zamboni's two groups (65 with MS, 235 controls), in either order
    ("Zamboni's study included fewer people with MS than healthy controls", "true"),
    ("Zamboni looked at more MS patients than people without MS", "false"),
    # a comparison is not rated true by a claim that compares nothing (matched through
    # meaning alone, the direction is not read)
    ("Venoplasty is less dangerous than living with untreated CCSVI", "unknown"),
    ("On catheter venography, people with MS had more CCSVI than their brothers",
     "false"),
    # the trial's length: weeks, not months
    ("Participants in the Canadian venoplasty trial were followed up for 48 years", "false"),
    # topic named through the veins narrowing again after angioplasty; heart rhythm
    ("Do neck veins narrow again after angioplasty?", "true"),
    ("Widening neck veins can upset the heart rhythm", "true"),
    # "no X other than Y has been done": Y is the only one
    ("No therapy besides venoplasty has ever been proposed for CCSVI", "true"),
    # the two arms of a trial said to fare alike; equal numbers are the arms' sizes (and
    # Brave Dreams randomised two to one: a wrong detail of the study it names)
    ("Venoplasty patients and sham patients ended up with identical relapse rates", "true"),
    ("Brave Dreams gave equal numbers of people angioplasty and sham", "false"),
    # worse drainage in MS than in the healthy is the theory's claim
    ("People with MS have poorer venous drainage from the brain than healthy people",
     "false"),
    # "insufficient venous drainage" is the poor drainage CCSVI is said to be
    ("There is no agreed way to measure insufficient venous drainage of the brain", "true"),
    # what "you can't claim" is not so
    ("You can't seriously claim that venoplasty isn't dangerous", "true"),
    # "the procedure" read as the procedure it names, by its words
    ("There is no good evidence the procedure helps people with MS", "true"),
    # the cause given for an improvement is the claim
    ("People improved after the vein operation because their circulation got better",
     "unproven"),
    # a negative subject set off by commas stays with its predicate
    ("Nobody, but nobody, has ever died after liberation therapy", "false"),
    # Zamboni's two groups swapped (65 with MS, 235 controls)
    ("Zamboni's first study looked at 235 MS patients and 65 controls", "false"),
    # "limited to" narrows as "only" does
    ("The complications of liberation therapy are limited to a sore neck", "unknown"),
    # "as good as" compares on what "better than" does; "more CCSVI than" in MS first
    ("A vein op is as good as proper MS medicine and cheaper", "false"),
    ("People with MS showed more CCSVI than their own brothers and sisters", "false"),
    # a benefit larger in the treated arm than in the sham arm is what the trials did
    # not find
    ("Symptoms got better in a larger share of the angioplasty group than the sham group",
     "false"),
    # the CIHR and the MS charities by other names; "rejected" is "did not endorse"
    ("Canada's federal health research agency endorsed vein ballooning once its trial was "
     "done", "false"),
    ("Canada's health research agency and MS charity backed venoplasty after the trial",
     "false"),
    # what "I wouldn't say" is not so; "it wouldn't be wrong to say X" says X
    ("I wouldn't say TVAM isn't dangerous", "true"),
    ("It wouldn't be wrong to say liberation therapy cures MS", "false"),
    # a death named through "this procedure"
    ("People can die from this procedure", "true"),
    # a question for information asserts nothing; a yes-no question is its claim's
    ("What exactly does liberation therapy involve?", "unknown"),
    ("How is CCSVI diagnosed?", "unknown"),
    ("Is liberation therapy approved by the FDA?", "false"),
    # a report by "a private clinic", "a patient group": not rated false
    ("A private clinic says its TVAM treatment cures MS fatigue", "unknown"),
    ("A patient group claims venoplasty has freed thousands from MS", "unknown"),
    # "nobody can (honestly) deny X" asserts X
    ("Nobody can honestly deny that CCSVI causes MS", "false"),
    # "not abandon" the treatment plan is keeping to it
    ("People with MS should not abandon their treatment plan to get liberation therapy",
     "true"),
    # groups said to be alike, with figures in brackets between them
    ("On blinded venography CCSVI was about as common in unrelated healthy people (3%) as "
     "in people with MS (2%)", "true"),
    ("The blinded study found people with MS no more likely than healthy people to have "
     "CCSVI", "true"),
    # a benefit over the sham said with "versus" / "compared with"; the treatment plan is
    # the MS drugs
    ("Versus a sham, angioplasty gave clearly better results on MRI", "false"),
    ("Liberation therapy is a better bet than your prescribed MS treatment", "false"),
    # more relapses, hedged or as some trials saw them, is PREMiSe's warning (true); a
    # significant increase, or studies stopped early for it, stays unproven
    ("Relapses might go up after venoplasty", "true"),
    ("In some trials people who had the vein procedure had more flare-ups", "true"),
    ("A few of those studies saw relapses rise after venoplasty", "true"),
    # "the (neck) vein thing", "the balloon business", "the liberation stuff" name the
    # theory or the procedure in a judgement; "debunked" is a judgement of its own
    ("The whole jugular vein saga has been thoroughly discredited.", "true"),
    ("Honestly the liberation stuff was a waste of money.", "true"),
    ("The balloon business is a rip-off.", "true"),
    ("The vein hype was not debunked at all.", "false"),
    # "the vein theory *of MS*" is the theory, and "offers misguided hope" a judgement
    ("The vein theory of MS is bunk.", "true"),
    ("Venoplasty offers misguided hope, not a cure.", "true"),
    # ... and a denial before the judgement turns it round, unless it is denied twice
    ("It is not the case that the vein theory was never refuted.", "true"),
    ("I doubt the vein theory was disproven.", "false"),
    ("I don't disagree that the vein theory was debunked.", "true"),
    # a comparison denied inside itself: as likely, which is what the blinded study found
    ("MS patients were not more likely than healthy volunteers to meet the CCSVI criteria.",
     "true"),
    # improvement and blood flow named together are on the topic: the seed's "not clear
    # that those who improved had any change in blood flow"
    ("Patients who felt better did not necessarily have any change in blood flow.", "true"),
    ("My knee improvement came from better blood flow after physio.", "unknown"),
    # "vindicated", "corroborated", "upheld" confirm as "confirmed" does
    ("Zamboni's own trial vindicated the vein theory.", "false"),
    # a cut-off, threshold or yardstick is a standard the seed says there is not
    ("Radiologists have no agreed threshold for how much venous drainage from the brain is "
     "insufficient.", "true"),
    ("Doctors use a fixed cutoff to decide when venous drainage from the brain is "
     "insufficient.", "false"),
    ("Liberation therapy significantly increases MS relapses", "unproven"),
    ("Some CCSVI studies were stopped early because relapses rose after the procedure",
     "unproven"),
    # ... and taken as certain, it is the unproven claim
    ("The vein procedure clearly makes MS worse", "unproven"),
    # of equally near spellings, the one sharing most letters: "venus" is "venous", not
    # the Spanish "venas"
    ("Venus angioplasty for MS can cause blood clots", "true"),
    # a group named by a relative clause is no denial: "235 who didn't" have MS
    ("Zamboni scanned 65 patients who had MS and 235 volunteers who did not", "true"),
    ("Zamboni compared 65 people with MS and 235 people who did not have MS", "true"),
    ("Zamboni found abnormal drainage in people with MS more often than in those who did "
     "not have MS", "true"),
    # the debate over an idea is not the idea asserted
    ("The notion that narrowed neck veins cause MS was fiercely contested", "unknown"),
    # a reporter described by a word ("many MS patients", "some forum members") still
    # reports
    ("Many MS patients believe that CCSVI causes MS", "unknown"),
    ("Some forum users insist CCSVI causes MS", "unknown"),
    ("Some neurologists believe CCSVI causes MS", "unknown"),
    # no difference from the sham, said in a post about the trial
    ("the trial found no diff between the real op and the fake one", "true"),
    # dying after a stent is the deaths after stenting
    ("folks are dying after liberation therapy", "true"),
    # a debunked theory named in a relative clause does not deny the main clause
    ("People with MS have died after CCSVI stenting for a theory that was long since "
     "debunked", "true"),
    # experts are doctors to the matcher: recommending the procedure is not advising
    # against it
    ("Experts recommend venoplasty for people with MS", "false"),
    # worth the risk, or benefits that outweigh the risks, praise it; "do not outweigh"
    # does not
    ("Getting the vein procedure is worth the risk for MS patients", "false"),
    ("For people with MS the benefits of venoplasty far outweigh the risks", "false"),
    ("The benefits of angioplasty for MS do not outweigh its dangers", "true"),
    # the group compared with the treated one named by "those who were not"
    ("In the PREMiSe trial, treated patients had fewer new lesions than those who were not",
     "false"),
    # a count before two words still counts ("three CCSVI research projects")
    ("The US and Canadian MS societies paid for three CCSVI research projects", "false"),
    # "went up, not down" keeps its direction
    ("After the procedure relapses went up, not down, in some studies", "true"),
    # inadequate, insufficient or reduced venous drainage is poor drainage, not a denial
    ("Doctors have no standard way to measure inadequate venous drainage", "true"),
    ("Doctors have established standards for measuring insufficient venous flow", "false"),
    ("Reduced blood outflow from the brain is the root cause of MS", "false"),
    # results that were consistent did not conflict
    ("CCSVI findings were remarkably consistent across research groups", "false"),
    # "proof that X", "proved that X": X asserted as proven
    ("Zamboni's research was solid proof that CCSVI causes MS", "false"),
    # "whether or not you have MS" denies nothing
    ("Blinded studies found CCSVI rare in people with and without multiple sclerosis", "true"),
    # a share said in words is a percentage the claim can judge
    ("In the blinded catheter study, about three quarters of the MS patients met the CCSVI "
     "criteria", "false"),
    # better flow given as the reason patients improve, after the flow
    ("Ballooning the neck veins boosts drainage from the brain, and that's why people with "
     "MS feel better", "unproven"),
    # a label called fair is the label asserted
    ("Labelling venoplasty a scam is fair after those trials", "true"),
    # "..., not just in MS patients" adds a group, it denies nothing
    ("Narrowing of the jugular veins was common in healthy volunteers as well, not just in "
     "MS patients", "true"),
    ("Not only is venoplasty pointless, it is risky", "true"),
    # taking part in a study, in other words
    ("About a hundred people with MS enrolled in the Canadian venoplasty trial", "true"),
    # a link questioned or challenged is not taken as shown; "the proposed link" is the link
    ("The supposed link between CCSVI and MS has been questioned by many researchers", "true"),
    # a claim close behind the best that can judge a detail the best cannot, and finds it
    # wrong, rates the statement: the Canadian death after stenting was in Costa Rica
    ("A Canadian woman with MS died in Mexico in 2010 after her CCSVI stent clotted", "false"),
    # what drives MS is what causes it
    ("Maybe jugular narrowing is what drives MS", "false"),
    # "Zamboni proved X" without "that" asserts X, and what the speaker adds after "and
    # the establishment" is not part of it
    ("Zamboni proved MS is a vein disease and the establishment buried it", "false"),
    # he still holds that it works, against his own trial
    ("Zamboni hasn't given up his belief that the balloon procedure works for MS", "false"),
    # TVAM uses the same balloon devices
    ("TVAM uses completely different devices from liberation therapy", "false"),
    # topic terms: a stent and Costa Rica, drainage and MS, the vein idea
    ("In 2010 a man from Canada died in Costa Rica after his stent clotted", "true"),
    ("Sluggish drainage from the brain is what makes people with MS so tired", "false"),
    ("The vein idea was tested properly and it simply didn't hold up", "true"),
    # a question about what might be shown one day asks for a prediction
    ("Could the CCSVI idea be shown to be right someday?", "unknown"),
    # the denial goes on into a clause opened by "or even"
    ("There is a lack of evidence on the safety of the procedure, or even that CCSVI is "
     "linked to MS", "true"),
    # reporters: "a growing number of" specialists; "..., said promoters" after the claim
    ("A growing number of vascular surgeons believe CCSVI causes MS", "unknown"),
    ("Liberation therapy cures MS, said promoters at the clinic's open day", "unknown"),
    # "despite X, Y": Y is the statement, and a comparison in it is still read
    ("Despite the negative trials, liberation therapy works for many people", "false"),
    ("Despite what the clinics say, venoplasty did not beat a sham in the Canadian trial",
     "true"),
    # "not all" denies "all", not what some reported
    ("Not all people who had venoplasty reported feeling better", "true"),
    # a claim on what TVAM and liberation therapy share rates only a statement naming TVAM
    ("The procedure, known as percutaneous venoplasty, widens narrowed neck veins with a "
     "balloon", "true"),
    # risks that outweigh the benefit judge it harmful
    ("For venoplasty, the harms outweigh any benefit shown so far", "true"),
    # idioms of a theory that failed: true statements once called false
    ("The vein theory of MS never held water", "true"),
    ("CCSVI is no longer taken seriously as a cause of MS", "true"),
    # what people hoped for is no claim that it works
    ("Many people with MS had high hopes for liberation therapy", "unknown"),
    # another condition set apart from CCSVI names no wrong part of CCSVI
    ("Vein problems in the legs are a different thing from CCSVI", "true"),
    # a denial before a list of the trials it names governs the verb after the list
    ("None of the sham-controlled trials, Brave Dreams, the Canadian trial or PREMiSe, "
     "showed venoplasty to be effective", "true"),
    # "linked to serious injuries and death" links the treatment to harm, not CCSVI to MS;
    # "X, which has been linked to ..." describes, it draws no conclusion
    ("Clinics sell an unproven treatment for CCSVI, which has been linked to serious "
     "injuries and death", "true"),
    # the Royal Society of Medicine, which published Zamboni's 2006 paper, is in London
    ("Zamboni presented his big idea on iron and veins to the Royal Society of Medicine in "
     "London in 2006", "true"),
    # blood backing up in the brain is the theory's mechanism (topic terms: veins or
    # drainage with the head or brain), and the theory described is a true report of it
    ("Blood backing up inside the brain is what sets off MS inflammation", "false"),
    ("Under this hypothesis, blood backs up into the brain and inflames it", "true"),
    # what a trial set out to determine is asked, not asserted
    ("The trial's aim is to determine whether venoplasty is safe and effective for people "
     "with MS", "unknown"),
    # "..., who claimed that X", "he has concluded that X": reports
    ("The idea came from Zamboni, who claimed that narrowed neck veins cause MS", "true"),
    ("He has concluded that there is a strong link between CCSVI and MS", "unknown"),
    # a claim every wording of which names NICE rates only a statement that names it (or
    # British guidance): an insurer's review is not NICE's
    ("The insurer reviewed a claim for jugular venoplasty for CCSVI", "unknown"),
    ("Our committee approved a review of jugular venoplasty for CCSVI", "unknown"),
    ("NICE approved venoplasty for CCSVI", "false"),
    # "vein-widening" names the procedure; doubt among doctors is their advice against it
    ("Vein-widening surgery cured my MS", "false"),
    # ... and so do veins "stretched": a statement that names the procedure no other way
    ("People who had their veins stretched felt better", "true"),
    ("Doctors are skeptical about liberation therapy", "true"),
    # relapses cut "to zero" are reduced, not denied; "close to zero" risk is still no risk
    ("Venoplasty cuts relapses to zero", "false"),
    ("Venoplasty brought my relapses down to zero", "false"),
    ("The risk of venoplasty is close to zero", "false"),
    # a harm named against "the procedure is safe" denies it; a harm denied asserts it
    ("You might catch an infection from the neck vein operation", "true"),
    ("People have had strokes after the neck vein operation", "true"),
    ("Nobody has died after the neck vein operation", "false"),
    ("Nobody has had a stroke after the neck vein operation", "false"),
    ("Liberation therapy is safe, with no risk of stroke", "false"),
    # "X and colleagues reported", "X et al. found"; "the concept is that X"
    ("Zamboni and his colleagues have reported that CCSVI is common in healthy people",
     "unknown"),
    # (the base holds Zamboni's report itself: a true report)
    ("Zamboni et al. reported that narrowed neck veins cause MS", "true"),
    ("The concept is that restoring the venous outflow will make MS patients better",
     "unknown"),
    # a label with words after it, called fair
    ("Calling venoplasty a scam that preys on the desperate is fair", "true"),
    # "signs of" is no "signed up" (taking part in a study)
    ("Brain fog and fatigue are signs of narrowed neck veins", "false"),
    # a yes-no question whether something happens at all is not the claim that it
    # happens in most people ("Is X found in most healthy people?" still is); whether it
    # happens in people without MS at all is the denial of the claim that healthy people
    # never have it, which is true (1 of 32 healthy volunteers met the criteria)
    ("Does CCSVI turn up in people without MS?", "true"),
    ("Is CCSVI found in most healthy people?", "false"),
    # "few" said against "most" (or "common" against "rare") is a denial the words do not
    # carry
    ("Only a small fraction of people with MS meet the CCSVI criteria", "true"),
    # a year a true claim does not give cannot be checked: not confirmed; a claim that
    # gives its years judges the one said
    ("A woman died in 2014 after liberation therapy", "unknown"),
    ("In 2012 the FDA said balloon devices are not approved for CCSVI", "true"),
    ("The FDA said in 2009 that balloon devices are not approved for CCSVI", "false"),
    ("The sales pitch from the clinics was that blood backing up in the brain causes the "
     "damage", "true"),
    # a camp or a lobby that claims the theory reports it ("the" of "the ... lobby" is
    # not a reporter's name that a claim's wording shares)
    ("The pro-CCSVI lobby claims that MS is caused by blocked veins", "true"),
    # a myth drawn as a conclusion from a premise that is not false is misleading; from
    # a false premise it stays false, and "clearly" alone draws nothing
    ("Zamboni's paper appeared in a medical journal, so narrowed veins must cause MS",
     "misleading"),
    ("The FDA approved liberation therapy, so it must work", "false"),
    ("Liberation therapy clearly helps MS", "false"),
    # a benefit denied is not a denial of a true claim that speaks of no benefit (that
    # there were sham-controlled trials): a claim that speaks of the benefit rates it; the
    # trials' existence denied still is such a denial
    ("Widening the veins gave no MS relief in a sham-controlled test", "true"),
    ("In the Canadian sham-controlled study, venoplasty did not ease anyone's symptoms",
     "true"),
    ("There were no sham-controlled trials of liberation therapy", "false"),
    # (a sham not beaten is the claim that it was no better than one)
    ("The Canadian study didn't show the procedure beating a sham", "true"),
    # a call to stop sharing posts asserts nothing; a statement after it still counts
    ("Please stop sharing those miracle cure posts about neck veins", "unknown"),
    ("Stop spreading this! Liberation therapy is not a cure for MS", "true"),
    # both groups named deny a claim that it is found only in MS
    ("CCSVI shows up in people with MS and in people without MS too", "true"),
    # the procedure's risk likened to a trivial one asserts that it is safe
    ("Having your jugular veins ballooned is no riskier than a blood test", "false"),
    ("Neck vein angioplasty is about as dangerous as a vaccine", "false"),
    ("The balloon procedure is not as safe as a flu jab", "true"),
    # absent is not present; "it's incorrect that X" denies X
    ("CCSVI is absent in healthy people", "false"),
    ("It's incorrect that liberation therapy cures MS", "true"),
    ("It's incorrect that venoplasty failed to help MS in Brave Dreams", "false"),
    # "outside the scope of" what is approved is not approved
    ("Treating CCSVI is outside the scope of the FDA-approved uses of balloon angioplasty "
     "devices", "true"),
    # what the procedure does or is for, described, is not the claim that it works
    ("The treatment involves ballooning the narrowed neck veins open to restore normal "
     "blood flow from the brain", "unknown"),
    ("Doctors thread a catheter into the jugular and inflate a balloon to improve the "
     "outflow of blood from the brain", "unknown"),
    ("Ballooning the neck veins restores normal blood flow from the brain", "false"),
    # Zamboni's family is not in the sources: not rated, unless the treatment's outcome is
    ("Zamboni's wife was diagnosed with MS before he proposed CCSVI", "unknown"),
    ("Zamboni turned to the neck veins because of his wife's MS", "unknown"),
    ("Zamboni's wife was cured of MS by liberation therapy", "false"),
    # the devices' approval, said in other words than a wording's
    ("Balloon catheters have not been approved by the FDA for use in CCSVI", "true"),
    # selling it as a cure called deceptive denies that it is one
    ("Promoting vein ballooning as a miracle cure for MS is deceptive", "true"),
    # a question answered at once with a rebuttal denies what it asks ...
    ("Venoplasty cures MS?? nope, not in any sham trial", "true"),
    ("so narrowed neck veins cause MS? lol no", "true"),
    ("lol TVAM cures MS?? nah mate, the sham trials said otherwise", "true"),
    ("the ccsvi ms connection?? busted ages ago", "true"),
    ("haha narrowed neck veins cause MS?? nah", "true"),
    # ... unless the answer agrees, or the question is put the usual way (read with its
    # answer as before)
    ("Narrowed neck veins cause MS? no doubt about it", "false"),
    ("Is venoplasty approved for MS in the US? No, it is not.", "true"),
    # those treated reporting they felt better: true, as some did; drawing a conclusion
    # from it is the myth that the reports prove it works
    ("Several patients who underwent the operation reported that their symptoms improved",
     "true"),
    ("A few patients who got the operation said their condition improved", "true"),
    ("Some patients who had the surgery said they felt better, which shows it works",
     "misleading"),
    # narrowing a little commoner with MS than with siblings: the Lancet figures (true);
    # CCSVI itself, or "far more", the myth
    ("Stenosis of a main neck vein was marginally more frequent in MS patients than in "
     "siblings", "true"),
    ("Vein narrowing came out commoner among MS patients than siblings, 74 to 66 percent",
     "true"),
    ("CCSVI turned up a little more often in MS sufferers than in siblings", "false"),
    ("Neck vein narrowing was far more frequent among MS patients than siblings", "false"),
    # a mention of the debate is near that claim in meaning, and says nothing of it
    ("She is drafting a paper on the story of the CCSVI debate for a class", "unknown"),
    ("My uncle followed the CCSVI controversy closely", "unknown"),
    # a supposition denied is no supposition (each holds a hedge and a condition, so only
    # the denial keeps the rule off it)
    ("Venoplasty probably would not work even if it were done earlier.", "true"),
    ("The balloon op might not help, even if done early.", "true"),
    # a multiple of people in a study's groups says nothing of how common CCSVI is
    ("His first paper had three times as many healthy volunteers as MS patients", "unknown"),
]


def test_an_ordinary_word_is_not_read_as_a_misspelt_one(checker):
    # "shame" is one letter from "sham" (and stems to it): after a sentence on the
    # trials, "Shame, I really wanted it to work" says nothing of a sham
    assert checker.check("Shame, I really wanted it to work.", on_topic=True).verdict == \
        "unknown"


def test_lining_up_is_no_link(checker):
    # "lining" is one letter from "linking", "line" a swap from French "lien" (a link):
    # results that did not line up deny no link
    r = checker.check("The seven society-funded studies' results were all over the place "
                      "instead of lining up")
    assert r.verdict != "false", r


def test_a_denying_wording_found_through_meaning_alone_is_not_trusted(checker):
    # "restenosis is common" is near "restenosis is not a problem" in meaning; the
    # wording's denial was not read into the statement, so the match is not trusted
    result = checker.check("My doctor later told me restenosis is really common after this "
                           "kind of angioplasty.")
    assert result.verdict != "false"


@pytest.mark.parametrize("text, verdict", VERDICT_ONLY)
def test_verdict_only(checker, text, verdict):
    assert checker.check(text).verdict == verdict


@pytest.mark.parametrize("text", [
    "Stents are used in treating CCSVI.",
    "Balloon devices and stents are used to treat CCSVI.",
])
def test_a_claim_on_the_devices_approval_rates_only_what_speaks_of_approval(checker, text):
    # the claim that the devices are not approved for CCSVI shares "stents", "balloon",
    # "devices" and "used" with a description of the procedure, which says nothing of
    # approval: such a statement is not rated false by it
    result = checker.check(text)
    assert result.verdict != "false"
    assert result.claim is None or result.claim.id != "devices-not-fda-approved-for-ccsvi"


def test_a_detail_of_another_named_study_does_not_judge_the_statement(checker):
    # the year (2013) and journal of Barreto's study are not those of Zamboni's: a
    # statement on Zamboni's study is not called false by them
    result = checker.check("Zamboni's original CCSVI study was published in a neurology "
                           "journal in 2009.")
    assert result.verdict != "false"
    # a detail of the study the claim is about still does
    assert checker.check("Barreto's CCSVI study appeared in the Annals of Neurology in "
                         "2010.").verdict == "false"


@pytest.mark.parametrize("text", [
    "The Lancet venography study was run in Australia.",
    "PREMiSe was a large trial of 900 patients.",
])
def test_a_wrong_detail_of_a_named_study_is_false_short_of_the_threshold(checker, text):
    # the study's name and a detail that contradicts the claim on it place the statement
    # even when its other words come short of the threshold
    result = checker.check(text, explain=True)
    assert result.verdict == "false"
    assert result.why["rule"] == "detail-of-named-study"
    assert "A detail is wrong" in result.explanation and result.sources


def test_a_wrong_detail_of_a_named_study_is_false_when_the_myth_it_matches_has_none(checker):
    # "Zamboni's Brave Dreams trial ..." matches a myth about that trial, which gives no
    # place: the claim on the trial's design judges the place it names
    result = checker.check("Zamboni's Brave Dreams trial took place at hospitals in Spain.",
                           explain=True)
    assert (result.verdict, result.why["rule"]) == ("false", "detail-of-named-study")
    assert "Italy" in result.explanation
    # the right place leaves the myth to judge the statement
    result = checker.check("Zamboni's Brave Dreams trial in Italy found venous angioplasty "
                           "unsafe")
    assert (result.verdict, result.claim.id) == ("misleading", "zamboni-said-procedure-unsafe")


def test_the_approval_gate_takes_clearance_not_a_narrowing_cleared():
    from ccsvi_check import checker as checker_module

    ref = checker_module._APPROVAL_REF
    assert ref.search("stents were used to clear or remove stenoses") is None
    assert ref.search("the devices were never cleared for CCSVI") is not None
    assert ref.search("no FDA clearance for this use") is not None


def test_a_share_is_not_read_as_a_wrong_detail_short_of_the_threshold(checker):
    # "two of five criteria" is not a share of the study's people
    assert checker.check("Zamboni's Doppler criteria needed at least two of five "
                         "abnormal findings.").verdict != "false"


@pytest.mark.parametrize("text", [
    "My neurologist told me liberation therapy cures MS",
    # told, assured, promised: by someone, a report
    "Patients were told that liberation therapy cures MS",
    # clinics named by what they sell report; the procedure they name is the topic's
    "CCSVI clinics claimed the operation cures MS",
    "Liberation therapy clinics in Mexico advertise that the procedure cures MS",
    "I was promised the vein operation would cure my MS",
    "My MS specialist says most people with MS have CCSVI",
    "Canadian newspapers reported that Zamboni was given an award for CCSVI",
    "The Globe and Mail reported that CCSVI causes MS",
    "WebMD says liberation therapy cures MS",
    "The Italian press said Zamboni's findings had been confirmed",
    # what it was sold as a way to do is its aim, not what it does
    "Liberation therapy, a balloon in the neck veins, was sold as a way to drain blood "
    "from the brain",
    # "all about", "all for": keen, not a quantity
    "My neighbour is all about this vein op for her husband's MS",
    # what was looked for or tested is not asserted either
    "Researchers looked for a link between CCSVI and MS.",
    "Scientists searched for a connection between CCSVI and multiple sclerosis",
    "Studies tested whether CCSVI is linked to MS",
    "Doctors looked into whether neck vein widening helps MS patients",
])
def test_a_report_or_a_search_is_not_rated(checker, text):
    assert checker.check(text).verdict == "unknown"


@pytest.mark.parametrize("text,verdict", [
    # what was found is read as it stands
    ("Researchers looked for a link between CCSVI and MS and found none.", "true"),
    # a search as the purpose of what is asserted is no search reported
    ("Everyone with MS should have a neck vein scan to look for CCSVI", "false"),
])
def test_a_search_with_its_result_or_as_a_purpose_is_rated(checker, text, verdict):
    assert checker.check(text).verdict == verdict


@pytest.mark.parametrize("text", [
    "Nobody knows whether the patients who said they felt better had any change in "
    "their blood flow",
    "Doctors aren't sure if the people who reported improving after venoplasty improved "
    "because of it",
])
def test_what_is_left_open_is_not_denied(checker, text):
    assert checker.check(text).verdict != "false"


@pytest.mark.parametrize("hedged, plain", [
    # chat fillers too
    ("ngl the vein op for MS is basically useless smh",
     "the vein op for MS is basically useless"),
    ("Zamboni found roughly the same thing in his MS patients, idk",
     "Zamboni found the same thing in his MS patients"),
    ("Venoplasty can possibly set off an abnormal heart rhythm in some patients.",
     "Venoplasty can set off an abnormal heart rhythm in some patients."),
    ("Stents put into neck veins can apparently move out of place.",
     "Stents put into neck veins can move out of place."),
    ("Lower venous flow out of the brain is perhaps something you are born with.",
     "Lower venous flow out of the brain is something you are born with."),
])
def test_a_hedging_adverb_is_no_word_of_the_claim(checker, hedged, plain):
    """'possibly', 'apparently', 'perhaps' say how sure the writer is, not what is
    claimed: the hedged statement matches as the plain one does (its verdict is the
    claim's, as README says of hedges)."""
    a, b = checker.check(hedged), checker.check(plain)
    assert (a.verdict, a.score) == (b.verdict, b.score)
    assert a.verdict != "unknown"


@pytest.mark.parametrize("text", [
    # the healthy side of a comparison, denied in a clause of its own
    "In Zamboni's scans the people with MS showed poor drainage and the healthy volunteers "
    "did not.",
    "Zamboni wrote that his MS patients had abnormal venous outflow and the controls didn't.",
    # the healthy group named by what it lacks
    "Zamboni's 2009 paper used Doppler scans to compare vein drainage in people with MS "
    "and people without it.",
    # the comparison read the right way round: figures in brackets, a multiple of the
    # healthy side
    "One society study saw CCSVI less often in the MS group (4%) than in the healthy "
    "group (7%).",
    "CCSVI was about twice as common in healthy volunteers as in MS patients in one study.",
])
def test_the_healthy_side_of_a_comparison_is_no_denial(checker, text):
    """'people without MS', 'the controls didn't', 'twice as common in healthy people
    as in MS patients' name the healthy side of a comparison; none of them denies what
    the sources say (each was called false)."""
    assert checker.check(text).verdict == "true"


def test_a_myth_with_the_healthy_side_denied_stays_false(checker):
    assert checker.check("MS patients have CCSVI and healthy people don't.").verdict == "false"


def test_people_without_ms_are_the_healthy_group(checker):
    """'ppl w/o MS' are healthy people: the statement is the true claim about them,
    not a denial of 'research proves narrowed veins cause MS'."""
    result = checker.check("narrowed neck veins show up in ppl w/o MS too")
    assert result.verdict == "true"
    assert result.claim.id == "neck-vein-narrowing-common-in-healthy-people"


@pytest.mark.parametrize("text", [
    "The Brave Dreams study was conducted in France.",
    "Brave Dreams signed up 400 patients.",
    "The Canadian trial was run in Mexico.",
])
def test_a_wrong_detail_of_the_one_trial_named_is_false(checker, text):
    """A trial named with a wrong place or count comes closest to a myth about the trial
    that gives no place or count; a true claim about the same trial close behind judges
    it (each was unknown)."""
    result = checker.check(text)
    assert result.verdict == "false"
    assert "A detail is wrong" in result.explanation


@pytest.mark.parametrize("text", [
    "The Brave Dreams trial cost 2 million euros.",
    # its years are when it was published: when it recruited is not in the base
    "Brave Dreams recruited its first patients in 2012.",
    # Zamboni is named in the claims of several trials, which give other places
    "Zamboni still lives in Ferrara these days.",
])
def test_what_a_trial_claim_cannot_judge_is_not_false(checker, text):
    assert checker.check(text).verdict != "false"


@pytest.mark.parametrize("rounded, exact", [
    ("Barreto's team saw CCSVI in 3.9 percent of MS patients and 7.1 percent of people "
     "without MS.",
     "Barreto's team saw CCSVI in 3.88 percent of MS patients and 7.14 percent of people "
     "without MS."),
    ("A Society-funded study put CCSVI at about 4% in MS and 7% in people without MS.",
     "A Society-funded study put CCSVI at about 3.88% in MS and 7.14% in people without MS."),
])
def test_a_share_the_base_gives_rounded_is_read_as_it(checker, rounded, exact):
    """'3.9%' and 'about 4%' round the base's 3.88%: the statement matches as the one
    with the base's figure does (both were called false: the figures, unmatched, left
    the claim on the seven studies closer)."""
    a, b = checker.check(rounded), checker.check(exact)
    assert (a.verdict, a.claim.id, a.score) == (b.verdict, b.claim.id, b.score)
    assert a.verdict == "true"


@pytest.mark.parametrize("text", [
    "Barreto's group reported CCSVI in 3.9% of people without MS.",
    "That society study saw CCSVI in about 7% of MS patients and only about 4% of people "
    "without MS.",
])
def test_a_rounded_share_given_to_the_wrong_group_is_false(checker, text):
    """Read as the base's 3.88% and 7.14%, the shares still belong to their groups: the
    other way round is a wrong detail, not the claim."""
    result = checker.check(text)
    assert result.verdict == "false"
    assert result.claim.id == "barreto-ccsvi-less-common-in-ms"


@pytest.mark.parametrize("text, verdict", [
    # a harm of the procedure named, in frames the claims' wordings do not use
    ("Clots have never once been seen after the neck vein procedure.", "false"),
    ("Getting an infection just isn't something that happens after venoplasty for CCSVI.",
     "false"),
    ("The little balloon might burst the very vein it is supposed to open.", "true"),
    # a denial in another clause denies something else
    ("People DIED after neck vein stents. Not a joke.", "true"),
])
def test_a_harm_of_the_procedure_named(checker, text, verdict):
    """Each harm the sources list (clots, stroke, death, nerve damage, bleeding, heart
    rhythm, infection, a torn vein, a stent that moves), named with the procedure, is
    the claim that the procedure can cause it; denied in its own clause, its denial."""
    assert checker.check(text).verdict == verdict


@pytest.mark.parametrize("text", [
    "Carotid artery stenting cuts the risk of stroke.",
    "Putting off MS treatment to wait for vein surgery risks nerve damage that cannot be "
    "repaired.",
    "Die Ballonangioplastie der Halsvenen hilft nicht bei MS.",
])
def test_a_harm_of_something_else_is_not_the_procedures(checker, text):
    result = checker.check(text)
    assert result.claim is None or result.claim.id not in (
        "unlisted-complications", "deaths-after-ccsvi-procedures",
        "liberation-therapy-serious-complications")


@pytest.mark.parametrize("text", [
    "Researchers found CCSVI in only one of 65 people with MS.",
    "CCSVI was found in 2% of people with MS.",
])
def test_found_in_a_group_is_not_found_in_it_alone(checker, text):
    """A share of people with MS who have CCSVI says nothing of other groups: it is not
    the claim that CCSVI is found only in people with MS (each was called false by it)."""
    result = checker.check(text)
    assert result.claim is None or result.claim.id != "ccsvi-specific-to-ms"


@pytest.mark.parametrize("text, claim_id", [
    ("CCSVI is found only in people with MS.", "ccsvi-specific-to-ms"),
    ("Healthy people don't get CCSVI.", "ccsvi-specific-to-ms"),
    # a large share found by a scan is the claim that most have it
    ("Catheter venography found CCSVI in about 90% of people with MS.",
     "most-with-ms-have-ccsvi"),
])
def test_found_in_ms_alone_or_in_most(checker, text, claim_id):
    result = checker.check(text)
    assert (result.verdict, result.claim.id) == ("false", claim_id)


@pytest.mark.parametrize("text, verdict, claim_id", [
    # Zamboni's first findings against what came after: later work found less
    ("Independent researchers turned up CCSVI far less often than Zamboni's first reports "
     "did.", "true", "zamboni-findings-confirmed"),
    ("Zamboni's first ultrasound findings looked far more impressive than what the blinded "
     "studies later showed.", "true", "zamboni-findings-confirmed"),
    ("The MS societies' studies found CCSVI more often than Zamboni had.", "false",
     "zamboni-findings-confirmed"),
    # ... on the gap between the groups, or the link
    ("The blinded studies saw a far smaller gap between MS and healthy people than Zamboni "
     "did.", "true", "zamboni-findings-confirmed"),
    ("Newer research has shown a stronger association with MS than Zamboni first reported.",
     "false", "zamboni-findings-confirmed"),
    # ... "held up better" says his were the more credible
    ("Zamboni's 2009 results have held up better than any later study.", "false",
     "zamboni-findings-confirmed"),
    # his own two groups: worse outflow in the MS group is what he reported
    ("In Zamboni's study, the controls had poorer venous drainage than the MS patients.",
     "false", "zamboni-reported-abnormal-flow-in-ms"),
])
def test_zamboni_compared_with_what_came_after(checker, text, verdict, claim_id):
    result = checker.check(text)
    assert (result.verdict, result.claim.id) == (verdict, claim_id)


@pytest.mark.parametrize("text, claim_id", [
    # the promoters' mechanism said as fact ...
    ("Narrowed jugulars let blood pool in the skull, and that is what triggers MS.",
     "venous-reflux-causes-inflammation"),
    ("Stagnant blood in the head is the root of MS lesions.",
     "venous-reflux-causes-inflammation"),
    # ... and its cure
    ("Widen the jugulars, the brain drains freely again, and the MS stops.",
     "liberation-therapy-cures-ms"),
])
def test_the_mechanism_said_as_fact_is_false(checker, text, claim_id):
    """Blood backed up into the brain as what sets off MS, or drained as what ends it,
    is the theory's myth (each was unknown: the words are a story, not a claim's)."""
    result = checker.check(text)
    assert (result.verdict, result.claim.id) == ("false", claim_id)


def test_the_mechanism_as_the_promoters_argued_it_is_not_false(checker):
    assert checker.check("Promoters argued that backed-up blood sets off MS "
                         "inflammation.").verdict != "false"


@pytest.mark.parametrize("text, verdict", [
    # a working cure kept from patients: the open trials answer it
    ("Drug companies buried liberation therapy because it would cost them sales.", "false"),
    ("The establishment silenced the vein theory to protect pharma profits.", "false"),
    # ... and a denial that anyone hides it agrees with them
    ("No one covered up CCSVI; it was studied openly and failed.", "true"),
    ("Doctors are not hiding anything about the vein procedure.", "true"),
])
def test_a_cure_said_to_be_hidden(checker, text, verdict):
    """'Big Pharma buried it', 'the establishment suppressed it', 'protecting drug profits'
    with the procedure or the vein theory: the hidden-cure myth (each was unknown, or true
    through 'the theory is science' read as a judgement)."""
    result = checker.check(text)
    assert (result.verdict, result.claim.id) == (verdict, "liberation-therapy-miracle-cure-hidden")


def test_a_hidden_cure_someone_alleges_is_their_report(checker):
    assert checker.check("A forum post alleged that neurologists suppressed the vein "
                         "procedure.").verdict == "unknown"


@pytest.mark.parametrize("text", [
    "Zamboni has always insisted the vein operation is safe.",
    "Zamboni still stands by the procedure, from what I hear.",
    "Zamboni hasn't changed his tune one bit; he still claims the operation works.",
    # backing, supporting or not backing away from the procedure itself
    "Zamboni continues to back his balloon treatment.",
    "Zamboni still openly endorses liberation therapy.",
    "Zamboni has never walked back his vein procedure.",
    "He hasn't backed away from claims that venoplasty helps.",
    # the one who came up with the theory, unnamed, is Zamboni
    "The surgeon who floated the vein hypothesis still swears by the operation.",
])
def test_zamboni_holding_to_this_day_that_it_works_is_false(checker, text):
    """'still', 'always', 'to this day': what he is said to hold now, against his own
    trial and his later word (each was unknown, read as a report)."""
    result = checker.check(text)
    assert result.verdict == "false"
    assert result.claim.id == "zamboni-trial-proved-treatment-works"


@pytest.mark.parametrize("text", [
    "In 2009 Zamboni claimed the procedure helped his patients.",
    "My neurologist told me Zamboni still insists the operation is safe.",
    "Zamboni still says the surgery doesn't work.",
    "Zamboni has not backed away from claims that the surgery is risky.",
    # one who pushed a treatment is not thereby Zamboni
    "The doctor who promoted the treatment still stands by the procedure.",
])
def test_what_zamboni_once_said_or_another_reports_is_not_false(checker, text):
    assert checker.check(text).verdict != "false"


def test_a_relative_clause_that_says_who_zamboni_is_is_not_his_theory(checker):
    """'Zamboni, who came up with the idea, later found X' is about X (it matched his
    proposal of the link, which the clause names)."""
    result = checker.check("Zamboni, who came up with the CCSVI idea, later found his own "
                           "trial showed no benefit.")
    assert (result.verdict, result.claim.id) == ("true", "zamboni-trial-found-no-benefit")


def test_an_unnamed_doctor_who_says_something_reports_it(checker):
    """'An Italian doctor says X' reports X, as 'a doctor says X' does ('an' was missing
    from the reporters' determiners)."""
    result = checker.check("An Italian doctor says liberation therapy cures MS.")
    assert result.verdict == "unknown"
    assert result.explanation.startswith("This statement reports a claim")


@pytest.mark.parametrize("text, verdict", [
    # one minor harm made the only one, or none but the cost: the procedure called safe
    ("The only real danger of the jugular balloon treatment is a small bruise on the groin.",
     "false"),
    # ... one harm among others is a harm
    ("Restenosis is not the only risk of venoplasty.", "true"),
    ("Stroke isn't the only danger of the liberation procedure.", "true"),
])
def test_the_only_harm(checker, text, verdict):
    assert checker.check(text).verdict == verdict


@pytest.mark.parametrize("text, verdict", [
    ("MS drugs do nothing, so the balloon operation is our last hope.", "false"),
    # how it seemed to them, and the only treatment proposed for CCSVI, are not that
    ("For many patients venoplasty was the only chance they felt they had.", None),
    ("Liberation therapy is the only treatment ever proposed for CCSVI.", "true"),
])
def test_the_procedure_as_the_only_hope(checker, text, verdict):
    """'the only hope' sets the procedure above the MS treatments there are: the claim
    that it does better than them (it matched nothing, or 'is an approved treatment',
    denied, as true)."""
    got = checker.check(text).verdict
    assert got == verdict if verdict else got != "false"


@pytest.mark.parametrize("text, verdict", [
    # what the FDA's 2017 notice says TVAM was promoted for (source 14)
    ("The FDA says TVAM has been marketed for autonomic dysfunction in MS.", "true"),
    # an approval it never gave, whatever for; its clause's denial only
    ("Transvascular autonomic modulation was cleared by the FDA for autonomic dysfunction "
     "in people with MS.", "false"),
    ("US regulators have signed off on the liberation procedure, only not for MS.", "false"),
    ("The FDA never authorized venoplasty for MS.", "true"),
    # denied after it, or said by someone else: as before
    ("People assume the FDA has approved venoplasty; it hasn't.", "true"),
    ("My cousin's clinic tell me TVAM is approved by the FDA.", "unknown"),
])
def test_what_the_fda_said_and_did_not_approve(checker, text, verdict):
    assert checker.check(text).verdict == verdict


def test_no_good_way_yet_to_regrow_myelin_is_true(checker):
    """The seed: we still don't have good options to repair or regrow lost myelin (it
    was unknown: the claim that such repair exists had few wordings)."""
    result = checker.check("There's still no good way to regrow myelin once it is lost.")
    assert (result.verdict, result.claim.id) == ("true", "myelin-repair-available")


@pytest.mark.parametrize("text", [
    "It isn't clear whether those who improved after the neck vein op had any real change "
    "in blood flow.",
    "Feeling better after venoplasty didn't necessarily mean the blood was draining any "
    "better.",
])
def test_improvement_not_shown_to_come_from_blood_flow_is_true(checker, text):
    """The seed: it's not clear whether those who reported improvement had any change in
    blood flow. The claim that it came from better flow is unproven, and its denial is
    what the sham-controlled trials bear out (``denied: true``; it was unknown)."""
    result = checker.check(text)
    assert (result.verdict, result.claim.id) == ("true", "improvement-due-to-better-blood-flow")


def test_an_aim_denied_is_no_denial_of_a_claim_rated_on_its_denial(checker):
    """'It wasn't promoted as a way to improve blood flow' says what it was for, not that
    blood flow does not explain the improvement."""
    result = checker.check("Liberation therapy wasn't promoted as a way to improve blood "
                           "flow out of the brain.")
    assert result.verdict != "true"


@pytest.mark.parametrize("text", [
    "CCSVI was a con dreamt up by its inventor for the money.",
    "CCSVI is a fraud some doctors invented to get rich.",
])
def test_a_hoax_charged_with_a_money_motive_is_unproven(checker, text):
    """A fraud said to be invented for money charges a motive the sources say nothing of: it is
    rated as that charge (unproven), not as a denial that CCSVI causes MS (it was true)."""
    result = checker.check(text)
    assert (result.verdict, result.claim.id) == ("unproven", "ccsvi-invented-to-make-money")


@pytest.mark.parametrize("text, verdict", [
    ("CCSVI is a fraud.", "true"),
    ("Liberation therapy is a scam to make money off desperate patients.", "true"),
])
def test_without_a_motive_or_on_the_procedure_a_hoax_is_a_denial(checker, text, verdict):
    assert checker.check(text).verdict == verdict


@pytest.mark.parametrize("text", [
    "Whether the people who felt better after venoplasty had any real change in their "
    "blood flow is still not known.",
    "Nobody has shown that those who felt better after venoplasty had any change in their "
    "blood flow.",
])
def test_a_change_in_blood_flow_not_shown_among_those_who_improved_is_true(checker, text):
    """The seed's 'it's not clear whether those who reported clinical improvement had any
    associated change in their blood flow', said as who felt better and whether their
    flow changed (each was unknown)."""
    result = checker.check(text)
    assert (result.verdict, result.claim.id) == ("true", "improvement-due-to-better-blood-flow")


@pytest.mark.parametrize("text", [
    "The Canadian venoplasty trial followed participants over three years.",
])
def test_a_wrong_follow_up_of_the_canadian_trial_is_false(checker, text):
    """The Canadian trial's follow-up lasted 48 weeks (Neurology, 2018): a
    statement of years came closer to the claim that trial participants died (unproven)."""
    result = checker.check(text)
    assert (result.verdict, result.claim.id) == ("false", "canadian-trial-design")


def test_low_venous_flow_said_to_be_inborn_and_harmless_is_true(checker):
    """The seed: lower than average cerebrospinal venous flow is believed to be congenital
    and to cause no health issues, said with 'harmless' (the base's word for safe) and
    less blood leaving the brain (it was unknown)."""
    result = checker.check("Seeing a bit less venous blood leave the brain than average is "
                           "probably inborn and harmless.")
    assert (result.verdict, result.claim.id) == ("true", "low-venous-flow-congenital-and-harmless")


@pytest.mark.parametrize("text", [
    "Venoplasty is worth a shot for anyone with MS, because it can't do any harm.",
    "Might as well say TVAM is worth a go as there's no downside.",
])
def test_a_try_urged_because_it_cannot_hurt_calls_the_procedure_safe(checker, text):
    """A try urged because it cannot hurt says the procedure is harmless, which the harms
    the FDA was told of deny (each was unknown)."""
    result = checker.check(text)
    assert (result.verdict, result.claim.id) == ("false", "liberation-therapy-safe")


def test_a_try_urged_for_something_else_is_not_the_procedure_called_safe(checker):
    result = checker.check("A new yoga class is worth a try since it can't hurt.")
    assert result.verdict == "unknown"


@pytest.mark.parametrize("text", [
    "PREMiSe proved that angioplasty triples the relapse rate.",
    "That small trial proved that opening the neck veins makes MS worse.",
])
def test_a_warning_of_premise_said_to_be_proved_is_misleading(checker, text):
    """PREMiSe warned that angioplasty may worsen MS (4 relapses against 1, a trend that was
    not statistically significant): said to be proved, it is misleading (it was unproven,
    or true as the warning)."""
    result = checker.check(text)
    assert (result.verdict, result.claim.id) == ("misleading",
                                                 "premise-proved-procedure-worsens-ms")


def test_a_benefit_said_to_be_proved_by_premise_is_still_false(checker):
    assert checker.check("PREMiSe proved that angioplasty cuts relapses.").verdict == "false"


@pytest.mark.parametrize("text", [
    "Venoplasty opens up the blood vessels in a patient's legs.",
    "The liberation procedure is basically ballooning the carotid arteries.",
    "In venoplasty the catheter is threaded into the arteries of the neck.",
])
def test_the_procedure_said_to_work_on_another_place_is_false(checker, text):
    """The procedure widens narrowed neck veins: on the legs' veins or on arteries it is
    a wrong place, which the description's details judge (each was unknown; legs were
    read as another condition's)."""
    result = checker.check(text)
    assert (result.verdict, result.claim.id) == ("false", "liberation-therapy-description")
    assert "A detail is wrong" in result.explanation


def test_the_right_place_beside_a_wrong_one_is_not_false(checker):
    result = checker.check("Liberation therapy widens the veins in the neck, not the legs.")
    assert result.verdict != "false"


@pytest.mark.parametrize("text, verdict", [
    # "the op" is "the procedure", as writers shorten it
    ("The op never causes blood clots.", "false"),
    ("It's documented that the experimental op can cause a blood clot.", "true"),
    # "neck vein" no longer takes the words of "vein procedure" or "vein op" from it
    ("That neck vein op can throw your heart rhythm off.", "true"),
])
def test_the_op_and_the_neck_vein_procedure_name_it(checker, text, verdict):
    assert checker.check(text).verdict == verdict


def test_an_op_on_something_else_is_not_the_procedure(checker):
    assert checker.check("My knee surgery went fine, the op is safe.").verdict == "unknown"


@pytest.mark.parametrize("text", [
    "It's the stents that cause trouble; the balloon alone is risk-free.",
    "Stenting is what's risky, the ballooning by itself is fine.",
    "The balloon treatment is fine so long as no stent goes into the vein.",
])
def test_the_balloon_alone_called_harmless_calls_the_procedure_safe(checker, text):
    """The harms the FDA was told of are the balloon's too (damage to the treated vein,
    clots), not the stent's alone (each was unknown or true)."""
    result = checker.check(text)
    assert (result.verdict, result.claim.id) == ("false", "liberation-therapy-safe")


@pytest.mark.parametrize("text", [
    "Heart balloon angioplasty alone is safe for most patients.",
    "The balloon on its own is not harmless either: veins can tear.",
])
def test_a_balloon_elsewhere_or_denied_harmless_is_not_called_safe(checker, text):
    assert checker.check(text).verdict != "false"


@pytest.mark.parametrize("text, verdict", [
    ("According to Zamboni, his healthy volunteers showed the same faulty drainage as the "
     "MS patients.", "false"),
    ("Zamboni's paper said the MS patients had perfectly normal venous drainage.", "false"),
    # what he did report, either way round
    ("Zamboni's report had abnormal outflow among his MS patients and normal outflow among "
     "his healthy controls.", "true"),
    ("Zamboni reported that the people without MS had normal venous outflow.", "true"),
    # "the same vein flow in ... as in ...", "as normal as"
    ("In his original paper, Zamboni recorded the same vein flow in unaffected people as in "
     "those with MS.", "false"),
    ("In Zamboni's 2009 paper, people with MS had venous flow as normal as the controls.",
     "false"),
])
def test_zamboni_said_to_have_found_his_two_groups_alike_is_false(checker, text, verdict):
    """Zamboni reported abnormal venous drainage in his MS group and normal flow in the
    other: his groups said to be alike, or his MS group normal, is not what he reported
    (each was true, read as the report itself)."""
    result = checker.check(text)
    assert (result.verdict, result.claim.id) == (verdict, "zamboni-reported-abnormal-flow-in-ms")


@pytest.mark.parametrize("text, verdict", [
    ("Severe narrowing of a major neck vein was something only people with MS showed in the "
     "Lancet work.", "false"),
    ("Over 50% narrowing of a big neck vein showed up exclusively in people with MS.", "false"),
    # found in healthy people "not only" in MS agrees
    ("Narrowed neck veins are common in healthy people, not only in people with MS.", "true"),
])
def test_narrowing_said_to_be_found_in_the_ms_group_alone_is_false(checker, text, verdict):
    """More than 50% narrowing of a major vein was common in all groups of the blinded
    study (74% of people with MS, 66% of siblings): found in people with MS alone denies
    that (each was true, the 'only' left unread)."""
    result = checker.check(text)
    assert (result.verdict, result.claim.id) == (
        verdict, "neck-vein-narrowing-common-in-healthy-people")


@pytest.mark.parametrize("text", [
    "In the blinded venography study, MS patients fit the CCSVI criteria seven times as "
    "often as their siblings.",
    "Venography found CCSVI twenty times as often in people with MS as in unrelated "
    "volunteers.",
])
def test_a_multiple_in_words_is_a_comparison_not_an_equality(checker, text):
    """'Seven times as often as' says more common in MS (the blinded study found 2-3% in
    every group): it was read as 'as often as', alike (true)."""
    result = checker.check(text)
    assert (result.verdict, result.claim.id) == ("false", "ccsvi-linked-to-ms")


@pytest.mark.parametrize("text, verdict", [
    ("The majority of people with MS in the blinded catheter study met the CCSVI criteria.",
     "false"),
    ("Most people with MS did not meet the CCSVI criteria on catheter venography.", "true"),
])
def test_most_of_the_ms_group_denies_that_ccsvi_is_rare(checker, text, verdict):
    """The blinded study found CCSVI in 2-3% of each group: most people with MS meeting
    the criteria denies it (it was true, the quantity unread)."""
    result = checker.check(text)
    assert (result.verdict, result.claim.id) == (verdict, "ccsvi-rare-with-and-without-ms")


@pytest.mark.parametrize("text", [
    "Once they have been opened, the veins stay open for life.",
    "Opened veins stay open for good, they never narrow back.",
])
def test_veins_said_to_stay_open_speak_of_the_procedure(checker, text):
    """Veins opened that stay open speak of the procedure, which names neither: the topic
    term 'veins open stay' (the veins often narrowed again; each was unknown)."""
    result = checker.check(text)
    assert (result.verdict, result.claim.id) == ("false", "restenosis-rare")


def test_a_vein_kept_open_for_a_drip_is_not_the_procedure(checker):
    assert checker.check("My veins stay open for the IV drip.").verdict == "unknown"


@pytest.mark.parametrize("text,verdict", [
    # a negation the matcher cannot place, in a statement whose clauses, each rated
    # alone, agree: the statement is rated as they agree, with their sources
    ("The FDA cautioned people about TVAM and it is not cleared for MS.", "true"),
    ("Only MS patients get CCSVI; people without MS never get it.",
     "false"),
])
def test_clauses_that_agree_rate_the_statement(checker, text, verdict):
    result = checker.check(text, explain=True)
    assert (result.verdict, result.why["rule"]) == (verdict, "clauses-agree")
    assert result.sources


def test_a_clause_near_a_claim_rated_otherwise_keeps_the_statement_unrated(checker):
    # "... but at least it is harmless" is left unknown alone, yet it comes near "liberation
    # therapy is safe" (false): the true clause before it does not rate the whole
    text = ("Angioplasty of the veins for MS might not help a lot but at least it is "
            "completely harmless.")
    assert checker.check(text).verdict != "true"


def test_chat_fillers_are_no_words_of_a_claim(checker):
    # "trust me", "my guy", "fam": a noisy post's fillers do not water its claim down
    plain = checker.check("liberation therapy is 100% safe")
    noisy = checker.check("liberation therapy is 100% safe trust me fam")
    assert (noisy.verdict, noisy.score) == (plain.verdict, plain.score)


@pytest.mark.parametrize("text", [
    "Ballooned neck veins will sort your MS problems out in a few weeks.",
])
def test_a_promised_cure_is_not_a_report_of_feeling_better(checker, text):
    # the claim that some people reported feeling better rates only a statement that tells
    # of a report or a feeling (meaning alone put these next to it)
    result = checker.check(text)
    assert result.claim is None or result.claim.id != "improvement-reported"


@pytest.mark.parametrize("text,claim_id", [
    # researchers said to have proposed the theory: a true report of who put it forward
    ("Some scientists suggested that CCSVI causes MS.", "ccsvi-causes-ms"),
    ("In 2008 some doctors proposed that pinched jugular veins cause MS.",
     "ccsvi-causes-ms"),
])
def test_researchers_who_proposed_the_theory_are_reported_truly(checker, text, claim_id):
    result = checker.check(text, explain=True)
    assert (result.verdict, result.claim.id, result.why["rule"]) == (
        "true", claim_id, "theory-reported")


def test_normal_blood_flow_to_the_brain_elsewhere_is_not_rated(checker):
    assert checker.check("Normal blood flow to the brain matters after a stroke.").verdict \
        == "unknown"


@pytest.mark.parametrize("text,claim_id", [
    # what the procedure would do under other conditions, or what the trials missed, or
    # the theory proven right to come, supposed: unproven, not false or unknown
    ("Maybe venoplasty would help if surgeons did it sooner after diagnosis.",
     "liberation-therapy-improves-symptoms"),
    ("Perhaps the angioplasty trials were simply underpowered and missed a real benefit.",
     "liberation-therapy-improves-symptoms"),
    ("Possibly a larger study will prove the vein theory correct one day.",
     "ccsvi-causes-ms"),
    # ... or another form of the procedure supposed to succeed where the balloon did not
    ("Perhaps stenting the jugulars could do better than plain ballooning did.",
     "liberation-therapy-improves-symptoms"),
    ("I suspect another round of ballooning might hold the veins open for good.",
     "liberation-therapy-improves-symptoms"),
])
def test_what_is_supposed_to_work_is_unproven(checker, text, claim_id):
    result = checker.check(text, explain=True)
    assert (result.verdict, result.claim.id, result.why["rule"]) == (
        "unproven", claim_id, "supposed-to-work")
    assert result.sources


@pytest.mark.parametrize("text", [
    # the procedure counted among MS treatments is a claim on the procedure
    "Venous angioplasty is one of the meaningful treatment options for MS",
    "Widening jugulars with a balloon is a proven treatment option for MS",
    # "out of options" is not what the claim speaks of
    "Anyone with MS who is out of options should try venoplasty",
])
def test_the_procedure_among_ms_treatments_is_not_rated_by_that_claim(checker, text):
    result = checker.check(text)
    assert result.claim is None or result.claim.id != "ms-has-treatment-options"
    assert result.verdict != "true"


@pytest.mark.parametrize("text", [
    # the benefit denied is the MS medicines'
    "Chasing a vein cure is a sensible move for patients whose MS meds aren't working",
])
def test_a_benefit_denied_to_ms_medicines_is_not_the_procedures(checker, text):
    assert checker.check(text).verdict != "true"
