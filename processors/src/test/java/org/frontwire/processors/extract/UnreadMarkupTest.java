package org.frontwire.processors.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.junit.jupiter.api.Test;

class UnreadMarkupTest {

    @Test
    void cutsScriptsStylesCommentsAndSvgs() {
        String html = "<html><head><style>p { color: red }</style><script src=\"a.js\"></script></head><body>"
                + "<p>One<!-- note --> two</p><SCRIPT type='text/javascript'>if (a < b) { x = '</p>'; }</SCRIPT>"
                + "<svg viewBox=\"0 0 1 1\"><path d=\"M0 0\"/><svg><g></g></svg></svg><p>Three</p>"
                + "<noscript><img src=\"pixel.gif\"></noscript></body></html>";
        assertEquals("<html><head></head><body><p>One two</p><p>Three</p></body></html>", UnreadMarkup.cut(html));
    }

    @Test
    void keepsLinkedDataForTheMetadata() {
        String html = "<head><script type=\"application/ld+json\">{\"headline\": \"<b>\"}</script></head><p>x</p>";
        assertEquals(html, UnreadMarkup.cut(html));
    }

    @Test
    void aPageWithNothingToCutIsReadAsItIs() {
        String html = "<p>a < b and c > d</p>";
        assertSame(html, UnreadMarkup.cut(html));
    }

    @Test
    void markupInsideAttributeValuesTitlesAndTextAreasOpensNothing() {
        String html = "<div data-tip=\"<!-- not a comment\" title='x'><p>Kept</p></div>"
                + "<title>A <!-- title</title><textarea><script>typed</textarea><p>After</p>";
        assertEquals(html, UnreadMarkup.cut(html));
    }

    @Test
    void leavesToJsoupWhatHasNoEndOrWhoseEndTheEscapeStatesDecide() {
        String unclosedComment = "<p>a</p><!-- the rest <p>b</p>";
        String escapedScript = "<script><!-- document.write('<script>x</script>'); --></script><p>c</p>";
        String unclosedScript = "<p>d</p><script>var x = 1;";
        for (String html : List.of(unclosedComment, escapedScript, unclosedScript)) {
            assertEquals(html, UnreadMarkup.cut(html));
        }
    }

    @Test
    void aScriptInAnOldCommentWrapperEndsAtItsEndTag() {
        assertEquals("<p>a</p><p>b</p>", UnreadMarkup.cut("<p>a</p><script><!--\nvar ad = 1;\n//--></script><p>b</p>"));
    }

    @Test
    void anSvgThatHtmlWouldLeaveEarlyStays() {
        String html = "<svg><path d=\"M0\"/><p>Outside the drawing in the tree</p></svg><p>Next</p>";
        assertEquals(html, UnreadMarkup.cut(html));
    }

    @Test
    void svgsWithoutTheirEndOrHoldingCommentsAreLeftToJsoup() {
        String unended = "<p>a</p>" + "<svg><path d=\"M0\"/>".repeat(20_000) + "<p>b</p>";
        String brokenOut = "<svg><circle/>".repeat(20_000) + "<p>c</p></svg>";
        for (String html : List.of(unended, brokenOut)) {
            assertEquals(html, UnreadMarkup.cut(html));
        }
        String commented = "<svg><g>".repeat(20_000) + "<!-- icons --></g></svg>";
        assertEquals("<svg><g>".repeat(20_000) + "</g></svg>", UnreadMarkup.cut(commented));
    }

    @Test
    void anAsideIsCutAsANavIs() {
        assertEquals("<article><p>Text</p></article>", UnreadMarkup.cut("<article><p>Text</p><aside class=\"related\"><h3>More</h3><ul><li><a href=\"/b\">B</a></ul></aside></article>"));
        String closedByItsParent = "<div><aside><p>Box</div><p>Article</p><aside>Other</aside>";
        assertEquals(visibleText(Jsoup.parse(closedByItsParent)), visibleText(HtmlArticleExtractor.parse(closedByItsParent, "")));
    }

    @Test
    void aNavClosedByItsOwnEndTagIsCutWithWhatItHolds() {
        assertEquals("<header><h1>Town news</h1></header><p>Text</p>", UnreadMarkup.cut("<header><h1>Town news</h1><nav class=\"menu\"><ul><li><a href=\"/\">Home</a>"
                + "<li><nav><a href=\"/a\">Sport</a></nav><script>var a = '</nav>';</script><!-- </nav> --></ul></nav></header><p>Text</p>"));
    }

    @Test
    void aNavTheLayoutClosesEarlyOrThatHasNoEndStays() {
        String closedByItsParent = "<div class=\"top\"><nav><a href=\"/\">Home</a></div><p>Article</p><nav>Footer</nav>";
        String unended = "<nav><a href=\"/\">Home</a><p>Article</p>";
        String tableInside = "<nav><table><tr><td><a href=\"/\">Home</a></nav><p>After</p>";
        for (String html : List.of(closedByItsParent, unended, tableInside)) {
            assertEquals(visibleText(Jsoup.parse(html)), visibleText(HtmlArticleExtractor.parse(html, "")), html);
        }
        assertEquals(unended, UnreadMarkup.cut(unended));
    }

    /**
     * Navs nested thousands deep and never closed would each be read to the end of the page, so the cut reads a page's
     * tags a bounded number of times and then leaves the navs, a closed one after them too, to jsoup.
     */
    @Test
    void navsNestedThousandsDeepAreLeftToJsoup() {
        String closed = "<nav class=\"menu\"><ul><li><a href=\"/\">Home</a></li></ul></nav>";
        assertEquals("<p>Text</p>", UnreadMarkup.cut("<p>Text</p>" + closed));
        String bomb = "<p>Text</p>" + "<nav>".repeat(30_000) + "<p>More</p>" + closed;
        assertEquals(bomb, UnreadMarkup.cut(bomb));
    }

    @Test
    void commentEndsTheTokeniserAccepts() {
        assertEquals("<p>abc</p>", UnreadMarkup.cut("<p>a<!---->b<!-- x --!>c</p>"));
        assertEquals("<p>ab</p>", UnreadMarkup.cut("<p>a<!-->b</p>"));
    }

    /** Every page of the project's corpora: the text jsoup reads outside junk, navs and asides is the same with and without the cut. */
    @Test
    void theCorporaReadTheSameText() throws IOException {
        int pages = 0;
        for (PageCorpus corpus : List.of(PageCorpus.MULTILINGUAL, PageCorpus.BLIND, PageCorpus.BLIND2, PageCorpus.BLIND3, PageCorpus.BLIND4, PageCorpus.BLIND5, PageCorpus.BLIND6, PageCorpus.BLIND7, PageCorpus.BLIND8, PageCorpus.BLIND9, PageCorpus.BLIND10, PageCorpus.BLIND11, PageCorpus.BLIND12, PageCorpus.BLIND13, PageCorpus.BLIND14, PageCorpus.BLIND15, PageCorpus.BLIND16, PageCorpus.BLIND17, PageCorpus.BLIND18, PageCorpus.BLIND19, PageCorpus.BLIND20, PageCorpus.BLIND21, PageCorpus.BLIND22, PageCorpus.BLIND23, PageCorpus.BLIND24, PageCorpus.BLIND25, PageCorpus.BLIND26, PageCorpus.BLIND27, PageCorpus.BLIND28, PageCorpus.BLIND29, PageCorpus.BLIND30, PageCorpus.BLIND31, PageCorpus.BLIND32, PageCorpus.BLIND33, PageCorpus.BLIND34, PageCorpus.BLIND35, PageCorpus.BLIND36, PageCorpus.BLIND38, PageCorpus.BLIND37, PageCorpus.BLIND39, PageCorpus.BLIND40, PageCorpus.BLIND42, PageCorpus.BLIND41, PageCorpus.BLIND43, PageCorpus.BLIND44, PageCorpus.BLIND45, PageCorpus.BLIND46, PageCorpus.BLIND47, PageCorpus.BLIND48, PageCorpus.BLIND49, PageCorpus.BLIND50, PageCorpus.BLIND51, PageCorpus.BLIND52, PageCorpus.BLIND53, PageCorpus.BLIND54, PageCorpus.BLIND55, PageCorpus.BLIND56, PageCorpus.BLIND57, PageCorpus.BLIND58, PageCorpus.BLIND59, PageCorpus.BLIND60, PageCorpus.BLIND61, PageCorpus.BLIND62, PageCorpus.BLIND63, PageCorpus.BLIND64, PageCorpus.BLIND65, PageCorpus.BLIND66, PageCorpus.BLIND67, PageCorpus.BLIND68, PageCorpus.BLIND69, PageCorpus.BLIND70, PageCorpus.BLIND71, PageCorpus.BLIND72, PageCorpus.BLIND73, PageCorpus.BLIND74, PageCorpus.BLIND75, PageCorpus.BLIND76, PageCorpus.BLIND77, PageCorpus.BLIND78, PageCorpus.BLIND79, PageCorpus.BLIND80, PageCorpus.BLIND81, PageCorpus.BLIND82, PageCorpus.BLIND83, PageCorpus.BLIND84, PageCorpus.BLIND85, PageCorpus.BLIND86, PageCorpus.BLIND87, PageCorpus.BLIND88, PageCorpus.BLIND89, PageCorpus.BLIND90, PageCorpus.BLIND91, PageCorpus.BLIND92, PageCorpus.BLIND93, PageCorpus.BLIND94, PageCorpus.BLIND95, PageCorpus.BLIND96, PageCorpus.BLIND97, PageCorpus.BLIND98, PageCorpus.BLIND99, PageCorpus.BLIND100, PageCorpus.BLIND101, PageCorpus.BLIND102, PageCorpus.BLIND103, PageCorpus.BLIND104, PageCorpus.BLIND105)) {
            for (String name : corpus.names()) {
                String html = corpus.html(name);
                assertEquals(visibleText(Jsoup.parse(html)), visibleText(HtmlArticleExtractor.parse(html, "")), name);
                pages++;
            }
        }
        assertEquals(true, pages > 90, "pages read: " + pages);
    }

    private static String visibleText(Document doc) {
        for (Element e : doc.select(String.join(",", HtmlTags.JUNK) + ",nav,aside")) {
            e.remove();
        }
        doc.getAllElements().forEach(e -> e.childNodes().stream().filter(n -> n.nodeName().equals("#comment"))
                .toList().forEach(Node::remove));
        return doc.body().text() + "\n" + doc.head().select("title,meta").outerHtml();
    }
}
