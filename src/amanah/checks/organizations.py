"""Organisations of the news whose Arabic name is a translation, not a transliteration.

صندوق النقد الدولي = International Monetary Fund, البنك الدولي = World Bank: no phonetic key links
them, and their English words are common words (Bank, Fund, Health), so the name check's
matcher cannot see one swapped for another. Each organisation here has its English names and
acronyms and its Arabic names; ``organization_issues`` reports a pair whose sides name different
organisations of the table (a swap: an error on both sides) or an organisation on one side only
when the other names none of its family (a note: the table cannot hold every way of writing an
organisation, and a clause dropped with it is the coverage check's to find, which the note then
confirms). An agency of the United Nations counts as
a mention of the United Nations too (UN refugee agency = المفوضية السامية للأمم المتحدة ...).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Sequence

from ..normalize import normalize_arabic
from ..translit import PhraseForms, arabic_stems, find_phrases, name_key_arabic, name_key_latin, phrase_forms, tokenize
from .base import Issue, Pair

# (key, parent key or "", English names and acronyms, Arabic names); forms separated by ";".
# English names are patterns matched whatever their case (Center For Disease Control), acronyms
# (all capitals) as written.
_ORGANIZATIONS: tuple[tuple[str, str, str, str], ...] = (
    # (and its adjective, أممي: تحذيرات أممية = "UN warnings", مسؤول أممي = "a UN official", batch 139)
    ("UN", "", "United Nations;UN;U.N.", "الأمم المتحدة;هيئة الأمم;أممي;أممية;أمميين;أمميون;أمميا;أمميتين;أمميان"),
    ("UNSC", "UN", "Security Council;UNSC", "مجلس الأمن;مجلس الأمن الدولي"),
    ("NSC", "", "National Security Council", "مجلس الأمن القومي;مجلس الأمن الوطني"),
    # (Egypt's state holding company of the textile mills, batch 167)
    ("HCCSW", "", "Holding Company for Cotton, Spinning and Weaving;Cotton, Spinning and Weaving Holding Company",
     "الشركة القابضة للقطن والغزل والنسيج"),
    ("UNGA", "UN", "General Assembly", "الجمعية العامة"),
    ("HRC", "UN", "Human Rights Council", "مجلس حقوق الإنسان"),
    ("WHO", "UN", "World Health Organization;World Health Organisation;WHO",
     "منظمة الصحة العالمية;الصحة العالمية"),
    ("UNICEF", "UN", "UNICEF;United Nations Children's Fund;UN Children's Fund",
     "اليونيسف;يونيسف;اليونيسيف;يونيسيف;منظمة الأمم المتحدة للطفولة;صندوق الأمم المتحدة للطفولة"),
    ("UNHCR", "UN", "UNHCR;High Commissioner for Refugees;UN refugee agency;United Nations refugee agency",
     "المفوضية السامية للأمم المتحدة لشؤون اللاجئين;المفوضية السامية لشؤون اللاجئين;مفوضية اللاجئين;"
     "مفوضية الأمم المتحدة لشؤون اللاجئين"),
    ("UNRWA", "UN", "UNRWA;Relief and Works Agency for Palestine Refugees;Relief and Works Agency",
     "الأونروا;أونروا;وكالة غوث وتشغيل اللاجئين;وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين"),
    ("WFP", "UN", "World Food Programme;World Food Program;WFP", "برنامج الأغذية العالمي"),
    ("FAO", "UN", "Food and Agriculture Organization;Food and Agriculture Organisation;FAO",
     "منظمة الأغذية والزراعة;الفاو"),
    ("UNDP", "UN", "United Nations Development Programme;UN Development Programme;UNDP",
     "برنامج الأمم المتحدة الإنمائي"),
    ("UNESCO", "UN", "UNESCO", "اليونسكو;يونسكو"),
    ("ILO", "UN", "International Labour Organization;International Labor Organization;ILO", "منظمة العمل الدولية"),
    ("IAEA", "UN", "International Atomic Energy Agency;IAEA", "الوكالة الدولية للطاقة الذرية"),
    ("IOM", "UN", "International Organization for Migration;International Organisation for Migration;IOM",
     "المنظمة الدولية للهجرة"),
    ("OCHA", "UN", "Office for the Coordination of Humanitarian Affairs;OCHA",
     "مكتب تنسيق الشؤون الإنسانية;مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية;أوتشا;الأوتشا"),
    ("UNFPA", "UN", "United Nations Population Fund;UN Population Fund;UNFPA", "صندوق الأمم المتحدة للسكان"),
    ("UNEP", "UN", "United Nations Environment Programme;UN Environment Programme;UNEP", "برنامج الأمم المتحدة للبيئة"),
    ("WMO", "UN", "World Meteorological Organization;World Meteorological Organisation;WMO",
     "المنظمة العالمية للأرصاد الجوية"),
    ("OHCHR", "UN", "High Commissioner for Human Rights;OHCHR", "المفوضية السامية لحقوق الإنسان;مفوضية حقوق الإنسان"),
    # a country's own human rights commission (Iraq's المفوضية العليا); the Arabic of OHCHR, مفوضية حقوق
    # الإنسان, names either: one family
    ("NHRC", "OHCHR", "High Commission for Human Rights;Human Rights Commission;Commission for Human Rights;"
     "Human Rights Committee",
     "المفوضية العليا لحقوق الإنسان;اللجنة الوطنية لحقوق الإنسان"),
    ("UNAIDS", "UN", "UNAIDS", "برنامج الأمم المتحدة المشترك المعني بفيروس نقص المناعة البشرية"),
    ("IMF", "", "International Monetary Fund;IMF", "صندوق النقد الدولي;صندوق النقد"),
    ("AMF", "", "Arab Monetary Fund", "صندوق النقد العربي"),
    ("ISDB", "", "Islamic Development Bank;IsDB", "البنك الإسلامي للتنمية"),
    ("AFDB", "", "African Development Bank;AfDB", "بنك التنمية الأفريقي;البنك الأفريقي للتنمية"),
    ("EBRD", "", "European Bank for Reconstruction and Development;EBRD",
     "البنك الأوروبي لإعادة الإعمار والتنمية;البنك الأوروبي للإنشاء والتعمير;البنك الأوروبي للإعمار والتنمية"),
    ("EIB", "", "European Investment Bank;EIB", "بنك الاستثمار الأوروبي;البنك الأوروبي للاستثمار"),
    # development agencies and funds that finance the region's projects, named by translation
    # (الوكالة الفرنسية للتنمية is the French Development Agency, not the French news agency)
    ("AFD", "", "French Development Agency;Agence Fran[çc]aise de D[ée]veloppement;AFD", "الوكالة الفرنسية للتنمية"),
    ("USAID", "", "USAID;United States Agency for International Development;"
     "U\\.?S\\.? Agency for International Development",
     "الوكالة الأمريكية للتنمية الدولية;الوكالة الأميركية للتنمية الدولية;الوكالة الأمريكية للتنمية;"
     "الوكالة الأميركية للتنمية"),
    ("GIZ", "", "GIZ;German Agency for International Cooperation;Deutsche Gesellschaft f[üu]r Internationale "
     "Zusammenarbeit", "الوكالة الألمانية للتعاون الدولي;الوكالة الألمانية للتعاون;الوكالة الألمانية للتنمية"),
    # (by its German name too: المؤسسة الألمانية للقروض من أجل إعادة الإعمار, batch 76)
    ("KFW", "", "KfW;German Development Bank;Kreditanstalt f[üu]r Wiederaufbau",
     "بنك التنمية الألماني;بنك الإعمار الألماني;المؤسسة الألمانية للقروض من أجل إعادة الإعمار;"
     "مؤسسة القروض الألمانية لإعادة الإعمار"),
    ("JICA", "", "JICA;Japan International Cooperation Agency", "الوكالة اليابانية للتعاون الدولي;جايكا;جيكا"),
    ("KFAED", "", "Kuwait Fund for Arab Economic Development;Kuwait Fund;Kuwaiti Fund",
     "الصندوق الكويتي للتنمية الاقتصادية العربية;الصندوق الكويتي للتنمية;الصندوق الكويتي"),
    ("SFD", "", "Saudi Fund for Development;Saudi Development Fund", "الصندوق السعودي للتنمية"),
    ("ADFD", "", "Abu Dhabi Fund for Development", "صندوق أبوظبي للتنمية;صندوق أبو ظبي للتنمية"),
    ("AFESD", "", "Arab Fund for Economic and Social Development;Arab Fund",
     "الصندوق العربي للإنماء الاقتصادي والاجتماعي;الصندوق العربي للإنماء"),
    ("EU", "", "European Union;EU", "الاتحاد الأوروبي"),
    ("EC", "EU", "European Commission", "المفوضية الأوروبية"),
    ("EP", "EU", "European Parliament", "البرلمان الأوروبي"),
    ("AU", "", "African Union", "الاتحاد الأفريقي;الاتحاد الإفريقي"),
    ("OECD", "", "Organisation for Economic Co-operation and Development;"
     "Organization for Economic Cooperation and Development;OECD", "منظمة التعاون الاقتصادي والتنمية"),
    ("IEA", "", "International Energy Agency;IEA", "وكالة الطاقة الدولية;الوكالة الدولية للطاقة"),
    ("IRENA", "", "International Renewable Energy Agency;IRENA",
     "الوكالة الدولية للطاقة المتجددة;الوكالة الدولية للطاقة المتجدده;آيرينا;إيرينا"),
    ("IMO", "UN", "International Maritime Organization;International Maritime Organisation;IMO",
     "المنظمة البحرية الدولية"),
    ("ICAO", "UN", "International Civil Aviation Organization;International Civil Aviation Organisation;ICAO",
     "منظمة الطيران المدني الدولي"),
    ("ITU", "UN", "International Telecommunication Union;ITU", "الاتحاد الدولي للاتصالات"),
    ("IFAD", "UN", "International Fund for Agricultural Development;IFAD", "الصندوق الدولي للتنمية الزراعية"),
    ("HABITAT", "UN", "UN-Habitat;UN Habitat", "موئل الأمم المتحدة;برنامج الأمم المتحدة للمستوطنات البشرية"),
    ("ESCWA", "UN", "ESCWA;Economic and Social Commission for Western Asia",
     "الإسكوا;اللجنة الاقتصادية والاجتماعية لغربي آسيا;اللجنة الاقتصادية والاجتماعية لغرب آسيا"),
    ("IARC", "WHO", "International Agency for Research on Cancer;IARC",
     "الوكالة الدولية لأبحاث السرطان;الوكالة الدولية لبحوث السرطان"),
    ("WOAH", "", "World Organisation for Animal Health;World Organization for Animal Health;WOAH",
     "المنظمة العالمية لصحة الحيوان"),
    ("IATA", "", "International Air Transport Association;IATA", "الاتحاد الدولي للنقل الجوي;إياتا;الإياتا"),
    # Lebanon's agricultural research body, whose English name carries the country its Arabic leaves
    # out (batch 140: "Lebanese" reported without counterpart)
    ("LARI", "", "Lebanese Agricultural Research Institute;Agricultural Research Institute;LARI",
     "مصلحة الأبحاث العلمية الزراعية"),
    # Bahrain's environment council and survey bureau (batch 141 put the one in the other's place)
    ("SCE", "", "Supreme Council for Environment;Supreme Council for the Environment", "المجلس الأعلى للبيئة"),
    ("SLRB", "", "Survey and Land Registration Bureau;SLRB", "جهاز المساحة والتسجيل العقاري"),
    # Libya's roads authority and its housing and infrastructure board (batch 142 put the one in the other's place)
    ("ROADS", "", "Roads and Bridges Authority;Roads and Bridges Agency;Roads and Bridges Department",
     "مصلحة الطرق والجسور;هيئة الطرق والجسور;إدارة الطرق والجسور"),
    # (its Arabic word for word, too: batch 146 rendered it "the Housing and Utilities Projects Implementation Agency")
    ("HIB", "", "Housing and Infrastructure Board;HIB;Housing and Utilities Projects Implementation Agency;"
     "Housing and Utilities Projects Implementation Authority;Housing and Utilities Projects Implementation Board;"
     "Utilities Projects Implementation Agency", "جهاز تنفيذ مشروعات الإسكان والمرافق;جهاز الإسكان والمرافق"),
    # Dubai's roads authority and Ras Al Khaimah's transport authority (batch 146 put the one in the other's place)
    ("RTA", "", "Roads and Transport Authority;RTA", "هيئة الطرق والمواصلات"),
    ("RAKTA", "", "Ras Al Khaimah Transport Authority;RAKTA", "هيئة المواصلات في رأس الخيمة;هيئة رأس الخيمة للمواصلات;"
     "هيئة المواصلات برأس الخيمة"),
    # Syria's development trust and the Aga Khan's culture trust (batch 144 put the one in the other's place);
    # Bahrain's labour market and e-government authorities (batch 145, likewise)
    ("SYRIA_TRUST", "", "Syria Trust for Development;Syrian Trust for Development", "الأمانة السورية للتنمية"),
    ("AKTC", "", "Aga Khan Trust for Culture;AKTC", "مؤسسة الآغا خان للثقافة;صندوق الآغا خان للثقافة;"
     "مؤسسة الأغا خان للثقافة"),
    ("LMRA", "", "Labour Market Regulatory Authority;Labor Market Regulatory Authority;LMRA", "هيئة تنظيم سوق العمل"),
    ("IGA", "", "Information and eGovernment Authority;Information & eGovernment Authority",
     "هيئة المعلومات والحكومة الإلكترونية"),
    # companies whose Arabic name is a translation (a transliterated one is the name check's)
    # (Jordan's grid operator and its Amman distributor: batch 141 swapped the one for the other)
    ("NEPCO", "", "National Electric Power Company;National Electricity Company;NEPCO", "شركة الكهرباء الوطنية"),
    ("JEPCO", "", "Jordan Electric Power Company;Jordanian Electric Power Company;JEPCO", "شركة الكهرباء الأردنية"),
    ("DPW", "", "DP World", "موانئ دبي العالمية"),
    ("ADE", "", "Algérienne des Eaux;Alg[ée]rienne des Eaux;Algerian Water Company;Algerian Water Corporation;ADE", "الجزائرية للمياه"),
    ("QRAIL", "", "Qatar Rail", "شركة الريل;الريل القطرية;شركة سكك الحديد القطرية;سكك الحديد القطرية"),
    # Abu Dhabi's energy companies (batch 153: TAQA put in place of شركة مصدر الإماراتية unseen; مصدر "source" and
    # طاقة "energy" alone are words)
    ("MASDAR", "", "Masdar", "شركة مصدر;مصدر الإماراتية;شركة أبوظبي لطاقة المستقبل"),
    ("TAQA", "", "TAQA;Abu Dhabi National Energy Company", "شركة طاقة;شركة أبوظبي الوطنية للطاقة"),
    # Qatar's developers (batch 152: the United Development Company put in place of قطري ديار unseen)
    ("QDIAR", "", "Qatari Diar", "قطري ديار;الديار القطرية"),
    ("UDC", "", "United Development Company;UDC", "الشركة المتحدة للتنمية"),
    ("ADPORTS", "", "AD Ports Group;AD Ports;Abu Dhabi Ports", "مجموعة موانئ أبوظبي;موانئ أبوظبي;موانئ أبو ظبي"),
    ("CNPC", "", "China National Petroleum Corporation;CNPC",
     "مؤسسة البترول الوطنية الصينية;شركة البترول الوطنية الصينية"),
    ("WEF", "", "World Economic Forum", "المنتدى الاقتصادي العالمي"),
    ("IOC", "", "International Olympic Committee;IOC", "اللجنة الأولمبية الدولية"),
    # (not the "FIFA World Cup", كأس العالم, a tournament)
    ("FIFA", "", r"FIFA(?!\s+(?:Club\s+)?World\s+Cup);International Federation of Association Football",
     "الاتحاد الدولي لكرة القدم;فيفا;الفيفا"),
    ("RWB", "", "Reporters Without Borders;Reporters Sans Fronti[èe]res",
     "مراسلون بلا حدود;مراسلين بلا حدود"),
    ("STC", "", "Save the Children", "منظمة إنقاذ الطفولة;إنقاذ الطفولة"),
    ("NRC", "", "Norwegian Refugee Council;NRC", "المجلس النرويجي للاجئين"),
    ("IRC", "", "International Rescue Committee;IRC", "لجنة الإنقاذ الدولية"),
    ("GAVI", "", "Gavi;Vaccine Alliance", "التحالف العالمي للقاحات;غافي"),
    ("GF", "", "Global Fund", "الصندوق العالمي"),
    # (batch 161: the World Wide Fund for Nature = الصندوق العالمي لصون الطبيعة, no Global Fund)
    ("WWF", "", "World Wide Fund for Nature;Worldwide Fund for Nature;World Wildlife Fund;WWF",
     "الصندوق العالمي للطبيعة;الصندوق العالمي لصون الطبيعة;الصندوق العالمي للحياة البرية"),
    # Kuwait's fire service (batch 162: "the Kuwait Fire Force" = قوة الإطفاء العام); Iraq's banks (batch 162: the
    # Trade Bank of Iraq put in place of the league of its private banks)
    ("KW-KFF", "", "Kuwait Fire Force;Kuwait Fire Service;General Fire Force;General Fire Brigade",
     "قوة الإطفاء العام;قوة الإطفاء العامة;الإدارة العامة للإطفاء"),
    ("IQ-TBI", "", "Trade Bank of Iraq;TBI", "المصرف العراقي للتجارة"),
    ("IQ-PBL", "", "Iraqi Private Banks League;Private Banks League;Iraqi Private Banks Association;"
                   "Association of Iraqi Private Banks", "رابطة المصارف الخاصة العراقية;رابطة المصارف العراقية الخاصة"),
    # (batch 163: "the Palestinian Energy and Natural Resources Authority" = سلطة الطاقة والموارد الطبيعية)
    ("PS-PENRA", "", "Palestinian Energy and Natural Resources Authority;Energy and Natural Resources Authority;"
                     "Palestinian Energy Authority;PENRA", "سلطة الطاقة والموارد الطبيعية;سلطة الطاقة الفلسطينية"),
    # Tunisia's national offices (batch 161: the National Tourism Office put in place of the crafts' office)
    ("TN-ONAT", "", "National Handicrafts Office;National (?:Handicraft|Crafts) Office;"
                    "National Office (?:of|for) (?:Handicrafts?|Crafts);ONAT",
     "الديوان الوطني للصناعات التقليدية"),
    ("TN-ONTT", "", "Tunisian National Tourism Office;National Tourism Office;National Office (?:of|for) Tourism;ONTT",
     "الديوان الوطني التونسي للسياحة;الديوان الوطني للسياحة"),
    ("INTERPOL", "", "Interpol;INTERPOL", "الإنتربول;الانتربول;الشرطة الدولية"),
    ("WB", "", "World Bank", "البنك الدولي"),
    ("WTO", "", "World Trade Organization;World Trade Organisation;WTO", "منظمة التجارة العالمية"),
    ("ECB", "", "European Central Bank;ECB", "البنك المركزي الأوروبي"),
    ("FED", "", "Federal Reserve", "الاحتياطي الفيدرالي;الاحتياطي الاتحادي;الاحتياطي الفدرالي"),
    ("LAS", "", "Arab League;League of Arab States", "جامعة الدول العربية;الجامعة العربية"),
    ("GCC", "", "Gulf Cooperation Council;GCC", "مجلس التعاون الخليجي;مجلس التعاون لدول الخليج"),
    ("OIC", "", "Organisation of Islamic Cooperation;Organization of Islamic Cooperation;OIC",
     "منظمة التعاون الإسلامي"),
    ("NATO", "", "NATO;North Atlantic Treaty Organization", "حلف شمال الأطلسي;حلف الأطلسي;الناتو;حلف الناتو"),
    ("OPEC", "", "OPEC", "أوبك;منظمة الدول المصدرة للنفط"),
    ("ICRC", "", "Red Cross;ICRC", "الصليب الأحمر"),
    ("IFRC", "", "Red Crescent", "الهلال الأحمر"),
    ("AVH", "", "Augusta Victoria Hospital;Augusta Victoria", "مستشفى المطلع;مستشفى أوغستا فكتوريا;مستشفى أوغستا فيكتوريا"),
    # services of the region's states, named by translation in every one of them
    ("CIVDEF", "", "Civil Defence;Civil Defense;Civil Protection", "الدفاع المدني;الحماية المدنية"),
    ("PSD", "", "Public Security Directorate;Public Security Department;Directorate of Public Security;"
     "General Security;Public Security;PSD", "مديرية الأمن العام;الأمن العام"),
    ("GID", "", "General Intelligence Department;General Intelligence Directorate;General Intelligence Service;"
     "General Intelligence;GID", "دائرة المخابرات العامة;جهاز المخابرات العامة;المخابرات العامة"),
    ("EHS", "", "Emirates Health Services;EHS", "مؤسسة الإمارات للخدمات الصحية"),
    ("ERC", "IFRC", "Emirates Red Crescent;UAE Red Crescent", "هيئة الهلال الأحمر الإماراتي;الهلال الأحمر الإماراتي"),
    ("COASTG", "", "Coast Guard;Coast Guards;Coastguard;Coastguards", "خفر السواحل;حرس السواحل"),
    ("NATG", "", "National Guard", "الحرس الوطني"),
    ("CUSTOMS", "", "Customs", "الجمارك;الديوانة;للديوانة;للجمارك"),
    ("IRQINT", "", "Integrity Commission;Commission of Integrity;Commission of Public Integrity", "هيئة النزاهة"),
    ("MET", "", "Meteorological Authority;Meteorological (?:Department|Office|Cent(?:re|er)|Service|Administration|Directorate|"
     "Agency|Organi[sz]ation);Meteorology (?:Authority|Department|Directorate);Met Office;" + ";".join(
         f"{head}(?: General)? (?:for|of) Meteorology" for head in ("Authority", "Directorate", "Department", "Administration",
                                                       "Centre", "Center", "Office", "Service")),
     "الأرصاد الجوية;هيئة الأرصاد;مصلحة الأرصاد;دائرة الأرصاد;المركز الوطني للأرصاد;المركز الوطني للأرصاد الجوية"),
    ("ICC", "", "International Criminal Court;ICC", "المحكمة الجنائية الدولية;الجنائية الدولية"),
    ("ICJ", "", "International Court of Justice;ICJ;World Court", "محكمة العدل الدولية;العدل الدولية"),
    ("PROSECUTION", "", "Public Prosecution;Public Prosecutions;Public Prosecution Office;Public Prosecutor's Office;"
     "Office of the Public Prosecutor;Public Prosecutor;General Prosecution;Prosecutor[- ]General;Attorney[- ]General;"
     "District Attorney;District Attorney's Office",  # (المدعي العام في مانهاتن, batch 164)
     "النيابة العامة;النيابة العمومية;النائب العام;الادعاء العام;المدعي العام"),
    ("JUDICIAL", "", "Supreme Judicial Council;Higher Judicial Council;Supreme Council of the Judiciary;"
     "High Judicial Council;Superior Council of the Judiciary;Supreme Council of Magistracy",
     "مجلس القضاء الأعلى;المجلس الأعلى للقضاء;المجلس الأعلى للسلطة القضائية"),
    # a country's courts by their rank and kind (a court report's swap: the Court of Cassation for
    # the High Civil Court; المحكمة العليا is the UK's High Court too)
    ("CRT-CASS", "", "Court of Cassation;Cassation Court;Federal Court of Cassation",
     "محكمة التمييز;محكمة النقض;محكمة التمييز الاتحادية;محاكم التمييز"),
    ("CRT-APP", "", "Court of Appeal;Court of Appeals;Appeals Court;Appeal Court;Appellate Court;High Court of Appeal",
     "محكمة الاستئناف;محكمة استئناف;محاكم الاستئناف;محكمة الاستئناف العليا"),
    ("CRT-SUP", "", "Supreme Court;Federal Supreme Court;Supreme Federal Court;High Court",
     "المحكمة العليا;المحكمة الاتحادية العليا"),
    ("CRT-CONST", "", "Constitutional Court;Supreme Constitutional Court",
     "المحكمة الدستورية;المحكمة الدستورية العليا"),
    ("CRT-ADM", "", "Administrative Court;Supreme Administrative Court;Court of Administrative Justice",
     "المحكمة الإدارية;محكمة إدارية;المحكمة الإدارية العليا;محكمة القضاء الإداري"),
    ("CRT-CRIM", "", "Criminal Court;High Criminal Court;Felonies Court;Court of Felonies;Specialized Criminal Court;"
     "Specialised Criminal Court", "محكمة الجنايات;محكمة جنايات;المحكمة الجنائية;المحكمة الجزائية;"
     "المحكمة الكبرى الجنائية;المحكمة الجزائية المتخصصة"),
    # Egypt's appellate criminal court (batch 91: محكمة الجنايات المستأنفة = "the Criminal Appeals Court")
    ("CRT-CRIMAPP", "", "Criminal Appeals Court;Criminal Appeal Court;Appellate Criminal Court;Criminal Court of Appeals?",
     "محكمة الجنايات المستأنفة;محكمة جنايات مستأنفة;محكمة الجنايات الاستئنافية;دائرة الجنايات المستأنفة"),
    ("CRT-CIV", "", "High Civil Court;Civil Court", "المحكمة المدنية;المحكمة الكبرى المدنية"),
    ("CRT-MISD", "", "Misdemeanou?r Court;Court of Misdemeanou?rs;Misdemeanou?rs Court", "محكمة الجنح;محكمة جنح"),
    # and its appellate misdemeanour court (batch 120: محكمة الجنح المستأنفة = "the Misdemeanour Appeals Court")
    ("CRT-MISDAPP", "", "Misdemeanou?rs? Appeals? Court;Appellate Misdemeanou?rs? Court;Misdemeanou?rs? Court of Appeals?;"
     "Court of Misdemeanou?r Appeals?", "محكمة الجنح المستأنفة;محكمة جنح مستأنفة;دائرة الجنح المستأنفة"),
    ("CRT-FIRST", "", "Court of First Instance;First Instance Court;First-Instance Court;Primary Court",
     "المحكمة الابتدائية;محكمة ابتدائية;محكمة البداية;محكمة بداية;محكمة الدرجة الأولى"),
    ("CRT-SEC", "", "State Security Court", "محكمة أمن الدولة"),
    ("CRT-MIL", "", "Military Court", "المحكمة العسكرية;محكمة عسكرية"),
    ("CRT-FAM", "", "Family Court", "محكمة الأسرة;محكمة الأحوال الشخصية"),
    ("AI", "", "Amnesty International", "منظمة العفو الدولية;العفو الدولية"),
    ("GP", "", "Greenpeace", "السلام الأخضر;غرينبيس;جرينبيس"),
    # (batch 148: its "Wetlands" read as a name the Arabic lacks)
    ("WI", "", "Wetlands International", "المنظمة الدولية للأراضي الرطبة;منظمة الأراضي الرطبة الدولية"),
    ("HRW", "", "Human Rights Watch;HRW", "هيومن رايتس ووتش;منظمة مراقبة حقوق الإنسان"),
    ("MSF", "", "Doctors Without Borders;M[ée]dec[ie]ne?s? Sans Fronti[èe]res?;MSF", "أطباء بلا حدود"),
    ("CDC", "", "Centers? for Disease Control;CDC",
     "مركز مكافحة الأمراض;مراكز مكافحة الأمراض;مركز السيطرة على الأمراض;مراكز السيطرة على الأمراض;"
     "المراكز الأمريكية لمكافحة الأمراض;المراكز الحكومية الأمريكية لمكافحة الأمراض"),
    ("EDL", "", "Electricit[ée] du Liban;EDL", "مؤسسة كهرباء لبنان;كهرباء لبنان"),
    # Egypt's metro builder (batch 123: its "Tunnels" was read as a name)
    ("EG-NAT", "", "National Authority for Tunnels;National Tunnels Authority", "الهيئة القومية للأنفاق"),
    ("ECDC", "", "European Centre for Disease Prevention and Control;ECDC",
     "المركز الأوروبي للوقاية من الأمراض ومكافحتها;المركز الأوروبي لمكافحة الأمراض;المركز الأوروبي للسيطرة على الأمراض"),
    ("PHE", "", "Public Health England;PHE", "هيئة الصحة العامة في إنجلترا;هيئة الصحة العامة بإنجلترا;الصحة العامة في إنجلترا;"
     "هيئة الصحة العامة في انجلترا;الصحة العامة في انجلترا"),
    ("UKHSA", "", "UK Health Security Agency;UKHSA", "وكالة الأمن الصحي البريطانية;وكالة الأمن الصحي في المملكة المتحدة"),
    ("NHS", "", "National Health Service;NHS", "هيئة الخدمات الصحية الوطنية;الخدمات الصحية الوطنية;الخدمة الصحية الوطنية;"
     "خدمة الصحة الوطنية;هيئة الخدمات الصحية البريطانية"),
    # the US regulator and the region's of the same name (the Saudi Food and Drug Authority, SFDA,
    # also "the General Authority for Food and Drug", batch 88; the Jordan Food and Drug
    # Administration = المؤسسة العامة للغذاء والدواء): the Arabic writes both هيئة الغذاء والدواء
    ("FDA", "", "Food and Drug Administration;FDA;Food and Drugs Administration;Food and Drugs? Authority;SFDA;JFDA;"
     "Authority for Food and Drugs?",
     "إدارة الغذاء والدواء;هيئة الغذاء والدواء;إدارة الأغذية والأدوية;هيئة الغذاء والدواء الأمريكية;"
     "إدارة الغذاء والدواء الأمريكية;الهيئة العامة للغذاء والدواء;المؤسسة العامة للغذاء والدواء;مؤسسة الغذاء والدواء"),
    ("EMA", "", "European Medicines Agency;EMA", "وكالة الأدوية الأوروبية;الوكالة الأوروبية للأدوية"),
    ("PASTEUR", "", "Pasteur Institute;Institut Pasteur", "معهد باستور;معهد باستير;معهد پاستور"),
    ("NIH", "", "National Institutes of Health;NIH", "المعاهد الوطنية للصحة;معاهد الصحة الوطنية;المعاهد الوطنية الأمريكية للصحة"),
    ("MB", "", "Muslim Brotherhood", "الإخوان المسلمين;الإخوان المسلمون;جماعة الإخوان"),
    # armed groups and authorities of Middle East news, named by translation
    ("RSF", "", "Rapid Support Forces;RSF", "قوات الدعم السريع;الدعم السريع"),
    ("SDF", "", "Syrian Democratic Forces;SDF", "قوات سوريا الديمقراطية;قسد"),
    ("IS", "", "Islamic State;ISIS;ISIL;Daesh", "الدولة الإسلامية;تنظيم الدولة;داعش"),  # not "IS": IT IS ORDERED
    ("IRGC", "", "Revolutionary Guards?;Revolutionary Guard Corps;IRGC", "الحرس الثوري"),
    # (its Commission, هيئة الحشد الشعبي, is the same body: "the Popular Mobilisation Authority", batch 127)
    ("PMF", "", "Popular Mobili[sz]ation Forces;Popular Mobili[sz]ation Units;Popular Mobili[sz]ation Authority;"
     "Popular Mobili[sz]ation Commission;PMF", "الحشد الشعبي"),
    ("FSA", "", "Free Syrian Army;FSA", "الجيش السوري الحر;الجيش الحر"),
    ("PA", "", "Palestinian Authority", "السلطة الفلسطينية"),
    ("PIJ", "", "Islamic Jihad", "الجهاد الإسلامي"),
    ("CF", "", "Coordination Framework", "الإطار التنسيقي"),
    ("IHEC", "", "Independent High Electoral Commission;Independent High Electoral and Referendum Commission;IHEC", "المفوضية العليا المستقلة للانتخابات"),
    ("KDP", "", "Kurdistan Democratic Party;KDP", "الحزب الديمقراطي الكردستاني"),
    ("PUK", "", "Patriotic Union of Kurdistan;PUK", "الاتحاد الوطني الكردستاني"),
    ("STCY", "", "Southern Transitional Council;STC", "المجلس الانتقالي الجنوبي"),
    ("PLC", "", "Presidential Leadership Council;PLC", "مجلس القيادة الرئاسي"),
    ("SOVC", "", "Sovereignty Council;Sovereign Council", "مجلس السيادة"),
    # Libya's rival governments (batch 60: the Government of National Unity swapped for the other one)
    ("GNU", "", "Government of National Unity;GNU", "حكومة الوحدة الوطنية"),
    ("GNS", "", "Government of National Stability;GNS", "حكومة الاستقرار الوطني"),
    ("GNA", "", "Government of National Accord;GNA", "حكومة الوفاق الوطني;حكومة الوفاق"),
    # news agencies: "Reuters" is a common word of news text, AFP an acronym, فرانس برس a translation
    ("AFP", "", "Agence France[- ]Presse;AFP", "فرانس برس;فرانس بريس;وكالة الصحافة الفرنسية;الوكالة الفرنسية!"),
    ("REUTERS", "", "Reuters", "رويترز"),
    ("AP", "", "Associated Press;AP", "أسوشيتد برس;أسوشيتدبرس;أسوشييتد برس;اسوشيتد برس"),
    ("ANADOLU", "", "Anadolu Agency;Anadolu news agency", "وكالة الأناضول"),
    ("SPA", "", "Saudi Press Agency;SPA", "وكالة الأنباء السعودية;واس"),
    ("KUNA", "", "Kuwait News Agency;KUNA", "وكالة الأنباء الكويتية"),
    ("WAM", "", "Emirates News Agency;WAM", "وكالة أنباء الإمارات"),
    ("MENA", "", "Middle East News Agency", "وكالة أنباء الشرق الأوسط"),
    ("INA", "", "Iraqi News Agency", "وكالة الأنباء العراقية"),
    ("SANA", "", "Syrian Arab News Agency;SANA", "الوكالة العربية السورية للأنباء;سانا"),
    ("ALJAZEERA", "", "Al Jazeera;Al-Jazeera", "قناة الجزيرة;شبكة الجزيرة"),
    # credit-rating agencies: Fitch, Moody's, Standard & Poor's are common English words
    ("FITCH", "", "Fitch Ratings;Fitch", "فيتش;فيتش للتصنيف الائتماني;فيتش ريتنغز"),
    ("MOODYS", "", "Moody's Investors Service;Moody's", "موديز;وكالة موديز"),
    ("SP", "", "Standard & Poor's;Standard and Poor's;S&P Global Ratings;S&P",
     "ستاندرد آند بورز;ستاندرد أند بورز;ستاندرد اند بورز;إس آند بي;إس أند بي"),
    ("BDL", "", "Banque du Liban;Bank of Lebanon", "مصرف لبنان"),
    ("TAP", "", "Tunis Afrique Presse", "وكالة تونس إفريقيا للأنباء;وكالة تونس أفريقيا للأنباء"),
    ("FTDES", "", "Tunisian Forum for Economic and Social Rights;FTDES",
     "المنتدى التونسي للحقوق الاقتصادية والاجتماعية"),
    ("LTDH", "", "Tunisian League for the Defence of Human Rights;Tunisian League for the Defense of Human Rights;"
     "Tunisian Human Rights League;LTDH", "الرابطة التونسية للدفاع عن حقوق الإنسان"),
    ("APS", "", "Algeria Press Service;Alg[ée]rie Presse Service", "وكالة الأنباء الجزائرية;واج;وأج"),
    ("MAP", "", "Maghreb Arabe Presse;Maghreb Arab Press;MAP", "وكالة المغرب العربي للأنباء"),
    # energy companies whose English names are common words or acronyms (batch 89: BP -> Shell;
    # not "Total", which opens sentences)
    ("BP", "", "BP;British Petroleum", "بي بي;بريتش بتروليوم;بريتيش بتروليوم"),
    ("SHELL", "", "Shell;Royal Dutch Shell", "شركة شل;رويال داتش شل;رويال دتش شل;شل العالمية"),
    ("TOTAL", "", "TotalEnergies;Total Energies", "توتال إنرجيز;توتال إنيرجيز;توتال"),
    ("EXXON", "", "ExxonMobil;Exxon Mobil;Exxon", "إكسون موبيل;اكسون موبيل;إكسون"),
    ("ENI", "", "Eni;ENI", "إيني;ايني"),
    ("CHEVRON", "", "Chevron", "شيفرون"),
    # oversight bodies of the region, named by translation (batch 86: Nazaha -> the General Auditing
    # Bureau; batch 89: the Administrative Control and Transparency Authority -> the State Audit
    # Bureau); the audit courts and bureaux of the region are one family
    ("AUDIT", "", "General Auditing Bureau;General Audit Bureau;State Audit Bureau;Audit Bureau;Court of Audit;"
     "Court of Accounts;Audit Court;Accountability State Authority;Central Auditing Organi[sz]ation;"
     "Federal Audit Authority;Financial Audit Bureau;Federal Board of Supreme Audit;Board of Supreme Audit;"
     "National Audit Office;Audit Office;State Audit Institution;Audit and Administrative Control Bureau;"
     "State Financial and Administrative Audit Institution;Financial and Administrative Audit Institution",
     "الديوان العام للمحاسبة;ديوان المحاسبة;ديوان الرقابة المالية;محكمة المحاسبات;محكمة الحسابات;دائرة المحاسبات;مجلس المحاسبة;"
     "المجلس الأعلى للحسابات;المجلس الجهوي للحسابات;الجهاز المركزي للمحاسبات;جهاز الرقابة المالية;جهاز الإمارات للمحاسبة"),
    ("NAZAHA", "", "Oversight and Anti-Corruption Authority;Nazaha;Control and Anti-Corruption Authority",
     "هيئة الرقابة ومكافحة الفساد"),  # (not نزاهة: Iraq's هيئة النزاهة is the Integrity Commission)
    # Saudi Arabia's security presidency (batch 90: swapped for the Ministry of Interior)
    ("PSS", "", "Presidency of State Security;State Security Presidency", "رئاسة أمن الدولة"),
    ("ACTA", "", "Administrative Control and Transparency Authority;Administrative Control Authority",
     "هيئة الرقابة الإدارية والشفافية;هيئة الرقابة الإدارية"),
)

# Ministries by portfolio: (key, English portfolios, Arabic portfolios), forms separated by ";".
# Each becomes an organisation of the table, named "Ministry of X", "X Ministry", "Minister of X",
# "X Minister" (and the Department, Secretary and Office of the English-speaking governments:
# Department of Defense, Secretary of State, Home Office) and وزارة / وزير / وزيرة + the Arabic
# portfolio: a health ministry swapped for the interior's is a swap of organisations whose names
# are common words.
_PORTFOLIOS: tuple[tuple[str, str, str], ...] = (
    ("HEALTH", "Health;Public Health;Health and Population", "الصحة;الصحة العامة;الصحة والسكان"),
    ("TRADE", "Trade;Commerce;Internal Trade;Domestic Trade", "التجارة;التجارة الداخلية"),
    # Morocco's (batch 91): وزارة الفلاحة والصيد البحري والتنمية القروية والمياه والغابات
    ("AGRICULTURE", "Agriculture;Agriculture, Maritime Fisheries, Rural Development,? (?:and )?Water and Forests",
     "الزراعة;الفلاحة;الفلاحة والصيد البحري والتنمية القروية والمياه والغابات"),
    ("INTERIOR", "Interior;Home Affairs;Home", "الداخلية"),
    ("FOREIGN", "Foreign Affairs;Foreign;State", "الخارجية"),
    ("FINANCE", "Finance", "المالية"),
    ("DEFENCE", "Defense;Defence", "الدفاع"),
    ("EDUCATION", "Education;National Education", "التربية;التعليم;التربية والتعليم;التربية الوطنية"),
    ("HIGHER_EDUCATION", "Higher Education", "التعليم العالي"),
    ("JUSTICE", "Justice", "العدل"),
    ("ECONOMY", "Economy;National Economy;Economic Affairs", "الاقتصاد;الاقتصاد الوطني"),
    # Jordan's (batch 156): وزارة الاقتصاد الرقمي والريادة
    ("DIGITAL_ECONOMY", "Digital Economy;Digital Economy and Entrepreneurship",
     "الاقتصاد الرقمي;الاقتصاد الرقمي والريادة"),
    ("OIL", "Oil;Petroleum", "النفط"),
    ("ENERGY", "Energy;Energy Transition;Energy Transition and Sustainable Development;Energy and Mines",
     "الطاقة;الانتقال الطاقي;الانتقال الطاقي والتنمية المستدامة;الطاقة والمعادن"),
    ("ELECTRICITY", "Electricity", "الكهرباء"),
    ("WATER", "Water;Water Resources", "المياه;الموارد المائية"),
    ("LABOUR", "Labour;Labor;Manpower", "العمل;القوى العاملة"),
    ("SOCIAL", "Social Affairs;Social Development;Social Solidarity",
     "الشؤون الاجتماعية;التنمية الاجتماعية;التضامن الاجتماعي"),
    ("PLANNING", "Planning", "التخطيط"),
    ("TOURISM", "Tourism", "السياحة"),
    ("TRANSPORT", "Transport;Transportation", "النقل"),
    # Lebanon's (batch 158): وزارة الأشغال العامة والنقل, وزارة الطاقة والمياه
    ("PUBLIC_WORKS_TRANSPORT", "Public Works and Transport;Public Works and Transportation", "الأشغال العامة والنقل"),
    ("ENERGY_WATER", "Energy and Water", "الطاقة والمياه"),
    ("HOUSING", "Housing", "الإسكان"),
    # Iraq's (batch 157): وزارة الإعمار والإسكان والبلديات والأشغال العامة
    ("CONSTRUCTION", "Construction and Housing;Reconstruction and Housing;"
                     "Construction,? Housing,? Municipalities,? (?:and )?Public Works;"
                     "Construction,? Housing,? (?:and )?Public Municipalities",  # (batch 164)
     "الإعمار والإسكان;الإعمار والإسكان والبلديات والأشغال العامة;الإعمار والإسكان والبلديات العامة"),
    ("ENVIRONMENT", "Environment", "البيئة"),
    ("INFORMATION", "Information", "الإعلام"),
    ("ENDOWMENTS", "Endowments;Awqaf;Religious Affairs", "الأوقاف"),
    ("CULTURE", "Culture", "الثقافة"),
    ("INDUSTRY", "Industry", "الصناعة"),
    ("HUMAN_RESOURCES", "Human Resources", "الموارد البشرية"),
    ("MUNICIPAL", "Municipal Affairs;Municipalities;Local Administration;Local Government",
     "الشؤون البلدية;البلديات;الإدارة المحلية;الحكم المحلي"),
    ("PUBLIC_WORKS", "Public Works;Works", "الأشغال العامة;الأشغال"),
    ("YOUTH", "Youth and Sports;Youth;Sports;Sport", "الشباب والرياضة;الشباب;الرياضة"),
    ("COMMUNICATIONS", "Communications;Telecommunications", "الاتصالات"),
    ("INVESTMENT", "Investment", "الاستثمار"),
    ("SUPPLY", "Supply", "التموين"),
    ("MIGRATION", "Migration;Emigration;Immigration;Displaced", "الهجرة;المهجرين"),
)


def _ministry_forms(portfolios: str) -> str:
    """The English names, separated by ";", of a ministry of ``portfolios`` (``_PORTFOLIOS``), its
    undersecretary's title among them ("Health Undersecretary" = وكيل وزارة الصحة, batch 155)."""
    forms: list[str] = []
    for p in portfolios.split(";"):
        if p == "State":  # (a British Secretary of State for Health is no foreign minister)
            forms += ["Secretary of State(?! for)", "Department of State", "State Department(?! of)"]
        elif p in ("Foreign", "Home"):
            forms += [f"{p} Ministry", f"{p} Secretary", f"{p} Office"] + ([f"{p} Minister"] if p == "Foreign" else [])
        else:
            forms += [f"Ministry of {p}", f"{p} Ministry", f"Minister of {p}", f"{p} Minister",
                      f"Secretary of {p}", f"{p} Secretary", f"{p} Under-?secretary", f"{p} Under Secretary",
                      f"Department of {p}",
                      f"Ministry of the {p}", f"Minister of the {p}"]  # (of the Interior, of the Economy)
    return ";".join(forms)


_ORGANIZATIONS += tuple((f"MIN_{key}", "", _ministry_forms(en),
                         ";".join(f"{head} {a}" for a in ar.split(";") for head in ("وزارة", "وزير", "وزيرة")))
                        for key, en, ar in _PORTFOLIOS)


ORGANISATION_NOTE = "organisation "
"""How the finding of an organisation named on one side only begins (``checks.corroborate`` reads
its notes)."""


@dataclass(frozen=True)
class Mention:
    """An organisation named in a text: its table index, [start, end) and surface text."""

    org: int
    start: int
    end: int
    text: str


_MINISTRY_OF = re.compile(r"(Minist(?:ry|er) of )([A-Z]\w+) ([A-Z]\w+)$")
_JOINED_PORTFOLIO = r"\1\2(?:(?:,|\\s+and)\\s+(?-i:[A-Z][a-z]+))? \3"
"""A ministry of a portfolio of two words may join another's first word to them ("Ministry of
Municipal and Rural Affairs" = وزارة الشؤون البلدية والقروية, batch 109; "Ministry of Municipal, Rural
Affairs and Housing", batch 142)."""


_ONE_WORD_BODY = re.compile(r"^([A-Z][a-z]+) (Commission|Authority|Council|Committee|Agency|Board|Bureau)$")
_JOINED_REMIT = r"\1(?:\\s+and\\s+(?-i:[A-Z][\\w-]+))? \2"
"""A body named by one word of its remit and its head noun may join another to it ("Integrity and
Anti-Corruption Commission" = هيئة النزاهة ومكافحة الفساد, batch 112)."""


def _name_form_pattern(form: str) -> str:
    """A table form as a regular expression: any space between its words (a word joined to a
    two-word portfolio, ``_JOINED_PORTFOLIO``, or to a one-word remit, ``_JOINED_REMIT``), either
    apostrophe."""
    form = _ONE_WORD_BODY.sub(_JOINED_REMIT, _MINISTRY_OF.sub(_JOINED_PORTFOLIO, form))
    return form.replace(" ", r"\s+").replace("'", "['’]")


@lru_cache(maxsize=1)
def _english_pattern() -> tuple[re.Pattern, dict[str, int]]:
    """One pattern for all organisations, a named group per form (the longest forms first, so that
    "UN refugee agency" wins over "UN"): acronyms as written, names in any case after a capital
    first letter (tested first: most positions fail there, 9x faster); and the organisation of
    each group."""
    forms = []
    for org, (_, _, en, _) in enumerate(_ORGANIZATIONS):
        for form in en.split(";"):
            if form.replace(".", "").isupper():
                forms.append((form[0], rf"(?-i:{re.escape(form)})", org))
            else:
                forms.append((form[0], _name_form_pattern(form), org))
    forms.sort(key=lambda f: (f[0], -len(f[1])))
    # one branch per first letter (a form starts with its capital), so that a position tries only
    # the forms of its letter
    by_letter: dict[str, list[str]] = {}
    for k, (letter, pattern, _) in enumerate(forms):
        by_letter.setdefault(letter, []).append(f"(?P<f{k}>{pattern})")
    groups = "|".join(f"(?-i:(?={letter}))(?:{'|'.join(alts)})" for letter, alts in by_letter.items())
    return re.compile(rf"(?-i:(?=[A-Z]))(?<!\w)(?:{groups})(?![\w]|\.\w)", re.I), {f"f{k}": org for k, (_, _, org) in enumerate(forms)}


@lru_cache(maxsize=1)
def _arabic_forms() -> PhraseForms:
    """The Arabic forms of the table (``translit.phrase_forms``), valued by organisation. A form ending in "!"
    names the organisation only where no لـ complement follows it: الوكالة الفرنسية is AFP, الوكالة الفرنسية
    لتطوير العلا another agency."""
    return phrase_forms((form, i) for i, (_, _, _, ar) in enumerate(_ORGANIZATIONS) for form in ar.split(";"))


_LOCAL_BEFORE = re.compile(r"(?<![\w'’.-])(?!(?:The|U\.?S\.?|States|UK|U\.K\.|US)\s)[A-Z][\w'’.-]*\s+$")
"""A capitalised word right before a Department: a state's or a city's (the California Department
of Public Health = إدارة كاليفورنيا للصحة العامة, the Washington State Department), no government's
ministry (the U.S. Department of Defense = وزارة الدفاع, the US State Department = الخارجية الأمريكية)."""


@lru_cache(maxsize=4096)
def english_mentions(text: str) -> tuple[Mention, ...]:
    """Organisations named in an English text. A parent right before one of its agencies is part
    of the agency's name (United Nations High Commissioner for Refugees, UN Security Council), not a
    mention of its own: as one, it would stand for any other agency of the other side."""
    pattern, orgs = _english_pattern()
    found = [Mention(orgs[m.lastgroup], m.start(), m.end(), m.group()) for m in pattern.finditer(text)
             if not (m.group().startswith(("Department", "State Department"))
                     and _LOCAL_BEFORE.search(text, max(0, m.start() - 40), m.start()))]
    return tuple(m for m, after in zip(found, found[1:] + [None])
                 if not (after and _ORGANIZATIONS[after.org][1] == _ORGANIZATIONS[m.org][0]
                         and not text[m.end:after.start].strip()))


def arabic_mentions(text: str) -> list[Mention]:
    """Organisations named in an Arabic text; the first word may carry و / ف / ب / ل / ك and the
    article (للأمم المتحدة, وبالبنك الدولي)."""
    return [Mention(org, start, end, text[start:end]) for start, end, org in find_phrases(text, _arabic_forms())]


def _family(org: int) -> set[int]:
    """The organisation, its parent (the UN of an agency) and its own agencies (the UN's)."""
    key, parent = _ORGANIZATIONS[org][0], _ORGANIZATIONS[org][1]
    return {j for j, (k, p, _, _) in enumerate(_ORGANIZATIONS) if j == org or k == parent or (p and p == key)}


PARENT_REACH = 12
"""Characters between an agency's name and its parent's that make the parent part of the name."""


_OF_PARENT = re.compile(r"\s*(?:of(?:\s+the)?|التابعة|التابع)?\s*", re.I)
"""What joins an agency's name to its parent's: "of the", التابعة لـ, or the لـ of the parent's own
name (للأمم المتحدة)."""


def _qualifiers(mentions: Sequence[Mention], text: str) -> set[int]:
    """ids of the mentions of a parent that qualify the agency named right before them (منظمة
    الأغذية والزراعة للأمم المتحدة, the Food and Agriculture Organization of the United Nations):
    part of the agency's name, no organisation of their own (not after "and", و)."""
    def joins(a: Mention, m: Mention) -> bool:
        gap = text[a.end:m.start]
        return 0 <= len(gap) <= PARENT_REACH and bool(_OF_PARENT.fullmatch(gap)) and (
            bool(gap.strip()) or m.text.startswith("ل"))
    return {id(m) for m in mentions for a in mentions
            if a is not m and _ORGANIZATIONS[m.org][0] == _ORGANIZATIONS[a.org][1] and joins(a, m)}


def _shared(ar: Sequence[Mention], en: Sequence[Mention]) -> tuple[list[Mention], list[Mention]]:
    """The mentions of each side whose organisation the other side names too: the same one, or a
    relative (an agency and its parent count as one) that the side does not name itself (the
    English WHO of Arabic منظمة الصحة العالمية stands for no other agency of it besides)."""
    ar_own, en_own = {m.org for m in ar}, {m.org for m in en}
    ar_orgs = ar_own | {o for m in ar if m.org not in en_own for o in _family(m.org)}
    en_orgs = en_own | {o for m in en if m.org not in ar_own for o in _family(m.org)}
    return [m for m in ar if m.org in en_orgs], [m for m in en if m.org in ar_orgs]


def shared_mentions(ar_text: str, en_text: str) -> tuple[list[Mention], list[Mention]]:
    """(Arabic, English) mentions of the organisations that both texts name (``_shared``)."""
    return _shared(*_mentions(ar_text, en_text))


def _mentions(ar_text: str, en_text: str) -> tuple[list[Mention], list[Mention]]:
    """The organisations each text names, less the parents that qualify an agency's name
    (``_qualifiers``: the WFP does not stand for the للأمم المتحدة of منظمة الأغذية والزراعة للأمم المتحدة)."""
    def named(mentions: list[Mention], text: str) -> list[Mention]:
        qualifiers = _qualifiers(mentions, text)
        return [m for m in mentions if id(m) not in qualifiers]

    return named(arabic_mentions(ar_text), ar_text), named(english_mentions(en_text), en_text)


@lru_cache(maxsize=1)
def _initials() -> tuple[frozenset[str], ...]:
    """Per organisation, the initials of its English names (Palestinian Authority: PA)."""
    return tuple(frozenset(i for form in en.split(";") if not form.replace(".", "").isupper()
                           for i in ["".join(w[0] for w in form.split() if w[0].isupper())] if len(i) >= 2)
                 for _, _, en, _ in _ORGANIZATIONS)


_AR_GENERIC = frozenset(normalize_arabic(w) for w in "منظمة وكالة صندوق بنك مفوضية حلف هيئة مؤسسة".split())
"""Head nouns an Arabic text refers back to an organisation by (المنظمة "the organisation", المؤسسة "the
corporation": Emirates Health Services named again, batch 136)."""


_AR_DEFINITE = re.compile(r"^[وف]?(?:[بك]?ال|لل)")


def _generic_reference(text: str, bare: bool = False) -> bool:
    """``text`` refers to an organisation by a definite head noun alone (للمنظمة, الوكالة); with
    ``bare``, one that no definite word follows (وأكدت المؤسسة أن, not الهيئة العامة للتأمين الاجتماعي,
    which may be an organisation's whole name)."""
    toks = [t for t in tokenize(text) if t.arabic]
    return any(m and t.norm[m.end():] in _AR_GENERIC
               and not (bare and k + 1 < len(toks) and _AR_DEFINITE.match(toks[k + 1].norm)
                        and not text[t.end:toks[k + 1].start].strip(" "))
               for k, t in enumerate(toks) for m in [_AR_DEFINITE.match(t.norm)])


_EN_ORGANISATION = re.compile(
    r"(?<![\w'’-])(?!(?:The|A|An|In|At|On|For)\s)[A-Z][\w'’-]*(?:\s+(?:(?:of|for|on)\s+(?:the\s+)?)?[A-Z][\w'’-]*)+")
_ORGANISATION_HEADS = (r"Council|Organi[sz]ation|Ministry|Agency|Authority|Committee|Commission|Fund|Bank|Programme|"
                       r"Program|Corporation|Company|Institute|Office|Union|Federation|Association|Foundation|"
                       r"Society|Department|Directorate|Board|Bureau|Syndicate|Network|Forum|Corps|Order")
EN_ORGANISATION_HEAD = re.compile(rf"\b(?:{_ORGANISATION_HEADS})s?\b")
"""(a plural too: the Palestinian Agricultural Relief Committees = الإغاثة الزراعية, batch 121; not Force:
an army's Expeditionary Force is a name's place to swap a country)"""


OFFICE_TITLES = r"Director|Chairman|Chairwoman|President|Governor|Spokes(?:man|woman|person)|Minister|Undersecretary"
"""The titles of offices an organisation's head holds (the names check reads them before a person's name too)."""
_EN_OFFICE_TITLE = re.compile(rf"\s(?:{OFFICE_TITLES}|Deputy|Chief|Head|CEO|Manager)\b")
"""An office title after an organisation's head noun: the name of its holder follows, not more of
the organisation's (Basra Oil Company Director General Ali Nasser)."""


def unknown_english_organisations(text: str, known: Sequence[Mention],
                                  heads: re.Pattern = EN_ORGANISATION_HEAD) -> list[Mention]:
    """Runs of capitalised words with an organisation's head noun (Gulf Health Council, Ministry of
    Social Development) that name none of the table's organisations (org -1), up to an office title
    after the head noun (Basra Oil Company, not Basra Oil Company Director General Ali Nasser)."""
    out = []
    for m in _EN_ORGANISATION.finditer(text):
        head = heads.search(m.group())
        if head is None:
            continue
        title = _EN_OFFICE_TITLE.search(m.group(), head.end())
        end = m.start() + len(m.group()[:title.start()].rstrip()) if title else m.end()
        if not any(k.start < end and m.start() < k.end for k in known):
            out.append(Mention(-1, m.start(), end, text[m.start():end]))
    return out


_EN_INSTITUTION_HEAD = re.compile(
    rf"\b(?:{_ORGANISATION_HEADS}|Chamber|Coalition|Alliance|Party|Terminal|Hospital|University|Court|Centre|Center|"
    r"Inspectorate)\b")
"""Head nouns of organisations and of institutions named in common words (Aqaba Container
Terminal, State of Law Coalition, Friendship Hospital, the General Inspectorate of Territorial
Administration of batch 95)."""
_ORGANISATION_WORDS_RAW = """
authority: هيئة سلطة جهاز مصلحة
ministry: وزارة
board: مجلس هيئة لجنة
bureau: مكتب ديوان جهاز هيئة
office: مكتب ديوان
organisation organization: منظمة مؤسسة هيئة جهاز
corporation: مؤسسة شركة هيئة
company: شركة
directorate: مديرية إدارة دائرة
department: دائرة إدارة قسم مديرية مصلحة
agency: وكالة هيئة جهاز
commission: هيئة مفوضية لجنة مندوبية
committee committees: لجنة لجان
council: مجلس
union: اتحاد نقابة
federation: اتحاد
association: جمعية رابطة نقابة اتحاد
syndicate: نقابة
foundation: مؤسسة
society: جمعية
chamber chambers: غرفة غرف
fund: صندوق
bank: بنك مصرف
hospital: مستشفى
university: جامعة جامعي
institute: معهد مصلحة
centre center: مركز
court: محكمة
coalition alliance: ائتلاف تحالف
party: حزب
terminal: محطة ميناء منفذ
container containers: حاوية حاويات
civil: مدني مدنية
service services: خدمة خدمات مصلحة
protection: حماية
defence defense: دفاع
insurance: تأمين تأمينات
social: اجتماعي اجتماعية
development: تنمية تنموي تطوير إنماء إنمائي
investment: استثمار استثمارات
economic: اقتصادي اقتصادية
financial: مالي مالية
legislative: تشريعي تشريعية
legal: قانوني قانونية
commerce: تجارة تجاري
industry industrial: صناعة صناعات صناعي صناعية
agricultural agriculture: زراعة زراعي زراعية فلاحة فلاحي فلاحية
farmers: مزارع مزارعين مزارعون فلاح فلاحين فلاحون
workers: عامل عمال عاملين عاملون
tourism: سياحة سياحي سياحية
exhibitions: معارض معرض
audit: رقابة تدقيق محاسبة
accounts: حسابات محاسبة
inspectorate inspection: تفتيش مفتشية
administration: إدارة مصلحة
territorial: ترابي ترابية إقليمي
regional: جهوي جهوية إقليمي إقليمية
securities: أوراق مالية سمسرة وساطة
integrity: نزاهة
statistics: إحصاء إحصاءات إحصائي
supreme: أعلى عليا
high higher: عليا أعلى سامية سامي سام
federal: اتحادي اتحادية فيدرالي فدرالي
friendship: صداقة
forests: غابات غابة
credit: تسليف ائتمان
housing: إسكان سكن
medical medicine: طب طبي طبية
national: وطني قومي أهلي
general public: عام عامة عمومي عمومية
central: مركزي مركزية
health: صحة صحي صحية
water: مياه ماء مائي مائية
electricity: كهرباء
energy: طاقة
oil petroleum: نفط نفطي نفطية بترول بترولي محروقات
marketing: تسويق
transport: نقل مواصلات
education: تعليم تربية تعليمي تربوي
environment: بيئة بيئي
labour labor: عمل عمال عمالي شغل
planning: تخطيط
engineers: مهندس مهندسين مهندسون هندسة
pharmacists: صيادلة صيدلي صيدلة
doctors physicians: أطباء طبيب طب
teachers: معلم معلمين معلمون مدرس مدرسين مدرسون
journalists: صحفي صحفيين صحافي صحافيين صحافة
lawyers: محام محامين محامون محاماة
consumer consumers: مستهلك مستهلكين
importers: مستورد مستوردين استيراد
exporters: مصدر مصدرين تصدير
pharmacy: صيدلية صيدليات صيدلة
clinic clinics: عيادة عيادات
laboratory laboratories: مختبر مختبرات معمل معامل
research: بحث بحوث أبحاث بحثي
disease diseases: مرض أمراض
prevention: وقاية
vaccine vaccines vaccination: لقاح لقاحات تطعيم تلقيح
emergency: طوارئ إسعاف
fire firefighting: إطفاء حريق حرائق
relief: إغاثة
humanitarian: إنساني إنسانية
refugees: لاجئ لاجئين
children: طفل أطفال طفولة
women: مرأة نساء نسائي نسائية سيدات
youth: شباب شبيبة
rights: حقوق
security: أمن أمني أمنية
police: شرطة أمن
army: جيش
intelligence: استخبارات مخابرات
customs: جمارك جمركي
aviation: طيران
airport: مطار
railway railways: سكك سكة قطار قطارات
telecommunications: اتصالات
veterinary: بيطري بيطرية بيطرة
fisheries: مصائد صيد أسماك سمكي سمكية بحري
antiquities: آثار
electoral: انتخاب انتخابات انتخابي انتخابية
prosecution: نيابة ادعاء
corruption: فساد
reconstruction: إعمار
municipal: بلدي بلدية
engineering: هندسة هندسي هندسية هندسيه
private: خاص خاصة أهلي أهلية
works: أشغال أعمال
""".strip().splitlines()
_ORGANISATION_WORDS = {en: frozenset(normalize_arabic(w) for w in ar.split())
                       for line in _ORGANISATION_WORDS_RAW for ens, ar in [line.split(":")] for en in ens.split()}
"""English words of organisations' names and the Arabic stems that render them (without the
article; a word that begins with one and adds at most ``_SUFFIX_LETTERS`` renders it too)."""
_SUFFIX_LETTERS = 3


def _renders(stems: frozenset[str], forms: frozenset[str]) -> bool:
    """Some Arabic stem is one of ``forms`` or one of them with a short suffix (اجتماعية, تنموية)."""
    return any(s.startswith(f) and len(s) - len(f) <= _SUFFIX_LETTERS for s in stems for f in forms)


_EN_PLACE_BANK = re.compile(r"\b(?:West|Left|South|North|East)\s+Bank\b")
"""A bank of a river, a place (the West Bank = الضفة الغربية), not an organisation."""


UNRENDERED_WORDS = 2
"""An organisation of the English with this many words that no Arabic word renders is another
organisation than the Arabic's (one word alone may be a translator's choice: Services for أغذية)."""


def organisation_word_issues(pair: Pair, ar_side: str, en_side: str, code: str) -> Iterable[Issue]:
    """Organisations the table does not know, or knows but the Arabic does not name, written in the
    English with ``UNRENDERED_WORDS`` or more words that nothing of the Arabic renders
    (``unrendered_organisation_words``: the Civil Service Bureau where the Arabic says الهيئة العامة
    للتأمين الاجتماعي): an error at those words; none where the Arabic names an organisation by its head
    noun alone (``_generic_reference``: المؤسسة for the corporation the English names)."""
    if _generic_reference(pair.text(ar_side), bare=True):
        return  # the Arabic names an organisation again by its head noun alone (وأكدت المؤسسة أن)
    for m, words in unrendered_organisation_words(pair.text(en_side), pair.text(ar_side)):
        if len(words) < UNRENDERED_WORDS:
            continue
        spans = tuple(pair.span(en_side, a, b) for a, b in words)
        quoted = ", ".join(f"'{pair.text(en_side)[a:b]}'" for a, b in words)
        yield Issue(code, "error", pair.alignment, spans if en_side == "source" else (),
                    spans if en_side == "target" else (), 0.0,
                    f"organisation '{m.text}' in the {en_side}: no word of the {ar_side} renders {quoted}")


def unrendered_organisation_words(en_text: str, ar_text: str) -> list[tuple[Mention, list[tuple[int, int]]]]:
    """Organisations and institutions of ``en_text`` that the table does not know, or that it knows
    and ``ar_text`` does not name, each with the [start, end) of its words (``_ORGANISATION_WORDS``)
    that no word of ``ar_text`` renders."""
    known = english_mentions(en_text)
    named = _shared(arabic_mentions(ar_text), known)[1] if known else []
    candidates = [k for k in known if k not in named] + unknown_english_organisations(en_text, known, _EN_INSTITUTION_HEAD)
    if not candidates:
        return []  # (most pairs: the Arabic's words are not read)
    stems = _arabic_stems(ar_text)
    places = [m.span() for m in _EN_PLACE_BANK.finditer(en_text)]
    out = []
    for m in candidates:
        words = [(a, b) for a, b, word in _table_words(m) if not _renders(stems, _ORGANISATION_WORDS[word])
                 and not any(s <= a < e for s, e in places)]
        if words:
            out.append((m, words))
    return out


@lru_cache(maxsize=4096)
def _arabic_stems(ar_text: str) -> frozenset[str]:
    """The stems of every Arabic word of ``ar_text`` (``_renders`` reads them), read once per text: the
    name check asks for them for each capitalised common word of a pair."""
    return frozenset(s for t in tokenize(ar_text) if t.arabic for s in arabic_stems(t.norm))


def _table_words(m: Mention) -> list[tuple[int, int, str]]:
    """[start, end) and lower-case form of each capitalised word of ``m``'s name that is a word of
    organisations (``_ORGANISATION_WORDS``: Commission, Union, Authority)."""
    return [(m.start + w.start(), m.start + w.end(), w.group().lower()) for w in re.finditer(r"[A-Za-z]+", m.text)
            if w.group()[:1].isupper() and w.group().lower() in _ORGANISATION_WORDS]


def renders_organisation_word(word: str, ar_text: str) -> bool:
    """Whether lower-case ``word`` is a word of organisations' names (``_ORGANISATION_WORDS``) that a word
    of ``ar_text`` renders (Agricultural = الفلاحية)."""
    forms = _ORGANISATION_WORDS.get(word)
    return forms is not None and _renders(_arabic_stems(ar_text), forms)


def in_rendered_organisation(en_text: str, ar_text: str, start: int) -> bool:
    """Whether ``start`` lies in the English name of an organisation the table does not know whose
    words of organisations (``_ORGANISATION_WORDS``: Commission, Union) words of ``ar_text`` all render
    (the High Commission = الهيئة العليا, the Regional Union = الاتحاد الجهوي); "This Order" has none."""
    found = [m for m in unknown_english_organisations(en_text, english_mentions(en_text)) if m.start <= start < m.end]
    return any((words := _table_words(m)) and all(renders_organisation_word(w, ar_text) for _, _, w in words)
               for m in found)


@lru_cache(maxsize=None)
def _lower_case_pattern(org: int) -> re.Pattern:
    """Organisation ``org``'s English names in any case, and for a ministry its first portfolio
    followed by others before Minister / Ministry (``_named_in_lower_case``)."""
    key = _ORGANIZATIONS[org][0]
    forms = [_name_form_pattern(f) for f in _ORGANIZATIONS[org][2].split(";") if not f.replace(".", "").isupper()]
    forms += [rf"{p}(?:,?\s+(?:and\s+)?[A-Za-z]+)+\s+Minist(?:er|ry)" for k, en, _ in _PORTFOLIOS
              if f"MIN_{k}" == key for p in en.split(";")]
    return re.compile(rf"\b(?:{'|'.join(forms)})\b", re.I) if forms else re.compile(r"(?!)")


def _named_in_lower_case(org: int, en_text: str) -> bool:
    """Whether the English names organisation ``org`` in lower case ("the health minister said"),
    or a ministry as the first of its portfolios ("Energy and Water Minister" = وزير الطاقة
    والمياه), which ``english_mentions`` leaves out."""
    return bool(_lower_case_pattern(org).search(en_text))


_EN_MID_NAME = re.compile(r"(?<=[\w,;)]\s)(?:[Aa]l-|[Ee]l-)?([A-Z][a-z]{2,})\b")
"""A capitalised word of three letters or more inside a sentence (after a word), its article aside."""


def _written_as_a_name(m: Mention, en_text: str) -> bool:
    """Whether a one-word Arabic mention is a place or a person the English writes as a name:
    الفاو is the FAO and the Iraqi port of Faw ("the Faw area")."""
    if " " in m.text.strip():
        return False
    key = name_key_arabic(min(arabic_stems(normalize_arabic(m.text)), key=len))  # (بالفاو, الفاو: فاو)
    return any(name_key_latin(w.group(1)) == key for w in _EN_MID_NAME.finditer(en_text))


def _referred_to_in_english(org: int, en_text: str, ar_text: str) -> bool:
    """Whether ``en_text`` refers back to organisation ``org`` by a head noun of its English name in
    lower case after "the" ("the ministry's director general" = المدير العام لوزارة الزراعة, batch 131)
    more often than ``ar_text`` does by its Arabic (الوزارة = "the ministry"): a reference the Arabic
    makes too is no rendering of the organisation it names."""
    heads = {h.lower() for form in _ORGANIZATIONS[org][2].split(";") for h in EN_ORGANISATION_HEAD.findall(form)}
    ar_generic = [t.norm[m.end():] for t in tokenize(ar_text) if t.arabic for m in [_AR_DEFINITE.match(t.norm)] if m]
    return any(len(re.findall(rf"\b[Tt]he\s+{h}\b", en_text))
               > sum(w in _ORGANISATION_WORDS.get(h, ()) for w in ar_generic) for h in heads)


def _named_more_often(ar: Sequence[Mention], en: Sequence[Mention], en_missing: Sequence[Mention],
                      ar_len: int, en_len: int) -> list[Mention]:
    """The Arabic mention that stands where an English organisation the Arabic lacks does: of an
    organisation the Arabic names more often than the English names it or its family, which it
    does name (وزارة الزراعة ... وزير الزراعة against the Ministry of Public Health ... the
    Agriculture Minister), the one nearest to the English mention in its text's relative place;
    none if there is none."""
    named = {m.org: sum(e.org in _family(m.org) for e in en) for m in ar}
    surplus = [m for m in ar if sum(a.org == m.org for a in ar) > named[m.org] > 0]
    if not surplus:
        return []
    place = en_missing[0].start / max(en_len, 1)
    return [min(surplus, key=lambda m: (abs(m.start / max(ar_len, 1) - place), m.start))]


def organization_issues(pair: Pair, ar_side: str, en_side: str, code: str) -> Iterable[Issue]:
    """Organisations of the table named on one side of ``pair`` and not on the other. An English
    acronym of an Arabic side's organisation's initials names it too (PA = السلطة الفلسطينية;
    not a form of its own: PA is also Pennsylvania). An Arabic organisation of the table that the
    English lacks, where the English names an organisation the table does not know (Gulf Health
    Council where the Arabic says منظمة الصحة العالمية), is a swap too."""
    en_text = pair.text(en_side)
    mentions = dict(zip((ar_side, en_side), _mentions(pair.text(ar_side), en_text)))
    shared = {id(m) for ms in _shared(mentions[ar_side], mentions[en_side]) for m in ms}
    missing = {side: [m for m in ms if id(m) not in shared] for side, ms in mentions.items()}
    acronyms = set(re.findall(r"\b[A-Z]{2,}\b", en_text))
    missing[ar_side] = [m for m in missing[ar_side] if not _initials()[m.org] & acronyms
                        and not _named_in_lower_case(m.org, en_text) and not _written_as_a_name(m, en_text)
                        and not _referred_to_in_english(m.org, en_text, pair.text(ar_side))]
    if missing[ar_side] and not missing[en_side]:
        missing[en_side] = unknown_english_organisations(en_text, mentions[en_side])
    if missing[en_side] and not missing[ar_side]:
        missing[ar_side] = _named_more_often(mentions[ar_side], mentions[en_side], missing[en_side],
                                             len(pair.text(ar_side)), len(en_text))
    swap = bool(missing["source"]) and bool(missing["target"])
    if not swap and _generic_reference(pair.text(ar_side)):
        missing[en_side] = []  # "WHO Director-General" = المدير العام للمنظمة: the organisation named again
    for side, ms in missing.items():
        other = "target" if side == "source" else "source"
        seen: set[int] = set()
        for m in ms:
            if m.org in seen:
                continue
            seen.add(m.org)
            name = _ORGANIZATIONS[m.org][2].split(";")[0] if m.org >= 0 else m.text
            there = ", ".join(f"'{o.text}'" for o in missing[other]) or "none of the organisations amanah knows"
            label = "" if side == en_side and m.text == name else f" ({name})"
            span = (pair.span(side, m.start, m.end),)
            yield Issue(code, "error" if swap else "info", pair.alignment,
                        span if side == "source" else (), span if side == "target" else (), 0.0,
                        f"{ORGANISATION_NOTE}'{m.text}'{label} in the {side} has no counterpart in the {other} "
                        f"({other} has {there})")
