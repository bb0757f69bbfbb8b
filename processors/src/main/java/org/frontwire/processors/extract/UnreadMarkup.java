package org.frontwire.processors.extract;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * Cuts the markup the extractor never reads out of a page before jsoup parses it: scripts (all but ld+json, which
 * gives the metadata), what a page shows without scripts ({@code noscript}), style sheets, inline svg drawings,
 * comments, and the navs and asides that are chrome by their tag. On news pages they are two thirds of the characters
 * (68 % of the English dev pages, 55 % without the navs and asides), and jsoup would tokenise every one of them into
 * nodes the scan skips or never writes.
 * The page is not copied: jsoup reads the parts kept through a {@link Reader}, as it reads a whole page through a
 * {@link StringReader}.
 *
 * <p>The cut follows the HTML tokeniser where it matters: a {@code <} inside a quoted attribute value, in a title or
 * text area (RCDATA), or in an iframe, xmp, noembed or noframes (raw text) opens nothing; a script ends at the first
 * {@code </script} followed by a space, {@code /} or {@code >}. What the tokeniser would read differently is left
 * for jsoup: a script holding {@code <!--} and then {@code <script} (whose end the spec's escape states decide), an svg holding HTML that
 * would end it early or a comment, a nav or aside holding an end tag of the layout around it (which ends it early in
 * the tree builder) or a table, and any element or comment without an end, which makes the rest of the page its
 * content.
 */
final class UnreadMarkup {
    private UnreadMarkup() {}

    /** The page without its scripts, noscripts, styles, svgs and comments. */
    static Reader reader(String html) {
        Cutter c = new Cutter(html);
        c.run();
        return c.cutEnds == 0 ? new StringReader(html) : new KeptReader(html, c.cuts, c.cutEnds);
    }

    /** The page without its scripts, noscripts, styles, svgs and comments, as a string; the page itself when it has none. */
    static String cut(String html) {
        Reader r = reader(html);
        if (r instanceof StringReader) {
            return html;
        }
        try (r) {
            StringBuilder out = new StringBuilder(html.length());
            char[] buffer = new char[8192];
            for (int read; (read = r.read(buffer, 0, buffer.length)) > 0; ) {
                out.append(buffer, 0, read);
            }
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page's characters outside the parts cut. */
    private static final class KeptReader extends Reader {
        private final String html;
        private final int[] cuts;
        private final int cutEnds;
        private int at;
        private int nextCut;

        KeptReader(String html, int[] cuts, int cutEnds) {
            this.html = html;
            this.cuts = cuts;
            this.cutEnds = cutEnds;
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            int partEnd = nextCut < cutEnds ? cuts[nextCut] : html.length();
            while (at == partEnd && nextCut < cutEnds) {
                at = cuts[nextCut + 1];
                nextCut += 2;
                partEnd = nextCut < cutEnds ? cuts[nextCut] : html.length();
            }
            if (at >= html.length()) {
                return -1;
            }
            int count = Math.min(length, partEnd - at);
            html.getChars(at, at + count, buffer, offset);
            at += count;
            return count;
        }

        @Override
        public void close() {}
    }

    private static final class Cutter {
        private final String html;
        private final int n;
        /** The ends of the parts cut, in pairs: from (inclusive), to (exclusive). */
        private int[] cuts = new int[16];
        private int cutEnds;
        /** Where the last svg left to jsoup stopped being read: svgs opened before it are left too. */
        private int svgsLeftUntil;
        /**
         * Tags the nav and aside cut may still read on this page. Navs nested thousands deep and never closed would
         * each read to the end of the page (a minute for one fuzzed page); once it is spent, they are left to jsoup,
         * which leaves their text out as well.
         */
        private int chromeScanTags;

        Cutter(String html) {
            this.html = html;
            this.n = html.length();
            this.chromeScanTags = CHROME_SCAN_MIN_TAGS + n / 4; // a tag takes three characters or more: every tag once, and more
        }

        private static final int CHROME_SCAN_MIN_TAGS = 20_000;

        private void drop(int from, int to) {
            if (cutEnds == cuts.length) {
                cuts = Arrays.copyOf(cuts, cutEnds * 2);
            }
            cuts[cutEnds++] = from;
            cuts[cutEnds++] = to;
        }

        void run() {
            int i = 0;
            int previous = -1;
            while (true) {
                int lt = html.indexOf('<', i);
                if (lt < 0 || lt + 3 >= n) {
                    return;
                }
                char c = html.charAt(lt + 1);
                int next = lt + 1;
                if (c == '!' && html.charAt(lt + 2) == '-' && html.charAt(lt + 3) == '-') {
                    if (outsideTag(previous, lt)) {
                        next = comment(lt);
                        previous = -1;
                    }
                } else if (isAsciiLetter(c)) {
                    String name = special(lt + 1);
                    if (name != null && outsideTag(previous, lt)) {
                        next = element(lt, name);
                        previous = -1;
                    } else {
                        previous = lt;
                    }
                } else {
                    previous = lt;
                }
                if (next < 0) {
                    return;
                }
                i = next;
            }
        }

        /**
         * Whether the {@code <} at lt stands in markup rather than in the value of the tag opened at previous (-1:
         * at the end of something already read). Only the previous {@code <} is looked at, so a tag whose value holds
         * other tags before a script is misread; such a value loses only its own markup.
         */
        private boolean outsideTag(int previous, int lt) {
            if (previous < 0) {
                return true;
            }
            char c = html.charAt(previous + 1);
            if (isAsciiLetter(c) || c == '/' && isAsciiLetter(html.charAt(previous + 2))) {
                int end = tagEnd(previous + 2);
                return end >= 0 && end <= lt;
            }
            if (c == '!' || c == '?' || c == '/') {
                int end = html.indexOf('>', previous + 2);
                return end >= 0 && end < lt;
            }
            return false;
        }

        /** The elements the cut treats apart, by name (lower case), or null. */
        private String special(int at) {
            if (at + 2 >= n) {
                return null;
            }
            char second = (char) (html.charAt(at + 1) | 0x20);
            return switch (html.charAt(at) | 0x20) {
                case 's' -> second == 'c' ? is("script", at) ? "script" : null
                        : second == 't' ? is("style", at) ? "style" : null
                        : second == 'v' && is("svg", at) ? "svg" : null;
                case 't' -> second == 'i' ? is("title", at) ? "title" : null
                        : second == 'e' && is("textarea", at) ? "textarea" : null;
                case 'i' -> second == 'f' && is("iframe", at) ? "iframe" : null;
                case 'a' -> second == 's' && is("aside", at) ? "aside" : null;
                case 'x' -> second == 'm' && is("xmp", at) ? "xmp" : null;
                case 'n' -> second == 'a' ? is("nav", at) ? "nav" : null
                        : second != 'o' ? null : is("noscript", at) ? "noscript" : is("noembed", at) ? "noembed"
                        : is("noframes", at) ? "noframes" : null;
                case 'p' -> second == 'l' && is("plaintext", at) ? "plaintext" : null;
                default -> null;
            };
        }

        private boolean is(String name, int at) {
            int after = at + name.length();
            return after < n && endsName(html.charAt(after)) && html.regionMatches(true, at, name, 0, name.length());
        }

        /** After the element opened at lt, cut if it is read by nobody; -1 when it has no end. */
        private int element(int lt, String name) {
            int startEnd = tagEnd(lt + 1 + name.length());
            if (startEnd < 0 || name.equals("plaintext")) {
                return -1;
            }
            return switch (name) {
                case "script" -> script(lt, startEnd);
                case "style", "noscript" -> cutElement(lt, startEnd, name);
                case "svg" -> svg(lt, startEnd);
                case "nav", "aside" -> chromeByTag(lt, startEnd, name);
                default -> pastEndTag(startEnd, name);
            };
        }

        /** After a comment, cut; -1 when it has no end (jsoup makes the rest of the page the comment). */
        private int comment(int lt) {
            return cutTo(lt, commentEnd(lt));
        }

        /** The index after the comment opened at lt, or -1 when it has no end. */
        private int commentEnd(int lt) {
            int from = lt + 4;
            if (from < n && html.charAt(from) == '>') {
                return from + 1;
            }
            if (from + 1 < n && html.charAt(from) == '-' && html.charAt(from + 1) == '>') {
                return from + 2;
            }
            int j = from;
            while (true) {
                int dash = html.indexOf("--", j);
                if (dash < 0) {
                    return -1;
                }
                int k = dash + 2;
                while (k < n && html.charAt(k) == '-') {
                    k++;
                }
                if (k < n && html.charAt(k) == '>') {
                    return k + 1;
                }
                if (k + 1 < n && html.charAt(k) == '!' && html.charAt(k + 1) == '>') {
                    return k + 2;
                }
                j = k;
            }
        }

        /** Tags that end an svg early in the tree builder (HTML breaking out of foreign content), by first letter. */
        private static final String[][] LEAVE_SVG = byFirstLetter("b", "big", "blockquote", "body", "br", "center",
                "code", "dd", "div", "dl", "dt", "em", "embed", "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "i", "img",
                "li", "listing", "menu", "meta", "nobr", "ol", "p", "pre", "ruby", "s", "small", "span", "strong", "strike",
                "sub", "sup", "table", "tt", "u", "ul", "var", "font");

        private static String[][] byFirstLetter(String... names) {
            String[][] out = new String[26][0];
            for (String name : names) {
                int letter = name.charAt(0) - 'a';
                out[letter] = Arrays.copyOf(out[letter], out[letter].length + 1);
                out[letter][out[letter].length - 1] = name;
            }
            return out;
        }

        /** Whether the tag name between from and to ends an svg early. */
        private boolean leavesSvg(int from, int to) {
            for (String name : LEAVE_SVG[(html.charAt(from) | 0x20) - 'a']) {
                if (name.length() == to - from && html.regionMatches(true, from, name, 0, name.length())) {
                    return true;
                }
            }
            return false;
        }

        /** After a script, cut unless it is ld+json (the metadata's) or double-escaped (jsoup decides its end). */
        private int script(int lt, int startEnd) {
            int close = endTag(startEnd, "script");
            int end = afterEndTag(close, "script");
            boolean keep = regionContains(lt, startEnd, "ld+json") || close >= 0 && doubleEscaped(startEnd, close);
            return keep ? end : cutTo(lt, end);
        }

        /**
         * After an svg, cut when it ends with its own end tag and holds no HTML that would end it sooner, nor a comment;
         * after its start tag otherwise, leaving it to jsoup; -1 when it has no end.
         */
        private int svg(int lt, int startEnd) {
            if (html.charAt(startEnd - 2) == '/' || startEnd < svgsLeftUntil) {
                return startEnd;
            }
            int depth = 1;
            int i = startEnd;
            while (true) {
                int open = html.indexOf('<', i);
                if (open < 0 || open + 2 >= n) {
                    return -1;
                }
                boolean end = html.charAt(open + 1) == '/';
                int nameStart = end ? open + 2 : open + 1;
                int nameEnd = tagNameEnd(nameStart);
                if (nameEnd < 0) {
                    if (html.startsWith("!--", open + 1)) {
                        return leaveSvgsUntil(open, startEnd);
                    }
                    i = open + 1;
                    continue;
                }
                if (leavesSvg(nameStart, nameEnd)) {
                    return leaveSvgsUntil(open, startEnd);
                }
                int tagEnd = tagEnd(nameEnd);
                if (tagEnd < 0) {
                    return -1;
                }
                if (nameEnd - nameStart == 3 && html.regionMatches(true, nameStart, "svg", 0, 3)) {
                    depth += end ? -1 : html.charAt(tagEnd - 2) == '/' ? 0 : 1;
                    if (depth == 0) {
                        return cutTo(lt, tagEnd);
                    }
                }
                i = tagEnd;
            }
        }

        /** Elements without content: no end tag closes them. */
        private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img",
                "input", "link", "meta", "param", "source", "track", "wbr", "keygen");
        /** Elements a nav or aside may hold open at its end, which the tree builder closes without their end tags. */
        private static final Set<String> OPTIONAL_END = Set.of("li", "p", "dt", "dd", "option",
                "optgroup", "tr", "td", "th", "tbody", "thead", "tfoot", "colgroup", "rb", "rt", "rtc", "rp");

        /**
         * After a nav or an aside, cut when its own end tag closes it and every end tag in it closes an element opened
         * in it (one that does not, a {@code </div>} of the layout around a nav left open, ends the nav early in the
         * tree builder); after its start tag otherwise, leaving it to jsoup. Both are chrome by their tag: none of
         * their text is written.
         */
        private int chromeByTag(int lt, int startEnd, String element) {
            ArrayDeque<String> open = new ArrayDeque<>();
            int i = startEnd;
            while (true) {
                int at = html.indexOf('<', i);
                if (at < 0 || at + 2 >= n || --chromeScanTags < 0) {
                    return startEnd;
                }
                char c = html.charAt(at + 1);
                if (c == '!') {
                    int after = html.startsWith("--", at + 2) ? commentEnd(at) : html.indexOf('>', at + 2) + 1;
                    if (after <= 0) {
                        return startEnd;
                    }
                    i = after;
                    continue;
                }
                boolean end = c == '/';
                int nameStart = end ? at + 2 : at + 1;
                int nameEnd = tagNameEnd(nameStart);
                if (nameEnd < 0) {
                    i = at + 1;
                    continue;
                }
                int tagEnd = tagEnd(nameEnd);
                if (tagEnd < 0) {
                    return startEnd;
                }
                String name = html.substring(nameStart, nameEnd).toLowerCase(Locale.ROOT);
                if (end) {
                    if (name.equals(element) && open.isEmpty()) {
                        return cutTo(lt, tagEnd);
                    }
                    while (!open.isEmpty() && !open.peek().equals(name) && OPTIONAL_END.contains(open.peek())) {
                        open.pop();
                    }
                    if (open.isEmpty() || !open.peek().equals(name)) {
                        return startEnd; // ends an element opened outside the nav, or one the tree builder reads apart
                    }
                    open.pop();
                    i = tagEnd;
                    continue;
                }
                String special = special(nameStart);
                if (special != null && !special.equals("nav") && !special.equals("aside")) {
                    if (special.equals("svg") || special.equals("plaintext")) {
                        return startEnd;
                    }
                    int after = special.equals("script") ? afterEndTag(endTag(tagEnd, "script"), "script") : pastEndTag(tagEnd, special);
                    if (after < 0) {
                        return startEnd;
                    }
                    i = after;
                    continue;
                }
                if (!VOID.contains(name) && html.charAt(tagEnd - 2) != '/') {
                    open.push(name);
                }
                i = tagEnd;
            }
        }

        /** The end of a tag name (a letter, then letters and digits) starting at from, or -1 when none stands there. */
        private int tagNameEnd(int from) {
            int end = from;
            while (end < n && (isAsciiLetter(html.charAt(end)) || end > from && Character.isDigit(html.charAt(end)))) {
                end++;
            }
            return end == from || end >= n || !endsName(html.charAt(end)) ? -1 : end;
        }

        /** An svg left to jsoup: so is every svg it holds, without reading its content again. */
        private int leaveSvgsUntil(int stop, int startEnd) {
            svgsLeftUntil = stop;
            return startEnd;
        }

        private int cutElement(int lt, int startEnd, String name) {
            return cutTo(lt, pastEndTag(startEnd, name));
        }

        /** Cuts from lt to end, unless end is -1 (no end found); returns end. */
        private int cutTo(int lt, int end) {
            if (end >= 0) {
                drop(lt, end);
            }
            return end;
        }

        private int pastEndTag(int from, String name) {
            return afterEndTag(endTag(from, name), name);
        }

        /** The index after the end tag {@code </name ...>} at close, or -1. */
        private int afterEndTag(int close, String name) {
            return close < 0 ? -1 : tagEnd(close + 2 + name.length());
        }

        /** The index of the {@code </name} that ends an element whose content starts at from, or -1. */
        private int endTag(int from, String name) {
            int j = from;
            while (true) {
                int close = html.indexOf("</", j);
                if (close < 0) {
                    return -1;
                }
                int after = close + 2 + name.length();
                if (after < n && html.regionMatches(true, close + 2, name, 0, name.length())
                        && endsName(html.charAt(after))) {
                    return close;
                }
                j = close + 2;
            }
        }

        /**
         * The index after the {@code >} that ends a tag whose attributes start at from, or -1. A quote opens a value
         * only after {@code =}, as in the tokeniser.
         */
        private int tagEnd(int from) {
            int i = from;
            while (i < n) {
                char c = html.charAt(i);
                if (c == '>') {
                    return i + 1;
                }
                if (c == '=') {
                    i++;
                    while (i < n && isSpace(html.charAt(i))) {
                        i++;
                    }
                    if (i < n && (html.charAt(i) == '"' || html.charAt(i) == '\'')) {
                        int close = html.indexOf(html.charAt(i), i + 1);
                        if (close < 0) {
                            return -1;
                        }
                        i = close + 1;
                        continue;
                    }
                    continue;
                }
                i++;
            }
            return -1;
        }

        /**
         * Whether a script's content between from and the {@code </script} at to may not end there: only when it
         * opens a comment and then a script (the tokeniser's double-escaped state, where an end tag ends nothing).
         */
        private boolean doubleEscaped(int from, int to) {
            boolean comment = false;
            for (int i = html.indexOf('<', from); i >= 0 && i < to; i = html.indexOf('<', i + 1)) {
                if (html.startsWith("!--", i + 1)) {
                    comment = true;
                } else if (comment && is("script", i + 1)) {
                    return true;
                }
            }
            return false;
        }

        /** Whether what (lower case) occurs, in any case, between from and to. */
        private boolean regionContains(int from, int to, String what) {
            char first = what.charAt(0);
            char upper = Character.toUpperCase(first);
            for (int i = from; i + what.length() <= to; i++) {
                char c = html.charAt(i);
                if ((c == first || c == upper) && html.regionMatches(true, i, what, 0, what.length())) {
                    return true;
                }
            }
            return false;
        }

        private static boolean endsName(char c) {
            return c == '>' || c == '/' || isSpace(c);
        }

        private static boolean isSpace(char c) {
            return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
        }

        private static boolean isAsciiLetter(char c) {
            return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
        }
    }
}
