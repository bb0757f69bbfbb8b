"""The page layouts of the full-size corpus pages, one function per kind of site. Each takes the page's settings,
its random source, the lead (or None) and the article blocks, and returns the whole HTML document."""
import json

from chrome import (L, esc, inline, plain, sprite, icon, inline_svg, head, megamenu, topbar, breadcrumbs, share, tags_box,
                    teaser_cards, related, most_read, ad, comments, newsletter, cookie_dialog, footer, chunks_js, body_html,
                    byline, figure_html, headlines, url)


def _html_open(page, extra_attrs=""):
    d = ' dir="rtl"' if page.get("rtl") else ""
    return '<!DOCTYPE html>\n<html lang="%s"%s%s>\n' % (page.get("html_lang", page["lang"]), d, extra_attrs)


def _consent_notice(page, px):
    """A consent notice written as paragraphs of text, the way some CMPs render it into the page."""
    ps = "".join("<p>%s</p>" % esc(p) for p in page["consent_text"])
    return ('<div id="%s" class="%s-layer"><div class="%s-layer__inner">%s<a class="btn" href="javascript:void(0)">%s</a> '
            '<a class="btn" href="/privacy">%s</a></div></div>\n' % (page.get("consent_id", "pv-notice"), page.get("consent_cls", "layer-bottom"),
                                                                     page.get("consent_cls", "layer-bottom"), ps,
                                                                     esc(L[page["lang"]]["accept"]), esc(L[page["lang"]]["settings"])))


def _lead_html(page, rng, lead, tag="p", cls="lead"):
    return '<%s class="%s">%s</%s>\n' % (tag, cls, inline(lead, page, rng), tag) if lead else ""


# ------------------------------------------------------------------ WordPress news theme

def wordpress(page, rng, lead, blocks):
    w = L[page["lang"]]
    px = "wp"
    pid = rng.randint(10000, 99999)
    extra = ('<style id="wp-block-library-inline-css">' + ".wp-block-image figcaption{margin:.5em 0 1em}" * 40 + "</style>\n"
             '<script>window._wpemojiSettings={"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/14.0.0\\/72x72\\/","ext":".png",'
             '"source":{"concatemoji":"https:\\/\\/%s\\/wp-includes\\/js\\/wp-emoji-release.min.js?ver=6.4.3"}};</script>\n' % page["domain"])
    menu = ['<nav id="site-navigation" class="main-navigation"><button class="menu-toggle" aria-controls="primary-menu">%s</button><ul id="primary-menu" class="menu">' % icon(px, "menu")]
    for s in w["sections"][:max(1, round(len(w["sections"]) * min(1, page.get("scale", 1))))]:
        menu.append('<li class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-has-children menu-item-%d"><a href="https://%s/category/%d/">%s</a><ul class="sub-menu">'
                    % (rng.randint(100, 9999), page["domain"], rng.randint(1, 99), esc(s)))
        menu.extend('<li class="menu-item menu-item-%d"><a href="https://%s/tag/%d/">%s</a></li>' % (rng.randint(100, 9999), page["domain"], rng.randint(1, 999), esc(t))
                    for t in rng.sample(w["tags"], 8))
        menu.append("</ul></li>")
    menu.append("</ul></nav>\n")
    widgets = ('<aside id="secondary" class="widget-area">'
               '<section id="search-2" class="widget widget_search"><form role="search" class="search-form"><input type="search" class="search-field" placeholder="%s"></form></section>'
               '<section id="recent-posts-3" class="widget widget_recent_entries"><h2 class="widget-title">%s</h2><ul>%s</ul></section>'
               '%s<section id="custom_html-4" class="widget_text widget widget_custom_html">%s</section>'
               '<section id="tag_cloud-2" class="widget widget_tag_cloud"><div class="tagcloud">%s</div></section></aside>\n'
               % (esc(w["search"]), esc(w["more"]), "".join('<li><a href="%s">%s</a><span class="post-date">14.05.2024</span></li>' % (url(page, rng), esc(h)) for h in headlines(page, rng, 10)),
                  most_read(page, rng, px, 10, "section"), ad(rng, px, "sidebar"),
                  "".join('<a href="/tag/%d/" class="tag-cloud-link" style="font-size:%dpt">%s</a> ' % (rng.randint(1, 999), rng.randint(8, 22), esc(t)) for t in w["tags"])))
    gallery_note = page.get("gallery_cls", "wp-block-gallery")
    article = ('<article id="post-%d" class="post-%d post type-post status-publish format-standard has-post-thumbnail hentry category-%s">\n'
               '<header class="entry-header">%s<h1 class="entry-title">%s</h1><div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="%s">14.05.2024</time></span>'
               '<span class="byline"> <span class="author vcard"><a class="url fn n" href="/author/%d/">%s</a></span></span><span class="comments-link">%s 6</span></div></header>\n'
               '<div class="post-thumbnail"><img width="1200" height="675" src="https://%s/wp-content/uploads/2024/05/%d-1200x675.jpg" class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="" decoding="async" fetchpriority="high"></div>\n'
               '%s<div class="entry-content">\n%s%s</div>\n<footer class="entry-footer"><span class="cat-links"><a href="/category/%s/" rel="category tag">%s</a></span>%s</footer>\n</article>\n'
               % (pid, pid, page["section_slug"], breadcrumbs(page, px), esc(page["title"]), page["date"], rng.randint(1, 40), esc(page["author"]), icon(px, "comment"),
                  page["domain"], pid, share(page, rng, px), _lead_html(page, rng, lead, "p", "has-large-font-size"),
                  body_html(page, rng, px, blocks, gallery_cls=gallery_note), page["section_slug"], esc(page["section"]), tags_box(page, px)))
    postnav = ('<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links"><div class="nav-previous"><a href="%s" rel="prev">%s</a></div>'
               '<div class="nav-next"><a href="%s" rel="next">%s</a></div></div></nav>\n' % (url(page, rng), esc(w["headlines"][0]), url(page, rng), esc(w["headlines"][1])))
    return (_html_open(page) + head(page, rng, px, extra) +
            '<body class="post-template-default single single-post postid-%d single-format-standard wp-custom-logo wp-embed-responsive">\n' % pid +
            sprite(rng, px, page.get("scale", 1)) + '<div id="page" class="site"><a class="skip-link screen-reader-text" href="#primary">Skip</a>\n'
            '<header id="masthead" class="site-header">' + topbar(page, rng, px) +
            '<div class="site-branding"><a href="/" class="custom-logo-link" rel="home">%s</a><p class="site-title"><a href="/">%s</a></p></div>\n' % (inline_svg(rng, "custom-logo"), esc(page["site"])) +
            "".join(menu) + "</header>\n" + ad(rng, px, "billboard") +
            '<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">\n' + article + postnav +
            related(page, rng, px, 9) + comments(page, rng, px, 7) + "</main></div>\n" + widgets + "</div>\n" +
            newsletter(page, px) + '<footer id="colophon" class="site-footer">' + footer(page, rng, px, "div") + "</footer></div>\n" +
            cookie_dialog(page, px) + chunks_js(rng, "https://%s/wp-content/themes/newsup/js" % page["domain"], 8) +
            '<script id="wp-embed-js">/*! This file is auto-generated */!function(c,d){"use strict";var e=!1,n=!1;d.querySelector&&c.addEventListener&&(e=!0)}(window,document);</script>\n'
            "</body>\n</html>\n")


# ------------------------------------------------------------------ Drupal

def drupal(page, rng, lead, blocks):
    w = L[page["lang"]]
    px = "dr"
    settings = {"path": {"baseUrl": "/", "pathPrefix": page["lang"] + "/", "currentPath": "node/%s" % page["id"], "currentLanguage": page["lang"]},
                "pluralDelimiter": "\u0003", "ajaxPageState": {"libraries": ",".join("core/%s,theme/%s" % (x, x) for x in ["drupal", "jquery", "once", "ajax", "views", "gallery", "lazy", "share", "comments", "newsletter"] * 4),
                                                              "theme": "newsroom", "theme_token": None},
                "views": {"ajax_path": "/views/ajax", "ajaxViews": {"views_dom_id:%x" % rng.getrandbits(64): {"view_name": "related_%d" % i, "view_display_id": "block_%d" % i, "view_args": page["id"]} for i in range(12)}},
                "gtm": {"tagId": "GTM-%X" % rng.getrandbits(28), "settings": {"include_environment": False}},
                "menu": [{"title": s, "url": "/%s/%d" % (page["lang"], rng.randint(1, 999)), "children": [{"title": t, "url": "/taxonomy/term/%d" % rng.randint(1, 9999)} for t in rng.sample(w["tags"], 8)]} for s in w["sections"]],
                "user": {"uid": 0, "permissionsHash": "%x" % rng.getrandbits(128)}}
    region = lambda name, content: '<div class="region region-%s">%s</div>\n' % (name, content)
    block = lambda bid, content: '<div id="block-%s" class="block block-%s">%s</div>' % (bid, bid.split("-")[0], content)
    field_body = ('<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">\n%s</div>\n'
                  % body_html(page, rng, px, blocks, gallery_cls=page.get("gallery_cls", "field--name-field-gallery")))
    summary = ('<div class="field field--name-field-summary field--type-string-long field--label-hidden field__item">%s</div>\n' % _lead_html(page, rng, lead, "p", "summary")) if lead else ""
    node = ('<article role="article" about="/node/%s" class="node node--type-article node--promoted node--view-mode-full">\n'
            '<h1 class="page-title"><span class="field field--name-title field--type-string">%s</span></h1>\n'
            '<div class="node__meta"><span class="field field--name-uid field--type-entity-reference">%s %s</span> <span class="field field--name-created">%s</span></div>\n'
            '%s<div class="node__content">%s%s%s'
            '<div class="field field--name-field-tags field--type-entity-reference field--label-above"><div class="field__label">%s</div><div class="field__items">%s</div></div>\n'
            '</div></article>\n'
            % (page["id"], esc(page["title"]), esc(w["by"]), esc(page["author"]), page["date"][:10], share(page, rng, px), summary,
               figure_html(page, rng, px, page.get("hero_caption", page["description"]), "field--name-field-image") if page.get("hero") else "",
               field_body, esc(w["tags_t"]), "".join('<div class="field__item"><a href="/taxonomy/term/%d" hreflang="%s">%s</a></div>' % (rng.randint(1, 9999), page["lang"], esc(t)) for t in page["tags"])))
    views = lambda title, n: ('<div class="views-element-container"><div class="view view-%s view-display-id-block_1 js-view-dom-id-%x"><h2>%s</h2><div class="view-content">%s</div></div></div>'
                              % (title.lower()[:8], rng.getrandbits(64), esc(title), "".join('<div class="views-row">%s</div>' % teaser_cards(page, rng, px, 1, "teaser", i % 2 == 0) for i in range(n))))
    return (_html_open(page, ' dir="ltr"' if not page.get("rtl") else "") + head(page, rng, px) +
            '<body class="path-node page-node-type-article">\n<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>\n' + sprite(rng, px, page.get("scale", 1)) +
            '<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="layout-container">\n'
            '<header role="banner">' + region("header", block("sitebranding", '<a href="/" rel="home">%s %s</a>' % (inline_svg(rng, "site-logo"), esc(page["site"]))) + topbar(page, rng, px)) +
            region("primary-menu", block("mainnavigation", megamenu(page, rng, px, 20, 8))) + "</header>\n" +
            region("breadcrumb", block("breadcrumbs", breadcrumbs(page, px))) + region("highlighted", ad(rng, px, "leaderboard")) +
            '<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content">' +
            region("content", block("system-main-block", node) + block("views-block-related", views(w["related"], 10))) + comments(page, rng, px, 5) + "</div>\n" +
            '<aside class="layout-sidebar-second" role="complementary">' + region("sidebar-second", block("mostread", most_read(page, rng, px, 10, "div")) + ad(rng, px, "sidebar") +
                                                                               block("newsletter", newsletter(page, px)) + block("views-block-latest", views(w["more"], 8))) + "</aside></main>\n" +
            '<footer role="contentinfo">' + region("footer", footer(page, rng, px, "div")) + "</footer></div></div>\n" + cookie_dialog(page, px) +
            '<script type="application/json" data-drupal-selector="drupal-settings-json">%s</script>\n' % json.dumps(settings, ensure_ascii=False) +
            chunks_js(rng, "/sites/default/files/js", 10) + "</body>\n</html>\n")


# ------------------------------------------------------------------ Next.js / React app

def nextjs(page, rng, lead, blocks):
    w = L[page["lang"]]
    px = "nx"
    h = lambda base: "%s_%s__%s" % (rng.choice(["styles", "Article", "Layout", "Header"]), base, "".join(rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-") for _ in range(5)))
    sc = lambda: "sc-%x %s" % (rng.getrandbits(24), "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(6)))
    body_parts = []
    for kind, v in blocks:
        if kind == "p":
            body_parts.append('<p class="%s">%s</p>\n' % (h("paragraph"), inline(v, page, rng)))
        elif kind == "h2":
            body_parts.append('<h2 class="%s">%s</h2>\n' % (h("subheading"), inline(v, page, rng)))
        else:
            body_parts.append(body_html(page, rng, px, [(kind, v)]))
    rel = [{"id": rng.randint(100000, 999999), "title": t, "slug": "%d" % rng.randint(100000, 999999), "section": rng.choice(w["sections"]),
            "image": {"src": "/img/%d.jpg" % rng.randint(1, 99999), "width": 640, "height": 360, "blurDataURL": "data:image/jpeg;base64," + "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(200))},
            "publishedAt": "2024-05-%02dT%02d:%02d:00Z" % (rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59))} for t in headlines(page, rng, 24)]
    state = {"props": {"pageProps": {
        "article": {"id": page["id"], "title": page["title"], "lead": plain(lead) if lead else page["description"], "author": {"name": page["author"], "slug": "a%d" % rng.randint(1, 99)},
                    "publishedAt": page["date"], "section": page["section"], "tags": page["tags"],
                    "body": [{"type": "paragraph" if k == "p" else k, "text": plain(v) if isinstance(v, str) else v} for k, v in blocks if k in ("p", "h2")]},
        "related": rel, "mostRead": rel[:10],
        "navigation": [{"label": s, "href": "/%d" % rng.randint(1, 999), "children": [{"label": t, "href": "/t/%d" % rng.randint(1, 9999)} for t in rng.sample(w["tags"], 10)]} for s in w["sections"]],
        "footer": {"links": [{"label": x, "href": "/%d" % rng.randint(1, 99)} for x in w["footer"]], "copyright": w["copyright"]},
        "ads": {"enabled": True, "slots": [{"id": "slot-%d" % i, "sizes": [[300, 250], [300, 600]], "lazy": True} for i in range(10)]},
        "experiments": {"exp_%d" % i: {"variant": rng.choice(["a", "b"]), "weight": rng.random()} for i in range(20)},
        "i18n": {k: v for k, v in w.items() if isinstance(v, str)}}, "__N_SSP": True},
        "page": "/[section]/[slug]", "query": {"section": page["section_slug"], "slug": page["id"]}, "buildId": "%x" % rng.getrandbits(80),
        "isFallback": False, "gssp": True, "locale": page["lang"], "locales": [page["lang"], "en"], "scriptLoader": []}
    header = ('<header class="%s"><div class="%s"><a class="%s" href="/">%s<span>%s</span></a>%s</div>%s</header>\n'
              % (h("header"), h("inner"), h("logo"), inline_svg(rng, h("logoSvg")), esc(page["site"]), topbar(page, rng, px), megamenu(page, rng, px, 20, 10)))
    lead_html = '<p class="%s">%s</p>\n' % (h("lead"), inline(lead, page, rng)) if lead else ""
    article = ('<article class="%s"><div class="%s">%s<span class="%s">%s</span><h1 class="%s">%s</h1>%s%s</div>%s<div class="%s">\n%s</div>%s</article>\n'
               % (h("article"), h("articleHeader"), breadcrumbs(page, px), h("kicker"), esc(page["section"]), h("title"), esc(page["title"]), lead_html,
                  byline(page, rng, px), figure_html(page, rng, px, page["description"]) if page.get("hero") else "", h("articleBody"), "".join(body_parts), tags_box(page, px)))
    return (_html_open(page) + head(page, rng, px, '<noscript data-n-css=""></noscript>\n' + chunks_js(rng, "/_next/static/chunks", 14)) +
            "<body>\n" + sprite(rng, px, page.get("scale", 1)) + '<div id="__next"><div class="%s">' % sc() + header + ad(rng, px, "top") +
            '<main class="%s"><div class="%s">' % (h("main"), h("grid")) + article + share(page, rng, px) +
            '<div class="%s">%s</div>' % (h("aside"), most_read(page, rng, px, 10) + newsletter(page, px)) + "</div>" + related(page, rng, px, 12) + "</main>" +
            footer(page, rng, px) + "</div>" + cookie_dialog(page, px) + "</div>\n" +
            '<script id="__NEXT_DATA__" type="application/json">%s</script>\n' % json.dumps(state, ensure_ascii=False) + "</body>\n</html>\n")


# ------------------------------------------------------------------ Bitrix-style Russian portal

def bitrix(page, rng, lead, blocks):
    w = L[page["lang"]]
    px = "b"
    bx = ("<script>if(!window.BX)window.BX={};if(!window.BX.message)window.BX.message=function(mess){if(typeof mess==='object'){for(let i in mess){BX.message[i]=mess[i];}return true;}};</script>\n"
          "<script>(window.BX||top.BX).message(%s);</script>\n<script>BX.setJSList(%s);BX.setCSSList(%s);</script>\n"
          % (json.dumps({"JS_CORE_LOADING": "Загрузка...", "LANGUAGE_ID": page["lang"], "FORMAT_DATE": "DD.MM.YYYY", "SITE_ID": "s1", "USER_ID": "", "SERVER_TIME": 1715677200,
                         "bitrix_sessid": "%x" % rng.getrandbits(128), **{"MSG_%d" % i: t for i, t in enumerate(w["sections"])}}, ensure_ascii=False),
             json.dumps(["/bitrix/js/main/core/core%s.min.js?%d" % (s, rng.randint(10 ** 9, 10 ** 10)) for s in ["", "_ajax", "_popup", "_fx", "_ls", "_date", "_db", "_frame_cache"]] * 3),
             json.dumps(["/bitrix/templates/portal/components/bitrix/news/%s/style.css?%d" % (s, rng.randint(10 ** 9, 10 ** 10)) for s in ["main", "detail", "list", "comments"]] * 3)))
    person = ""
    if page.get("author_bio"):
        person = ('<div class="person-card"><img src="/upload/iblock/%x/author.jpg" alt=""><div class="person-card__name">%s</div><div class="person-card__text">%s</div>'
                  '<div class="person-card__date">14 %s 2024, %s</div></div>\n' % (rng.getrandbits(32), esc(page["author"]), "".join("<p>%s</p>" % esc(p) for p in page["author_bio"]),
                                                                                  esc(w["month"]), page["date"][11:16]))
    lead_html = '<div class="news-detail__anons"><p>%s</p></div>\n' % inline(lead, page, rng) if lead else ""
    detail = ('<div class="news-detail" itemscope itemtype="http://schema.org/NewsArticle"><h1 class="news-detail__title" itemprop="headline">%s</h1>\n%s'
              '<div class="news-detail__info"><span class="news-detail__date">14.05.2024 %s</span> <span class="news-detail__views">%s %d</span></div>%s'
              '<div class="news-detail__picture"><img src="/upload/iblock/%x/detail.jpg" alt="" itemprop="image"></div>\n'
              '<div class="detail_text" itemprop="articleBody">\n%s</div>%s%s</div>\n'
              % (esc(page["title"]), person, page["date"][11:16], icon(px, "eye"), rng.randint(1000, 50000), lead_html, rng.getrandbits(32),
                 body_html(page, rng, px, blocks, collapse_cls="detail_text__more hidden"), tags_box(page, px), share(page, rng, px)))
    bx_comments = comments(page, rng, px, 8).replace('class="b-comments"', 'class="b-comments blog-comments" id="blg-comment-%d"' % rng.randint(1, 999))
    left = "".join('<div class="news-list-item"><a href="%s"><b>%02d:%02d</b> %s</a></div>' % (url(page, rng), rng.randint(0, 23), rng.randint(0, 59), esc(t)) for t in headlines(page, rng, 25))
    return (_html_open(page) + head(page, rng, px, bx) + '<body class="detail-page">\n<div id="panel"></div>\n' + sprite(rng, px, page.get("scale", 1)) +
            '<div class="wrapper"><div class="b-header">' + topbar(page, rng, px) + '<div class="b-header__logo"><a href="/">%s %s</a></div>' % (inline_svg(rng, "b-logo"), esc(page["site"])) +
            '<div class="bx-top-nav bx-site">' + megamenu(page, rng, px, 20, 12, "div") + "</div></div>\n" + ad(rng, px, "top") +
            '<div class="workarea"><div class="b-breadcrumbs">' + breadcrumbs(page, px) + '</div><div class="row"><div class="col-left news-list"><div class="block-title">Лента новостей</div>' + left + "</div>\n"
            '<div class="col-center">' + detail + ad(rng, px, "after-text") + related(page, rng, px, 9) + bx_comments + "</div>\n"
            '<div class="col-right">' + most_read(page, rng, px, 10, "div") + newsletter(page, px) + ad(rng, px, "right") + "</div></div></div>\n" +
            footer(page, rng, px, "div") + "</div>\n" + cookie_dialog(page, px) + chunks_js(rng, "/bitrix/cache/js/s1/portal", 10) + "</body>\n</html>\n")


# ------------------------------------------------------------------ national broadcaster (RTL)

def broadcaster(page, rng, lead, blocks):
    w = L[page["lang"]]
    px = "br"
    schedule = "".join('<li><span class="br-time">%02d:%02d</span> <a href="/program/%d">%s</a></li>' % (hh, rng.choice([0, 30]), rng.randint(1, 999), esc(t))
                       for hh, t in zip(range(6, 24), headlines(page, rng, 18)))
    live = ('<div class="br-live"><a href="/live/">%s <span>LIVE</span></a><ul class="br-channels">%s</ul></div>\n'
            % (icon(px, "play"), "".join('<li><a href="/live/%d">%s %d</a></li>' % (i, esc(page["site"]), i) for i in range(1, 9))))
    lead_html = '<div class="item-summary"><p>%s</p></div>\n' % inline(lead, page, rng) if lead else ""
    item = ('<div class="news-page"><div class="item-header"><span class="item-service">%s</span><h1 class="item-title">%s</h1>%s'
            '<div class="item-date">%s <time datetime="%s">%s</time> <span class="item-code">%s: %s</span></div></div>\n'
            '<div class="item-image">%s</div>\n<div class="item-body"><div class="item-text">\n%s</div></div>\n%s%s</div>\n'
            % (esc(page["section"]), esc(page["title"]), lead_html, icon(px, "clock"), page["date"], page.get("local_date", page["date"][:10]), "ID", page["id"],
               '<img src="https://static.%s/d/%x.jpg" alt="">' % (page["domain"], rng.getrandbits(32)),
               body_html(page, rng, px, blocks, js_links=page.get("js_links", False)), tags_box(page, px), share(page, rng, px)))
    notice = _consent_notice(page, px) if page.get("consent_text") else ""
    video = "".join('<div class="br-video"><a href="/video/%d">%s<img src="/v/%d.jpg" alt=""><span>%s</span></a></div>' % (rng.randint(1, 99999), icon(px, "play"), rng.randint(1, 9999), esc(t))
                    for t in headlines(page, rng, 8))
    return (_html_open(page) + head(page, rng, px) + '<body class="rtl">\n' + notice + sprite(rng, px, page.get("scale", 1)) +
            '<header class="br-header">' + topbar(page, rng, px) + '<div class="br-logo"><a href="/">%s %s</a></div>' % (inline_svg(rng, "br-logo-svg"), esc(page["site"])) +
            live + megamenu(page, rng, px, 20, 10) + "</header>\n" + '<div class="br-ticker"><marquee>%s</marquee></div>\n' % " • ".join(esc(t) for t in headlines(page, rng, 10)) +
            '<div class="br-container"><div class="br-main">' + breadcrumbs(page, px) + item + related(page, rng, px, 8) + comments(page, rng, px, 4) + "</div>\n"
            '<div class="br-side">' + most_read(page, rng, px, 10, "div") + '<div class="br-schedule"><h3>%s</h3><ul>%s</ul></div>' % (esc(w["more"]), schedule) +
            '<div class="br-videos">%s</div>' % video + ad(rng, px, "side") + "</div></div>\n" + newsletter(page, px) + footer(page, rng, px) +
            (cookie_dialog(page, px) if not notice else "") + chunks_js(rng, "/static/js", 9) + "</body>\n</html>\n")


# ------------------------------------------------------------------ Chinese portal

def cnportal(page, rng, lead, blocks):
    w = L[page["lang"]]
    px = "cn"
    link_list = lambda title, n, cls: ('<div class="%s"><h3><a href="/%d/">%s</a></h3><ul>%s</ul></div>\n'
                                       % (cls, rng.randint(1, 99), esc(title), "".join('<li><a href="%s" target="_blank">%s</a></li>' % (url(page, rng), esc(t)) for t in headlines(page, rng, n))))
    nav_rows = "".join('<div class="nav_row"><strong><a href="/%d/">%s</a></strong>%s</div>' % (rng.randint(1, 99), esc(s), "".join(
        '<a href="/%s/%d/">%s</a>' % (px, rng.randint(1, 999), esc(t)) for t in rng.sample(w["tags"], 12))) for s in w["sections"])
    sub_links = "".join('<a href="/%d/" target="_blank">%s%s</a>' % (rng.randint(1, 999), esc(a), esc(b)) for a in w["tags"][:12] for b in w["sections"][1:9])
    lead_html = '<div class="summary"><p>%s</p></div>\n' % inline(lead, page, rng) if lead else ""
    art = ('<div class="main_content"><div class="position"><a href="/">%s</a> &gt; <a href="/%s/">%s</a> &gt; 正文</div>\n'
           '<h1 class="main-title">%s</h1><div class="date-source"><span class="date">2024年05月14日 %s</span> <a class="source" href="/">%s</a></div>\n'
           '<div class="fontsize"><a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a></div>\n%s'
           '<div class="article" id="artibody">\n%s</div>\n<div class="show_author">%s：%s</div>%s%s</div>\n'
           % (esc(w["home"]), page["section_slug"], esc(page["section"]), esc(page["title"]), page["date"][11:16], esc(page["site"]), lead_html,
              body_html(page, rng, px, blocks, p_open='<p cms-style="font-L">' if page.get("cms_style") else "<p>",
                        collapse_cls="unfold-field", collapse_attrs=' style="display:none"'), esc(w["by"]), esc(page["author"]),
              tags_box(page, px), share(page, rng, px)))
    hot = "".join(link_list(t, 10, "side-list") for t in [w["most_read"], w["related"], w["sections"][1], w["sections"][5], w["sections"][7]])
    bottom = "".join(link_list(s, 12, "bottom-list") for s in w["sections"][1:13])
    return (_html_open(page) + head(page, rng, px) + '<body>\n' + sprite(rng, px, page.get("scale", 1)) +
            '<div class="top_bar"><div class="top_bar_wrap">%s<a href="/">%s</a>%s</div></div>\n' % (topbar(page, rng, px), esc(page["site"]), "".join('<a href="/%d/">%s</a>' % (i, esc(s)) for i, s in enumerate(w["sections"]))) +
            '<div class="header"><div class="logo"><a href="/">%s</a></div><div class="nav_main">%s</div><div class="sub_nav">%s</div></div>\n' % (inline_svg(rng, "logo-svg"), nav_rows, sub_links) +
            ad(rng, px, "banner") + '<div class="wrap"><div class="left">' + art + related(page, rng, px, 12) + comments(page, rng, px, 8) + "</div>\n" +
            '<div class="right">' + hot + ad(rng, px, "right") + "</div></div>\n" + '<div class="bottom_links">' + bottom + "</div>\n" +
            footer(page, rng, px) + chunks_js(rng, "//i.%s/js" % page["domain"], 12) + "</body>\n</html>\n")


# ------------------------------------------------------------------ quality paper with a paywall teaser

def paywall(page, rng, lead, blocks):
    w = L[page["lang"]]
    px = "pw"
    cut = page.get("paywall_after", 3)
    ps_seen, first, rest = 0, [], []
    for b in blocks:
        (first if ps_seen < cut else rest).append(b)
        if b[0] == "p":
            ps_seen += 1
    offer = page["paywall_offer"]
    teaser = ('<div class="paywall" data-paywall="soft"><div class="paywall__gradient"></div><div class="paywall__box"><p class="paywall__title">%s</p>'
              '<ul class="paywall__offers">%s</ul><a class="paywall__cta" href="/abonnement">%s</a> <a href="/login">%s</a></div></div>\n'
              % (esc(offer[0]), "".join("<li>%s</li>" % esc(o) for o in offer[1:-1]), esc(offer[-1]), esc(w["login"])))
    notice = _consent_notice(page, px) if page.get("consent_text") else cookie_dialog(page, px)
    article = ('<article class="article article--premium" data-premium="true"><header class="article__header">%s<span class="article__kicker">%s</span>'
               '<h1 class="article__title">%s</h1>%s<div class="article__byline">%s</div></header>\n%s'
               '<div class="article__content">\n<section class="article__free">\n%s</section>\n%s<section class="article__premium" aria-hidden="true">\n%s</section>\n</div>%s%s</article>\n'
               % (breadcrumbs(page, px), esc(page["section"]), esc(page["title"]), _lead_html(page, rng, lead, "p", "article__desc"), byline(page, rng, px),
                  figure_html(page, rng, px, page.get("hero_caption", page["description"]), "article__media") if page.get("hero") else "",
                  body_html(page, rng, px, first), teaser, body_html(page, rng, px, rest), tags_box(page, px), share(page, rng, px)))
    return (_html_open(page) + head(page, rng, px, '<script>window.tp=window.tp||[];tp.push(["setAid","%x"]);tp.push(["setTags",%s]);</script>\n'
                                    % (rng.getrandbits(40), json.dumps(page["tags"], ensure_ascii=False))) +
            '<body class="article-page">\n' + notice + sprite(rng, px, page.get("scale", 1)) + '<header class="site-header">' + topbar(page, rng, px) +
            '<a class="site-header__logo" href="/">%s<span>%s</span></a>' % (inline_svg(rng, "logo"), esc(page["site"])) + megamenu(page, rng, px, 20, 10) + "</header>\n" +
            ad(rng, px, "banniere") + '<main class="page"><div class="page__col">' + article + related(page, rng, px, 8) + comments(page, rng, px, 6) + "</div>\n" +
            '<aside class="page__aside">' + most_read(page, rng, px, 10, "div") + newsletter(page, px) + ad(rng, px, "pave") +
            '<div class="%s-latest">%s</div>' % (px, teaser_cards(page, rng, px, 10, "latest", False)) + "</aside></main>\n" +
            footer(page, rng, px) + chunks_js(rng, "/assets/js", 11) + "</body>\n</html>\n")


# ------------------------------------------------------------------ live blog

def liveblog(page, rng, lead, blocks):
    w = L[page["lang"]]
    px = "lv"
    posts, cur = [], None
    times = page["times"]
    for kind, v in blocks:
        if kind == "h2":
            cur = {"title": v, "blocks": []}
            posts.append(cur)
        else:
            if cur is None:
                cur = {"title": None, "blocks": []}
                posts.append(cur)
            cur["blocks"].append((kind, v))
    entries = []
    for i, p in enumerate(posts):
        t = times[i % len(times)]
        title = '<h2 class="live-post__title">%s</h2>' % inline(p["title"], page, rng) if p["title"] else ""
        entries.append('<article class="live-post" id="post-%d" data-ts="%d"><div class="live-post__meta"><time class="live-post__time" datetime="2024-05-14T%s:00">%s</time>'
                       '<span class="live-post__author">%s</span></div>%s<div class="live-post__body">\n%s</div><div class="live-post__share">%s %s</div></article>\n'
                       % (rng.randint(10 ** 6, 10 ** 7), 1715670000 + i * 600, t, t, esc(page["author"]), title, body_html(page, rng, px, p["blocks"]), icon(px, "link"), icon(px, "x")))
    lead_html = '<div class="live-summary"><p>%s</p></div>\n' % inline(lead, page, rng) if lead else ""
    state = {"liveblog": {"id": page["id"], "status": "live", "pollInterval": 30000, "lastUpdate": page["date"], "posts": [{"id": i, "time": times[i % len(times)]} for i in range(len(posts))]},
             "ads": {"every": 3, "slots": ["live-%d" % i for i in range(12)]}}
    return (_html_open(page) + head(page, rng, px, '<script>window.__LIVE__=%s;</script>\n' % json.dumps(state)) + '<body class="liveblog">\n' + sprite(rng, px, page.get("scale", 1)) +
            '<header class="lv-header">' + topbar(page, rng, px) + '<a class="lv-logo" href="/">%s %s</a>' % (inline_svg(rng, "lv-logo-svg"), esc(page["site"])) +
            megamenu(page, rng, px, 20, 9) + "</header>\n" + '<main class="lv-main"><div class="lv-col">' + breadcrumbs(page, px) +
            '<div class="live-head"><span class="live-badge">LIVE</span><h1>%s</h1>%s%s</div>\n' % (esc(page["title"]), lead_html, byline(page, rng, px)) +
            '<div class="live-updates-button" hidden>%s</div>' % esc(w["more"]) + '<div class="live-feed">\n' + "".join(entries) + "</div>\n" +
            '<button class="live-more">%s</button>' % esc(w["more"]) + tags_box(page, px) + share(page, rng, px) + related(page, rng, px, 10) + "</div>\n" +
            '<aside class="lv-aside">' + most_read(page, rng, px, 10, "div") + newsletter(page, px) + ad(rng, px, "side") + "</aside></main>\n" +
            footer(page, rng, px) + cookie_dialog(page, px) + chunks_js(rng, "/static/live", 8) + "</body>\n</html>\n")
