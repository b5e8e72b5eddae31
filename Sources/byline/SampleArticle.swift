/// The built-in sample article that `byline` opens when it is run in a terminal with no file
/// and nothing on standard input. Written by the Byline team for this purpose (fictional
/// people, places and organisations); it exercises every feature as it arrives: a headline,
/// byline and dateline, quotations with speakers, named entities with aliases, image blocks
/// with captions and credits, and a trailing promotional block that the parser drops.
enum SampleArticle {
    /// Where the sample says it came from, in the status line and the JSON `source` field.
    static let source = "built-in sample"

    /// The sample in Byline's plain-text article layout.
    static let text = """
    Harbour City Council Votes to Restore the Old Ferry Line After 'Years of Waiting'

    By Mira Castellanos and Tomasz Ilves

    Thursday, March 12, 2026

    Valmont, Norland — The Harbour City Council voted 9 to 2 on Wednesday night to bring back the \
    ferry line between the old port and the island of Skerry, closed since the storms of 2019, \
    after a campaign led by residents of both shores.

    "This is the day the island stops being an afterthought," said Council President Adaeze \
    Okonkwo-Hart, who cast the deciding vote in committee last month. "We heard people who were \
    spending three hours a day on buses to reach the hospital."

    The Norland Transport Agency (NTA) will run the service from the spring of 2027. According to \
    the agency's own plan, two electric vessels will make twelve crossings a day, at a fare of \
    2.40 crowns.

    Not everyone is convinced. "The numbers in the plan assume a ridership we have never seen on \
    any route in this region," councillor Pieter Vandermolen told reporters after the vote. \
    Vandermolen, who voted against, said the agency had "not answered a single question" about \
    maintenance costs.

    Okonkwo-Hart dismissed the criticism. "Every new line looks expensive on the day it is \
    approved," she said. "Nobody asks what the bridge cost once it is built."

    The NTA said in a statement that it "expects the line to cover its running costs within five \
    years", and that the vessels would be built at the Kessel yard in Port Aurelia.

    Ferry, Skerry, Harbour, Crossing, 2019
    The last ferry to Skerry leaves the old port of Harbour City in October 2019, weeks before \
    the storms that closed the line. Photo: Lena Brandvold / Valmont Daily Archive

    Residents in Skerry greeted the decision with relief. "My daughter can finally take a job in \
    the city," said Ingrid Solheim, 54, who runs the island's only bakery. "We have waited long \
    enough."

    Width test: 日本語のテキストは空白なしで折り返されます。한국어 문장도 잘 보여야 합니다. \
    Emoji such as 🚢 and ⛴️ take the columns the terminal gives them, and a tab\tstays aligned.

    Island, Bakery, Residents
    Ingrid Solheim opens her bakery on Skerry at dawn, before the first bus leaves for the \
    mainland.

    ---

    Subscribe to the Valmont Daily Courier
      • Unlimited access to every article
      • Ad-free reading
      • All newsletters and podcasts
    Sign up today
    """
}
