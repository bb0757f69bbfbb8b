"""Hand-written articles of the full-size pages: Chinese, French, German, Polish, Greek. Markup: see chrome.parse."""

PAGES = []

PAGES.append(dict(
    name="zh-full-portal", scale=1.6, lang="zh", html_lang="zh-CN", layout="cnportal", site="华东在线", domain="huadongzaixian.example", section="财经", section_slug="finance",
    title="前四个月外贸进出口同比增长5.7% 新能源产品出口势头强劲", date="2024-05-14T15:26:00+08:00", title_sep="_",
    description="海关总署发布前四个月外贸数据。", tags=["外贸", "海关", "新能源"], cms_style=True,
    text="""
[[海关总署]][[14日]]发布数据显示，今年前四个月，我国货物贸易进出口总值13.81万亿元，同比增长5.7%，增速比一季度加快0.7个百分点。
其中，出口7.81万亿元，增长4.9%；进口6万亿元，增长6.8%。[[海关总署]]新闻发言人表示，外贸{{稳中有升}}的态势进一步巩固。
从产品看，[[电动汽车]]、[[锂电池]]和[[太阳能电池]]等新能源产品出口继续保持较快增长，合计增长超过百分之十。
## 民营企业占比提升
前四个月，民营企业进出口7.55万亿元，增长10.1%，占我国外贸总值的54.7%，比去年同期提升2.1个百分点。
外商投资企业进出口有所回落，但{{机电产品}}出口仍然保持增长。
## 贸易伙伴多元化
同期，我国对[[东盟]]、[[欧盟]]、[[美国]]和[[韩国]]分别进出口2.16万亿元、1.73万亿元、1.43万亿元和0.72万亿元。
对共建“一带一路”国家进出口6.5万亿元，增长5.2%，占比提升至47%。
业内人士认为，随着外需逐步回暖，全年外贸有望实现{{质升量稳}}的目标，但仍需关注贸易保护主义抬头带来的不确定性。
"""))

PAGES.append(dict(
    name="zh-full-nextjs", lang="zh", html_lang="zh-CN", layout="nextjs", site="轨道新闻", domain="guidaoxinwen.example", section="国内", section_slug="china",
    title="沪苏湖高铁正式开通 上海至湖州最快52分钟", date="2024-12-26T10:00:00+08:00", title_sep=" | ",
    description="沪苏湖高铁26日开通运营。", tags=["高铁", "上海", "长三角"], hero=True,
    text="""
# [[沪苏湖高铁]][[26日]]正式开通运营，上海至湖州最快52分钟可达，长三角核心区域的交通联系更加紧密。
这条高铁全长164公里，设计时速350公里，东起[[上海]]^[[虹桥站]]，经过[[江苏]]苏州，西至[[浙江]]湖州，全线共设八座车站。
开通初期，铁路部门每天安排开行动车组列车四十多对，高峰时段还将增开列车。
沿线的松江、吴江等地首次有了高铁站，不少居民表示，今后去上海上班和看病都方便多了。
铁路专家认为，这条线路与既有的{{京沪高铁}}、{{沪杭高铁}}相连，将进一步完善长三角的高铁网络，推动区域一体化发展。
[[湖州市]]有关负责人说，高铁开通后，湖州将加快建设高铁新城，吸引更多企业和人才落户。
据介绍，沪苏湖高铁从开工到通车用时四年多，建设中采用了多项新技术，其中跨越太浦河的大桥创造了国内同类桥梁的纪录。
"""))

PAGES.append(dict(
    name="fr-full-paywall", lang="fr", layout="paywall", site="Le Quotidien du Centre", domain="quotidienducentre.example", section="Politique", section_slug="politique",
    title="Assurance-chômage : le gouvernement durcit les règles d'indemnisation", date="2024-05-14T19:30:00+02:00", title_sep=" - ",
    description="La durée d'indemnisation sera réduite à quinze mois.", tags=["Assurance-chômage", "Emploi", "Gouvernement"], hero=True, paywall_after=3,
    paywall_offer=["Cet article est réservé aux abonnés. Il vous reste 80 % à découvrir.", "1 € le premier mois, sans engagement", "Accès illimité au site et à l'application", "Je m'abonne"],
    text="""
# Le premier ministre a annoncé mardi une nouvelle réforme de l'assurance-chômage, qui réduit la durée d'indemnisation et durcit les conditions d'accès aux allocations dès le 1er décembre.
Les demandeurs d'emploi devront avoir travaillé huit mois au cours des vingt derniers mois pour ouvrir des droits, contre six mois sur vingt-quatre aujourd'hui.
La durée maximale d'indemnisation passera de dix-huit à quinze mois pour les moins de cinquante-sept ans. Le gouvernement espère ainsi économiser plus de trois milliards d'euros par an.
Selon Matignon, la réforme doit inciter au retour à l'emploi alors que de nombreux secteurs, comme l'hôtellerie ou le bâtiment, peinent à recruter.
## Les syndicats vent debout
Les cinq principales organisations syndicales ont dénoncé une réforme « injuste et inefficace » qui frappera d'abord les plus précaires, notamment les jeunes et les salariés en contrats courts.
Elles appellent à une journée de mobilisation le 6 juin et n'excluent pas de saisir le Conseil d'État une fois le décret publié.
Le patronat, de son côté, salue une mesure « nécessaire » mais regrette que les règles du cumul emploi-chômage n'aient pas été revues.
## Un effet incertain sur l'emploi
Plusieurs économistes doutent que la réduction de la durée d'indemnisation suffise à faire baisser durablement le chômage, qui stagne autour de 7,5 % de la population active.
L'Unédic doit publier dans les prochaines semaines une étude d'impact détaillée, attendue avec impatience par les partenaires sociaux.
"""))

PAGES.append(dict(
    name="fr-full-wordpress", lang="fr", layout="wordpress", site="Actu Gironde", domain="actugironde.example", section="Société", section_slug="societe",
    title="Bordeaux : la fête du fleuve attire cent mille visiteurs", date="2024-05-27T08:10:00+02:00", title_sep=" | ",
    description="Retour en images sur quatre jours de fête sur les quais.", tags=["Bordeaux", "Fête du fleuve", "Garonne"],
    text="""
La fête du fleuve a attiré plus de cent mille visiteurs sur les quais de Bordeaux pendant le week-end prolongé, un record depuis sa création.
Pendant quatre jours, voiliers anciens, bateaux de pêche et navires de la Marine nationale ont accosté entre le pont de pierre et la Cité du vin.
! Le trois-mâts Belem remonte la Garonne samedi matin sous les applaudissements du public massé sur les quais. | Des enfants s'initient à l'aviron sur le bassin à flot, encadrés par les bénévoles du club local. | Le feu d'artifice tiré depuis la rive droite a clôturé la soirée de dimanche devant plus de trente mille spectateurs. | Les visiteurs font la queue pour monter à bord de la frégate amarrée près du miroir d'eau. | Sur le quai des Chartrons, les artisans du chantier naval montrent comment on calfate une coque en bois. | Une fanfare venue de Saint-Sébastien défile entre les stands de produits basques et landais. | Au petit matin, les équipages des vieux gréements préparent les voiles avant la grande parade. | Les pompiers de la Gironde font une démonstration de sauvetage en eaux vives au pied du pont de pierre.
La mairie se félicite d'une édition « sans incident majeur », malgré quelques embouteillages aux abords du pont Chaban-Delmas, levé à trois reprises pour laisser passer les grands voiliers.
> 2
Les commerçants des quais parlent d'un week-end exceptionnel. Plusieurs restaurants ont dû refuser des clients dès le début de soirée.
La prochaine édition est prévue dans deux ans, avec l'ambition d'accueillir davantage de bateaux venus d'Espagne et du Portugal.
"""))

PAGES.append(dict(
    name="de-full-paywall", lang="de", layout="paywall", site="Hanseatische Rundschau", domain="hanseatische-rundschau.example", section="Wirtschaft", section_slug="wirtschaft",
    title="Werftenkrise: Landesregierung prüft Einstieg bei Meyer", date="2024-05-14T16:45:00+02:00", title_sep=" | ",
    description="Die Papenburger Werft braucht bis Herbst frisches Kapital.", tags=["Meyer Werft", "Schiffbau", "Niedersachsen"], soft_hyphens=True, paywall_after=4,
    paywall_offer=["Lesen Sie jetzt weiter mit R+", "Vier Wochen für 0,99 Euro", "Alle Artikel, E-Paper und App", "Jetzt testen"],
    consent_text=["Wir und unsere Partner speichern und verarbeiten Informationen auf Ihrem Gerät, um personalisierte Anzeigen und Inhalte anzuzeigen, die Nutzung unseres Angebots zu messen und unsere Dienste zu verbessern, wobei einige Partner für die Verarbeitung kein Einverständnis, sondern ein berechtigtes Interesse geltend machen.",
                  "Mit einem Klick auf Akzeptieren willigen Sie in die Verarbeitung ein, die auch in Staaten außerhalb des Europäischen Wirtschaftsraums erfolgen kann, in denen kein vergleichbares Datenschutzniveau besteht, und Sie können Ihre Einwilligung jederzeit über den Link in der Fußzeile widerrufen."],
    consent_id="sp_message_container_4711", consent_cls="message-container",
    text="""
# Die Meyer Werft in Papenburg steckt in der tiefsten Krise ihrer Geschichte. Nun prüft das Land Niedersachsen gemeinsam mit dem Bund einen staatlichen Einstieg.
Das Familienunternehmen benötigt nach eigenen Angaben bis Mitte September rund 2,7 Milliarden Euro, um die Finanzierung bereits bestellter Kreuzfahrtschiffe abzusichern.
Hintergrund sind Verträge aus der Zeit vor der Pandemie, die keine Anpassung der Preise an gestiegene Material- und Energiekosten vorsehen.
Ministerpräsident Weil sagte am Dienstag in Hannover, eine Beteiligung sei kein Selbstzweck, aber die Werft sei für die gesamte Region von herausragender Bedeutung.
## Tausende Arbeitsplätze hängen an der Werft
In Papenburg arbeiten rund 3300 Menschen direkt für das Unternehmen, bei Zulieferern in Norddeutschland sind es nach Schätzung der IG Metall noch einmal etwa 17.000.
Die Gewerkschaft fordert im Gegenzug für staatliche Hilfen eine Beschäftigungsgarantie und eine Rückverlegung des Firmensitzes aus Luxemburg nach Deutschland.
## Sanierungsgutachten im Juni
Ein externes Gutachten soll bis Ende Juni klären, ob das Geschäftsmodell langfristig tragfähig ist. Erst danach wollen Land und Bund über die Höhe einer Beteiligung entscheiden.
Die Auftragsbücher der Werft sind bis 2028 gefüllt. Das Problem ist nach Einschätzung von Fachleuten nicht die Nachfrage, sondern die Finanzierung der Bauphase.
"""))

PAGES.append(dict(
    name="de-full-drupal", lang="de", layout="drupal", site="Mitteldeutscher Rundfunk Kurier", domain="md-kurier.example", section="Inland", section_slug="inland",
    title="GDL-Streik: Fernverkehr fällt bis Freitag weitgehend aus", date="2024-03-12T06:00:00+01:00", title_sep=" | ",
    description="Die Bahn bietet einen Notfahrplan an.", tags=["Bahn", "Streik", "GDL"], hero=True,
    hero_caption="Leere Bahnsteige am Leipziger Hauptbahnhof am Dienstagmorgen.",
    text="""
# Die Lokführergewerkschaft GDL hat erneut zum Streik aufgerufen. Im Fernverkehr fährt bis Freitag nur etwa jeder fünfte Zug.
Der Ausstand begann im Güterverkehr bereits am Montagabend, im Personenverkehr um zwei Uhr in der Nacht zu Dienstag. Er soll bis Freitagmorgen dauern.
Die Deutsche Bahn hat einen Notfahrplan aufgestellt und setzt längere Züge ein, um möglichst viele Fahrgäste mitzunehmen. Reservierungen sind für diese Tage nicht möglich.
> 1
## Regionalverkehr unterschiedlich betroffen
In Sachsen, Sachsen-Anhalt und Thüringen fallen viele Regionalzüge der Bahn aus. Private Anbieter wie Abellio und die Erfurter Bahn fahren dagegen weitgehend nach Plan.
Auch die S-Bahnen in Leipzig und Halle sind stark eingeschränkt. Die Verkehrsbetriebe empfehlen, auf Straßenbahnen und Busse auszuweichen.
## Keine Einigung in Sicht
Im Tarifkonflikt geht es vor allem um die Arbeitszeit. Die GDL fordert eine 35-Stunden-Woche bei vollem Lohnausgleich, die Bahn lehnt das bislang ab.
Ein Schlichtungsvorschlag war Anfang März gescheitert. Der Bahnvorstand bezeichnete den neuen Streik als unverhältnismäßig und prüft rechtliche Schritte.
Fahrgäste, die ihre Reise wegen des Streiks verschieben, können ihr Ticket ohne Zugbindung später nutzen oder es kostenlos erstatten lassen.
"""))

PAGES.append(dict(
    name="pl-full-wordpress", scale=0.3, lang="pl", layout="wordpress", site="Gazeta Pomorska Dziś", domain="pomorskadzis.example", section="Kraj", section_slug="kraj",
    title="Protest rolników: blokady dróg w całym województwie", date="2024-02-20T12:15:00+01:00", title_sep=" - ",
    description="Rolnicy zablokowali drogi krajowe i przejścia graniczne.", tags=["Rolnicy", "Protest", "Zielony Ład"],
    text="""
# Kilka tysięcy rolników wyjechało we wtorek ciągnikami na drogi województwa. Protestujący domagają się zmian w unijnym Zielonym Ładzie i ograniczenia importu zboża z Ukrainy.
Największe utrudnienia występują na drodze krajowej numer 91 i na obwodnicy Torunia, gdzie kolumny ciągników poruszają się z prędkością kilku kilometrów na godzinę.
Policja zaleca kierowcom korzystanie z objazdów i apeluje o cierpliwość. Według służb protesty mają potrwać do wieczora.
Rolnicy podkreślają, że ceny zbóż spadły w ciągu roku niemal o połowę, a koszty nawozów i paliwa pozostają wysokie.
Organizatorzy zapowiadają, że jeśli rząd nie podejmie rozmów, w przyszłym tygodniu protest przeniesie się do Warszawy.
Minister rolnictwa zadeklarował gotowość do spotkania z przedstawicielami protestujących jeszcze w tym tygodniu.
"""))

PAGES.append(dict(
    name="el-full-drupal", lang="el", layout="drupal", site="Ειδήσεις Αιγαίου", domain="eidiseisaigaiou.example", section="Κοινωνία", section_slug="koinonia",
    title="Πυρκαγιά στη Ρόδο: σε ύφεση το μέτωπο μετά από τρεις ημέρες", date="2024-07-24T21:30:00+03:00", title_sep=" | ",
    description="Εικόνες από τις πληγείσες περιοχές του νησιού.", tags=["Ρόδος", "Πυρκαγιά", "Πυροσβεστική"], gallery_cls="photo-gallery",
    text="""
Σε ύφεση βρίσκεται η πυρκαγιά στο νότιο τμήμα της Ρόδου, τρεις ημέρες μετά την έναρξή της, σύμφωνα με την Πυροσβεστική Υπηρεσία.
Στο νησί παραμένουν εκατόν εξήντα πυροσβέστες με σαράντα οχήματα, ενώ από αέρος συνδράμουν δύο ελικόπτερα για την κατάσβεση των διάσπαρτων εστιών.
! Κάτοικοι της Λάρδου επιστρέφουν στα σπίτια τους και καταγράφουν τις ζημιές στις καμένες αυλές. | Πυροσβέστες ελέγχουν αναζωπυρώσεις στο δάσος πάνω από το χωριό Γεννάδι. | Εθελοντές μοιράζουν νερό και τρόφιμα στο κλειστό γυμναστήριο της πόλης της Ρόδου. | Η παραλία της Κιοτάρης, από όπου σκάφη απομάκρυναν εκατοντάδες τουρίστες το βράδυ του Σαββάτου. | Ένας κτηνοτρόφος στο Ασκληπιείο δείχνει το μαντρί που κάηκε ολοσχερώς μαζί με τις αποθήκες ζωοτροφών. | Καμένοι ελαιώνες στις πλαγιές γύρω από το Λαέρμα, όπου η φωτιά πέρασε μέσα σε λίγα λεπτά. | Ένα ελικόπτερο γεμίζει νερό από τη θάλασσα για να επιστρέψει στις εστίες πάνω από το Βάτι. | Οι πρώτοι τουρίστες επιστρέφουν στο ξενοδοχείο τους στη Λίνδο, που δεν υπέστη ζημιές.
Περισσότεροι από δεκαεννέα χιλιάδες άνθρωποι, στην πλειονότητά τους τουρίστες, απομακρύνθηκαν από ξενοδοχεία και χωριά τις προηγούμενες ημέρες.
Η κυβέρνηση ανακοίνωσε μέτρα στήριξης για τους πληγέντες, ανάμεσα στα οποία έκτακτη ενίσχυση για τις επιχειρήσεις και αποζημιώσεις για κατεστραμμένα σπίτια.
## Τι ακολουθεί
Οι δασολόγοι προειδοποιούν ότι, με την έλευση των πρώτων βροχών, υπάρχει κίνδυνος πλημμυρών στις καμένες εκτάσεις, και ζητούν άμεσα αντιπλημμυρικά έργα.
Ο δήμαρχος Ρόδου δήλωσε ότι τα περισσότερα ξενοδοχεία της νότιας ακτής θα λειτουργήσουν ξανά μέσα στην επόμενη εβδομάδα.
"""))
