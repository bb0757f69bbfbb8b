package org.frontwire.ingest.fetch;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

/**
 * Finds a body's charset: HTTP header, byte-order mark, {@code <?xml encoding>}/{@code <meta>} declaration (unless the
 * bytes are valid UTF-8 beyond ASCII: a page re-saved as UTF-8 that kept its old declaration), valid UTF-8, then
 * statistical detection (ICU4J's {@link CharsetDetector}, which also knows windows-1256 and ISO-8859-6
 * Arabic), then windows-1252.
 */
public final class CharsetSniffer {
    private static final int META_SCAN_BYTES = 4096;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "^<\\?xml[^>]+encoding\\s*=\\s*[\"']([A-Za-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);
    /** Detection looks at this much of the body (ICU itself uses the first 8000 bytes of text outside tags). */
    private static final int DETECT_SCAN_BYTES = 256 * 1024;
    /** ICU gives 10 to any few valid multi-byte sequences; matches up to this are not trusted (windows-1252 instead). */
    private static final int MIN_CONFIDENCE = 20;
    /** Scripts, styles and comments carry no language, so the detector is not shown them. */
    private static final Pattern NOT_TEXT = Pattern.compile(
            "<script\\b.*?</script\\s*>|<style\\b.*?</style\\s*>|<!--.*?-->", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern HEADER_CHARSET = Pattern.compile(
            "charset\\s*=\\s*[\"']?([A-Za-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);

    private CharsetSniffer() {}

    public static String charsetParameter(String contentTypeHeader) {
        if (contentTypeHeader == null) {
            return null;
        }
        Matcher m = HEADER_CHARSET.matcher(contentTypeHeader);
        return m.find() ? m.group(1) : null;
    }

    public static DecodedText decode(byte[] body, String contentTypeHeader) {
        Charset header = known(charsetParameter(contentTypeHeader));
        if (header != null) {
            return new DecodedText(new String(body, header), header.name(), "http-header");
        }
        Bom bom = Bom.of(body);
        if (bom != null) {
            return new DecodedText(new String(body, bom.length, body.length - bom.length, bom.charset),
                    bom.charset.name(), "bom");
        }
        String head = new String(body, 0, Math.min(body.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
        Charset declared = declared(head);
        if (declared != null && !declared.equals(StandardCharsets.UTF_8) && !isAscii(body) && isValidUtf8(body)) {
            // a page saved again as UTF-8 keeps its old declaration; its bytes, valid UTF-8 beyond ASCII, tell the truth
            return new DecodedText(new String(body, StandardCharsets.UTF_8), "UTF-8", "valid-utf8");
        }
        if (declared != null) {
            return new DecodedText(new String(body, declared), declared.name(), "meta");
        }
        String utf8 = validUtf8(body);
        if (utf8 != null) {
            return new DecodedText(utf8, "UTF-8", "valid-utf8");
        }
        Charset detected = detected(body);
        if (detected != null) {
            return new DecodedText(new String(body, detected), detected.name(), "detected");
        }
        Charset fallback = Charset.forName("windows-1252");
        return new DecodedText(new String(body, fallback), fallback.name(), "fallback");
    }

    private static Charset declared(String head) {
        Matcher xml = XML_ENCODING.matcher(head.stripLeading());
        if (xml.find()) {
            return known(xml.group(1));
        }
        Matcher meta = META_CHARSET.matcher(head);
        while (meta.find()) {
            Charset c = known(meta.group(1));
            if (c != null) {
                // a page that claims UTF-16 in ASCII-compatible bytes is not UTF-16 (HTML spec: use UTF-8)
                return c.name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : c;
            }
        }
        return null;
    }

    static Charset detected(byte[] body) {
        // ISO-8859-1 maps bytes to chars one to one, so cutting out scripts and styles keeps the other bytes as they are
        String raw = new String(body, 0, Math.min(body.length, DETECT_SCAN_BYTES), StandardCharsets.ISO_8859_1);
        byte[] sample = NOT_TEXT.matcher(raw).replaceAll(" ").getBytes(StandardCharsets.ISO_8859_1);
        CharsetDetector detector = new CharsetDetector();
        detector.enableInputFilter(true);
        detector.setText(sample);
        for (CharsetMatch match : detector.detectAll()) {
            if (match.getConfidence() <= MIN_CONFIDENCE) {
                break;
            }
            Charset c = known(match.getName());
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    private static boolean isAscii(byte[] body) {
        for (byte b : body) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The body decoded as UTF-8 if it is valid UTF-8, else null. A page without a declaration is UTF-8 far more often
     * than not, so it is decoded once, and checked byte by byte only when the decoding replaced something.
     */
    private static String validUtf8(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        return text.indexOf('\uFFFD') < 0 || isValidUtf8(body) ? text : null;
    }

    private static boolean isValidUtf8(byte[] body) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    static Charset known(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String n = name.trim().toLowerCase(Locale.ROOT);
        // WHATWG: these labels mean windows-1252 in browsers
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
            n = "windows-1252";
        }
        try {
            return Charset.forName(n);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private record Bom(Charset charset, int length) {
        static Bom of(byte[] b) {
            if (b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
                return new Bom(StandardCharsets.UTF_8, 3);
            }
            if (b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
                return new Bom(StandardCharsets.UTF_16BE, 2);
            }
            if (b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
                return new Bom(StandardCharsets.UTF_16LE, 2);
            }
            return null;
        }
    }
}
