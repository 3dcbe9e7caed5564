"""The construction rules (ccsvi_check/rules.py), each with sentences of our own."""

import pytest

from ccsvi_check import rules


@pytest.mark.parametrize("text, condition", [
    ("CCSVI might play a part in ALS as well", "als"),
    ("Vein angioplasty helps Parkinson's patients", "parkinson's"),
    ("Systemic sclerosis narrows small blood vessels", "systemic sclerosis"),
    ("My knee surgery went fine, the procedure is safe", "knee"),
    ("Varicose veins can be treated with a balloon", "varicose"),
    # a leg vein disorder with MS named is still not CCSVI
    ("Do leaky leg veins make MS fatigue worse?", "leg veins"),
    ("Spider veins are a sign of MS", "spider veins"),
    ("Narrowed neck veins cause sclerosis of the arteries", "sclerosis"),  # not MS
])
def test_other_conditions_are_named(text, condition):
    assert rules.other_condition(text) == condition


@pytest.mark.parametrize("text", [
    "CCSVI causes MS",
    "People with MS and ALS were both studied for CCSVI",  # names MS: not another topic
    "Liberation therapy can cause a stroke",  # a harm of the procedure, not a disease
    "Unlike varicose leg veins, the neck veins of CCSVI were said to cause MS",
    "CCSVI causes multipel sclerosis",  # a misspelt "multiple" still names MS
])
def test_ms_statements_are_not_about_another_condition(text):
    assert rules.other_condition(text) is None


@pytest.mark.parametrize("text, who, what", [
    ("Zamboni claimed that CCSVI causes MS", "zamboni", "ccsvi causes ms"),
    ("My neighbour believes liberation therapy cures MS", "my neighbour",
     "liberation therapy cures ms"),
    ("Some clinics advertise the procedure as a cure for MS", "some clinics",
     "the procedure as a cure for ms"),
    ("A clinic's website promotes liberation therapy as a cure", "a clinic",
     "liberation therapy as a cure"),
    ("Blocked neck veins cause MS, my aunt says", "my aunt",
     "blocked neck veins cause ms"),
    ("According to some websites, TVAM reverses MS", "some websites", "tvam reverses ms"),
    # reporters named with what they back or where they are
    ("Backers of the vein theory insist the veins are blocked in MS", "backers",
     "the veins are blocked in ms"),
    ("A clinic in Costa Rica says it has opened hundreds of neck veins", "a clinic",
     "it has opened hundreds of neck veins"),
    # the writer of a book or an advert; a time before the reporter; how often it is said
    ("The author claims liberation therapy stops MS progression", "the author",
     "liberation therapy stops ms progression"),
    ("The brochure promises that the procedure ends MS fatigue", "the brochure",
     "the procedure ends ms fatigue"),
    ("In the late 2000s, some researchers suggested that narrowed neck veins inflame the "
     "brain", "some researchers", "narrowed neck veins inflame the brain"),
    ("Every few years someone reposts the claim that opening neck veins cures MS",
     "someone", "the claim that opening neck veins cures ms"),
    # an adverb of time between the reporter and the verb
    ("My doctor later told me restenosis is common after angioplasty", "my doctor",
     "restenosis is common after angioplasty"),
    # a reporter with where he is from and his name between commas
    ("The Italian doctor from Ferrara, Zamboni, had claimed that narrowed neck veins were "
     "behind MS", "the italian doctor", "narrowed neck veins were behind ms"),
    # a belief once held is reported, not asserted (a finding is evidence: "researchers
    # found X" is no report)
    ("At first neurologists had widely assumed that narrowed veins were behind MS",
     "neurologists", "narrowed veins were behind ms"),
    ("I used to think venoplasty was a cure", "i", "venoplasty was a cure"),
    # a reporter with two words before its noun
    ("A local support group says the stents never move", "a local support group",
     "the stents never move"),
])
def test_reports_are_found(text, who, what):
    report = rules.attribution(text)
    assert report is not None
    assert (report.who, report.what) == (who, what)


@pytest.mark.parametrize("text", [
    "Studies show that CCSVI is not linked to MS",   # an authority reports a finding
    "The FDA says TVAM is not authorized",
    "As Zamboni proved, CCSVI causes MS",            # endorsed, not reported
    # an opening phrase other than a time is no part of a report
    "After his trial, studies show that CCSVI is not linked to MS",
    "CCSVI causes MS",
    "Researchers found that CCSVI is as rare in MS as in healthy people",
])
def test_assertions_are_not_reports(text):
    assert rules.attribution(text) is None


@pytest.mark.parametrize("text, who", [
    ("It has been suggested that narrowed veins slow blood flow out of the brain", "it"),
    ("According to Zamboni's 2008 paper, CCSVI may be a cause of MS", "zamboni's 2008 paper"),
    # a reporting clause set between commas in the middle of what it reports
    ("The fix, he says, is to balloon the jugular veins open", "he"),
    ("Blocked neck veins, the clinic claimed, are behind every case of MS", "the clinic"),
])
def test_impersonal_reports_papers_and_reports_between_commas(text, who):
    report = rules.attribution(text)
    assert report is not None and report.who == who


def test_a_report_said_to_be_false_is_marked_denied():
    assert rules.attribution("Some clinics falsely claim TVAM cures MS").denied


@pytest.mark.parametrize("text, plain, rule", [
    ("TVAM is a scam", "liberation therapy does not work for ms", "evaluative"),
    ("Liberation therapy is total quackery!", "liberation therapy does not work for ms",
     "evaluative"),
    ("CCSVI is pseudoscience", "ccsvi does not cause ms", "evaluative"),
    # the studies' results put down to the imaging, or not
    ("The CCSVI findings were all over the place because sonographers were trained "
     "differently", "differences in imaging techniques, training and interpretation may "
     "explain the conflicting ccsvi study results", "imaging-explains"),
    ("Ultrasound technique had no role in the inconsistent CCSVI results",
     "it is not true that differences in imaging techniques, training and interpretation "
     "may explain the conflicting ccsvi study results", "imaging-explains"),
    # those treated said to have reported feeling better: some did (not a report to rate
    # by what is reported, "their condition improved")
    ("Several patients who underwent the operation reported that their symptoms improved",
     "some people reported feeling better after liberation therapy", "treated-felt-better"),
    ("Many people who tried venoplasty in the trials said they felt a lot better",
     "some people reported feeling better after liberation therapy", "treated-felt-better"),
    # a question answered at once with a rebuttal denies what it asks
    ("Venoplasty cures MS?? nope, not in any sham trial",
     "it is not true that venoplasty cures ms", "asked-rebutted"),
    ("so narrowed neck veins cause MS? lol no", "it is not true that narrowed neck veins "
     "cause ms", "asked-rebutted"),
    # a theory said to have collapsed, crumbled or not survived testing was disproven
    ("The neck vein hypothesis crumbled under careful testing",
     "the ccsvi theory has been disproven", "evaluative"),
    ("The drainage explanation of MS did not survive the blinded studies",
     "the ccsvi theory has been disproven", "evaluative"),
    ("The CCSVI theory is no hoax", "ccsvi causes ms", "evaluative"),
    ("The claim that venoplasty cures MS is false",
     "it is not true that venoplasty cures ms", "claim-that-is-false"),
    ("The notion that blocked veins cause MS is plain wrong",
     "it is not true that blocked veins cause ms", "claim-that-is-false"),
    ("Saying that TVAM is safe is nonsense", "it is not true that that tvam is safe",
     "claim-that-is-false"),
    ("It's wrong to say that CCSVI causes MS", "it is not true that ccsvi causes ms",
     "wrong-to-say"),
    ("Liberation therapy is far from safe", "liberation therapy is not safe", "far-from"),
    # a judgement of harm on the procedure, or on choosing it
    ("Ballooning your jugular veins is downright reckless",
     "liberation therapy is dangerous", "harm"),
    ("Dropping your MS drugs for venoplasty would be a terrible idea",
     "liberation therapy is dangerous", "harm"),
    ("It's irresponsible to offer TVAM to desperate patients",
     "liberation therapy is dangerous", "harm"),
    ("Liberation therapy is not risky", "liberation therapy is safe", "harm"),
    ("I would not say that venous angioplasty isn't risky",
     "liberation therapy is dangerous", "harm"),
    # a doubt before the judgement denies it, and a doubt denied affirms it
    ("I doubt that venoplasty is dangerous", "liberation therapy is safe", "harm"),
    ("I do not doubt that venoplasty is dangerous", "liberation therapy is dangerous", "harm"),
    ("Nobody doubts that TVAM is risky", "liberation therapy is dangerous", "harm"),
    # a large difference in neck-vein narrowing between patients and their siblings
    # (74% and 66% in the blinded study): narrowing is not common in healthy people
    ("Their healthy siblings had far less vein narrowing than the MS patients",
     "narrowed neck veins are not common in healthy people", "far-more-in-ms"),
    ("Vein narrowing turned up much more in the MS group than in unaffected siblings",
     "narrowed neck veins are not common in healthy people", "far-more-in-ms"),
    # ... and so is what it is (not) wrong, fair or unreasonable to call it
    ("It is not wrong to call venoplasty unproven", "venoplasty unproven", "wrong-to-say"),
    ("It would be unfair to describe CCSVI as a proven disease",
     "it is not true that ccsvi as a proven disease", "fair-to-say"),
    ("It is not unreasonable to label liberation therapy a dead end",
     "liberation therapy a dead end", "fair-to-say"),
    # which has the stronger evidence, in either order
    ("Approved MS drugs have much stronger evidence than venoplasty",
     "liberation therapy does not work better than ms drugs", "versus-drugs"),
    ("TVAM has more solid evidence behind it than disease-modifying drugs",
     "liberation therapy works better than ms drugs", "versus-drugs"),
    # ... what each has to offer, what it cuts more, the one said to be the better bet
    ("Approved drugs have far more going for them than venoplasty does",
     "liberation therapy does not work better than ms drugs", "versus-drugs"),
    ("The vein op has more to offer than the MS treatments on the market",
     "liberation therapy works better than ms drugs", "versus-drugs"),
    ("Venoplasty cuts relapses more than interferon does",
     "liberation therapy works better than ms drugs", "versus-drugs"),
    ("MS drugs have more clinical evidence than venoplasty",
     "liberation therapy does not work better than ms drugs", "versus-drugs"),
    # ... and a denial in a clause after the second side is that clause's
    ("Your MS meds are a better bet than the vein op, which has never been shown to work",
     "liberation therapy does not work better than ms drugs", "versus-drugs"),
    # a retraction takes the claim back
    ("Venoplasty cures MS... jk, it doesn't", "it is not true that venoplasty cures ms",
     "retracted"),
])
def test_rewrites(text, plain, rule):
    rw = rules.rewrite(text)
    assert rw is not None and (rw.text, rw.rule) == (plain, rule)


@pytest.mark.parametrize("text, more", [
    ("Narrowed veins are far more common in people with MS than in healthy people", True),
    ("CCSVI turns up more often in MS patients than in healthy controls", True),
    ("CCSVI is equally common in people with and without MS", False),
    ("CCSVI is as rare in people with MS as in healthy people", False),
    ("CCSVI is no more common in MS than in healthy people", False),
    ("CCSVI was about as rare in people with MS as in their siblings", False),
    ("CCSVI turned up less often in people with MS than in people without MS", False),
    ("CCSVI was three times as common in people with MS as in controls", True),
    ("Narrowed veins turned up less often in MS patients than in those without", False),
    ("CCSVI was equally uncommon whether or not people had MS", False),
])
def test_comparisons_read_direction_and_equality(text, more):
    rw = rules.rewrite(text)
    assert rw is not None and rw.rule == "comparison"
    assert (rw.text == rules._MORE_IN_MS_PLAIN) is more


def test_plain_statements_are_not_rewritten():
    assert rules.rewrite("CCSVI causes MS") is None
    # a share under half is no "most"; a share Zamboni reported is his finding
    assert rules.rewrite("2% of people with MS have CCSVI") is None
    assert rules.rewrite("Zamboni said 90% of MS patients have CCSVI") is None
    # a report of the judgement is left to the attribution rule
    assert rules.rewrite("The FDA warned that TVAM is dangerous") is None
    # a harm judgement of something that is not the procedure
    assert rules.rewrite("Skipping your MS drugs is a bad idea") is None
    assert rules.rewrite("The false hope of a cure is cruel") is None
    # a difference said plainly is left alone (66% is less than 74%)
    assert rules.rewrite("Siblings had less vein narrowing than the MS patients") is None


@pytest.mark.parametrize("text, plain, rule", [
    ("It isn't wrong to say that TVAM carries risks", "tvam carries risks", "wrong-to-say"),
    ("Yeah right, liberation therapy is totally safe", "it is not true that liberation "
     "therapy is totally safe", "sarcasm"),
])
def test_double_denials_and_sarcasm(text, plain, rule):
    rw = rules.rewrite(text)
    assert rw is not None and (rw.text, rw.rule) == (plain, rule)


@pytest.mark.parametrize("text, plain, rule", [
    # the hope set on a treatment or a theory misplaced, or what it came to
    ("The excitement over venoplasty turned out to be unfounded",
     "liberation therapy does not work for ms", "evaluative"),
    ("The buzz surrounding the CCSVI theory was overblown", "ccsvi does not cause ms",
     "evaluative"),
    ("TVAM was just a pipe dream", "liberation therapy does not work for ms", "evaluative"),
    ("The neck vein operation only offers desperate people empty promises",
     "liberation therapy does not work for ms", "evaluative"),
    ("Zamboni's theory looked exciting in 2009 but it never panned out",
     "the ccsvi theory has been disproven", "evaluative"),
    ("Venoplasty fizzled once the sham-controlled trials came in",
     "liberation therapy does not work for ms", "evaluative"),
    # ... with an adverb between "has" and "been"
    ("The CCSVI idea has more or less been debunked", "the ccsvi theory has been disproven",
     "evaluative"),
    ("Liberation therapy has largely been discredited",
     "liberation therapy does not work for ms", "evaluative"),
    # ... denied, it is defended
    ("Venous angioplasty is not false hope", "liberation therapy works for ms", "evaluative"),
    # more of its risk than of its benefit: it is judged dangerous
    ("Venoplasty brings greater risks than real benefits", "liberation therapy is dangerous",
     "harm"),
    ("On the evidence the jugular vein op has more harm than good",
     "liberation therapy is dangerous", "harm"),
    # a doubt before the judgement denies it, and a doubt denied affirms it
    ("I doubt that venoplasty is dangerous", "liberation therapy is safe", "harm"),
    ("I do not doubt that venoplasty is dangerous", "liberation therapy is dangerous", "harm"),
    ("Nobody doubts that TVAM is risky", "liberation therapy is dangerous", "harm"),
    # the theory said to stand, as accepted or better supported than it was
    ("These days the CCSVI hypothesis is widely accepted among neurologists",
     "the ccsvi theory has not been disproven", "theory-upheld"),
    ("Zamboni's theory has gained growing scientific support since 2008",
     "the ccsvi theory has not been disproven", "theory-upheld"),
    ("The vein link is now better supported than it was ten years ago",
     "the ccsvi theory has not been disproven", "theory-upheld"),
    # Zamboni's trial said to have come out better for the procedure than the Canadian
    # trial (both found no benefit): read as his trial having shown one
    ("Brave Dreams found a stronger effect of venoplasty than the Canadian study",
     "brave dreams proved the zamboni procedure is effective", "trials-compared"),
    ("Zamboni's study was far more encouraging for the balloon treatment than Traboulsee's",
     "brave dreams proved the zamboni procedure is effective", "trials-compared"),
    # low venous flow weighed against average flow
    ("Reduced cerebral venous outflow is hardly more dangerous than normal outflow",
     "lower than average venous flow does not lead to health issues", "low-flow-weighed"),
    ("Sluggish drainage from the brain is less of a risk than normal drainage",
     "lower than average venous flow does not lead to health issues", "low-flow-weighed"),
    ("Slower blood drainage from the brain is more damaging than normal drainage",
     "lower than average venous flow leads to health issues", "low-flow-weighed"),
    # ... or said outright to harm, to come on later in life, or to be harmless
    ("Sluggish outflow from the skull is a serious illness",
     "lower than average venous flow leads to health issues", "low-flow-harms"),
    ("Poor outflow from the skull makes people sick",
     "lower than average venous flow leads to health issues", "low-flow-harms"),
    ("Below-average venous outflow is a problem most people acquire as they get older",
     "lower than average cerebrospinal venous flow is not present from birth",
     "low-flow-acquired"),
    ("Slow venous outflow from the skull is usually harmless",
     "lower than average venous flow does not lead to health issues", "low-flow-harmless"),
    ("Reduced venous flow from the head doesn't make anyone ill",
     "lower than average venous flow does not lead to health issues", "low-flow-harmless"),
    # treated veins narrowing again, said in everyday words, or denied
    ("The jugulars narrow straight back after venoplasty in plenty of patients",
     "neck veins often narrow again after liberation therapy", "renarrowed"),
    ("Restenosis is real after the balloon op",
     "neck veins often narrow again after liberation therapy", "renarrowed"),
    ("Restenosis was never a problem after the vein op",
     "neck veins rarely narrow again after liberation therapy", "renarrowed"),
    ("Ballooned jugulars stay open for good",
     "neck veins rarely narrow again after liberation therapy", "renarrowed"),
    # (denials counted in the clause of the narrowing: two cancel, an idiom is none, a
    # question that asks for agreement denies nothing)
    ("It isn't untrue that restenosis followed the vein op",
     "neck veins often narrow again after liberation therapy", "renarrowed"),
    ("Isn't it true that treated jugulars close up again after venoplasty",
     "neck veins often narrow again after liberation therapy", "renarrowed"),
    ("No joke, treated jugulars narrow right back after the op; restenosis, they call it",
     "neck veins often narrow again after liberation therapy", "renarrowed"),
    # the regulators' warnings, or the procedure's risks, waved away: it is said to be safe
    ("Health Canada was being alarmist about venoplasty", "liberation therapy is safe",
     "warning-dismissed"),
    ("The dangers of the vein op have been blown out of proportion",
     "liberation therapy is safe", "warning-dismissed"),
    # the evidence for a claim said to be weak: not proven
    ("The evidence that venoplasty helps MS is thin",
     "it is not proven that venoplasty helps ms", "weak-evidence"),
    ("Support for the CCSVI theory remains scant", "it is not proven that ccsvi causes ms",
     "weak-evidence"),
    ("The evidence behind TVAM is pretty flimsy",
     "it is not proven that liberation therapy works", "weak-evidence"),
    # a warning against those who say X, or a call to stop saying it, denies X
    ("Beware of any clinic promising that venoplasty cures MS",
     "it is not true that venoplasty cures ms", "warned-against"),
    ("Steer clear of websites that claim TVAM is safe", "it is not true that tvam is safe",
     "warned-against"),
    ("Never trust a doctor who says CCSVI causes MS", "it is not true that ccsvi causes ms",
     "warned-against"),
    ("Please stop telling people that liberation therapy works",
     "it is not true that liberation therapy works", "warned-against"),
    # the procedure "failed" or "flopped" in trials or a test: it did not work in them
    ("TVAM flopped in every sham-controlled trial",
     "tvam did not work in every sham-controlled trial", "failed-trials"),
    ("Venous angioplasty has failed its randomized trials",
     "venous angioplasty did not work in its randomized trials", "failed-trials"),
    # ... and "did not fail" in them says it worked
    ("Venoplasty did not fail in the Canadian trial", "venoplasty worked in the canadian trial",
     "failed-trials"),
    # ... inside a double denial, read through it
    ("It isn't untrue that the neck vein procedure bombed in the trials",
     "the neck vein procedure did not work in the trials", "failed-trials"),
    # the risks seen as outweighing the benefit; a denial after the comparison is another
    # clause's ("..., because there aren't any")
    ("Neurologists see the dangers of the vein op as outweighing its benefits",
     "liberation therapy is dangerous", "harm"),
    ("The risks of venoplasty outweigh its benefits, because there aren't any",
     "liberation therapy is dangerous", "harm"),
    ("The risks of venoplasty did not outweigh its benefits",
     "liberation therapy works for ms", "harm"),
    ("The benefits of TVAM outweighed the risks", "liberation therapy works for ms", "praise"),
    # the trials named in a list after "none of the trials": the denial governs the verb
    ("None of the big trials, Brave Dreams, PREMiSe and the Canadian trial, showed any "
     "gain from venoplasty", "none of the big trials showed any gain from venoplasty",
     "trials-listed"),
    ("Not one of the studies, Brave Dreams or the Canadian study, showed that TVAM works",
     "not one of the studies showed that tvam works", "trials-listed"),
    # a name and what it is between commas
    ("Zamboni, of Ferrara's university, put forward a CCSVI theory of MS",
     "zamboni put forward a ccsvi theory of ms", "appositive"),
    # a fact said not to imply a conclusion: the fact stands, the conclusion is denied
    ("Some people felt better, but that doesn't mean the procedure works",
     "some people felt better, which does not prove that the procedure works", "not-mean"),
    ("Patients improved. This does not necessarily mean that TVAM helps",
     "patients improved, which does not prove that tvam helps", "not-mean"),
    # MS treatment put off, at the risk of harm for good: the seed's warning
    ("Postponing disease-modifying therapy for a jugular angioplasty can leave myelin "
     "damage that won't be reversed",
     "myelin lost while treatment is put off cannot easily be repaired", "delay-harms"),
    ("Holding off on MS medication until after TVAM could bring permanent disability",
     "myelin lost while treatment is put off cannot easily be repaired", "delay-harms"),
    ("Dropping your DMT for a jugular angioplasty is unwise, since myelin doesn't simply "
     "grow back", "myelin lost while treatment is put off cannot easily be repaired",
     "delay-harms"),
    # someone's veins opened, unblocked or unclogged: the procedure
    ("You could always drop the MS pills and have your veins unclogged",
     "you could always drop the ms pills and have liberation therapy", "veins-opened"),
])
def test_judgements_and_comparisons_read(text, plain, rule):
    rw = rules.rewrite(text)
    assert rw is not None and (rw.text, rw.rule) == (plain, rule)


@pytest.mark.parametrize("text, rule", [
    ("Venoplasty never fizzled; it works", "evaluative"),  # a denial before the phrase
    ("TVAM has no more risk than benefit", "harm"),
    ("The CCSVI theory was never accepted by neurologists", "theory-upheld"),  # denied
    ("Doctors asked whether the vein theory had more support than before", "theory-upheld"),
    ("The case against the CCSVI theory has more backing now", "theory-upheld"),
    ("Brave Dreams was a little bigger than the Canadian trial", "trials-compared"),  # size
    ("Brave Dreams was no more encouraging than the Canadian trial", "trials-compared"),
    ("The Canadian trial showed bigger benefits than Brave Dreams", "trial-sizes"),
    ("The evidence that venoplasty does not help is weak", "weak-evidence"),
    ("The procedure failed to help anyone in the trials", "failed-trials"),  # a denial as is
    ("The trials failed because the patients were wrong", "failed-trials"),  # not the procedure
    ("Maybe the procedure only failed in trials because of the surgeons", "failed-trials"),
    # a list of trials after a subject that denies nothing, or of things that are no trials
    ("All three trials, PREMiSe, the Canadian trial and Brave Dreams, were randomised",
     "trials-listed"),
    ("None of the studies, in Canada, Italy and the US, found a link", "trials-listed"),
    # harm for good denied, or nothing put off
    ("Skipping MS meds for TVAM causes no permanent damage", "delay-harms"),
    ("Quitting MS drugs before a jugular angioplasty is fine: nothing is lost that cannot "
     "come back", "delay-harms"),
    ("Venoplasty cannot rebuild lost myelin", "delay-harms"),
    ("The balloon kept the veins open for a while", "veins-opened"),  # no one has them opened
])
def test_what_those_readings_leave_alone(text, rule):
    rw = rules.rewrite(text)
    assert rw is None or rw.rule != rule


def test_veins_opened_for_someone_are_the_procedure(checker):
    r = checker.check("Best plan with MS: give up the pills and have the veins opened")
    assert (r.verdict, r.claim.id) == ("false", "stop-ms-treatment-for-liberation-therapy")


def test_harm_for_good_from_treatment_put_off_is_the_seeds_warning(checker):
    r = checker.check("Postponing disease-modifying therapy for a jugular angioplasty can "
                      "leave myelin damage that won't be reversed")
    assert (r.verdict, r.claim.id) == ("true", "myelin-repair-available")
    assert r.sources


@pytest.mark.parametrize("text", [
    "Mods, can we pin the CCSVI thread again?",
    "Does anyone know a clinic that still does the vein thing?",
    "anyone know if the clinic in Albania still does liberation??",
    "Could someone explain what CCSVI is?",
])
def test_a_request_is_not_a_claim(checker, text):
    assert rules.request(text)
    r = checker.check(text, explain=True)
    assert (r.verdict, r.why.get("rule")) == ("unknown", "request")


@pytest.mark.parametrize("text", [
    "Has anyone died after liberation therapy?",  # asks about a fact
    "Can I stop taking my MS drugs after TVAM?",  # asks whether a claim holds
    "Can TVAM surgery help my MS?",
    "We can pin it later, can't we",  # no question mark: not a request as read
    # a request followed by a claim: the claim is said, the request does not hide it
    "anyone else sick of this?? the trials found venoplasty no better than a sham",
])
def test_a_question_about_a_fact_is_no_request(text):
    assert not rules.request(text)


def test_predictions_and_only():
    assert rules.prediction("Maybe the FDA will approve liberation therapy soon")
    assert rules.prediction("TVAM is going to be approved one day")
    assert not rules.prediction("The FDA has not approved TVAM")
    # what research will show, or a ruling to come
    assert rules.foretells_proof("Maybe trials will one day prove venoplasty works")
    assert not rules.foretells_proof("Maybe the FDA will approve liberation therapy soon")
    assert not rules.foretells_proof("Clinics will offer TVAM in every city one day")
    assert rules.narrows("The only risk is a sore neck")
    assert not rules.narrows("TVAM carries serious risks")
    assert not rules.narrows("Zamboni reported abnormal flow only in people with MS")


def test_als_is_the_disease_only_in_capitals():
    # German "als" is "than": "nicht besser als ein Scheineingriff"
    assert rules.other_condition("Die Angioplastie war nicht besser als ein Scheineingriff") \
        is None
    assert rules.other_condition("CCSVI could be behind ALS too") == "als"


def test_lowercase_als_after_an_english_word_is_the_disease():
    assert rules.other_condition("liberation therapy for als works") == "als"


@pytest.mark.parametrize("text, naming", [
    ("The narrowing Zamboni saw is called CCSVI", True),
    ("He termed the vein pattern chronic cerebrospinal venous insufficiency", True),
    ("TVAM is the abbreviation for transvascular autonomic modulation", True),
    ("Liberation therapy is known as the Zamboni procedure", True),
    ("CCSVI causes MS", False),
    ("The procedure, which people call liberation therapy, cures MS", False),
])
def test_naming(text, naming):
    assert rules.names(text) is naming


@pytest.mark.parametrize("text, comparing", [
    ("The sham group was larger than the venoplasty group", True),
    ("Stenting the neck veins is safer than ballooning them", True),
    ("The trial had more controls than MS patients", True),
    ("Venoplasty is as good as a sham", True),
    ("CCSVI causes MS", False),
    ("The FDA warned about TVAM in 2017", False),
])
def test_comparisons_are_seen(text, comparing):
    assert rules.compares(text) is comparing


def test_what_a_comparison_compares_on():
    from ccsvi_check import rules

    assert rules.compared_on("TVAM is safer than MS drugs") == "safer"
    assert rules.compared_on("it helps MS patients more than a sham does") == "better"
    assert rules.compared_on("a stronger evidence base than MS drugs") == "better"
    # who is compared, not how well
    assert rules.compared_on("it helps progressive MS more than it helps relapsing MS") != \
        "better"


@pytest.mark.parametrize("text, mentioned", [
    ("I'm writing a piece about CCSVI for next week's health section", True),
    ("Someone in our support group brought up CCSVI last week", True),
    ("I get asked about CCSVI a lot in clinic", True),
    ("As a neurologist, I get asked about CCSVI every month", True),
    ("Bought a book on CCSVI, arrived fast", True),
    # what is said of the topic is no mention only
    ("The societies spent less than a million dollars on CCSVI research", False),
    ("An abnormal heart rhythm is one possible complication of liberation therapy", False),
    ("Zamboni wrote that CCSVI causes MS", False),
    # what people felt about it, and nothing said of it
    ("Many people with MS had high hopes for liberation therapy", True),
    ("Back then we were all excited about the vein procedure in 2010", True),
    ("I was excited about liberation therapy because it cures MS", False),
])
def test_only_mentions(text, mentioned):
    assert rules.only_mentions(text) is mentioned


@pytest.mark.parametrize("text, label", [
    ("Can someone repost last week's CCSVI thread?", True),
    ("I've modded this group since before the CCSVI days", True),
    # the topic named again elsewhere is said something of
    ("In the CCSVI years, CCSVI was said to cause MS", False),
    ("The CCSVI craze was driven by hope", False),
])
def test_labels_only(text, label):
    assert rules.labels_only(text) is label


@pytest.mark.parametrize("predicate, text, expected", [
    # "clearly" and "obviously" draw a conclusion after a clause, not as an adverb inside one
    ("draws_conclusion", "Some patients felt better, clearly proving it works", True),
    ("draws_conclusion", "Canada funded seven studies, obviously it is proven then", True),
    ("draws_conclusion", "Canada funded seven studies 🇨🇦 obviously it is proven then", True),
    ("draws_conclusion", "So clearly the vein op works, no matter what neurologists say",
     True),
    ("draws_conclusion", "With venoplasty, the risks clearly outweigh any proven benefit",
     False),
    ("draws_conclusion", "The trials obviously showed no proven benefit", False),
    # the veins' state said to be a result of MS (True), denied (False), neither (None)
    ("cause_turned_round", "CCSVI could be an effect of MS instead of its cause", True),
    ("cause_turned_round", "Jugular narrowing is a consequence of MS, not what starts it",
     True),
    ("cause_turned_round", "CCSVI isn't a result of MS", False),
    ("cause_turned_round", "Narrowed veins are never a consequence of multiple sclerosis",
     False),
    ("cause_turned_round", "MS is the result of CCSVI", None),
])
def test_conclusions_and_causes_turned_round(predicate, text, expected):
    assert getattr(rules, predicate)(text) is expected


@pytest.mark.parametrize("text, kept", [
    # the other side denied, or spared, in a clause of its own: what the MS side had
    ("his ms patients drained poorly and the control group did not",
     "his ms patients drained poorly"),
    ("he saw odd drainage in the ms patients but not in his controls",
     "he saw odd drainage in the ms patients"),
    ("his ms patients had poor flow while the healthy lot were fine",
     "his ms patients had poor flow"),
    ("in his study the ms group drained poorly and the group without it did not",
     "in his study the ms group drained poorly"),
    # (the other side's own finding is said, not spared: the claim's wording holds it)
    ("his ms group had abnormal flow while his group without ms had normal flow", None),
    ("people with ms had abnormal flow", None),
])
def test_the_other_side_denied_or_spared(text, kept):
    assert rules.others_did_not(text) == kept


@pytest.mark.parametrize("text, plain", [
    ("zamboni wrote that the ms patients had poorer venous drainage than his healthy "
     "controls", "zamboni reported abnormal blood flow in the ms group and normal flow in "
     "the group without ms"),
    ("according to zamboni, his ms patients drained worse than his non-ms controls",
     "zamboni reported abnormal blood flow in the ms group and normal flow in the group "
     "without ms"),
    ("zamboni saw abnormal outflow more often in the ms patients than in the controls",
     "zamboni reported abnormal blood flow in the ms group and normal flow in the group "
     "without ms"),
    ("zamboni said his healthy controls had worse drainage than his ms patients",
     "it is not true that zamboni reported abnormal blood flow in people with ms"),
    ("zamboni's findings held up better than later studies", None),  # not the flow
])
def test_zambonis_groups_compared_on_flow(text, plain):
    assert rules.zamboni_flow_compared(text) == plain


@pytest.mark.parametrize("text, denied", [
    ("zamboni's 2008 paper included no healthy controls", True),
    ("back in 2008 zamboni only scanned patients with ms", True),
    ("zamboni never recruited anybody without ms for his first study", True),
    # his trial, which had a sham group, or a denial of the denial
    ("zamboni's brave dreams trial had no control group", False),
    ("it is a myth that zamboni had no comparison group", False),
    ("zamboni compared people with ms and healthy volunteers", False),
])
def test_zambonis_first_study_said_to_have_no_group_without_ms(checker, text, denied):
    plain = rules.zamboni_no_controls(text)
    assert (plain is not None) == denied
    if denied:
        r = checker.check(text)
        assert (r.verdict, r.claim.id) == ("false", "zamboni-reported-abnormal-flow-in-ms")


@pytest.mark.parametrize("text, verdict", [
    # the FDA said to have kept quiet about the procedure: it warned in 2012 and 2017
    ("Regulators at the FDA have gone quiet on venoplasty for years", "false"),
    ("The FDA has not said one single word on liberation therapy", "false"),
    ("Honestly the FDA never once commented on TVAM", "false"),
    ("the fda has had nothing to say about the liberation procedure", "false"),
    # a silence denied is a warning given
    ("The FDA has not kept silent about venous angioplasty for CCSVI", "true"),
])
def test_the_fda_said_to_be_silent(checker, text, verdict):
    r = checker.check(text, explain=True)
    assert (r.verdict, r.claim.id, r.why.get("rule")) == (
        verdict, "fda-warned-about-procedure", "fda-silent")


@pytest.mark.parametrize("text", [
    "The FDA has said nothing about my knee surgery",  # not the procedure
    "Clinic staff insist the FDA has said nothing about the procedure",  # a report
    "The FDA commented on the procedure in 2012",  # no silence
])
def test_no_silence_of_the_fda_on_the_procedure(checker, text):
    r = checker.check(text, explain=True)
    assert (r.why or {}).get("rule") != "fda-silent"


@pytest.mark.parametrize("text, claim_id", [
    # "the 2017 trial" with its hundred or so people is the Canadian one the seed cites
    ("pretty sure that 2017 trial had one hundred patients in it", "canadian-trial-design"),
    ("In the 2017 study, with about 100 people, nobody's symptoms got better",
     "canadian-trial-no-symptom-benefit"),
    # ("work" as the verb, not a workplace)
    ("Around a hundred patients were in that 2017 trial and the balloon didn't work",
     "canadian-trial-no-symptom-benefit"),
])
def test_the_2017_trial_of_a_hundred_people(checker, text, claim_id):
    r = checker.check(text, explain=True)
    assert (r.verdict, r.claim.id, r.why.get("rule")) == ("true", claim_id, "trial-2017")


@pytest.mark.parametrize("text", [
    "A 2017 trial of 100 adults found the new drug did not work",  # another treatment
    "Our 2017 study of a hundred people found the diet did not help",
    "The 2017 trial of venoplasty involved 2,000 people and found no benefit",  # a figure
    "Zamboni's trial in 2017 found no benefit",  # another trial
    "The 2017 trial proved the balloon helps",  # a benefit: left to the other paths
])
def test_not_the_2017_trial_as_the_seed_cites_it(text):
    found = rules.rewrite(text)
    assert found is None or found.rule != "trial-2017"


def test_so_called_is_no_naming(checker):
    # scare quotes: the procedure nobody is said to have "called" anything
    result = checker.check("This so-called liberation procedure, thought up by an Italian "
                           "surgeon, is at odds with what neurologists know")
    assert result.verdict not in ("false", "misleading")


@pytest.mark.parametrize("text", [
    # ... unless a harm or a denial comes with it
    "Sluggish outflow from the brain is inborn and leads to disease later",
    "Weak venous outflow from the skull is not something people are born with",
])
def test_low_outflow_inborn_with_a_harm_or_a_denial(checker, text):
    assert checker.check(text).verdict != "true"


@pytest.mark.parametrize("text", [
    "People who felt better after a flu shot were having a placebo effect",  # no procedure
    "Whoever improved after that vein procedure was not having a placebo effect",  # denied
])
def test_no_placebo_claim_without_the_procedure_or_with_a_denial(checker, text):
    assert checker.check(text).verdict != "unproven"


@pytest.mark.parametrize("text", [
    # (the topic named, but not the procedure: the trials are of another treatment)
    "CCSVI aside, MS relapses never went up in any trial of interferon",
    "Forget CCSVI: relapses did not climb in any study of fingolimod",
])
def test_no_more_relapses_said_of_another_treatment_is_not_that_claim(checker, text):
    result = checker.check(text)
    assert result.claim is None or result.claim.id != "procedure-may-worsen-ms"


@pytest.mark.parametrize("text", [
    "People with MS do not drain blood from the brain any worse than other people",  # denied
    "In his paper, MS patients drained the brain more slowly than other people",
])
def test_ms_drains_worse_denied_or_reported(checker, text):
    assert (checker.check(text, explain=True).why or {}).get("rule") != "ms-drains-worse"


def test_zamboni_said_never_to_have_called_it_unsafe_is_left_alone(checker):
    # of its safety alone the base says no more than its sources (its authors called it
    # safe): the rule reads only "never said it was ineffective"
    result = checker.check("Zamboni never once declared his operation unsafe", explain=True)
    assert (result.why or {}).get("rule") != "never-said-ineffective"


def test_no_evidence_said_by_the_fda_is_not_its_refusal(checker):
    result = checker.check("The FDA said no trial evidence supports the vein procedure",
                           explain=True)
    assert result.why.get("rule") != "fda-says-no"


@pytest.mark.parametrize("text, expected", [
    ("the veins stay wider than before", False),   # a thing beside itself, in time
    ("ms got worse than ever", False),
    ("the veins stay wider than the arteries", True),
])
def test_a_thing_beside_itself_in_time_is_no_comparison(text, expected):
    assert rules.compares(text) is expected
