import pytest
from pairs import clean_pairs, make_pair, profiled, run, seed_pairs, spans

from amanah.checks import entities as E
from amanah.normalize import normalize_arabic
from amanah.checks.entities import EntityCheck, english_candidates, name_matches
from amanah.translit import arabic_key, keys_match, latin_key, tokenize

CHECK = EntityCheck()


@pytest.mark.parametrize("ar,en", [
    ("بوتين", "Putin"), ("الشيباني", "Al-Shaibani"), ("الشيباني", "al-Shaybani"),
    ("قصرة", "Qasra"), ("موسكو", "Moscow"), ("سانا", "SANA"), ("سورية", "Syria"),
    ("سوريا", "Syria"), ("فلاديمير", "Vladimir"), ("هاليفاكس", "Halifax"),
])
def test_phonetic_key_matches_across_scripts(ar, en):
    stem = ar[2:] if ar.startswith("ال") else ar
    assert keys_match(arabic_key(stem), latin_key(en.split("-")[-1]))


def assert_swap_is_one_error(ar: str, en: str, faithful: str, swapped: str, flagged: str, embedder=None) -> None:
    """With the embedder (or without): ``en`` (a template) holding ``faithful`` raises nothing but
    notes, and holding ``swapped`` one error, at ``flagged``."""
    ctx = profiled(embedder) if embedder else None
    assert [i for i in run(CHECK, make_pair(ar, en.format(faithful)), ctx) if i.severity != "info"] == []
    pair = make_pair(ar, en.format(swapped))
    assert [(i.severity, spans(i, pair, "target")) for i in run(CHECK, pair, ctx)
            if i.severity != "info"] == [("error", [flagged])]


def assert_quiet(pairs, embedder) -> None:
    """Each (Arabic, English) pair of ``pairs`` raises nothing but notes, with the embedder."""
    for ar, en in pairs:
        assert [i for i in run(CHECK, make_pair(ar, en), profiled(embedder)) if i.severity != "info"] == [], en


def assert_caught(ar: str, en: str, flagged: str, embedder, side: str = "target") -> None:
    """The pair raises an error at ``flagged`` on ``side`` (among other findings), with the embedder."""
    pair = make_pair(ar, en)
    assert ("error", [flagged]) in [(i.severity, spans(i, pair, side)) for i in run(CHECK, pair, profiled(embedder))], en


def test_seed_story_has_no_entity_findings():
    assert run(CHECK, seed_pairs()) == []


def test_swapped_city_is_flagged_on_both_sides():
    pair = seed_pairs()[0]
    damaged = make_pair(pair.source_text, pair.target_text.replace("Moscow", "Damascus"))
    issues = run(CHECK, damaged)
    assert sorted(spans(i, damaged, "target") for i in issues) == [[], ["Damascus"]]
    assert sorted(spans(i, damaged, "source") for i in issues) == [[], ["موسكو"]]
    assert any(i.severity == "error" for i in issues)


@pytest.mark.parametrize("ar, old, new", [
    ("وامتدت الحرائق إلى ولايتي الجزائر وتيزي وزو.", "Algiers and Tizi Ouzou", "Algiers and Blida"),
    ("وانطلق القارب من شاطئ في صبراتة.", "from a beach in Sabratha", "from a beach in Zuwara"),
    ("وقصفت الطائرات مدينة منبج.", "the city of Manbij", "the city of Afrin"),
])
def test_swapped_arab_towns_are_errors(ar, old, new):
    en = {"Algiers and Tizi Ouzou": "The fires spread to the provinces of Algiers and Tizi Ouzou.",
          "from a beach in Sabratha": "The boat set off from a beach in Sabratha.",
          "the city of Manbij": "The planes bombed the city of Manbij."}[old]
    assert [i for i in run(CHECK, make_pair(ar, en)) if i.severity != "info"] == []
    assert "error" in [i.severity for i in run(CHECK, make_pair(ar, en.replace(old, new)))]


def test_a_place_name_after_a_title_is_a_given_name():
    ar = "وقالت الباحثة في جامعة البصرة الدكتورة سناء مهدي الكعبي إن البنية التحتية ليست مصممة لذلك."
    en = "Dr. Sanaa Mahdi al-Kaabi, a researcher at the University of Basra, said the infrastructure is not designed for it."
    assert run(CHECK, make_pair(ar, en)) == []
    assert "error" in [i.severity for i in run(CHECK, make_pair("وصلت الطائرة إلى عدن.", "The plane reached Sanaa."))]


def test_town_names_that_are_common_words_are_no_places():
    # دوما "always" (not Douma), الحسكة "the spike" (tico19: the coronavirus spike protein)
    assert run(CHECK, make_pair("هو دوماً يقول الحقيقة.", "He always tells the truth.")) == []
    assert run(CHECK, make_pair("البروتينات البنيوية الرئيسية: الحسكة، والغلاف.",
                                "the major structural proteins: spike and envelope.")) == []


def test_changed_person_name_is_flagged():
    pair = seed_pairs()[0]
    damaged = make_pair(pair.source_text, pair.target_text.replace("Abu Qasra", "Abu Hamdan"))
    issues = run(CHECK, damaged)
    assert [spans(i, damaged, "target") for i in issues] == [["Hamdan"]]


def test_titles_and_sentence_start_are_not_names():
    pair = make_pair("قال وزير الخارجية إن الاجتماع كان مثمرا.",
                     "Regarding the meeting, the Foreign Minister said it was fruitful.")
    assert run(CHECK, pair) == []
    # a contraction in a title (MT-GenEval: "Don't Touch if You Ain't Prayed") is no name
    assert [t.text for t, _ in english_candidates("The first, Don't Touch if You Ain't Prayed, was a film.")] == [
        "Touch", "Prayed"]


def test_adjective_forms_via_gazetteer():
    pair = make_pair("أكد دعم روسيا الثابت لسورية", "He affirmed Russia's steadfast support for Syria")
    assert run(CHECK, pair) == []
    pair = make_pair("الجيش السوري", "the Syrian army")
    assert run(CHECK, pair) == []


def test_false_alarm_rate_on_clean_parallel_data():
    pairs = clean_pairs(150)
    errors = [i for i in run(CHECK, pairs) if i.severity == "error"]
    assert len(errors) <= 12, [i.message for i in errors]  # ≤ 4 per 100 pairs


@pytest.mark.parametrize("ar,en", [
    # flores200_devtest sentences: transliteration variants the consonant key alone missed
    ("لكن رئيس الوزراء جون هوارد قال أن الإجراء كان فقط من أجل حماية مرافق المستشفى",
     "But Prime Minister John Howard has said the act was only to safeguard the facilities of the hospital"),
    ("وخطاب توصية من تشارلز باتشيلور (مديره في وظيفته السابقة) إلى توماس إديسون.",
     "and a letter of recommendation from Charles Batchelor (his manager in his previous job) to Thomas Edison."),
    ("أنهى مايكل شوماخر السباق بعد ألونسو بفترة قصيرة بسبب تضرر نظام التعليق",
     "Michael Schumacher ended his race not long after Alonso, because of the suspension damage"),
    ("قال أرماند فرساتشي: \"لقد فقدت أختي وصديقتها\"", "\"I lost my sister and her friend,\" Armand Versace said."),
    ("وجهتْ الضباط إلى سيارتها السوداء من طراز Oldsmobile Intrigue التي كانت تقع على بعد 500 قدم.",
     "She directed officers to her black Oldsmobile Intrigue which was 500 feet away."),
    ("وأفادت \"شينخوا\" أن محققين حكوميين استعادوا مسجلي طيران يوم الأربعاء.",
     "Xinhua reported that government investigators recovered two flight recorders on Wednesday."),
    ("تم تحويل الطائرة بعد أن حرم بهبوط اضطراري في \"أورومتشي\".",
     "The plane was diverted after being denied an emergency landing in Ürümqi."),
    ("استخدم الفينيقيون والرومان مدينة الدار البيضاء الحديثة كميناء استراتيجي",
     "The modern city of Casablanca was used by the Phoenicians and Romans as a strategic port"),
    ("التقى وزير الخارجية أسعد الشيباني نظيره الروسي", "Foreign Minister Asaad al-Shaybani met his Russian counterpart"),
    # flores200_devtest / tico19_dev: an aspirated h that Arabic does not write
    ("تم تقديم 108 أطباق من شابان بوغ إلى بابا شيام.", "108 plates of Chhappan Bhog were served to Baba Shyam."),
    ("بيانات الزكام في تريستان دا كونا من عام 1967", "the Tristan da Cunha common cold data from 1967"),
    # translated names and spelling variants of the gazetteer (flores200_devtest)
    ("عيد الميلاد هو أحد أهم أعياد المسيحية، ويُحتفَل به كعيد ميلاد المسيح.",
     "Christmas is one of the most important holidays of Christianity, and is celebrated as the birthday of Jesus."),
    ("عندما كان من المقرر أن يتم تنظيم الألعاب الأوليمبية.", "when the Olympics had been scheduled."),
    # evaluation articles: a short place name written as a family name (Safi is also a Moroccan
    # city); بأن / لشؤون right after a title are no name
    ("وأوضح المتحدث الإقليمي، عادل الصافي، أن عمليات الإيصال لا تزال تواجه عقبات",
     "Regional spokesman Adel al-Safi explained that deliveries still face obstacles"),
    ("إذ أقر الوزير بأن عدداً من القرى لا يمكن الوصول إليها",
     "The minister acknowledged that a number of villages cannot be reached"),
    ("وقالت مساعدة وزير الصحة لشؤون المبادرات الرئاسية إن الطلاب يحالون إلى عيادات متخصصة",
     "The Assistant Minister of Health for Presidential Initiatives said pupils are referred to specialised clinics"),
    # ة read t before the noun it governs; الحصبة الألمانية = rubella, no Germany in it
    ("وقال إن المياه غمرت عشرات المزارع في ولاية الرستاق",
     "He said the water had flooded dozens of farms in the Wilayat of Rustaq"),
    ("وأوضح أن المطعوم يقي من الحصبة والحصبة الألمانية والنكاف",
     "He said the vaccine protects against measles, rubella and mumps"),
    # الحمى المالطية = brucellosis, الفول المصري = faba beans: no Malta, no Egypt in them
    ("تسجيل 147 إصابة بالحمى المالطية بين مربي الماشية في سهل نينوى",
     "147 Brucellosis Cases Recorded Among Livestock Herders in the Nineveh Plains"),
    ("وتوقع خبراء زراعيون زيادة إنتاجية القمح والفول المصري في المنطقة",
     "Agricultural experts expect the productivity of wheat and faba beans in the area to increase"),
    # a translated head noun after the second place a matched name stands (batch 60)
    ("أعلنت دائرة صحة نينوى تسجيل 143 إصابة في قرى سهل نينوى خلال الأسابيع الماضية",
     "The Nineveh Health Directorate announced 143 cases in villages of the Nineveh Plains over the past weeks"),
    # batch 61: Egyptian English writes ذ z (El-Shazly); ة after an alif is t (Nabd Al-Hayat); بو writes
    # the article's name joined (Bouchair = بوالشعير); a nisba adjective renders "Al-Azhar"; قطر before a
    # length is "diameter", no Qatar
    ("وقال الدكتور محمود عبد الرحيم الشاذلي، وكيل وزارة الصحة بأسوان، إن المديرية لم تسجل أي حالة وفاة",
     "Dr. Mahmoud Abdel Rahim El-Shazly, undersecretary of the Ministry of Health in Aswan, said the directorate "
     "had not recorded any deaths"),
    ('وأشار إلى أن الوحدة أنشئت بالتعاون مع مؤسسة "نبض الحياة" الخيرية',
     "He noted that the unit was set up in cooperation with the Nabd Al-Hayat charitable foundation"),
    ("خلال زيارة للورشة رفقة مدير النقل بالولاية السيد رشيد بوالشعير",
     "during a visit to the worksite with the province's director of transport, Mr. Rachid Bouchair"),
    ("موضحاً أن العينة شملت مدارس حكومية وأزهرية في الريف والحضر",
     "He explained that the sample included government and Al-Azhar schools in rural and urban areas"),
    ("وأوضح أن حبات البرد التي بلغ قطر بعضها ثلاثة سنتيمترات مزقت الأغطية البلاستيكية",
     "He explained that hailstones, some of them three centimetres in diameter, tore through the plastic covers"),
    # داء البريميات = leptospirosis: the word after داء names a disease, not Buraimi (batch 60)
    ("رصد 27 إصابة بداء البريميات بين مزارعي الأرز في كفر الشيخ",
     "27 leptospirosis cases recorded among rice farmers in Kafr El Sheikh"),
    # a time of day after a title and its comma is no name; a hyphenated prefix and an -ification
    # noun are no names either; Electricité du Liban is named by translation
    ("افتتح الفريق كامل الوزير، وزير النقل المصري، صباح يوم الخميس، الامتداد الجديد",
     "Egyptian Transport Minister Lieutenant General Kamel al-Wazir on Thursday morning inaugurated the new "
     "extension"),
    ("وقال المركز الوطني للإنذار المبكر من المخاطر المتعددة إن الأمطار غزيرة",
     "The National Multi-Hazard Early Warning Centre said the rain was heavy"),
    ("وتستضيف الرياض مؤتمرا إقليميا لمكافحة التصحر وتدهور الأراضي",
     "Riyadh is hosting a regional conference on combating Desertification and land degradation"),
    ("أعلنت مؤسسة كهرباء لبنان أنها ستضطر إلى تمديد ساعات التقنين",
     "Electricité du Liban announced that it will be forced to extend rationing hours"),
])
def test_faithful_name_variants_are_matched(ar, en):
    assert run(CHECK, make_pair(ar, en)) == []


def test_swapped_surname_is_flagged_at_its_span():
    ar = "أنهى مايكل شوماخر السباق بعد ألونسو بفترة قصيرة بسبب تضرر نظام التعليق"
    damaged = make_pair(ar, "Michael Fisichella ended his race not long after Alonso, because of the suspension damage")
    issues = run(CHECK, damaged)
    assert [spans(i, damaged, "target") for i in issues] == [["Fisichella"]]


def test_gazetteer_place_is_not_matched_by_a_fuzzy_key():
    # Greece = اليونان; الحرس (the guard) has a close key but is no match
    ar = "قام أحد أفراد العصابة بالتلويح برأس أحد أفراد الحرس الملكي في فرساي أمام الملكة المذعورة."
    damaged = make_pair(ar, "A member of the mob waved the head of a royal guard killed at Versailles in front of Greece.")
    issues = run(CHECK, damaged)
    assert [spans(i, damaged, "target") for i in issues] == [["Greece"]]


def test_name_known_elsewhere_in_the_document_is_flagged_when_replaced():
    # flores200_devtest: سيمينوف = Siminoff in one sentence; in the next, the English lost the name
    first = make_pair("وأوضح سيمينوف أن الشركة بدأت عندما لم يكن جرس بابه مسموعاً.",
                      "Siminoff said the business started when his doorbell wasn't audible.", bead_id=0)
    ar = "قال سيمينوف إن المبيعات ارتفعت بعد ظهوره في عام 2013 في حلقة شارك تانك."
    second = make_pair(ar, "Hurricane said sales boosted after his 2013 appearance in a Shark Tank episode.", bead_id=1)
    issues = run(CHECK, [first, second])
    assert [(i.alignment, i.severity, spans(i, second, "source")) for i in issues] == [(1, "error", ["سيمينوف"])]
    faithful = make_pair(ar, "Siminoff said sales boosted after his 2013 appearance in a Shark Tank episode.", bead_id=1)
    assert run(CHECK, [first, faithful]) == []


def test_match_rate_on_clean_flores_names():
    from pairs import parallel

    from amanah.checks.entities import name_matches

    found = [ok for a, e in parallel("flores200_devtest", 300) for _, ok in name_matches(a, e)]
    assert len(found) > 150
    assert sum(found) / len(found) >= 0.92


def test_a_title_case_heading_is_not_a_list_of_names():
    from amanah.checks.entities import english_names

    heading = "Travel History and Clinical Descriptors of the COVID-19 Infections"
    assert english_names(heading) == []
    assert run(CHECK, make_pair("رحلات السفر والواصفات السريرية لعدوى كوفيد-19", heading)) == []
    # the same capitals ending in a full stop are a sentence: its capitalised words stay candidates
    assert [t.text for t in english_names("He cited Clinical Descriptors of the Travel Histories.")] == ["Descriptors"]


def test_words_younger_than_the_dictionary_are_not_names():
    from amanah.checks.entities import english_names

    # flores200_devtest: "Blogs can also help improve student writing." = كما يمكن للمدونات ...
    assert english_names("Blogs can also help improve student writing.") == []
    assert english_names("Smartphones and laptops were shipped.") == []
    assert [t.text for t in english_names("Lockdowns were imposed by Putin.")] == ["Putin"]


def test_a_common_word_joined_to_a_matched_name_is_its_translated_part(embedder):
    # "Revolution" of "the French Revolution" (الثورة الفرنسية) is translated, not transliterated,
    # even where the document capitalises it elsewhere ("after the Revolution")
    # (flores200_devtest)
    pairs = [make_pair("كما أنه من بعد الثورة، كانت المهن مفتوحةً لجميع المتقدّمين الذكور ممّا سمح للأكثر طموحاً "
                       "ونجاحاً بالنجاح.", "Also after the Revolution occupations were open to all male applicants "
                       "allowing the most ambitious and successful to succeed.", bead_id=0),
             make_pair("لقد ألهمت الثورة الفرنسية أيضاً العديد من أبناء الطبقة العاملة المُضطهدة الآخرين في البلدان "
                       "الأخرى لنزع فتيل ثوراتهم.", "The French Revolution also inspired many other repressed working "
                       "class people of other country's to began their own revolutions.",
                       bead_id=1, source_offset=200, target_offset=200)]
    with_model = profiled(embedder)
    assert [i for i in run(CHECK, pairs, with_model) if "Revolution" in i.message] == []
    swapped = make_pair("لقد ألهمت الثورة الفرنسية العديد من العمال.", "The Russian Revolution inspired many workers.")
    assert ["Russian"] in [spans(i, swapped, "target") for i in run(CHECK, swapped, with_model)]


def test_short_names_are_looked_up_by_their_exact_key():
    # flores200_devtest: two-consonant keys (MD, LK) match their Arabic spelling, aspirated h or not
    for ar, en in [("استعادت شرطة مدهيا برديش الحاسوب والهاتف المحمولين المسروقين.",
                    "The Madhya Pradesh Police recovered the stolen laptop and mobile phone."),
                   ("كما قدم لاكها سينغ تشابان بهوج بهاجان أيضاً.", "Lakkha Singh presented the chhappan bhog bhajan as well."),
                   ("بدأ تفشي المرض في مدينة ووهان بمقاطعة هوبي.", "The outbreak began in the city of Wuhan in Hubei province.")]:
        assert [i for i in run(CHECK, make_pair(ar, en)) if i.severity == "error"] == [], en
    swapped = make_pair("بدأ تفشي المرض في مدينة ووهان بمقاطعة هوبي.", "The outbreak began in the city of Lima in Hubei province.")
    assert ["Lima"] in [spans(i, swapped, "target") for i in run(CHECK, swapped)]


def test_arabic_tsh_for_ch_translated_polar_names_and_chains_of_head_nouns(embedder):
    for ar, en in (("ماتشو", "machu"), ("تشاد", "chad"), ("تشرين", "tishreen")):  # تش: "ch", or t-sh
        assert E._arabic_word(normalize_arabic(ar))[1] & E._english_keys(en), (ar, en)
    # flores200_devtest sentences
    polar = make_pair("يحتوي الجزء الشمالي أو سلسلة سانتينيل على أعلى جبال في القارة القطبية الجنوبية.",
                      "The northern part or Sentinel Range has Antarctica's highest mountains.")
    assert [i for i in run(CHECK, polar) if i.severity == "error"] == []
    parks = make_pair("يوجد رسوم يومية للحفاظ على المنتزه والدخول إليه،أسوة بجميع المتنزهات الوطنية في جنوب إفريقيا.",
                      "As with all South African National Parks, there are daily conservation and entry fees for the park.")
    with_model = profiled(embedder)
    assert [i for i in run(CHECK, parks, with_model) if "Parks" in i.message] == []


@pytest.mark.parametrize("ar,en", [
    ("وقف الجيش الإنكليزي عند الساحل.", "The English army stood at the coast."),  # Levantine spelling
    ("احتفلوا بعيد الكريسماس في البلدة.", "They celebrated Christmas in the town."),
    ("التقى كريس بالوزير.", "He met Chris and the minister."),  # Greek ch before r = k
    ("صممت سكياباريلي الفستان.", "The dress was designed by Schiaparelli."),  # Italian sch = sk
    ("اعتقد فوكيه أنه سينجح.", "Fouquet thought he would succeed."),  # French final consonant
    ("كان تاجرا في بوردو.", "He was a merchant in Bordeaux."),
    ("كان معجبا إسبرانتيا متحمسا.", "He was an avid Esperantist."),  # -ist on a transliterated stem
    ("زار القوقاز مرتين.", "He visited the Caucasus twice."),
    ("عزف مقطوعة لباخ في ميونيخ.", "He played a piece by Bach in Munich."),  # German ch = خ
    ("تمت استعادة جزء من ماتشو بيتشو.", "Part of Machu Picchu was restored."),  # cch = tsh
    ("عاصمة مولدوفا كيشيناو.", "The capital of Moldova is Chişinău."),  # Romanian ş = sh
    ("حاولت البندقية عقد سلام.", "Venice attempted to make peace."),
    ("دخل مدرسة يسوعية في مدريد.", "He entered a Jesuit school in Madrid."),
    ("تحدث مع الرئيس التركي رجب الطيب أردوغان.", "He spoke with Turkish President Recep Tayyip Erdoğan."),  # ce = je
    ("قال ذلك عندما تحدث إلى ويكي نيوز الشهر الماضي.", "He said so when he spoke to Wikinews last month."),
])
def test_spellings_by_the_names_own_language_and_more_gazetteer_forms(ar, en):
    assert run(CHECK, make_pair(ar, en)) == []


def test_irregular_plurals_and_ied_forms_are_common_words():
    common = E._common_words()
    assert E._is_common("women", common) and E._is_common("horrified", common)
    assert not E._is_common("schiaparelli", common)


def test_accusative_nisba_and_adjectival_gazetteer_forms():
    for ar, en in [("منحه لقب نبيل إنجليزيا.", "He was given an English peerage."),
                   ("كتب عن فتاة مريخية.", "He wrote about a Martian girl."),
                   ("أعطوه كتاب صلاة وكتاب مقدس.", "They gave him a prayer book and a Bible.")]:
        assert run(CHECK, make_pair(ar, en)) == [], (ar, en)


def test_a_nisba_plural_is_the_adjective_not_its_stem():
    for ar, en in [("لا يمارسها المسيحيّون ولا اليهود.", "Christians and Jews do not practise them."),
                   ("أصبح سامي مسيحيّا.", "Sami became Christian.")]:
        assert run(CHECK, make_pair(ar, en)) == [], (ar, en)


def test_a_short_name_matches_by_two_consonants_or_more_with_s_and_z_as_one():
    # Louis read the French way has the key L, which any Arabic word with an l (على) carries
    assert E.name_matches("في دول أمريكا الوسطى، كما نعاملكم.", "in Central Louis countries.")[0][1] is False
    assert E.name_matches("قال لويس إنه سيعود.", "Louis said he would return.")[0][1] is True
    # an English s at the end of a name sounds z: Woolls = وولز
    assert dict((t.text, m) for t, m in E.name_matches(
        "أثناء إقامة وولز في نيولاندز، واصل دراساته", "During Woolls' stay at Newlands, he continued"))["Woolls"]


def test_a_capitalised_term_the_document_repeats_is_not_a_name(embedder):
    # a proclamation calls itself "this Order" (هذا الأمر) throughout (tico19_dev); a one-off
    # capitalised common word that no word of the pair renders is still reported (البيان, "the statement":
    # الأمر renders Order, since batch 106)
    lines = [("قد صدر هذا الأمر لحماية الصحة العامة لمواطني كاليفورنيا.",
              "This Order is being issued to protect the public health of Californians."),
             ("يسري هذا الأمر فورًا ويظل ساريًا حتى إشعار آخر.",
              "This Order shall go into effect immediately and shall stay in effect until further notice."),
             ("3) لقد وجهت الحكومة مكتب خدمات الطوارئ إلى اتخاذ الخطوات الضرورية لضمان الامتثال لهذا الأمر.",
              "3) The Office of Emergency Services is directed to take necessary steps to ensure compliance "
              "with this Order."),
             ("يسري هذا الأمر وفق قانون كاليفورنيا.", "4) This Order shall be enforceable pursuant to California law.")]
    pairs = [make_pair(ar, en, bead_id=k, source_offset=300 * k, target_offset=300 * k)
             for k, (ar, en) in enumerate(lines)]
    with_model = profiled(embedder)
    assert [i for i in run(CHECK, pairs, with_model) if "Order" in i.message] == []
    alone = run(CHECK, [make_pair(lines[0][0].replace("الأمر", "البيان"), lines[0][1])], with_model)
    assert [i.severity for i in alone if "Order" in i.message] == ["error"]


def test_countries_of_the_news_are_in_the_gazetteer():
    # a swapped nationality is an error, and the Arabic one left without English is shown
    swapped = make_pair("قالت الحكومة الباكستانية إن الفيضانات شردت مليون شخص.",
                        "The Indian government said the floods displaced a million people.")
    found = {(i.severity, tuple(spans(i, swapped, "source") + spans(i, swapped, "target")))
             for i in run(CHECK, swapped)}
    assert found == {("error", ("Indian",)), ("warning", ("الباكستانية",))}
    for ar, en in (("قالت الحكومة الباكستانية إن الفيضانات شردت مليون شخص.",
                    "The Pakistani government said the floods displaced a million people."),
                   ("إحدى أمنياتي هي أن أتعلم اللغة الآيسلندية.", "One of my dreams is to learn Icelandic."),
                   ("وصل الوفد الكيني إلى العاصمة الإثيوبية أديس أبابا.",
                    "The Kenyan delegation arrived in the Ethiopian capital Addis Ababa.")):
        assert run(CHECK, make_pair(ar, en)) == [], en


def test_a_title_in_common_words_is_translated_even_when_one_word_is_known(embedder):
    # "Park" is transliterated in one pair (Ellis Park = إليس بارك) and translated in a title of
    # common words in the next (MT-GenEval): no finding there
    pairs = [make_pair("ستقام المباراة في ملعب إليس بارك في جوهانسبرغ.",
                       "The match will take place at Ellis Park in Johannesburg.", bead_id=0),
             make_pair("تم تكريمه من خلال نصب تذكاري أقيم في مدينة ملاهي مونتجويك.",
                       "He was honored by a monument placed in the Amusement Park of Montjuic.", bead_id=1,
                       source_offset=100, target_offset=100)]
    with_model = profiled(embedder)
    assert [i for i in run(CHECK, pairs, with_model) if "Park" in i.message] == []
    lone = make_pair("تم تكريمه من خلال نصب تذكاري أقيم في مدينة مونتجويك.",
                     "He was honored by a monument placed in the Park of Montjuic.", bead_id=1,
                     source_offset=100, target_offset=100)
    assert [i.severity for i in run(CHECK, [pairs[0], lone], with_model) if "Park" in i.message] in (["warning"],
                                                                                                       ["error"])


def test_a_swapped_away_gazetteer_place_is_an_error_on_the_arabic_side(embedder):
    # flores200_devtest: Texas swapped for Goma by the detection bench
    ar = 'صرّح "بيري" بأنه سيعود "إلى تكساس لتقييم نتائج المؤتمر الحزبي الذي انعقد الليلة".'
    with_model = profiled(embedder)
    faithful = make_pair(ar, 'Perry stated that he would "return to Texas to assess the results of tonight\'s caucus".')
    assert run(CHECK, faithful, with_model) == []
    damaged = make_pair(ar, 'Perry stated that he would "return to Goma to assess the results of tonight\'s caucus".')
    issues = run(CHECK, damaged, with_model)
    assert [spans(i, damaged, "source") for i in issues if i.severity == "error" and i.source_spans] == [["تكساس"]]
    # without the model's evidence it stays a warning beside the English name
    plain = run(CHECK, damaged)
    assert {tuple(spans(i, damaged, "source")): i.severity for i in plain if i.source_spans} == {("تكساس",): "warning"}


def test_word_matches_in_context_across_languages(embedder):
    from amanah.checks.base import word_matches

    ar = "قال وزير الصحة إن المستشفى في موسكو استقبل ثلاثة مرضى"
    en = "The health minister said the hospital in Moscow received three patients"
    start = ar.index("موسكو")
    (moscow, where), = word_matches(embedder, [(ar, (start, start + 5), en)])
    (gone, _), = word_matches(embedder, [(ar, (start, start + 5), en.replace("in Moscow ", ""))])
    assert moscow > 0.8 and gone < 0.6
    assert en[where[0]:where[1]] == "Moscow"
    # a word that is another's counterpart can be skipped
    (skipped, elsewhere), = word_matches(embedder, [(ar, (start, start + 5), en)], [[where]])
    assert skipped < moscow and elsewhere != where


@pytest.mark.parametrize("ar,en,name", [
    # an English place of the gazetteer matches no other place of it (Asian ~ الصين by the key SN)
    ("في 26 يناير، وضعت الصين تدابير لمنع تفشي المرض.", "On 26 January, Asian instituted measures to contain the outbreak.", "Asian"),
    # nor a common word by a key of two consonants (Korea ~ لآخر)
    ("أكدت الوزارة حالة انتقال للعدوى من شخص لآخر في فرنسا.", "The ministry confirmed a case of transmission from person to person in Korea.", "Korea"),
])
def test_a_gazetteer_place_does_not_match_by_chance(ar, en, name):
    assert [(t.text, hit) for t, hit in E.name_matches(ar, en) if t.text == name] == [(name, False)]


def test_a_short_gazetteer_place_matches_its_form_written_without_a_long_vowel():
    # Garowe: the gazetteer writes غاروي, a dateline غروي (one letter apart, the same key)
    ar = "غروي – أعلنت منظمة الأغذية والزراعة أنها كثفت عمليات مكافحة الجراد في ولاية بونتلاند"
    en = "Garowe – The Food and Agriculture Organization said it had stepped up locust control in Puntland State"
    assert dict((t.text, hit) for t, hit in E.name_matches(ar, en))["Garowe"] is True
    # a word of the same key further from the form is none (Safi, آسفي, is not صافي "net")
    assert dict((t.text, hit) for t, hit in E.name_matches("بلغ صافي الأرباح مليون دينار",
                                                            "Profits in Safi reached a million dinars"))["Safi"] is False


def test_common_word_plurals():
    assert E.common_word("churches") and E.common_word("glasses") and E.common_word("tables")
    assert not E.common_word("hayes") and not E.common_word("keyes")  # -es does not follow hay, key
    assert not E.common_word("cairo") and not E.common_word("chinese")


def test_a_swapped_name_in_a_long_paragraph_is_an_error_by_its_word_match(embedder):
    # one name barely moves the similarity of a 49-word paragraph; its match in context does not care
    pair = next(p for p in seed_pairs() if "Moscow's" in p.target_text)
    assert len(pair.target_text.split()) > 40 and pair.target_text.count("Putin") == 1
    with_model = profiled(embedder)
    assert [i for i in run(CHECK, pair, with_model) if i.severity == "error"] == []
    damaged = make_pair(pair.source_text, pair.target_text.replace("Putin", "Erdogan"))
    errors = [i for i in run(CHECK, damaged, with_model) if i.severity == "error"]
    assert [spans(i, damaged, "target") for i in errors] == [["Erdogan"]]


# tico19_dev lines; damaged ones by bench/perturb.swap_name
QUARANTINE_AR = ("الحجر الصحي لمدة 14 يومًا، أو الحجر الصحي الذاتي، أو الخضوع لاختبار فيروس كوفيد-19 عند وصولك من "
                 "مناطق أخرى من الصين أو من دول أخرى، على نفقتك الخاصة.")
QUARANTINE_EN = ("14-day quarantine, self-quarantine, or COVID-19 test upon arrival from other parts of China or "
                 "from other countries, at your expense")
LOCKDOWN_AR = "في البلدان الأكثر تضررًا بما فيها إيطاليا، وإسبانيا، وفرنسا، طُبقت عمليات الإغلاق مثلما حدث في الصين في يناير."
LOCKDOWN_EN = "In the worst affected countries including Italy, Spain and France, lockdowns like in China in January, have been implemented."


@pytest.mark.parametrize("ar,en,old,new,place", [
    # COVID has the initial of China, but the Arabic writes it كوفيد: الصين left over is an error
    (QUARANTINE_AR, QUARANTINE_EN, "China", "Utah", "الصين"),
    # in context إسبانيا matches Italy and France, which are the counterparts of إيطاليا and فرنسا
    (LOCKDOWN_AR, LOCKDOWN_EN, "Spain", "Coronaviridae", "وإسبانيا"),
    # an article written for amanah's evaluation: والفروانية matches the "and" of its conjunction
    # 0.58 in context, which renders no place
    ("وأشارت بيانات وزارة الصحة إلى أن الكويت سجلت خلال عام 2024 نحو 1280 إصابة بالمرض، معظمها في محافظتي الجهراء "
     "والفروانية، مقارنة بـ940 إصابة في عام 2023، وهو ارتفاع تعزوه الوزارة إلى تحسن الرصد وليس إلى زيادة فعلية في "
     "انتشار الفيروس.",
     "Ministry of Health data showed that Kuwait recorded about 1,280 cases of the disease in 2024, most of them in "
     "Jahra and Farwaniya governorates, compared with 940 cases in 2023. The ministry attributes the rise to improved "
     "surveillance rather than an actual increase in the spread of the virus.", "Farwaniya", "Ahmadi", "والفروانية"),
])
def test_an_arabic_place_swapped_away_beside_an_acronym_or_other_places(embedder, ar, en, old, new, place):
    ctx = profiled(embedder)
    damaged = make_pair(ar, en.replace(old, new))
    issues = run(CHECK, damaged, ctx)
    assert [(i.severity, spans(i, damaged, "source")) for i in issues if i.source_spans] == [("error", [place])]
    assert run(CHECK, make_pair(ar, en), ctx) == []


def test_an_acronym_spelled_out_in_arabic_words_holds_its_place(embedder):
    # PHE = Public Health England = هيئة الصحة العامة في إنجلترا
    ctx = profiled(embedder)
    pair = make_pair("ستحلل المسحات والأمصال في المختبرات المرجعية التابعة لهيئة الصحة العامة في إنجلترا.",
                     "Swabs and sera will be analyzed in PHE reference laboratories.")
    assert run(CHECK, pair, ctx) == []
    # without the embedder an acronym that may hold the place keeps it quiet
    assert run(CHECK, pair) == []


@pytest.mark.parametrize("ar,en", [
    ("أظهرت النماذج الرياضية أن إغلاق المدارس قد يؤخر انتقال المرض وتفشيه.",
     "Mathematical modelling has shown that transmission of an outbreak may be delayed by closing schools."),
    ("دعت اليونسكو كرد فعلٍ الدول إلى دعم الطلاب والأسر المتضررة.",
     "In reaction, UNESCO called on countries to support affected students and families."),
])
def test_words_that_only_look_like_places(ar, en):
    # الرياضية (mathematical) is no nisba of الرياض; كرد فعل is "in reaction", not the Kurds
    assert run(CHECK, make_pair(ar, en)) == []


def test_a_word_linked_to_a_name_elsewhere_is_weighed_in_context(embedder):
    # حسن is Hassan in two pairs of the document; in the third it is "good", which a word of the
    # English in lower case renders closely (a note only); in the fourth the English lacks it and
    # has no word that renders it
    ctx = profiled(embedder)
    pairs = [make_pair("قال حسن إنه سيعود إلى المدينة.", "Hassan said he would return to the city.", bead_id=0),
             make_pair("وصل حسن إلى المطار صباحا.", "Hassan arrived at the airport in the morning.", bead_id=1),
             make_pair("كان أداء الفريق حسن جدا هذا الموسم.", "The team's performance was very good this season.", bead_id=2),
             make_pair("وقال حسن في المؤتمر الصحفي إن الأسعار سترتفع العام المقبل.",
                       "At the press conference, prices were said to rise next year.", bead_id=3)]
    found = {(i.alignment, i.severity) for i in run(CHECK, pairs, ctx) if i.source_spans}
    assert found == {(2, "info"), (3, "error")}
    # without the embedder the link alone decides
    assert {(i.alignment, i.severity) for i in run(CHECK, pairs) if i.source_spans} == {(2, "error"), (3, "error")}


def test_an_adult_is_no_ghana():
    pair = make_pair("لم يترك دوفال، المتزوج وله ولدان بالغان، انطباعًا مؤثرًا في ميلر.",
                     "Duvall, who is married with two adult children, did not leave a big impression on Miller.")
    assert [i for i in run(CHECK, pair) if i.source_spans] == []


def test_us_states_and_news_places_are_in_the_gazetteer():
    # tico19: Oklahoma swapped for Utah, whose one-consonant key (T) is too short to look up
    faithful = make_pair("أعلن حاكم ولاية أوكلاهوما حالة الطوارئ في آيوا.",
                         "The governor of Oklahoma declared a state of emergency in Iowa.")
    assert run(CHECK, faithful) == []  # Iowa has no consonant key at all: matched by the gazetteer
    damaged = make_pair(faithful.source_text, faithful.target_text.replace("Oklahoma", "Utah"))
    issues = run(CHECK, damaged)
    assert any(i.severity == "error" for i in issues)
    assert ["Utah"] in [spans(i, damaged, "target") for i in issues]
    assert ["أوكلاهوما"] in [spans(i, damaged, "source") for i in issues]
    # no one-word Arabic form that is a common word is reported: مالي (financial), سيول (floods),
    # مسقط (birthplace: Muscat's form only confirms, like other forms that are also common words)
    for word in ("مالي", "سيول", "مسقط", "رباط", "مين"):
        hit = E._arabic_word(normalize_arabic(word))[2]
        assert hit is None or hit < 0, word


@pytest.mark.parametrize("word", [
    # a gazetteer nisba's bare stem is no place: عبري "Hebrew" / عبر "via", دبي / الدب "the bear",
    # تركي / ترك "left", جورجي / جورج "George", كوبي / كوب "cup", دلهي / بدلة "suit"
    "عبر", "الدب", "ترك", "وترك", "جورج", "كوب", "بدلة", "والبندق",
    # whole words that are common words: the hundred, grandmother, brief
    "المائة", "بالمائة", "جدة", "وجيزة", "باني", "أقصر",
])
def test_common_words_are_no_gazetteer_places(word):
    hit = E._arabic_word(normalize_arabic(word))[2]
    assert hit is None or hit < 0


@pytest.mark.parametrize("word", ["العبرية", "السوريون", "الأمريكية", "دبي", "التركية", "جورجيا", "للسويد",
                                  "ألبانيا", "بالأقصر"])
def test_places_and_their_nisbas_are_still_found(word):
    hit = E._arabic_word(normalize_arabic(word))[2]
    assert hit is not None and hit >= 0


@pytest.mark.parametrize("ar,en", [
    # French -ier, ngh = نك, gazetteer ethnonyms and seas (names of history and news)
    ("كان طالبا سابقا لدى لافوازييه.", "He was a former student of Lavoisier."),
    ("وفي أوائل عام 1954 أعيد جثمان جنكيز خان.", "In early 1954, the bier of Genghis Khan was returned."),
    ("امتدت الإمبراطورية المغولية من بحر قزوين إلى بحر اليابان.",
     "The Mongol Empire stretched from the Caspian Sea to the Sea of Japan."),
    ("كان أحد أوائل الجيولوجيين الفرس.", "He was one of the earliest Persian geologists."),
    ("قالت منظمة أطباء بلا حدود إن المستشفى قصف.", "Medecins Sans Frontieres said the hospital was shelled."),
    ("قالت شركة فايزر إن لقاحها فعال.", "Pfizer said its vaccine was effective."),
])
def test_names_matched_across_spelling_traditions(ar, en):
    assert [(t.text, ok) for t, ok in E.name_matches(ar, en) if not ok] == []


def test_a_capitalised_word_the_text_also_writes_in_lower_case_is_no_name():
    # tico19_dev: "Turkey coronavirus (TCV) causes enteritis in turkeys" = الديوك الرومية
    pair = make_pair("يسبب فيروس التهاب الأمعاء في الديوك الرومية (تي سي في) التهاب الأمعاء في الديوك الرومية.",
                     "Turkey coronavirus (TCV) causes enteritis in turkeys.")
    assert run(CHECK, pair) == []
    assert [t.text for t, _ in E.english_candidates("Officials in Turkey said the outbreak spread.")] == ["Turkey"]


def test_keys_that_start_apart_need_a_close_first_consonant():
    # mtgeneval_dev: Roberts swapped in for ويتون matched أخبرت ("she told") by one edit, RBRT ~ KBRT
    assert not E._keys_near("RBRT", "KBRT")
    assert E._keys_near("MHMD", "MHMT")  # one edit, same start: still one name
    pair = make_pair("أخبرت ضابط المراقبة أنها لم تتمكن من تحديد موقع ويتون منذ تلك الليلة.",
                     "She told her probation officer that she had not been able to locate Roberts since that night.")
    assert ["Roberts"] in [spans(i, pair, "target") for i in run(CHECK, pair)]


def test_a_taxon_suffix_hides_no_place_and_no_surname():
    assert [t.text for t, _ in E.english_candidates("the policewomen of the Wales Police Department")][:1] == ["Wales"]
    assert "Morales" in [t.text for t, _ in E.english_candidates("President Evo Morales said")]
    # a taxon is a weak candidate, as a capitalised common word: translated as often as not
    assert [(t.text, strong) for t, strong in E.english_candidates("plants of the order Rosales")] == [("Rosales", False)]
    # so is a disease (tico19: Sialodacryoadenitis virus = فيروس التهاب الغدد اللمفاوية was an error)
    assert [(t.text, strong) for t, strong in E.english_candidates("the rat's Sialodacryoadenitis virus")] == [
        ("Sialodacryoadenitis", False)]


@pytest.mark.parametrize("text, genus", [
    ("Dengue is transmitted by the Aedes aegypti mosquito.", "Aedes"),
    ("Cholera is caused by infection with Vibrio cholerae bacteria.", "Vibrio"),
    ("Resistant strains of Staphylococcus aureus were found.", "Staphylococcus"),
])
def test_the_genus_of_a_binomial_name_is_a_weak_candidate(text, genus):
    # a news article translated الزاعجة المصرية: Aedes was an error on a faithful pair
    assert (genus, False) in [(t.text, strong) for t, strong in E.english_candidates(text)]


@pytest.mark.parametrize("name, arabic", [
    ("Regragui", "الركراكي"),  # a news article: Maghrebi ك for a hard g
    ("Gurney", "كراني"),  # MT-GenEval: one of its faithful pairs' entity errors
    ("Agadir", "أكادير"),
])
def test_a_hard_g_written_with_kaf_matches(name, arabic):
    pair = make_pair(f"وقال {arabic} بعد المباراة إن لاعبيه أظهروا شخصية قوية.",
                     f"{name} said after the match that his players had shown strong character.")
    assert run(CHECK, pair) == []
    swapped = make_pair(f"وقال {arabic} بعد المباراة إن لاعبيه أظهروا شخصية قوية.",
                        "Hassan said after the match that his players had shown strong character.")
    assert [spans(i, swapped, "target") for i in run(CHECK, swapped) if i.target_spans] == [["Hassan"]]


def test_the_country_of_a_named_capital_needs_no_english_of_its_own():
    # a news article: العاصمة اللبنانية بيروت rendered "Beirut" (the country adjective was an error)
    ar = "شهدت العاصمة اللبنانية بيروت، مساء الأحد، احتجاجات واسعة على قرار الحكومة رفع أسعار المحروقات."
    pair = make_pair(ar, "Beirut saw widespread protests on Sunday evening against the government's decision to raise fuel prices.")
    assert run(CHECK, pair) == []
    swapped = make_pair(ar, "Damascus saw widespread protests on Sunday evening against the government's decision to raise fuel prices.")
    assert [spans(i, swapped, "source") for i in run(CHECK, swapped) if i.source_spans] == [["بيروت"]]


def test_degrees_celsius_is_no_name():
    # a health advisory: درجة مئوية = degrees Celsius (a warning)
    pair = make_pair("تتوقع الأرصاد الجوية أن تتجاوز درجات الحرارة ٤٥ درجة مئوية في معظم المناطق.",
                     "The meteorological service expects temperatures to exceed 45 degrees Celsius in most regions.")
    assert run(CHECK, pair) == []


def test_a_short_name_and_its_match_begin_alike():
    # a news article: Yasser (key SR) swapped in for شمس الدين كباشي matched السريع ("rapid")
    ar = "ويرأس وفد الجيش الفريق أول شمس الدين كباشي، فيما يقود وفد قوات الدعم السريع عبد الرحيم دقلو."
    en = "The army delegation is headed by General Yasser al-Atta, while the Rapid Support Forces delegation is led by Abdel Rahim Dagalo."
    pair = make_pair(ar, en)
    assert ["Yasser"] in [spans(i, pair, "target") for i in run(CHECK, pair)]
    assert E._onsets_agree("yasser", ("وياسر", "ياسر")) and E._onsets_agree("omar", ("عمر",))
    assert E._onsets_agree("alusi", ("للالوسي", "لالوسي", "الوسي"))  # MT-GenEval: al-Alusi = للألوسي
    assert not E._onsets_agree("yasser", ("السريع", "سريع")) and not E._onsets_agree("sami", ("اسامي",))


def test_a_short_name_writes_as_many_consonants_as_its_match():
    # a news article: Saud (SD) matched السدود "the dams" (SDD) once Raed Abu Saud was swapped away
    ar = "وقال الوزير محمد النجار للصحفيين إن السدود في المملكة تحتوي حالياً على نحو ٩٨ مليون متر مكعب."
    en = "Minister Raed Abu Saud told reporters that dams in the kingdom currently hold about 98 million cubic metres."
    pair = make_pair(ar, en)
    assert ["Saud"] in [spans(i, pair, "target") for i in run(CHECK, pair)]
    assert not E._few_consonants(("السدود", "سدود"), "saud") and E._few_consonants(("السعود", "سعود"), "saud")
    assert E._few_consonants(("جيسوس",), "jesús")  # MT-GenEval: a repeat on both sides
    assert E._few_consonants(("صلاح",), "salah")  # an H the key drops: Mohamed Salah = محمد صلاح


def test_a_name_before_a_lower_case_word_stays_strong():
    # not every Latin-looking word after a name is an epithet (flores200: the Latin civis)
    for text, name in [("They met in Sintra civis later.", "Sintra"), ("He said Obama virus claims were false.", "Obama")]:
        assert (name, True) in [(t.text, strong) for t, strong in E.english_candidates(text)]


def test_a_place_swapped_for_a_taxon_leaves_its_arabic_orphan(embedder):
    # tico19_dev, bench/perturb.swap_name: Japan -> Coronaviridae. اليابان's two-consonant key
    # (BN) matched "been"; only capitalised English words can hold a place
    ctx = profiled(embedder)
    ar = ("حتى السفن السياحية التي لا توجد على متنها حالات مؤكدة رُفض السماح لها بالرسو، بسبب الخوف من "
          "الفيروسات، وفي حالة الأميرة الماسية في اليابان، أصيب مئات الأشخاص على متن السفينة.")
    en = ("Even cruise ships without confirmed cases have been denied permission to dock due to virus fears, "
          "and in the high-profile case of the Diamond Princess in Japan, hundreds of people were infected on the ship.")
    assert [i for i in run(CHECK, make_pair(ar, en), ctx) if i.severity == "error"] == []
    damaged = make_pair(ar, en.replace("Japan", "Coronaviridae"))
    errors = [i for i in run(CHECK, damaged, ctx) if i.severity == "error"]
    assert [spans(i, damaged, "source") for i in errors] == [["اليابان"]]


def test_a_short_name_alone_in_its_pair_is_an_error_when_the_pair_is_closer_without_it(embedder):
    # flores200_devtest, bench/perturb.swap_name: Amazon -> Goma (two consonants, no other name)
    ctx = profiled(embedder)
    ar = "نهر الأمازون هو أيضاً أعرض نهر على الأرض، يصل عرضه في أوقات إلى 6 أميال."
    en = "The Amazon is also the widest river on Earth, at times six miles wide."
    assert run(CHECK, make_pair(ar, en), ctx) == []
    damaged = make_pair(ar, en.replace("Amazon", "Goma"))
    assert [(i.severity, spans(i, damaged, "target")) for i in run(CHECK, damaged, ctx)] == [("error", ["Goma"])]


@pytest.mark.parametrize("ar,en", [
    # flores200_devtest: broken plurals of demonyms, Romanian = الرومانية (also Roman)
    ("كان يحكم فرنسا \"فيشي\". هؤلاء هم الشعب الفرنسي الذين صنعوا السلام مع الألمان في عام 1940.",
     "It was ruled by the \"Vichy\" French. These were French people who had made peace with the Germans in 1940."),
    ("عاصمة مولدوفا كيشيناو. اللغة المحلية هي الرومانية لكن الروسية مستخدمة على نطاق واسع.",
     "The capital of Moldova is Chişinău. The local language is Romanian, but Russian is widely used."),
    ("حارب الأتراك الروس على ضفاف النهر.", "The Turks fought the Russians on the banks of the river."),
    # Tatoeba: spellings without a long vowel
    ("اليهود و المسلمين أقليات دينيّة في أوربا.", "Muslims and Jews are minorities in Europe."),
    ("إن القواقِم أسوأ عدوّ للطيور في نيوزلندا.", "Stoats are the worst enemy of birds in New Zealand."),
])
def test_demonym_plurals_and_shared_adjectives_match(ar, en):
    assert run(CHECK, make_pair(ar, en)) == []


def test_a_short_place_name_has_no_nisba_of_two_letters():
    # مايا (Maya) gave ماي, and المائية "aquatic" (ماييه) read as the Maya
    assert E._ArabicSide.of("وتحدد الممرات المائية الداخلية أيضاً الطرق").entry_set == set()
    assert E._ArabicSide.of("حضارة المايا").entry_set == {E._GAZ_EN["maya"]}


@pytest.mark.parametrize("ar,en", [
    # mtgeneval_dev: titles and ranks are translated (مطرانة فخرية = Titular Bishop, الدوقة = the Duchess)
    ("في الوقت نفسه، تم تعيينها مطرانة فخرية لأوتيكا.", "At the same time, she was appointed the Titular Bishop of Utica."),
    ("كان رينولدز فتى كشافة، قال ذات مرة إنه أراد أن يموت وهو أكبر فتى كشافة على قيد الحياة في العالم.",
     "Reynolds was a Boy Scout, once saying that he wanted to die as the world's oldest living Boy Scout."),
    ("مضيفًا أنه على الرغم من تقدمها في السن، إلا أن سلوك الدوقة الحيوي يعطيها مظهرا شابا.",
     "Adding that, despite her advancing age, the Duchess's lively bearing gives her a youthful appearance."),
])
def test_titles_and_ranks_are_no_names(embedder, ar, en):
    ctx = profiled(embedder)
    assert [i for i in run(CHECK, make_pair(ar, en), ctx) if i.severity == "error"] == []


def test_a_possessive_s_may_be_the_names_own():
    # mtgeneval_dev: St Hugh's = سانت هيوز, Mickey's = مايكيز; Layla's is still ليلى (Tatoeba)
    for ar, en in [("وهو زميل فخري في سانت هيوز وكلية بيركبيك.", "He is an Honorary Fellow of St Hugh's and of Birkbeck College."),
                   ("ظهر أيضًا في استعراض مايكيز في المدينة.", "He also makes an appearance in the Mickey's parade in the city."),
                   ("استعار سامي سيّارة ليلى.", "Sami borrowed Layla's car.")]:
        assert run(CHECK, make_pair(ar, en)) == [], en
    # a spelling that leaves one consonant (Hugh read with a silent gh: H) matches no word by it
    assert "H" not in E._english_keys("hugh")


def swapped_findings(ar: str, en: str, old: str, new: str, ctx=None) -> list[tuple[str, list[str]]]:
    """Assert that the faithful pair raises nothing but notes; return (severity, target spans) of the findings
    on the pair whose English has ``old`` replaced by ``new``."""
    assert [i for i in run(CHECK, make_pair(ar, en), ctx) if i.severity != "info"] == []
    damaged = make_pair(ar, en.replace(old, new))
    return [(i.severity, spans(i, damaged, "target")) for i in run(CHECK, damaged, ctx)]


def test_a_name_whose_first_letter_an_apostrophe_elides_is_no_acronym(embedder):
    # batch 105: R'Kiz, put in place of Mederdra (المذرذرة), was read as an acronym and never looked up
    assert [t.text for t, _ in english_candidates("They reached R'Kiz and N'Djamena, and O'Brien's farm, "
                                                  "with the WHO and the UN.")] == ["R'Kiz", "N'Djamena", "O'Brien's"]
    # (a West African n before di and a vowel is نج: N'Diago = انجاكو, a faithful error of batch 100 once
    # the name was read)
    assert [ok for _, ok in name_matches("وصلوا إلى الركيز وانجامينا وانجاكو.",
                                         "They reached R'Kiz, N'Djamena and N'Diago.")] == [True, True, True]
    ar = ("وأوضح ولد أحمد أن الحملة ستستمر لمدة 45 يوما، وستشمل مقاطعات روصو والركيز وكرمسين وبوتلميت وواد الناقة، "
          "بمشاركة 62 فريقا بيطريا متنقلا.")
    en = ("Ould Ahmed explained that the campaign will last 45 days and will cover the departments of Rosso, R'Kiz, "
          "Keur Macene, Boutilimit and Ouad Naga, with the participation of 62 mobile veterinary teams.")
    assert [i for i in run(CHECK, make_pair(ar, en), profiled(embedder)) if i.severity != "info"] == []
    damaged = make_pair(ar.replace("والركيز", "والمذرذرة"), en)
    assert [spans(i, damaged, "target") for i in run(CHECK, damaged, profiled(embedder))
            if i.severity in ("error", "warning")] == [["R'Kiz"]]


def test_a_title_word_the_arabic_translates_is_no_swapped_name(embedder):
    # batch 106: Transformation of the Health Sector Transformation Program = تحول (0.72 in context), though
    # the pair is more similar without it; a common word put in place of another matches nothing so well
    ar = "ويأتي ذلك ضمن مستهدفات برنامج تحول القطاع الصحي، أحد برامج رؤية المملكة 2030."
    en = ("This comes as part of the targets of the Health Sector Transformation Program, one of the programmes of "
          "Saudi Vision 2030.")
    assert [i for i in run(CHECK, make_pair(ar, en), profiled(embedder)) if i.severity != "info"] == []


def test_la_goulette_is_halq_al_wadi():
    # batch 106: حلق الوادي ("the valley's throat") is Tunis's port of La Goulette: a faithful error twice
    ar = "إذ عبر ميناء حلق الوادي خلال صائفة 2025 أكثر من 430 ألف مسافر."
    assert run(CHECK, make_pair(ar, "with more than 430,000 passengers passing through La Goulette port during the "
                                    "summer of 2025.")) == []
    swapped = make_pair(ar, "with more than 430,000 passengers passing through Bizerte port during the summer of 2025.")
    assert sorted((i.severity, spans(i, swapped, "source") or spans(i, swapped, "target"))
                  for i in run(CHECK, swapped)) == [("error", ["Bizerte"]), ("warning", ["حلق"])]


def test_a_place_written_with_a_long_vowel_more_or_less_than_the_gazetteer():
    # batch 107: بروكسيل is Brussels (the gazetteer's بروكسل), كراتيا Croatia (كرواتيا): matched, never reported
    assert run(CHECK, make_pair("تربط المطار بعدد من المدن الأوروبية، من بينها مدريد ولندن وبروكسيل.",
                                "It links the airport with European cities, including Madrid, London and Brussels.")) == []
    assert [ok for _, ok in name_matches("زار كراتيا وميلبورن.", "He visited Croatia and Melbourne.")] == [True, True]
    # (only places the gazetteer writes without the article, by the word itself: حديدية "iron" is no Hodeidah)
    assert E._arabic_word(normalize_arabic("الحديدية"))[2] is None
    lost = make_pair("تربط المطار بعدد من المدن الأوروبية، من بينها مدريد ولندن وبروكسيل.",
                     "It links the airport with European cities, including Madrid and London.")
    assert [i for i in run(CHECK, lost) if i.severity != "info"] == []


def test_a_capitalised_common_word_that_the_arabic_renders_is_no_name(embedder):
    # batch 107: the Administrative Capital = العاصمة الإدارية, a "weak" name of a faithful article, where
    # the story's other names made its pair's capitalised common words suspect: Administrative ~ الإدارية 0.74
    # in context, a title's word the Arabic translates; a common word put in its place matches less (0.55)
    from amanah.checks.base import Issue
    ar = ("وأكد الوزير أن التشغيل التجريبي للقطاع الممتد بين العين السخنة والعاصمة الإدارية سيبدأ في شهر يونيو من "
          "عام 2025، على أن يبدأ التشغيل الكامل للخط نهاية عام 2026.")
    en = ("The minister affirmed that trial operation of the section between Ain Sokhna and the {} Capital will "
          "begin in June 2025, with full operation of the line set to start at the end of 2026.")
    graded = {}
    for word in ("Administrative", "Industrial"):
        pair = make_pair(ar, en.format(word))
        (t,) = [t for t in tokenize(pair.target_text) if t.text == word]
        issue = Issue("entity", "warning", pair.alignment, (), (pair.span("target", t.start, t.end),), 0.0,
                      f"name '{word}' in the target has no counterpart in the source")
        graded[word] = [i.severity for i in EntityCheck._weigh_with_embeddings(
            [issue], [(pair, "target", t, "weak")], profiled(embedder))]
    assert graded["Administrative"] == [] and graded["Industrial"] != []


@pytest.mark.parametrize("ar,en,old,new,name", [
    # batch 100: "Energy and Water Minister Walid Fayad" for وزير الطاقة والمياه جو صدي, whose words are words of
    # the dictionary, an official's name replaced after the title
    ("وقال وزير الطاقة والمياه جو صدي، خلال الجلسة، إن مؤسسة كهرباء لبنان لا تستطيع تحمل أي خفض في التعرفة في ظل "
     "عجز مالي يقدّر بنحو 350 مليون دولار سنوياً.",
     "Energy and Water Minister Joe Saddi told the session that Electricite du Liban cannot bear any reduction in "
     "the tariff given a financial deficit estimated at about 350 million dollars a year.",
     "Joe Saddi", "Walid Fayad", "Walid"),
    # batch 101: Abdel Hamid = عبدالحميد, an Abd name the Arabic writes as one word: Abdel had matched البضائع
    # ("goods") and Hamid أحمد, so Ahmed was left
    ("وقال المستشار أحمد عبدالحميد، المحامي العام الأول لنيابات جنوب الشرقية، إن التحقيقات الأولية كشفت أن قطار "
     "البضائع لم يلتزم بإشارة التوقف الحمراء قبل دخوله المحطة.",
     "Counsellor Ahmed Abdel Hamid, the first attorney general for the South Sharqia prosecution offices, said "
     "preliminary investigations had revealed that the freight train did not obey the red stop signal before "
     "entering the station.",
     "Abdel Hamid", "Abdel Karim", "Karim"),
    # batch 101: Maayif = أمعييف (the alif before the m), as Mbaye = امباي
    ("وقال وزير الصيد محمد عابدين ولد أمعييف إن القرار يشمل جميع أساطيل الصيد العاملة في المياه الموريتانية.",
     "Fisheries Minister Mohamed Abidine Ould Maayif said the decision covers all fishing fleets operating in "
     "Mauritanian waters.",
     "Maayif", "Mouknass", "Mouknass"),
    # batch 105: من سيارات ("than taxis") had matched Mansour by its joined key, a particle joined to the next word
    ("وقالت الراكبة زينب كاظم، وهي موظفة من سكان حي الكرادة، إنها اختارت القطار لأنه \"أرخص وأكثر أماناً\" "
     "من سيارات الأجرة.",
     "Passenger Zainab Kadhim, an employee who lives in the Karrada district, said she chose the train because "
     "it was \"cheaper and safer\" than taxis.",
     "Karrada", "Mansour", "Mansour"),
    # batch 105: Wakrah put in place of Al Khor (الخور) matched only الكواري, which Al-Kuwari spells exactly among
    # its matches (Al-Kuwari matched الخور as well): a name loses the one word it matches to the name that spells
    # it best
    ("وقال المزارع محمد جاسم الكواري، صاحب مزرعة في منطقة الخور، إن المهرجان يتيح للمزارعين الصغار تسويق "
     "إنتاجهم مباشرة دون وسطاء.",
     "Farmer Mohammed Jassim Al-Kuwari, who owns a farm in Al Khor, said the festival allows small farmers to "
     "market their produce directly without intermediaries.",
     "Al Khor", "Al Wakrah", "Wakrah"),
    # batch 107: Lawdar, put in place of Zinjibar (زنجبار), matched الوزارة ("the ministry", LZR ~ LDR) loosely,
    # a word that renders the Deputy Minister's "Minister", a capitalised common word of another name
    ("وقال وكيل الوزارة لقطاع الرعاية الصحية الأولية، الدكتور علي الوليدي، إن 52 حالة سُجلت في لحج وتركزت في "
     "مديريات تبن والحوطة وطور الباحة، فيما سُجلت 35 حالة في أبين، أغلبها في مديريتي زنجبار وخنفر.",
     "Deputy Minister for Primary Health Care Dr Ali al-Walidi said 52 cases had been recorded in Lahij, "
     "concentrated in the districts of Tuban, al-Hawta and Tur al-Baha, while 35 cases had been recorded in "
     "Abyan, most of them in the districts of Zinjibar and Khanfar.",
     "Zinjibar", "Lawdar", "Lawdar"),
    # batch 108: Sadah, put in place of Mirbat (ومرباط), matched سعيد: the English wrote "bin Said" with a bin in
    # lower case and "said" elsewhere, so Said was no name and left سعيد free
    ("وقال الدكتور مسلم بن سعيد المعشني، المدير العام للخدمات الصحية بمحافظة ظفار، إن معظم الحالات تركزت في "
     "ولايات صلالة وطاقة ومرباط.",
     "Dr. Muslim bin Said al-Maashani, Director General of Health Services in Dhofar Governorate, said most of the "
     "cases were concentrated in the wilayats of Salalah, Taqah and Mirbat.",
     "Mirbat", "Sadah", "Sadah"),
    # batch 108: Lyon, put in place of Marseille (مرسيليا), was in no gazetteer, a "likely" name and a warning
    ("وفي سياق متصل، أشار الوزير إلى أن الوزارة تجري مفاوضات مع عدد من شركات الطيران منخفضة التكلفة لفتح خطوط "
     "جديدة تربط وجدة بمدن أوروبية، من بينها مرسيليا وبروكسل وبرشلونة. غير أنه أوضح أن أي اتفاق نهائي لم يوقع بعد، "
     "مشيرا إلى أن الإعلان عن الخطوط الجديدة سيتم قبل حلول موسم الصيف المقبل.",
     "In a related development, the minister said the ministry is negotiating with a number of low-cost airlines to "
     "open new routes linking Oujda with European cities, including Marseille, Brussels and Barcelona. However, he "
     "explained that no final agreement has been signed yet, noting that the new routes will be announced before "
     "the start of the coming summer season.",
     "Marseille", "Lyon", "Lyon"),
    # batch 111: Fayed, put in place of Qantara West (القنطرة غرب), was read as "fay" + "ed", a common word
    ("وفي محافظة الإسماعيلية، أدت الأمطار الغزيرة إلى غرق أجزاء من الطريق الصحراوي الرابط بين الإسماعيلية "
     "والقنطرة غرب، ما اضطر الإدارة العامة للمرور إلى إغلاقه لمدة تسع ساعات. ولم تُسجَّل أي خسائر في "
     "الأرواح بالمحافظة، غير أن مياه السيول أتلفت نحو 120 فداناً من الأراضي الزراعية في منطقة أبو صوير.",
     "In Ismailia governorate, the heavy rain flooded parts of the desert road linking Ismailia and "
     "Qantara West, forcing the General Traffic Department to close it for nine hours. No loss of life was "
     "recorded in the governorate, but the floodwaters damaged about 120 feddans of farmland in the Abu "
     "Suweir area.",
     "Qantara West", "Fayed", "Fayed"),
    # batch 111: Mleih, put in place of Dhiban (ذيبان), matched الحملة ("the campaign"): a final h after i is a ح
    ("وفي مادبا، خصصت مديرية الصحة ثلاث نقاط للتبرع في مستشفى النديم الحكومي وساحة بلدية مادبا الكبرى "
     "ومركز صحي ذيبان الشامل، تعمل يوميا من التاسعة صباحا حتى الرابعة عصرا. وأوضح مدير صحة مادبا الدكتور "
     "عمر الشوابكة أن الحملة استقطبت في يومها الأول 146 متبرعا، بينهم 38 سيدة، وهو رقم يفوق التوقعات.",
     "In Madaba, the health directorate has set up three donation points, at Al-Nadeem Government "
     "Hospital, the square of the Greater Madaba Municipality and the Dhiban Comprehensive Health Centre, "
     "open daily from 9 a.m. to 4 p.m. Madaba health director Dr. Omar al-Shawabkeh said the drive "
     "attracted 146 donors on its first day, 38 of them women, a figure that exceeded expectations.",
     "Dhiban", "Mleih", "Mleih"),
])
def test_a_name_swapped_into_a_sentence_of_the_article_batches_is_an_error(embedder, ar, en, old, new, name):
    assert ("error", [name]) in swapped_findings(ar, en, old, new, profiled(embedder))


@pytest.mark.parametrize("ar,en,name", [
    # batch 108: Abu Ajila = أبوعجيلة, a kunya written as one word; the short Ajila had matched وقال
    ("وقال الدكتور سالم أبوعجيلة، مدير إدارة الأمراض المنقولة بالنواقل في المركز، إن عدد الحالات ارتفع.",
     "Dr. Salem Abu Ajila, director of the Vector-Borne Diseases Department at the centre, said the number of cases "
     "had risen.", "Ajila"),
    # batch 108: Kayouh = قيوح, a final h after u is a ح
    ("وقال وزير النقل واللوجستيك عبد الصمد قيوح إن المشروع يندرج في إطار الاستعدادات لكأس العالم 2030.",
     "Transport and Logistics Minister Abdessamad Kayouh said the project is part of the preparations for the "
     "2030 World Cup.", "Kayouh"),
])
def test_a_name_of_the_article_batches_is_written_in_the_arabic(ar, en, name):
    assert dict((t.text, ok) for t, ok in name_matches(ar, en))[name]
    assert not dict((t.text, ok) for t, ok in name_matches(ar.replace(name == "Ajila" and "أبوعجيلة" or "قيوح", "الخبير"), en))[name]


def test_a_name_of_several_matches_claims_only_the_one_it_spells_best():
    # Bordj = وبرج and بوعريريج alike, so it claims neither from Arreridj, which matches بوعريريج only
    assert dict((t.text, ok) for t, ok in name_matches(
        "حذر الديوان من أمطار رعدية على ولايات سطيف وبرج بوعريريج وميلة.",
        "The office warned of thunderstorms in the provinces of Setif, Bordj Bou Arreridj and Mila."))["Arreridj"]


def test_a_capitalised_word_of_the_same_name_is_no_common_word_a_loose_match_renders():
    # خانيونس matches the Khan of Khan Younis best, a word of Webster's: Younis stays matched (a faithful error
    # of batch 101 while this was not so)
    text = "the administration of Nasser Hospital in Khan Younis said"
    younis, khan, hospital = (next(t for t in tokenize(text) if t.text == w) for w in ("Younis", "Khan", "Hospital"))
    assert E._same_name_run(text, younis, (khan.start, khan.end))
    assert not E._same_name_run(text, younis, (hospital.start, hospital.end))


def test_a_place_that_is_a_common_word_after_the_noun_of_a_city():
    # batch 101: كسلا is "lazily" too, but مدينة كسلا is Kassala, which the English leaves out
    ar = "وأوضح الطيب أن معظم الحالات سُجلت في مدينة القضارف، إضافة إلى أحياء غرب القاش في مدينة كسلا."
    assert run(CHECK, make_pair(ar, "Al-Tayeb explained that most cases had been recorded in the city of Gedaref, "
                                    "as well as in the West Gash neighbourhoods of Kassala city.")) == []
    lost = make_pair(ar, "Al-Tayeb explained that most cases had been recorded in the city of Gedaref.")
    assert ["كسلا"] in [spans(i, lost, "source") for i in run(CHECK, lost)]
    # without the noun, the word stays ambiguous
    assert E._ArabicSide.of("تحرك كسلا").entries[1] < 0


def test_a_village_named_as_a_place_of_one_consonant():
    # batch 102: Al-Zawiya = الزوية, a village of the name (the gazetteer's Zawiya is Libya's الزاوية)
    ar = "وقال الفلاح الذي يزرع 200 دونم في قرية الزوية التابعة لقضاء الشرقاط إنه اضطر إلى الاقتراض."
    en = "The farmer, who cultivates 200 dunams in the village of Al-Zawiya in Shirqat district, said he had been forced to borrow."
    assert run(CHECK, make_pair(ar, en)) == []
    assert run(CHECK, make_pair("قال سكان مدينة الزاوية الليبية إن الاشتباكات توقفت.",
                                "Residents of the Libyan city of Zawiya said the clashes had stopped.")) == []
    damaged = make_pair(ar.replace("الزوية", "العلم"), en)
    assert "Zawiya" in [t for i in run(CHECK, damaged) for t in spans(i, damaged, "target")]


def test_a_joined_place_name_agrees_past_its_prefix(embedder):
    # batch 102: Kfarchouba for وكفركلا (Kfarkela): the shared Kfar had made their keys close
    ar = "وأوضح البيان أن عمليات المسح شملت بلدات الخيام وكفركلا وعيتا الشعب ومارون الراس في قضاءي مرجعيون وبنت جبيل."
    en = ("The statement explained that the survey operations covered the towns of Khiam, Kfarkela, Aita al-Shaab and "
          "Maroun al-Ras in the districts of Marjayoun and Bint Jbeil.")
    assert swapped_findings(ar, en, "Kfarkela", "Kfarchouba", profiled(embedder)) == [("error", ["Kfarchouba"])]
    assert run(CHECK, make_pair("وأوضح البيان أن عمليات المسح شملت بلدات الخيام وكفرشوبا.",
                                "The statement explained that the survey operations covered the towns of Khiam and Kfarchouba.")) == []


def test_the_orontes_is_the_river_the_arabic_calls_al_assi():
    # batch 103: نهر العاصي = the Orontes River (العاصي is a family name too, so only after نهر is it the river)
    ar = "وأوضح الجندي أن الإنتاج تراجع بسبب تراجع منسوب نهر العاصي وانخفاض مستوى المياه الجوفية."
    en = "Al-Jundi explained that production fell due to the falling level of the Orontes River and the drop in groundwater levels."
    assert ("error", ["Euphrates"]) in swapped_findings(ar, en, "Orontes", "Euphrates")
    assert run(CHECK, make_pair("وقال محمد العاصي إن الإنتاج تراجع.", "Mohammed Al-Assi said production fell.")) == []


def test_two_long_words_the_arabic_writes_as_one_by_a_key_of_three():
    # batch 100: Khan Younis = خانيونس (KNS): Younis was a name without counterpart
    ar = "وأفادت إدارة مستشفى ناصر في خانيونس بأن شحنة المستلزمات لم تدخل حتى الآن."
    en = "The administration of Nasser Hospital in Khan Younis said the shipment of supplies has not entered yet."
    assert ("error", ["Rafah"]) in swapped_findings(ar, en, "Khan Younis", "Khan Rafah")


def test_a_place_the_arabic_writes_as_one_word_with_the_name_before_it():
    # Port Sudan = بورتسودان (one word): Sudan was a name without counterpart
    pair = make_pair("وقالت المتحدثة باسم اليونيسف في بورتسودان، ليلى بكر، إن نصف المصابين من الأطفال.",
                     "UNICEF spokeswoman in Port Sudan, Laila Bakr, said that half of those infected are children.")
    assert run(CHECK, pair) == []
    damaged = make_pair(pair.source_text, pair.target_text.replace("Port Sudan", "Port Harcourt"))
    assert "Harcourt" in [t for i in run(CHECK, damaged) for t in spans(i, damaged, "target")]
    # a dateline in capitals (batch 72): PORT SUDAN is the same one word
    pair = make_pair("بورتسودان، 15 يناير 2026 – حذّرت المفوضية السامية للأمم المتحدة لشؤون اللاجئين، اليوم الخميس، من "
                     "تدهور الأوضاع الإنسانية.", "PORT SUDAN, 15 January 2026 – The UN refugee agency, UNHCR, warned on "
                     "Thursday of deteriorating humanitarian conditions.")
    assert run(CHECK, pair) == []
    damaged = make_pair(pair.source_text, pair.target_text.replace("PORT SUDAN", "PORT HARCOURT"))
    assert "HARCOURT" in [t for i in run(CHECK, damaged) for t in spans(i, damaged, "target")]


def test_a_short_name_after_the_conjunction_of_a_word_of_three_letters():
    # وشط العرب = "and Shatt al-Arab" (batch 72): the stem keeps its و, a word of two letters else
    ar = ("وأظهرت الفحوصات على عينات من شبكات الإسالة في أقضية أبي الخصيب والفاو وشط العرب تلوثاً جرثومياً في 17 في "
          "المئة من العينات.")
    en = ("Tests on samples from the water networks in the districts of Abu al-Khasib, Fao and Shatt al-Arab showed "
          "bacterial contamination in 17% of the samples.")
    assert run(CHECK, make_pair(ar, en)) == []
    damaged = make_pair(ar, en.replace("Shatt al-Arab", "Shatra"))
    assert "Shatra" in [t for i in run(CHECK, damaged) for t in spans(i, damaged, "target")]
    # (a word of four letters keeps its و: وشطب "and struck off" writes no Shatt)
    assert E._short_hits(E._ArabicSide.of("وشطب اسمه"), "shatt", E._english_keys("shatt")) == []


def test_abdel_is_abd_with_the_article_of_the_next_word():
    pair = make_pair("وكان في استقباله الرئيس المصري عبد الفتاح السيسي، حيث عقد الجانبان جلسة مباحثات.",
                     "He was received by Egyptian President Abdel Fattah el-Sisi, and the two sides held talks.")
    assert run(CHECK, pair) == []


COMMUNITIES = [
    ("قُتل عشرات المدنيين العلويين في الساحل السوري خلال الأسبوع الماضي.",
     "Dozens of Alawite civilians were killed on the Syrian coast last week."),
    ("دعا رجال دين من السنة والشيعة إلى الهدوء في بغداد.", "Sunni and Shiite clerics called for calm in Baghdad."),
    ("يعيش البدو في صحراء النقب منذ قرون.", "Bedouins have lived in the Negev desert for centuries."),
    ("زار البابا الكنيسة الآشورية في أربيل.", "The Pope visited the Assyrian church in Erbil."),
    # places whose Arabic drops a consonant of the English (Sidon = صيدا, Nineveh = نينوى)
    ("قال مسؤولون إن الهجوم وقع في صيدا صباح اليوم.", "Officials said the attack took place in Sidon this morning."),
    ("عاد النازحون إلى سهل نينوى.", "The displaced returned to the Nineveh Plains."),
]


@pytest.mark.parametrize("ar,en", COMMUNITIES)
def test_communities_of_middle_east_news_match(ar, en):
    assert run(CHECK, make_pair(ar, en)) == []


def test_a_community_swapped_is_caught():
    ar, en = COMMUNITIES[0]
    damaged = make_pair(ar, en.replace("Alawite", "Druze"))
    assert [(i.severity, spans(i, damaged, "target")) for i in run(CHECK, damaged)] == [("error", ["Druze"])]


def test_a_football_league_is_its_country():
    pair = make_pair("فاز ريال مدريد على برشلونة بثلاثة أهداف مقابل هدف في الدوري الإسباني.",
                     "Real Madrid beat Barcelona 3-1 in La Liga.")
    assert run(CHECK, pair) == []


def test_mpox_is_a_common_word():
    pair = make_pair("بدأ التفشي في أواخر أغسطس في إقليم جنوب كيفو الذي ضربه جدري القردة.",
                     "The outbreak began in late August in the Mpox-hit province of South Kivu.")
    assert [i for i in run(CHECK, pair) if i.severity == "error"] == []


@pytest.mark.parametrize("ar,en", [
    # شياع = Shia as a given name; a dual nisba (عربيان); ظ written dh; Shi'ite with its apostrophe
    ("أعلن رئيس الوزراء العراقي محمد شياع السوداني عن العقد.", "Iraqi Prime Minister Mohammed Shia al-Sudani announced the contract."),
    ("قال دبلوماسيان عربيان لوكالة فرانس برس إن الحجاج توفوا.", "Two Arab diplomats told AFP that the pilgrims had died."),
    ("خصصت سلطنة عمان وحدات فحص متنقلة للقرى النائية في محافظة ظفار.",
     "Oman has assigned mobile screening units to remote villages in Dhofar governorate."),
    ("قاطع أنصار رجل الدين الشيعي مقتدى الصدر الانتخابات.", "Supporters of Shi'ite cleric Muqtada al-Sadr boycotted the elections."),
    # a place referred back to by a definite noun: القطاع = Gaza, "the kingdom" = السعودية
    ("أكدت الوزارة أول إصابة بالمرض في مدينة دير البلح وسط القطاع.",
     "The ministry confirmed the first case of the disease in Deir al-Balah, in central Gaza."),
    ("وصل مليون حاج إلى السعودية من الخارج.", "A million pilgrims came to the kingdom from abroad."),
])
def test_wire_news_names_match(ar, en):
    assert [i for i in run(CHECK, make_pair(ar, en)) if i.severity != "info"] == []


def test_a_place_swapped_beside_a_reference_back_is_caught():
    pair = make_pair("أكدت الوزارة أول إصابة بالمرض في دير البلح وسط القطاع.",
                     "The ministry confirmed the first case of the disease in Deir al-Balah, in central Lebanon.")
    assert [(i.severity, spans(i, pair, "target")) for i in run(CHECK, pair)] == [("error", ["Lebanon"])]


def test_an_arabic_given_name_left_out_of_the_english_is_caught(embedder):
    embedder_ctx = profiled(embedder)
    ar = "وقال وزير الصحة هيثم محمد إبراهيم إن الحكومة خصصت مبالغ إضافية للحملة."
    assert run(CHECK, make_pair(ar, "Health Minister Haitham Mohammed Ibrahim said the government had "
                                    "allocated additional funds for the campaign."), embedder_ctx) == []
    dropped = make_pair(ar, "The health minister said the government had allocated additional funds for the campaign.")
    assert [(i.severity, spans(i, dropped, "source")) for i in run(CHECK, dropped, embedder_ctx)] == [("error", ["هيثم"])]
    # a swap is reported on the English names only
    swapped = make_pair(ar, "Health Minister Khaled Salem said the government had allocated additional funds for the campaign.")
    found = [i for i in run(CHECK, swapped, embedder_ctx) if i.severity == "error"]
    assert [spans(i, swapped, "target") for i in found] == [["Khaled"], ["Salem"]]
    assert not any(i.source_spans for i in found)
    # the Prophet's name is not a person of the news; عمر is also "age"
    assert E._name_start(E._ArabicSide.of("قال النبي محمد"), 2, "قال النبي محمد") == ""
    assert E._name_start(E._ArabicSide.of("توفي عن عمر يناهز ثمانين عاما"), 2, "توفي عن عمر يناهز ثمانين عاما") == ""


def test_common_words_written_as_one_and_doubled_consonants_are_no_names():
    common = E._common_words()
    assert E._is_common("planning", common) and E._is_common("stopped", common)
    assert E._compound("firefighting", common) and not E._compound("bejaia", common)
    assert [t.text for t, _ in english_candidates("Firefighting teams were unable to reach the hotspots.")] == []
    pair = make_pair("من جهته، أمر وزير الداخلية والجماعات المحلية والتهيئة العمرانية، إبراهيم مراد، بفتح تحقيق.",
                     "For his part, the Minister of the Interior, Local Authorities and Regional Planning, Ibrahim Merad, ordered an investigation.")
    assert [i for i in run(CHECK, pair) if i.severity != "info"] == []


def test_a_name_after_a_title_left_out_of_the_english_is_reported(embedder):
    ctx = profiled(embedder)
    ar = "وقال وزير المالية ياسين جابر في مؤتمر صحافي إن المشروع لا يعني شطب الودائع."
    side = E._ArabicSide.of(ar)
    assert [side.tokens[i].text for i in range(len(side.tokens)) if E._name_start(side, i, ar)] == ["ياسين"]
    assert run(CHECK, make_pair(ar, "Finance Minister Yassine Jaber told a news conference that the draft "
                                    "does not mean writing off deposits."), ctx) == []
    dropped = make_pair(ar, "A news conference was told that the draft does not mean writing off deposits.")
    found = [(i.severity, spans(i, dropped, "source")) for i in run(CHECK, dropped, ctx)]
    assert found and found[0][1] == ["ياسين"] and found[0][0] in ("error", "warning")
    # a comma may set the name off; a word with a pronoun after an office is none
    text = "وقال وزير الصحة، فراس الهواري، إن"
    side = E._ArabicSide.of(text)
    assert [side.tokens[i].text for i in range(len(side.tokens)) if E._name_start(side, i, text)] == ["فراس"]


@pytest.mark.parametrize("ar,en", [
    ("سجل الطلب على الكهرباء في دولة الإمارات مستوى قياسياً.", "Electricity demand in the United Arab Emirates hit a record."),
    ("وفي أبوظبي، أعلنت الشركة أن الطلب تجاوز التوقعات.", "In Abu Dhabi, the company said demand had exceeded expectations."),
])
def test_the_emirates_and_abu_dhabi_written_as_one_word(ar, en):
    assert [i for i in run(CHECK, make_pair(ar, en)) if i.severity != "info"] == []


def test_a_country_made_a_policy_is_no_place():
    # Omanisation = التعمين, Saudisation = السعودة, to Omanise = تعمين
    for word in ("Omanisation", "Omanization", "Saudisation", "Emiratisation", "Kuwaitisation", "Omanise"):
        assert E._nationalisation(word.lower()), word
    assert not E._nationalisation("organisation") and not E._nationalisation("realise")
    pair = make_pair("ولم تستبعد الوزارة فرض غرامات على الشركات التي تتحايل على نسب التعمين.",
                     "The ministry did not rule out fines on companies that circumvent Omanisation quotas.")
    assert run(CHECK, pair) == []


def test_a_demonym_before_citizen_renders_the_arabic_citizen():
    # "a Kuwaiti citizen" = المواطنة, "Emirati staff" = الكادر المواطن
    pair = make_pair("وقالت المواطنة مريم الصالح، البالغة من العمر ٤٦ عاماً، إنها لم تجر الفحص من قبل.",
                     "Maryam Al-Saleh, a 46-year-old Kuwaiti citizen, said she had never been screened before.")
    assert [i for i in run(CHECK, pair) if i.severity != "info"] == []
    pair = make_pair("فيما يخضع الكادر المواطن لبرامج تدريب مكثفة.",
                     "while Emirati staff are undergoing intensive training programmes.")
    assert [i for i in run(CHECK, pair) if i.severity != "info"] == []
    # without مواطن, the demonym has no counterpart
    pair = make_pair("فيما يخضع الكادر الطبي لبرامج تدريب مكثفة.",
                     "while Emirati staff are undergoing intensive training programmes.")
    assert [spans(i, pair, "target") for i in run(CHECK, pair) if i.severity != "info"] == [["Emirati"]]
    # batch 63: "Saudi nationals" = الكوادر الوطنية, "national cadres"; before another noun, no counterpart
    ar = "وأضاف أن المشروع سيوفر أكثر من ألفين وخمسمئة فرصة عمل، نسبة كبيرة منها للكوادر الوطنية."
    en = "He added that the project would create more than 2,500 jobs, a large share of them for Saudi {}."
    assert [i for i in run(CHECK, make_pair(ar, en.format("nationals"))) if i.severity != "info"] == []
    pair = make_pair(ar, en.format("engineers"))
    assert [spans(i, pair, "target") for i in run(CHECK, pair) if i.severity != "info"] == [["Saudi"]]
    # the adjective "national" is no workforce: a country swapped in before it is still one (flores200)
    pair = make_pair("تعد كرة القدم الوطنية الإيطالية، إلى جانب المنتخب الألماني لكرة القدم ثاني أكثر الفرق نجاحاً في العالم.",
                     "Italy's national football, along with Egyptian national football team is the second most "
                     "successful team in the world.")
    assert [spans(i, pair, "target") for i in run(CHECK, pair) if i.severity == "error"] == [["Egyptian"]]


def test_the_story_s_own_demonym_renders_the_arabic_citizen_before_any_noun():
    # in a story on the Emirates, "Emirati teachers" = المعلمين المواطنين, "young Emiratis" =
    # الشباب المواطنين; in one on Oman, "Omani nationals" = التعمين (the share of jobs held by Omanis)
    home = {"Emirates": ("وأعلنت وزارة التربية في الإمارات ميزانيتها للعام المقبل.",
                         "The Emirates' education ministry announced its budget for next year."),
            "Oman": ("وأعلنت وزارة النقل في سلطنة عمان نمو حركة الموانئ.",
                     "Oman's transport ministry announced growth in port traffic.")}
    for place, ar, en in [
        ("Emirates", "وسترتفع رواتب المعلمين المواطنين بنسبة ١٥٪.", "The salaries of Emirati teachers will rise by 15%."),
        ("Emirates", "وتعاني مهنة التعليم من عزوف الشباب المواطنين عنها.",
         "The teaching profession has been shunned by young Emiratis."),
        ("Oman", "ويوفر الميناء ثلاثة آلاف وظيفة تبلغ نسبة التعمين فيها ٧٢ في المئة.",
         "The port provides three thousand jobs, 72 percent of which are held by Omani nationals."),
    ]:
        pairs = [make_pair(*home[place]), make_pair(ar, en, bead_id=1)]
        assert [i for i in run(CHECK, pairs) if i.severity != "info"] == [], en
    # another country's demonym is still a name without counterpart, and so is the story's own
    # where the Arabic says no مواطن
    for ar, en, name in [
        ("وسترتفع رواتب المعلمين المواطنين بنسبة ١٥٪.", "The salaries of Saudi teachers will rise by 15%.", "Saudi"),
        ("وسترتفع رواتب المعلمين بنسبة ١٥٪.", "The salaries of Emirati teachers will rise by 15%.", "Emirati"),
    ]:
        pair = make_pair(ar, en, bead_id=1)
        found = [i for i in run(CHECK, [make_pair(*home["Emirates"]), pair]) if i.severity == "error"]
        assert [spans(i, pair, "target") for i in found] == [[name]], en


def test_the_strip_and_the_gaza_strip_render_al_qitaa():
    # "the Strip" = القطاع, "the central Gaza Strip" = وسط القطاع, "in the Gaza Strip" = في قطاع غزة
    def strip_rendered(ar: str, en: str) -> bool:
        token = next(t for t in tokenize(en) if t.text == "Strip")
        return E._reference_noun(en, token, E._ArabicSide.of(ar))

    assert strip_rendered("أرسل الصندوق ألفي حقيبة ولادة إلى القطاع.", "The fund sent 2,000 delivery kits to the Strip.")
    assert strip_rendered("في مدينة دير البلح وسط القطاع", "in the city of Deir al-Balah in the central Gaza Strip")
    assert strip_rendered("في الخيام في قطاع غزة", "in tents in Gaza Strip camps")
    # no القطاع, or a strip of no place's kind: no reference
    assert not strip_rendered("أرسل الصندوق ألفي حقيبة ولادة إلى المخيمات.", "The fund sent 2,000 kits to the Strip.")
    assert not strip_rendered("في شريط القطاع الساحلي", "along the Coastal Strip")


def test_kurdistan_referred_to_as_the_region_and_upper_and_lower_egypt_by_their_nouns():
    pair = make_pair("في حين قال رئيس حكومة الإقليم مسرور بارزاني إن استئناف التصدير سيساعد في تأمين الرواتب.",
                     "while Kurdistan Region Prime Minister Masrour Barzani said the resumption of exports "
                     "would help secure salaries.")
    assert [i for i in run(CHECK, pair) if i.severity != "info"] == []
    pair = make_pair("لا يزال عدد من المصابين غير مشخصين، لا سيما في القرى النائية بمحافظات الصعيد.",
                     "a number of infected people remain undiagnosed, particularly in remote villages in the "
                     "governorates of Upper Egypt.")
    assert [i for i in run(CHECK, pair) if i.severity != "info"] == []
    # الوجه البحري = "Lower Egypt" (batch 72)
    pair = make_pair("وستشمل محافظات الوجه البحري ومدن القناة، بهدف الوصول إلى نحو ثلاثة ملايين طالب إضافي.",
                     "It will cover the governorates of Lower Egypt and the Canal cities, with the aim of reaching "
                     "about three million more students.")
    assert [i for i in run(CHECK, pair) if i.severity != "info"] == []
    damaged = make_pair(pair.source_text, pair.target_text.replace("Lower Egypt", "Lower Iraq"))
    assert "Iraq" in [t for i in run(CHECK, damaged) for t in spans(i, damaged, "target")]


def test_a_stem_that_does_not_write_the_name_is_not_linked_to_it():
    # فيصل = Faisal; its stem يصل ("reaches", فيصل less a ف) writes no Faisal
    english = E._english_keys("faisal")
    assert E._stem_writes(normalize_arabic("فيصل"), english)
    assert not E._stem_writes(normalize_arabic("يصل"), english)
    pairs = [make_pair("وأجرى مستشفى الملك فيصل التخصصي العملية.", "King Faisal Specialist Hospital performed the operation.",
                       bead_id=0),
             make_pair("غير أن عدد المتبرعين لم يصل بعد إلى المستوى المطلوب.",
                       "But the number of donors has not yet reached the required level.", bead_id=1)]
    assert [i for i in run(CHECK, pairs) if i.severity != "info"] == []


def test_a_word_after_a_title_that_opens_with_wa_is_the_next_item():
    # كامل الوزير وعدد من السفراء: الوزير ends a name here, and وعدد ("and a number of") starts none
    pair = make_pair("بحضور وزير النقل الفريق كامل الوزير وعدد من السفراء.",
                     "attended by Transport Minister Lt. Gen. Kamel al-Wazir and a number of ambassadors.")
    assert [i for i in run(CHECK, pair) if i.severity != "info"] == []


def test_named_words_are_the_arabic_words_that_write_an_english_name():
    ar = "وقال النائب العام الصديق الصور في بيان إن النيابة لن تغلق الملف في بنغازي"
    en = "Attorney General al-Siddiq al-Sour said in a statement that prosecutors will not close the file in Benghazi"
    ar_words, en_words = E.named_words(ar, en)
    assert [ar[a:b] for a, b in ar_words] == ["الصديق", "بنغازي"]
    assert [en[a:b] for a, b in en_words] == ["Siddiq", "Benghazi"]


def test_a_time_of_day_is_a_name_after_a_title_only_when_no_day_follows():
    def start(text):
        ar = E._ArabicSide.of(text)
        return E._name_start(ar, next(k for k, t in enumerate(ar.tokens) if t.norm == "صباح"), text)

    assert start("واستقبل وزير الخارجية، صباح الأحمد الوفد") == "titled"  # Sabah al-Ahmad
    assert start("افتتح وزير النقل، صباح يوم الخميس، الامتداد") == ""  # "on Thursday morning"


_OMAN_AR = ("وقال العميد سالم بن حمد الهاشمي، مدير عام العمليات بالهيئة، إن فرق الإنقاذ نشرت أكثر من ١٢٠٠ فرد "
            "وثلاثمئة آلية في الولايات الساحلية، ومنها صلالة ومرباط وسدح والدقم، مضيفا أنه جرى تجهيز ٥٤ مركز إيواء "
            "قادرة على استيعاب نحو ١٥ ألف شخص.")
_OMAN_EN = ("Brigadier Salim bin Hamad Al Hashmi, the authority's director general of operations, said rescue teams "
            "had deployed more than 1,200 personnel and three hundred vehicles in the coastal wilayats, among them "
            "Salalah, {}, Sadah and Duqm, adding that 54 shelters able to accommodate around 15,000 people had been "
            "prepared.")


_CAMPS_AR = ("وقال الدكتور عبد الكريم محمود العلي، مدير برنامج اللقاح في المديرية، إن المسح الذي أجرته فرق المديرية "
             "بالتعاون مع منظمة الأمم المتحدة للطفولة (يونيسف) شمل 146 مخيما في مناطق أطمة وسرمدا وكفر لوسين ودير حسان، "
             "وإن نتائجه جاءت أسوأ مما كنا نخشى.")
_CAMPS_EN = ("Dr Abdul Karim Mahmoud Al-Ali, director of the directorate's vaccination programme, said the survey, "
             "carried out by directorate teams in cooperation with the United Nations Children's Fund (UNICEF), "
             "covered 146 camps in the Atmeh, {}, Kafr Lusin and Deir Hassan areas. He said its results were "
             "worse than we feared.")


@pytest.mark.parametrize("ar, en, faithful, swapped", [
    # in a long text the embedder finds the swapped name's place (Taqah ~ مرباط): the Arabic spells
    # no word like it, so it took another name's place
    (_OMAN_AR, _OMAN_EN, "Mirbat", "Taqah"),
    # Salqin matches العلي (0.44, Al-Ali's word) better than the سرمدا it replaced (0.32): a word
    # another name of the English spells is no counterpart of it
    (_CAMPS_AR, _CAMPS_EN, "Sarmada", "Salqin"),
])
def test_a_swapped_name_in_a_long_text_is_an_error_where_no_arabic_word_spells_it(ar, en, faithful, swapped, embedder):
    assert_swap_is_one_error(ar, en, faithful, swapped, swapped, embedder)


def test_a_name_a_word_beside_its_neighbours_spells_may_match_anything():
    from amanah.translit import tokenize

    en = "Heliopolis was founded by the Belgian Baron Edouard Empain in 1905."
    ar = E._ArabicSide.of("مصر الجديدة التي أسسها البارون البلجيكي إدوار إمبان عام 1905")
    edouard = next(t for t in tokenize(en) if t.text == "Edouard")
    assert E._unspelled_skip(edouard, en, ar) == []  # إدوار stands beside إمبان, Empain's word
    moved = "Heliopolis was founded in 1905 by Edouard, a Belgian Baron called Empain."
    edouard = next(t for t in tokenize(moved) if t.text == "Edouard")
    assert E._unspelled_skip(edouard, moved, ar)  # no neighbour's word beside it: the others' words are taken
    # a place of the gazetteer stays free: the English may name it twice (Sveriges Radio in Sweden)
    en = "She announced during a radio program on Sveriges Radio in Sweden that the committee had given up."
    text = "أعلنت خلال برنامج إذاعي على راديو السويد في السويد أن اللجنة تخلت عن جهودها"
    sveriges = next(t for t in tokenize(en) if t.text == "Sveriges")
    assert "السويد" not in [text[a:b] for a, b in E._unspelled_skip(sveriges, en, E._ArabicSide.of(text))]


_HAOUZ_AR = ("وقال عامل إقليم الحوز، السيد عبد الرحيم بن إدريس الفاسي، في تصريح للصحافة من عين المكان، إن فرق الوقاية "
             "المدنية والقوات المساعدة تدخلت منذ الدقائق الأولى، مؤكداً أن صعوبة التضاريس لم تمنع فرق الإنقاذ من الوصول "
             "إلى الدواوير المتضررة.")
_HAOUZ_EN = ("The Governor of {} Province, Abderrahim bin Driss El Fassi, told the press at the scene that civil "
             "protection teams and auxiliary forces had intervened from the very first minutes, stressing that the "
             "difficult terrain had not prevented rescue teams from reaching the affected villages.")
_QAH_AR = ("وأشار إلى أن المديرية سجلت منذ مطلع العام الجاري 67 إصابة مؤكدة بالحصبة بين الأطفال، بينهم طفلان توفيا في مخيم "
           "الكرامة قرب بلدة قاح، في حين لم تسجل أي إصابة بشلل الأطفال حتى الآن، وقال المهندس سامي عودة إن الحملة تبدأ في 20 "
           "نوفمبر.")
_QAH_EN = ("He said the directorate had recorded 67 confirmed measles cases among children since the start of this "
           "year, including two children who died in Al-Karama camp near the town of Qah. No polio cases have been "
           "recorded so far, and Eng. Sami Odeh said the campaign starts on Nov 20.")


def test_a_name_too_short_to_look_up_is_weighed_by_the_embedder_in_a_long_text(embedder):
    # Chichaoua (key X) cannot be looked up: where no Arabic word spells it even loosely, the
    # embedder finds no place for it but الحوز's, a word of other letters
    ctx = profiled(embedder)
    assert [i for i in run(CHECK, make_pair(_HAOUZ_AR, _HAOUZ_EN.format("Al Haouz")), ctx) if i.severity == "error"] == []
    swapped = make_pair(_HAOUZ_AR, _HAOUZ_EN.format("Chichaoua"))
    assert [(i.severity, spans(i, swapped, "target")) for i in run(CHECK, swapped, ctx)
            if i.severity != "info"] == [("error", ["Chichaoua"])]
    # Qah takes the place of بلدة, "town", a word the English renders; Eng. and Nov are abbreviations
    assert [i for i in run(CHECK, make_pair(_QAH_AR, _QAH_EN), ctx) if i.severity == "error"] == []
    # the first word of a name that goes on (Baie du Repos = خليج الراحة) is no name of its own
    assert E._name_goes_on("in the port and the Baie du Repos.", next(
        t for t in E.tokenize("in the port and the Baie du Repos.") if t.text == "Baie"))


def test_loosely_spelled_and_sentence_opening_names_have_spellers_or_none():
    from amanah.translit import tokenize

    def name(text, word):
        return next(t for t in tokenize(text) if t.text == word)

    # عثمان = Osman (TMN, SMN), إيزابيل = Isabel (ZBL, SBL): names the matcher missed
    for en, ar, word in (("the minister Al-Tayeb Osman al-Nour said", "وقال الوزير الطيب عثمان النور", "Osman"),
                         ("the actress Isabel Adjani", "الممثلة إيزابيل أدجاني", "Isabel")):
        assert E._spellers(name(en, word), en, E._ArabicSide.of(ar)), word
    assert E._spellers(name(_OMAN_EN.format("Taqah"), "Taqah"), _OMAN_EN.format("Taqah"), E._ArabicSide.of(_OMAN_AR)) == []
    text = "Experts took part. Held under the patronage of the minister, the forum opened."
    assert E._spellers(name(text, "Held"), text, E._ArabicSide.of("وشارك خبراء. وافتتح المنتدى برعاية الوزير")) is None
    # the period of a title ends no sentence: a name after "Dr." may be a swap too
    text = "At the end of the conference, Health Minister Dr. Jassem Al-Hajri honoured the team."
    assert E._spellers(name(text, "Jassem"), text, E._ArabicSide.of("كرّم وزير الصحة الدكتور يوسف الكندري الفريق")) == []


def test_arabic_words_the_english_spells_or_names_cannot_be_a_swapped_names_place():
    def words(en, ar):
        return [ar[a:b] for a, b in E._spelled_words(en, E._ArabicSide.of(ar))]

    taqah = _OMAN_EN.format("Taqah")
    spelled = words(taqah, _OMAN_AR)
    assert "صلالة" in spelled and "وسدح" in spelled and "في" in spelled  # Salalah, Sadah; a function word
    assert "ومرباط" not in spelled  # the English lost Mirbat: its place is free
    assert "ومرباط" in words(_OMAN_EN.format("Mirbat"), _OMAN_AR)
    # flores200: the English keeps the Swedish name of a radio the Arabic translates, and spells
    # Sweden: السويد is taken
    assert "السويد" in words("announced during a radio program on Sveriges Radio in Sweden",
                             "أعلنت خلال برنامج إذاعي على راديو السويد في السويد")


@pytest.mark.parametrize("name,word,related", [
    ("taqah", "مرباط", False), ("zubair", "الفاو", False), ("maghar", "البلاد", False),  # swaps
    ("huguenots", "الهوغونوت", True), ("saladin", "صلاح", True),  # spellings the keys may miss
    ("ammar", "العمومية", False),  # an Arabic key of one consonant (M) tells nothing
])
def test_a_swapped_names_place_shares_few_of_its_letters(name, word, related):
    assert E._letters_related(name, word) is related


_EXPERT_AR = ("وفي هذا السياق، قال الخبير النفطي العراقي حيدر الشمري لوكالة الأنباء العراقية إن \"كل يوم توقف يكلف الخزينة "
              "خسائر كبيرة\"، مشيراً إلى أن جولة التراخيص الأولى منذ عام 2019، التي أُطلقت في آذار، استقطبت اهتمام أكثر من "
              "20 شركة دولية.")
_EXPERT_EN = ("In this context, Iraqi oil expert Haider {} told the Iraqi News Agency that \"every day of stoppage costs the "
              "treasury heavy losses\", noting that the first licensing round since 2019, launched in March, attracted the "
              "interest of more than 20 international companies.")


_LINE_AR = ("وأوضح المدير التنفيذي للشركة أن الخط الجديد سيربط مدن أبوظبي ودبي والشارقة بقطارات سريعة تعمل على مدار "
            "الساعة، مشيراً إلى أن كلفة المشروع تبلغ نحو أربعة مليارات درهم، وأن الأعمال ستبدأ مطلع العام المقبل بعد "
            "استكمال الدراسات الفنية.")
_LINE_EN = ("The company's chief executive explained that the new line will link the cities of Abu Dhabi, Dubai and {} "
            "with high-speed trains running around the clock, noting that the project will cost about four billion "
            "dirhams and that work will begin early next year after the technical studies are completed.")


@pytest.mark.parametrize("ar, en, faithful, swapped, flagged", [
    # مشيراً spells Sharif (SRF) only loosely, and renders "noting": the swapped surname took
    # الشمري's place, an error (it was a warning)
    (_EXPERT_AR, _EXPERT_EN, "Al-Shammari", "Al-Sharif", "Sharif"),
    # الخط spells Quwain (KN) only loosely and renders "line" (0.67 in context): the emirate that
    # took Sharjah's place is an error (it was a warning below 0.7)
    (_LINE_AR, _LINE_EN, "Sharjah", "Umm Al Quwain", "Quwain"),
])
def test_a_loose_speller_that_renders_a_common_word_spells_no_name(embedder, ar, en, faithful, swapped, flagged):
    assert_swap_is_one_error(ar, en, faithful, swapped, flagged, embedder)


def test_a_capital_the_arabic_calls_the_capital_and_a_region_named_after_a_country():
    # وسط العاصمة = "central Baghdad": the Arabic refers to the capital by its definite noun
    pair = make_pair("وقال صاحب مخبز في حي الكرادة وسط العاصمة إن سعر الكيس ارتفع.",
                     "The owner of a bakery in the Karrada district of central Baghdad said the price of a bag had risen.")
    assert [i for i in run(CHECK, pair) if i.severity == "error"] == []
    # "the Jordan Valley" = الأغوار: a region, not the country
    pair = make_pair("وأشار إلى القيود على الوصول إلى الأراضي الزراعية في مناطق مثل جنين ونابلس والأغوار.",
                     "He pointed to restrictions on access to farmland in areas such as Jenin, Nablus and the Jordan Valley.")
    assert [i for i in run(CHECK, pair) if i.severity == "error"] == []
    # an English "capital" is no reference: a capital swapped in beside it is still an error
    pair = make_pair("اختطف حافلتهم في مدينة مانيلا عاصمة دولة الفلبين.",
                     "He hijacked their bus in Manila, the capital of the Washington.")
    assert ["Washington"] in [spans(i, pair, "target") for i in run(CHECK, pair) if i.severity == "error"]


def test_a_currency_after_its_countrys_adjective_and_broken_plural_nationalities():
    # "Lebanese pounds" = ليرة: the Arabic names the currency alone
    pair = make_pair("وارتفع سعر عبوة الدواء في السوق السوداء إلى نحو 4 ملايين ليرة.",
                     "The price of a pack of the drug on the black market rose to about 4 million Lebanese pounds.")
    assert [i for i in run(CHECK, pair) if i.severity == "error"] == []
    # المغاربة = "the Moroccans", "Moroccan workers" (a broken plural)
    pair = make_pair("وقال إن المنتجين يعولون على وصول العمال المغاربة في الوقت المحدد.",
                     "He said producers are counting on the Moroccan workers arriving on time.")
    assert [i for i in run(CHECK, pair) if i.severity == "error"] == []
    # a country's adjective before anything else still needs its Arabic
    pair = make_pair("وقال إن المنتجين يعولون على وصول العمال في الوقت المحدد.",
                     "He said producers are counting on the Moroccan workers arriving on time.")
    assert ["Moroccan"] in [spans(i, pair, "target") for i in run(CHECK, pair) if i.severity == "error"]


def test_a_surname_swapped_after_matched_given_names_is_an_error():
    # فيصل بن ناصر القحطاني: Faisal and Nasser match, the English surname after them does not,
    # and the Arabic word in its place (with the article) matches nothing: a swapped surname
    ar = "وقال المتحدث باسم الدفاع المدني العقيد فيصل بن ناصر القحطاني إن فرق الإنقاذ وصلت إلى الموقع خلال دقائق."
    en = "Civil defence spokesman Colonel Faisal bin Nasser Al-{} said rescue teams reached the site within minutes."
    assert [i for i in run(CHECK, make_pair(ar, en.format("Qahtani"))) if i.severity == "error"] == []
    swapped = make_pair(ar, en.format("Shahrani"))
    assert ["Shahrani"] in [spans(i, swapped, "target") for i in run(CHECK, swapped) if i.severity == "error"]
    # a surname the keys miss but which begins like its Arabic is a spelling, not a swap
    pair = make_pair("وأوضح المتحدث باسم الوزارة محمد الخزاعي أن الخطة قلصت.",
                     "Ministry spokesman Mohammed Al-Khazaali explained that the plan had been cut.")
    assert [i for i in run(CHECK, pair) if i.severity == "error"] == []

    # without the article too: سامر دعيبس, the surname after a matched given name swapped
    ar = "وكشف مدير عام التسويق في الوزارة سامر دعيبس أن الوزارة وقعت اتفاقية مع شركة ماليزية."
    en = "The ministry's Director General of Marketing, Samer {}, revealed that the ministry signed an agreement with a Malaysian company."
    assert [i for i in run(CHECK, make_pair(ar, en.format("Dueibis"))) if i.severity == "error"] == []
    swapped = make_pair(ar, en.format("Hamdan"))
    assert ["Hamdan"] in [spans(i, swapped, "target") for i in run(CHECK, swapped) if i.severity == "error"]

    # past the God's name of an عبد name (batch 68): حسن عبد الأمير الكعبي = "Hassan Abdul Amir al-Kaabi",
    # Amir (الأمير) matched by nothing; al-Saadi in al-Kaabi's place was a warning
    ar = "وقال مدير عام شركة مصافي الوسط، المهندس حسن عبد الأمير الكعبي، إن الوحدة نُفذت بأيادٍ عراقية."
    en = ("The director-general of the Midland Refineries Company, engineer Hassan Abdul Amir {}, said the unit had "
          "been built by Iraqi hands.")
    assert [i for i in run(CHECK, make_pair(ar, en.format("al-Kaabi"))) if i.severity == "error"] == []
    swapped = make_pair(ar, en.format("al-Saadi"))
    assert ["Saadi"] in [spans(i, swapped, "target") for i in run(CHECK, swapped) if i.severity == "error"]


def test_a_name_written_with_the_article_matches_only_a_definite_arabic_word():
    # Al-Busaidi spelled like بزيادة ("by an increase") is no match: the English article asks for
    # an Arabic one (البوسعيدي, or آل before the name)
    ar = ("وقال إبراهيم بن خالد {}، محافظ مسندم، إن المحافظة تتوقع استقبال 42 سفينة سياحية، "
          "أي بزيادة تتجاوز 35 في المئة.")
    en = ("Ibrahim bin Khalid Al-Busaidi, the Governor of Musandam, said the governorate expects to receive 42 cruise "
          "ships, an increase of more than 35 percent.")
    assert [i for i in run(CHECK, make_pair(ar.format("البوسعيدي"), en)) if i.severity == "error"] == []
    swapped = make_pair(ar.format("الكلباني"), en)
    assert ["Busaidi"] in [spans(i, swapped, "target") for i in run(CHECK, swapped) if i.severity == "error"]
    pair = make_pair("واستقبل الشيخ تميم بن حمد آل ثاني الوفد في الدوحة.",
                     "Sheikh Tamim bin Hamad Al Thani received the delegation in Doha.")
    assert [i for i in run(CHECK, pair) if i.severity == "error"] == []


def test_a_place_of_the_gazetteer_left_out_beside_a_name_unlike_it_is_a_swap():
    # سنجار has no counterpart and "Baiji" stands where it stood: an error, not a warning
    ar = "وأعيد افتتاح مستشفى سنجار العام في شباط بعد إغلاق دام تسع سنوات."
    en = "{} General Hospital reopened in February after a closure of nine years."
    assert [i for i in run(CHECK, make_pair(ar, en.format("Sinjar"))) if i.severity in ("error", "warning")] == []
    swapped = make_pair(ar, en.format("Baiji"))
    assert ["Baiji"] in [spans(i, swapped, "target") for i in run(CHECK, swapped) if i.severity == "error"]
    # a name too short to look up (Ghat) in the place of one (أوباري): an error too, but not a
    # short word the Arabic spells (Qus = قوص) nor a taxon (Aedes) or a title of common words
    ar = "وتعمل الوزارة على ربط محطة سبها بمحطة أوباري عبر خط نقل جهد 220 كيلوفولت."
    en = "The ministry is working to link the Sabha plant with the {} plant via a 220-kilovolt transmission line."
    assert [i for i in run(CHECK, make_pair(ar, en.format("Ubari"))) if i.severity in ("error", "warning")] == []
    swapped = make_pair(ar, en.format("Ghat"))
    assert ["Ghat"] in [spans(i, swapped, "target") for i in run(CHECK, swapped) if i.severity == "error"]
    pair = make_pair("وقال مزارع من إحدى قرى مركز قوص في محافظة قنا إن بعوضة الزاعجة المصرية انتشرت.",
                     "A farmer from a village in Qus district in Qena governorate said the Aedes aegypti mosquito "
                     "had spread.")
    assert [i for i in run(CHECK, pair) if i.severity == "error"] == []


def test_a_place_and_its_company_are_no_chain_of_names():
    # China's Qianghai Gas Company = شركة تشيانغهاي للغاز الصينية: Qianghai does not follow China in
    # a person's chain of names, and an Arabic word spells it
    pair = make_pair("بحضور ممثلين عن مجموعة هانسونغ للطاقة الكورية وشركة تشيانغهاي للغاز الصينية.",
                     "in the presence of representatives of Korea's Hansung Energy Group and China's Qianghai Gas "
                     "Company.")
    assert [i for i in run(CHECK, pair) if i.severity == "error"] == []


_MISSION_AR = ("وقال رئيس البعثة الطبية الدولية الدكتور أنطوان رينو إن الطواقم الميدانية ستوزع لقاح الكوليرا الفموي على نحو "
               "مئتي ألف شخص في المخيمات الواقعة جنوب المدينة خلال الأسبوعين المقبلين، مضيفاً أن الحملة تحتاج إلى دعم إضافي "
               "من المانحين لتغطية المناطق الريفية.")
_MISSION_EN = ("The head of the international medical mission, Dr. {}, said field crews would distribute the oral cholera vaccine "
               "to about two hundred thousand people in the camps south of the city over the next two weeks, adding that "
               "the campaign needs additional support from donors to cover rural areas.")


def test_a_lower_case_word_spells_an_arabic_word_only_closely(embedder):
    # "oral" (RL) is one consonant from رينو (RN): loosely it would spell the name's place, which
    # then looked taken; only a capitalised word spells loosely
    assert "رينو" not in [_MISSION_AR[a:b] for a, b in E._spelled_words(_MISSION_EN.format("Marc Lefevre"),
                                                                          E._ArabicSide.of(_MISSION_AR))]
    ctx = profiled(embedder)
    assert [i for i in run(CHECK, make_pair(_MISSION_AR, _MISSION_EN.format("Antoine Renaud")), ctx)
            if i.severity != "info"] == []  # (Renaud = رينو: a French final d is silent)
    swapped = make_pair(_MISSION_AR, _MISSION_EN.format("Marc Lefevre"))
    assert [(i.severity, spans(i, swapped, "target")) for i in run(CHECK, swapped, ctx)
            if i.severity == "error"] == [("error", ["Lefevre"])]


def test_an_article_joined_to_a_sun_letter_common_derivations_and_verbs_after_a_title():
    # Eddine = الدين: the article written as the doubled sun letter after it
    assert [(t.text, ok) for t, ok in E.name_matches("وقال الطبيب صلاح الدين حداد إن", "said doctor Salah Eddine Haddad")] \
        == [("Salah", True), ("Eddine", True), ("Haddad", True)]
    # -tion / -tor of a common -te verb, and modern compounds, are common words (a capitalised one
    # in an organisation's name is no person); a name stays one
    assert all(E.common_word(w) for w in ("coordination", "coordinators", "manpower", "workforce"))
    assert not any(E.common_word(w) for w in ("marion", "clinton", "preston"))
    # a reporting verb or a conjunction after a title's office opens no name
    for text in ("وكان وزير الصحة شدد على أهمية الحملة", "وقال إن وزير المالية فإن الميزانية"):
        side = E._ArabicSide.of(text)
        assert all(E._name_start(side, i, text) == "" for i in range(len(side.tokens))), text


def test_an_honorific_opens_a_name_right_after_it_only():
    def starts(text):
        side = E._ArabicSide.of(text)
        return [(t.text, E._name_start(side, i, text)) for i, t in enumerate(side.tokens) if E._name_start(side, i, text)]

    # السيد / المهندس + a name: a person the English must name (Lee Dong-wook for بارك جي هون is a swap)
    assert starts("قال رئيس المجموعة السيد بارك جي هون إن") == [("بارك", "titled")]
    assert starts("وأوضح المهندس فهد السبيعي أن") == [("فهد", "given")]
    # also "the lady", "the man": no office of definite words after it, and no number
    assert starts("ظهر على أنه السيد الذي يدير العربة") == []
    assert starts("كان الاكتشاف الأبرز هو السيدة النائمة، وهي شخصية من الطين") == []
    assert starts("عمر السيدة أربعون عامًا على الأرجح") == []


def test_a_region_the_arabic_refers_back_to_by_its_noun():
    # "Kassala state" = بالولاية ("the state's"): a reference back, as غزة ... القطاع
    ar = "وأوضح مدير الدفاع المدني بالولاية، العميد عثمان إدريس بابكر، أن 1240 منزلاً انهارت بالكامل."
    en = "Kassala state civil defence director Brigadier Osman Idris Babiker explained that 1,240 homes collapsed completely."
    assert [i for i in run(CHECK, make_pair(ar, en)) if i.severity == "error"] == []
    # an indefinite ولاية names its own state: the English one is a swap
    ar = "وأوضح مدير الدفاع المدني في ولاية القضارف أن 1240 منزلاً انهارت بالكامل."
    en = "The civil defence director in Kassala state explained that 1,240 homes collapsed completely."
    assert [spans(i, make_pair(ar, en), "target") for i in run(CHECK, make_pair(ar, en)) if i.severity == "error"] == [
        ["Kassala"]]


def test_a_dhal_is_written_th_as_well():
    # الذوادي = Al-Thawadi (Gulf spelling of ذ)
    assert [m for _, m in name_matches("وقال النائب عبدالله الذوادي إن اللجنة وافقت",
                                       "MP Abdullah al-Thawadi said the committee approved")] == [True, True]


def test_a_region_named_by_its_noun_in_the_arabic_is_no_reference_back():
    # بمحافظة الغربية ... المحافظة: the Arabic names its governorate, so "Qalyubia governorate" took
    # that name's place, though the Arabic also says "the governorate"
    ar = "وقال وكيل وزارة الصحة بمحافظة الغربية إن المحافظة رصدت 3800 حالة جديدة."
    en = "The health undersecretary in Qalyubia governorate said the governorate detected 3,800 new cases."
    pair = make_pair(ar, en)
    assert ["Qalyubia"] in [spans(i, pair, "target") for i in run(CHECK, pair) if i.severity == "error"]


@pytest.mark.parametrize("ar, en, swapped", [
    ("في السنغال ومالي وغامبيا", "in Senegal, Mali and Gambia", "in Senegal, Mali and Guinea"),
    ("في حقول البصرة وميسان", "in the Basra and Maysan fields", "in the Basra and Dhi Qar fields"),
    ("في أبوظبي ودبي والشارقة", "in Abu Dhabi, Dubai and Sharjah", "in Abu Dhabi, Dubai and Umm Al Quwain"),
    ("في مستشفى الثورة بمدينة زبيد", "at Al-Thawra hospital in the city of Zabid",
     "at Al-Thawra hospital in the city of Samawa"),
    # MT-GenEval: another Arabic spelling of a new country
    ("كما في ليشتنشتاين أو الدوقة الكبرى", "as in Liechtenstein, or a Grand Duchess",
     "as in Luxembourg, or a Grand Duchess"),
])
def test_countries_and_towns_added_to_the_gazetteer(ar, en, swapped):
    assert [i for i in run(CHECK, make_pair(ar, en)) if i.severity == "error"] == []
    assert "error" in [i.severity for i in run(CHECK, make_pair(ar, swapped))]


def test_ambiguous_new_places_are_never_reported_missing():
    # مالي "financial", الجزيرة "the island", ينبع "springs": no place the English must name
    for ar, en in (("وأعلن عن دعم مالي للأسر", "He announced financial support for families"),
                   ("وصلوا إلى الجزيرة بالقوارب", "They reached the island by boat"),
                   ("ينبع النهر من الجبال", "The river rises in the mountains")):
        assert [i for i in run(CHECK, make_pair(ar, en)) if i.severity in ("error", "warning")] == [], ar


def test_weekdays_in_the_plural_are_no_names():
    # أيام الجمعة والسبت = "on Fridays and Saturdays"
    pair = make_pair("وتغلق المكاتب أيام الجمعة والسبت", "Offices close on Fridays and Saturdays")
    assert run(CHECK, pair) == []


def test_a_place_name_right_after_a_matched_first_name_is_a_family_name():
    # Dr. Mohammad Safi = الدكتور محمد صافي: Safi is also Morocco's آسفي, whose key صافي does not write
    ar = "وقال نقيب الأطباء الدكتور محمد صافي إن المستشفيات قادرة على استيعاب الحالات"
    en = "The head of the Order of Physicians, Dr. Mohammad Safi, said hospitals are able to absorb the cases"
    assert dict((t.text, m) for t, m in name_matches(ar, en)) == {"Mohammad": True, "Safi": True}
    assert run(CHECK, make_pair(ar, en)) == []
    # the city itself still needs its own Arabic name
    assert dict((t.text, m) for t, m in name_matches("وصلت الشحنة إلى ميناء صافي", "The shipment reached the port of Safi")) == {"Safi": False}


def test_a_medial_sh_may_be_two_letters_and_abul_is_abu_with_the_article():
    # Ishaq = إسحاق (س then ح), Hisham = هشام (ش)
    assert dict((t.text, m) for t, m in name_matches("قال التاجر آدم إسحاق", "trader Adam Ishaq said")) == {
        "Adam": True, "Ishaq": True}
    assert dict((t.text, m) for t, m in name_matches("قال هشام", "Hisham said")) == {"Hisham": True}
    assert run(CHECK, make_pair("وقالت عائشة إن المياه وصلت", "Aisha said the water had arrived")) == []
    # Abul-Ela = أبو العلا: Abul is Abu and the article, no name of its own
    ar, en = "قال المربي سعيد أبو العلا إنه فقد أربعة آلاف طائر", "Breeder Saeed Abul-Ela said he had lost 4,000 birds"
    assert [(t.text, s) for t, s in english_candidates(en) if t.text == "Abul"] == [("Abul", False)]
    assert run(CHECK, make_pair(ar, en)) == []


def test_al_hasa_of_jordan_is_written_al_hasa_too():
    # الحسا (Jordan's phosphate town) is "Al-Hasa", as Saudi Arabia's الأحساء may be; never
    # reported from the Arabic (الحساء "soup")
    ar = "وارتفع إنتاج مناجم الحسا والأبيض جنوبي الأردن"
    en = "Output from the Al-Hasa and Al-Abyad mines in southern Jordan rose"
    assert dict((t.text, m) for t, m in name_matches(ar, en))["Hasa"] is True
    assert run(CHECK, make_pair("وقدم الطاهي الحساء الساخن", "The chef served the hot soup")) == []


def test_a_short_name_that_took_another_names_place_in_a_long_text_is_an_error(embedder):
    # an evaluation article (written for amanah): the governor's name swapped; in a long text the
    # names' contexts match any word, so the swap test decides, for short names (Ziad: ZD) too
    ar = ("ومن جهته، أكد حاكم مصرف لبنان، نبيل فرحات، في بيان، أن المصرف المركزي سيساهم بما يصل إلى 6 مليارات "
          "دولار من احتياطاته بالعملات الأجنبية خلال السنوات الثلاث الأولى من تطبيق الخطة، لافتا إلى أن هذه "
          "الاحتياطات بلغت 10.7 مليار دولار في نهاية أيلول الماضي.")
    en = ("For his part, Banque du Liban Governor {} stressed in a statement that the central bank would contribute "
          "up to 6 billion dollars from its foreign currency reserves during the first three years of the plan's "
          "implementation, pointing out that these reserves stood at 10.7 billion dollars at the end of last September.")
    with_model = profiled(embedder)
    assert run(CHECK, make_pair(ar, en.format("Nabil Farhat")), with_model) == []
    damaged = make_pair(ar, en.format("Ziad Haidar"))
    assert sorted((spans(i, damaged, "target"), i.severity) for i in run(CHECK, damaged, with_model)) == [
        (["Haidar"], "error"), (["Ziad"], "error")]


def test_a_country_in_an_organisations_english_name_the_document_names_elsewhere_is_weak():
    # الهيئة العامة للأرصاد الجوية = "the Egyptian Meteorological Authority": the Arabic leaves Egypt implied
    doc = [make_pair("وارتفعت أسعار الخبز في مصر", "Bread prices rose in Egypt"),
           make_pair("وقالت الهيئة العامة للأرصاد الجوية إن الرياح ستهدأ", "The Egyptian Meteorological Authority said the winds would ease")]
    assert [(i.alignment, i.severity) for i in run(CHECK, doc)] == [(doc[1].alignment, "info")]
    # a country the Arabic document never names is a note where it qualifies an organisation of the
    # table that both sides name (a warning from batch 61, a note since batch 89: the Jordan Food and
    # Drug Administration = المؤسسة العامة للغذاء والدواء); before one the Arabic does not name, a sure error
    alone = [make_pair("وقالت الهيئة العامة للأرصاد الجوية إن الرياح ستهدأ", "The Egyptian Meteorological Authority said the winds would ease")]
    assert [i.severity for i in run(CHECK, alone)] == ["info"]
    alone = [make_pair("وقالت الهيئة إن الرياح ستهدأ", "The Egyptian Meteorological Authority said the winds would ease")]
    assert "error" in [i.severity for i in run(CHECK, alone)]


def test_a_country_before_an_organisation_both_sides_name_is_implied():
    # batch 61: "the Saudi Food and Drug Authority" = الهيئة العامة للغذاء والدواء, in a story that names no
    # Saudi Arabia; before an organisation the Arabic does not name, the country is a name
    ar = "بدأت الصيدليات تطبيق قرار الهيئة العامة للغذاء والدواء القاضي بخفض أسعار 437 مستحضراً دوائياً"
    en = "Pharmacies began implementing a decision by the {} to cut the prices of 437 pharmaceutical products"
    assert "error" not in [i.severity for i in run(CHECK, make_pair(ar, en.format("Saudi Food and Drug Authority")))]
    assert "error" in [i.severity for i in run(CHECK, make_pair(ar.replace("الهيئة العامة للغذاء والدواء", "الوزارة"),
                                                                en.format("Saudi Food and Drug Authority")))]
    # a city there is no qualifier left implied (batch 77: Fez -> Meknes before the Court of Appeal)
    ar = "وأصدرت غرفة الجنايات لدى محكمة الاستئناف بفاس أحكاماً بالسجن."
    pair = make_pair(ar, "The criminal chamber of the Meknes Court of Appeal handed down prison sentences.")
    assert [(i.severity, spans(i, pair, "target")) for i in run(CHECK, pair) if i.severity != "info"] == [
        ("error", ["Meknes"])]


def test_the_storys_country_before_an_organisations_name_in_a_long_text_stays_a_warning(embedder):
    # batch 58: "Egypt's National Authority for Tunnels" = الهيئة القومية للأنفاق; no Arabic word renders
    # Egypt's, so in a long text the word match had made it an error
    ar = ("بدأت الهيئة القومية للأنفاق، صباح الخميس السادس من نوفمبر 2025، التشغيل التجريبي لأول قطار على خط مترو أبو "
          "قير الجديد في الإسكندرية، وذلك على امتداد 14 كيلومتراً بين محطتي أبو قير وسيدي جابر ومن دون ركاب، في خطوة "
          "وصفها مسؤولون بأنها الأهم منذ انطلاق أعمال المشروع قبل ثلاث سنوات.")
    en = ("{} National Authority for Tunnels on Thursday morning, November 6, 2025, began the trial operation of the "
          "first train on the new Abu Qir metro line in Alexandria, running over 14 kilometres between the Abu Qir "
          "and Sidi Gaber stations without passengers, in a step officials described as the most important since "
          "work on the project began three years ago.")
    with_model = profiled(embedder)
    home = make_pair("وارتفعت أسعار الخبز في مصر", "Bread prices rose in Egypt")
    # (a note since batch 123, when the authority joined the organisation table: the story's country before an
    # organisation both sides name; another country there is still an error)
    doc = [home, make_pair(ar, en.format("Egypt's"))]
    assert [(i.alignment, i.severity) for i in run(CHECK, doc, with_model)] == [(doc[1].alignment, "info")]
    doc = [home, make_pair(ar, en.format("Sudan's"))]
    assert [(i.alignment, i.severity) for i in run(CHECK, doc, with_model)] == [(doc[1].alignment, "error")]
    # an organisation the Arabic does not name (a word of the table no Arabic word renders) carries no
    # implied country: it was swapped in (batch 42)
    ar = ("وأوضح أن الدراسات التي أجراها المعهد القومي لعلوم البحار والمصايد أظهرت أن إنتاج خليج السويس من الأسماك "
          "انخفض من 42 ألف طن في عام 2015 إلى نحو 27 ألف طن في عام 2024، أي بنسبة تقارب 36 في المئة.")
    en = ("He explained that studies conducted by the {} showed that the Gulf of Suez's fish output fell from 42,000 "
          "tonnes in 2015 to about 27,000 tonnes in 2024, a drop of nearly 36 percent.")
    doc = [home, make_pair(ar, en.format("Egyptian National Institute of Oceanography and Fisheries"))]
    assert [i.severity for i in run(CHECK, doc, with_model)] in ([], ["warning"])
    doc = [home, make_pair(ar, en.format("Egyptian Environmental Affairs Agency"))]
    assert "error" in [i.severity for i in run(CHECK, doc, with_model)]
    # ... nor one of the table that the Arabic does not name (batch 59: the Pasteur Institute of Algeria
    # swapped in for المعهد الوطني للطب البيطري)
    ar = "وأوضح أن اللقاح معتمد من قبل المعهد الوطني للطب البيطري، وأنه سيوزع مجانا على المربين في الولاية."
    en = "He explained that the vaccine is approved by the {}, and that it will be distributed free to breeders in the province."
    home = make_pair("وتقع الولاية في وسط الجزائر", "The province lies in central Algeria")
    doc = [home, make_pair(ar, en.format("National Institute of Veterinary Medicine"))]
    assert "error" not in [i.severity for i in run(CHECK, doc, with_model)]
    doc = [home, make_pair(ar, en.format("Pasteur Institute of Algeria"))]
    assert "error" in [i.severity for i in run(CHECK, doc, with_model)]


def test_two_names_that_match_only_the_same_arabic_word_do_not_both_write_it():
    # an evaluation article (written for amanah): Hodeidah swapped for Zabid, whose key (ZBD) is
    # the nurse's surname's, الزبيدي; the surname spells it better (a final ي is an English i)
    ar = "وفي مستشفى الثورة العام بالحديدة، قالت الممرضة أمل الزبيدي إن قسم الأطفال مكتظ بالكامل"
    en = "At Al-Thawra General Hospital in {}, nurse Amal Al-Zubaidi said the children's ward was completely full"
    assert dict((t.text, m) for t, m in name_matches(ar, en.format("Zabid"))) == {
        "Thawra": True, "Zabid": False, "Amal": True, "Zubaidi": True}
    # the town's own Arabic word matches it again
    assert dict((t.text, m) for t, m in name_matches(ar.replace("بالحديدة", "بزبيد"), en.format("Zabid"))) == {
        "Thawra": True, "Zabid": True, "Amal": True, "Zubaidi": True}
    # Metlaoui and Mdhilla (MDL) both match المتلوي: Metlaoui spells it better
    ar = "في مدن المتلوي والرديف وأم العرائس"
    assert dict((t.text, m) for t, m in name_matches(ar, "in the towns of Metlaoui, Redeyef and Mdhilla")) == {
        "Metlaoui": True, "Redeyef": True, "Mdhilla": False}
    # a place of the gazetteer and its adjective share its word (Iraq, Iraqi = العراق); a nisba
    # (العراقية) is an English i or iya alike (Iraqi Official Gazette = Al-Waqai Al-Iraqiya)
    assert all(m for _, m in name_matches("ينشر في جريدة الوقائع العراقية",
                                          "published in the Iraqi Official Gazette (Al-Waqai Al-Iraqiya)"))
    assert all(m for _, m in name_matches("وقال وزير النفط في العراق", "Iraq's oil minister, an Iraqi official, said"))


def test_a_word_written_with_nunation_spells_no_name():
    # صباحاً ("in the morning") matched Sebaa, put in place of Ain Chock; وفقاً ("according to") Faqous
    ar = "ستشمل العملية أحياء سيدي مومن وعين الشق من الحادية عشرة ليلاً إلى السادسة صباحاً"
    en = "the operation will cover the Sidi Moumen and Ain {} districts from eleven at night to six in the morning"
    assert dict((t.text, m) for t, m in name_matches(ar, en.format("Sebaa")))["Sebaa"] is False
    assert dict((t.text, m) for t, m in name_matches(ar, en.format("Sabah")))["Sabah"] is False
    # the same letters without nunation still spell it (a name with an h for the ح: no Sebaa, batch 114)
    assert dict((t.text, m) for t, m in name_matches("أحياء سيدي مومن وعين صباح", en.format("Sabah")))["Sabah"] is True


def test_a_short_stem_with_a_name_like_ending_is_no_inflection():
    # Awad, Jaber, Jamal, Amal are names, not awa + d, jab + er, jam + al, am + al: strong candidates
    assert not any(E.common_word(w) for w in ("awad", "jaber", "jamal", "amal"))
    # inflections of longer stems, and words common in their own right, stay common
    assert all(E.common_word(w) for w in ("used", "aged", "owner", "tidal", "walked", "farmer", "regional"))
    # so a swapped-in Jaber is a strong candidate, reported without other evidence
    ar = "وقال المتحدث باسم الوزارة ماجد حمدان إن الفرق الطبية وصلت إلى المنطقة"
    en = "Ministry spokesman Majed {} said the medical teams had reached the area"
    assert dict((t.text, s) for t, s in english_candidates(en.format("Jaber")))["Jaber"] is True
    assert dict((t.text, m) for t, m in name_matches(ar, en.format("Jaber"))) == {"Majed": True, "Jaber": False}
    assert dict((t.text, m) for t, m in name_matches(ar, en.format("Hamdan"))) == {"Majed": True, "Hamdan": True}


def test_occupation_bengali_roman_and_a_first_word_joined_to_the_next():
    # جيش الاحتلال = "the Israeli occupation army", "Israeli forces": the Arabic names Israel so
    ar = ("قبل أن تصل قوة من جيش الاحتلال وتجبر المزارعين على مغادرة أراضيهم بحجة أنها منطقة عسكرية "
          "مغلقة في نابلس.")
    assert run(CHECK, make_pair(ar, "before a force of the Israeli occupation army arrived and forced the farmers to "
                                    "leave their land on the grounds that it was a closed military zone in Nablus.")) == []
    pair = make_pair(ar.replace("جيش الاحتلال", "الجيش"), "before a force of the Israeli army arrived and forced "
                     "the farmers to leave their land on the grounds that it was a closed military zone in Nablus.")
    assert ["Israeli"] in [spans(i, pair, "target") for i in run(CHECK, pair) if i.severity == "error"]
    # العامل البنغالي = "Bangladeshi worker"; الزيتون الرومي = "Roman olive trees"
    assert run(CHECK, make_pair("وفي سوق المنامة القديم، قال العامل البنغالي محمد رفيق إنه لا يعرف التفاصيل.",
                                "In the old Manama souq, Bangladeshi worker Mohammed Rafiq said he does not know "
                                "the details.")) == []
    assert run(CHECK, make_pair("ويقول المزارع محمود عودة إنه يملك 14 دونماً مزروعة بأشجار الزيتون الرومي المعمرة.",
                                "Farmer Mahmoud Odeh says he owns 14 dunums planted with ancient Roman olive trees.")) == []
    # خورفكان = Khor Fakkan: the first word of the name too
    pair = make_pair("في ٤٢ مدرسة موزعة على مدن الشارقة وخورفكان وكلباء والذيد.",
                     "in 42 schools spread across the cities of Sharjah, Khor Fakkan, Kalba and Al Dhaid.")
    assert run(CHECK, pair) == []
    assert {t.text: found for t, found in name_matches(pair.source_text, pair.target_text)}["Khor"] is True
    damaged = make_pair(pair.source_text, pair.target_text.replace("Khor Fakkan", "Khor Mughal"))
    assert "Mughal" in [t for i in run(CHECK, damaged) for t in spans(i, damaged, "target")]


def test_a_capitalised_prefix_before_a_hyphen_is_no_name():
    # Trans-Saharan = العابر للصحراء, Intra-Arab = البينية
    assert run(CHECK, make_pair("فيما تجري مفاوضات مع متعاملين من غرب أفريقيا لفتح أسواق جديدة عبر الطريق العابر للصحراء.",
                                "while negotiations are under way with operators from West Africa to open new markets "
                                "via the Trans-Saharan Highway.")) == []
    assert [t.text for t, _ in english_candidates("the Intra-Arab trade fair and the Trans Canada pipeline")] == \
        ["Arab", "Trans", "Canada"]


def test_a_common_word_webster_spells_otherwise_is_no_strong_name():
    # Webster's 2nd writes coöperative: "Cooperative" of a bank's name is a common word
    ar = "وأن الفلاح يتقاضى ثمن محصوله خلال عشرة أيام من تاريخ التسليم، عبر حسابات في المصرف الزراعي التعاوني."
    en = ("and that farmers receive payment for their crops within ten days of the delivery date, through accounts at "
          "the Agricultural Cooperative Bank.")
    assert [i for i in run(CHECK, make_pair(ar, en)) if i.severity in ("error", "warning")] == []
    assert dict((t.text, s) for t, s in english_candidates(en)) == {"Agricultural": False, "Cooperative": False}


def test_an_s_between_vowels_is_a_z_and_intra_arab_is_albayniya():
    assert run(CHECK, make_pair("وقالت ممثلة يونيسف في موريتانيا إيزابيل دوبوا إن المنظمة وفّرت الأغذية العلاجية.",
                                "UNICEF Representative in Mauritania Isabelle Dubois said the organisation had "
                                "provided therapeutic food.")) == []
    pair = make_pair("وقال مسؤول في الأمانة العامة للجامعة إن حجم التجارة البينية بلغ العام الماضي نحو 180 مليار دولار.",
                     "An official at the League's General Secretariat said intra-Arab trade amounted to about $180 "
                     "billion last year.")
    assert [i for i in run(CHECK, pair) if i.severity == "error"] == []
    damaged = make_pair(pair.source_text, pair.target_text.replace("intra-Arab trade", "Arab trade with Iran"))
    assert ["Iran"] in [spans(i, damaged, "target") for i in run(CHECK, damaged) if i.severity == "error"]


def test_the_umayyad_mosque_and_a_grand_prix():
    assert run(CHECK, make_pair("وتجمع مئات المصلين أمام الجامع الأموي في دمشق صباح الجمعة.",
                                "Hundreds of worshippers gathered outside the Umayyad Mosque in Damascus on Friday "
                                "morning.")) == []
    assert "Prix" not in [t.text for t, strong in english_candidates("the Bahrain Grand Prix weekend") if strong]


def test_a_name_compounded_with_allah_is_one_english_word():
    # عوض الله = Awadallah, نصر الله = Nasrallah: the name's key, then الله
    ar = "وقال وزير التربية والتعليم العالي الدكتور مروان عوض الله إن الوزارة جهزت 112 قاعة امتحان."
    en = "Minister of Education and Higher Education Dr. Marwan Awadallah said the ministry had prepared 112 halls."
    assert [i for i in run(CHECK, make_pair(ar, en)) if i.severity != "info"] == []
    damaged = make_pair(ar, en.replace("Awadallah", "Khalafallah"))
    assert ["Khalafallah"] in [spans(i, damaged, "target") for i in run(CHECK, damaged) if i.severity != "info"]


def test_plurals_in_men_of_common_words_are_common():
    common = E._common_words()
    assert all(E._is_common(w, common) for w in ("fishermen", "policemen", "tribesmen", "businessmen"))
    assert not any(E._is_common(w, common) for w in ("carmen", "yemen"))
    pair = make_pair("ويطالب الصيادون بزيادة مخصصاتهم من المازوت المدعوم، التي لا تتجاوز حالياً 200 ليتر شهرياً.",
                     "Fishermen are demanding an increase in their allocations of subsidised diesel, which currently do "
                     "not exceed 200 litres per month.")
    assert [i for i in run(CHECK, pair) if i.severity != "info"] == []


def test_a_compound_with_allah_comes_before_a_common_word_of_the_same_key():
    # Abdallah (BDL) is عبد الله, not بدل ("instead of") in the same sentence; so بدل in another
    # sentence is no name that the English lost
    pairs = [make_pair("وقال رئيس الاتحاد، محمد عبد الله، إن المصانع تستهلك الأسماك بدل أن تذهب إلى موائد المواطنين.",
                       "The federation's head, Mohamed Abdallah, said the plants consume fish rather than letting it "
                       "reach citizens' tables.", bead_id=0),
             make_pair("وأضاف أن الحكومة ستلزم المصانع باستخدام مخلفات الأسماك بدل الأسماك الكاملة.",
                       "He added that the government will require the plants to use fish waste instead of whole fish.",
                       bead_id=1)]
    assert [i for i in run(CHECK, pairs) if i.severity != "info"] == []


def test_british_ae_spellings_of_medical_words_are_common():
    common = E._common_words()
    assert all(E._is_common(w, common) for w in ("paediatric", "paediatrician", "haematology"))
    assert not E._is_common("maen", common)


@pytest.mark.parametrize("ar, en", [
    ("قالت مديرة الاستدامة في الشركة إن الشركة تعمل على مشروع تجريبي.",
     "The company's Director of Sustainability said the company is working on a pilot project."),
    # a gazetteer place after a title is a given name: Nurse Sanaa = الممرضة سناء, not صنعاء
    ("وقالت الممرضة سناء بني هاني، التي تعمل في مركز صحي الحصن، إن بعض السيدات يرفضن الفحص.",
     "Nurse Sanaa Bani Hani, who works at the Al-Husn health centre, said that some women refuse the test."),
    # وروساً: a nationality with its tanween (مصريين وروساً = "Egyptian and Russian")
    ("ونفذها فريق مشترك يضم مهندسين وفنيين مصريين وروساً.",
     "It was carried out by a joint team of Egyptian and Russian engineers and technicians."),
    # مستشفى المطلع = Augusta Victoria Hospital
    ("وكان نحو 40% منهم يحولون إلى مستشفى المطلع في القدس.",
     "About 40% of them used to be referred to Augusta Victoria Hospital in Jerusalem."),
])
def test_sustainability_titles_nunated_nationalities_and_augusta_victoria(ar, en):
    assert [i for i in run(CHECK, make_pair(ar, en)) if i.severity != "info"] == []


def test_loose_spellings_differ_only_by_close_first_consonants():
    # عثمان TMN = Osman SMN (ث read as s), but للمرة LMR ("for the time") spells no Izmir ZMR
    assert E._loose_keys("TMN", "SMN") and E._loose_keys("ZBL", "SBL")
    assert not E._loose_keys("LMR", "ZMR")


def test_last_and_next_spell_no_name():
    # العام الماضي = "last year": الماضي (MD) is no Midi swapped in for حرض
    ar = ("إن الحملة تستهدف أكثر من 350 ألف شخص، ولا سيما في مديريات عبس وحرض وكشر، حيث سجلت الفرق الصحية خلال "
          "العام الماضي 47 حالة إصابة جديدة.")
    en = ("The campaign targets more than 350,000 people, particularly in the districts of Abs, {} and Kushar, where "
          "health teams recorded 47 new cases last year.")
    assert [i for i in run(CHECK, make_pair(ar, en.format("Haradh"))) if i.severity == "error"] == []
    swapped = make_pair(ar, en.format("Midi"))
    assert ["Midi"] in [spans(i, swapped, "target") for i in run(CHECK, swapped) if i.severity in ("error", "warning")]
    # written with the article, it is the family name Al-Madi
    pair = make_pair("وقال المدير خالد الماضي إن الحملة بدأت.", "Director Khalid Al-Madi said the campaign had begun.")
    assert [i for i in run(CHECK, pair) if i.severity == "error"] == []


def test_a_name_arabic_writes_in_three_words():
    # Tutankhamun = توت عنخ آمون
    ar = "وقال إن مقبرتي توت عنخ آمون وسيتي الأول كانتا الأكثر إقبالاً."
    assert run(CHECK, make_pair(ar, "He said the tombs of Tutankhamun and Seti I were the most visited.")) == []
    pair = make_pair(ar, "He said the tombs of Ramesses and Seti I were the most visited.")
    assert ["Ramesses"] in [spans(i, pair, "target") for i in run(CHECK, pair) if i.severity in ("error", "warning")]


def test_a_place_before_a_family_name_with_the_article_is_a_given_name():
    # activist Sanaa Al-Hajaya = سناء الحجايا, not Yemen's capital صنعاء
    ar = "غير أن الناشطة البيئية سناء الحجايا شككت في هذه التصريحات."
    assert [i for i in run(CHECK, make_pair(ar, "However, environmental activist Sanaa Al-Hajaya cast doubt on these "
                                                "statements.")) if i.severity in ("error", "warning")] == []
    pair = make_pair(ar, "However, environmental activist Rania Al-Hajaya cast doubt on these statements.")
    assert ["Rania"] in [spans(i, pair, "target") for i in run(CHECK, pair) if i.severity in ("error", "warning")]


@pytest.mark.parametrize("ar, en, swapped", [
    ("وتشكل صادرات الماشية نحو 85 في المئة من إجمالي صادرات أرض الصومال.",
     "Livestock exports account for about 85 percent of Somaliland's total exports.", "Puntland"),
    ("وأقيم الحفل في ساحة كنيسة الروم الأرثوذكس في مادبا.",
     "The ceremony was held in the courtyard of the Greek Orthodox church in Madaba.", None),
    ("وزار الوفد مدينة بيت لحم يوم الأحد.", "The delegation visited Bethlehem on Sunday.", "Nablus"),
    ("وعبرت السفينة مضيق جبل طارق يوم الأحد.", "The ship crossed the Strait of Gibraltar on Sunday.", None),
    ("وصدرت جزر القمر 40 طنا من الفانيليا.", "The Comoros exported 40 tonnes of vanilla.", "Madagascar"),
])
def test_places_arabic_names_in_two_words(ar, en, swapped):
    assert [i for i in run(CHECK, make_pair(ar, en)) if i.severity in ("error", "warning")] == []
    if swapped:
        name = next(w for w in ("Somaliland", "Bethlehem", "Comoros") if w in en)
        pair = make_pair(ar, en.replace(name, swapped))
        assert any(swapped in " ".join(spans(i, pair, "target")) for i in run(CHECK, pair) if i.severity == "error")


def test_imad_the_pillar_is_no_name():
    pair = make_pair("تاريخ الغوص على اللؤلؤ الذي شكّل عماد اقتصاد البلاد قبل اكتشاف النفط.",
                     "the history of pearl diving, which was the backbone of the country's economy before the "
                     "discovery of oil.")
    assert run(CHECK, pair) == []


def test_city_of_renders_madina_and_a_town_swapped_after_it_is_an_error():
    ar = "أو سلوك طرق بديلة يصل طولها إلى 90 كيلومتراً عبر مدينة الطبقة، ما ضاعف كلفة النقل."
    en = "or to take alternative routes of up to 90 kilometres through the city of {}, which doubled transport costs."
    assert [i for i in run(CHECK, make_pair(ar, en.format("Tabqa"))) if i.severity in ("error", "warning")] == []
    pair = make_pair(ar, en.format("Maadan"))  # (MDN: مدينة, "city", is no spelling of it)
    assert [["Maadan"]] == [spans(i, pair, "target") for i in run(CHECK, pair) if i.severity == "error"]


@pytest.mark.parametrize("ar, en, swapped", [
    ("ترأس الوالي مراسم توقيع اتفاقية إنجاز محطة جديدة لتحلية مياه البحر بمنطقة فم الواد، على بعد 25 كيلومترا.",
     "The wali presided over the signing of an agreement to build a new desalination plant in the Foum El Oued area, "
     "25 kilometres away.", ("Foum El Oued", "Tarfaya")),
    ("وإن مخيمات شاريا وخانكي وكبرتو كانت الأكثر تضررا.",
     "and that the Sharya, Khanke and Kabarto camps were the worst affected.", ("Khanke", "Essian")),
])
def test_a_place_named_by_its_kind_and_swapped_is_an_error(ar, en, swapped):
    assert [i for i in run(CHECK, make_pair(ar, en)) if i.severity in ("error", "warning")] == []
    pair = make_pair(ar, en.replace(*swapped))
    assert [[swapped[1]]] == [spans(i, pair, "target") for i in run(CHECK, pair) if i.severity == "error"]


@pytest.mark.parametrize("ar, en", [
    ('حين كان يسيّر في إطار شراكة مع مجموعة "أرسيلور ميتال" الأجنبية.',
     "when it was run under a partnership with the foreign group ArcelorMittal."),
    ('من بينها "إكسون موبيل" و"شل".', "including ExxonMobil and Shell."),
    ("ووقعت قطر للطاقة عقدا جديدا.", "QatarEnergy signed a new contract."),
])
def test_a_name_of_two_capitalised_parts_in_one_word(ar, en):
    assert [i for i in run(CHECK, make_pair(ar, en)) if i.severity in ("error", "warning")] == []


def test_a_name_of_two_capitalised_parts_swapped_is_reported():
    # (it was no candidate at all: two capitals made it an acronym)
    pair = make_pair('حين كان يسيّر في إطار شراكة مع مجموعة "أرسيلور ميتال" الأجنبية.',
                     "when it was run under a partnership with the foreign group ThyssenKrupp.")
    assert [["ThyssenKrupp"]] == [spans(i, pair, "target") for i in run(CHECK, pair)
                                  if i.severity in ("error", "warning")]


def test_towns_of_the_maghreb_in_the_gazetteer():
    pair = make_pair("إذ سجلت محطة غرداية يوم ١٧ سبتمبر ٣٢ مليمترا من الأمطار.",
                     "the Laghouat station recorded 32 millimetres of rain on September 17.")
    assert ["Laghouat"] in [spans(i, pair, "target") for i in run(CHECK, pair) if i.severity == "error"]


@pytest.mark.parametrize("ar, en", [
    ("وتقع محافظة بابل جنوب بغداد.", "Babylon governorate lies south of Baghdad."),
    ("وزار الوفد مدينة عكا القديمة.", "The delegation visited the old city of Acre."),
])
def test_exonyms_whose_arabic_spells_otherwise(ar, en):
    assert [i for i in run(CHECK, make_pair(ar, en)) if i.severity in ("error", "warning")] == []


def test_a_place_in_a_list_after_its_kind_and_swapped_is_an_error():
    ar = "وقالوا إنهم فقدوا أكثر من ألف رأس من الجاموس في محافظات ميسان وذي قار والبصرة."
    en = "They said they had lost more than a thousand buffalo in the provinces of Maysan, {} and Basra."
    assert [i for i in run(CHECK, make_pair(ar, en.format("Dhi Qar"))) if i.severity in ("error", "warning")] == []
    pair = make_pair(ar, en.format("Muthanna"))
    assert ["Muthanna"] in [spans(i, pair, "target") for i in run(CHECK, pair) if i.severity == "error"]


def test_the_tigris_river_is_the_river():
    ar = "بسبب انخفاض منسوب نهر دجلة وارتفاع الملوحة."
    en = "because of the falling levels of the {} River and rising salinity."
    assert [i for i in run(CHECK, make_pair(ar, en.format("Tigris"))) if i.severity in ("error", "warning")] == []
    pair = make_pair(ar, en.format("Euphrates"))
    assert [["Euphrates"]] == [spans(i, pair, "target") for i in run(CHECK, pair) if i.severity == "error"]


def test_a_maghreb_qaf_is_a_g_in_a_short_name():
    pair = make_pair("ويتضمن جولات في حومة السوق وميدون وقلالة.", "It includes tours of Houmt Souk, Midoun and Guellala.")
    assert [i for i in run(CHECK, pair) if i.severity in ("error", "warning")] == []


def test_a_family_name_written_again_alone_is_spare_for_the_swap_of_its_full_mention():
    from amanah.checks.entities import _ArabicSide, _match_names, _spare_mention
    ar = "وقال المدير العام للمصنع السيد كريم الودغيري إن الإنتاج ارتفع. غير أن الودغيري رفض الكشف عن الأرقام."
    en = "The plant's general manager, Karim Bennani, said production rose. However, Ouadghiri declined to disclose figures."
    side = _ArabicSide.of(ar)
    names = _match_names(side, en, 3)
    j = next(i for i, t in enumerate(side.tokens) if t.norm == normalize_arabic("الودغيري"))
    assert _spare_mention(side, names, j, en)
    assert not _spare_mention(side, names, j, en.replace("Karim Bennani", "Karim Ouadghiri"))


@pytest.mark.parametrize("ar, en", [
    ("مشيراً إلى البضائع القادمة من بلاد الرافدين ووادي السند.", "noting the goods arriving from Mesopotamia and the Indus Valley."),
    ("افتتحت شركة قطر للأسمدة الكيماوية (قافكو) مصنعها الجديد.", "Qatar Fertiliser Company (QAFCO) inaugurated its new plant."),
])
def test_false_alarms_of_batch_37(ar, en):
    assert [i for i in run(CHECK, make_pair(ar, en)) if i.severity in ("error", "warning")] == []


def test_tanger_med_is_tangier():
    ar = 'أن ميناء آسفي "لا يمكنه منافسة ميناء الجرف الأصفر من حيث الطاقة الاستيعابية".'
    pair = make_pair(ar, 'that the port of Safi "cannot compete with the port of Tanger Med in terms of capacity."')
    assert ["Tanger"] in [spans(i, pair, "target") for i in run(CHECK, pair) if i.severity == "error"]


def test_a_place_of_its_kind_whose_spelling_the_keys_miss_is_no_swap():
    # MT-GenEval (dev): Gros Caillou = جروس كايو, a spelling the keys miss, beginning with its consonant
    pair = make_pair("ووصلت أخت من روان مع شقيقتين من سان يون لإنشاء مدرسة في منطقة جروس كايو.",
                     "and a sister arrived from Rouen with two sisters from Saint-Yon, to create a school in the "
                     "area of Gros Caillou.")
    assert [i for i in run(CHECK, pair) if i.severity == "error"] == []


@pytest.mark.parametrize("ar, en", [
    # a plural nisba writes a short name with an n of its own (الساميين = the Sámi)
    ("يعمل العديد من الساميين اليوم في الحرف الحديثة.", "Today many Sámi work in modern trades."),
    # a German z after n, l or r is ts (ماينتس = Mainz)
    ("أنا ذاهبة إلى ماينتس ثم إلى كولونيا العام القادم.", "I'm going to Mainz and then to Cologne next year."),
])
def test_false_alarms_of_the_dev_sets_round_20(ar, en):
    assert run(CHECK, make_pair(ar, en)) == []


def test_a_particle_spells_no_name():
    # من "from" (MN) is no spelling of Momani (MMN): the swapped family name is a name without counterpart
    pair = make_pair("قال أمين عام سلطة المياه الدكتور فراس عبد الكريم العزام إن الحكومة لن تحمّل المواطنين أي جزء من "
                     "كلفة القرض.",
                     "The Secretary-General of the Water Authority, Dr. Firas Abdul Karim Al-Momani, said the government "
                     "would not make citizens bear any part of the cost of the loan.")
    assert [spans(i, pair, "target") for i in run(CHECK, pair) if i.severity == "error"] == [["Momani"]]
    # ... and على (on) still writes Ali: it normalises as علي
    assert run(CHECK, make_pair("وقال علي إن الحكومة لن ترفع الأسعار.", "Ali said the government would not raise prices.")) == []


def test_last_week_is_no_family_name_written_with_the_article():
    # الأسبوع الماضي = "last week": no spelling of Al-Mahdi (MHD ~ MD), while Al-Madi = الماضي still holds
    pair = make_pair("غير أن منسقة المنظمة التي سلمت الأسبوع الماضي شحنة في الولاية نوال بشير الطيب أوضحت أن الكمية "
                     "لن تكفي.",
                     "However, the organisation's coordinator, which delivered a shipment last week in the state, "
                     "Nawal Bashir Al-Mahdi, explained that the quantity will not be enough.")
    assert [spans(i, pair, "target") for i in run(CHECK, pair) if i.severity == "error"] == [["Mahdi"]]
    assert run(CHECK, make_pair("وقال المهندس أحمد الماضي إن المشروع اكتمل.",
                                "Engineer Ahmed Al-Madi said the project was complete.")) == []


@pytest.mark.parametrize("ar, en", [
    # a given name before bint is no place (Sanaa, not Yemen's صنعاء)
    ("وقالت منسقة المشاريع في الجمعية، سناء بنت خليل السعدي، إن الجمعية وزعت مساعدات.",
     "The association's project coordinator, Sanaa bint Khalil Al-Saadi, said it had distributed aid."),
    # -ves plurals are common words (Midwives = القابلات)
    ("وكانت النقابة الوطنية للممرضين والقابلات قد انتقدت التعيينات.",
     "The National Union of Nurses and Midwives had criticised the appointments."),
    # mercury the metal (الزئبق) as well as the planet (عطارد)
    ("ارتفاع حالات التسمم بالزئبق بين المعدنين التقليديين في الولاية الشمالية",
     "Mercury Poisoning Cases Rise Among Traditional Miners in Northern State"),
    # a compound name written as one word whose last consonant is a ح the key reads as silent
    ("وقال محافظ شمال سيناء، اللواء خالد محمود عبدالفتاح، إن الجانب المصري أنهى الترتيبات.",
     "North Sinai Governor Major General Khaled Mahmoud Abdel Fattah said the Egyptian side had completed "
     "arrangements."),
])
def test_false_alarms_of_batch_40(ar, en):
    assert [i for i in run(CHECK, make_pair(ar, en)) if i.severity != "info"] == []


def test_a_form_of_address_spells_no_name_and_a_tie_goes_to_the_name_among_its_neighbours():
    # سعادة المهندس = "His Excellency Eng.": no Sadah; سعيد is Saeed's, between خالد and حمد as Saeed
    # stands between Khalid and Hamad, not the Sadah that closes a list of places (Muqshin swapped)
    ar = ("ورعى حفل الافتتاح سعادة المهندس خالد بن سعيد بن حمد الشنفري، وكيل الوزارة للنقل، بحضور عدد من أعضاء "
          "مجلس الشورى وشيوخ وأعيان ولايات ثمريت والمزيونة ومقشن.")
    en = ("The opening ceremony was held under the patronage of His Excellency Eng. Khalid bin Saeed bin Hamad "
          "Al-Shanfari, the ministry's Undersecretary for Transport, in the presence of a number of Shura Council "
          "members and sheikhs and notables from the wilayats of Thumrait, Al Mazyunah and {}.")
    found = {t.text: matched for t, matched in E.name_matches(ar, en.format("Sadah"))}
    assert found["Saeed"] and not found["Sadah"]
    pair = make_pair(ar, en.format("Sadah"))
    assert [spans(i, pair, "target") for i in run(CHECK, pair) if i.code == "entity"] == [["Sadah"]]
    assert run(CHECK, make_pair(ar, en.format("Muqshin"))) == []


def test_a_sentence_that_lists_names_is_no_heading():
    # four names and more make half its words, but it ends as a sentence: its names are checked
    en = ("The ceremony was held under the patronage of His Excellency Eng. Khalid bin Saeed bin Hamad Al-Shanfari "
          "in the presence of notables from the wilayats of Thumrait, Al Mazyunah and Sadah.")
    assert "Sadah" in [t.text for t, _ in E.english_candidates(en)]
    # a heading without a final mark still is one
    assert E.english_candidates("Health Ministry Launches Wide Measles Vaccination Campaign in Hodh Ech Chargui") == []


def test_a_common_word_after_the_hyphenated_article_is_a_family_name():
    # Al-Khatib ("preacher" in the word list) for العطار: a swapped family name
    ar = "وفي مدرسة دار الأرقم، قال مديرها الأستاذ يوسف محمود {} إن 640 طالباً حصلوا على موافقة أهاليهم."
    en = "At the Dar Al-Arqam school, its principal, Yousef Mahmoud Al-Khatib, said that 640 students had obtained consent."
    pair = make_pair(ar.format("العطار"), en)
    assert [spans(i, pair, "target") for i in run(CHECK, pair) if i.severity == "error"] == [["Khatib"]]
    assert run(CHECK, make_pair(ar.format("الخطيب"), en)) == []


@pytest.mark.parametrize("ar, en", [
    # the Turkish Osman is the Arabic Othman (عثمان)
    ("قالت ممثلة منظمة الصحة العالمية في الولاية، الدكتورة سلمى إبراهيم عثمان، إن المنظمة وفرت اللقاح.",
     "The World Health Organization representative in the state, Dr. Salma Ibrahim Osman, said the organisation had "
     "provided the vaccine."),
    # مصر الجديدة ("new Egypt") is Heliopolis, no Egypt
    ("افتتحت محطة كوربة الجديدة في حي مصر الجديدة.", "The new Korba station opened in the Heliopolis district."),
])
def test_false_alarms_of_batch_43(ar, en):
    assert run(CHECK, make_pair(ar, en)) == []


def test_a_given_name_of_abd_written_as_one_word_is_no_orphan():
    # batch 45: فاطمة بنت محمد عبد الله = Fatimata Mint Mohamed Abdallahi
    ar = ("وقد ألقى الإضراب بظلاله على الأسواق المحلية، إذ ارتفع سعر الكيلوغرام الواحد من سمك الكوربين في سوق المدينة "
          "من 250 إلى 400 أوقية، فيما قالت فاطمة بنت محمد عبد الله، وهي بائعة سمك منذ 22 عاماً، إنها لم تبع شيئاً "
          "تقريباً منذ بدء الإضراب.")
    en = ("The strike has cast a shadow over local markets, with the price of a kilogram of croaker at the city market "
          "rising from 250 to 400 ouguiyas. Fatma Mint Mohamed Abdallahi, who has been selling fish for 22 years, said "
          "she had sold almost nothing since the strike began.")
    assert [i for i in run(CHECK, make_pair(ar, en)) if "عبد" in i.message] == []


@pytest.mark.parametrize("name, found", [
    ("Abdelrahman", []), ("Abdel Rahman", []), ("Abderrahmane", []), ("Abdul Rahman", []),
    ("Abdelkerim", [(["Abdelkerim"], "error")]),
])
def test_a_given_name_of_abd_in_two_words_is_a_persons_name(name, found, embedder):
    # batch 60: عبد الرحمن swapped for Abdelkerim beside the father's matched محمد (a warning)
    ar = ("وقال وزير الصحة الدكتور عبد الرحمن محمد أبكر، في مؤتمر صحفي عقده بمقر الوزارة، إن الدائرة السابعة سجلت "
          "أكثر من 60 بالمئة من الحالات")
    en = (f"Health Minister Dr. {name} Mohamed Abakar told a press conference at the ministry's headquarters that the "
          "7th arrondissement accounted for more than 60 percent of the cases")
    with_model = profiled(embedder)
    pair = make_pair(ar, en)
    assert [(spans(i, pair, "target"), i.severity) for i in run(CHECK, pair, with_model)] == found



def test_an_egyptian_z_writes_dhal():
    # batch 61: الشاذلي = El-Shazly, by an equal key, not only a near one
    from amanah.checks.entities import _arabic_word, _english_keys

    assert _english_keys("shazly") <= _arabic_word(normalize_arabic("الشاذلي"))[1]


def test_qatar_is_still_a_place_where_no_length_follows():
    pair = make_pair("ووصل الوفد إلى قطر يوم الأحد في زيارة تستمر ثلاثة أيام",
                     "The delegation arrived in Oman on Sunday for a three-day visit")
    assert "error" in [i.severity for i in run(CHECK, pair)]


def test_abd_after_bin_is_part_of_a_family_name():
    # batch 61: محطة بن عبد المالك رمضان = "the Benabdelmalek Ramdane station", written as one word
    ar = "ويربط الخط محطة بن عبد المالك رمضان في وسط المدينة بحي زواغي سليمان على مسافة 8.1 كيلومتر"
    en = ("The line links the Benabdelmalek Ramdane station in the city centre with the Zouaghi Slimane "
          "neighbourhood over a distance of 8.1 kilometres")
    assert "error" not in [i.severity for i in run(CHECK, make_pair(ar, en))]


def test_bin_and_a_given_name_of_abd_written_as_one_word_match():
    # batch 63: بن عبد الجليل = Benabdeljalil, the بن, عبد and الجليل written as one word
    ar = "وقال المدير العام للمكتب عبد الإله بن عبد الجليل، خلال لقاء صحفي بالرباط، إن الأشغال تنجز على مراحل"
    en = "ONCF Director General Abdelilah {} told a press briefing in Rabat that the works are carried out in phases"
    assert run(CHECK, make_pair(ar, en.format("Benabdeljalil"))) == []
    damaged = make_pair(ar, en.format("Benabdelkader"))
    assert [(i.severity, spans(i, damaged, "target")) for i in run(CHECK, damaged)] == [("error", ["Benabdelkader"])]


def test_a_given_name_after_a_title_abbreviation_or_opening_a_sentence_is_a_name(embedder):
    # batch 60: Laila swapped for Salma (a dictionary word) after "Dr.", whose period was read as a
    # sentence's end; a given name of the list opening a sentence is a name too
    ar = "وقالت منسقة المشروع، الدكتورة ليلى بنت عمر الأحمد، إن فرق المنظمة رصدت الإصابة في بعض القرى"
    en = "The project coordinator, Dr. {} bint Omar Al-Ahmad, said the organisation's teams had detected it in some villages"
    assert run(CHECK, make_pair(ar, en.format("Laila"))) == []
    pair = make_pair(ar, en.format("Salma"))
    with_model = profiled(embedder)
    assert [(spans(i, pair, "target"), i.severity) for i in run(CHECK, pair, with_model)] == [(["Salma"], "error")]
    assert [t.text for t, _ in english_candidates("Salma bint Omar said it.")] == ["Salma", "Omar"]


@pytest.mark.parametrize("ar, en", [
    # a given name of the gazetteer before the father's name and the family name (not Yemen's صنعاء)
    ("قالت مديرة التربية السيدة سناء محمود الخوالدة إن المديرية وزعت المعقمات",
     "The director of education, Sanaa Mahmoud Al-Khawaldeh, said the directorate had distributed sanitiser"),
    # a place of the gazetteer after Ait is a part of the village's name (not Yemen's صعدة)
    ("وفي قرية آيت سعادة قال المزارع إن النيران التهمت أشجاره", "In the village of Ait Saada, the farmer said the fire had devoured his trees"),
    # a Maghrebi g is ق
    ("معظمها في بلديات عزازقة وإفرحونن", "most of them in the municipalities of Azazga and Iferhounene"),
    # Abd before a doubled sun letter writes the article
    ("من جانبه، نفى والي قفصة، عبد الرزاق بن مبروك الدالي، أن تكون السلطات قد تلقت تعليمات",
     "For his part, the governor of Gafsa, Abderrazak Ben Mabrouk Dali, denied that the authorities had received orders"),
])
def test_given_names_parts_of_compound_names_and_maghrebi_g(ar, en):
    assert [i for i in run(CHECK, make_pair(ar, en)) if i.severity == "error"] == []


@pytest.mark.parametrize("ar, en, flagged", [
    # the Northern Governorate turned Southern
    ("وستشمل الحملة المحافظة الشمالية والمحرق.", "The campaign will cover the Southern Governorate and Muharraq.",
     (["Southern"], ["الشمالية"])),
    ("وتقع القرية على بعد عشرين كيلومترا شرق المدينة.", "The village lies twenty kilometres west of the city.",
     (["west"], ["شرق"])),
    # kept points, in other words or compounds, and words that only look like one
    ("وهبت رياح من الشمال الشرقي على المغرب والمشرق.", "North-easterly winds blew over Morocco and the Levant.", None),
    ("وزار جنوب أفريقيا قبل عيد الفصح.", "He visited South Africa before Easter.", None),
    ("وتقع محافظة الشرقية شمال القاهرة.", "Sharqiya governorate lies north of Cairo.", None),
    # transliterated points count as points (a Maghrebi Ch- too)
    ("وسيمتد البرنامج إلى الحوض الشرقي جنوب البلاد.",
     "The programme will be extended to Hodh Ech Chargui in the south of the country.", None),
    ("وسيمتد البرنامج إلى الحوض الغربي جنوب البلاد.",
     "The programme will be extended to Hodh Ech Chargui in the south of the country.", (["Chargui"], ["الغربي"])),
])
def test_a_swapped_compass_point_is_an_error_at_both_words(ar, en, flagged):
    pair = make_pair(ar, en)
    issues = [i for i in run(CHECK, pair) if "direction" in i.message]
    if flagged is None:
        assert issues == []
    else:
        assert [(spans(i, pair, "target"), spans(i, pair, "source"), i.severity) for i in issues] == [
            (*flagged, "error")]


def test_a_name_after_ben_in_place_of_the_arabic_name_after_its_bin_is_an_error():
    # Ben pairs with بن (its key is too short to look up); Ahmed stands where عمر does, which
    # shares one consonant with Ahmed's MD variant only
    ar = ("إذ قال رئيس فدرالية جمعيات آباء وأولياء التلاميذ بالإقليم، الحسين بن عمر الودغيري، إن أكثر من 118 ألف "
          "تلميذ تأثروا بالإضراب، داعياً الطرفين إلى عدم جعل التلاميذ رهائن لخلاف لا ذنب لهم فيه.")
    en = ("Lahcen Ben Omar Oudghiri, head of the federation of parents' associations in the province, said more than "
          "118,000 pupils had been affected by the strike, and he called on both sides not to make pupils hostages "
          "to a dispute for which they bear no blame.")
    assert [i for i in run(CHECK, make_pair(ar, en)) if i.severity == "error"] == []
    damaged = make_pair(ar, en.replace("Ben Omar", "Ben Ahmed"))
    assert [(i.severity, spans(i, damaged, "target")) for i in run(CHECK, damaged)] == [("error", ["Ahmed"])]


def test_a_country_that_locates_a_place_the_arabic_names_alone_is_no_addition():
    ar = "الصحة تحتوي بؤرة للالتهاب الكبدي الوبائي في مدارس بمحافظة المنيا"
    assert run(CHECK, make_pair(ar, "Health authorities contain hepatitis cluster in schools in Egypt's Minya governorate")) == []
    # (a country that locates nothing is still a name the Arabic lacks)
    pair = make_pair(ar, "Egypt's health authorities contain hepatitis cluster in schools in Minya governorate")
    assert [spans(i, pair, "target") for i in run(CHECK, pair)] == [["Egypt's"]]


def test_a_short_name_in_place_of_the_next_name_of_a_chain_is_an_error():
    # Awad (too short to look up) where the Arabic's next name is قرني
    ar = "وقال المتحدث باسمها، المهندس عادل رشدي قرني، إن عينات الشبكة العامة كانت مطابقة للمواصفات."
    en = "Its spokesman, engineer Adel Roshdy Qorany, said samples from the public network had conformed to standards."
    assert run(CHECK, make_pair(ar, en)) == []
    pair = make_pair(ar, en.replace("Qorany", "Awad"))
    assert [(i.severity, spans(i, pair, "target")) for i in run(CHECK, pair)] == [("error", ["Awad"])]


def test_a_hospital_named_in_place_of_the_arabic_hospital_is_an_error():
    # Awda (one consonant, too short to look up) names a hospital where the Arabic names شهداء الأقصى
    ar = "وفي أحد مراكز التبرع بمستشفى شهداء الأقصى، قال المواطن رامي بن يوسف أبو ريدة إنه جاء للتبرع."
    en = "At a donation centre at Al-Aqsa Martyrs Hospital, Rami bin Youssef Abu Rida said he had come to donate."
    assert [i for i in run(CHECK, make_pair(ar, en)) if i.severity == "error"] == []
    pair = make_pair(ar, en.replace("Al-Aqsa Martyrs", "Al-Awda"))
    assert [(i.severity, spans(i, pair, "target")) for i in run(CHECK, pair)] == [("error", ["Awda"])]
    # (the hospital the Arabic names: no swap)
    assert run(CHECK, make_pair(ar.replace("شهداء الأقصى", "العودة"), en.replace("Al-Aqsa Martyrs", "Al-Awda"))) == []


def test_the_guests_of_the_merciful_are_no_rahman_of_the_document():
    # ضيوف الرحمن = "pilgrims", beside an Abdul Rahman the document links to الرحمن
    pairs = [make_pair("وقال الدكتور عبد الرحمن الجهني إن الحملة بدأت.", "Dr. Abdul Rahman Al-Juhani said the campaign had begun.",
                       bead_id=0),
             make_pair("وأضاف الدكتور عبد الرحمن الجهني أن الفرق جاهزة.", "Dr. Abdul Rahman Al-Juhani added that the teams were ready.",
                       bead_id=1, source_offset=100, target_offset=100),
             make_pair("وتستهدف الحملة تطعيم ضيوف الرحمن ضد الحمى الشوكية.", "The campaign aims to vaccinate pilgrims against meningitis.",
                       bead_id=2, source_offset=200, target_offset=200)]
    assert [i for i in run(CHECK, pairs) if i.alignment == 2] == []


@pytest.mark.parametrize("ar, en, old, new, flagged", [
    # a common word that names a village where the Arabic names its village by other words
    ("وفي قرية البيضا، المعروفة باسم البترا الصغيرة، قالت السيدة مريم سليمان العمارين إن مخيمها محجوز بالكامل.",
     "In the village of Beidha, known as Little Petra, Maryam Suleiman Al-Amarin said her camp is fully booked.",
     "Beidha", "Wadi Sabra", "Sabra"),
    # a place noun names a name after the hyphenated article too
    ("وقال الممرض فراس حمود العبيد، الذي يعمل في النقطة الطبية ببلدة ذيبان، إن المركز يستقبل يومياً 40 مراجعاً.",
     "Nurse Firas Hammoud Al-Obaid, who works at the medical point in the town of Dhiban, said the centre receives "
     "40 patients a day.", "Dhiban", "Al-Busayrah", "Busayrah"),
])
def test_a_name_a_settlement_noun_names_in_place_of_the_arabic_one_is_an_error(ar, en, old, new, flagged):
    assert [i for i in run(CHECK, make_pair(ar, en)) if i.severity == "error"] == []
    pair = make_pair(ar, en.replace(old, new))
    assert ("error", [flagged]) in [(i.severity, spans(i, pair, "target")) for i in run(CHECK, pair)]


def test_an_area_s_or_a_directorate_s_common_word_is_a_translated_one():
    ar = "وقالت المديرية الجهوية للتربية إن المنطقة الصناعية ستستقبل المعرض."
    assert run(CHECK, make_pair(ar, "The Regional Directorate of Education said the Industrial Area would host "
                                    "the fair.")) == []


def test_a_common_word_before_city_is_a_translated_word():
    # المدينة التعليمية = "Education City": no village named in another's place
    ar = "وأقيم الحفل في المدينة التعليمية بحضور الوزير."
    assert run(CHECK, make_pair(ar, "The ceremony was held in Education City in the presence of the minister.")) == []


def test_ou_links_the_parts_of_an_amazigh_name():
    ar = "من جهته، قال مربي الماشية حماد أوعلي أمزيان، البالغ من العمر 58 عاماً، من قرية آيت عمار، إنه فقد 27 رأساً."
    en = "For his part, livestock farmer Hammad Ou Ali Amzian, 58, from the village of Ait Ammar, said he had lost 27 sheep."
    assert [i for i in run(CHECK, make_pair(ar, en)) if i.severity == "error"] == []


@pytest.mark.parametrize("ar, en, faithful, swapped", [
    # Itzer matched تصريح ("statement") by a fuzzy key: that word renders "statement", so Itzer
    # spells nothing and took أكلموس's place
    ("وأوضح المدير الجهوي للمكتب، الدكتور عبد الرحيم بن محمد الإدريسي، في تصريح صحفي بمدينة أزرو، أن المصالح "
     "البيطرية سجلت منذ مطلع الشهر نفوق 312 رأسا من الأغنام، فيما ظهرت الأعراض على نحو ألف ومئتي رأس آخر موزعة على "
     "ثمانية عشر قطيعا، مشيرا إلى أن أغلب الحالات رصدت في دواوير تيمحضيت وعين اللوح وأكلموس.",
     "The office's regional director, Dr. Abderrahim bin Mohammed El Idrissi, said in a press statement in the town "
     "of Azrou that veterinary services had recorded the deaths of 312 sheep since the beginning of the month, while "
     "symptoms had appeared in about 1,200 more head spread over eighteen flocks. He said most cases had been "
     "detected in the villages of Timahdite, Ain Leuh and {}.", "Aguelmous", "Itzer"),
    # Taghazout matched تجد ("finds")
    ("وفي باحة المستشفى، قالت السيدة خديجة بنت إبراهيم الصوصي، وهي أم في الخامسة والثلاثين من عمرها قدمت من جماعة "
     "أورير لمرافقة ابنها المصاب بكسر في الساق، إنها انتظرت أكثر من سبع ساعات دون أن يفحصه أحد، مضيفة أنها لم تجد "
     "من يجيب عن أسئلتها سوى حارس الأمن.",
     "In the hospital courtyard, Khadija Bent Brahim Soussi, a 35-year-old mother who came from the commune of {} to "
     "accompany her son, who has a broken leg, said she had waited more than seven hours without anyone examining "
     "him. She added that she had found no one to answer her questions except the security guard.",
     "Aourir", "Taghazout"),
])
def test_a_name_only_words_of_other_meanings_spell_loosely_is_a_swap(embedder, ar, en, faithful, swapped):
    assert_swap_is_one_error(ar, en, faithful, swapped, swapped, embedder)


@pytest.mark.parametrize("ar, en", [
    # الشاذلي spells Shazly by a fuzzy key (ذ as d), and in context matches "the" best
    ("ونفى عضو مجلس إدارة جمعية الصيادين بالسويس حمدي عبدالله الشاذلي ما تردد عن اعتزام عدد من أصحاب المراكب تنظيم "
     "وقفة احتجاجية، موضحاً أن الجمعية عقدت يوم الإثنين الماضي اجتماعاً مع مسؤولي الجهاز تم خلاله الاتفاق على زيادة "
     "الإعانة بنسبة 20 في المئة اعتباراً من شهر يوليو.",
     "Hamdi Abdullah El-Shazly, a board member of the Suez Fishermen's Association, denied reports that a number of "
     "boat owners intended to stage a protest. He explained that the association held a meeting with agency "
     "officials last Monday at which it was agreed to increase the allowance by 20 percent from July."),
    # وأبلح spells Ablah by a shorter key, and its و matches "and"
    ("وقال المدير العام للوزارة المهندس جورج فؤاد الخوري، في مؤتمر صحفي عقده في سراي زحلة، إن المزارعين في بلدات "
     "كسارة وأبلح والفرزل وتعنايل قطفوا حتى الآن ما يقارب ثلثي المحصول، مشيراً إلى أن عمليات القطاف ستستمر حتى "
     "منتصف شهر تشرين الأول المقبل إذا لم تتأخر الأمطار الأولى.",
     "The ministry's director-general, engineer George Fouad El-Khoury, told a press conference at the Zahle Serail "
     "that farmers in the towns of Ksara, Ablah, Ferzol and Taanayel had so far picked nearly two-thirds of the "
     "crop. He noted that the harvest would continue until the middle of next October if the first rains were not "
     "delayed."),
    # Balah's silent final h is البلح's ح; Abdel is written joined to Rahim (عبدالرحيم)
    ("وقال مدير عام المصلحة منذر خليل أبو شمالة، في مؤتمر صحفي عقده في مدينة دير البلح، إن المصلحة تحتاج إلى نحو "
     "120 ألف لتر من السولار أسبوعياً لتشغيل آبارها ومحطات التحلية والضخ، غير أنها لم تتسلم خلال الأسبوع الماضي "
     "سوى 31 ألف لتر.",
     "The utility's director general, Munther Khalil Abu Shamala, told a press conference in the city of Deir "
     "al-Balah that the utility needs about 120,000 litres of diesel a week to run its wells, desalination plants "
     "and pumping stations. However, it received only 31,000 litres last week."),
    ("وقال وكيل وزارة الصحة بأسوان الدكتور محمود عبدالرحيم الصعيدي إن أغلب الحالات سجلت في قرى مركزي كوم أمبو "
     "وإدفو، مشيراً إلى أن ثلاث حالات وفاة وقعت بين المصابين، بينهم طفلة لم تتمكن أسرتها من نقلها إلى المستشفى إلا "
     "بعد مرور أكثر من خمس ساعات على اللدغة.",
     "Aswan's Undersecretary of Health, Dr. Mahmoud Abdel Rahim Al-Saidi, said most cases were recorded in villages "
     "of the Kom Ombo and Edfu districts. He noted that three deaths had occurred among those bitten, including a "
     "girl whose family was unable to take her to hospital until more than five hours after the bite."),
])
def test_loose_spellings_that_are_no_swaps_stay_quiet(embedder, ar, en):
    ctx = profiled(embedder)
    assert [i for i in run(CHECK, make_pair(ar, en), ctx) if i.severity != "info"] == []


@pytest.mark.parametrize("ar, en, faithful, swapped, flagged, written", [
    # Al-Omari is العمري, not عمر (Omar's) nor عمرها ("her age")
    ("وأوضح مدير مستشفى المفرق الحكومي، الدكتور عمر خالد الزبن، أن طفلة في الثامنة من عمرها تعاني من كسر في الساق.",
     "The director of Mafraq Government Hospital, Dr. Omar Khaled {}, explained that an eight-year-old girl had a "
     "broken leg.", "Al-Zaben", "Al-Omari", "Omari", ("الزبن", "العمري")),
    # Bennani is بناني, not the بن between عبد الرحيم and محمد
    ("في المقابل، نفى المدير العام للمركز، البروفيسور عبد الرحيم بن محمد التازي، أن يكون الإضراب قد أدى إلى شلل في "
     "الخدمات.", "On the other hand, the centre's director general, Professor Abderrahim bin Mohammed {}, denied "
     "that the strike had paralysed services.", "Tazi", "Bennani", "Bennani", ("التازي", "البناني")),
    # Sina is a dictionary word; after Ibn it is a name: Ibn Sina Hospital in place of مستشفى ابن رشد
    ("من جهتها، قالت رئيسة التمريض في مستشفى ابن رشد الدكتورة رنا فايز القباني إن الممرضة الواحدة باتت مسؤولة.",
     "For her part, the head of nursing at Ibn {} Hospital, Dr. Rana Fayez Al-Qabbani, said that a single nurse is "
     "now responsible.", "Rushd", "Sina", "Sina", ("ابن رشد", "ابن سينا")),
    # Sayed reads as "say" + "ed", an Arabic given name all the same: El-Sayed in place of الطيب is a swap
    ("وقال الدكتور محمود عبد الرحيم الطيب، وكيل وزارة الصحة بقنا، في مؤتمر صحفي إن الحملة تستمر ثلاثة أسابيع.",
     "Dr. Mahmoud Abdel Rahim El-{}, undersecretary of the Ministry of Health in Qena, told a press conference that "
     "the campaign will last three weeks.", "Tayeb", "Sayed", "Sayed", ("الطيب", "السيد")),
])
def test_a_name_spells_no_word_of_another_form(ar, en, faithful, swapped, flagged, written):
    assert_swap_is_one_error(ar, en, faithful, swapped, flagged)
    assert run(CHECK, make_pair(ar, en.format(faithful))) == []  # (not even a note)
    # (the Arabic writing the swapped-in name: no swap)
    assert run(CHECK, make_pair(ar.replace(*written), en.format(swapped))) == []


def test_a_name_joining_son_of_to_the_next_name_spells_both():
    # Benmansour = بن منصور: the بن joined to the next name
    assert run(CHECK, make_pair("وقال محافظ المهرجان، الأستاذ سيد أحمد بن عبد القادر بن منصور، إن الطبعة ناجحة.",
                                "The festival's commissioner, Sid Ahmed Ben Abdelkader Benmansour, said the edition "
                                "was a success.")) == []


def test_madinah_is_medina():
    # the Saudi spelling of المدينة: swapped in for مكة, an error; for المدينة المنورة, faithful
    ar = "بالتعاون مع المديرية العامة للشؤون الصحية بمنطقة مكة المكرمة."
    en = "in cooperation with the General Directorate of Health Affairs in the {} Region."
    assert [i for i in run(CHECK, make_pair(ar, en.format("Makkah"))) if i.severity == "error"] == []
    assert "error" in [i.severity for i in run(CHECK, make_pair(ar, en.format("Madinah")))]
    assert [i for i in run(CHECK, make_pair(ar.replace("مكة المكرمة", "المدينة المنورة"), en.format("Madinah")))
            if i.severity == "error"] == []


def test_a_place_of_the_gazetteer_may_be_transliterated_whole():
    # فينس, not the gazetteer's البندقية: the whole word writes Venice (Tatoeba)
    assert run(CHECK, make_pair("أخبرني أنه سيذهب إلى فينس.", "He told me he would go to Venice.")) == []


@pytest.mark.parametrize("ar, en, faithful, swapped, flagged", [
    # Azraq and Zarqa write the same key as الزرقاء; Zarqa spells it better: it opens with a
    # consonant and ends with a vowel, as the Arabic does
    ("أعلنت وزارة الصحة تسجيل سبع وأربعين إصابة بمرض التهاب الكبد الوبائي من النوع \"أ\" بين طلبة مدرسة الأمير حسن "
     "الأساسية للبنين في لواء الرصيفة بمحافظة الزرقاء، مؤكدة أن جميع الحالات مستقرة.",
     "The Ministry of Health announced that forty-seven cases of hepatitis A had been recorded among pupils of Prince "
     "Hassan Basic School for Boys in the {} district of Zarqa Governorate, stressing that all the cases were stable.",
     "Russeifa", "Azraq", "Azraq"),
    # Laghouat, a place of the gazetteer (الأغواط), spelled بلغت ("reached") only by its consonants
    ("وأوضح المكلف بالإعلام بالمديرية الولائية للحماية المدنية، الملازم الأول عبد القادر بن مسعود قريشي، أن سرعة "
     "الرياح بلغت 85 كيلومتراً في الساعة في بعض المناطق، وأن مدى الرؤية انخفض إلى أقل من خمسين متراً على محور الطريق "
     "الوطني رقم 49 الرابط بين ورقلة وغرداية، مما استدعى غلقه أمام حركة المرور.",
     "The information officer of the Wilaya Directorate of Civil Protection, Lieutenant Abdelkader Ben Messaoud "
     "Guerrichi, said wind speeds reached 85 kilometres per hour in some areas. Visibility dropped to less than "
     "fifty metres on National Road 49 linking Ouargla and {}, which required its closure to traffic.",
     "Ghardaia", "Laghouat", "Laghouat"),
])
def test_a_name_that_spells_a_word_worse_than_another_spelling_does_is_unmatched(embedder, ar, en, faithful, swapped,
                                                                                  flagged):
    ctx = profiled(embedder)
    assert [i for i in run(CHECK, make_pair(ar, en.format(faithful)), ctx) if i.severity != "info"] == []
    pair = make_pair(ar, en.format(swapped))
    assert [spans(i, pair, "target") for i in run(CHECK, pair, ctx) if i.severity == "error"] == [[flagged]]


@pytest.mark.parametrize("ar, en, faithful, swapped, flagged", [
    # Wasl's loose spellers, سعيد and سعود, are Saeed's and Saud's
    ("وقال مدير إدارة العمليات المرورية في الهيئة، المهندس سعيد بن راشد الفلاسي، إن الإغلاقات ستبدأ في الساعة الرابعة "
     "فجراً وتستمر حتى الواحدة ظهراً، وستشمل شارع الصفوح وشارع الملك سلمان بن عبد العزيز آل سعود وأجزاء من شارع "
     "جميرا، مؤكداً أن الهيئة لن تغلق شارع الشيخ زايد في أي وقت خلال السباق، وأن الحركة عليه ستبقى طبيعية.",
     "The RTA's Director of Traffic Operations, Engineer Saeed bin Rashid Al-Falasi, said the closures would begin at "
     "4 a.m. and last until 1 p.m., covering Al {} Road, King Salman bin Abdulaziz Al Saud Street and parts of "
     "Jumeirah Street. He stressed that the authority would not close Sheikh Zayed Road at any time during the race "
     "and that traffic on it would remain normal.", "Sufouh", "Wasl", "Wasl"),
    # Al-Maqtari, written with the article, is spelled by no مكتب ("office") nor بمقر ("at the
    # headquarters")
    ("وقال مدير مكتب الصحة في المحافظة الدكتور عبد الرحيم بن ناصر الشرعبي، في مؤتمر صحفي عقده بمقر المكتب في حي "
     "الجمهوري، إن الحملة تأتي بعد تسجيل 1870 حالة اشتباه بالإصابة بالكوليرا منذ مطلع شهر يوليو الماضي، بينها 23 "
     "حالة وفاة، مشيراً إلى أن معظم الوفيات سجلت بين الأطفال دون الخامسة وكبار السن.",
     "The director of the governorate's health office, Dr. Abdulrahim bin Nasser Al-{}, told a press conference at "
     "the office's headquarters in the Al-Jumhuri neighbourhood that the campaign follows the recording of 1,870 "
     "suspected cholera cases since the beginning of July, including 23 deaths. He noted that most of the deaths "
     "were recorded among children under five and the elderly.", "Sharabi", "Maqtari", "Maqtari"),
    # batch 128: Mazrouei for النعيمي, spelled loosely by المدير past the comma that ends the Arabic name
    ("وقال سعادة راشد عبيد النعيمي، المدير العام للهيئة، إن نسبة إشغال الفنادق وصلت إلى ٧٨٪.",
     "His Excellency Rashid Obaid Al {}, Director-General of the Authority, said that hotel occupancy had reached 78%.",
     "Nuaimi", "Mazrouei", "Mazrouei"),
    # batch 128: "the city of Baniyas" (baniya is a common word too) for بمدينة اللاذقية, spelled loosely by لبناء
    ("وتتسع العبّارة، التي صُنعت في حوض لبناء السفن بمدينة اللاذقية، لمئتين وخمسين راكبًا.",
     "The ferry, which was built at a shipyard in the city of {}, can carry two hundred and fifty passengers.",
     "Latakia", "Baniyas", "Baniyas"),
    # batch 130: Lucio Costa for أوسكار نيماير: الذي "which" spells no Lucio
    ("معرض رشيد كرامي الدولي في طرابلس، الذي صممه المعماري البرازيلي أوسكار نيماير في ستينيات القرن الماضي.",
     "the Rashid Karami International Fair in Tripoli, which was designed by Brazilian architect {} in the 1960s.",
     "Oscar Niemeyer", "Lucio Costa", "Lucio"),
    # batch 130: Wadi Liyyah for وادي محرم: a valley (Wadi) swapped, which ولو "even if" does not spell
    ('وقال المزارع عبدالله بن محمد الطلحي، صاحب مزرعة في وادي محرم: "لا نستطيع تأجيل القطاف ولو ليوم واحد".',
     '"We cannot postpone the picking even by a single day," said farmer Abdullah bin Mohammed Al-Talhi, who owns a '
     'farm in Wadi {}.', "Muharram", "Liyyah", "Liyyah"),
])
def test_a_word_another_name_spells_or_one_without_the_article_spells_no_swapped_name(embedder, ar, en, faithful,
                                                                                       swapped, flagged):
    assert_swap_is_one_error(ar, en, faithful, swapped, flagged, embedder)


def test_the_and_of_a_word_with_a_conjunction_is_no_common_word_it_renders(embedder):
    # وشط matches the "and" before Qurna best: its و, not its شط, which Shatt spells
    ar = ("وتجمع المحتجون أمام مبنى ديوان محافظة البصرة في منطقة العشار، قبل أن تنضم إليهم مجموعات قادمة من أقضية الزبير "
          "وأبي الخصيب وشط العرب والقرنة، رافعين لافتات كُتب عليها \"لا للأسعار الجديدة\" و\"الكهرباء حق وليست منّة\".")
    en = ("The protesters gathered in front of the Basra Governorate building in the Ashar area, before being joined by "
          "groups coming from the districts of Zubair, Abu al-Khasib, Shatt al-Arab and Qurna. They carried banners "
          "reading \"No to the new prices\" and \"Electricity is a right, not a favour\".")
    ctx = profiled(embedder)
    assert [i for i in run(CHECK, make_pair(ar, en), ctx) if i.severity == "error"] == []


def test_the_first_word_of_a_two_word_month_names_no_one():
    # جامعة تشرين = Tishreen University elsewhere in the document; تشرين الثاني is November
    pairs = [make_pair("حلب، 14 تشرين الثاني 2024 – حذرت مديرية صحة حلب من النقص المتزايد في أعداد الأطباء.",
                       "Aleppo, November 14, 2024 – The Aleppo Health Directorate warned of the growing shortage "
                       "of doctors."),
             make_pair("وتشمل الخطة استقدام خمسين طبيباً متطوعاً من جامعتي دمشق وتشرين.",
                       "The plan includes bringing in fifty volunteer doctors from the universities of Damascus "
                       "and Tishreen.")]
    assert [i for i in run(CHECK, pairs) if i.severity in ("error", "warning")] == []


def test_a_hyphenated_name_the_arabic_writes_as_one_word():
    # عمالة أكادير إداوتنان = the prefecture of Agadir Ida-Outanane
    assert run(CHECK, make_pair("ومراكز صحية تابعة لعمالتي أكادير إداوتنان وإنزكان أيت ملول.",
                                "and health centres attached to the prefectures of Agadir Ida-Outanane and Inezgane "
                                "Ait Melloul.")) == []


@pytest.mark.parametrize("ar,en", [
    # articles written for amanah's evaluation: a place of the gazetteer written with the article
    # after a و (والسعادة = Al-Saada, a neighbourhood, not Yemen's Saada); "Bou", "father of",
    # written as one word with the name (بوسعادة = Bou Saada, برج بوعريريج = Bordj Bou Arreridj)
    ("شملت نحو 40 ألف مشترك في أحياء الدهاريز والسعادة وعوقد.",
     "It covered about 40,000 subscribers in the neighbourhoods of Al-Dahariz, Al-Saada and Awqad."),
    ("وسجلت أغلب الحالات في بلديات بوسعادة وعين الملح وسيدي عيسى.",
     "Most cases were recorded in the municipalities of Bou Saada, Ain El Melh and Sidi Aissa."),
    ("حذر الديوان من أمطار رعدية على ولايات سطيف وبرج بوعريريج وميلة.",
     "The office warned of thunderstorms in the provinces of Setif, Bordj Bou Arreridj and Mila."),
    # the Hadrami "Ba" (باوزير = Ba Wazir) and "Port" written بور (بورفؤاد = Port Fouad)
    ("وفي مديرية غيل باوزير شرق المكلا، قال المواطن إن أربعة من أطفاله أصيبوا بالحمى.",
     "In the Ghail Ba Wazir district, east of Mukalla, a resident said four of his children had come down with fever."),
    ("كما لم تنفذ وعود أخرى تتعلق بتوفير وسائل نقل للعمال القادمين من مدينة بورفؤاد وقرى جنوب المحافظة.",
     "Other promises to provide transport for workers coming from the city of Port Fouad and the villages in the "
     "south of the governorate have also not been kept."),
])
def test_an_article_after_wa_and_a_father_written_as_one_word_with_the_name(ar, en):
    assert [i for i in run(CHECK, make_pair(ar, en)) if i.severity in ("error", "warning")] == []


@pytest.mark.parametrize("ar,en", [
    # batch 74: the Blue and White Niles = النيلين الأزرق والأبيض (a dual); "Returnees" opening a quote
    # is a common word younger than the word list (العائدين)
    ("ويعد مشروع الجزيرة، الذي أُنشئ عام 1925 على مساحة تزيد على مليوني فدان بين النيلين الأزرق والأبيض، أكبر مشروع "
     "زراعي مروي.", "The Gezira Scheme, established in 1925 on more than two million feddans between the Blue and "
     "White Niles, is the largest irrigated agricultural project."),
    ("وقالت المتحدثة باسم المفوضية في دمشق ريم الخطيب إن «العائدين يواجهون تحديات كبيرة».",
     '"Returnees face major challenges," said UNHCR spokeswoman in Damascus Reem Al-Khatib.'),
    # batch 77: "Sohar Port and Freezone" = ميناء صحار والمنطقة الحرة
    ("وقّعت شركة ميناء صحار والمنطقة الحرة اليوم ست اتفاقيات استثمارية جديدة.",
     "Sohar Port and Freezone today signed six new investment agreements."),
])
def test_a_dual_of_a_gazetteer_place_and_a_modern_common_word_are_no_names(ar, en):
    assert [i for i in run(CHECK, make_pair(ar, en)) if i.severity in ("error", "warning")] == []


def test_the_country_of_a_currency_is_rendered_by_the_currency():
    # batch 76: دولار أميركي = "$"; a place the English swapped in is still one
    ar = "محققاً أرباحاً غير مشروعة قُدّرت بأكثر من ٣٠٠ ألف دولار أميركي."
    assert run(CHECK, make_pair(ar, "making illicit profits estimated at more than $300,000.")) == []
    pair = make_pair(ar, "making illicit profits estimated at more than $300,000 in Canada.")
    assert "Canada" in [t for i in run(CHECK, pair) for t in spans(i, pair, "target")]


def _matched_words(ar: str, en: str) -> dict[str, list[str]]:
    side = E._ArabicSide.of(ar)
    return {n.token.text: [side.tokens[i].text for i in n.matched] for n in E._match_names(side, en, 3)}


def test_a_sun_letter_article_written_apart_is_no_name():
    # Hodh Ech Chargui = الحوض الشرقي: "Ech" is the article, written as it sounds before the ش
    ar = "وأعلنت الوزارة أن المخيم المقبل سيُنظم في مدينة النعمة بولاية الحوض الشرقي خلال شهر نوفمبر."
    found = _matched_words(ar, "The next camp will be held in the city of Néma in the Hodh Ech Chargui region in November.")
    assert "Ech" not in found and found["Chargui"] == ["الشرقي"]
    # ... not before a name that opens with another letter (a word of its own)
    assert "Ech" in _matched_words(ar, "The next camp will be held in Néma, in Hodh Ech Gharbi, in November.")


def test_a_given_name_of_the_gazetteer_before_a_family_name_with_abu():
    # Sanaa Khalil Abu Hantash = سناء خليل أبو هنطش, not Yemen's صنعاء
    pair = make_pair("وقالت المواطنة سناء خليل أبو هنطش، وهي معلمة تسكن حي الغويرية، إنها انتظرت أكثر من ساعة.",
                     "Sanaa Khalil Abu Hantash, a teacher who lives in the Ghweiriyeh neighbourhood, said she waited "
                     "more than an hour.")
    assert [i for i in run(CHECK, pair) if i.severity == "error"] == []


def test_but_with_a_pronoun_spells_no_short_name():
    # لكنها "but she" (KN once its H is dropped) is no spelling of Qana, swapped in for العباسية
    ar = ("وقالت الباحثة إن نتائج التحاليل جاءت ضمن الحدود المسموح بها، لكنها شددت على ضرورة نقل الرواسب إلى موقع "
          "بري مخصص قرب بلدة العباسية.")
    en = ("The researcher said the test results were within permissible limits. However, she stressed that the "
          "sediment should be moved to a designated land site near the town of {}.")
    pair = make_pair(ar, en.format("Qana"))
    assert [spans(i, pair, "target") for i in run(CHECK, pair) if i.severity == "error"] == [["Qana"]]
    assert [i for i in run(CHECK, make_pair(ar, en.format("Abbasiyeh"))) if i.severity == "error"] == []



def test_the_west_african_ousmane_is_othman():
    # Dr. Ousmane Bamba Coulibaly = الدكتور عثمان بامبا كوليبالي (batch 59)
    ar = "وأشار ممثل منظمة الصحة العالمية، الدكتور عثمان بامبا كوليبالي، إلى أن الصومال من بين ثلاثين دولة."
    en = "The WHO representative, Dr. Ousmane Bamba Coulibaly, pointed out that Somalia is among thirty countries."
    assert _matched_words(ar, en)["Ousmane"] == ["عثمان"]
    assert [i for i in run(CHECK, make_pair(ar, en)) if i.severity != "info"] == []



def test_a_word_of_pharmaco_and_a_common_word_is_a_common_word():
    # batch 63: "the Moroccan Poison Control and Pharmacovigilance Centre" = المركز المغربي لمحاربة التسمم
    # واليقظة الدوائية: a technical term, translated
    assert E.common_word("pharmacovigilance") and E.common_word("pharmacokinetics")
    pair = make_pair("بتنسيق مع المركز المغربي لمحاربة التسمم واليقظة الدوائية والسلطات المحلية.",
                     "in coordination with the Moroccan Poison Control and Pharmacovigilance Centre and the local "
                     "authorities.")
    assert [i for i in run(CHECK, pair) if i.severity == "error"] == []


def test_the_dirham_s_abbreviation_is_no_name(embedder):
    # batch 64: "fines ranging from Dh50,000 to Dh5 million" = غرامات ... درهم
    pair = make_pair("وحدد القانون غرامات إدارية تتراوح بين 50 ألف درهم وخمسة ملايين درهم على المخالفين، تُضاعف في حال "
                     "تكرار المخالفة خلال عام واحد، فيما تصل عقوبة الإفشاء المتعمد للبيانات الصحية أو المالية إلى السجن "
                     "مدة لا تقل عن سنة.",
                     "The law sets administrative fines ranging from Dh50,000 to Dh5 million for violators, doubled if "
                     "the violation is repeated within one year, while the penalty for the deliberate disclosure of "
                     "health or financial data can reach imprisonment for a term of not less than one year.",
                     bead_id=1)
    headline = make_pair("الإمارات تصدر قانوناً اتحادياً جديداً لحماية البيانات الشخصية بغرامات تصل إلى خمسة ملايين درهم",
                         "UAE issues new federal personal data protection law with fines of up to Dh5 million")
    with_model = profiled(embedder)
    assert run(CHECK, [headline, pair], with_model) == []


def test_umrah_renders_those_who_perform_it():
    # batch 64: "Umrah performers" = المعتمرين; without any word of the rite, Umrah has no counterpart
    ar = "داعياً الحجاج {}والمسافرين إلى التقيد بإجراءات النظافة الشخصية وتجنب ملامسة الإبل."
    en = "calling on pilgrims, Umrah performers and travellers to observe personal hygiene and avoid contact with camels."
    assert run(CHECK, make_pair(ar.format("والمعتمرين "), en)) == []
    pair = make_pair(ar.format(""), en)
    assert [spans(i, pair, "target") for i in run(CHECK, pair)] == [["Umrah"]]
    # batch 75: معتمري الخارج, the construct, = "Umrah pilgrims from abroad"
    pair = make_pair("الصحة السعودية تُلزم معتمري الخارج بالتطعيم ضد الحمى الشوكية قبل عشرة أيام من الوصول",
                     "Saudi Health Ministry requires Umrah pilgrims from abroad to be vaccinated against meningitis ten "
                     "days before arrival")
    assert [i for i in run(CHECK, pair) if i.severity != "info"] == []


def test_a_reference_noun_the_other_side_renders_refers_to_no_other_place():
    # batch 65: "the Kingdom" renders المملكة (Saudi Arabia), so neither refers to Jordan or Morocco:
    # Morocco in the place of الأردن is a swap
    ar = ("وأشار القحطاني إلى أن الزوار من خارج المملكة شكلوا 18 في المئة من الإجمالي، معظمهم من دول مجلس التعاون "
          "الخليجي ومصر والأردن.")
    en = ("Al-Qahtani noted that visitors from outside the Kingdom accounted for 18% of the total, most of them from "
          "the Gulf Cooperation Council countries, Egypt and {}.")
    assert run(CHECK, make_pair(ar, en.format("Jordan"))) == []
    pair = make_pair(ar, en.format("Morocco"))
    assert ("error", ["Morocco"]) in [(i.severity, spans(i, pair, "target")) for i in run(CHECK, pair)]
    # a reference the other side does not render still refers: "Gaza" = القطاع
    assert run(CHECK, make_pair("وقال إن القطاع يعاني نقصاً حاداً في الوقود.",
                                "He said Gaza is suffering from an acute fuel shortage.")) == []


def test_french_compass_words_of_maghrebi_names_are_translated():
    # batch 66: «تين فويي غرب-1» = "Tin Fouye Ouest-1": Ouest is غرب, no name
    pair = make_pair("وأوضح البيان أن هذا الاكتشاف تحقق إثر حفر البئر الاستكشافية «تين فويي غرب-1» على عمق 3200 متر.",
                     "The statement said the discovery was made after drilling the Tin Fouye Ouest-1 exploration well "
                     "to a depth of 3,200 metres.")
    assert run(CHECK, pair) == []


def test_a_name_after_abu_is_a_word_after_abu():
    # batch 67: Abu Kabir for أبو حماد matched كبيرة ("large") elsewhere in the sentence
    ar = "تلقت الفرق بلاغات عن نفوق أعداد كبيرة من الدواجن في مزارع تابعة لمراكز بلبيس والزقازيق وأبو حماد."
    en = "Teams received reports of large numbers of poultry dying at farms in Belbeis, Zagazig and Abu {}."
    assert dict((t.text, hit) for t, hit in E.name_matches(ar, en.format("Hammad")))["Hammad"] is True
    assert dict((t.text, hit) for t, hit in E.name_matches(ar, en.format("Kabir")))["Kabir"] is False
    # the kunya in the genitive and a place written joined still match
    assert all(hit for _, hit in E.name_matches("نقلاً عن أبي عبيدة", "quoting Abu Ubaida"))
    assert all(hit for _, hit in E.name_matches("قال وزير الدفاع مرهف أبو قصرة", "Defence Minister Murhaf Abu Qasra said"))



def test_a_locality_names_its_place():
    # batch 68: محلية كرري = "Karari locality" (Sudan's unit of local government); Ombada in its place
    ar = "وسجّلت مراكز التغذية في محلية كرري وحدها ٣٤٠٠ حالة منذ مطلع يناير الماضي."
    en = "Nutrition centres in {} locality alone have recorded 3,400 cases since the start of January."
    assert [i for i in run(CHECK, make_pair(ar, en.format("Karari"))) if i.severity == "error"] == []
    swapped = make_pair(ar, en.format("Ombada"))
    assert [spans(i, swapped, "target") for i in run(CHECK, swapped) if i.severity == "error"] == [["Ombada"]]


def test_a_name_of_vowels_is_spelled_by_a_word_of_none(embedder):
    # batch 69: ضاية عوا = Dayet Aoua, a name without a consonant of a key: the embedder weighed it alone
    ctx = profiled(embedder)
    ar = ("وأفاد مصدر من السلطات المحلية بأن فرق الوقاية المدنية تمكنت من إنقاذ 23 شخصاً كانوا عالقين داخل سياراتهم "
          "على مستوى منعرجات ضاية عوا، من بينهم أربعة أطفال.")
    en = ("A local authority source said civil protection teams managed to rescue 23 people who had been stranded in "
          "their cars on the bends of Dayet Aoua, among them four children.")
    assert [i for i in run(CHECK, make_pair(ar, en), ctx) if "Aoua" in i.message] == []


def test_a_place_matched_by_a_name_is_no_rendering_of_another_place():
    # batch 69: بين أبوظبي ودبي against "Abu Dhabi-Al Ain": Dhabi (DB) renders أبوظبي, not دبي (DB) too
    ar = "«قطارات الاتحاد» تطلق خدمة نقل الركاب بين أبوظبي ودبي وتعلن أسعار التذاكر"
    swapped = make_pair(ar, "Etihad Rail launches Abu Dhabi-Al Ain passenger service, announces ticket prices")
    assert [spans(i, swapped, "source") for i in run(CHECK, swapped) if "Dubai" in i.message] == [["ودبي"]]
    assert run(CHECK, make_pair(ar, "Etihad Rail launches Abu Dhabi-Dubai passenger service, announces ticket prices")) == []
    # a place beside the match, with no "and", is a word of the same name (batch 71): المغرب العربي =
    # "Maghreb", المملكة العربية السعودية = "the Kingdom of Saudi Arabia"
    pair = make_pair("ولم تعد الجزائر تصدّر الغاز عبر أنبوب «المغرب العربي-أوروبا» منذ أكتوبر 2021.",
                     "Algeria has not exported gas through the Maghreb-Europe pipeline since October 2021.")
    assert [i for i in run(CHECK, pair) if "Arab" in i.message] == []
    pair = make_pair("وتلقت المنظمة إخطاراً من نقطة الاتصال الوطنية في المملكة العربية السعودية بشأن حالة مؤكدة.",
                     "The organization received a notification from the National Focal Point of the Kingdom of Saudi "
                     "Arabia of a confirmed case.")
    assert [i for i in run(CHECK, pair) if "Arab" in i.message] == []


def test_abu_joined_to_a_name_is_no_preposition_s_letter():
    # batch 70: بدبي ("to Dubai", BDB) spelled "Abu Dhabi" written joined (BDB): Abu Dhabi for Dubai was a miss
    ar = "وناشدت الشرطة السائقين التقيد بالسرعة على طريق الشيخ خليفة بن زايد الذي يربط الإمارة بدبي والشارقة."
    en = ("Police urged drivers to observe speed limits on Sheikh Khalifa bin Zayed Road, which links the emirate with "
          "{} and Sharjah.")
    assert dict((t.text, hit) for t, hit in E.name_matches(ar, en.format("Abu Dhabi")))["Dhabi"] is False
    assert dict((t.text, hit) for t, hit in E.name_matches("وصل الوفد إلى أبوظبي", "The delegation arrived in Abu Dhabi"))[
        "Dhabi"] is True
    assert dict((t.text, hit) for t, hit in E.name_matches("في مدينة بوسعادة", "in the town of Bou Saada"))["Saada"] is True


def test_a_place_s_nisba_in_awi_and_a_modern_common_word():
    # batch 70: زيت الزيتون السيناوي = "Sinai olive oil" (سيناء); "Psychotropic" of a law's title is a common word
    ar = "ويُعد زيت الزيتون السيناوي من أجود الأنواع على مستوى الجمهورية."
    assert [i for i in run(CHECK, make_pair(ar, "Sinai olive oil is regarded as among the finest in the country."))
            if i.severity != "info"] == []
    assert E.common_word("psychotropic")


def test_the_word_after_port_is_a_name_even_where_it_is_a_common_one():
    # batch 79: Ismailia -> Port Said (Said, a stop word, had left the swap unseen)
    assert [(t.text, strong) for t, strong in english_candidates("He met them in the city of Port Said.")] == [
        ("Port", False), ("Said", True)]
    assert run(CHECK, make_pair("وقع الانفجار في مدينة بورسعيد صباح الخميس.",
                                "The blast took place in Port Said on Thursday morning.")) == []
    pair = make_pair("والتقى الشاذلي في مدينة الإسماعيلية وفداً من الشركة.",
                     "El-Shazly met a delegation from the company in the city of Port Said.")
    assert ["Said"] in [spans(i, pair, "target") for i in run(CHECK, pair)]
    # (a common word after Port is none: the Tanger Med Port Authority, Customs and Port Security)
    assert [t.text for t, _ in english_candidates("the Director General of the Tanger Med Port Authority said")] == [
        "Tanger"]
    assert ("Security", True) not in [(t.text, strong) for t, strong in english_candidates(
        "in coordination with the Federal Authority for Identity, Citizenship, Customs and Port Security.")]


def test_a_feminine_noun_before_a_definite_one_writes_a_name_with_the_article():
    # batch 79: قلعة السراغنة = El Kelaa des Sraghna (definite by its construct)
    assert run(CHECK, make_pair("في إقليمي الحوز وقلعة السراغنة", "in the provinces of Al Haouz and El Kelaa des Sraghna")) == []


@pytest.mark.parametrize("ar, en", [
    # batch 80: عز الدين = Ezzeddine, written as one word (as Nasrallah is نصر الله)
    ("وقال رئيس البلدية أحمد عز الدين الحجيري إن الشبكة سليمة.",
     "The head of the municipality, Ahmad Ezzeddine al-Hujeiri, said the network was sound."),
    # القوة القاهرة = "force majeure", not Cairo
    ("وأعلنت المؤسسة حالة القوة القاهرة على الشحنات من الميناء.",
     "The corporation declared force majeure on shipments from the port."),
    # batch 111: دول الخليج العربي = "the Gulf states", not Arab
    ("وكانت معظم الحاويات محمّلة بالخضار والفواكه المصدّرة إلى دول الخليج العربي.",
     "Most containers were loaded with vegetables and fruit exported to the Gulf states."),
    # a Moroccan bank's French name: القرض الفلاحي للمغرب = Crédit Agricole du Maroc
    ("وإعادة جدولة ديون صغار الفلاحين لدى مجموعة القرض الفلاحي للمغرب.",
     "and the rescheduling of small farmers' debts with the Credit Agricole du Maroc group."),
])
def test_a_din_compound_force_majeure_and_a_french_country_name(ar, en):
    assert run(CHECK, make_pair(ar, en)) == []


@pytest.mark.parametrize("ar, en", [
    # batch 81: أبو العلا = Abulela, the kunya written as one word in English
    ("وقالت الدكتورة منى أبو العلا، مديرة الإدارة، إن الاحتياطي ارتفع.",
     "Dr Mona Abulela, the department's director, said reserves rose."),
    # batch 82: بن الطيب = Bentayeb, a "son of" written as one word
    ("وقال عبد الرحيم بن الطيب إن النتائج جيدة.", "Abderrahim Bentayeb said the results were good."),
    # وآل شبوان = "and Al Shabwan": the link آل keeps its conjunction
    ("بين قبيلتي آل مراد وآل شبوان في المنطقة.", "between the Al Murad and Al Shabwan tribes in the area."),
])
def test_a_kunya_written_as_one_word_and_a_family_after_wa_al(ar, en):
    assert run(CHECK, make_pair(ar, en)) == []
    assert run(CHECK, make_pair(ar, en.replace("Abulela", "Abuzeid").replace("Shabwan", "Shammari")
                                      .replace("Bentayeb", "Benkirane"))) != []


@pytest.mark.parametrize("ar, en", [
    ("وكان زوج الضحية، عبد الرحيم العلوي، قد تقدم بدعوى.", "The victim's husband, Abderrahim El Alaoui, had filed a lawsuit."),
    ("وقعت الشركة عقداً مع مجموعة دايو الكورية.", "The company signed a contract with South Korea's Daewoo group."),
    ("وقالت الطبيبة مايا حداد إن الحالات تراجعت.", "Dr Maya Haddad said cases had declined."),
    ("وقال المهندس لؤي الخطيب إن الأعمال ستنتهي قريباً.", "Engineer Louay al-Khatib said the works would end soon."),
])
def test_a_name_of_one_consonant_is_judged_by_its_semivowels(ar, en):
    assert [i for i in run(CHECK, make_pair(ar, en)) if i.severity != "info"] == []


@pytest.mark.parametrize("ar, en, swapped_ar", [
    # batch 119: a name of no consonant but its semivowels (Owaiwi: W) is looked up by them
    ("من جهتها، قالت مديرة دائرة الصيدلة الدكتورة ريم العويوي إن نسبة الأصناف المفقودة بلغت 42 في المئة.",
     "For her part, the director of the pharmacy department, Dr. Reem al-Owaiwi, said the share of missing items "
     "had reached 42 percent.", "الخطيب"),
    # batch 119: a first part with a final h before -eddin writes its ح (Salaheddin = صلاح الدين)
    ("من جانبه، أكد مدير الإعلام في جهاز المشروع المهندس صلاح الدين الفلاح أن فرق الصيانة تعمل على مدار الساعة.",
     "For his part, the project authority's media director, Eng. Salaheddin al-Fallah, said maintenance teams "
     "were working around the clock.", "نور"),
])
def test_a_name_of_semivowels_only_and_a_din_compound_after_h(ar, en, swapped_ar, embedder):
    ctx = profiled(embedder)
    assert [i for i in run(CHECK, make_pair(ar, en), ctx) if i.severity != "info"] == []
    swapped = ar.replace("العويوي", swapped_ar).replace("صلاح", swapped_ar)
    assert [i.severity for i in run(CHECK, make_pair(swapped, en), ctx) if i.severity != "info"] == ["error"]


def test_a_swap_for_a_name_of_one_consonant_is_found():
    # batches 78 and 84: El Idrissi -> El Alaoui went unseen (Alaoui's key is L); its semivowels make it LW
    assert E._semivowel_key_latin("alaoui") == "LW"
    pair = make_pair("وكان زوج الضحية، عبد الرحيم الإدريسي، قد تقدم بدعوى.",
                     "The victim's husband, Abderrahim El Alaoui, had filed a lawsuit.")
    assert [spans(i, pair, "target") for i in run(CHECK, pair)] == [["Alaoui"]]
    # (على, a preposition, spells no Olaya: batch 77's Al-Malaz -> Al-Olaya)
    pair = make_pair("في مؤتمر صحفي عقده بمقر المشروع في حي الملز، وأكد على أهمية المشروع.",
                     "at a press conference at the project's headquarters in Al-Olaya district, stressing the project's importance.")
    assert [spans(i, pair, "target") for i in run(CHECK, pair)] == [["Olaya"]]
    # (a contraction opening a sentence is no name: You're = YR)
    assert run(CHECK, make_pair("أنت محق.", "You're right.")) == []


@pytest.mark.parametrize("ar, faithful, swapped, name", [
    # batch 88: a word of three letters that the article or Abu writes as a name is looked up
    ("وتركز الحملة على أقضية الزبير وأبي الخصيب والفاو وشط العرب.",
     "The campaign focuses on the districts of Al-Zubair, Abu Al-Khasib, Al-Faw and Shatt Al-Arab.",
     "The campaign focuses on the districts of Al-Zubair, Abu Al-Khasib, Al-Zab and Shatt Al-Arab.", "Zab"),
    ("أحيلت الحالات إلى وحدات علاج الكبد في أسيوط الجديدة وأبو تيج.",
     "Cases were referred to liver treatment units in New Assiut and Abu Tig.",
     "Cases were referred to liver treatment units in New Assiut and Abu Kir.", "Kir"),
])
def test_a_name_of_three_letters_after_the_article_or_abu_is_looked_up(ar, faithful, swapped, name):
    assert [i for i in run(CHECK, make_pair(ar, faithful)) if i.severity != "info"] == []
    pair = make_pair(ar, swapped)
    assert [spans(i, pair, "target") for i in run(CHECK, pair) if i.severity != "info"] == [[name]]


def test_a_country_director_is_a_title():
    # batch 88: "WFP Country Director" = المدير القطري لبرنامج الأغذية العالمي
    ar = "وقال المدير القطري لبرنامج الأغذية العالمي في اليمن ماركو فيراري إن الفرق وزعت الطحين."
    en = "WFP Country Director for Yemen Marco Ferrari said the teams had distributed flour."
    assert [i for i in run(CHECK, make_pair(ar, en)) if i.severity != "info"] == []


def test_the_office_after_a_spokesmans_title_is_no_name():
    # batch 89 (and 73, 80, 83): المتحدث الرسمي لوزارة الصحة الدكتور ماجد = "Ministry of Health spokesman Dr Majed"
    ar = "وأوضح المتحدث الرسمي لوزارة الصحة الدكتور ماجد الشهري أن الحالات الأربع سجلت لدى رجال."
    en = "Ministry of Health spokesman Dr. Majed Al-Shehri said the four cases were recorded in men."
    assert [i for i in run(CHECK, make_pair(ar, en)) if i.severity != "info"] == []


@pytest.mark.parametrize("ar, en, swapped, name", [
    # batch 91: a dh between vowels may be d then h (Adham = أدهم), not ذ
    ("نفى معاون وزير الكهرباء، المهندس أدهم بلان، أن تكون الوزارة بصدد رفع التعرفة.",
     "Assistant Minister of Electricity Eng. Adham Ballan denied that the ministry was planning to raise tariffs.",
     "Assistant Minister of Electricity Eng. Ayman Ballan denied that the ministry was planning to raise tariffs.",
     "Ayman"),
    # batch 91: a nasal cluster Arabic opens with an alif (Ndiaye = انداي)
    ("وقالت ممثلة اليونيسف، السيدة ماري كلير انداي، إن الضغط ازداد على المرافق الصحية.",
     "UNICEF's representative, Marie-Claire Ndiaye, said pressure on health facilities had increased.",
     "UNICEF's representative, Marie-Claire Diallo, said pressure on health facilities had increased.", "Diallo"),
])
def test_names_whose_spelling_hides_a_letter(ar, en, swapped, name, embedder):
    with_model = profiled(embedder)
    assert [i for i in run(CHECK, make_pair(ar, en), with_model) if i.severity != "info"] == []
    pair = make_pair(ar, swapped)
    assert [spans(i, pair, "target") for i in run(CHECK, pair, with_model) if i.severity != "info"] == [[name]]


def test_a_dh_or_th_between_vowels_is_read_as_two_letters_too():
    # Adham = أدهم (DHM), Fathi = فتحي (FTH): besides ذ and ث (DM, FT)
    assert {"DM", "DHM"} <= E._english_keys("adham") and {"FT", "FTH"} <= E._english_keys("fathi")


@pytest.mark.parametrize("ar, en, faithful, swapped", [
    # a dictionary word after a personal title, and the one after it, are a person's names
    ('وقالت المسؤولة في مكتب المنظمة في القدس الدكتورة هانا شولتز إن النظام الصحي في غزة "على حافة الانهيار".',
     'Dr Hanna {}, an official at the organisation\'s office in Jerusalem, said that the health system in Gaza is '
     '"on the verge of collapse."', "Schultz", "Weber"),
    # a dictionary word (testour ~ testor) named by a kind of settlement, and a prison of a list
    ("وطالت النيران غابات الفلين في معتمديات عين دراهم وطبرقة وفرنانة من ولاية جندوبة، ومعتمدية نفزة من ولاية باجة.",
     "The flames affected cork forests in the delegations of Ain Draham, Tabarka and Fernana in Jendouba "
     "governorate, and the delegation of {} in Béja governorate.", "Nefza", "Testour"),
    ("وفحصت الفرق الطبية ٤٨٥٠ سجيناً في سجون المرناقية وبرج الرومي والهوارب.",
     "Medical teams screened 4,850 prisoners in the Mornaguia, {} and Haouareb prisons.", "Borj El Roumi", "Messaadine"),
])
def test_swaps_of_batches_93_and_94(ar, en, faithful, swapped, embedder):
    assert_swap_is_one_error(ar, en, faithful, swapped, swapped, embedder)


@pytest.mark.parametrize("ar, en", [
    # Al Saada (السعادة, in Salalah) is no Saada (صعدة): the gazetteer writes that place without the article
    ("أجلت الفرق 37 أسرة من منازلها في منطقتي عوقد والسعادة بصلالة بعد أن غمرتها المياه.",
     "Teams evacuated 37 families from their homes in the Awqad and Al Saada areas of Salalah after they were flooded."),
    # Awadhi's dh is the ض of العوضي: its one consonant read with its semivowel (WD)
    ("وعزت العوضي ضعف الإقبال إلى الخوف من نتيجة الفحص.", "Al-Awadhi attributed the low uptake to fear of the test result."),
    # the second word of a Hijri month is the dates' business
    ("في جلسة مقررة يوم الخميس 27 نوفمبر 2025، الموافق لـ6 جمادى الثانية 1447 هـ.",
     "at a session scheduled for Thursday, 27 November 2025, corresponding to 6 Jumada al-Akhirah 1447 AH."),
    # a genus health news names alone is translated (البعوض الزاعج)
    ("وتستهدف الحملة البعوض الزاعج الناقل للمرض وأماكن تكاثره في المياه الراكدة.",
     "The campaign targets the Aedes mosquito that transmits the disease and its breeding sites in stagnant water."),
    # a word after a sheikh's name that a kind of place follows is that place's translated name
    ("إضافة إلى تأهيل مطحنتين في منطقة الراموسة ومدينة الشيخ نجار الصناعية.",
     "in addition to the rehabilitation of two mills in the Ramouseh area and the Sheikh Najjar Industrial City."),
])
def test_faithful_names_of_batches_93_and_94(ar, en):
    assert [i for i in run(CHECK, make_pair(ar, en)) if i.severity != "info"] == []


def test_al_before_a_place_written_without_the_article_is_still_checked():
    pair = make_pair("أجلت الفرق 37 أسرة من منازلها في منطقتي عوقد والسعادة بصلالة بعد أن غمرتها المياه.",
                     "Teams evacuated 37 families from their homes in the Awqad and Al Hafa areas of Salalah.")
    assert [spans(i, pair, "target") for i in run(CHECK, pair) if i.severity == "error"] == [["Hafa"]]


@pytest.mark.parametrize("ar, en, faithful, swapped", [
    # a province the gazetteer lacked: Muthanna matched ميسان by a fuzzy key
    ("وقال المتحدث إن ذي قار تتصدر المحافظات العراقية من حيث عدد الإصابات هذا العام، تليها محافظتا البصرة وميسان.",
     "The spokesman said that Dhi Qar tops Iraq's governorates in the number of cases this year, followed by the "
     "governorates of Basra and {}.", "Maysan", "Muthanna"),
    # an Egyptian markaz is a district
    ("وفي سوهاج، قرر وكيل وزارة التربية والتعليم بالمحافظة، عادل فتحي، تعليق الدراسة لمدة يومين في ثلاث مدارس "
     "ابتدائية بمركز طهطا، بعد ظهور أكثر من عشرين حالة بين تلاميذها خلال أسبوع واحد.",
     "In Sohag, the governorate's education undersecretary, Adel Fathy, decided to suspend classes for two days at "
     "three primary schools in {} district after more than twenty cases appeared among their pupils within a single "
     "week.", "Tahta", "Akhmim"),
])
def test_swaps_of_batch_95(ar, en, faithful, swapped, embedder):
    assert_swap_is_one_error(ar, en, faithful, swapped, swapped, embedder)


def test_an_unknown_institution_whose_words_the_arabic_does_not_render_is_an_error():
    ar = "وتعود وقائع الملف إلى سنة 2019، حين رصد تقرير للمجلس الأعلى للحسابات اختلالات في صفقات تهيئة الطرق."
    en = "The facts of the case date back to 2019, when a report by the {} identified irregularities in road contracts."
    assert [i for i in run(CHECK, make_pair(ar, en.format("High Court of Accounts"))) if i.severity == "error"] == []
    pair = make_pair(ar, en.format("General Inspectorate of Territorial Administration"))
    assert [i.severity for i in run(CHECK, pair) if i.severity in ("error", "warning")] == ["error"]


@pytest.mark.parametrize("ar, en", [
    ("تلتها الجالية المصرية ثم البنغلاديشية والفلبينية والسريلانكية.",
     "followed by the Egyptian community, then the Bangladeshi, Filipino and Sri Lankan communities."),
    ("ضربت موجة الصقيع منطقة وادي الأردن والأغوار الشمالية في منتصف كانون الأول.",
     "The frost wave hit the Jordan Valley area and the Northern Ghor in mid-December."),
    # the place of a disease's name: Arabic may drop it (الحمى النزفية الكونغولية) or translate it
    ("أعلنت الوزارة تسجيل 23 إصابة مؤكدة بالحمى النزفية الكونغولية في محافظة ذي قار.",
     "The ministry announced 23 confirmed cases of Crimean-Congo haemorrhagic fever in Dhi Qar governorate."),
    ("أعلنت الوزارة تفشي حمى الوادي المتصدع في ولاية سنار.", "The ministry announced an outbreak of Rift Valley fever in Sennar state."),
])
def test_faithful_names_of_batch_95(ar, en, embedder):
    assert [i for i in run(CHECK, make_pair(ar, en), profiled(embedder)) if i.severity in ("error", "warning")] == []


def test_a_meeting_is_no_province():
    # batch 96: بلقاء العراق = "against Iraq" (ب + لقاء "a meeting"), no البلقاء without its article
    ar = "قبل أن يختتم المنتخب مبارياته لهذا العام بلقاء العراق في مدينة البصرة في الخامس من كانون الأول."
    en = "before the team ends its matches for this year against Iraq in the city of Basra on 5 December."
    assert run(CHECK, make_pair(ar, en)) == []


def test_a_family_name_spelled_only_by_words_away_from_its_given_name_is_a_swap(embedder):
    # batch 97: Al-Majali for العبادي matched المجالس "the councils" loosely, far from خالد
    ar = ('وقال مدير مرصد المشاركة المدنية، خالد العبادي، إن "ضعف ثقة المواطنين بقدرة المجالس المحلية على تقديم '
          'الخدمات هو السبب الأبرز لعزوف الناخبين"، مطالبا بحملات توعية تستهدف الشباب في المحافظات.')
    en = ("The director of the Civic Participation Observatory, Khaled {}, said that \"citizens' weak confidence in the "
          "ability of local councils to deliver services is the main reason for voters' reluctance,\" calling for "
          "awareness campaigns targeting young people in the governorates.")
    assert_swap_is_one_error(ar, en, "Al-Abbadi", "Al-Majali", "Majali", embedder)
    # batch 99: Kfar Kila = كفركلا, one word of the Arabic (Kila matched قائلا "saying", far from it)
    ar = ("ورفض عطوي آلية تقدير الأضرار المعتمدة، قائلا إن لجان الكشف لم تزر عشرات القرى الحدودية مثل عيتا الشعب "
          "والخيام وكفركلا بسبب استمرار القصف.")
    en = ("Atwi rejected the damage assessment mechanism that was adopted, saying that the inspection committees had "
          "not visited dozens of border villages such as Aita al-Shaab, Khiam and Kfar Kila because of the continued "
          "shelling.")
    assert [i for i in run(CHECK, make_pair(ar, en), profiled(embedder)) if i.severity != "info"] == []


def test_ahmadi_is_a_governorate(embedder):
    # batch 98: the Ahmadi Educational District for منطقة الجهراء التعليمية
    ar = ('قالت أم عبدالله، وهي والدة طالب في منطقة الجهراء التعليمية، إن "الطلبة ليسوا مسؤولين عن الخطأ".')
    en = 'Umm Abdullah, the mother of a student in the {} Educational District, said that "students are not responsible."'
    assert [i for i in run(CHECK, make_pair(ar, en.format("Jahra")), profiled(embedder)) if i.severity != "info"] == []
    pair = make_pair(ar, en.format("Ahmadi"))
    assert ("error", ["Ahmadi"]) in [(i.severity, spans(i, pair, "target")) for i in run(CHECK, pair, profiled(embedder))]


def test_a_ha_inside_a_word_is_a_consonant_where_the_name_has_no_h(embedder):
    # batch 114: Bubiyan put in place of فيلكا matched بنحو ("about") once its ح was dropped
    ar = ("ويأتي هذا الإعلان بعد أشهر من اكتشاف حقل النوخذة البحري قرب جزيرة فيلكا في يوليو 2024، والذي قُدرت احتياطياته "
          "بنحو 3.2 مليار برميل من النفط الخفيف.")
    en = ("The announcement comes months after the discovery of the Al-Nokhatha offshore field near {} Island in July "
          "2024, whose reserves were estimated at about 3.2 billion barrels of light oil.")
    assert_swap_is_one_error(ar, en, "Failaka", "Bubiyan", "Bubiyan", embedder)
    # a name with an h still reads the ح (Fathy = فتحي)
    assert dict((t.text, m) for t, m in name_matches("قال عادل فتحي", "said Adel Fathy"))["Fathy"] is True


@pytest.mark.parametrize("ar, en, faithful, swapped", [
    # batch 112: Garowe written جروي (the gazetteer's غاروي: any letter of a g), four faithful errors
    ("وأعلن أنه سيستأنف الحكم أمام محكمة الاستئناف في جروي خلال 30 يوماً.",
     "He announced that he would appeal the ruling before the Court of Appeal in {} within 30 days.", "Garowe", "Bosaso"),
    # batch 115: Garowe written غرووي; batch 116: Tagant for إينشيري (a warning)
    ("وفي غرووي، عاصمة ولاية بونتلاند، قال مدير الزراعة في الولاية إن المزارعين جربوا زراعة السمسم.",
     "In {}, the capital of Puntland State, the state's director of agriculture said farmers had tried growing sesame.",
     "Garowe", "Bosaso"),
    ("وأكد أن الوكالة ستصدر تقريراً مماثلاً عن ولايتي تيرس زمور وإينشيري قبل نهاية السنة الجارية.",
     "He said the agency will issue a similar report on the regions of Tiris Zemmour and {} before the end of the "
     "current year.", "Inchiri", "Tagant"),
    # batch 112: Ashdod = أسدود, Obock = أبخ (faithful errors); batch 112: Atar for روصو, no finding
    ("ولفت إلى أن الشاحنات القادمة من ميناء أسدود تنتظر أحياناً أكثر من 12 ساعة قبل السماح لها بالدخول.",
     "He pointed out that trucks coming from the port of {} sometimes wait more than 12 hours before being allowed in.",
     "Ashdod", "Haifa"),
    ("وفي إقليم أبخ، أشرف المدير الإقليمي للصحة على افتتاح ثلاث نقاط للتبرع.",
     "In the {} region, the regional health director oversaw the opening of three donation points.", "Obock", "Tadjourah"),
    ("إلا أنها رفعت مستوى التأهب في نواذيبو وأطار تحسباً لانتشار المرض.",
     "but it has raised the level of alert in Nouadhibou and {} in anticipation of the disease spreading.",
     "Atar", "Rosso"),
    # batch 113: Khenifra for إفران, batch 114: Haidariya for المشخاب (warnings)
    ("وأشار إلى أن جميع المواد تم جلبها من مقالع تقليدية بإقليمي صفرو وإفران.",
     "He noted that all materials had been brought from traditional quarries in the provinces of Sefrou and {}.",
     "Ifrane", "Khenifra"),
    ("وأوضح أن المسح شمل 3600 أسرة في مركز المحافظة وأقضية الكوفة والمناذرة والمشخاب.",
     "He explained that the survey covered 3,600 households in the provincial capital and the districts of Kufa, "
     "Manathira and {}.", "Mishkhab", "Haidariya"),
])
def test_places_of_the_read_batches_112_to_116(ar, en, faithful, swapped, embedder):
    assert_swap_is_one_error(ar, en, faithful, swapped, swapped, embedder)


@pytest.mark.parametrize("ar, en", [
    # أطار (Atar) is written as إطار, "framework"; إفران (Ifrane) as أفران, "ovens" (batch 117)
    ("وذلك في إطار خطة وطنية لمكافحة المرض.", "This is part of a national plan to fight the disease."),
    ("غير أن أصحاب الأفران يشكون من ارتفاع كلفة النقل بنسبة 40 في المئة.",
     "However, bakery owners complain that transport costs have risen by 40 percent."),
])
def test_places_written_as_common_words_are_no_places_left_out(ar, en, embedder):
    assert run(CHECK, make_pair(ar, en), profiled(embedder)) == []


def test_a_country_the_arabic_leaves_implied_by_the_compass_or_the_country_level(embedder):
    # batch 112: محافظ الشمال = "the governor of North Lebanon", in a story of Lebanon
    story = make_pair("أصدرت محكمة في لبنان حكما بسجن رئيس بلدية سابق.", "A court in Lebanon sentenced a former mayor to prison.")
    ar = "وكان محافظ الشمال قد أحال الملف إلى النيابة العامة المالية في شهر آذار 2021."
    en = "The governor of North {} had referred the case to the Financial Public Prosecution in March 2021."
    assert [i for i in run(CHECK, [story, make_pair(ar, en.format("Lebanon"))], profiled(embedder))
            if i.severity != "info"] == []
    pair = make_pair(ar, en.format("Syria"))
    assert [(i.severity, spans(i, pair, "target")) for i in run(CHECK, [story, pair], profiled(embedder))
            if i.severity != "info"] == [("error", ["Syria"])]
    # batch 113: على مستوى سوريا = "nationwide" (and "Rural Damascus" = ريف دمشق)
    ar = "وحصل 312 طالباً على العلامة التامة على مستوى سوريا، بينهم 9 طلاب من ريف دمشق."
    en = "A total of 312 students {} obtained full marks, including 9 students from Rural Damascus."
    assert [i for i in run(CHECK, make_pair(ar, en.format("nationwide")), profiled(embedder)) if i.severity != "info"] == []
    pair = make_pair(ar, en.format("in Lebanon"))
    assert ("error", ["Lebanon"]) in [(i.severity, spans(i, pair, "target")) for i in run(CHECK, pair, profiled(embedder))]


def test_a_compound_with_allah_written_as_two_words_after_the_article_matches(embedder):
    # batch 116: الدكتور خالد العبد الله = "Dr Khaled al-Abdullah", a loose match the embedder undid
    from amanah.checks.entities import _ArabicSide, _loosely_matched, _match_names

    ar = "وفي تدمر، أفاد رئيس المركز الصحي في المدينة الدكتور خالد العبد الله بأن الحملة هي الأولى من نوعها في المدينة."
    en = "In Palmyra, the head of the city's health centre, Dr Khaled {}, said the campaign is the first of its kind in the city."
    side = _ArabicSide.of(ar)
    (name,) = [n for n in _match_names(side, en.format("al-Abdullah"), 3) if n.word == "abdullah"]
    assert not _loosely_matched(name, en.format("al-Abdullah"), side)
    assert_swap_is_one_error(ar, en, "al-Abdullah", "al-Hamwi", "Hamwi", embedder)


def test_a_demonym_of_djibouti(embedder):
    # batch 116: 40 فرنكاً جيبوتياً = "40 Djiboutian francs" (the gazetteer had no Djiboutian)
    ar = "ارتفع سعر الخبز من 40 فرنكاً جيبوتياً إلى 60 فرنكاً."
    en = "The price of bread rose from 40 {} francs to 60 francs."
    assert [i for i in run(CHECK, make_pair(ar, en.format("Djiboutian")), profiled(embedder)) if i.severity != "info"] == []
    pair = make_pair(ar, en.format("Ethiopian"))
    assert [(i.severity, spans(i, pair, "source")) for i in run(CHECK, pair, profiled(embedder))] == [("error", ["جيبوتياً"])]


def test_the_state_of_a_gulf_story_is_its_country(embedder):
    # batch 115: داخل الدولة وخارجها = "in Qatar and abroad", in a story of Qatar
    story = make_pair("أعلنت وزارة التربية في قطر نتائج الثانوية العامة.", "Qatar's Ministry of Education announced the "
                      "results of the secondary school exams.")
    ar = "كما ستمنح الوزارة 150 منحة دراسية للطلبة الأوائل لاستكمال دراستهم الجامعية داخل الدولة وخارجها."
    en = "The ministry will also award 150 scholarships to the top students to pursue their university studies in {} and abroad."
    assert [i for i in run(CHECK, [story, make_pair(ar, en.format("Qatar"))], profiled(embedder))
            if i.severity != "info"] == []
    pair = make_pair(ar, en.format("Kuwait"))
    assert [(i.severity, spans(i, pair, "target")) for i in run(CHECK, [story, pair], profiled(embedder))
            if i.severity != "info"] == [("error", ["Kuwait"])]


def test_a_family_name_matched_only_before_its_given_name_is_astray(embedder):
    # batch 115: Abderrahim El Alami for عبد الرحيم الإدريسي, Alami spelled by the العام of الوكيل العام before it
    ar = ("غير أن ممثل النيابة العامة، الوكيل العام للملك عبد الرحيم الإدريسي، اعتبر أن الخبرة التقنية أثبتت أن 62 "
          "بالمائة من الأشغال المؤدى عنها لم تنجز أصلًا.")
    en = ("However, the representative of the public prosecution, Prosecutor General Abderrahim El {}, argued that the "
          "technical assessment had shown that 62 percent of the works paid for had never been carried out.")
    assert_swap_is_one_error(ar, en, "Idrissi", "Alami", "Alami", embedder)


def test_basras_districts_and_the_fao_and_a_story_countrys_committees(embedder):
    # batch 121: Faw put in place of الزبير (Zubair) among Basra's districts; neither was in the gazetteer
    ar = "شمل الانقطاع مركز المحافظة وأقضية الزبير وأبي الخصيب وشط العرب والقرنة."
    faithful = "The outage covered the provincial centre and the districts of Zubair, Abu al-Khasib, Shatt al-Arab and Qurna."
    assert run(CHECK, make_pair(ar, faithful), profiled(embedder)) == []
    pair = make_pair(ar, faithful.replace("Zubair", "Faw"))
    found = run(CHECK, pair, profiled(embedder))
    assert ("error", ["Faw"]) in [(i.severity, spans(i, pair, "target")) for i in found]
    # الفاو is also how Arabic writes the FAO: it confirms Faw but is never reported missing
    fao = make_pair("حذرت الفاو من نقص الغذاء في السودان.", "The Food and Agriculture Organization warned of food shortages in Sudan.")
    assert run(CHECK, fao, profiled(embedder)) == []
    # the country of a story's towns is the story's own: an organisation's English name (a plural head
    # noun too) may carry it where the Arabic leaves it implied, a warning at most (an error before)
    doc = [make_pair("وتركزت الاعتداءات في قرى جنوب نابلس.", "The attacks were concentrated in villages south of Nablus."),
           make_pair("ودعت الإغاثة الزراعية المتطوعين إلى المشاركة في حملة لمساندة المزارعين في المناطق المهددة.",
                     "The Palestinian Agricultural Relief Committees called on volunteers to take part in a campaign "
                     "to support farmers in threatened areas.")]
    assert [(i.alignment, i.severity) for i in run(CHECK, doc, profiled(embedder))] in ([], [(doc[1].alignment, "warning")])
    assert [i.severity for i in run(CHECK, doc[1:], profiled(embedder))] == ["error"]


def test_a_place_before_a_matched_family_name_is_a_given_name_its_arabic_spells(embedder):
    # batch 122: Sanaa Ouadghiri = سناء الودغيري, no صنعاء the Arabic lacks
    ar = "واعتبرت الخبيرة في النقل، سناء الودغيري، أن البراق غيّر عادات التنقل بين المدن."
    en = "Sanaa Ouadghiri, a transport expert, said that Al Boraq had changed patterns of travel between cities."
    assert run(CHECK, make_pair(ar, en), profiled(embedder)) == []
    # another given name in its place is still a name without counterpart
    pair = make_pair(ar.replace("سناء", "هدى"), en)
    assert "Sanaa" in [t for i in run(CHECK, pair, profiled(embedder)) for t in spans(i, pair, "target")]
    # the family name may follow with its article (batch 126: teacher Sanaa al-Khatib = المعلمة سناء الخطيب)
    assert run(CHECK, make_pair("وقالت المعلمة سناء الخطيب إن أسرتها لن تشتري هذا العام سوى تنكة واحدة.",
                                "Teacher Sanaa al-Khatib said her family would buy only one tin this year."),
               profiled(embedder)) == []


def test_a_place_that_is_a_common_word_names_no_country_of_the_story(embedder):
    # المدينة is "the city" as often as Medina: it makes no story Saudi Arabia's, whose demonym the English
    # may then add before any noun where the Arabic says مواطن (found on tico19's name swaps with a first version of the batch 121 rule)
    doc = [make_pair("وقال رئيس بلدية المدينة إن الطرق أغلقت بسبب الأمطار.", "The mayor of the city said the roads were closed by the rain."),
           make_pair("ودعا المعلمين المواطنين إلى البقاء في منازلهم.", "He urged Saudi teachers to stay at home.")]
    assert "Saudi" in [t for i in run(CHECK, doc, profiled(embedder)) for t in spans(i, doc[1], "target")]
    # a town that is no common word does: "Kuwaiti teachers" = المعلمين المواطنين in a story of Jahra
    doc = [make_pair("وقال محافظ الجهراء إن الطرق أغلقت بسبب الأمطار.", "The governor of Jahra said the roads were closed by the rain."),
           make_pair("ودعا المعلمين المواطنين إلى البقاء في منازلهم.", "He urged Kuwaiti teachers to stay at home.")]
    assert run(CHECK, doc, profiled(embedder)) == []


def test_french_head_nouns_of_maghreb_bodies_and_egypts_tunnels_authority(embedder):
    # batch 123: Entreprise Métro d'Alger = مؤسسة مترو الجزائر; the National Authority for Tunnels = الهيئة القومية للأنفاق
    for ar, en in (("وأوضح مدير المشروع بمؤسسة مترو الجزائر أن الأشغال تقدمت.",
                    "The project director at Entreprise Métro d'Alger said the works had progressed."),
                   ("وأوضحت الهيئة القومية للأنفاق أن الأعمال نُفذت بواسطة تحالف يضم شركة المقاولون العرب.",
                    "The National Authority for Tunnels said the works were carried out by a consortium comprising The Arab Contractors.")):
        # (a capitalised word of a foreign language may stay a warning where the embedder finds it foreign)
        assert "error" not in [i.severity for i in run(CHECK, make_pair(ar, en), profiled(embedder))]


def test_a_dateline_of_the_storys_country_and_damascuss_districts(embedder):
    # batch 124: "KUWAIT CITY –" opening a story of Kuwait is the translator's dateline, no added name
    doc = [make_pair("قررت محكمة الجنايات تأجيل محاكمة وكيل وزارة مساعد سابق في قضية رشوة.",
                     "KUWAIT CITY – The Criminal Court postponed the trial of a former assistant undersecretary in a bribery case."),
           make_pair("وقال محامي المتهم الكويتي إن موكله بريء.", "The Kuwaiti defendant's lawyer said his client was innocent.")]
    assert [i for i in run(CHECK, doc, profiled(embedder)) if i.severity == "error"] == []
    # ... another country there is still a name the Arabic lacks
    doc[0] = make_pair(doc[0].text("source"), doc[0].text("target").replace("KUWAIT CITY", "DOHA"))
    assert "error" in [i.severity for i in run(CHECK, doc, profiled(embedder))]
    # Jaramana put in place of المزة (Mezzeh), both of Damascus (المزة is also the mezze: never reported missing)
    ar = "وفي جولة على عدد من الأفران في أحياء الميدان والمزة وركن الدين، شاهد مراسلنا طوابير طويلة."
    en = "On a tour of several bakeries in the Midan, {} and Rukn al-Din neighbourhoods, our correspondent saw long queues."
    assert [i for i in run(CHECK, make_pair(ar, en.format("Mezzeh")), profiled(embedder)) if i.severity == "error"] == []
    pair = make_pair(ar, en.format("Jaramana"))
    assert ("error", ["Jaramana"]) in [(i.severity, spans(i, pair, "target")) for i in run(CHECK, pair, profiled(embedder))]


def test_a_south_lebanon_town_swapped_away(embedder):
    # batch 125: Bayada put in place of الناقورة (Naqoura), which the gazetteer lacked
    ar = "ويشكو الصيادون من أن القيود المفروضة على الإبحار جنوبًا باتجاه الناقورة ما زالت تحرمهم من أغنى مناطق الصيد."
    en = "Fishermen complain that restrictions on sailing south towards {} are still keeping them out of the richest fishing grounds."
    assert [i for i in run(CHECK, make_pair(ar, en.format("Naqoura")), profiled(embedder)) if i.severity != "info"] == []
    pair = make_pair(ar, en.format("Bayada"))
    assert "error" in [i.severity for i in run(CHECK, pair, profiled(embedder))]


def test_the_delivered_crop_is_no_muslim_and_the_popular_mobilisation_authority(embedder):
    # batch 127: محصوله المسلّم = "his delivered crop" (no Muslim); هيئة الحشد الشعبي = the Popular Mobilisation Authority
    for ar, en in (("واشتكى من تأخر صرف مستحقات الفلاحين عن محصوله المسلّم منذ أكثر من شهرين.",
                    "He complained about delays in paying farmers for the crop he delivered more than two months ago."),
                   ("وشاركت قوات من هيئة الحشد الشعبي في تأمين الطرق المؤدية إلى المدينة.",
                    "Forces of the Popular Mobilisation Authority took part in securing the roads leading to the city.")):
        assert [i for i in run(CHECK, make_pair(ar, en), profiled(embedder)) if i.severity == "error"] == [], en


def test_the_arab_gulf_a_corniche_and_a_street_of_merchants(embedder):
    # batch 128: الخليج العربي = the "Arab Gulf" (the adjective confirms Arab, never reported missing);
    # كورنيش القواسم = "Al Qawasim Corniche", the head noun right after the name it governs
    for ar, en in (("تليها أسواق الخليج العربي وشرق أفريقيا.", "They are followed by the markets of the Arab Gulf and East Africa."),
                   ("وتليها أسواق الخليج العربي وشرق أفريقيا.", "They are followed by the markets of the Gulf and East Africa."),
                   ("نظمت الهيئة عرضًا على كورنيش القواسم شاركت فيه طائرة.",
                    "The authority organised a show on Al Qawasim Corniche featuring a drone.")):
        assert [i for i in run(CHECK, make_pair(ar, en), profiled(embedder)) if i.severity == "error"] == [], en
    # شارع التجار = "Tujjar Street": elsewhere التجار are "the traders", no Tujjar left out beside "Commerce"
    doc = [make_pair("وطال الحريق 22 محلًا في شارع التجار.", "The fire affected 22 shops on Tujjar Street."),
           make_pair("وأعلنت وزارة الصناعة والتجارة أنها ستقدم الدعم للتجار المتضررين.",
                     "The Ministry of Industry and Commerce announced that it will provide support to the affected traders.")]
    assert [i for i in run(CHECK, doc, profiled(embedder)) if i.severity == "error"] == []


def test_sudans_ishag_and_ban_ki_moon(embedder):
    # batch 130: Ishag = إسحق (a medial sh read س then ح, its g a ق); كي alone is also a syllable of a
    # name (Ban Ki-moon = بان كي مون), no particle
    for ar, en in (("وقال المدير العام المهندس عبدالرحيم آدم إسحق إن القافلة وصلت.",
                    "The director general, Eng. Abdelrahim Adam Ishag, said the convoy had arrived."),
                   ("على حد تعبير الأمين العام للأمم المتحدة بان كي مون.",
                    "In the words of the Secretary General of the United Nations Ban Ki-Moon.")):
        assert [i for i in run(CHECK, make_pair(ar, en), profiled(embedder)) if i.severity == "error"] == [], en


def test_names_of_batches_132_and_133_that_are_no_names_left_out(embedder):
    # فلسطينيي الداخل = "Palestinians inside Israel"; "Berth No. 9" = الرصيف رقم 9 (a common noun numbered);
    # Beled Hawo = بلدحاوو (two words written as one); Laouama = العوامة (the article written in French);
    # Karem Abu Salem (Kerem Shalom) = كرم أبو سالم (a name and its other spelling in brackets)
    for ar, en in (("لاستقطاب مزيد من الزوار من فلسطينيي الداخل.", "to attract more visitors from among Palestinians inside Israel."),
                   ("وأضاف أن الرصيف رقم 9 أُعيد تأهيله بالكامل خلال الفترة نفسها.",
                    "He added that Berth No. 9 had been fully rehabilitated during the same period."),
                   ("وأضاف أن مناطق بلدحاوو ودولو ولوق هي الأكثر تضررًا.",
                    "He added that the districts of Beled Hawo, Dolow and Luuq are the hardest hit."),
                   ("وأكدت أن سكان مناطق مثل بني مكادة والعوامة ما زالوا ينتظرون الحافلة أكثر من ساعة.",
                    "She stressed that residents of areas such as Beni Makada and Laouama still wait more than an hour for a bus."),
                   ("ويعزو التجار هذا الارتفاع إلى تقليص عدد الشاحنات التي تدخل عبر معبر كرم أبو سالم.",
                    "Traders attribute the rise to a cut in the number of trucks entering through the Karem Abu Salem "
                    "(Kerem Shalom) crossing.")):
        assert [i for i in run(CHECK, make_pair(ar, en), profiled(embedder)) if i.severity == "error"] == [], en
    # another country for the Palestinians inside, another town for العوامة, are still names left out
    for ar, en in (("لاستقطاب مزيد من الزوار من فلسطينيي الداخل.", "to attract more visitors from among Palestinians inside Jordan."),
                   ("وأكدت أن سكان مناطق مثل بني مكادة والعوامة ما زالوا ينتظرون الحافلة أكثر من ساعة.",
                    "She stressed that residents of areas such as Beni Makada and Lahraouyine still wait more than an hour for a bus.")):
        assert "error" in [i.severity for i in run(CHECK, make_pair(ar, en), profiled(embedder))], en


def test_the_virgin_mary_the_gulf_states_and_a_corporation_named_again(embedder):
    # batch 136: دير السيدة العذراء = the Monastery of the Virgin Mary; دول الخليج العربية = the Gulf
    # countries (العربية, the Gulf's adjective, is never reported missing); المؤسسة = Emirates Health
    # Services named again
    for ar, en in (("ومن المنتظر أن يسهم المحور في تنشيط السياحة الدينية إلى دير السيدة العذراء بجبل الطير.",
                    "The axis is expected to help boost religious tourism to the Monastery of the Virgin Mary at Gabal al-Tair."),
                   ("وأوضح المهندس سالم بن حمد الكندي، مدير عام التراث والسياحة بمحافظة الداخلية، أن السياح الأوروبيين "
                    "شكّلوا أكثر من نصف الزوار، تلتهم أعداد متزايدة من القادمين من دول مجلس التعاون لدول الخليج العربية.",
                    "Engineer Salem bin Hamad Al Kindi, Director General of Heritage and Tourism in Al Dakhiliyah Governorate, "
                    "explained that European tourists made up more than half of the visitors, followed by growing numbers "
                    "of arrivals from the Gulf Cooperation Council countries."),
                   ("وأكدت المؤسسة أن نسبة التوطين في الكوادر الطبية بالجناح بلغت 30 في المائة.",
                    "Emirates Health Services said the Emiratisation rate among the wing's medical staff had reached 30 percent.")):
        assert [i for i in run(CHECK, make_pair(ar, en), profiled(embedder)) if i.severity == "error"] == [], en


def test_the_nisba_of_a_place_in_hamza(embedder):
    # batch 135: الطراز العمراني الأحسائي = "the traditional Ahsa architectural style" (الأحساء's nisba)
    assert_swap_is_one_error("وشملت المرحلة الأولى إعادة تأهيل البوابات الخشبية وفق الطراز العمراني الأحسائي.",
                             "The first phase covered the rehabilitation of the wooden gates in the traditional {} "
                             "architectural style.", "Ahsa", "Najdi", "Najdi", embedder)


def test_mauritanias_caravan_towns_and_somalilands_regions(embedder):
    # batch 137: Tichitt put in place of شنقيط (Chinguetti), Sool in place of توغدير (Togdheer)
    for ar, en, faithful, swapped in (("وتستقطب المهرجانات زوارًا من وادان وشنقيط كل عام.",
                                       "The festivals draw visitors from Ouadane and {} every year.", "Chinguetti", "Tichitt"),
                                      ("وقال إن أسعار الماشية ارتفعت في أسواق إقليم توغدير هذا الشهر.",
                                       "He said livestock prices had risen in the markets of the {} region this month.",
                                       "Togdheer", "Sool")):
        assert [i for i in run(CHECK, make_pair(ar, en.format(faithful)), profiled(embedder)) if i.severity != "info"] == []
        pair = make_pair(ar, en.format(swapped))
        assert ("error", [swapped]) in [(i.severity, spans(i, pair, "target")) for i in run(CHECK, pair, profiled(embedder))]


def test_algerias_western_provinces(embedder):
    # batch 139: Mascara put in place of سيدي بلعباس; "mascara" is a common word, معسكر "camp" one too
    ar = "وأضاف أن المرضى القادمين من ولايات عين تموشنت و{} والنعامة لن يضطروا إلى التنقل نحو وهران."
    en = "He added that patients from the provinces of Ain Temouchent, {} and Naama would no longer have to travel to Oran."
    assert_quiet([(ar.format("معسكر"), en.format("Mascara")), (ar.format("سيدي بلعباس"), en.format("Sidi Bel Abbes"))],
                 embedder)
    assert_caught(ar.format("سيدي بلعباس"), en.format("Mascara"), "Mascara", embedder)
    # a camp is no province
    assert run(CHECK, make_pair("وأقيم المعسكر التدريبي للمنتخب في الجبال.", "The team's training camp was held in the mountains."),
               profiled(embedder)) == []


def test_a_french_gh_before_e_is_a_hard_g(embedder):
    # batch 139: Boghé = بوكي (Mauritania), a faithful name reported missing
    assert_quiet([("وستجوب الفرق مقاطعات ألاك ومقطع لحجار وبوكي.",
                   "The teams will tour the departments of Aleg, Magta Lahjar and Boghé.")], embedder)


def test_a_nunated_adjective_of_a_name_spells_it(embedder):
    # batch 140: 38 معلمًا كناويًا = "38 Gnaoua maalems" (the nunated nisba had spelled no name)
    pair = make_pair("وقالت إن هذه الدورة عرفت مشاركة 38 معلمًا كناويًا وفنانين من 12 بلدًا.",
                     "She said this edition featured 38 Gnaoua maalems as well as artists from 12 countries.")
    assert_quiet([(pair.source_text, pair.target_text)], embedder)
    assert name_matches(pair.source_text, pair.target_text) == [(E.english_names(pair.target_text)[0], True)]
    # an adverb in tanween still spells none: رسميًا is no Rasmi
    assert name_matches("وافتتح المعرض رسميًا أمس.", "Rasmi opened the fair yesterday.")[0][1] is False


def test_suakin_is_a_place_of_sudan(embedder):
    # batch 141: Suakin Teaching Hospital put in place of مستشفى بورتسودان التعليمي (a warning only)
    ar = "وأشار إلى أن مستشفى {} التعليمي ومركز العزل بحي الأمير يستقبلان يومياً ما بين عشرين وثلاثين مريضاً."
    en = ("He noted that {} Teaching Hospital and the isolation centre in the Al-Amir neighbourhood receive between "
          "twenty and thirty patients every day.")
    assert_quiet([(ar.format("سواكن"), en.format("Suakin")), (ar.format("بورتسودان"), en.format("Port Sudan"))], embedder)
    assert_caught(ar.format("بورتسودان"), en.format("Suakin"), "Suakin", embedder)
    # السواكن is also "the stators" of a turbine (held-out xquad): it only confirms
    assert run(CHECK, make_pair("يتكون التوربين من الدوارات، بالتبادل مع سلسلة من السواكن المثبتة على غلافه.",
                                "A turbine consists of rotors, alternating with a series of stators fixed to its casing."),
               profiled(embedder)) == []


def test_a_given_name_behind_ka_is_none_and_the_somali_adan_is_adam(embedder):
    # batch 141: ٢٣ محجرًا وكسارة = "23 quarries and crushers" (وكسارة read as و + ك + سارة, "Sara");
    # حسين آدم عيسى = Hussein Adan Issa
    ar = "ومن جهته، قال حسين آدم عيسى، وهو أب لأربعة أطفال، إنه فقد ابنته."
    en = "For his part, Hussein {} Issa, a father of four, said he had lost his daughter."
    assert_quiet([("وقال إن القرار يشمل ٢٣ محجرًا وكسارة في مناطق خت والغيل.",
                   "He said the resolution covers 23 quarries and crushers in the areas of Khatt and Al Ghail."),
                  (ar, en.format("Adan"))], embedder)
    assert_caught(ar, en.format("Omar"), "Omar", embedder)


def test_a_common_word_of_an_organisation_whose_head_the_arabic_renders(embedder):
    # batch 142: "the High Commission's instructions" = تعليمات الهيئة العليا; batch 141: the Regional Union of
    # Agriculture and Fisheries = الاتحاد الجهوي للفلاحة والصيد البحري (faithful errors the embedder gave)
    ar = "وقدر الاتحاد الجهوي للفلاحة والصيد البحري الخسائر الأولية بنحو أربعة ملايين دينار."
    en = "The Regional {} of Agriculture and Fisheries put initial losses at around four million dinars."
    assert_quiet([(ar, en.format("Union")),
                  ("ولن يسمح للزوار بالبقاء داخل القلعة بعد الساعة العاشرة ليلا، بحسب تعليمات الهيئة العليا.",
                   "Visitors will not be allowed to stay inside the citadel after 10 pm, according to the High "
                   "Commission's instructions.")], embedder)
    # another head noun than the Arabic's, with another word the Arabic does not render: still an error (a head
    # noun alone may be a translator's choice, ``UNRENDERED_WORDS``: the High Court of Accounts = المجلس الأعلى
    # للحسابات; since batch 154 Regional renders الجهوي, and the Regional Chamber is no longer two such words)
    national = en.format("Chamber").replace("Regional", "National")
    assert "error" in [i.severity for i in run(CHECK, make_pair(ar, national), profiled(embedder))]


def test_west_african_and_somali_spellings_and_south_sudans_towns(embedder):
    # batch 142: Oumar Diallo = عمر جالو, Abdirazak = عبد الرزاق (faithful names reported missing); Bor put in
    # place of جوبا (Juba) unseen
    cooperative = ("وأكد رئيس التعاونية، السيد عمر جالو، أن المزارعين لم يتمكنوا من سقي حقولهم.",
                   "The head of the cooperative, Oumar {}, said farmers had been unable to water their fields.")
    trip = ("وأوضح أن الرحلة من كوستي إلى ميناء جوبا تستغرق ما بين عشرة أيام وأسبوعين.",
            "He explained that the trip from Kosti to the port of {} takes between ten days and two weeks.")
    assert_quiet([(cooperative[0], cooperative[1].format("Diallo")),
                  ("وأوضح المدير، المهندس عبد الرزاق محمد حرسي، أن ستة آبار توقفت عن العمل.",
                   "The director, engineer Abdirazak Mohamed Hersi, said that six wells had stopped working."),
                  (trip[0], trip[1].format("Juba")),
                  ("وصل الوفد إلى بور سعيد صباح اليوم.", "The delegation arrived in Port Said this morning.")], embedder)
    assert_caught(trip[0], trip[1].format("Bor"), "جوبا", embedder, "source")
    assert_caught(trip[0], trip[1].format("Bor"), "Bor", embedder)
    assert_caught(cooperative[0], cooperative[1].format("Kane"), "Kane", embedder)


def test_a_french_rh_is_a_ghain_and_souss_is_a_region(embedder):
    # batch 143: the Guir-Ziz-Rheris Hydraulic Basin Agency = وكالة الحوض المائي لكير-زيز-غريس (Rheris reported
    # missing); the Souss-Massa agency put in its place unseen (Souss matched زيز loosely)
    ar = "وأفاد مصدر من وكالة الحوض المائي لكير-زيز-غريس بأن حقينة السد بلغت حوالي 200 مليون متر مكعب."
    en = "A source at the {} Hydraulic Basin Agency said the dam's reservoir held about 200 million cubic metres."
    assert_quiet([(ar, en.format("Guir-Ziz-Rheris"))], embedder)
    assert_caught(ar, en.format("Souss-Massa"), "Souss", embedder)
    # سوس is also "woodworm": it only confirms
    assert run(CHECK, make_pair("أصاب السوس أخشاب السقف القديم.", "Woodworm attacked the old roof's timbers."),
               profiled(embedder)) == []


def test_towns_of_morocco_sudan_and_bahrain_whose_arabic_is_a_word(embedder, tmp_path):
    # batch 144: En Nahud put in place of الرهد, Al Dur in place of الحد, Asilah in place of القصر الكبير (warnings
    # in their long pairs and documents); أصيلة "authentic", النهود, الحد "the limit", الدور "the role" only confirm
    for ar, en, faithful, swapped in (
            ("وفي السياق، أعلنت حكومة ولاية شمال كردفان عن تخصيص مبلغ ٥٠٠ مليون جنيه لدعم جمعيات منتجي الصمغ في محليات "
             "بارا وأم روابة والرهد، تشمل توفير أدوات الطق ومياه الشرب في مناطق الإنتاج.",
             "In the same context, the government of North Kordofan State announced the allocation of 500 million "
             "pounds to support gum producers' associations in the localities of Bara, Um Rawaba and {}, covering the "
             "provision of tapping tools and drinking water in the production areas.", "Er Rahad", "En Nahud"),
            ("ومن المقرر أن يدخل المشروع مرحلة التشغيل التجريبي في الربع الأخير من عام 2027. وتتولى تنفيذه شركة الحد "
             "للطاقة بموجب عقد لشراء الطاقة يمتد خمسة وعشرين عامًا مع هيئة الكهرباء والماء.",
             "The project is scheduled to enter trial operation in the last quarter of 2027. It is being carried out by "
             "the {} Power Company under a twenty-five-year power purchase agreement with the Electricity and Water "
             "Authority.", "Al Hidd", "Al Dur")):
        assert [i for i in run(CHECK, make_pair(ar, en.format(faithful)), profiled(embedder))
                if i.severity == "error" and i.code == "entity"] == []
        assert_caught(ar, en.format(swapped), swapped.split()[-1], embedder)
    assert run(CHECK, make_pair("ووضعت الوزارة الحد الأدنى للأجور.", "The ministry set the minimum wage."),
               profiled(embedder)) == []
    from amanah.pipeline import run_check

    ar = ["تتوافد آلاف العاملات الزراعيات منذ مطلع شهر مارس على ضيعات الفراولة بإقليم العرائش، حيث يبدأ يوم العمل عادة قبل "
          "الساعة السادسة صباحًا.",
          "وقالت فاطمة الزهراء البقالي، وهي عاملة من دوار قرب القصر الكبير، إن أجرها اليومي لا يتجاوز 90 درهمًا مقابل ثماني "
          "ساعات من الانحناء في الحقول. وأضافت أنها تعيل ثلاثة أطفال بعد وفاة زوجها قبل أربع سنوات."]
    en = ["Since the start of March, thousands of women farm workers have been streaming into the strawberry farms of "
          "Larache province, where the working day usually begins before 6 a.m.",
          "Fatima Zahra El Bakkali, a worker from a douar near Asilah, said her daily wage does not exceed 90 dirhams for "
          "eight hours of bending over in the fields. She added that she supports three children after her husband "
          "died four years ago."]
    (tmp_path / "a.ar.txt").write_text("\n\n".join(ar) + "\n", encoding="utf-8")
    (tmp_path / "a.en.txt").write_text("\n\n".join(en) + "\n", encoding="utf-8")
    report = run_check([str(tmp_path / "a.ar.txt"), str(tmp_path / "a.en.txt")], embedder=embedder)
    assert [f.severity for f in report.findings if "Asilah" in f.message] == ["error"]


def test_the_nile_of_water_hyacinth_and_the_maghrib_of_sunset(embedder):
    # batch 144: انسداد المجاري بورد النيل = "channels clogged with water hyacinth"; batch 145: بعد المغرب = "after
    # sunset" (the Nile and Morocco reported missing)
    assert_quiet([("حيث اشتكى المزارعون من انسداد المجاري بورد النيل والمخلفات.",
                   "where farmers have complained of channels clogged with water hyacinth and waste."),
                  ("وقالت صاحبة أحد المطاعم إن حركة البيع كانت شبه متوقفة بعد المغرب طوال السنوات الماضية.",
                   "A restaurant owner said business had almost come to a standstill after sunset in past years.")],
                 embedder)


def test_a_somali_dh_is_a_ta_and_a_high_commission_is_no_agency(embedder):
    # batch 147: Dhobley = طوبلي (a faithful name reported missing); the High Commission for Water and Forests put
    # in place of الوكالة الوطنية للمياه والغابات unseen (only "Commission" had no Arabic word)
    town = ("استقبل مركز العبور في بلدة طوبلي بإقليم جوبا السفلى، صباح الأحد، 312 شخصا.",
            "The transit centre in the town of {}, in the Lower Juba region, received 312 people on Sunday morning.")
    agency = ("وأفاد مصدر من الوكالة الوطنية للمياه والغابات بأن المراقبين يتناوبون على 12 برج مراقبة.",
              "A source at the {} for Water and Forests said the watchmen take turns manning 12 lookout towers.")
    assert_quiet([(town[0], town[1].format("Dhobley")), (agency[0], agency[1].format("National Agency")),
                  ("وأفاد مصدر من المندوبية السامية للتخطيط بأن البطالة ارتفعت.",
                   "A source at the High Commission for Planning said unemployment had risen.")], embedder)
    assert_caught(town[0], town[1].format("Dhamar"), "Dhamar", embedder)
    pair = make_pair(agency[0], agency[1].format("High Commission"))
    assert ("error", ["High", "Commission"]) in [(i.severity, spans(i, pair, "target"))
                                                  for i in run(CHECK, pair, profiled(embedder))]


def test_an_elided_french_article_an_accusative_alif_and_words_of_organisations(embedder):
    # batch 148: Banc d'Arguin put in place of جاولينغ (Diawling) unseen (d'Arguin was no capitalised word);
    # faithful findings: ١٨٦ فرنًا ("186 ovens") read as the given name رنا, the Agricultural of an office whose
    # Arabic says الفلاحي, the Wetlands of Wetlands International
    park = ("وأكد ولد سيدي أن الطيور قد تهجر البحيرة نحو حظيرة جاولينغ الوطنية في ولاية اترارزة.",
            "Ould Sidi stressed that birds could abandon the lake for {} National Park in Trarza region.")
    assert_quiet([(park[0], park[1].format("Diawling")),
                  ("وأكد ولد سيدي أن الطيور قد تهجر البحيرة نحو حوض آرغين.",
                   "Ould Sidi stressed that birds could abandon the lake for the Banc d'Arguin."),
                  ("وأضاف أن المديرية كانت توزع شهريًا نحو ٤٢٠٠ طن من الطحين على ١٨٦ فرنًا ومخبزًا في مركز المحافظة.",
                   "He added that the directorate had been distributing about 4,200 tonnes of flour a month to 186 "
                   "bakeries and ovens in the provincial capital."),
                  ("من جهته، أكد المكتب الجهوي للاستثمار الفلاحي لملوية أن لجانًا تقنية شرعت في معاينة الضيعات المتضررة.",
                   "For its part, the Moulouya Regional Office for Agricultural Development said technical committees "
                   "had begun inspecting the affected farms."),
                  ("ومن المقرر أن تُرسَل نتائج الإحصاء إلى المنظمة الدولية للأراضي الرطبة قبل نهاية شهر فبراير.",
                   "The census results are due to be sent to Wetlands International before the end of February.")],
                 embedder)
    assert_caught(park[0], park[1].format("Banc d'Arguin"), "d'Arguin", embedder)
    # a given name ending in alif is one still: رنا = Rana, not Dana
    assert_caught("وقالت الطالبة رنا إن الامتحان كان صعبا.", "Student Dana said the exam was difficult.", "Dana", embedder)


def test_names_of_batches_149_and_150(embedder):
    # batch 149: Ishaq = إسحق (matched by its sh read as س then ح, then taken for a loose match: a faithful error);
    # Hessa put in place of نوف (it had matched هذه, "this"); Al-Faifi in place of عقيلي at the end of a chain of
    # names (آلاف, "thousands", had spelled its one consonant); batch 150: Fatma Hassan Abbas for فاطمة حسن إدريس
    # (Abbas, "abba" + s, was a common word)
    dr = ("وقالت الدكتورة نوف عيسى البنعلي إن كلفة أعمال هذه المرحلة بلغت ٣٫٨ مليون دينار.",
          "Dr {} Isa Al Binali said the works in this phase had cost 3.8 million dinars.")
    mayor = ("وأكد الأستاذ ماجد بن حسن {} أن الجزيرة تستقبل ما يزيد على ثلاثة آلاف زائر يوميًا.",
             "Majed bin Hassan Al-Faifi said the island receives more than three thousand visitors a day.")
    hajja = ("وقالت الحاجة فاطمة حسن إدريس إن أسرتها تستقبل السياح منذ خمسة عشر عامًا.",
             "Hajja Fatma Hassan {} said her family has been hosting tourists for fifteen years.")
    assert_quiet([("وقال التاجر آدم إسحق بخيت، عضو الغرفة التجارية بالولاية، إن المزارعين لا يبيعون محصولهم بسبب صعوبة "
                   "الطرق وارتفاع تكلفة الترحيل.",
                   "Trader Adam Ishaq Bakhit, a member of the state's Chamber of Commerce, said farmers are not selling "
                   "their crop because of poor roads and high transport costs."),
                  (dr[0], dr[1].format("Nouf")), (mayor[0].format("الفيفي"), mayor[1]), (hajja[0], hajja[1].format("Idris")),
                  ("وقال عباس الطيب إن السياح عادوا.", "Abbas al-Tayeb said the tourists had returned."),
                  # (a link word may be the name itself: آبي, "my father", is Abe; tico19)
                  ("وفي اليابان، أغلق رئيس الوزراء شينزو آبي جميع المدارس في جميع أنحاء البلاد حتى 8 أبريل.",
                   "In Japan, Prime Minister Shinzo Abe closed all schools throughout the country until April 8."),
                  # (a word beside a matched name that spells it is its own: روس الكييفية = Kievan Rus', xquad)
                  ("تسببت غزوات بغداد وكييف وفلاديمير في عمليات قتل جماعية، على الرغم من إيقاف قواته من قبل المماليك. "
                   "وفي عام 1237 قام باتو خان حفيد جنكيز خان بغزو في روس الكييفية.",
                   "The invasions of Baghdad, Kiev and Vladimir caused mass killings, although his forces were stopped "
                   "by the Mamluks. In 1237 Batu Khan, a grandson of Genghis Khan, launched an invasion into Kievan Rus'.")],
                 embedder)
    assert_caught(dr[0], dr[1].format("Hessa"), "Hessa", embedder)
    assert_caught(mayor[0].format("عقيلي"), mayor[1], "Faifi", embedder)
    assert_caught(hajja[0], hajja[1].format("Abbas"), "Abbas", embedder)


def test_a_note_on_a_place_holds_no_organisation_swap(embedder):
    # batch 150: the Japan International Cooperation Agency put in place of الوكالة الفرنسية للتنمية; the note on
    # الفرنسية (France, left out) had kept the organisation's error off the Arabic words
    ar = "وتشغّل البلدية على الخط ثماني حافلات صغيرة تتسع كل منها لـ24 راكبًا، حصلت عليها بهبة من الوكالة الفرنسية للتنمية."
    en = "The municipality is running eight minibuses on the line, each seating 24 passengers, which it received as a grant from the {}."
    assert_quiet([(ar, en.format("French Development Agency"))], embedder)
    assert_caught(ar, en.format("Japan International Cooperation Agency"), "الوكالة الفرنسية للتنمية", embedder, "source")


def test_the_homeland_dhi_qars_districts_and_words_of_works(embedder):
    # batch 151: "from Algeria and abroad" = من داخل الوطن وخارجه in a story of Oran (a faithful error); al-Shatra put
    # in place of سوق الشيوخ (a warning); the Private Engineering Office in place of هيئة الأشغال العامة (one word of
    # organisations, Office, had no Arabic word)
    doc = [make_pair("تقع كنيسة سانتا كروز على قمة جبل المرجاجو في مدينة وهران.",
                     "The Santa Cruz chapel stands on top of Mount Murdjadjo in the city of Oran.", bead_id=0),
           make_pair("ويستقطب الموقع سنويًا أكثر من مئة ألف زائر من داخل الوطن وخارجه، خاصة خلال فصل الصيف.",
                     "The site attracts more than one hundred thousand visitors a year from {} and abroad, especially in "
                     "summer.", bead_id=1)]
    faithful = [doc[0], make_pair(doc[1].source_text, doc[1].target_text.format("Algeria"), bead_id=1)]
    assert [i for i in run(CHECK, faithful, profiled(embedder)) if i.severity != "info"] == []
    swapped = [doc[0], make_pair(doc[1].source_text, doc[1].target_text.format("Morocco"), bead_id=1)]
    assert "error" in [i.severity for i in run(CHECK, swapped, profiled(embedder))]
    orchards = ("وتضررت بساتين قضاءي سوق الشيوخ والجبايش أكثر من غيرها، بحسب الركابي، إذ جفت مساحات واسعة منها بعد "
                "انخفاض مناسيب نهر الفرات خلال الصيفين الماضيين.",
                "Orchards in the districts of {} and al-Chibayish were hit harder than others, according to al-Rikabi, "
                "as large areas of them dried up after water levels in the Euphrates fell over the past two summers.")
    works = ("وأوضح الخوري أن المشروع نُفذ بالتعاون مع هيئة الأشغال العامة \"أشغال\"، بتكلفة إجمالية بلغت 37 مليون ريال قطري.",
             "Al Khouri explained that the project was carried out in cooperation with the {} at a total cost of QR37 "
             "million.")
    assert_quiet([(orchards[0], orchards[1].format("Suq al-Shuyukh")),
                  (works[0], works[1].format("Public Works Authority (Ashghal)")),
                  ("وقال مشايخ القبائل إن الشيوخ اجتمعوا أمس.", "Tribal elders said the sheikhs met yesterday.")], embedder)
    assert_caught(orchards[0], orchards[1].format("al-Shatra"), "Shatra", embedder)
    pair = make_pair(works[0], works[1].format("Private Engineering Office"))
    assert ("error", ["Private", "Engineering", "Office"]) in [(i.severity, spans(i, pair, "target"))
                                                               for i in run(CHECK, pair, profiled(embedder))]


def test_a_state_named_by_compass_points_bejaias_towns_and_qatars_developers(embedder):
    # batch 152: ولاية جنوب غرب الصومال = "the South West State" in a story of Somalia (a faithful error on الصومال);
    # Amizour put in place of أقبو (Akbou) and the United Development Company in place of قطري ديار unseen
    baidoa = make_pair("ارتفعت أسعار الذرة الرفيعة في أسواق مدينة بيدوا، عاصمة ولاية جنوب غرب الصومال، بنسبة ٤٢٪.",
                       "Sorghum prices in the markets of Baidoa, the capital of Somalia's South West State, rose by 42%.",
                       bead_id=0)
    minister = ("من جانبه، أعلن وزير الزراعة والري في ولاية جنوب غرب الصومال، السيد محمد آدم عمر، أن حكومة الولاية ستوزع "
                "١٢٠٠ طن من البذور المحسّنة على المزارعين.",
                "For his part, the {} Minister of Agriculture and Irrigation, Mohamed Adam Omar, announced that the state "
                "government will distribute 1,200 tonnes of improved seed to farmers.")
    doc = [baidoa, make_pair(minister[0], minister[1].format("South West State"), bead_id=1)]
    assert [i for i in run(CHECK, doc, profiled(embedder)) if i.severity == "error"] == []
    doc[1] = make_pair(minister[0], minister[1].format("Jubaland State"), bead_id=1)
    assert "error" in [i.severity for i in run(CHECK, doc, profiled(embedder))]
    mill = ("وفي بلدية أقبو، قال صاحب معصرة \"تيزي\" العائلية، السيد أرزقي مداني، إن سعر عصر القنطار الواحد استقر عند 1200 دينار.",
            "In the municipality of {}, Arezki Meddani, owner of the family-run \"Tizi\" mill, said the price for pressing "
            "one quintal had settled at 1,200 dinars.")
    show = ("ويُنظَّم المعرض بالتعاون بين شركة قطري ديار وقطر للسياحة، ضمن فعاليات الموسم الشتوي في البلاد.",
            "The show is organised jointly by {} and Qatar Tourism as part of the country's winter season events.")
    assert_quiet([(mill[0], mill[1].format("Akbou")), (show[0], show[1].format("Qatari Diar"))], embedder)
    assert_caught(mill[0], mill[1].format("Amizour"), "Amizour", embedder)
    assert_caught(show[0], show[1].format("United Development Company"), "قطري ديار", embedder, "source")


def test_abu_dhabis_energy_companies_and_bahrains_tubli_and_sitra(embedder):
    # batch 153: TAQA put in place of شركة مصدر الإماراتية, Sitra in place of توبلي (a warning); سترة is "a jacket" too
    project = ("وقد نُفذ المشروع بتكلفة إجمالية بلغت ١٨٠ مليون ريال عماني من قبل ائتلاف تقوده شركة مصدر الإماراتية.",
               "The project was carried out at a total cost of 180 million Omani rials by a consortium led by the UAE "
               "company {}.")
    groves = ("وسيتم ربط البساتين بشبكة مياه الصرف الصحي المعالجة القادمة من محطة توبلي، وهو ما يوفر نحو ٢٥ ألف متر مكعب يومياً.",
              "The groves will be connected to the treated sewage effluent network coming from the {} plant, which will "
              "provide about 25,000 cubic metres a day.")
    assert_quiet([(project[0], project[1].format("Masdar")), (groves[0], groves[1].format("Tubli")),
                  ("وارتدى سترة واقية.", "He wore a protective jacket.")], embedder)
    assert_caught(project[0], project[1].format("TAQA"), "شركة مصدر", embedder, "source")
    assert_caught(groves[0], groves[1].format("Sitra"), "Sitra", embedder)


def test_names_and_positions_of_batch_154(embedder):
    # batch 154: Abu Ali Khalil for أبو علي إسماعيل (Khalil, a short key, had matched وقال "and he said"); Ait
    # Ouassif for أيت سدرات (a warning: السيدة "Mrs", which the English leaves out, had spelled Ouassif loosely);
    # Lower Shabelle for شبيلي الوسطى (a position swapped, as a compass point is); the Regional Tourism Delegation
    # for المندوبية الجهوية للسياحة (faithful: Regional had no Arabic word); Siwa for بسيوة (faithful)
    fisher = ('وقال الصياد أبو علي إسماعيل إن "الزيادة خطوة جيدة، لكنها غير كافية لتغطية رحلات الصيد الليلية".',
              'Fisherman Abu Ali {} said that "the increase is a good step, but it is not enough to cover night '
              'fishing trips".')
    roses = ('وقالت السيدة فاطمة أيت بن عدي، رئيسة تعاونية "ورود الوادي" بدوار أيت سدرات، إن النساء يبدأن الجني عند '
             'الساعة الخامسة صباحًا، قبل أن ترتفع الحرارة وتفقد البتلات جزءًا من زيتها العطري.',
             'Fatima Ait Ben Addi, president of the "Roses of the Valley" cooperative in the douar of Ait {}, said women '
             "start picking at five o'clock in the morning, before the heat rises and the petals lose part of their "
             "essential oil.")
    governor = ("وقال حاكم إقليم شبيلي الوسطى، السيد علي عبدي فارح، إن السلطات المحلية ستعمل على تأمين المزارع.",
                "The governor of the {} Shabelle region, Ali Abdi Farah, said the local authorities would work to secure "
                "the plantations.")
    assert_quiet([(fisher[0], fisher[1].format("Ismail")), (roses[0], roses[1].format("Sidrat")),
                  (governor[0], governor[1].format("Middle")),
                  # (the Central Bank is البنك المركزي, Central Asia آسيا الوسطى; an honorific spells its own name)
                  ("وقال محافظ البنك المركزي إن الصادرات إلى آسيا الوسطى ارتفعت.",
                   "The governor of the Central Bank said exports to Central Asia had risen."),
                  ("وقال السيد محمد السيد إن الموسم كان جيدا.", "Mohamed El-Sayed said the season had been good."),
                  # (a name of one consonant by its semivowels, with a preposition: بسيوة = "in Siwa")
                  ("وقال المحافظ إن المعصرة أقيمت بتمويل مشترك بين جهاز تنمية المشروعات والجمعية التعاونية الزراعية بسيوة.",
                   "The governor said the press had been built with joint funding from the Enterprises Development "
                   "Agency and the Siwa Agricultural Cooperative Society."),
                  # (Regional = الجهوية, a word of organisations: a faithful error of batch 154)
                  ("من جهتها، أكدت المندوبية الجهوية للسياحة أن استثمارات جديدة ستمكن من إحداث 1200 سرير إضافي.",
                   "For its part, the Regional Tourism Delegation said new investments would create 1,200 additional "
                   "beds.")],
                 embedder)
    assert_caught(fisher[0], fisher[1].format("Khalil"), "Khalil", embedder)
    assert_caught(roses[0], roses[1].format("Ouassif"), "Ouassif", embedder)
    assert_caught(governor[0], governor[1].format("Lower"), "Lower", embedder)
    assert_caught(governor[0], governor[1].format("Lower"), "الوسطى", embedder, "source")


def test_names_and_organisations_of_batch_155(embedder):
    # batch 155: Nasser bin Saeed Al Rawahi for ناصر بن سعيد الحجري (a warning: Rawahi's key R, its h read as a
    # vowel, related it to الحجري); "Health Undersecretary" = وكيل وزارة الصحة (a faithful error: the Ministry of
    # Health had no English name); "Sufi lodges" = الزوايا (a faithful error)
    director = ("وأوضح الدكتور ناصر بن سعيد الحجري، المدير العام للصناعات الحرفية بالوزارة، في تصريح لوكالة الأنباء "
                "العمانية أن عدد صناع السفن التقليدية في الولاية تراجع من نحو مئتي حرفي في ثمانينيات القرن الماضي إلى "
                "أقل من خمسة عشر حرفيا اليوم.",
                "Dr. Nasser bin Saeed Al {}, Director General of Handicrafts at the ministry, told the Oman News Agency "
                "that the number of traditional shipbuilders in the wilayat had fallen from about two hundred craftsmen "
                "in the 1980s to fewer than fifteen today.")
    health = ("وقالت وكيل وزارة الصحة، الدكتورة ليلى حسن المعاودة، في تصريح لوكالة أنباء البحرين (بنا)، إن تكلفة المشروع "
              "بلغت 4.2 مليون دينار بحريني.",
              "{} Undersecretary Dr Layla Hassan Al Maawda told the Bahrain News Agency (BNA) that the project cost 4.2 "
              "million Bahraini dinars.")
    lodges = ('وقالت إن "الطرب الأندلسي لم يعد حكرًا على الزوايا والرجال كما كان قبل عقود".',
              'She said that "Andalusian music is no longer the preserve of {} lodges and men, as it was decades ago".')
    assert_quiet([(director[0], director[1].format("Hajri")), (health[0], health[1].format("Health")),
                  (lodges[0], lodges[1].format("Sufi"))], embedder)
    assert_caught(director[0], director[1].format("Rawahi"), "Rawahi", embedder)
    # (an English key of one consonant still relates a name to an Arabic key of two: Siso, S, to سيسو, SS; a name
    # the matcher misses, so a warning, not the error of a swap)
    siso = make_pair("ولد الفنان فيسنتي سيسو عام 1962 في مدريد، وعاش بين فنزويلا وميامي قبل أن ينتقل مع عائلته إلى جنوب "
                     "كاليفورنيا، حيث بدأ يرسم لوحات كبيرة عن الأرض والمياه والذاكرة في مرسم صغير قرب البحر.",
                     "The artist Vicente Siso was born in 1962 in Madrid and lived between Venezuela and Miami before "
                     "moving with his family to Southern California, where he began painting large canvases about land, "
                     "water and memory in a small studio near the sea.")
    assert "error" not in [i.severity for i in run(CHECK, siso, profiled(embedder))]
    assert_caught(health[0], health[1].format("Education"), "وزارة الصحة", embedder, "source")
    assert_caught(lodges[0], lodges[1].format("Bedouin"), "Bedouin", embedder)


def test_places_and_organisations_of_batch_156(embedder):
    # batch 156: Medina for جدة (Medina had matched بمدن, "in the cities of"); the Ministry of Digital Economy and
    # Entrepreneurship = وزارة الاقتصاد الرقمي والريادة (a faithful error: the table knew the Ministry of Economy
    # only)
    cities = ("وأعلن المتحدث الرسمي لوزارة الصحة أن الوزارة ستطلق حملة توعوية في مقرات العمل بمدن الرياض وجدة والدمام.",
              "The Ministry of Health spokesman announced that the ministry will launch an awareness campaign at "
              "workplaces in Riyadh, {} and Dammam.")
    assert_quiet([(cities[0], cities[1].format("Jeddah")),
                  ("نظمته وزارة الاقتصاد الرقمي والريادة على مدى يومين.",
                   "It was organised by the Ministry of Digital Economy and Entrepreneurship over two days.")], embedder)
    assert_caught(cities[0], cities[1].format("Medina"), "Medina", embedder)
    assert_caught("نظمته وزارة الاقتصاد الرقمي والريادة على مدى يومين.", "It was organised by the Ministry of Economy "
                  "over two days.", "وزارة الاقتصاد الرقمي والريادة", embedder, "source")


def test_organisations_and_oases_of_batch_157(embedder):
    # batch 157: the Ministry of Water Resources put in place of وزارة الإعمار والإسكان والبلديات والأشغال العامة (unseen:
    # the table did not know Iraq's Ministry of Construction, Housing, Municipalities and Public Works); Siwa in the
    # gazetteer (an oasis the English leaves out is a place left out)
    ar = "وأوضح أن الكلفة الكلية للمشروع موّلتها وزارة الإعمار والإسكان والبلديات والأشغال العامة ضمن الموازنة الاتحادية."
    en = "He explained that the total cost of the project was financed by the {} under the federal budget."
    assert_quiet([(ar, en.format("Ministry of Construction, Housing, Municipalities and Public Works")),
                  ("وأوضح أن واحة سيوة وحدها تستحوذ على نصف الإنتاج.", "He explained that the Siwa Oasis alone accounts for "
                   "half of the output.")], embedder)
    assert_caught(ar, en.format("Ministry of Water Resources"), "وزارة الإعمار والإسكان والبلديات والأشغال العامة",
                  embedder, "source")
    assert_caught("وأوضح أن واحة سيوة وحدها تستحوذ على نصف الإنتاج.", "He explained that the oasis alone accounts for "
                  "half of the output.", "سيوة", embedder, "source")


def test_lebanons_ministries_of_batch_158(embedder):
    # batch 158: the Ministry of Energy and Water put in place of وزارة الأشغال العامة والنقل (unseen: the table knew
    # neither of Lebanon's two-portfolio ministries, and the Arabic's was no ministry of public works alone)
    ar = ('في المقابل، أكدت الشركة المتعهدة، "شركة الساحل للأشغال البحرية"، أنها تعمل بموجب ترخيص صادر عن وزارة الأشغال '
          "العامة والنقل لتعميق الحوض الشمالي للمرفأ.")
    en = ("The contractor, Al-Sahel Marine Works Company, said it was operating under a licence issued by the {} to "
          "deepen the port's northern basin.")
    assert_quiet([(ar, en.format("Ministry of Public Works and Transport")),
                  ("وقال وزير الطاقة والمياه إن الخطة جاهزة.", "The Minister of Energy and Water said the plan was ready.")],
                 embedder)
    pair = make_pair(ar, en.format("Ministry of Energy and Water"))
    assert "error" in [i.severity for i in run(CHECK, pair, profiled(embedder))]


def test_names_and_places_of_batch_159(embedder):
    # batch 159: the Red Sea for خليج عدن (عدن, also a common word, was never reported; after خليج it is the place);
    # al-Zaytoun Bridge for جسر النصر (a warning: النصر is "victory", and الجسر, "the bridge", had named the words
    # after it); Hassan Osman for السيد كمال عبد الرحيم (a warning: the word after a title may be none, though a given
    # name follows it); "the wali of Jijel" = والي الولاية (a faithful error)
    gulf = ("أعلنت الوزارة إطلاق مشروع قبالة ساحل مدينة بوصاصو المطلة على خليج عدن، في أول تجربة من نوعها في الصومال.",
            "The ministry announced a project off the coast of Bosaso, on the {}, the first trial of its kind in Somalia.")
    bridge = ('وأضاف أن "الجسر سيخفف الزخم المروري عن جسر النصر بنسبة تصل إلى ٤٠٪".',
              'He added that "the bridge will ease traffic congestion on {} Bridge by up to 40%."')
    agent = ("وقال ممثل المنظمة بالولاية، السيد كمال عبد الرحيم، إن الفاو وفرت 600 ألف جرعة لقاح.",
             "The organisation's representative in the state, {}, said FAO had provided 600,000 doses of vaccine.")
    wali = ("وشدد والي الولاية، السيد عبد الحميد قرفي، على منع حرق بقايا المحاصيل والنفايات بالقرب من المساحات الغابية.",
            "The wali of {}, Abdelhamid Guerfi, insisted on a ban on burning crop residues and waste near forested areas.")
    assert_quiet([(gulf[0], gulf[1].format("Gulf of Aden")), (bridge[0], bridge[1].format("al-Nasr")),
                  (bridge[0], bridge[1].format("the Victory")), (agent[0], agent[1].format("Kamal Abdel Rahim")),
                  (wali[0], wali[1].format("Jijel"))], embedder)
    assert_caught(gulf[0], gulf[1].format("Red Sea"), "عدن", embedder, "source")
    assert_caught(bridge[0], bridge[1].format("al-Zaytoun"), "Zaytoun", embedder)
    assert_caught(agent[0], agent[1].format("Hassan Osman"), "Hassan", embedder)
    # (the wali of another province than the one the Arabic names is still a swap)
    assert_caught("وشدد والي ولاية جيجل على منع حرق بقايا المحاصيل.", "The wali of Skikda insisted on a ban on burning "
                  "crop residues.", "Skikda", embedder)


def test_an_office_for_a_sector_is_no_name(embedder):
    # batch 160: مساعد وزير الداخلية لقطاع المعلومات = "assistant interior minister for information" (a faithful
    # warning: لقطاع, "for the sector of", after the office's words, was read as a name)
    assert_quiet([("وقال مساعد وزير الداخلية لقطاع المعلومات إن الإدارة تلقت أكثر من ١٨ ألف بلاغ.",
                   "The assistant interior minister for information said the administration had received more than "
                   "18,000 reports.")], embedder)
    # (a name there is still one, left out)
    pair = make_pair("وقال مساعد وزير الداخلية لطفي العلوي إن الإدارة تلقت أكثر من ١٨ ألف بلاغ.",
                     "The assistant interior minister said the administration had received more than 18,000 reports.")
    assert [["لطفي"]] == [spans(i, pair, "source") for i in run(CHECK, pair, profiled(embedder))]


def test_districts_funds_offices_and_the_country_of_batch_161(embedder):
    # batch 161: Fao for أبي الخصيب (unseen: "the districts of Shatt al-Arab and Fao" was no list of places for the
    # English, قضاءي no noun of districts for the Arabic); the National Tourism Office put in place of الديوان الوطني
    # للصناعات التقليدية (unseen); the World Wide Fund for Nature = الصندوق العالمي لصون الطبيعة (a faithful error: the
    # Global Fund's name begins it); "western Libya" = غرب البلاد and "downtown Cairo" = وسط البلد in stories of those
    # places (faithful errors); اجتماعًا after وزير الاقتصاد والتجارة is no name (a faithful warning)
    districts = ("لتقديم الخدمات الصحية لسكان القرى والجزر النائية في قضاءي شط العرب وأبي الخصيب.",
                 "to provide health services to residents of remote villages and islands in the districts of Shatt "
                 "al-Arab and {}.")
    office = ("وأشرف على الافتتاح والي نابل بحضور ممثلين عن الديوان الوطني للصناعات التقليدية.",
              "The opening was overseen by the Governor of Nabeul in the presence of representatives of the {}.")
    assert_quiet([(districts[0], districts[1].format("Abu al-Khasib")),
                  (office[0], office[1].format("National Handicrafts Office")),
                  ("وأجرت البلدية التعداد بالتعاون مع الصندوق العالمي لصون الطبيعة.",
                   "The municipality conducted the count in cooperation with the World Wide Fund for Nature."),
                  ("ومن المقرر أن يعقد وزير الاقتصاد والتجارة اجتماعًا مع ممثلي النقابة يوم الأربعاء المقبل.",
                   "The minister of economy and trade is scheduled to meet representatives of the syndicate next "
                   "Wednesday.")], embedder)
    assert_caught(districts[0], districts[1].format("Fao"), "Fao", embedder)
    assert_caught(office[0], office[1].format("National Tourism Office"), "الديوان الوطني للصناعات التقليدية", embedder,
                  "source")
    assert_caught("وأجرت البلدية التعداد بالتعاون مع الصندوق العالمي لصون الطبيعة.",
                  "The municipality conducted the count in cooperation with the Global Fund.",
                  "الصندوق العالمي لصون الطبيعة", embedder, "source")
    for story, ar, en, home, other in (
            (("أعلنت السلطات الليبية ضبط شحنة وقود مهرب.", "The Libyan authorities announced the seizure of smuggled fuel."),
             "ضبطت الدوريات ثلاث شاحنات على الطريق الساحلي بين مدينة زوارة ومنطقة أبو كماش غرب البلاد.",
             "Patrols seized three trucks on the coastal road between the city of Zuwara and the Abu Kammash area in "
             "western {}.", "Libya", "Tunisia"),
            (("أطلقت محافظة القاهرة خطا جديدا للأتوبيس النهري.", "The Cairo governorate launched a new river bus line."),
             "وقالت المواطنة سعاد إبراهيم، وهي موظفة في وسط البلد، إنها لم تعد مضطرة لركوب ثلاث مواصلات.",
             "Suad Ibrahim, an employee in downtown {}, said she no longer had to take three different means of "
             "transport.", "Cairo", "Alexandria")):
        first = make_pair(*story, bead_id=0)
        assert [i for i in run(CHECK, [first, make_pair(ar, en.format(home), bead_id=1)], profiled(embedder))
                if i.severity != "info"] == []
        pair = make_pair(ar, en.format(other), bead_id=1)
        assert ("error", [other]) in [(i.severity, spans(i, pair, "target"))
                                      for i in run(CHECK, [first, pair], profiled(embedder))]


def test_villages_universities_compounds_and_banks_of_batch_162(embedder):
    # batch 162: Al-Bairat put in place of قرية القرنة (unseen: Bairat matched البر of البر الغربي, outside the
    # village's name); Umm al-Qura University for جامعة الطائف (a warning: الطائف, also "sect", only confirmed); the
    # Trade Bank of Iraq for رابطة المصارف الخاصة العراقية (unseen); Van Dijk = فان دايك, the Shabandar Café = مقهى
    # الشابندر, the Asir International Paragliding Championship and the Kuwait Fire Force = قوة الإطفاء العام (faithful
    # errors)
    village = ("على أن تبدأ المرحلة الثانية في يناير المقبل لتشمل كورنيش البر الغربي أمام قرية القرنة.",
               "the second phase is due to start next January, covering the West Bank corniche opposite the village "
               "of {}.")
    students = ("يشارك فيها في الغالب طلاب وطالبات من جامعة الطائف.", "attended mostly by students from {} University.")
    banks = ("نفذته أمانة بغداد بالتعاون مع رابطة المصارف الخاصة العراقية.",
             "carried out by the Baghdad Municipality in cooperation with the {}.")
    rider = ("وفي فئة السيدات، فازت الهولندية لوت فان دايك بالمركز الأول.",
             "In the women's category, Dutch rider Lotte van {} took first place.")
    cafe = ("وتضمنت المرحلة إعادة تأهيل مقهى الشابندر التاريخي.", "The phase included the restoration of the historic "
            "{} Café.")
    assert_quiet([(village[0], village[1].format("Qurna")), (students[0], students[1].format("Taif")),
                  (banks[0], banks[1].format("Iraqi Private Banks League")), (rider[0], rider[1].format("Dijk")),
                  (cafe[0], cafe[1].format("Shabandar")),
                  ("انطلقت منافسات بطولة عسير الدولية للطيران الشراعي المظلي بمشاركة ٨٥ طيارًا.",
                   "The Asir International Paragliding Championship got under way with 85 pilots taking part."),
                  ("أنقذ فريق من الهيئة العامة للبيئة، بالتعاون مع قوة الإطفاء العام، سبعة ثعالب صحراوية.",
                   "A team from the Environment Public Authority, in cooperation with the Kuwait Fire Force, rescued "
                   "seven desert foxes.")], embedder)
    assert_caught(village[0], village[1].format("Al-Bairat"), "Bairat", embedder)
    assert_caught(students[0], students[1].format("Umm al-Qura"), "الطائف", embedder, "source")
    assert_caught(banks[0], banks[1].format("Trade Bank of Iraq"), "رابطة المصارف الخاصة العراقية", embedder, "source")
    assert_caught(rider[0], rider[1].format("Hoekstra"), "Hoekstra", embedder)
    assert_caught(cafe[0], cafe[1].format("Zahawi"), "Zahawi", embedder)


def test_ranks_scriptures_joined_names_and_energy_of_batch_163(embedder):
    # batch 163 (faithful errors each): "Maj. Gen." = اللواء; "the Quran" = المصحف, its copy; Keur Macène = كرمسين,
    # two words the Arabic writes as one; the Palestinian Energy and Natural Resources Authority = سلطة الطاقة
    # والموارد الطبيعية
    scripture = ('وأضاف: "واليوم عدت أقرأ المصحف دون نظارة".', 'He added: "Today I am reading the {} again without glasses."')
    places = ("وأوضح الوالي أن الحملة تشمل ثلاث مقاطعات هي المذرذرة وكرمسين وبوتلميت.",
              "The governor explained that the campaign covers three departments, Mederdra, {} and Boutilimit.")
    assert_quiet([("من جهته، قال محافظ طوباس والأغوار الشمالية، اللواء محمود عبد الحميد، إن المحافظة شكلت غرفة طوارئ تابعت "
                   "عمل الطواقم على مدار الساعة.",
                   "For his part, the governor of Tubas and the Northern Jordan Valley, Maj. Gen. Mahmoud Abdel Hamid, "
                   "said the governorate had set up an emergency room that followed the crews' work around the clock."),
                  (scripture[0], scripture[1].format("Quran")),
                  (places[0], places[1].format("Keur Macène")),
                  ("غير أن عددًا من المزارعين في منطقة كرمسين أبدوا قلقهم.",
                   "However, a number of farmers in the Keur Macène area expressed concern."),
                  ("وأعلنت سلطة الطاقة والموارد الطبيعية أنها ستخصص مليوني دولار.",
                   "The Palestinian Energy and Natural Resources Authority announced that it will allocate two million "
                   "dollars.")], embedder)
    assert_caught("وأضاف أنه يقرأ الإنجيل كل يوم.", "He added that he reads the Quran every day.", "Quran", embedder)
    assert_caught(places[0], places[1].format("Rosso"), "Rosso", embedder)


def test_ministries_attorneys_regions_and_joined_abd_names_of_batch_164(embedder):
    # batch 164: the Qassim region put in place of المنطقة الشرقية (unseen: the region noun with the article read as a
    # reference back, though a compass adjective names the Eastern Province); the Ministry of Construction, Housing
    # and Public Municipalities = وزارة الإعمار والإسكان والبلديات العامة and the Manhattan District Attorney's
    # Office = مكتب المدعي العام في مانهاتن (faithful swap errors); Abdirazak Haji Nur = عبد الرزاق حاجي نور (a faithful
    # error: Haji read as the God's name of an Abd written alone); اجتماعا after a title is no name (a warning)
    region = ("ولم يكشف النادي عن هوية المشتري، مكتفيا بالإشارة إلى أنه من هواة الصقارة في المنطقة الشرقية.",
              "The club did not disclose the buyer's identity, saying only that he was a falconry enthusiast from the {}.")
    chief = ("وقال المدير التنفيذي للشركة، المهندس عبد الرزاق حاجي نور، إن خللا فنيا كان وراء الانقطاع.",
             "The company's chief executive, engineer Abdirazak Haji {}, said a technical fault was behind the outage.")
    assert_quiet([(region[0], region[1].format("Eastern Province")), (chief[0], chief[1].format("Nur")),
                  ("وبيّن أن المجلس خاطب وزارة الإعمار والإسكان والبلديات العامة لإدراج ستة مشاريع.",
                   "He explained that the council has written to the Ministry of Construction, Housing and Public "
                   "Municipalities asking it to include six projects."),
                  ("وجاءت عملية الاستعادة ثمرة تعاون بين وزارة الخارجية العراقية ومكتب المدعي العام في مانهاتن.",
                   "The recovery was the fruit of cooperation between the Iraqi Ministry of Foreign Affairs and the "
                   "Manhattan District Attorney's Office."),
                  ("وسيعقد وزير الاقتصاد اجتماعا مع ممثلي النقابة.", "The economy minister will meet the syndicate's "
                   "representatives.")], embedder)
    assert_caught(region[0], region[1].format("Qassim region"), "Qassim", embedder)
    assert_caught(chief[0], chief[1].format("Farah"), "Farah", embedder)
    # (a region named by its noun alone is still the one the Arabic refers back to)
    assert_quiet([("وقال مدير الدفاع المدني بالولاية إن الحريق أخمد.",
                   "The Kassala state civil defence director said the fire was put out.")], embedder)


def test_persian_names_of_batch_169(embedder):
    # batch 169: Engineer Javad Rezaei-Nejad = المهندس جواد رضائي نجاد and Ahvaz = الأهواز (three faithful errors: the
    # Persian v is a و, and a Persian name, which takes no article, reads ض as z); a swapped-in name is still caught
    carpets = ("وقال رئيس جمعية حرفيي السجاد في محافظة خوزستان المهندس جواد رضائي نجاد إن عدد الأنوال العاملة في "
               "الأهواز انخفض.", "Engineer {}, head of the Khuzestan Province Carpet Artisans' Association, said the "
               "number of working looms in Ahvaz has fallen.")
    assert_quiet([(carpets[0], carpets[1].format("Javad Rezaei-Nejad"))], embedder)
    assert_caught(carpets[0], carpets[1].format("Javad Karimi-Nejad"), "Karimi", embedder)
    # (with the article, القضاة is al-Qudah: no z of it matches a swapped-in Khasawneh)
    judge = ("وقالت مديرة البرنامج دانة القضاة إن الفرق ستبدأ عملها الشهر المقبل.",
             "Programme director Dana al-{} said the teams would start work next month.")
    assert_quiet([(judge[0], judge[1].format("Qudah"))], embedder)
    assert_caught(judge[0], judge[1].format("Khasawneh"), "Khasawneh", embedder)


def test_a_later_mention_the_english_makes_a_pronoun_is_a_warning(embedder):
    # batch 169: وأكد البلوشي أن المشروع لن يؤثر = "He also stressed that the project would not affect" (a faithful
    # error: the Arabic names the port's chief again, linked to Balushi in the pair before, and the English says "he")
    first = make_pair("وأوضح الرئيس التنفيذي لشركة ميناء الدقم المهندس يوسف بن علي البلوشي أن الأعمال ستبدأ في مارس.",
                      "Eng. Yousef bin Ali al-Balushi, chief executive of Duqm Port Company, said work will begin in March.")
    ar = "وأكد البلوشي أن المشروع لن يؤثر على أنشطة الصيد التقليدي في المنطقة."
    second = make_pair(ar, "He also stressed that the project would not affect traditional fishing activities in the area.",
                       bead_id=1)
    found = run(CHECK, [first, second], profiled(embedder))
    assert [(i.severity, spans(i, second, "source")) for i in found if i.alignment == 1] == [("warning", ["البلوشي"])]
    # without a pronoun where the name stood, the name left out is an error
    dropped = make_pair(ar, "The project would not affect traditional fishing in the area.", bead_id=1)
    found = run(CHECK, [first, dropped], profiled(embedder))
    assert [(i.severity, spans(i, dropped, "source")) for i in found if i.alignment == 1] == [("error", ["البلوشي"])]


def test_the_siwan_adjective_of_batch_169(embedder):
    # batch 169: المطرزات السيوية = "Siwan embroidery" (two faithful errors: the English adjective of Siwa, and the
    # Arabic nisba of a place in ة, were in no row of the gazetteer)
    embroidery = ("وتنتج النساء المطرزات السيوية التقليدية والمشغولات اليدوية من سعف النخيل.",
                  "The women produce traditional {} embroidery and palm-frond handicrafts.")
    assert_quiet([(embroidery[0], embroidery[1].format("Siwan"))], embedder)
    assert_caught(embroidery[0], embroidery[1].format("Nubian"), "Nubian", embedder)


def test_names_whose_consonants_agree_and_long_vowels_do_not_of_batch_168(embedder):
    # batch 168: Mahmoud al-Hussein put in place of محمود الحسن was unseen (Hassan and Hussein have the same
    # consonants); so Hassan for الحسين and Mohammed for محمود: the long vowels between the consonants disagree
    bank = ("ومن جهته، أعلن مدير المصرف الزراعي التعاوني في حماة محمود الحسن عن منح قروض ميسرة للمزارعين المتضررين.",
            "For his part, {}, director of the Cooperative Agricultural Bank in Hama, announced soft loans for "
            "affected farmers.")
    assert_quiet([(bank[0], bank[1].format("Mahmoud al-Hassan"))], embedder)
    assert_caught(bank[0], bank[1].format("Mahmoud al-Hussein"), "Hussein", embedder)
    assert_caught(bank[0], bank[1].format("Mohammed al-Hassan"), "Mohammed", embedder)
    judge = ("وقال القاضي علي الحسين إن الجلسة أجلت.", "Judge Ali al-{} said the hearing was adjourned.")
    assert_quiet([(judge[0], judge[1].format("Hussein")), (judge[0], judge[1].format("Husayn"))], embedder)
    pair = make_pair(judge[0], judge[1].format("Hassan"))  # (a warning in so short a pair)
    assert [spans(i, pair, "target") for i in run(CHECK, pair, profiled(embedder))] == [["Hassan"]]
    # (a single i or u may write a long vowel or none, and a French ou a short u)
    assert_quiet([("وقال رشيد مراد إن الموسم بدأ.", "Rashid Mourad said the season had begun."),
                  ("وقال محمود الشريف إن الموسم بدأ.", "Mahmud al-Sharif said the season had begun.")], embedder)
