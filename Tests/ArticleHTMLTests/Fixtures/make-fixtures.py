#!/usr/bin/env python3
"""Writes the HTML fixture pages and their expected text (NAME.html, NAME.expected.txt).

Every article, name, place and site here is fictional and written for Byline's tests. Each
page wraps its article in a different kind of clutter (navigation, share bars, newsletter
and cookie prompts, comments, related lists, ads, paywall notes) and some use legacy
character sets. The expected text is the headline on the first line, a blank line, then
the article's blocks (paragraphs, headings, list items, quotes, table rows, captions
without their credit) one per line. Run it from this folder: python3 make-fixtures.py
"""
import html, json

NAV = '''<header class="site-header"><div class="logo"><a href="/">{site}</a></div>
<nav class="main-nav"><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li>
<li><a href="/business">Business</a></li><li><a href="/culture">Culture</a></li><li><a href="/opinion">Opinion</a></li></ul></nav>
<form class="search"><input type="text" name="q" placeholder="Search"><button>Go</button></form></header>'''
FOOTER = '''<footer class="site-footer"><p>&copy; 2024 {site}. All rights reserved.</p>
<ul><li><a href="/about">About us</a></li><li><a href="/privacy">Privacy policy</a></li><li><a href="/terms">Terms of use</a></li><li><a href="/contact">Contact</a></li></ul></footer>'''
SHARE = '''<div class="share-bar"><span>Share this article</span><a href="https://facebook.example/share">Facebook</a>
<a href="https://twitter.example/intent">Twitter</a><a href="mailto:?subject=story">Email</a></div>'''
NEWSLETTER = '''<div class="newsletter-signup"><h3>Get the morning briefing</h3><p>Sign up for our free newsletter and get the day's top stories in your inbox every weekday at 7am.</p>
<form><input type="email" placeholder="Your email"><button>Sign up</button></form></div>'''
COOKIE = '''<div id="cookie-consent" class="cookie-banner"><p>We use cookies to improve your experience, to measure audiences and to show you relevant advertising. By continuing to browse you agree to our use of cookies.</p><button>Accept all</button><button>Manage settings</button></div>'''
RELATED = '''<section class="related-stories"><h2>Related stories</h2><ul>
<li><a href="/news/ferry-timetable">Ferry timetable changes again as winter storms close the northern route</a></li>
<li><a href="/news/council-budget">Council budget vote delayed until spring after late objections from traders</a></li>
<li><a href="/news/harbour-lights">Harbour lights festival draws record crowds for its tenth year running</a></li></ul></section>'''
MOSTREAD = '''<aside class="sidebar"><div class="widget most-read"><h3>Most read</h3><ol>
<li><a href="/a">Storm warning issued for the whole coast tonight</a></li><li><a href="/b">Schools to reopen on Monday after heating repairs</a></li>
<li><a href="/c">Local bakery wins national prize for its rye loaf</a></li></ol></div></aside>'''
ADS = '<div class="ad-slot ad-leaderboard"><span class="ad-label">Advertisement</span><div id="div-gpt-ad-1"></div></div>'
COMMENTS = '''<section id="comments" class="comments-area"><h2>12 comments</h2><ol class="comment-list">
<li class="comment"><div class="comment-author">Brannick Moor</div><div class="comment-body"><p>I have lived by the harbour for thirty years and I have never seen the council move this quickly on anything, which makes me wonder what else has been agreed behind closed doors, frankly.</p></div></li>
<li class="comment"><div class="comment-author">Ysolde P.</div><div class="comment-body"><p>Good news for the families on the east side, who have waited long enough for a decent crossing, but the fares will decide whether anyone actually uses it, and nobody has said a word about fares.</p></div></li>
<li class="comment"><div class="comment-author">Tamsin Orrell</div><div class="comment-body"><p>Another consultation, another promise, another year. Wake me when the first boat actually sails, because until then this is just a press release with a picture of a boat on it.</p></div></li>
</ol><div class="comment-respond"><h3>Leave a comment</h3><form><textarea></textarea><button>Post comment</button></form></div></section>'''
PAYWALL = '<div class="paywall-prompt"><p>You have read 3 of 5 free articles this month. Subscribe now for unlimited access from just $1 a week.</p></div>'
TAGS = '<div class="tags"><span>Topics:</span><a href="/t/ferries">Ferries</a><a href="/t/council">Council</a><a href="/t/transport">Transport</a></div>'
AUTHORBIO = '<div class="author-bio"><img src="/a.jpg" alt=""><p>Odile Marchetti covers transport and local government. She joined the paper in 2015 and previously reported from the capital for eight years.</p></div>'

def page(title, site, head_extra, body, charset='utf-8', lang='en', meta_charset=True):
    meta = f'<meta charset="{charset}">' if meta_charset else ''
    return f'''<!DOCTYPE html>
<html lang="{lang}"><head>{meta}<title>{title} | {site}</title>
<meta property="og:site_name" content="{site}">
<link rel="stylesheet" href="/style.css"><script>window.dataLayer = window.dataLayer || []; function track(e) {{ dataLayer.push(e); }}</script>
<style>.ad-slot {{ min-height: 90px; }} body {{ font-family: serif; }}</style>
{head_extra}</head>
<body>{body}</body></html>
'''

def paragraphs_html(paras):
    out = []
    for kind, text in paras:
        if kind == 'p': out.append(f'<p>{text}</p>')
        elif kind == 'h2': out.append(f'<h2>{text}</h2>')
        elif kind == 'quote': out.append(f'<blockquote><p>{text}</p></blockquote>')
        elif kind == 'li': out.append(text)  # prebuilt list html
        elif kind == 'raw': out.append(text)
    return '\n'.join(out)

def plain(markup):
    """Expected text of an inline-markup paragraph: tags removed, entities decoded."""
    import re
    return html.unescape(re.sub(r'<[^>]+>', '', markup))

fixtures = {}

def add(name, headline, html_text, expected_blocks, encoding='utf-8'):
    fixtures[name] = (html_text, headline, expected_blocks, encoding)

# 1. Plain news story: nav, share bar, figure with credit, footer.
p1 = [
 "The three harbour towns of Brill, Oster and Caddon agreed on Tuesday to run a shared ferry service across the estuary from next summer, ending a dispute that has lasted more than a decade.",
 "Under the plan, two boats will cross every forty minutes between six in the morning and midnight, with a third held in reserve for the busy weeks of August.",
 "&ldquo;We have argued about this for too long,&rdquo; said Maren Holt, who chairs the joint transport committee. &ldquo;People on both shores simply want to get to work.&rdquo;",
 "The councils will share the running costs according to population, with Caddon, the largest of the three, paying just under half.",
 "A public meeting on fares is planned for the first week of March at the Oster community hall.",
]
body1 = NAV.format(site='Estuary Herald') + SHARE + f'''<main><article class="story">
<h1 class="headline">Harbour towns agree on shared ferry service</h1>
<div class="byline">By <a rel="author" href="/staff/odile">Odile Marchetti</a></div>
<time datetime="2024-02-13T08:30:00+00:00">13 February 2024</time>
<figure><img src="/ferry.jpg" alt="A ferry"><figcaption>The ferry Saint Brannoc leaving Brill harbour at dawn. <span class="credit">Photo: Lewin Tasker / Estuary Herald</span></figcaption></figure>
<div class="story-body">{paragraphs_html([('p', x) for x in p1])}</div>
{TAGS}</article></main>''' + FOOTER.format(site='Estuary Herald')
add('news-basic', 'Harbour towns agree on shared ferry service',
    page('Harbour towns agree on shared ferry service', 'Estuary Herald', '<meta name="author" content="Odile Marchetti">', body1),
    ['The ferry Saint Brannoc leaving Brill harbour at dawn.'] + [plain(x) for x in p1])

# 2. Newsletter box mid-article and a cookie banner.
p2 = [
 "Researchers at the Velmora Institute say a common garden moss can absorb twice as much rainwater as the lawns it often replaces, a finding that could change how cities plan their parks.",
 "The team planted test plots on the roofs of four public buildings and measured the run-off after every storm for two years.",
 "Moss-covered plots released water slowly over several hours, while grass plots shed most of it within the first thirty minutes, the study found.",
 "&ldquo;It is not glamorous, but it works,&rdquo; said Dr. Ines Varga, who led the project. &ldquo;And it needs almost no mowing.&rdquo;",
 "The city's parks department said it would try moss on two playgrounds this spring before deciding on wider use.",
]
body2 = COOKIE + NAV.format(site='Northcape Daily') + f'''<div id="content"><article>
<h1>Humble moss could help cities cope with floods, study finds</h1>
<p class="dek-meta">By Kasimir Lund | March 2, 2024</p>
<div class="article-body">{paragraphs_html([('p', x) for x in p2[:3]])}
{NEWSLETTER}
{paragraphs_html([('p', x) for x in p2[3:]])}</div></article></div>''' + FOOTER.format(site='Northcape Daily')
add('newsletter-cookie', 'Humble moss could help cities cope with floods, study finds',
    page('Humble moss could help cities cope with floods, study finds', 'Northcape Daily', '<meta property="article:published_time" content="2024-03-02T10:00:00Z">', body2),
    [plain(x) for x in p2])

# 3. Long comments section after the story.
p3 = [
 "The old signal box at Farrow Junction, closed since 1987, will become a small museum of the railway after volunteers raised the last of the money they needed this week.",
 "The Friends of Farrow Junction collected more than 40,000 crowns in two years, mostly through bake sales, a sponsored walk along the disused line and a raffle of a restored station clock.",
 "Restoration will begin in May. The group plans to reopen the lever frame so that visitors can pull the signals themselves under supervision.",
 "&ldquo;Half the town remembers the trains,&rdquo; said Pell Aldana, the group's treasurer. &ldquo;The other half has heard about them every Sunday lunch.&rdquo;",
]
body3 = NAV.format(site='Valley Courier') + f'''<div class="container"><div class="post">
<h1 class="entry-title">Volunteers save Farrow Junction signal box</h1>
<div class="entry-meta">Posted on April 4, 2024 by Runa Esk</div>
<div class="entry-content">{paragraphs_html([('p', x) for x in p3])}</div>
{SHARE}</div>{COMMENTS}</div>''' + FOOTER.format(site='Valley Courier')
add('comments', 'Volunteers save Farrow Junction signal box',
    page('Volunteers save Farrow Junction signal box', 'Valley Courier', '', body3),
    [plain(x) for x in p3])

# 4. Related list inside the article and a most-read sidebar.
p4 = [
 "Fishing crews in the northern bays landed their smallest herring catch in twenty years last season, the regional fisheries board said on Friday.",
 "The board blamed warmer water, which has pushed the shoals further offshore and into deeper channels that smaller boats cannot safely reach in winter.",
 "Skippers have asked for help to refit their vessels, but the board said any support would depend on next year's national budget.",
 "&ldquo;We are fishing the same water as our grandfathers with half the fish in it,&rdquo; said Tobiah Renk, who runs two boats out of Skelmar.",
 "The board will publish revised quotas in June after a survey of the shoals by its research ship.",
]
body4 = NAV.format(site='Coastline Wire') + '<div class="layout"><div class="main-column"><article class="article">' + \
  '<h1>Herring catch falls to twenty-year low</h1><p class="byline">By Sigrun Vale</p>' + \
  f'<div class="article__body">{paragraphs_html([("p", x) for x in p4[:2]])}{RELATED}{paragraphs_html([("p", x) for x in p4[2:]])}</div>' + \
  '</article></div>' + MOSTREAD + '</div>' + FOOTER.format(site='Coastline Wire')
add('related-lists', 'Herring catch falls to twenty-year low',
    page('Herring catch falls to twenty-year low', 'Coastline Wire', '', body4),
    [plain(x) for x in p4])

# 5. An article split into several containers around ads.
p5 = [
 "The Marrow Valley reservoir is at its lowest level since records began, and the water company has asked households to stop using hoses until further notice.",
 "Engineers say the level fell by almost a metre in August alone, after the driest summer the valley has had in forty years.",
 "Farmers downstream say they have already cut irrigation by a third and fear for the autumn sowing.",
 "&ldquo;We can manage one dry year,&rdquo; said Alvar Keel, who grows barley near Tresk. &ldquo;Two in a row would finish some of us.&rdquo;",
 "The water company said it would open a temporary pipeline from the Lindow lakes if the level falls another half metre.",
 "Its engineers will publish weekly figures on its website from Monday.",
]
body5 = NAV.format(site='Marrow Gazette') + '<main><div class="article-header"><h1>Reservoir hits record low as hose ban begins</h1><span class="author">By Petra Voss</span></div>' + \
  f'<div class="row"><div class="col"><div class="story-text">{paragraphs_html([("p", x) for x in p5[:2]])}</div></div></div>' + ADS + \
  f'<div class="row"><div class="col"><div class="story-text">{paragraphs_html([("p", x) for x in p5[2:4]])}</div></div></div>' + ADS + \
  f'<div class="row"><div class="col"><div class="story-text">{paragraphs_html([("p", x) for x in p5[4:]])}</div></div></div></main>' + FOOTER.format(site='Marrow Gazette')
add('multi-container', 'Reservoir hits record low as hose ban begins',
    page('Reservoir hits record low as hose ban begins', 'Marrow Gazette', '', body5),
    [plain(x) for x in p5])

# 6. JSON-LD articleBody, page body only a teaser (rendered by scripts).
p6 = [
 "The Tarnby orchestra will play its first concert in its new hall on Saturday, eight years after the old one was closed because of a leaking roof.",
 "The hall seats 900 and was paid for largely by a bequest from a retired piano teacher, Olwen Brisk, who left her whole estate to the orchestra.",
 "The opening programme mixes a symphony by a local composer with pieces chosen by schoolchildren from the town.",
 "Tickets for the first three concerts sold out within an hour, the orchestra said.",
]
ld6 = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Tarnby orchestra opens its new hall",
       "datePublished": "2024-05-10T18:00:00+02:00", "author": [{"@type": "Person", "name": "Hedda Crane"}, {"@type": "Person", "name": "Joost Pellin"}],
       "publisher": {"@type": "Organization", "name": "Tarnby Post"}, "articleBody": "\n".join(html.unescape(x) for x in p6)}
body6 = NAV.format(site='Tarnby Post') + '<div id="app"><h1>Tarnby orchestra opens its new hall</h1><p class="teaser">The orchestra returns home.</p><div class="loading">Loading…</div></div>' + FOOTER.format(site='Tarnby Post')
add('jsonld-body', 'Tarnby orchestra opens its new hall',
    page('Tarnby orchestra opens its new hall', 'Tarnby Post', f'<script type="application/ld+json">{json.dumps(ld6)}</script>', body6),
    [html.unescape(x) for x in p6])

# 7. Windows-1252 page.
p7 = [
 "The Grenholm bridge will close for six weeks from Monday while workers replace its 70-year-old deck, the roads agency said.",
 "Drivers will be sent on a 14-kilometre diversion through Askerby – roughly 20 minutes longer at peak times.",
 "“It’s the right time of year for it,” said the agency’s project manager, Leif Damsgaard. “Traffic is at its lowest in January.”",
 "Cyclists and pedestrians can still cross on a temporary footbridge… which opens on Sunday.",
]
body7 = NAV.format(site='Grenholm Tidende') + '<div class="content"><h1>Grenholm bridge to close for repairs</h1>' + \
  '<div class="text">' + ''.join(f'<p>{x}</p>' for x in p7) + '</div></div>' + FOOTER.format(site='Grenholm Tidende')
add('windows-1252', 'Grenholm bridge to close for repairs',
    page('Grenholm bridge to close for repairs', 'Grenholm Tidende', '', body7, charset='windows-1252'),
    p7, encoding='cp1252')

# 8. ISO-8859-1 declared through http-equiv (decoded as Windows-1252, as browsers do).
p8 = [
 "La biblioteca municipal de Santa Írea reabrirá el lunes tras dos años de obras, con el doble de espacio para los lectores más jóvenes.",
 "El edificio, de 1912, conserva su fachada original, pero el interior se ha rehecho por completo y ahora tiene ascensor.",
 "«Queríamos que los niños sintieran que este lugar es suyo», dijo la directora, Maribel Ocaña.",
 "La biblioteca abrirá de nueve de la mañana a ocho de la tarde, también los sábados.",
]
body8 = NAV.format(site='Diario de Írea') + '<div id="main"><div class="noticia"><h1>La biblioteca de Santa Írea reabre sus puertas</h1>' + \
  ''.join(f'<p>{x}</p>' for x in p8) + '</div></div>' + FOOTER.format(site='Diario de Írea')
add('latin-1', 'La biblioteca de Santa Írea reabre sus puertas',
    page('La biblioteca de Santa Írea reabre sus puertas', 'Diario de Írea', '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">', body8, lang='es', meta_charset=False),
    p8, encoding='latin-1')

# 9. Shift_JIS (Japanese).
p9 = [
 "北川市は十日、市内を走る路面電車の運行を来年春から深夜まで延長すると発表した。",
 "延長は金曜と土曜に限り、最終便は午前零時半に中央駅を出発する。",
 "市交通局の森田亜紀局長は「夜の街に人を戻したい」と話した。",
 "運賃は現在と同じで、追加の費用は市の予算でまかなう。",
]
body9 = '<div id="header"><a href="/">北川新報</a><ul class="menu"><li><a href="/">ホーム</a></li><li><a href="/local">地域</a></li></ul></div>' + \
  '<div id="main-content"><h1>路面電車、深夜まで運行延長へ</h1>' + ''.join(f'<p>{x}</p>' for x in p9) + '</div>' + \
  '<div id="footer"><p>Copyright 北川新報 All rights reserved.</p></div>'
add('shift-jis', '路面電車、深夜まで運行延長へ',
    page('路面電車、深夜まで運行延長へ', '北川新報', '', body9, charset='Shift_JIS', lang='ja'),
    p9, encoding='shift_jis')

# 10. GBK (Chinese).
p10 = [
 "青河县今年的苹果产量比去年增加了三成，果农们正忙着采摘和装箱。",
 "县农业局表示，增产主要得益于春季雨水充足和新建的灌溉渠。",
 "果农李春生说：“今年的苹果又大又甜，价格也不错。”",
 "部分苹果将首次通过铁路运往南方城市销售。",
]
body10 = '<div class="nav"><a href="/">首页</a> <a href="/news">新闻</a></div><div class="article"><h1>青河县苹果喜获丰收</h1>' + \
  '<div class="article-content">' + ''.join(f'<p>{x}</p>' for x in p10) + '</div></div><div class="footer">版权所有</div>'
add('gbk', '青河县苹果喜获丰收',
    page('青河县苹果喜获丰收', '青河日报', '', body10, charset='gb2312', lang='zh'),
    p10, encoding='gbk')

# 11. EUC-KR (Korean).
p11 = [
 "한별시는 올해 겨울부터 시내버스 첫차 시간을 오전 다섯 시로 앞당긴다고 밝혔다.",
 "새벽에 일하는 시민들의 출근길 불편을 줄이기 위한 조치다.",
 "시 관계자는 \"노선별 이용객 조사를 거쳐 순차적으로 확대하겠다\"고 말했다.",
]
body11 = '<div id="gnb"><ul><li><a href="/">홈</a></li><li><a href="/s">사회</a></li></ul></div><div id="articleBody"><h1>한별시, 버스 첫차 시간 앞당긴다</h1>' + \
  ''.join(f'<p>{x}</p>' for x in p11) + '</div><div id="footer">무단 전재 및 재배포 금지</div>'
add('euc-kr', '한별시, 버스 첫차 시간 앞당긴다',
    page('한별시, 버스 첫차 시간 앞당긴다', '한별일보', '', body11, charset='euc-kr', lang='ko'),
    p11, encoding='euc_kr')

# 12. Explainer with headings, a list, a block quote and a table.
body12 = NAV.format(site='Civic Ledger') + '''<main><article><h1>What the new recycling rules mean for you</h1>
<p class="standfirst-meta">By Anouk Threlkeld</p>
<div class="article-content">
<p>From the first of July every household in the district will get three bins instead of two, and what goes in each one changes.</p>
<h2>Which bin is which?</h2>
<ul><li>Blue: paper, card and clean cardboard</li><li>Green: glass bottles and jars</li><li>Grey: everything that cannot be recycled</li></ul>
<h2>How often will they be emptied?</h2>
<table><thead><tr><th>Bin</th><th>Collection</th></tr></thead><tbody><tr><td>Blue</td><td>Every two weeks</td></tr><tr><td>Green</td><td>Every four weeks</td></tr><tr><td>Grey</td><td>Weekly</td></tr></tbody></table>
<blockquote><p>Most people already sort their rubbish; this just makes it official.</p></blockquote>
<p>The district says the change should cut the rubbish sent to landfill by a quarter within two years.</p>
</div></article></main>''' + FOOTER.format(site='Civic Ledger')
add('explainer', 'What the new recycling rules mean for you',
    page('What the new recycling rules mean for you', 'Civic Ledger', '', body12),
    ['From the first of July every household in the district will get three bins instead of two, and what goes in each one changes.',
     'Which bin is which?', 'Blue: paper, card and clean cardboard', 'Green: glass bottles and jars', 'Grey: everything that cannot be recycled',
     'How often will they be emptied?', 'Bin | Collection', 'Blue | Every two weeks', 'Green | Every four weeks', 'Grey | Weekly',
     'Most people already sort their rubbish; this just makes it official.',
     'The district says the change should cut the rubbish sent to landfill by a quarter within two years.'])

# 13. Character references, including ones that would be control characters.
body13 = NAV.format(site='Quarry Times') + '''<div class="post-content"><h1>Quarry reopens after safety review</h1>
<p>The Hallam quarry reopened on Thursday after a three&#150;month safety review found no fault with its blasting procedures&#8230; the owners said.</p>
<p>Inspectors asked for a new fence along the northern rim&#27; and a second siren&#x9b; which have both been installed.</p>
<p>&quot;We are glad to be back at work,&quot; said foreman Dagny Strom &amp; her crew of twelve.</p>
</div>''' + FOOTER.format(site='Quarry Times')
add('character-references', 'Quarry reopens after safety review',
    page('Quarry reopens after safety review', 'Quarry Times', '', body13),
    ['The Hallam quarry reopened on Thursday after a three–month safety review found no fault with its blasting procedures… the owners said.',
     'Inspectors asked for a new fence along the northern rim and a second siren› which have both been installed.',
     '"We are glad to be back at work," said foreman Dagny Strom & her crew of twelve.'])

# 14. Blog with sidebar widgets, author bio, tags and pagination.
p14 = [
 "I have kept bees on the allotment for six summers now, and this was the first year the colonies came through the winter without a single loss.",
 "The difference, I think, was the windbreak. Last autumn I planted a short hedge of hawthorn and hazel along the western edge, and the hives no longer take the full force of the gales.",
 "The bees were flying on the first warm day of March, and by May both colonies were strong enough to split.",
 "If you keep bees somewhere exposed, plant something between them and the prevailing wind. It costs little and the bees will thank you for it.",
]
body14 = '<div id="page" class="site">' + NAV.format(site='Allotment Notes') + '<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main">' + \
  '<article class="post type-post"><header class="entry-header"><h1 class="entry-title">A winter without losses</h1><div class="entry-meta"><span class="posted-on">May 20, 2024</span> <span class="author">Wren Halloway</span></div></header>' + \
  f'<div class="entry-content">{paragraphs_html([("p", x) for x in p14])}</div>' + TAGS + AUTHORBIO + '</article>' + \
  '<nav class="post-navigation"><a href="/prev">&larr; Swarm season</a> <a href="/next">Honey harvest &rarr;</a></nav></main></div>' + \
  '<aside id="secondary" class="widget-area"><section class="widget widget_categories"><h2>Categories</h2><ul><li><a href="/c/bees">Bees</a></li><li><a href="/c/veg">Vegetables</a></li></ul></section>' + \
  '<section class="widget widget_archive"><h2>Archives</h2><ul><li><a href="/2024/05">May 2024</a></li><li><a href="/2024/04">April 2024</a></li></ul></section></aside></div></div>' + FOOTER.format(site='Allotment Notes')
add('blog-sidebar', 'A winter without losses',
    page('A winter without losses', 'Allotment Notes', '', body14),
    [plain(x) for x in p14])

# 15. Ads, sponsored promos and a paywall note; a dateline opening the story.
p15 = [
 "HARBOURTON, June 18 (Coastline Wire) — Dock workers at the port of Harbourton voted on Wednesday to accept a new pay deal, ending a week of strikes that left dozens of ships waiting offshore.",
 "The deal gives workers a 6 percent rise this year and another 4 percent next year, the union said.",
 "The port authority said the first ships would be unloaded within hours and the backlog cleared by the weekend.",
 "&ldquo;Nobody wanted this to go on,&rdquo; said union secretary Bertil Frame. &ldquo;But nobody wanted to go back for nothing either.&rdquo;",
]
body15 = NAV.format(site='Coastline Wire') + ADS + '<div class="page"><div class="article-wrap"><h1>Harbourton dock workers accept pay deal</h1>' + \
  f'<div class="body-copy"><p>{p15[0]}</p>{ADS}<p>{p15[1]}</p><div class="sponsored-content promo"><a href="/offer"><p>Sponsored: Find out how much your home is worth in 60 seconds with our free valuation tool</p></a></div><p>{p15[2]}</p>{ADS}<p>{p15[3]}</p></div>' + \
  PAYWALL + '</div></div>' + FOOTER.format(site='Coastline Wire')
add('ads-paywall-dateline', 'Harbourton dock workers accept pay deal',
    page('Harbourton dock workers accept pay deal', 'Coastline Wire', '', body15),
    [plain(x) for x in p15])

# 16. Liveblog-style page whose article sits in a layout table (older sites).
p16 = [
 "The Kessel valley railway will run steam trains again this summer after its only working locomotive passed a boiler inspection on Monday.",
 "The engine, built in 1924, spent two winters in the workshop while volunteers replaced more than four hundred tubes.",
 "Trains will run every Sunday from June to September, with extra services during the school holidays.",
]
body16 = '<table width="100%" class="layout"><tr><td class="nav-cell"><a href="/">Home</a><br><a href="/timetable">Timetable</a><br><a href="/shop">Shop</a></td>' + \
  '<td class="main-cell"><h1>Steam returns to the Kessel valley</h1>' + ''.join(f'<p>{x}</p>' for x in p16) + '</td></tr></table>' + \
  '<p class="footer-note">Kessel Valley Railway Society, registered charity.</p>'
add('layout-table', 'Steam returns to the Kessel valley',
    page('Steam returns to the Kessel valley', 'Kessel Valley Railway', '', body16),
    p16)

for name, (text, headline, blocks, encoding) in fixtures.items():
    data = text.encode(encoding)
    if name == 'news-basic':
        data = b'\xef\xbb\xbf' + data
    with open(name + '.html', 'wb') as f:
        f.write(data)
    with open(name + '.expected.txt', 'w', encoding='utf-8') as f:
        f.write(headline + '\n\n' + '\n'.join(blocks) + '\n')
print(len(fixtures), 'fixtures')
