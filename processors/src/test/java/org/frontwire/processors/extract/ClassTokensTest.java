package org.frontwire.processors.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ClassTokensTest {

    @Test
    void aCssModuleNameIsItsLocalName() {
        assertThat(ClassTokens.split("Article_kicker__x3Fq9")).containsExactly("kicker");
        assertThat(ClassTokens.split("story Article_lead-text__Ab_9z#main")).containsExactly("story", "lead-text", "main");
    }

    @Test
    void bemNamesAndOtherUnderscoresStayAsTheyAre() {
        assertThat(ClassTokens.split("card_item__title")).containsExactly("card_item__title");
        assertThat(ClassTokens.split("live-post__meta")).containsExactly("live-post__meta");
        assertThat(ClassTokens.split("Article_kicker__x3Fq9z")).containsExactly("article_kicker__x3fq9z");
        assertThat(ClassTokens.split("_kicker__x3Fq9 Article__x3Fq9")).containsExactly("_kicker__x3fq9", "article__x3fq9");
    }

    /** The scan reads CSS-module names as the pattern that first defined them does, on made-up attributes. */
    @Test
    void readsCssModuleNamesAsTheirPatternDoes() {
        Pattern cssModule = Pattern.compile(
                "(?<![^\\s#])[A-Za-z][A-Za-z0-9]*_([A-Za-z][A-Za-z0-9-]*)__(?=[a-z]{0,4}[A-Z0-9_-])[A-Za-z0-9_-]{5}(?![^\\s#])");
        String alphabet = "aZk9_-_ #\tQx__";
        Random random = new Random(15);
        int changed = 0;
        for (int i = 0; i < 200_000; i++) {
            StringBuilder s = new StringBuilder();
            if (random.nextBoolean()) {
                s.append(random.nextBoolean() ? "Article_kicker__" : "a_b__");
            }
            int length = random.nextInt(18);
            for (int k = 0; k < length; k++) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String attribute = s.toString();
            String expected = cssModule.matcher(attribute).replaceAll("$1");
            assertThat(ClassTokens.withCssModuleLocalNames(attribute)).as(attribute).isEqualTo(expected);
            if (!expected.equals(attribute)) {
                changed++;
            }
        }
        assertThat(changed).as("attributes with a CSS-module name among them").isGreaterThan(1000);
    }
}
