"""Hand-written articles of the full-size pages, second round: Russian, Ukrainian, German, French, Chinese."""

PAGES = []

PAGES.append(dict(
    name="ru-full-liveblog", lang="ru", layout="liveblog", site="Столичные ведомости", domain="stolved.example", section="Общество", section_slug="society",
    title="Ураган в Москве: онлайн-трансляция", date="2024-05-14T21:30:00+03:00",
    description="Следим за последствиями урагана в Москве и области.", tags=["Москва", "Погода", "МЧС"],
    times=["21:30", "20:55", "20:10", "19:42", "19:15", "18:50"],
    text="""
# Сильнейший за последние годы ураган прошёл над Москвой во вторник вечером: ветер валил деревья, срывал крыши и рекламные щиты. Мы следим за последствиями в реальном времени.
## Мэрия: на уборку улиц выведены все бригады
К уборке поваленных деревьев приступили более двух тысяч рабочих и шестьсот единиц техники. В мэрии обещают расчистить основные магистрали до утра.
Жителей просят не парковать машины под деревьями и не выходить на улицу без необходимости, пока не стихнет ветер.
## Без света остаются около сорока тысяч домов
Энергетики сообщают, что больше всего отключений в Новой Москве и на северо-западе области. Аварийные бригады работают на всех повреждённых линиях.
## Задерживаются рейсы в аэропортах
В Шереметьеве и Внукове задержаны больше восьмидесяти рейсов, несколько самолётов ушли на запасные аэродромы в Санкт-Петербург и Нижний Новгород.
## Пострадавшие
По данным столичного департамента здравоохранения, за медицинской помощью обратились девятнадцать человек, большинство из них получили травмы от упавших веток.
## Скорость ветра достигала 27 метров в секунду
Синоптики зафиксировали порывы до двадцати семи метров в секунду на метеостанции ВДНХ. Это один из самых сильных ураганов за всю историю наблюдений.
## МЧС объявило штормовое предупреждение
Спасатели разослали жителям сообщения с просьбой оставаться дома и держаться подальше от деревьев, рекламных конструкций и линий электропередачи.
"""))

PAGES.append(dict(
    name="uk-full-bitrix", lang="uk", layout="bitrix", site="Київський оглядач", domain="kyivohliadach.example", section="Київ", section_slug="kyiv",
    title="Київ відкриє закриті станції синьої гілки метро до кінця року", date="2024-05-14T13:05:00+03:00",
    description="КМДА назвала терміни ремонту тунелю між Деміївською та Либідською.", tags=["Київ", "Метро", "Транспорт"], soft_hyphens=True,
    author_bio=["Андрій Мельник пише про міське господарство і транспорт Києва, працює в редакції з 2014 року, раніше був кореспондентом міського радіо, вів рубрику про ремонти доріг і мостів, а у 2021 році отримав премію за розслідування про закупівлі комунальних підприємств.",
                "Закінчив Інститут журналістики Київського університету, стажувався у Варшаві та Вільнюсі, веде телеграм-канал про київський транспорт, любить велосипед, стару архітектуру Подолу й історію київського трамвая."],
    text="""
# Шість закритих станцій синьої гілки київського метро мають відкрити до кінця року, заявили у столичній адміністрації після наради з підрядниками.
Рух між станціями «Деміївська» та «Либідська» зупинили в грудні, коли в тунелі виявили протікання ґрунтових вод і деформацію конструкцій.
Відтоді пасажири з Теремків і Виставкового центру добираються до центру автобусами-шатлами, що значно подовжує дорогу в години пік.
За словами представників міста, підрядник уже завершив проєктування та розпочав укріплення тунелю методом заморожування ґрунту.
~
Вартість ремонту оцінюють у понад мільярд гривень. Частину коштів місто планує отримати з державного бюджету та від міжнародних фінансових організацій.
Депутати міської ради вимагають оприлюднити результати технічної експертизи та назвати відповідальних за стан тунелю.
Тим часом у метрополітені запевняють, що інші ділянки синьої гілки перевірили й загрози для пасажирів немає.
"""))

PAGES.append(dict(
    name="de-full-liveblog", scale=0.45, lang="de", layout="liveblog", site="Elbland Nachrichten", domain="elbland-nachrichten.example", section="Politik", section_slug="politik",
    title="Landtagswahl in Sachsen: Der Wahlabend im Liveticker", date="2024-09-01T22:40:00+02:00", title_sep=" | ",
    description="Alle Ergebnisse und Reaktionen zur Landtagswahl.", tags=["Sachsen", "Landtagswahl", "Dresden"],
    times=["22:40", "21:15", "20:30", "19:05", "18:20", "18:00"],
    text="""
# Die CDU hat die Landtagswahl in Sachsen knapp vor der AfD gewonnen. Die Regierungsbildung dürfte schwierig werden. Alle Entwicklungen des Wahlabends hier im Überblick.
## Vorläufiges Endergebnis liegt vor
Nach Auszählung aller Wahlkreise kommt die CDU auf 31,9 Prozent, die AfD auf 30,6 Prozent. Das Bündnis Sahra Wagenknecht erreicht aus dem Stand 11,8 Prozent.
SPD und Grüne schaffen knapp den Wiedereinzug in den Landtag, die Linke gewinnt zwei Direktmandate in Leipzig und zieht deshalb ebenfalls ins Parlament ein.
## Ministerpräsident will Gespräche mit allen demokratischen Parteien
Der Ministerpräsident kündigte im Landtag an, schon in dieser Woche zu Sondierungen einzuladen. Eine Zusammenarbeit mit der AfD schloss er erneut aus.
## Wahlbeteiligung so hoch wie seit 1990 nicht
Die Landeswahlleitung meldet eine Wahlbeteiligung von rund 74 Prozent, deutlich mehr als vor fünf Jahren.
## Erste Hochrechnung: CDU knapp vorn
Laut der ersten Hochrechnung liegt die CDU einen Prozentpunkt vor der AfD. In der Parteizentrale in Dresden brach Jubel aus.
## Die Wahllokale haben geschlossen
Um 18 Uhr haben die Wahllokale in Sachsen geschlossen. Rund 3,3 Millionen Menschen waren zur Wahl aufgerufen.
"""))

PAGES.append(dict(
    name="fr-full-drupal", lang="fr", layout="drupal", site="France Sud Info", domain="francesudinfo.example", section="Planète", section_slug="planete",
    title="Sécheresse : les Pyrénées-Orientales en alerte maximale pour le troisième été", date="2024-05-14T07:30:00+02:00", title_sep=" | ",
    description="Des restrictions d'eau inédites dès le mois de mai.", tags=["Sécheresse", "Eau", "Perpignan"], hero=True,
    hero_caption="Le lac de Vinça, à moitié vide, photographié début mai.",
    text="""
# Pour la troisième année consécutive, le préfet des Pyrénées-Orientales a placé tout le département en alerte sécheresse renforcée, avec des restrictions d'eau inédites dès le mois de mai.
Le remplissage des piscines privées est interdit, tout comme le lavage des voitures en dehors des stations équipées de systèmes de recyclage.
L'arrosage des jardins et des espaces verts n'est autorisé que deux soirs par semaine, et les golfs doivent réduire leur consommation de moitié.
> 6
## Des nappes au plus bas
Selon le Bureau de recherches géologiques et minières, les nappes de la plaine du Roussillon sont à leur niveau le plus bas depuis le début des mesures, il y a plus de cinquante ans.
Les pluies de l'hiver n'ont atteint que le tiers de la normale, et le manteau neigeux des Pyrénées a fondu dès la fin du mois de mars.
## Les agriculteurs inquiets
Les arboriculteurs et les viticulteurs craignent une nouvelle saison de pertes. Plusieurs exploitations ont déjà arraché des vergers de pêchers, faute de pouvoir les irriguer.
La chambre d'agriculture demande des aides d'urgence et l'accélération des projets de réutilisation des eaux usées traitées.
Les communes du littoral, qui accueillent des centaines de milliers de touristes en été, étudient de leur côté l'installation d'unités mobiles de dessalement.
"""))

PAGES.append(dict(
    name="zh-full-collapsed", lang="zh", html_lang="zh-CN", layout="cnportal", site="新体育网", domain="xintiyu.example", section="体育", section_slug="sports",
    title="中国女排3比1战胜巴西 世界联赛三连胜", date="2024-05-19T22:10:00+08:00", title_sep="-",
    description="中国女排在澳门站比赛中3比1战胜巴西队。", tags=["女排", "世界联赛", "澳门"],
    text="""
[[中国女排]]19日晚在[[世界女排联赛]]^[[澳门站]]比赛中以3比1战胜巴西队，取得本站三连胜。
四局比分分别为25比21、23比25、25比19和25比22。主攻[[李盈莹]]全场拿下27分，成为本场比赛得分最高的球员。
首局比赛，中国队凭借发球和拦网优势很快取得领先，并以25比21先下一城。第二局巴西队调整了{{接发球}}阵型，扳回一局。
~
第三局开始后，中国队加强了{{网前}}进攻，副攻[[王媛媛]]连续拦网得分，帮助球队以25比19再胜一局。
第四局双方比分交替上升，关键时刻中国队连得三分，最终以25比22锁定胜局。
主教练赛后表示，队员们在困难局面下保持了耐心，但[[一传]]^[[质量]]还有提升空间。
中国女排下一场比赛将于21日对阵日本队，这也是本站比赛中最受关注的一场对决。
"""))
