package org.frontwire.processors.topology;

/** Pages written for the topology tests: one about a conflict, one about sport. */
public final class TestPages {
    private TestPages() {}

    public static final String WAR_PAGE = """
            <html><head><title>Shelling resumes near Stepanakert as ceasefire collapses | The Caucasus Wire</title></head>
            <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
            <article><h1>Shelling resumes near Stepanakert as ceasefire collapses</h1>
            <p>Azerbaijani and Armenian forces exchanged artillery fire across the line of contact in Nagorno-Karabakh on Tuesday,
            officials in Baku and Yerevan said, blaming each other for the collapse of a ceasefire brokered days earlier.</p>
            <p>The Armenian defence ministry said troops had repelled an attack near the town of Martuni, while Azerbaijan said
            its positions had come under shelling and that two soldiers were killed. Russian peacekeepers deployed in the region
            said they were in contact with both sides.</p>
            <p>The fighting is the worst since the 2020 war over the region, in which thousands of soldiers died.</p>
            </article><footer>© The Caucasus Wire</footer></body></html>""";

    public static final String MATCH_PAGE = """
            <html><head><title>Late goal settles the derby at the city stadium</title></head><body><article>
            <h1>Late goal settles the derby at the city stadium</h1>
            <p>A header in the ninetieth minute gave the home side a narrow win on Saturday, lifting them to third in the league
            table after a run of four matches without a victory.</p>
            <p>The visiting coach said his players had defended well for most of the afternoon and deserved at least a draw,
            while the home captain praised the crowd for carrying the team through a nervous second half.</p>
            </article></body></html>""";
}
