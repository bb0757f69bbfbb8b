package org.frontwire.processors.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * A forum topic: the posts of a thread, each a box with a numbered id (phpBB's "p28714", vBulletin's "post12345",
 * uCoz's "post17", SMF's "msg9"), numbered in the order they were written. The topic's text is its first post; the
 * replies, however long, are its comments. A live blog numbers its entries the same way but shows the newest first.
 */
final class ForumThread {
    private static final Pattern POST_ID = Pattern.compile("(?:p|post|post[-_]|msg|message[-_]?)(\\d{1,18})", Pattern.CASE_INSENSITIVE);
    private static final Set<String> POST_TAGS = Set.of("div", "table", "tr", "article", "li", "section");
    /** Posts that make a thread: an opening post and at least two replies. */
    static final int MIN_POSTS = 3;
    /** Posts among the chosen blocks that make them a thread's, on a page of {@link #MIN_POSTS} posts or more. */
    private static final int CHOSEN_POSTS = 2;

    private ForumThread() {}

    /** The thread's first post when the chosen blocks are, or hold, posts of a thread (two or more); else null. */
    static Element firstPost(List<Element> chosen) {
        Set<Element> posts = new LinkedHashSet<>();
        for (Element root : chosen) {
            Element around = postAround(root);
            if (around != null) {
                posts.add(around);
                continue;
            }
            for (Element e : root.getElementsByAttribute("id")) {
                if (isPost(e) && postAround(e.parent()) == null) {
                    posts.add(e);
                }
            }
        }
        return posts.size() >= CHOSEN_POSTS && inWrittenOrder(posts) ? posts.iterator().next() : null;
    }

    /** Numbered up as they were written, and not 0 or 1, 2, 3... as a page numbers its parts for anchors. */
    private static boolean inWrittenOrder(Set<Element> posts) {
        long last = -1;
        boolean countsFromTheTop = true;
        for (Element post : posts) {
            Matcher m = POST_ID.matcher(post.id());
            long number = m.matches() ? Long.parseLong(m.group(1)) : -1;
            if (number <= last) {
                return false;
            }
            countsFromTheTop &= last < 0 ? number <= 1 : number == last + 1;
            last = number;
        }
        return !countsFromTheTop;
    }

    private static Element postAround(Element e) {
        for (Element a = e; a != null; a = a.parent()) {
            if (isPost(a)) {
                return a;
            }
        }
        return null;
    }

    /** A box of blocks, not a paragraph numbered for anchors ("p12"), with a post's numbered id. */
    private static boolean isPost(Element e) {
        return POST_TAGS.contains(e.normalName()) && isPostId(e.id()) && HtmlTags.holdsBlock(e);
    }

    static boolean isPostId(String id) {
        return !id.isEmpty() && Character.isDigit(id.charAt(id.length() - 1)) && POST_ID.matcher(id).matches();
    }
}
