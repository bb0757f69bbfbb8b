package org.frontwire.processors.extract;

import java.util.Set;
import java.util.regex.Pattern;

/** Picks a page's headline and cuts the site name off it ("Headline | Site", "Site - Headline"). */
final class TitleFinder {
    private static final Pattern LEADING_WWW = Pattern.compile("^www\\.");
    private static final Pattern HOST_SUFFIX = Pattern.compile("\\.[a-z.]+$");
    private static final Pattern SHORT_TRAILING_PART = Pattern.compile("(?s).*\\s[|\\-–—·•»]\\s+\\S[^|\\-–—·•»]*$");
    private static final Pattern TRAILING_SEPARATOR = Pattern.compile("\\s*[|\\-–—:·•»«/]\\s*$");
    private static final Pattern LEADING_SEPARATOR = Pattern.compile("^\\s*[|\\-–—:·•»«/]\\s*");
    /** An h1 this long is a headline, not a logo. */
    private static final int MIN_HEADLINE_WORDS = 4;
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-–—:·•»«/]\\s+|\\s*[|｜]\\s*|(?<=\\p{IsHan})_(?=\\p{IsHan})");
    private static final Pattern HAN_UNDERSCORE = Pattern.compile("\\p{IsHan}_\\p{IsHan}");

    private TitleFinder() {}

    static String find(HtmlMetadata m, String feedTitle, String host) {
        String raw = firstNonBlank(m.jsonLd.headline, m.ogTitle, m.titleTag, feedTitle, m.h1);
        if (raw == null) {
            return null;
        }
        String title = stripSiteName(TextNormalizer.collapse(raw), m.siteName, host);
        boolean fromTitleTag = firstNonBlank(m.jsonLd.headline, m.ogTitle) == null && firstNonBlank(m.titleTag) != null;
        if (fromTitleTag && isOtherThanHeadline(title, m.h1, m.siteName, host)) {
            return TextNormalizer.collapse(m.h1);
        }
        if (m.h1 != null) {
            String h = TextNormalizer.fold(m.h1);
            String t = TextNormalizer.fold(title);
            if (!h.isEmpty() && (t.contains(h) || h.contains(t)) && h.length() * 2 >= t.length()
                    && TextNormalizer.wordCount(m.h1) >= 2) {
                return TextNormalizer.collapse(m.h1);
            }
        }
        return title.isEmpty() ? null : title;
    }

    /**
     * A title tag saying nothing of the page's headline (a template printing the site's name and tagline on every
     * page): no content word in common with a headline-long h1 that is not the site's name.
     */
    private static boolean isOtherThanHeadline(String title, String h1, String siteName, String host) {
        if (h1 == null || TextNormalizer.wordCount(h1) < MIN_HEADLINE_WORDS) {
            return false;
        }
        String site = siteName == null ? "" : TextNormalizer.fold(siteName);
        String hostWord = host == null ? "" : TextNormalizer.fold(HOST_SUFFIX.matcher(LEADING_WWW.matcher(host).replaceFirst("")).replaceFirst(""));
        Set<String> h1Words = TopicWords.of(h1);
        return !namesSite(h1, site, hostWord) && !h1Words.isEmpty() && TopicWords.overlap(TopicWords.of(title), h1Words) == 0;
    }

    /**
     * Drops a leading or trailing part that names the site, or a short trailing part after a separator; then a date
     * left at either end ("Headline - 22 Сентября 2012 - Site").
     */
    static String stripSiteName(String title, String siteName, String host) {
        String t = stripSiteParts(title, siteName, host);
        String[] parts = SEPARATOR.split(t);
        if (parts.length < 2) {
            return t;
        }
        if (isDate(parts[parts.length - 1])) {
            return TRAILING_SEPARATOR.matcher(t.substring(0, t.lastIndexOf(parts[parts.length - 1]))).replaceFirst("").strip();
        }
        if (isDate(parts[0])) {
            return LEADING_SEPARATOR.matcher(t.substring(t.indexOf(parts[0]) + parts[0].length())).replaceFirst("").strip();
        }
        return t;
    }

    private static String stripSiteParts(String title, String siteName, String host) {
        String[] parts = SEPARATOR.split(title);
        if (parts.length < 2) {
            return title;
        }
        String site = siteName == null ? "" : TextNormalizer.fold(siteName);
        String hostWord = host == null ? "" : TextNormalizer.fold(HOST_SUFFIX.matcher(LEADING_WWW.matcher(host).replaceFirst("")).replaceFirst(""));
        int start = 0;
        int end = parts.length;
        while (end - start > 1 && namesSite(parts[end - 1], site, hostWord)) {
            end--;
        }
        while (end - start > 1 && namesSite(parts[start], site, hostWord)) {
            start++;
        }
        if (start == 0 && end == parts.length) {
            if (HAN_UNDERSCORE.matcher(title).find() && isLongest(parts[0], parts)) {
                return parts[0].strip(); // "标题_栏目_站点名": Chinese sites put the headline first, then section and site
            }
            String last = parts[parts.length - 1];
            String rest = title.substring(0, title.lastIndexOf(last)).strip();
            if (TextNormalizer.wordCount(last) <= 4 && TextNormalizer.wordCount(rest) >= 2 * TextNormalizer.wordCount(last)
                    && SHORT_TRAILING_PART.matcher(title).matches()) {
                return TRAILING_SEPARATOR.matcher(rest).replaceFirst("").strip();
            }
            return title;
        }
        if (end - start == parts.length) {
            return title;
        }
        // re-cut the original text so separators inside the kept part survive
        String first = parts[start];
        String lastKept = parts[end - 1];
        int from = title.indexOf(first);
        int to = title.lastIndexOf(lastKept) + lastKept.length();
        return from >= 0 && to > from ? title.substring(from, to).strip() : title;
    }

    /** A part of a title that is a date ("22 Сентября 2012", "22.09.2012", "2012-09-22"): uCoz and DLE print the news item's. */
    private static final Pattern DATE_PART = Pattern.compile(
            "\\d{1,2}\\.?\\s+\\p{L}+\\.?,?\\s+\\d{4}|\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}|\\d{4}[./-]\\d{1,2}[./-]\\d{1,2}");

    private static boolean isDate(String part) {
        return DATE_PART.matcher(part.strip()).matches();
    }

    private static boolean isLongest(String part, String[] parts) {
        for (String p : parts) {
            if (p.length() > part.length()) {
                return false;
            }
        }
        return true;
    }

    private static boolean namesSite(String part, String site, String hostWord) {
        String p = TextNormalizer.fold(part);
        if (p.isEmpty()) {
            return true;
        }
        if (!site.isEmpty() && (p.equals(site) || p.contains(site) && TextNormalizer.wordCount(part) <= TextNormalizer.wordCount(site) + 2)) {
            return true;
        }
        String compact = p.replace(" ", "");
        return !hostWord.isEmpty() && hostWord.length() >= 3 && (compact.equals(hostWord.replace(" ", ""))
                || compact.contains(hostWord.replace(" ", "")) && TextNormalizer.wordCount(part) <= 3);
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
