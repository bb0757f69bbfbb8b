package org.frontwire.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CharsetSnifferTest {
    static final Charset CP1256 = Charset.forName("windows-1256");
    static final Charset ISO_8859_6 = Charset.forName("ISO-8859-6");

    @Test
    void detectsUndeclaredWindows1256AndIso88596Arabic() {
        for (Charset cs : new Charset[] {CP1256, ISO_8859_6}) {
            for (String text : new String[] {ArabicText.HEALTH, ArabicText.PORT}) {
                assertThat(cs.newEncoder().canEncode(text)).isTrue();
                byte[] body = ArabicText.undeclaredPage("خبر", text).getBytes(cs);
                DecodedText decoded = CharsetSniffer.decode(body, "text/html");
                assertThat(decoded.charsetSource()).isEqualTo("detected");
                assertThat(decoded.charset()).isEqualTo(cs.name());
                assertThat(decoded.text()).contains(text);
            }
        }
    }

    @Test
    void detectsUndeclaredLatinAndCyrillicPages() {
        String french = "Le gouvernement a annoncé jeudi que les négociations reprendraient à Genève la semaine prochaine."
                + " Les délégués étrangers ont exprimé leur inquiétude face à la détérioration de la situation humanitaire"
                + " et ont réclamé l'accès immédiat des équipes médicales aux zones touchées par les combats.";
        byte[] latin = ("<html><body><p>" + french + "</p></body></html>").getBytes(Charset.forName("windows-1252"));
        DecodedText l = CharsetSniffer.decode(latin, null);
        assertThat(l.charsetSource()).isEqualTo("detected");
        assertThat(l.text()).contains(french);

        String russian = "Министерство иностранных дел сообщило во вторник, что переговоры о прекращении огня продолжатся"
                + " в столице на следующей неделе. По словам представителя ведомства, стороны обсуждают обмен пленными"
                + " и открытие гуманитарных коридоров для мирных жителей, покинувших свои дома.";
        Charset cp1251 = Charset.forName("windows-1251");
        DecodedText r = CharsetSniffer.decode(("<html><body><p>" + russian + "</p></body></html>").getBytes(cp1251), null);
        assertThat(r.charset()).isEqualTo("windows-1251");
        assertThat(r.text()).contains(russian);
    }

    @Test
    void declarationsComeBeforeDetectionAndValidUtf8StaysUtf8() {
        byte[] utf8 = ArabicText.undeclaredPage("خبر", ArabicText.HEALTH).getBytes(StandardCharsets.UTF_8);
        DecodedText u = CharsetSniffer.decode(utf8, "text/html");
        assertThat(u.charset()).isEqualTo("UTF-8");
        assertThat(u.charsetSource()).isEqualTo("valid-utf8");
        assertThat(u.text()).contains(ArabicText.HEALTH);

        byte[] arabic = ArabicText.undeclaredPage("خبر", ArabicText.PORT).getBytes(CP1256);
        assertThat(CharsetSniffer.decode(arabic, "text/html; charset=windows-1256").charsetSource()).isEqualTo("http-header");
        byte[] withMeta = ("<html><head><meta charset=\"iso-8859-6\"></head><body>" + ArabicText.PORT + "</body></html>")
                .getBytes(ISO_8859_6);
        DecodedText m = CharsetSniffer.decode(withMeta, null);
        assertThat(m.charsetSource()).isEqualTo("meta");
        assertThat(m.text()).contains(ArabicText.PORT);

        byte[] utf8Bom = ArabicText.PORT.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[utf8Bom.length + 3];
        bom[0] = (byte) 0xef;
        bom[1] = (byte) 0xbb;
        bom[2] = (byte) 0xbf;
        System.arraycopy(utf8Bom, 0, bom, 3, utf8Bom.length);
        assertThat(CharsetSniffer.decode(bom, "text/html").charsetSource()).isEqualTo("bom");
    }

    @Test
    void aPageResavedAsUtf8WithItsOldDeclarationIsReadAsUtf8() {
        String russian = "Городской совет утвердил бюджет на следующий год после долгого обсуждения.";
        String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"></head><body><p>"
                + russian + "</p></body></html>";

        DecodedText resaved = CharsetSniffer.decode(page.getBytes(StandardCharsets.UTF_8), null);
        DecodedText asServed = CharsetSniffer.decode(page.getBytes(java.nio.charset.Charset.forName("windows-1251")), null);
        DecodedText ascii = CharsetSniffer.decode(page.replace(russian, "City budget approved.").getBytes(StandardCharsets.US_ASCII), null);

        assertThat(resaved.text()).contains(russian);
        assertThat(resaved.charsetSource()).isEqualTo("valid-utf8");
        assertThat(asServed.text()).contains(russian);
        assertThat(asServed.charsetSource()).isEqualTo("meta");
        assertThat(ascii.charset()).isEqualTo("windows-1251");
    }

    @Test
    void anUndeclaredPageHoldingTheReplacementCharacterIsStillValidUtf8() {
        String text = "Le communiqué cite un caractère illisible (\uFFFD) dans l'original.";
        byte[] page = ("<html><body><p>" + text + "</p></body></html>").getBytes(StandardCharsets.UTF_8);

        DecodedText d = CharsetSniffer.decode(page, null);

        assertThat(d.charsetSource()).isEqualTo("valid-utf8");
        assertThat(d.text()).contains(text);
    }

    @Test
    void unrecognisableBytesFallBackToWindows1252() {
        // too little to tell: ICU calls it Big5 with its lowest confidence
        byte[] few = {'a', (byte) 0xe9, 'b'};
        DecodedText d = CharsetSniffer.decode(few, null);
        assertThat(d.charset()).isEqualTo("windows-1252");
        assertThat(d.charsetSource()).isEqualTo("fallback");
        assertThat(d.text()).isEqualTo("a\u00e9b");
    }
}
