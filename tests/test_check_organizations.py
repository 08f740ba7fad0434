import pytest
from pairs import make_pair, parallel, run, spans

from amanah.checks.entities import EntityCheck
from amanah.checks.organizations import (arabic_mentions, english_mentions, organisation_word_issues, organization_issues,
                                         shared_mentions, unrendered_organisation_words)

CHECK = EntityCheck()
IMF_AR = "ويأتي القرار بعد أيام من توقيع الحكومة اتفاقاً مع صندوق النقد الدولي لزيادة قيمة القرض إلى ثمانية مليارات دولار."
IMF_EN = ("The decision comes days after the government signed an agreement with the International Monetary Fund "
          "to increase the loan to eight billion dollars.")


def org_issues(ar: str, en: str, source_lang: str = "ar"):
    pair = make_pair(ar, en) if source_lang == "ar" else make_pair(en, ar, "en", "ar")
    ar_side, en_side = ("source", "target") if source_lang == "ar" else ("target", "source")
    return pair, list(organization_issues(pair, ar_side, en_side, "entity"))


def assert_org_swap(ar: str, en: str, faithful: str, swapped: str) -> None:
    """``en`` (a template) naming ``faithful`` raises no organisation finding, naming ``swapped`` an error."""
    assert org_issues(ar, en.format(faithful))[1] == []
    assert "error" in [i.severity for i in org_issues(ar, en.format(swapped))[1]]


@pytest.mark.parametrize("ar, en", [
    (IMF_AR, IMF_EN),
    (IMF_AR, IMF_EN.replace("the International Monetary Fund", "the IMF")),
    ("وقال المتحدث باسم المفوضية السامية للأمم المتحدة لشؤون اللاجئين إن", "A spokesman for the UN refugee agency said"),
    ("وقال المتحدث باسم المفوضية السامية للأمم المتحدة لشؤون اللاجئين إن", "A United Nations spokesman said"),
    ("وقدمت اليونيسف والبنك الدولي الدعم", "UNICEF and the World Bank provided support"),
    ("وأبلغت الولايات مركز مكافحة الأمراض والوقاية منها", "The states reported to the Center For Disease Control"),
    ("قالت منظمة أطباء بلا حدود", "Medecines Sans Frontieres said"),  # flores200, misspelled
    ("وانعقد مجلس الأمن القومي", "The National Security Council met"),
    # flores200: an acronym of the English name's initials (not a form of its own: PA is Pennsylvania too)
    ("بينما توافق السلطة الفلسطينيّة على استمرار هذا التواجد", "while the PA agrees to leave such presence"),
    # Iraqi politics: the ruling coalition and the electoral commission are named by translation
    ("ستعزز نفوذ الأحزاب المنضوية في الإطار التنسيقي الحاكم", "will strengthen the parties in the ruling Coordination Framework"),
    ("أعلنت المفوضية العليا المستقلة للانتخابات النتائج", "The Independent High Electoral Commission announced the results"),
    # batch 103: Algérienne des Eaux by its English name
    ("وأكد المدير العام للشركة الجزائرية للمياه أن المعدات مصنعة محليا",
     "The director general of the Algerian Water Company affirmed that the equipment is made locally"),
    # batch 100: Kurdistan's commission adds the referendum to the name
    ("أعلنت المفوضية العليا المستقلة للانتخابات والاستفتاء في إقليم كردستان العراق نسبة المشاركة",
     "The Independent High Electoral and Referendum Commission of Iraq's Kurdistan Region announced turnout"),
    # health agencies, named by translation in Arabic and by acronym in English
    ("يمكن زيادة هذا إذا طلب ممثلو هيئة الصحة العامة في إنجلترا المزيد من العينات.",
     "This could be increased if PHE modelers require more samples."),
    ("وافقت إدارة الغذاء والدواء الأمريكية على اللقاح", "The FDA approved the vaccine"),
    # batch 109: a portfolio joined to the ministry's two-word one
    ("أعلنت الأمانة التابعة لوزارة الشؤون البلدية والقروية والإسكان انهيار مبنى",
     "The municipality, affiliated to the Ministry of Municipal and Rural Affairs and Housing, announced a building collapse"),
    ("وقالت هيئة الخدمات الصحية الوطنية إن", "The NHS said"),
])
def test_faithful_organisations_are_not_flagged(ar, en):
    assert org_issues(ar, en)[1] == []


def test_a_swapped_organisation_is_an_error_on_both_sides():
    # a news article: International Monetary Fund -> World Bank raised nothing, both are common words
    pair, issues = org_issues(IMF_AR, IMF_EN.replace("International Monetary Fund", "World Bank"))
    assert [(i.severity, spans(i, pair, "source"), spans(i, pair, "target")) for i in issues] == [
        ("error", ["صندوق النقد الدولي"], []), ("error", [], ["World Bank"])]
    assert "World Bank" in issues[0].message and "صندوق النقد الدولي" in issues[1].message


def test_a_swap_is_found_in_either_direction_and_through_the_entity_check():
    pair = make_pair(IMF_EN.replace("International Monetary Fund", "World Bank"), IMF_AR, "en", "ar")
    found = [(i.severity, spans(i, pair, "source"), spans(i, pair, "target")) for i in run(CHECK, pair)]
    assert ("error", ["World Bank"], []) in found and ("error", [], ["صندوق النقد الدولي"]) in found


def test_an_organisation_on_one_side_only_is_a_note():
    pair, issues = org_issues("وقالت الحكومة إنها وقعت الاتفاق", "The government said it signed the agreement with the IMF")
    assert [(i.severity, spans(i, pair, "target")) for i in issues] == [("info", ["IMF"])]


def test_an_arabic_reference_back_to_the_organisation_names_it():
    # a health article checked English -> Arabic: "WHO Director-General" = المدير العام للمنظمة
    en = "WHO Director-General Tedros Adhanom Ghebreyesus told a news conference in Geneva."
    ar = "وقال المدير العام للمنظمة تيدروس أدهانوم غيبريسوس، في مؤتمر صحفي في جنيف."
    assert org_issues(ar, en)[1] == []
    assert [i.severity for i in org_issues("وقال المدير العام تيدروس في جنيف.", en)[1]] == ["info"]


def test_the_words_of_an_organisation_are_no_name_candidates():
    # "Rapid" and "Support" were weak name candidates, warnings when another name lacked its Arabic
    from amanah.checks.entities import english_candidates
    text = "the Rapid Support Forces delegation is led by Abdel Rahim Dagalo"
    assert [t.text for t, _ in english_candidates(text)] == ["Abdel", "Rahim", "Dagalo"]


def test_names_need_a_capital_and_acronyms_their_case():
    assert english_mentions("the general assembly of the club voted; who knows") == ()
    assert [m.text for m in english_mentions('as indicated".WHO recommends')] == ["WHO"]
    assert [m.text for m in arabic_mentions("وأكد للأمم المتحدة وبالبنك الدولي")] == ["للأمم المتحدة", "وبالبنك الدولي"]
    # a lower-case "world health organization" is no mention and leaves the capitals after it free
    assert [m.text for m in english_mentions("the world Health Organization and the WHO")] == ["WHO"]


def test_rating_agencies_are_organisations_though_their_names_are_common_words():
    ar = "ورفعت وكالة موديز التصنيف الائتماني لمصر إلى مستقر، فيما أبقت فيتش على تصنيفها."
    en = "Moody's raised Egypt's credit outlook to stable, while Fitch kept its rating unchanged."
    assert org_issues(ar, en)[1] == []
    swapped = org_issues(ar, en.replace("Moody's", "S&P"))[1]
    assert sorted(i.severity for i in swapped) == ["error", "error"]


def test_every_english_form_opens_with_a_capital_letter():
    # the pattern tests an ASCII capital first (organizations._english_pattern)
    from amanah.checks.organizations import _ORGANIZATIONS
    forms = [f.strip() for _, _, en, _ in _ORGANIZATIONS for f in en.split(";")]
    assert forms and all("A" <= f[0] <= "Z" for f in forms)


def test_no_organisation_finding_on_faithful_shared_pairs():
    pairs = [make_pair(a, e) for name in ("tico19_dev", "flores200_devtest") for a, e in parallel(name, 1000)]
    issues = [i for p in pairs for i in organization_issues(p, "source", "target", "entity")]
    assert sum(bool(english_mentions(p.target_text)) for p in pairs) > 30
    # no error or warning; one note, where a Californian order's "Department of Public Health" (a
    # ministry's name in the table) is إدارة الصحة العامة, which names none
    assert [i for i in issues if i.severity != "info"] == []
    assert [i.message.split("'")[1] for i in issues] == ["Department of Public Health"]


def test_ministries_are_organisations_by_portfolio():
    ar = "وقال وزير الصحة إن الوزارة ستنسق مع وزارة التربية لتطعيم التلاميذ في المدارس."
    en = "The {} said the ministry would coordinate with the Ministry of Education to vaccinate pupils in schools."
    assert org_issues(ar, en.format("Health Minister"))[1] == []
    assert org_issues(ar, en.format("Minister of Health"))[1] == []
    pair, issues = org_issues(ar, en.format("Interior Minister"))
    assert [(i.severity, spans(i, pair, "source"), spans(i, pair, "target")) for i in issues] == [
        ("error", ["وزير الصحة"], []), ("error", [], ["Interior Minister"])]
    # the government departments of English-speaking countries are ministries too, a state's are not
    assert [m.text for m in english_mentions("the U.S. Department of Defense and the Secretary of State")] == [
        "Department of Defense", "Secretary of State"]
    assert english_mentions("the California Department of Public Health and the Secretary of State for Health") == ()


def test_shared_mentions_are_the_organisations_both_sides_name():
    ar = "ستحلل المسحات في المختبرات المرجعية التابعة لهيئة الصحة العامة في إنجلترا وبدعم من اليونيسف."
    ar_orgs, en_orgs = shared_mentions(ar, "Swabs will be analysed in PHE reference laboratories.")
    assert [ar[m.start:m.end] for m in ar_orgs] == ["لهيئة الصحة العامة في إنجلترا"]
    assert [m.text for m in en_orgs] == ["PHE"]
    # an agency and its parent are one family: the UN renders UNICEF's mention, and the other way round
    ar_orgs, en_orgs = shared_mentions(ar, "The United Nations supports the laboratories.")
    assert [m.text for m in ar_orgs] == ["اليونيسف"] and [m.text for m in en_orgs] == ["United Nations"]


def test_a_parent_before_its_agency_is_part_of_the_agencys_name():
    assert [m.text for m in english_mentions("the United Nations High Commissioner for Refugees (UNHCR) said")] == [
        "High Commissioner for Refugees", "UNHCR"]
    assert [m.text for m in english_mentions("the UN Security Council and the United Nations said")] == [
        "Security Council", "United Nations"]
    # so the UN no longer stands for the other side's agency: OCHA swapped for UNHCR is an error
    ar = "وقال مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية إن الفيضانات أثرت على نحو 190 ألف شخص."
    en = "The United Nations {} said the floods had affected about 190,000 people."
    assert org_issues(ar, en.format("Office for the Coordination of Humanitarian Affairs"))[1] == []
    pair, issues = org_issues(ar, en.format("High Commissioner for Refugees"))
    assert [(i.severity, spans(i, pair, "source"), spans(i, pair, "target")) for i in issues] == [
        ("error", ["مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية"], []), ("error", [], ["High Commissioner for Refugees"])]


def test_an_unknown_english_organisation_in_a_known_ones_place_is_a_swap():
    ar = "وكانت منظمة الصحة العالمية قد أشادت في تقرير صدر الشهر الماضي بتجربة البلاد في الوقاية من الأمراض المزمنة."
    en = "The {} had praised the country's experience in preventing chronic diseases in a report issued last month."
    assert org_issues(ar, en.format("World Health Organization"))[1] == []
    pair, issues = org_issues(ar, en.format("Gulf Health Council"))
    assert [(i.severity, spans(i, pair, "source"), spans(i, pair, "target")) for i in issues] == [
        ("error", ["منظمة الصحة العالمية"], []), ("error", [], ["Gulf Health Council"])]
    # an organisation the table does not know, on both sides, is the name check's business
    assert org_issues("وأشاد مجلس الصحة الخليجي بالتجربة", "The Gulf Health Council praised the experience")[1] == []
    # and an Arabic organisation the English leaves out, naming no other one, stays a note
    pair, issues = org_issues(ar, en.format("officials").replace("The ", "The country's "))
    assert [i.severity for i in issues] == ["info"]


def test_an_unknown_organisation_ends_before_and():
    # MSF swapped for the International Medical Corps beside the Red Cross: the unknown name is
    # not run into the known one after "and the"
    ar = "وأعلنت الوزارة أنها ستوزع الكميات بالتعاون مع منظمة أطباء بلا حدود والصليب الأحمر."
    en = "The ministry announced it would distribute the quantities in cooperation with {} and the Red Cross."
    assert org_issues(ar, en.format("Doctors Without Borders"))[1] == []
    pair, issues = org_issues(ar, en.format("the International Medical Corps"))
    assert ("error", [], ["International Medical Corps"]) in [
        (i.severity, spans(i, pair, "source"), spans(i, pair, "target")) for i in issues]


def test_a_lower_case_name_is_read_with_either_apostrophe():
    # a text written all in lower case, with a typographic apostrophe: "united nations children’s fund"
    # names اليونيسف as the straight apostrophe does
    ar = "وقالت منظمة الأمم المتحدة للطفولة إن الأطفال بحاجة إلى المساعدة"
    for apostrophe in ("'", "’"):
        en = f"the united nations children{apostrophe}s fund said the children need help"
        assert org_issues(ar, en)[1] == [], apostrophe


def test_a_one_word_organisation_the_english_writes_as_a_place_is_that_place():
    # الفاو is the FAO and Iraq's port of Faw: "the Faw area" names the place, no swap
    ar = "من خلال إنشاء خزانات جديدة في منطقة الفاو وإضافة عوامة رابعة"
    assert org_issues(ar, "by building new storage tanks in the Faw area and adding a fourth buoy")[1] == []
    # the FAO named by its acronym elsewhere, and its English lost for another organisation's: still a swap
    pair, issues = org_issues("وقالت الفاو إن المحصول تراجع", "The World Bank said the harvest declined")
    assert [i.severity for i in issues] == ["error", "error"]


def test_a_ministry_of_the_portfolio_is_the_ministry():
    # "the Ministry of the Interior, Local Authorities ..." = وزارة الداخلية والجماعات المحلية
    ar = "أعلنت وزارة الداخلية والجماعات المحلية أن النيابة فتحت تحقيقا"
    for en in ("the Ministry of the Interior, Local Authorities announced that prosecutors opened an inquiry",
               "the Minister of the Interior announced that prosecutors opened an inquiry"):
        assert org_issues(ar, en)[1] == [], en
    assert [i.severity for i in org_issues(ar, "the Ministry of the Economy announced that prosecutors opened "
                                               "an inquiry")[1]] == ["error", "error"]


def test_an_unknown_organisation_ends_before_an_office_title():
    # "Basra Oil Company Director General Ali Nasser" names the company, then its director
    from amanah.checks.organizations import unknown_english_organisations
    found = unknown_english_organisations("Basra Oil Company Director General Ali Nasser Al-Moussawi said", [])
    assert [m.text for m in found] == ["Basra Oil Company"]
    found = unknown_english_organisations("the Ministry of Social Development said", [])
    assert [m.text for m in found] == ["Ministry of Social Development"]


def test_the_state_department_is_the_foreign_ministry():
    ar = "وقالت وزارة الخارجية الأمريكية إن المساعدات ستستأنف"
    assert org_issues(ar, "The US State Department said the aid would resume")[1] == []
    assert [i.severity for i in org_issues(ar, "The US Treasury Department said the aid would resume")[1]] == [
        "error", "error"]


SOCIAL_INSURANCE_AR = "وقال إن نحو 12 ألف موظف مسجلون لدى الهيئة العامة للتأمين الاجتماعي سيحالون إلى التقاعد"
SOCIAL_INSURANCE_EN = "He said about 12,000 employees registered with the {} will be referred to retirement"


def test_an_unknown_organisation_whose_words_the_arabic_does_not_render_is_another():
    # an evaluation article (written for amanah): the organisation swapped for one the table does
    # not know; its words Civil and Service render nothing of the Arabic (Bureau may be هيئة)
    pair = make_pair(SOCIAL_INSURANCE_AR, SOCIAL_INSURANCE_EN.format("Civil Service Bureau"))
    found = [(i.severity, spans(i, pair, "target")) for i in organisation_word_issues(pair, "source", "target", "entity")]
    assert found == [("error", ["Civil", "Service"])]
    assert ("error", ["Civil", "Service"]) in [(i.severity, spans(i, pair, "target")) for i in run(CHECK, pair)]
    # the faithful name: every word rendered (Organisation = هيئة, Insurance = التأمين)
    faithful = make_pair(SOCIAL_INSURANCE_AR, SOCIAL_INSURANCE_EN.format("Social Insurance Organisation"))
    assert unrendered_organisation_words(faithful.target_text, faithful.source_text) == []
    assert run(CHECK, faithful) == []


def test_a_known_organisation_the_arabic_does_not_name_is_weighed_by_its_words_too():
    # an evaluation article: the statistics bureau swapped for a ministry of the table; the table
    # alone made it a note (the Arabic names no organisation it knows)
    ar = "بالتعاون مع الجهاز المركزي للإحصاء الفلسطيني"
    pair = make_pair(ar, "in cooperation with the Palestinian Ministry of Social Development")
    assert [(i.severity, spans(i, pair, "target")) for i in run(CHECK, pair)] == [
        ("error", ["Ministry", "Social", "Development"])]
    assert [i.severity for i in organization_issues(pair, "source", "target", "entity")] == ["info"]
    # the faithful name renders every word (Central = المركزي, Bureau = الجهاز)
    assert run(CHECK, make_pair(ar, "in cooperation with the Palestinian Central Bureau of Statistics")) == []
    # a ministry the Arabic names is no candidate, whatever its words
    assert unrendered_organisation_words("the Ministry of Social Development", "وزارة الشؤون الاجتماعية") == []


@pytest.mark.parametrize("ar, en, unrendered", [
    # one word alone is a translator's choice, not a finding (أغذية, "food", for Food Services)
    ("وقالت مديرة إدارة الأغذية إن", "The director of the Food Services Department said", ["Services"]),
    # a hospital and a terminal are institutions too; a university hospital is مستشفى جامعي
    ("في محطة الحاويات في العقبة", "at the Aqaba Container Terminal", []),
    ("في مستشفى رفيق الحريري الجامعي", "at the Rafik Hariri University Hospital", []),
    # the West Bank is a place, not a bank
    ("في مدن الضفة الغربية", "in West Bank towns", []),
    # plural and adjective forms: Chambers = غرف, Agricultural = الزراعية, Labour = الشغل (Tunisia)
    ("اتحاد الغرف التجارية", "the Federation of Chambers of Commerce", []),
    ("اتحاد لجان العمل الزراعي", "the Union of Agricultural Work Committees", []),
    ("الاتحاد العام التونسي للشغل", "the Tunisian General Labour Union", []),
    # National, General, Public, Central: وطني / قومي / أهلي, عام / عمومي, مركزي
    ("البنك الأهلي المصري", "the National Bank of Egypt", []),
    ("الهيئة العامة للخدمات البيطرية", "the General Authority for Veterinary Services", []),
    ("بتمويل من صندوق الاستثمارات العامة", "funded by the National Development Fund", ["National", "Development"]),
    # health and public-service words: Laboratory = مختبر, Vaccination = التطعيم, Fisheries = الصيد البحري
    ("أعلن المختبر المركزي للصحة العامة", "the Central Public Health Laboratory announced", []),
    ("قال مدير مركز التطعيم", "the director of the Vaccination Centre said", []),
    ("غرفة الصيد البحري الأطلسية الجنوبية", "the Southern Atlantic Maritime Fisheries Chamber", []),
    ("أعلن المختبر المركزي للصحة العامة", "the Central Veterinary Research Institute announced",
     ["Veterinary", "Research", "Institute"]),
])
def test_organisation_words_and_their_arabic_renderings(ar, en, unrendered):
    pair = make_pair(ar, en)
    found = unrendered_organisation_words(en, ar)
    assert [en[a:b] for _, words in found for a, b in words] == unrendered
    assert len(list(organisation_word_issues(pair, "source", "target", "entity"))) == (len(unrendered) >= 2)


def test_no_organisation_word_finding_on_faithful_shared_pairs():
    pairs = [make_pair(a, e) for name in ("tico19_dev", "flores200_devtest") for a, e in parallel(name, 1000)]
    assert [i.message for p in pairs for i in organisation_word_issues(p, "source", "target", "entity")] == []


AFD_AR = "جرى تمويل 70% منها بقرض ميسّر من الوكالة الفرنسية للتنمية، فيما تتحمل الأمانة النسبة المتبقية."
AFD_EN = ("70% of which was financed through a concessional loan from the French Development Agency, while the "
          "municipality will cover the remainder.")


def test_development_agencies_and_funds_are_named_by_translation():
    # الوكالة الفرنسية للتنمية is the French Development Agency, not the French news agency (AFP)
    assert run(CHECK, make_pair(AFD_AR, AFD_EN)) == []
    assert run(CHECK, make_pair("وقال لوكالة الصحافة الفرنسية إن", "he told Agence France-Presse")) == []
    pair, issues = org_issues(AFD_AR, AFD_EN.replace("the French Development Agency", "USAID"))
    assert [(i.severity, spans(i, pair, "source"), spans(i, pair, "target")) for i in issues] == [
        ("error", ["الوكالة الفرنسية للتنمية"], []), ("error", [], ["USAID"])]
    for ar, en in [("بتمويل من الصندوق الكويتي للتنمية الاقتصادية العربية", "financed by the Kuwait Fund"),
                   ("بقرض من الوكالة الأمريكية للتنمية الدولية", "with a loan from the U.S. Agency for International Development"),
                   ("ومنحة من بنك الاستثمار الأوروبي", "and a grant from the European Investment Bank")]:
        assert org_issues(ar, en)[1] == [], en
    pair, issues = org_issues("بتمويل من الصندوق السعودي للتنمية", "financed by the Abu Dhabi Fund for Development")
    assert [i.severity for i in issues] == ["error", "error"]


def test_an_organisation_named_twice_in_arabic_and_once_in_english_beside_a_new_one_is_a_swap():
    # وزارة الزراعة ... وزير الزراعة: the English kept "Agriculture Minister" but put another ministry
    # in the first one's place
    ar = ("وفي المقابل، أصدرت وزارة الزراعة قراراً يمنع صيد الأسماك في بحيرة القرعون حتى إشعار آخر، فيما حذر وزير "
          "الزراعة، وليد الحاج، من أن الري بمياه ملوثة خطر.")
    en = ("The Ministry of Agriculture, meanwhile, issued a decision banning fishing in Lake Qaraoun until further "
          "notice, while Agriculture Minister Walid al-Hajj warned that irrigating with polluted water is a danger.")
    assert org_issues(ar, en)[1] == []
    pair, issues = org_issues(ar, en.replace("Ministry of Agriculture", "Ministry of Public Health"))
    assert [(i.severity, spans(i, pair, "source"), spans(i, pair, "target")) for i in issues] == [
        ("error", ["وزارة الزراعة"], []), ("error", [], ["Ministry of Public Health"])]
    # named as often on both sides, a new English organisation stays a note
    pair, issues = org_issues(ar, en + " The World Bank has funded the project.")
    assert [i.severity for i in issues] == ["info"]


def test_civil_defence_and_the_weather_service_are_named_by_translation():
    ar = "وأعلنت هيئة الهلال الأحمر السعودي رفع جاهزية فرقها الإسعافية، وفق بيانات الهيئة العامة للأرصاد الجوية."
    en = ("The Saudi Red Crescent Authority announced that it had raised the readiness of its ambulance teams, "
          "according to data from the Egyptian Meteorological Authority.")
    assert org_issues(ar, en)[1] == []
    for old, new, ar_span in [("The Saudi Red Crescent Authority", "The Saudi Civil Defence", "الهلال الأحمر"),
                              ("the Egyptian Meteorological Authority", "the National Authority for Remote Sensing",
                               "للأرصاد الجوية")]:
        pair, issues = org_issues(ar, en.replace(old, new))
        assert [(i.severity, spans(i, pair, "source")) for i in issues if spans(i, pair, "source")] == [
            ("error", [ar_span])], new
    assert org_issues("وقالت المديرية العامة للدفاع المدني وخفر السواحل", "The Civil Defence and the Coast Guard said")[1] == []


def test_the_bare_french_agency_before_a_complement_is_no_news_agency():
    # الوكالة الفرنسية لتطوير العلا = the French Agency for AlUla Development; لوكالة الصحافة الفرنسية = AFP
    assert [m.text for m in arabic_mentions("وقالت الوكالة الفرنسية لتطوير العلا إن")] == []
    assert [m.text for m in arabic_mentions("وقال للوكالة الفرنسية إن")] == ["للوكالة الفرنسية"]
    assert org_issues("وأعلنت الوكالة الفرنسية لتطوير العلا عن برنامج جديد",
                      "The French Agency for AlUla Development announced a new programme")[1] == []


@pytest.mark.parametrize("ar, en, swapped", [
    # international bodies and ministries the region's news names by translation
    ("وحذرت الوكالة الدولية لأبحاث السرطان من المادة", "The International Agency for Research on Cancer warned "
     "against the substance", "The United Nations Population Fund warned against the substance"),
    ("وأصدرت المنظمة البحرية الدولية قواعد جديدة", "The International Maritime Organization issued new rules",
     "The International Energy Agency issued new rules"),
    ("وقالت وزارة الموارد البشرية والتنمية الاجتماعية إن العقود الجديدة", "The Ministry of Human Resources and "
     "Social Development said the new contracts", "The Ministry of Interior said the new contracts"),
    ("وقعت الحكومة اتفاقية مع موانئ دبي العالمية لتشغيل المحطة", "The government signed an agreement with DP World "
     "to operate the terminal", "The government signed an agreement with AD Ports Group to operate the terminal"),
    ("وقال وزير الشباب والرياضة إن الملعب", "The Minister of Youth and Sports said the stadium",
     "The Minister of Public Works said the stadium"),
    # articles written for amanah's evaluation: المديرية العامة للأرصاد الجوية = "the Directorate General
    # of Meteorology"
    ("وكانت المديرية العامة للأرصاد الجوية قد حذرت يوم الأربعاء من منخفض جوي",
     "The Directorate General of Meteorology had warned on Wednesday of a low-pressure system",
     "The Directorate General of Civil Aviation had warned on Wednesday of a low-pressure system"),
    # Libya's rival governments (batch 60)
    ("وقال وزير الصحة في حكومة الوحدة الوطنية إن الشحنة وصلت", "The health minister of the Government of National "
     "Unity said the shipment had arrived", "The health minister of the Government of National Stability said the "
     "shipment had arrived"),
])
def test_more_organisations_named_by_translation(ar, en, swapped):
    assert org_issues(ar, en)[1] == []
    assert [i.severity for i in org_issues(ar, swapped)[1]] == ["error", "error"]


def test_an_arm_of_the_european_union_is_a_mention_of_it():
    # المفوضية الأوروبية rendered "the European Union" is no swap; the African Union is
    assert org_issues("وقدمت المفوضية الأوروبية منحة", "The European Union provided a grant")[1] == []
    assert [i.severity for i in org_issues("وقدم الاتحاد الأوروبي منحة", "The African Union provided a grant")[1]] \
        == ["error", "error"]


def test_a_parent_the_other_side_names_itself_stands_for_none_of_its_agencies():
    # الوكالة الدولية لأبحاث السرطان ومنظمة الصحة العالمية: the English WHO is the Arabic WHO, so it
    # does not also stand for the cancer agency the English swapped for another
    ar = "بمنحة من الوكالة الدولية لأبحاث السرطان ومنظمة الصحة العالمية"
    assert org_issues(ar, "with a grant from the International Agency for Research on Cancer and the World Health "
                          "Organization")[1] == []
    pair, issues = org_issues(ar, "with a grant from the United Nations Population Fund and the World Health Organization")
    assert [(i.severity, spans(i, pair, "source"), spans(i, pair, "target")) for i in issues] == [
        ("error", ["الوكالة الدولية لأبحاث السرطان"], []), ("error", [], ["United Nations Population Fund"])]
    # a parent named alone still stands for its agency (the WHO's cancer agency, left unnamed)
    assert org_issues("بمنحة من الوكالة الدولية لأبحاث السرطان", "with a grant from the World Health Organization")[1] == []


def test_the_food_and_drug_authority_is_the_food_and_drug_regulator():
    # هيئة الغذاء والدواء is the Saudi Food and Drug Authority as well as the US FDA
    ar = "كما دعوا هيئة الغذاء والدواء إلى دراسة إلزام مصنعي الحليب بتدعيم منتجاتهم بالفيتامين."
    assert org_issues(ar, "They also called on the Food and Drug Authority to consider requiring milk "
                          "manufacturers to fortify their products with the vitamin.")[1] == []
    assert [i.severity for i in org_issues(ar, "They also called on the World Health Organization to consider "
                                               "requiring milk manufacturers to fortify their products.")[1]] \
        == ["error", "error"]


@pytest.mark.parametrize("ar, en", [
    # batch 88: the Saudi authority by its Arabic name's words
    ("أعلنت الهيئة العامة للغذاء والدواء سحب تشغيلة من حليب الرضع.",
     "The General Authority for Food and Drug announced the recall of a batch of infant formula."),
    # Jordan's regulator is an مؤسسة (a faithful error of the round before)
    ("وقالت المؤسسة العامة للغذاء والدواء إن العينات مطابقة للمواصفات.",
     "The Food and Drug Administration said the samples met the specifications."),
])
def test_the_food_and_drug_regulators_other_names(ar, en):
    assert org_issues(ar, en)[1] == []
    assert [i.severity for i in org_issues(ar, en.replace(en.split(" said")[0].split(" announced")[0],
                                                           "The World Health Organization"))[1]] == ["error", "error"]


def test_a_parent_that_qualifies_an_agency_s_name_is_part_of_it():
    # منظمة الأغذية والزراعة للأمم المتحدة = the FAO: its للأمم المتحدة is no mention of the UN, which
    # the WFP swapped in would otherwise stand for
    ar = "وكشفت الوزيرة أن منظمة الأغذية والزراعة للأمم المتحدة (فاو) وافقت على تقديم دعم عاجل."
    assert org_issues(ar, "The minister revealed that the Food and Agriculture Organization (FAO) had agreed to "
                          "provide urgent support.")[1] == []
    pair, issues = org_issues(ar, "The minister revealed that the World Food Programme (WFP) had agreed to provide "
                                  "urgent support.")
    assert [(i.severity, spans(i, pair, "source")) for i in issues if i.source_spans] == [
        ("error", ["منظمة الأغذية والزراعة"])]
    assert org_issues("وكشفت الوزيرة أن منظمة الأغذية والزراعة وافقت على تقديم دعم عاجل.",
                      "The minister revealed that the Food and Agriculture Organization of the United Nations had "
                      "agreed to provide urgent support.")[1] == []


def test_the_ministry_of_national_economy_is_the_ministry_of_economy():
    # Palestine's وزارة الاقتصاد الوطني, which an article may call وزارة الاقتصاد
    ar = "وقالت وزارة الاقتصاد إنها ستراقب أسعار زيت الزيتون في الأسواق."
    assert org_issues(ar, "The Ministry of National Economy said it would monitor olive oil prices in the markets.")[1] == []
    assert [i.severity for i in org_issues(ar, "The Ministry of Agriculture said it would monitor olive oil prices "
                                               "in the markets.")[1]] == ["error", "error"]


def test_morocco_s_ministry_of_energy_transition_is_the_energy_ministry():
    ar = "وقالت وزيرة الانتقال الطاقي والتنمية المستدامة إن المحطة ستنتج الكهرباء."
    assert org_issues(ar, "The Minister of Energy Transition and Sustainable Development said the plant would "
                          "produce electricity.")[1] == []


def test_unrwa_by_its_full_name_in_both_languages():
    # batch 63: "the United Nations Relief and Works Agency for Palestine Refugees (UNRWA)" = وكالة الأمم
    # المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين (الأونروا); where the English dropped two other
    # organisations, the full name was read as an unknown one swapped in for them
    ar = ("أعلنت منظمة الصحة العالمية ووكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين (الأونروا) انطلاق حملة "
          "التطعيم في قطاع غزة، وذلك بالتنسيق مع وزارة الصحة الفلسطينية ومنظمة الأمم المتحدة للطفولة (يونيسف).")
    en = ("The World Health Organization and the United Nations Relief and Works Agency for Palestine Refugees "
          "(UNRWA) announced the launch of the vaccination campaign in the Gaza Strip{}.")
    assert run(CHECK, make_pair(ar, en.format(", in coordination with the Palestinian Ministry of Health and "
                                              "UNICEF"))) == []
    dropped = make_pair(ar, en.format(""))
    assert {(i.severity, tuple(spans(i, dropped, "target"))) for i in run(CHECK, dropped)} == {("info", ())}
    assert [m.text for m in arabic_mentions("وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين")][:1] == [
        "وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين"]


def test_qatar_rail_is_shrikat_al_rail():
    # batch 64: "CEO of Qatar Rail" = الرئيس التنفيذي لشركة الريل: the country is part of the company's name
    ar = ("وأوضح المهندس سعد بن علي المهندي، الرئيس التنفيذي لشركة الريل، أن الشركة تتوقع أن يستقطب الخط البرتقالي نحو "
          "٦٠ ألف راكب يومياً.")
    en = "Eng. Saad bin Ali Al Mohannadi, CEO of Qatar {}, said the company expects the line to attract about 60,000 passengers a day."
    assert run(CHECK, make_pair(ar, en.format("Rail"))) == []
    swapped = make_pair(ar, en.format("Airways"))
    assert "error" in [i.severity for i in run(CHECK, swapped)]


def test_a_human_rights_commission_is_named_by_mufawwadiyat_huquq_al_insan():
    # batch 65: Iraq's "Human Rights Commission" = مفوضية حقوق الإنسان, the Arabic OHCHR's too
    ar = "ويضم سجن الناصرية المركزي أكثر من ستة آلاف نزيل، بحسب تقارير سابقة لمفوضية حقوق الإنسان."
    en = "Nasiriyah Central Prison holds more than 6,000 inmates, according to previous reports by the {}."
    assert run(CHECK, make_pair(ar, en.format("Human Rights Commission"))) == []
    assert run(CHECK, make_pair(ar, en.format("UN High Commissioner for Human Rights"))) == []
    # Qatar's "National Human Rights Committee" = اللجنة الوطنية لحقوق الإنسان
    assert run(CHECK, make_pair("وأشادت اللجنة الوطنية لحقوق الإنسان بالقرار.",
                                "The National Human Rights Committee praised the decision.")) == []
    swapped = make_pair(ar, en.format("Red Crescent"))
    assert [spans(i, swapped, "target") for i in run(CHECK, swapped) if i.severity == "error"] == [[], ["Red Crescent"]]


def test_iraq_s_integrity_commission():
    # batch 66: "The Commission of Integrity" = هيئة النزاهة
    ar = "وكانت هيئة النزاهة قد أعلنت في كانون الثاني/يناير الماضي أنها أحالت 27 قضية تخص الوزارة إلى القضاء."
    en = "The {} had announced last January that it referred 27 cases related to the ministry to the judiciary."
    assert run(CHECK, make_pair(ar, en.format("Commission of Integrity"))) == []
    assert [len(side) for side in shared_mentions(ar, en.format("Commission of Integrity"))] == [1, 1]
    assert "error" in [i.severity for i in run(CHECK, make_pair(ar, en.format("Board of Supreme Audit")))]


def test_a_country_s_courts_by_their_rank_and_kind():
    # batch 67: المحكمة الكبرى المدنية = the High Civil Court (Bahrain); the Court of Cassation is another
    ar = "ويجيز المشروع لطرفي النزاع الطعن في قرارات اللجنة أمام المحكمة الكبرى المدنية خلال خمسة عشر يوماً."
    en = "The bill allows the parties to a dispute to challenge the committee's decisions before the {} within fifteen days."
    assert run(CHECK, make_pair(ar, en.format("High Civil Court"))) == []
    swapped = make_pair(ar, en.format("Court of Cassation"))
    assert [spans(i, swapped, "target") for i in run(CHECK, swapped) if i.severity == "error"] == [[], ["Court of Cassation"]]
    # محكمة التمييز and محكمة النقض are both the Court of Cassation; the appeals court is another
    for court in ("محكمة التمييز", "محكمة النقض"):
        ar = f"وقضت {court} برد الطعن المقدم من المتهمين."
        assert run(CHECK, make_pair(ar, "The Court of Cassation rejected the defendants' appeal.")) == []
        assert "error" in [i.severity for i in run(CHECK, make_pair(ar, "The Court of Appeal rejected the defendants' appeal."))]


def test_algeria_s_agency_and_water_company_and_a_ministry_of_internal_trade():
    # batch 67: «واج» = APS (by its initials: "APS" alone is also a photo format); الجزائرية للمياه =
    # Algérienne des Eaux; وزارة التجارة الداخلية = the Ministry of Internal Trade
    ar = "وكانت مصالح الجزائرية للمياه قد قدرت نسبة التسربات بنحو 30 في المئة، بحسب «واج»."
    en = "Algerienne des Eaux had estimated the leakage rate at about 30%, according to {}."
    assert run(CHECK, make_pair(ar, en.format("APS"))) == []
    assert [len(side) for side in shared_mentions(ar, en.format("Algeria Press Service"))] == [2, 2]
    assert "error" in [i.severity for i in run(CHECK, make_pair(ar, en.format("SPA")))]
    ar = "أعلنت وزارة التجارة الداخلية وحماية المستهلك في سوريا رفع سعر ربطة الخبز."
    assert run(CHECK, make_pair(ar, "Syria's Ministry of Internal Trade and Consumer Protection raised the price of bread.")) == []


def test_germany_s_development_bank():
    # batch 76: المؤسسة الألمانية للقروض من أجل إعادة الإعمار = Kreditanstalt für Wiederaufbau (KfW)
    ar = ("فيما ساهم كل من البنك الدولي والبنك الإفريقي للتنمية والمؤسسة الألمانية للقروض من أجل إعادة الإعمار في تمويل "
          "الشطر الأول.")
    en = "The World Bank, the African Development Bank and Germany's {} contributed to the financing of the first phase."
    assert [i for i in run(CHECK, make_pair(ar, en.format("Kreditanstalt für Wiederaufbau (KfW)"))) if i.severity != "info"] == []
    assert "error" in [i.severity for i in run(CHECK, make_pair(ar, en.format("Agence Française de Développement (AFD)")))]


def test_the_public_prosecution():
    # batch 69: النيابة العامة = the Public Prosecution; the Ministry of Health in its place is a swap
    ar = "وأوضحت النيابة العامة في بيان أن القضية تعود إلى بلاغ تلقته الهيئة العامة للغذاء والدواء."
    en = "The {} said in a statement that the case dates back to a report received by the Saudi Food and Drug Authority."
    assert [i for i in run(CHECK, make_pair(ar, en.format("Public Prosecution"))) if "organisation" in i.message] == []
    _, issues = org_issues(ar, en.format("Ministry of Health"))
    assert [i.severity for i in issues] == ["error", "error"]
    # (flores200: "The Director of Public Prosecutions" = مدير النيابة العامة)
    assert [len(side) for side in shared_mentions("أدلى مدير النيابة العامة ببيان", "The Director of Public "
                                                  "Prosecutions gave a statement")] == [1, 1]


def test_a_supreme_judicial_council_is_no_court():
    # batch 70: مجلس القضاء الأعلى = the Supreme Judicial Council; the Federal Supreme Court in its place
    ar = "أعلن مجلس القضاء الأعلى، يوم الأربعاء، صدور حكم بالإعدام بحق مدانين اثنين."
    en = "The {} announced on Wednesday that two convicts had been sentenced to death."
    _, issues = org_issues(ar, en.format("Supreme Judicial Council"))
    assert issues == []
    _, issues = org_issues(ar, en.format("Federal Supreme Court"))
    assert [i.severity for i in issues] == ["error", "error"]


def test_a_headline_names_the_who_without_its_first_word():
    # batch 79: الصحة العالمية ووزارة الصحة: ... = "WHO and Health Ministry: ...", swapped for UNICEF
    ar = "الصحة العالمية ووزارة الصحة: السكري يصيب نحو ربع البالغين في الأردن"
    assert org_issues(ar, "WHO and Health Ministry: diabetes affects about a quarter of adults in Jordan")[1] == []
    pair, issues = org_issues(ar, "UNICEF and Health Ministry: diabetes affects about a quarter of adults in Jordan")
    assert [(i.severity, spans(i, pair, "source")) for i in issues if i.source_spans] == [("error", ["الصحة العالمية"])]
    # (and the Moroccan agency's English name: "the Maghreb Arab Press agency" = وكالة المغرب العربي للأنباء)
    assert org_issues("وفي تصريح لوكالة المغرب العربي للأنباء، قال المدير العام",
                      "Speaking to the Maghreb Arab Press agency, the Director General said")[1] == []


def test_two_tunisian_rights_groups_are_told_apart():
    # batch 81: the FTDES swapped for the LTDH
    ar = "وتشير بيانات المنتدى التونسي للحقوق الاقتصادية والاجتماعية إلى أن أكثر من 1300 مهاجر لقوا حتفهم"
    en = "Figures from the Tunisian Forum for Economic and Social Rights show that more than 1,300 migrants died"
    assert org_issues(ar, en)[1] == []
    pair, issues = org_issues(ar, en.replace("Forum for Economic and Social Rights", "League for the Defence of Human Rights"))
    assert sorted(i.severity for i in issues) == ["error", "error"]


@pytest.mark.parametrize("ar, en, swapped", [
    # batch 82: Jordan's Public Security Directorate swapped for the General Intelligence Department
    ("وقال الناطق الإعلامي باسم مديرية الأمن العام إن وحدة الجرائم الإلكترونية تلقت الشكاوى",
     "A spokesman for the Public Security Directorate said the cybercrime unit had received the complaints",
     ("Public Security Directorate", "General Intelligence Department")),
    # Emirates Health Services swapped for the Emirates Red Crescent
    ("وتنفذ الحملة بالتعاون مع مؤسسة الإمارات للخدمات الصحية في المدارس",
     "The campaign is carried out in cooperation with Emirates Health Services in schools",
     ("Emirates Health Services", "Emirates Red Crescent")),
])
def test_security_and_health_services_of_jordan_and_the_emirates(ar, en, swapped):
    assert org_issues(ar, en)[1] == []
    pair, issues = org_issues(ar, en.replace(*swapped))
    assert "error" in [i.severity for i in issues if i.source_spans]


def test_customs_is_a_service_not_a_name():
    # batch 82: "Customs and National Guard units" = وحدات الديوانة والحرس الوطني (Tunisia's word for customs)
    assert [m.text for m in english_mentions("Customs and National Guard units, the General Directorate of Customs")] == [
        "Customs", "National Guard", "Customs"]
    assert [m.text for m in arabic_mentions("وحدات الديوانة والحرس الوطني")] == ["الديوانة", "والحرس الوطني"]
    # (batch 83: أوتشا, the acronym transliterated, is OCHA)
    assert [m.text for m in arabic_mentions("أوتشا: سكان مخيم جنين يواجهون شحاً حاداً في المياه")] == ["أوتشا"]


@pytest.mark.parametrize("ar, en, swapped", [
    # batch 89: BP swapped for Shell
    ("في منطقة غرب الدلتا العميقة التي تديرها شركة بي بي البريطانية.",
     "in the West Delta Deep area operated by Britain's BP.", "in the West Delta Deep area operated by Britain's Shell."),
    # batch 89: the Administrative Control and Transparency Authority swapped for the State Audit Bureau
    ("وأحالت هيئة الرقابة الإدارية والشفافية الملف إلى النيابة العامة.",
     "The Administrative Control and Transparency Authority referred the file to the Public Prosecution.",
     "The State Audit Bureau referred the file to the Public Prosecution."),
    # batch 86: Nazaha swapped for the General Auditing Bureau
    ("وتقدم ببلاغ إلى هيئة الرقابة ومكافحة الفساد.", "He filed a report with the Oversight and Anti-Corruption Authority.",
     "He filed a report with the General Auditing Bureau."),
    # batch 90: the Presidency of State Security swapped for the Ministry of Interior
    ("بدأت التحقيقات إثر بلاغ من الإدارة العامة للتحريات المالية التابعة لرئاسة أمن الدولة.",
     "The investigation began after a report from the General Directorate of Financial Investigation, part of the "
     "Presidency of State Security.",
     "The investigation began after a report from the General Directorate of Financial Investigation, part of the "
     "Ministry of Interior."),
    # batch 91: Egypt's Criminal Appeals Court (محكمة الجنايات المستأنفة), no Court of Appeal beside a Criminal Court
    ("وقال إن الدفاع سيطعن على الحكم أمام محكمة الجنايات المستأنفة خلال المدة القانونية.",
     "He said the defence would challenge the ruling before the Criminal Appeals Court within the legal deadline.",
     "He said the defence would challenge the ruling before the Court of Cassation within the legal deadline."),
    # batch 120: and its Misdemeanour Appeals Court (محكمة الجنح المستأنفة), no Court of Appeal beside a Misdemeanour Court
    ("من جانبه، أكد دفاع الطبيبين أنه سيطعن على الحكم أمام محكمة الجنح المستأنفة خلال المدة القانونية.",
     "For its part, the doctors' defence said it would appeal the verdict before the Misdemeanour Appeals Court "
     "within the legal deadline.",
     "For its part, the doctors' defence said it would appeal the verdict before the Criminal Appeals Court "
     "within the legal deadline."),
    # batch 91: Morocco's ministry of agriculture (الفلاحة) by its whole name
    ("أعلنت وزارة الفلاحة والصيد البحري والتنمية القروية والمياه والغابات أن إنتاج الزيتون سيبلغ مليون طن.",
     "The Ministry of Agriculture, Maritime Fisheries, Rural Development, Water and Forests announced that olive "
     "production would reach one million tonnes.",
     "The Ministry of Health announced that olive production would reach one million tonnes."),
    # batch 81: Morocco's regional court of audit (a faithful error of the rounds before)
    ("إثر تقرير للمجلس الجهوي للحسابات لجهة الدار البيضاء-سطات.",
     "following a report by the Regional Court of Audit for Casablanca-Settat.",
     "following a report by the Administrative Control Authority for Casablanca-Settat."),
])
def test_companies_and_oversight_bodies_named_by_translation(ar, en, swapped):
    assert org_issues(ar, en)[1] == []
    assert "error" in [i.severity for i in org_issues(ar, swapped)[1]]


def test_a_one_word_remit_may_join_another_by_and():
    # batch 112: هيئة النزاهة ومكافحة الفساد = "the Integrity and Anti-Corruption Commission" (four faithful errors)
    ar = "وكانت هيئة النزاهة ومكافحة الفساد قد أحالت الملف إلى النيابة العامة في أيار 2022."
    en = "The {} had referred the file to the Public Prosecution in May 2022."
    assert org_issues(ar, en.format("Integrity and Anti-Corruption Commission"))[1] == []
    assert "error" in [i.severity for i in org_issues(ar, en.format("Anti-Corruption Commission"))[1]]


def test_oman_s_audit_institution_and_the_public_prosecution_by_its_other_name():
    # batch 115: جهاز الرقابة المالية والإدارية للدولة, الادعاء العام (two faithful errors)
    ar = "وكان جهاز الرقابة المالية والإدارية للدولة قد أحال القضية إلى الادعاء العام في فبراير 2023."
    en = "The State Financial and Administrative Audit Institution had referred the case to the {} in February 2023."
    assert org_issues(ar, en.format("Public Prosecution"))[1] == []
    assert "error" in [i.severity for i in org_issues(ar, en.format("Ministry of Interior"))[1]]


def test_the_ministry_named_again_and_a_lebanese_institute_its_arabic_calls_a_service(embedder):
    # batch 131: "The ministry's director general" = المدير العام لوزارة الزراعة (the ministry named before);
    # مصلحة الأبحاث العلمية الزراعية = the Lebanese Agricultural Research Institute: no organisation swapped
    pair = make_pair("وقال المدير العام لوزارة الزراعة إن فحوصات مختبر مصلحة الأبحاث العلمية الزراعية أكدت الإصابة.",
                     "The ministry's director general said tests at the laboratory of the Agricultural Research "
                     "Institute had confirmed the infection.")
    assert [i for i in organization_issues(pair, "source", "target", "entity")] == []
    from amanah.checks.organizations import unrendered_organisation_words

    assert [words for _, words in unrendered_organisation_words(pair.target_text, pair.source_text) if words] == []
    # a ministry of another name is still a swap
    pair = make_pair(pair.source_text, pair.target_text.replace("The ministry's", "The Health Ministry's"))
    assert "error" in [i.severity for i in organization_issues(pair, "source", "target", "entity")]


def test_mauritanias_mint_is_daughter_of():
    # batch 131: Fatimetou Mint Ely = فاطمة بنت اعلي
    pair = make_pair("دعت ممثلة منظمة الصحة العالمية في موريتانيا، السيدة فاطمة بنت اعلي، السكان إلى عدم ترك المياه راكدة.",
                     "The World Health Organization representative in Mauritania, Ms. Fatimetou Mint Ely, urged "
                     "residents not to leave standing water.")
    assert [i for i in run(CHECK, pair) if i.severity == "error"] == []


def test_the_adjective_of_the_united_nations():
    # batch 139: وسط تحذيرات أممية = "amid UN warnings" (a faithful UN reported without counterpart)
    ar = "وزعت الحكومة مساعدات غذائية على 3200 أسرة، وسط تحذيرات أممية من تفاقم الأزمة الإنسانية."
    assert [m.text for m in arabic_mentions(ar)] == ["أممية"]
    assert org_issues(ar, "The government distributed food aid to 3,200 families, amid UN warnings of a worsening "
                          "humanitarian crisis.")[1] == []
    assert "error" in [i.severity for i in org_issues(ar, "The government distributed food aid to 3,200 families, "
                                                          "amid World Bank warnings of a worsening humanitarian crisis.")[1]]


def test_lebanons_agricultural_research_institute_by_its_english_name():
    # batch 140: "The Lebanese Agricultural Research Institute" = مصلحة الأبحاث العلمية الزراعية ("Lebanese"
    # had been a name without counterpart)
    ar = "وأفادت مصلحة الأبحاث العلمية الزراعية بأن محطتها في تل عمارة سجلت أدنى حرارة لذلك الشهر منذ عام 2017."
    en = "The {} said its station in Tal Amara recorded the lowest temperature for that month since 2017."
    assert [i for i in run(CHECK, make_pair(ar, en.format("Lebanese Agricultural Research Institute")))
            if i.severity != "info"] == []
    assert "error" in [i.severity for i in org_issues(ar, en.format("World Food Programme"))[1]]


def test_jordans_power_companies_and_bahrains_environment_council():
    # batch 141: the Jordan Electric Power Company for شركة الكهرباء الوطنية; the Survey and Land
    # Registration Bureau for المجلس الأعلى للبيئة
    for ar, en, faithful, swapped in (
            ("وأضاف أن شركة الكهرباء الوطنية ستشتري الطاقة المنتجة.", "He added that the {} will buy the energy produced.",
             "National Electric Power Company", "Jordan Electric Power Company"),
            ("وأوضحت الوزارة أن الأعمال تتم وفق دراسات معتمدة من المجلس الأعلى للبيئة.",
             "The ministry said the works follow studies approved by the {}.", "Supreme Council for Environment",
             "Survey and Land Registration Bureau")):
        assert_org_swap(ar, en, faithful, swapped)


def test_a_saudi_ministry_of_three_portfolios_and_libyas_roads_authority():
    # batch 142: the Ministry of Municipal, Rural Affairs and Housing = وزارة الشؤون البلدية والقروية والإسكان (a
    # faithful swap); the Housing and Infrastructure Board put in place of مصلحة الطرق والجسور unseen
    assert org_issues("تنفذه وزارة الشؤون البلدية والقروية والإسكان بميزانية قدرها ملياران ونصف مليار ريال.",
                      "carried out by the Ministry of Municipal, Rural Affairs and Housing with a budget of two and a "
                      "half billion riyals.")[1] == []
    assert_org_swap("وتولت مصلحة الطرق والجسور الإشراف الفني على التنفيذ.", "The {} provided technical supervision of the work.",
                    "Roads and Bridges Authority", "Housing and Infrastructure Board")


def test_syrias_and_the_aga_khans_trusts_and_bahrains_labour_and_egovernment_authorities():
    # batch 144: the Aga Khan Trust for Culture for الأمانة السورية للتنمية; batch 145: the Information and
    # eGovernment Authority for هيئة تنظيم سوق العمل (both unseen)
    for ar, en, faithful, swapped in (
            ("وتتولى الأمانة السورية للتنمية ترميم السوق القديم.", "The {} is restoring the old market.",
             "Syria Trust for Development", "Aga Khan Trust for Culture"),
            ("وقالت هيئة تنظيم سوق العمل إن الحملة مستمرة.", "The {} said the campaign was continuing.",
             "Labour Market Regulatory Authority", "Information and eGovernment Authority")):
        assert_org_swap(ar, en, faithful, swapped)


def test_libyas_housing_board_word_for_word_and_the_emirates_transport_authorities():
    # batch 146: جهاز تنفيذ مشروعات الإسكان والمرافق = "the Housing and Utilities Projects Implementation Agency" (a
    # faithful swap since the board entered the table); Dubai's Roads and Transport Authority put in place of
    # هيئة المواصلات في رأس الخيمة unseen
    assert org_issues("وأشار إلى أن المشروع مُوّل من جهاز تنفيذ مشروعات الإسكان والمرافق بقيمة 9.5 مليون دينار ليبي.",
                      "He said the project was funded by the Housing and Utilities Projects Implementation Agency at a "
                      "cost of 9.5 million Libyan dinars.")[1] == []
    assert_org_swap("وقالت هيئة المواصلات في رأس الخيمة إن الطريق سيغلق مساء الجمعة.", "The {} said the road would close on "
                    "Friday evening.", "Ras Al Khaimah Transport Authority", "Roads and Transport Authority")


def test_the_holding_company_of_batch_167():
    # batch 167: the Holding Company for Cotton, Spinning and Weaving = الشركة القابضة للقطن والغزل والنسيج (a faithful
    # error: "Holding", capitalised again and again in the article, read as a name)
    en = ("The factory is part of a plan being implemented by the Holding Company for Cotton, Spinning and Weaving at "
          "a total cost of 21 billion pounds.")
    ar = "ضمن خطة تنفذها الشركة القابضة للقطن والغزل والنسيج بتكلفة إجمالية تبلغ 21 مليار جنيه."
    (english,), (arabic,) = english_mentions(en), arabic_mentions(ar)
    assert english.org == arabic.org and english.text == "Holding Company for Cotton, Spinning and Weaving"
    assert list(organization_issues(make_pair(ar, en), "source", "target", "entity")) == []
