package org.frontwire.processors.stories;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.frontwire.records.Article;

/** Hand-written reports for story tests: reprints, paraphrases and near misses, in English and Arabic. */
final class StoryFixtures {
    static final Instant T0 = Instant.parse("2026-07-22T09:00:00Z");

    private StoryFixtures() {}

    static Article article(String id, String site, String url, String language, String topic, String title, String text, Instant at) {
        return new Article(Article.SCHEMA_VERSION, id, url, null, site, title, null, text, language, at, at.plusSeconds(600), null,
                List.of(), null, topic, List.of(), Map.of(), "test", null);
    }

    static Article en(String id, String site, String title, String text, Instant at) {
        return article(id, site, "https://" + site + "/news/" + id, "en", "yemen", title, text, at);
    }

    static Article ar(String id, String site, String title, String text, Instant at) {
        return article(id, site, "https://" + site + "/news/" + id, "ar", "yemen", title, text, at);
    }

    static final Article FIRST_FLIGHT = en("en-flight-1", "wire.example",
            "First Saudi relief plane lands at reopened Aden airport",
            "A Saudi military cargo plane carrying medical aid and relief supplies landed at Aden international airport on Wednesday, "
                    + "the first aircraft to land since forces loyal to President Hadi recaptured the airport from the Houthi militia, "
                    + "transport minister Badr Basalma told reporters. The aircraft carried 13 tonnes of medicine and equipment for the city's "
                    + "hospitals, which have run short of fuel and drugs after four months of fighting. Basalma said commercial flights would "
                    + "resume once the runway and the control tower were repaired.", T0);

    static final Article FIRST_FLIGHT_REPRINT = en("en-flight-1-reprint", "daily.example",
            "Aden airport receives Saudi aid aircraft",
            "A Saudi military cargo plane carrying medical aid and relief supplies landed at Aden international airport on Wednesday, "
                    + "the first aircraft to land since forces loyal to President Hadi recaptured the airport from the Houthi militia, "
                    + "transport minister Badr Basalma said. The aircraft carried 13 tonnes of medicine and equipment for the city's "
                    + "hospitals. Basalma said commercial flights would resume once the runway was repaired.", T0.plusSeconds(3600));

    static final Article FIRST_FLIGHT_OWN_WORDS = en("en-flight-1-own", "herald.example",
            "Saudi aircraft with medicine touches down in Aden, minister Basalma says",
            "Aden's international airport welcomed its first aircraft in months on Wednesday when a Saudi military plane loaded with "
                    + "medicine and relief supplies touched down, transport minister Badr Basalma said. Hadi's forces retook the airport "
                    + "from the Houthi militia last week. The medicine, 13 tonnes of it, is bound for hospitals that have run short during "
                    + "the fighting; Basalma expects commercial flights to resume after repairs to the runway.", T0.plusSeconds(7200));

    static final Article SECOND_FLIGHT = en("en-flight-2", "wire.example",
            "Second Saudi relief plane lands at Aden airport",
            "A second Saudi military cargo plane carrying medical aid and relief supplies landed at Aden international airport on Thursday, "
                    + "a day after the first aircraft landed since forces loyal to President Hadi recaptured the airport from the Houthi militia, "
                    + "transport minister Badr Basalma told reporters. The aircraft carried 25 tonnes of medicine and equipment for the city's "
                    + "hospitals, which have run short of fuel and drugs after four months of fighting.", T0.plusSeconds(26 * 3600));

    static final Article FLIGHT_ANALYSIS = article("en-flight-analysis", "review.example", "https://review.example/opinion/aden-airport-lifeline",
            "en", "yemen", "Aden's airport is a lifeline, not a victory",
            "The Saudi relief plane that landed at Aden international airport on Wednesday carried 13 tonnes of medicine, and transport "
                    + "minister Badr Basalma was right to celebrate. But an airport is not a state. President Hadi's government will be judged "
                    + "on whether it can pay salaries, restore electricity and keep the Houthi militia from the city's edges, not on one "
                    + "cargo flight. The coalition should not mistake a photo opportunity for a strategy.", T0.plusSeconds(5 * 3600));

    static final Article DIYALA_MARKET = article("en-diyala-market", "wire.example", "https://wire.example/news/diyala-market", "en", "iraq",
            "Car bomb kills 12 at crowded market in Diyala's Khan Bani Saad",
            "A car bomb exploded in a crowded vegetable market in Khan Bani Saad in Diyala province on Friday evening, killing 12 people "
                    + "and wounding 30 as families shopped before the holiday, police and hospital officials said. Islamic State claimed the "
                    + "bombing in a statement circulated online.", T0.plusSeconds(40 * 3600));

    static final Article DIYALA_ROADSIDE = article("en-diyala-roadside", "daily.example", "https://daily.example/news/diyala-roadside", "en", "iraq",
            "Roadside bomb kills four soldiers near Muqdadiyah in Diyala province",
            "A roadside bomb struck an army patrol near Muqdadiyah in Diyala province on Friday, killing four soldiers and wounding two, "
                    + "police officials said. No group claimed the attack, the second on the army in the province this week.", T0.plusSeconds(41 * 3600));

    static final Article ROUND_UP = en("en-roundup", "daily.example",
            "Middle East today: Aden plane, Diyala bomb, Geneva talks",
            "Here is the day in the region. In Yemen, a Saudi relief plane landed at Aden airport. In Iraq, a bomb went off in a market "
                    + "in Diyala province. In Geneva, the UN envoy met Syrian opposition figures to prepare a new round of talks, and in Libya "
                    + "rival parliaments traded accusations over the oil ports.", T0.plusSeconds(9 * 3600));

    static final Article AR_FIRST_FLIGHT = ar("ar-flight-1", "spa.example",
            "وصول أول طائرة إغاثة سعودية إلى مطار عدن",
            "هبطت في مطار عدن الدولي اليوم الأربعاء أول طائرة عسكرية سعودية محملة بالمساعدات الطبية والإغاثية، بعد استعادة المطار "
                    + "من ميليشيات الحوثي، وقال وزير النقل اليمني بدر باسلمة إن الطائرة تحمل 13 طنا من الأدوية والمعدات لمستشفيات المدينة "
                    + "التي تعاني نقصا في الوقود والدواء، مضيفا أن الرحلات التجارية ستستأنف بعد إصلاح المدرج وبرج المراقبة.", T0);

    static final Article AR_FIRST_FLIGHT_REPRINT = ar("ar-flight-1-reprint", "okaz.example",
            "هبوط اول طائرة اغاثه سعوديه في مطار عدن",
            "هَبطت في مطار عـدن الدولي اليوم الاربعاء اول طائره عسكريه سعوديه محمله بالمساعدات الطبيه والاغاثيه، بعد استعاده المطار "
                    + "من ميليشيات الحوثي، وقال وزير النقل اليمنـي بدر باسلمه ان الطائره تحمل ١٣ طنا من الادويه والمعدات لمستشفيات المدينه.",
            T0.plusSeconds(1800));

    static final Article AR_SECOND_FLIGHT = ar("ar-flight-2", "spa.example",
            "وصول الطائرة السعودية الثانية إلى مطار عدن",
            "هبطت في مطار عدن الدولي اليوم الخميس الطائرة العسكرية السعودية الثانية محملة بالمساعدات الطبية والإغاثية، بعد استعادة "
                    + "المطار من ميليشيات الحوثي، وقال وزير النقل اليمني بدر باسلمة إن الطائرة تحمل 25 طنا من الأدوية والمعدات لمستشفيات المدينة.",
            T0.plusSeconds(26 * 3600));

    static final Article AR_LAHJ_SHELLING = ar("ar-lahj-shelling", "riyadh.example",
            "مقتل 5 مدنيين في قصف حوثي على قرية بمحافظة لحج",
            "قتل خمسة مدنيين وأصيب ثمانية آخرون اليوم الجمعة في قصف بقذائف الهاون شنته ميليشيات الحوثي على قرية الحمراء بمديرية "
                    + "تبن في محافظة لحج، بحسب مصادر طبية في مستشفى ابن خلدون.", T0.plusSeconds(50 * 3600));

    static final Article AR_LAHJ_AMBUSH = ar("ar-lahj-ambush", "watan.example",
            "المقاومة تقتل 9 من الحوثيين في كمين بمحافظة لحج",
            "قتل تسعة من مسلحي الحوثي اليوم الجمعة في كمين نصبته المقاومة الشعبية لرتل عسكري قرب قاعدة العند في محافظة لحج، "
                    + "وفق مصدر في المقاومة أكد الاستيلاء على عربتين مدرعتين.", T0.plusSeconds(51 * 3600));

    // One bombing, two agencies, two tolls: the same event in their own words.
    static final Article MARKET_BOMBING_15 = article("en-faryab-15", "wire.example", "https://wire.example/news/faryab-15", "en", "afghanistan",
            "Suicide bomber kills 15 in crowded market in northern Afghanistan",
            "A suicide bomber blew himself up in a crowded market in the Almar district of Faryab province on Wednesday, killing "
                    + "women and children among the shoppers, as the Taliban step up their summer offensive despite efforts to start "
                    + "peace talks. An earlier toll had put the dead at nine. The attack in Faryab, on the border with Turkmenistan, "
                    + "shows the heavy price civilians pay in the war.", T0.plusSeconds(3 * 3600));

    static final Article MARKET_BOMBING_25 = article("en-faryab-25", "herald.example", "https://herald.example/news/faryab-25", "en", "afghanistan",
            "Bomber kills 25 at market in Afghanistan's Faryab province",
            "At least 25 people, most of them civilians, were killed when a suicide bomber set off explosives in a crowded market in "
                    + "the Almar district of Faryab province on Wednesday, a spokesman for the governor said. Women and children were among "
                    + "the dead, and soldiers were wounded too, as the Taliban press their summer offensive in the north near Turkmenistan.",
            T0.plusSeconds(4 * 3600));

    // The same index in the same words on two days: every figure differs, so two stories.
    static final Article INDEX_CLOSE_DOWN = article("en-index-down", "markets.example", "https://markets.example/news/index-down", "en", "none",
            "Saudi index closes down 8 points at 9,372 as banks slip",
            "The Saudi stock index closed 8.28 points lower at 9,372.74 on Thursday, with 74 shares down and 70 up, as bank stocks "
                    + "slipped in thin trading worth 4.1 billion riyals. Petrochemical shares held steady and the insurance sector "
                    + "gained after a quiet session.", T0.plusSeconds(6 * 3600));

    static final Article INDEX_CLOSE_UP = article("en-index-up", "markets.example", "https://markets.example/news/index-up", "en", "none",
            "Saudi index closes up 43 points at 9,381 as banks gain",
            "The Saudi stock index closed 43.5 points higher at 9,381.02 on Sunday, with 95 shares up and 30 down, as bank stocks "
                    + "gained in trading worth 5.3 billion riyals. Petrochemical shares held steady and the insurance sector "
                    + "slipped after a quiet session.", T0.plusSeconds(30 * 3600));

    static final Article AR_MARKET_BOMBING_15 = ar("ar-faryab-15", "wire-ar.example",
            "هجوم انتحاري يوقع 15 قتيلا في سوق بشمال أفغانستان",
            "قتل 15 شخصا بينهم نساء وأطفال الأربعاء عندما فجر انتحاري نفسه في سوق مزدحمة بمنطقة المار في ولاية فارياب بشمال أفغانستان، "
                    + "فيما يكثف المتمردون هجومهم الصيفي رغم الجهود لإطلاق محادثات السلام. وكانت الحصيلة الأولى تشير إلى تسعة قتلى، "
                    + "ويسلط الهجوم الذي وقع على الحدود مع تركمانستان الضوء على الثمن الذي يدفعه المدنيون.", T0.plusSeconds(3 * 3600));

    static final Article AR_MARKET_BOMBING_25 = ar("ar-faryab-25", "yaum.example",
            "انتحاري يقتل 25 في سوق بولاية فارياب الأفغانية",
            "قتل ما لا يقل عن 25 شخصا معظمهم من المدنيين بينهم نساء وأطفال الأربعاء عندما فجر انتحاري المتفجرات التي بحوزته في سوق "
                    + "مزدحمة بمنطقة المار في ولاية فارياب بشمال أفغانستان، بحسب المتحدث باسم حاكم الولاية، فيما يكثف المتمردون هجومهم "
                    + "الصيفي رغم الجهود لإطلاق محادثات السلام، قرب الحدود مع تركمانستان.", T0.plusSeconds(4 * 3600));

    // Near-identical headlines, one figure each (the age), another man, village and day: two stories.
    static final Article AR_WEST_BANK_KILLING_1 = ar("ar-westbank-1", "wire-ar.example",
            "مقتل فلسطيني برصاص الجيش الإسرائيلي قرب جنين",
            "قتل شاب فلسطيني فجر الأربعاء برصاص الجيش الإسرائيلي خلال مواجهات في قرية برقين غرب مدينة جنين شمال الضفة الغربية، "
                    + "وقالت مصادر طبية إن سامر حمدان (22 عاما) أصيب برصاصة في الصدر وتوفي بعد نقله إلى مستشفى جنين الحكومي.",
            T0.plusSeconds(2 * 3600));

    static final Article AR_WEST_BANK_KILLING_2 = ar("ar-westbank-2", "watan.example",
            "مقتل فلسطيني برصاص الجيش الإسرائيلي قرب الخليل",
            "قتل فلسطيني صباح الخميس برصاص الجيش الإسرائيلي خلال مداهمة في بلدة بيت أمر شمال مدينة الخليل جنوب الضفة الغربية، "
                    + "وقالت مصادر طبية إن خالد عوض (52 عاما) أصيب برصاصة في الرأس حين اقتحم الجنود منزله لاعتقال ابنه.",
            T0.plusSeconds(27 * 3600));
}
