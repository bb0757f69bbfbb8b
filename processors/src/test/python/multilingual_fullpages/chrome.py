"""Helpers for gen.py: the article markup and the generated site chrome.

Writes the full-size pages of the multilingual extraction corpus (NAME.html and NAME.txt) into
processors/src/test/resources/extract/multilingual/ from the hand-written articles in articles_*.py.

The article prose is hand-written; the site chrome around it (menus, link lists, icons, CSS, JSON state) is
generated here, in the layouts real news sites use. Deterministic: the same input writes the same bytes.

    python3 processors/src/test/python/multilingual_fullpages/gen.py
"""
import html
import json
import os
import random
import re
import sys


from chrome_words import L  # noqa: E402

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "resources", "extract", "multilingual")
SHY = "\u00ad"


def esc(s):
    return html.escape(s, quote=True)


# ---------------------------------------------------------------- article markup
# One block per line:  "# lead"  "## subheading"  "! cap | cap"  gallery  "@ cap" lone picture (caption not in
# the text)  "> n" in-article teaser to headline n  "$" ad slot  "~" the collapsed rest starts here  "* a | b" list
# of points  otherwise a paragraph. Inline: [[w]] a span, {{w}} a tag link, ^ a line break between two inline
# elements (nothing in the text).

def parse(spec):
    lead, blocks = None, []
    for raw in spec.strip().splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("# "):
            lead = line[2:]
        elif line.startswith("## "):
            blocks.append(("h2", line[3:]))
        elif line.startswith("! "):
            blocks.append(("gallery", [c.strip() for c in line[2:].split("|")]))
        elif line.startswith("@ "):
            blocks.append(("figure", line[2:]))
        elif line.startswith("> "):
            blocks.append(("readalso", int(line[2:])))
        elif line == "$":
            blocks.append(("ad", None))
        elif line == "~":
            blocks.append(("collapse", None))
        else:
            blocks.append(("p", line))
    return lead, blocks


def plain(s):
    s = s.replace("^", "")
    s = re.sub(r"\[\[(.+?)\]\]", r"\1", s)
    s = re.sub(r"\{\{(.+?)\}\}", r"\1", s)
    return s


def shy_word(w, rng):
    if len(w) < 9 or not w.isalpha():
        return w
    cuts = sorted(rng.sample(range(3, len(w) - 3), k=min(2, len(w) - 6)))
    out, last = [], 0
    for c in cuts:
        out.append(w[last:c])
        last = c
    out.append(w[last:])
    return SHY.join(out)


def inline(s, page, rng):
    s = esc(s)
    if page.get("soft_hyphens"):
        s = re.sub(r"\w{9,}", lambda m: shy_word(m.group(0), rng), s)
        s = s.replace(SHY, "&shy;") if rng.random() < 0.5 else s
    s = re.sub(r"\[\[(.+?)\]\]", lambda m: '<span class="%s">%s</span>' % (rng.choice(["kw", "hl", "person", "org"]), m.group(1)), s)
    s = re.sub(r"\{\{(.+?)\}\}", lambda m: '<a href="/tag/%d.html" target="_blank">%s</a>' % (rng.randint(100, 9999), m.group(1)), s)
    return s.replace("^", "\n")


def expected_text(lead, blocks):
    out = [plain(lead)] if lead else []
    for kind, v in blocks:
        if kind in ("p", "h2"):
            out.append(plain(v))
        elif kind == "gallery":
            out.extend(plain(c) for c in v)
        elif kind == "list":
            out.extend(plain(c) for c in v)
    return "\n\n".join(out) + "\n"


# ---------------------------------------------------------------- generated chrome

def svg_path(rng, n=18):
    pts = ["M%.2f %.2f" % (rng.uniform(0, 24), rng.uniform(0, 24))]
    for _ in range(n):
        pts.append("c%.2f %.2f %.2f %.2f %.2f %.2f" % tuple(rng.uniform(-4, 4) for _ in range(6)))
    return "".join(pts) + "z"


ICONS = ["search", "menu", "close", "user", "facebook", "x", "telegram", "whatsapp", "vk", "mail", "link", "print",
         "comment", "clock", "eye", "play", "camera", "arrow-right", "arrow-left", "bookmark", "bell", "weather", "rss", "youtube"]


def sprite(rng, px, scale=1):
    sym = "".join('<symbol id="%s-icon-%s" viewBox="0 0 24 24"><path d="%s"/><path d="%s" opacity=".4"/></symbol>'
                  % (px, name, svg_path(rng, max(3, round(18 * scale))), svg_path(rng, max(2, round(10 * scale)))) for name in ICONS)
    return '<svg xmlns="http://www.w3.org/2000/svg" style="display:none" aria-hidden="true">%s</svg>\n' % sym


def icon(px, name):
    return '<svg class="%s-icon %s-icon--%s" width="20" height="20" aria-hidden="true"><use href="#%s-icon-%s"></use></svg>' % (px, px, name, px, name)


def inline_svg(rng, cls):
    return '<svg class="%s" viewBox="0 0 24 24" width="24" height="24"><path fill="currentColor" d="%s"/></svg>' % (cls, svg_path(rng, 24))


def css(rng, px, n=160):
    props = ["display:flex", "display:grid", "display:block", "margin:0 auto", "padding:12px 16px", "font-size:14px", "font-size:1.125rem",
             "line-height:1.5", "color:#1a1a1a", "color:#6b6b6b", "background:#fff", "background:#f4f4f4", "border-bottom:1px solid #e0e0e0",
             "gap:16px", "grid-template-columns:repeat(4,1fr)", "max-width:1280px", "position:relative", "position:sticky;top:0",
             "z-index:100", "font-weight:700", "text-transform:uppercase", "letter-spacing:.02em", "overflow:hidden", "border-radius:4px",
             "transition:opacity .2s ease", "align-items:center", "justify-content:space-between", "width:100%", "height:auto"]
    parts = ["article", "header", "nav", "menu", "teaser", "card", "footer", "share", "byline", "meta", "tags", "related", "sidebar",
             "comments", "newsletter", "consent", "ad", "breadcrumbs", "logo", "search", "title", "lead", "body", "figure", "caption"]
    mods = ["", "__inner", "__item", "__link", "__title", "__list", "--active", "--large", "__wrap", "__img", "--dark", "__text"]
    rules = []
    for _ in range(n):
        sel = ".%s-%s%s" % (px, rng.choice(parts), rng.choice(mods))
        if rng.random() < 0.3:
            sel += " .%s-%s%s" % (px, rng.choice(parts), rng.choice(mods))
        rules.append("%s{%s}" % (sel, ";".join(rng.sample(props, rng.randint(2, 6)))))
    media = "@media (max-width:768px){%s}" % "".join(rules[: n // 4])
    return "<style>" + ":root{--brand:#c00;--text:#111;--muted:#666;--bg:#fff}" + "".join(rules) + media + "</style>\n"


def analytics_js(rng, page):
    cfg = {"site": page["domain"], "section": page["section"], "pageType": "article", "articleId": page["id"],
           "author": page["author"], "published": page["date"], "language": page["lang"], "paywall": page.get("paywall", False),
           "abTests": {"exp_%d" % i: rng.choice(["a", "b", "control"]) for i in range(8)},
           "adUnits": [{"slot": "/%d/%s/%s_%d" % (rng.randint(1000, 99999), page["domain"].split(".")[0], s, i), "sizes": [[300, 250], [728, 90], [970, 250]],
                        "targeting": {"pos": s, "kw": rng.sample(L[page["lang"]]["tags"], 3)}} for i, s in enumerate(["top", "mid", "side", "bottom", "sticky"])]}
    js = ("window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());"
          "gtag('config','G-%s',{anonymize_ip:true});window.__CONFIG__=%s;"
          "(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],"
          "j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i+dl;"
          "f.parentNode.insertBefore(j,f);})(window,document,'script','dataLayer','GTM-%s');"
          % ("".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(10)), json.dumps(cfg, ensure_ascii=False),
             "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(7))))
    return "<script>" + js + "</script>\n"


def url(page, rng, kind="news"):
    return "https://%s/%s/2024/05/%02d/%d.html" % (page["domain"], kind, rng.randint(1, 28), rng.randint(100000, 999999))


def head(page, rng, px, extra=""):
    w = L[page["lang"]]
    canonical = "https://%s/%s/2024/05/14/%s.html" % (page["domain"], page["section_slug"], page["id"])
    img = "https://static.%s/images/2024/05/%s_1200x630.jpg" % (page["domain"], page["id"])
    metas = [
        '<meta charset="utf-8">', '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta http-equiv="X-UA-Compatible" content="IE=edge">',
        "<title>%s%s%s</title>" % (esc(page["title"]), page.get("title_sep", " — "), esc(page["site"])),
        '<meta name="description" content="%s">' % esc(page["description"]),
        '<meta name="keywords" content="%s">' % esc(", ".join(rng.sample(w["tags"], 6))),
        '<meta name="robots" content="index, follow, max-image-preview:large">',
        '<meta name="author" content="%s">' % esc(page["author"]),
        '<link rel="canonical" href="%s">' % canonical,
        '<link rel="amphtml" href="%s">' % canonical.replace("https://", "https://amp."),
        '<meta property="og:type" content="article">', '<meta property="og:site_name" content="%s">' % esc(page["site"]),
        '<meta property="og:title" content="%s">' % esc(page["title"]), '<meta property="og:description" content="%s">' % esc(page["description"]),
        '<meta property="og:url" content="%s">' % canonical, '<meta property="og:image" content="%s">' % img,
        '<meta property="og:image:width" content="1200">', '<meta property="og:image:height" content="630">',
        '<meta property="og:locale" content="%s">' % page["locale"],
        '<meta property="article:published_time" content="%s">' % page["date"],
        '<meta property="article:modified_time" content="%s">' % page["date"].replace(":00+", ":47+"),
        '<meta property="article:section" content="%s">' % esc(page["section"]),
        '<meta property="article:author" content="https://%s/authors/%d">' % (page["domain"], rng.randint(10, 999)),
    ] + ['<meta property="article:tag" content="%s">' % esc(t) for t in page["tags"]] + [
        '<meta name="twitter:card" content="summary_large_image">', '<meta name="twitter:site" content="@%s">' % page["domain"].split(".")[0],
        '<meta name="twitter:title" content="%s">' % esc(page["title"]), '<meta name="twitter:description" content="%s">' % esc(page["description"]),
        '<meta name="twitter:image" content="%s">' % img, '<meta name="theme-color" content="#b00000">',
        '<meta name="apple-itunes-app" content="app-id=%d">' % rng.randint(100000000, 999999999),
        '<link rel="preconnect" href="https://static.%s" crossorigin>' % page["domain"],
        '<link rel="dns-prefetch" href="https://www.googletagmanager.com">', '<link rel="dns-prefetch" href="https://securepubads.g.doubleclick.net">',
        '<link rel="preload" as="font" type="font/woff2" href="/fonts/%s-regular.woff2" crossorigin>' % px,
        '<link rel="preload" as="font" type="font/woff2" href="/fonts/%s-bold.woff2" crossorigin>' % px,
        '<link rel="preload" as="image" href="%s" fetchpriority="high">' % img.replace("1200x630", "960x540"),
        '<link rel="icon" href="/favicon.ico" sizes="any">', '<link rel="icon" href="/icon.svg" type="image/svg+xml">',
        '<link rel="apple-touch-icon" href="/apple-touch-icon.png">', '<link rel="manifest" href="/manifest.webmanifest">',
        '<link rel="alternate" type="application/rss+xml" title="RSS" href="https://%s/rss.xml">' % page["domain"],
        '<link rel="stylesheet" href="https://static.%s/css/main.%x.css">' % (page["domain"], rng.getrandbits(32)),
    ]
    ld = [{"@context": "https://schema.org", "@type": "NewsArticle", "headline": page["title"], "description": page["description"],
           "image": [img, img.replace("1200x630", "1200x1200")], "datePublished": page["date"], "dateModified": page["date"],
           "author": [{"@type": "Person", "name": page["author"], "url": "https://%s/authors/" % page["domain"]}],
           "publisher": {"@type": "Organization", "name": page["site"], "logo": {"@type": "ImageObject", "url": "https://%s/logo.png" % page["domain"]}},
           "mainEntityOfPage": {"@type": "WebPage", "@id": canonical}, "articleSection": page["section"], "keywords": page["tags"],
           "inLanguage": page["lang"], "isAccessibleForFree": not page.get("paywall", False)},
          {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
              {"@type": "ListItem", "position": 1, "name": w["home"], "item": "https://%s/" % page["domain"]},
              {"@type": "ListItem", "position": 2, "name": page["section"], "item": "https://%s/%s/" % (page["domain"], page["section_slug"])}]}]
    return ("<head>\n" + "\n".join(metas) + "\n" +
            '<script type="application/ld+json">%s</script>\n' % json.dumps(ld, ensure_ascii=False) +
            css(rng, px, max(1, round(160 * page.get("scale", 1)))) + analytics_js(rng, page) + extra + "</head>\n")


def headlines(page, rng, n):
    hs = L[page["lang"]]["headlines"]
    return [hs[(i + rng.randint(0, 3)) % len(hs)] for i in range(n)]


def megamenu(page, rng, px, cols=18, links=9, tag="nav"):
    w = L[page["lang"]]
    cols, links = min(len(w["sections"]), max(1, round(cols * page.get("scale", 1)))), min(len(w["tags"]), max(1, round(links * page.get("scale", 1))))
    out = ['<%s class="%s-menu" aria-label="menu"><ul class="%s-menu__list">' % (tag, px, px)]
    for s in w["sections"][:cols]:
        out.append('<li class="%s-menu__item %s-menu__item--has-children"><a class="%s-menu__link" href="/%s/">%s</a><div class="%s-menu__dropdown"><ul>'
                   % (px, px, px, rng.randint(1, 99), esc(s), px))
        for t in rng.sample(w["tags"], links):
            out.append('<li><a href="/%s/%d/">%s</a></li>' % (px, rng.randint(100, 999), esc(t)))
        out.append('</ul><div class="%s-menu__promo"><a href="%s"><img src="/img/menu/%d.jpg" alt="" loading="lazy"><span>%s</span></a></div></div></li>'
                   % (px, url(page, rng), rng.randint(1, 999), esc(rng.choice(w["headlines"]))))
    out.append("</ul></%s>\n" % tag)
    return "".join(out)


def topbar(page, rng, px):
    w = L[page["lang"]]
    return ('<div class="%s-topbar"><div class="%s-topbar__inner"><span class="%s-topbar__date">14 %s 2024</span>'
            '<a class="%s-topbar__weather" href="/weather/">%s +21°</a><a href="/currency/">USD 91.2 · EUR 98.7</a>'
            '<form class="%s-search" action="/search/"><input type="search" name="q" placeholder="%s"><button>%s</button></form>'
            '<a class="%s-login" href="/login/">%s %s</a></div></div>\n'
            % (px, px, px, esc(w["month"]), px, icon(px, "weather"), px, esc(w["search"]), icon(px, "search"), px, icon(px, "user"), esc(w["login"])))


def breadcrumbs(page, px):
    w = L[page["lang"]]
    return ('<nav class="%s-breadcrumbs" aria-label="breadcrumbs"><ol><li><a href="/">%s</a></li><li><a href="/%s/">%s</a></li></ol></nav>\n'
            % (px, esc(w["home"]), page["section_slug"], esc(page["section"])))


def share(page, rng, px):
    w = L[page["lang"]]
    items = "".join('<li><a class="%s-share__btn %s-share__btn--%s" href="https://share.example/%s?u=%s" rel="nofollow noopener" target="_blank" title="%s">%s</a></li>'
                    % (px, px, n, n, page["id"], esc(w["share"]), icon(px, n)) for n in ["facebook", "x", "telegram", "whatsapp", "vk", "mail", "link", "print"])
    return '<div class="%s-share"><span class="%s-share__label">%s</span><ul>%s</ul></div>\n' % (px, px, esc(w["share"]), items)


def tags_box(page, px):
    w = L[page["lang"]]
    return '<div class="%s-tags"><span>%s:</span> %s</div>\n' % (px, esc(w["tags_t"]), " ".join(
        '<a class="%s-tags__item" href="/tag/%s/">%s</a>' % (px, esc(t.lower()), esc(t)) for t in page["tags"]))


def teaser_cards(page, rng, px, n, cls="card", with_img=True):
    n = max(1, round(n * page.get("scale", 1)))
    w = L[page["lang"]]
    out = []
    for h in headlines(page, rng, n):
        img = ('<div class="%s-%s__img"><img src="https://static.%s/img/%d_320x180.jpg" alt="%s" loading="lazy" width="320" height="180"></div>'
               % (px, cls, page["domain"], rng.randint(10000, 99999), esc(h))) if with_img else ""
        out.append('<div class="%s-%s">%s<a class="%s-%s__section" href="/%s/">%s</a><a class="%s-%s__title" href="%s">%s</a>'
                   '<span class="%s-%s__meta">%s %02d:%02d · %s %d</span></div>'
                   % (px, cls, img, px, cls, rng.randint(1, 20), esc(rng.choice(w["sections"])), px, cls, url(page, rng), esc(h),
                      px, cls, icon(px, "clock"), rng.randint(0, 23), rng.randint(0, 59), icon(px, "eye"), rng.randint(300, 90000)))
    return "".join(out)


def related(page, rng, px, n=12):
    w = L[page["lang"]]
    return ('<section class="%s-related"><h2 class="%s-related__title">%s</h2><div class="%s-related__grid">%s</div></section>\n'
            % (px, px, esc(w["related"]), px, teaser_cards(page, rng, px, n)))


def most_read(page, rng, px, n=10, tag="aside"):
    n = max(1, round(n * page.get("scale", 1)))
    w = L[page["lang"]]
    items = "".join('<li><span class="%s-rank">%d</span><a href="%s">%s</a></li>' % (px, i + 1, url(page, rng), esc(h))
                    for i, h in enumerate(headlines(page, rng, n)))
    return '<%s class="%s-mostread"><h3>%s</h3><ol>%s</ol></%s>\n' % (tag, px, esc(w["most_read"]), items, tag)


def ad(rng, px, pos):
    return ('<div class="%s-ad %s-ad--%s" id="ad-%s-%d" data-slot="%s" style="min-height:250px"><span class="%s-ad__label">Advertisement</span>'
            '<script>window.adq=window.adq||[];adq.push({id:"ad-%s",pos:"%s",lazy:true});</script></div>\n'
            % (px, px, pos, pos, rng.randint(1, 99), pos, px, pos, pos))


def comments(page, rng, px, n=6):
    n = max(1, round(n * page.get("scale", 1)))
    w = L[page["lang"]]
    items = []
    for i in range(n):
        name, text = w["comments"][i % len(w["comments"])]
        items.append('<li class="%s-comment" id="comment-%d"><div class="%s-comment__head"><img class="%s-comment__avatar" src="/avatars/%d.png" alt="">'
                     '<b>%s</b> <time>14.05.2024 %02d:%02d</time></div><div class="%s-comment__text"><p>%s</p></div>'
                     '<div class="%s-comment__actions"><a href="#reply-%d">%s</a> <button>▲ %d</button> <button>▼ %d</button></div></li>'
                     % (px, rng.randint(1000, 99999), px, px, rng.randint(1, 500), esc(name), rng.randint(10, 23), rng.randint(0, 59), px, esc(text),
                        px, i, esc(w["reply"]), rng.randint(0, 90), rng.randint(0, 20)))
    return ('<section class="%s-comments" id="comments"><h2>%s <span>(%d)</span></h2><form class="%s-comments__form"><textarea placeholder="%s"></textarea>'
            '<button type="submit">%s</button></form><ol class="%s-comments__list">%s</ol></section>\n'
            % (px, esc(w["comments_t"]), n, px, esc(w["comment_ph"]), icon(px, "comment"), px, "".join(items)))


def newsletter(page, px):
    w = L[page["lang"]]
    return ('<div class="%s-newsletter"><h3>%s</h3><p>%s</p><form action="/newsletter/subscribe" method="post"><input type="email" placeholder="%s" required>'
            '<button type="submit">%s</button></form></div>\n' % (px, esc(w["subscribe_t"]), esc(w["subscribe_x"]), esc(w["email"]), esc(w["subscribe_b"])))


def cookie_dialog(page, px):
    w = L[page["lang"]]
    return ('<div class="%s-consent" id="cookie-consent" role="dialog" aria-modal="true" aria-live="polite"><div class="%s-consent__inner">'
            '<p>%s</p><div class="%s-consent__buttons"><button class="%s-consent__accept" onclick="consent.accept()">%s</button>'
            '<a class="%s-consent__settings" href="javascript:consent.settings()">%s</a></div></div></div>\n'
            % (px, px, esc(w["cookie"]), px, px, esc(w["accept"]), px, esc(w["settings"])))


def footer(page, rng, px, tag="footer"):
    w = L[page["lang"]]
    cols = []
    for chunk in (w["sections"][:10], w["sections"][10:], w["tags"][:10], w["tags"][10:], w["footer"]):
        cols.append('<ul class="%s-footer__col">%s</ul>' % (px, "".join('<li><a href="/%s/%d/">%s</a></li>' % (px, rng.randint(1, 999), esc(x)) for x in chunk)))
    social = "".join('<a href="https://social.example/%s" aria-label="%s">%s</a>' % (n, n, icon(px, n)) for n in ["facebook", "x", "telegram", "youtube", "rss"])
    return ('<%s class="%s-footer"><div class="%s-footer__logo">%s<span>%s</span></div><div class="%s-footer__cols">%s</div>'
            '<div class="%s-footer__social">%s</div><div class="%s-footer__apps"><a href="/app/ios">App Store</a> <a href="/app/android">Google Play</a></div>'
            '<p class="%s-footer__copy">%s %s</p></%s>\n'
            % (tag, px, px, inline_svg(rng, px + "-logo"), esc(page["site"]), px, "".join(cols), px, social, px, px, esc(page["site"]), esc(w["copyright"]), tag))


def chunks_js(rng, base, n=12):
    return "".join('<script src="%s/%s.%x.js" defer></script>\n' % (base, rng.choice(["main", "vendor", "runtime", "polyfills", "article", "comments", "ads"]),
                                                                    rng.getrandbits(40)) for _ in range(n))


# ---------------------------------------------------------------- article bodies

def figure_html(page, rng, px, cap, cls="figure"):
    return ('<figure class="%s-%s"><picture><source type="image/webp" srcset="https://static.%s/img/%d_800.webp 800w, https://static.%s/img/%d_1600.webp 1600w">'
            '<img src="https://static.%s/img/%d_800.jpg" alt="" width="800" height="450" loading="lazy"></picture><figcaption>%s <span class="%s-credit">© %s</span></figcaption></figure>\n'
            % (px, cls, page["domain"], rng.randint(1, 99999), page["domain"], rng.randint(1, 99999), page["domain"], rng.randint(1, 99999),
               inline(cap, page, rng), px, esc(page["site"])))


def body_html(page, rng, px, blocks, p_open="<p>", collapse_cls="more hidden", js_links=False, gallery_cls="gallery", collapse_attrs=""):
    w = L[page["lang"]]
    out = []
    open_collapse = False
    js_group = []

    def flush_js():
        if js_group:
            out.append('<a href="javascript:void(0)" onclick="openArticle(%d)">\n%s</a>\n' % (rng.randint(1, 999), "".join(js_group)))
            js_group.clear()

    for idx, (kind, v) in enumerate(blocks):
        if kind == "p":
            ph = "%s%s</p>\n" % (p_open, inline(v, page, rng))
            if js_links and idx % 4 != 3:
                js_group.append(ph)
                if len(js_group) == 2:
                    flush_js()
            else:
                flush_js()
                out.append(ph)
            continue
        flush_js()
        if kind == "h2":
            out.append("<h2>%s</h2>\n" % inline(v, page, rng))
        elif kind == "gallery":
            out.append('<div class="%s-%s" data-count="%d">\n' % (px, gallery_cls, len(v)))
            for i, c in enumerate(v):
                out.append('<figure class="%s-%s__item"><img src="https://static.%s/gallery/%d.jpg" alt="" loading="lazy"><figcaption>%s</figcaption>'
                           '<span class="%s-%s__counter">%d / %d</span></figure>\n' % (px, gallery_cls, page["domain"], rng.randint(1, 99999),
                                                                                   inline(c, page, rng), px, gallery_cls, i + 1, len(v)))
            out.append("</div>\n")
        elif kind == "figure":
            out.append(figure_html(page, rng, px, v))
        elif kind == "readalso":
            h = w["headlines"][v % len(w["headlines"])]
            out.append('<div class="%s-readalso"><span class="%s-readalso__label">%s</span><a href="%s"><img src="https://static.%s/img/%d_160.jpg" alt="">%s</a></div>\n'
                       % (px, px, esc(w["read_also"]), url(page, rng), page["domain"], rng.randint(1, 99999), esc(h)))
        elif kind == "ad":
            out.append(ad(rng, px, "incontent"))
        elif kind == "collapse":
            out.append('<div class="%s-%s"%s>\n' % (px, collapse_cls, collapse_attrs))
            open_collapse = True
    flush_js()
    if open_collapse:
        out.append('</div>\n<a class="%s-toggle" href="javascript:void(0)">%s</a>\n' % (px, esc(w["read_more"])))
    return "".join(out)


def byline(page, rng, px):
    w = L[page["lang"]]
    return ('<div class="%s-byline"><img class="%s-byline__photo" src="/authors/%d.jpg" alt="" width="40" height="40"><a class="%s-byline__author" rel="author" href="/authors/%d/">%s</a>'
            '<time class="%s-byline__date" datetime="%s">14 %s 2024, %s</time><span class="%s-byline__read">%d %s</span></div>\n'
            % (px, px, rng.randint(1, 99), px, rng.randint(1, 99), esc(page["author"]), px, page["date"], esc(w["month"]), page["date"][11:16],
               px, rng.randint(3, 9), esc(w["minutes"])))


