package org.frontwire.processors.dashboard;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.type.TypeReference;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.frontwire.records.Article;
import org.frontwire.records.Json;

/** What the dashboard shows of one article. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LatestArticle(String topic, String title, String site, String url, Instant publishedAt, Instant processedAt) {
    private static final TypeReference<List<LatestArticle>> LIST = new TypeReference<>() {};
    static final Comparator<LatestArticle> NEWEST_FIRST =
            Comparator.comparing(LatestArticle::processedAt, Comparator.nullsLast(Comparator.reverseOrder()));

    static LatestArticle of(Article article, String topic, Instant processedAt) {
        return new LatestArticle(topic, article.title(), article.site(), article.url(), article.publishedAt(), processedAt);
    }

    static List<LatestArticle> listFrom(byte[] json) {
        return Json.listFrom(json, LIST);
    }


    /** {@code list} with {@code article} added first, without an older copy of the same URL, at most {@code max}. */
    static List<LatestArticle> prepend(List<LatestArticle> list, LatestArticle article, int max) {
        List<LatestArticle> out = new ArrayList<>(max);
        out.add(article);
        for (LatestArticle a : list) {
            if (out.size() >= max) {
                break;
            }
            if (a.url() == null || !a.url().equals(article.url())) {
                out.add(a);
            }
        }
        return out;
    }
}
