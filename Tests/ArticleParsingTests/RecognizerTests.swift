@testable import ArticleParsing
import Testing

/// Tables for the line recognisers the parser is built from.
struct RecognizerTests {
    @Test(arguments: [
        ("Friday, January 4, 2019", true),
        ("June 17, 2021", true),
        ("4 June 2021", true),
        ("2021-06-18", true),
        ("2021-06-18T09:30:00Z", true),
        ("18/06/2021", true),
        ("18.06.2021", true),
        ("Updated 3:15 PM EDT, Jun 18, 2021", true),
        ("Published: Jun. 18, 2021 at 10:02 a.m. ET", true),
        ("Thu 17 Jun 2021 14.05 BST", false),  // "14.05" is not a time we accept
        ("Sunday, October 18, 2020", true),
        ("May 5", true),
        ("March 2021", true),
        ("Last updated on 5th May 2022 | 08:15 UTC+8", true),
        ("March", false),
        ("2019", false),
        ("10:00", false),
        ("May the best team win", false),
        ("Friday, January 4, 2019, was a cold day.", false),
        ("Article last amended: Mar 17 at 3:24:55 UTC (history)", false),
        ("The talks began on June 17, 2021", false),
        ("2021-13", false),
    ])
    func dateLines(line: String, isDate: Bool) {
        #expect(DateLineRecognizer.isDateLine(line) == isDate)
    }

    @Test(arguments: [
        ("By Ana Ruiz", "Ana Ruiz", nil),
        ("By Ana Ruiz and Tom Bell, Coastline Wire", "Ana Ruiz and Tom Bell, Coastline Wire", nil),
        ("BY J. K. OKAFOR", "J. K. OKAFOR", nil),
        ("Written by Lena van der Berg", "Lena van der Berg", nil),
        ("By Ana Ruiz | June 18, 2021", "Ana Ruiz", "June 18, 2021"),
        ("By The Associated Press", "The Associated Press", nil),
        ("By Tuesday, officials said the road would reopen", nil, nil),
        ("By the numbers", nil, nil),
        ("by Ana Ruiz", nil, nil),
        ("By 2030 the port will double", nil, nil),
        ("By Ana Ruiz.", nil, nil),
        ("Bystanders watched", nil, nil),
    ] as [(String, String?, String?)])
    func bylines(line: String, names: String?, date: String?) {
        let match = BylineRecognizer.match(line)
        #expect(match?.names == names)
        #expect(match?.date == date)
    }

    @Test(arguments: [
        ("President, Xi, Jinping, meets, Supreme, Leader, Kim", true),
        ("Kim, Jong, Un, 3rd, Meeting, 8th, Committee", true),
        ("Mayor, Okafor, Signs, Ferry, Accord", true),
        ("U.S., Senate, Vote, Budget", true),
        ("Harbour, Port Ellwyn, Ferry, Trials", true),
        ("Harbour Master, Port Ellwyn, Ferry", false),  // fewer than half are single words
        ("Paris, Berlin, and Rome are the capitals", false),
        ("bread, milk, eggs, butter", false),
        ("Paris, France", false),
        ("Okafor, who signed, said it was fine.", false),
        ("Sunday, October 18, 2020", false),
        ("Fan Expo Canada 2019 offers celebrities, cosplay, panels", false),
        ("\"Yes,\" Okafor said, \"we will.\"", false),
    ])
    func keywordLines(line: String, isKeywords: Bool) {
        #expect(KeywordLineRecognizer.isKeywordLine(line) == isKeywords)
    }

    @Test(arguments: [
        // Unlabelled credits after the last sentence (captions after a keyword line).
        ("The mayor signs the accord. Coastline Press Agency", true, "The mayor signs the accord.", "Coastline Press Agency"),
        ("The ceremony ended late. \"It was worth it,\" the mayor said. Coastline Press Agency", true,
         "The ceremony ended late. \"It was worth it,\" the mayor said.", "Coastline Press Agency"),
        ("Workers repair the pier. AP Photo/Dana Vole", true, "Workers repair the pier.", "AP Photo/Dana Vole"),
        ("Workers repair the pier. Dana Vole/Getty Images.", true, "Workers repair the pier.", "Dana Vole/Getty Images"),
        ("Workers repair the pier. Dana Vole via Strait Herald", true, "Workers repair the pier.", "Dana Vole via Strait Herald"),
        ("Workers repair the pier in June 2021", true, "Workers repair the pier in June 2021", nil),
        ("Workers repair the pier. The work took two weeks.", true, "Workers repair the pier. The work took two weeks.", nil),
        ("Workers repair the pier. it rained all day", true, "Workers repair the pier. it rained all day", nil),
        ("Workers repair the pier. Pier 9, 2021", true, "Workers repair the pier. Pier 9, 2021", nil),
        ("Workers met J. Vole at the pier", true, "Workers met J. Vole at the pier", nil),
        // Labelled credits.
        ("Workers repair the pier. Photo: Dana Vole/Strait Herald", true, "Workers repair the pier.", "Dana Vole/Strait Herald"),
        ("Workers repair the pier (Photo: Dana Vole)", true, "Workers repair the pier", "Dana Vole"),
        ("Workers repair the pier (Dana Vole/Strait Herald)", true, "Workers repair the pier", "Dana Vole/Strait Herald"),
        ("Workers repair the pier | Credit: Strait Herald", true, "Workers repair the pier", "Strait Herald"),
        ("Harry Lane Image: Dana Vole.", false, "Harry Lane", "Dana Vole"),
        ("Leaders meet at the harbourImage: The Harbour Trust.", false, "Leaders meet at the harbour", "The Harbour Trust"),
        ("Workers repair the pier. Photograph by Dana Vole", false, "Workers repair the pier.", "Dana Vole"),
        // Not credits.
        ("He described the image: a pier in flames", false, "He described the image: a pier in flames", nil),
        ("The photo: it showed the pier. Then the storm came and the crowd left.", true,
         "The photo: it showed the pier. Then the storm came and the crowd left.", nil),
        ("Workers repair the pier. Coastline Press Agency", false, "Workers repair the pier. Coastline Press Agency", nil),
    ] as [(String, Bool, String, String?)])
    func captionCredits(caption: String, allowUnlabelled: Bool, text: String, credit: String?) {
        let split = CaptionCreditSplitter.split(caption, allowUnlabelled: allowUnlabelled)
        #expect(split.text == text)
        #expect(split.credit == credit)
    }

    @Test(arguments: [
        ("Advertisement", true),
        ("ADVERTISEMENT", true),
        ("Read more: How a market stall became a regional brand", true),
        ("Related: Ferry talks collapse for the third time", true),
        ("Subscribe to our newsletter", true),
        ("Sign up for our daily briefing", true),
        ("Editor's pick", true),
        ("Editors’ picks", true),
        ("Unlimited digital access", true),
        ("Ad free experience", true),
        ("All newsletters + podcasts", true),
        ("iOS and Android app access", true),
        ("Share this article", true),
        ("Follow us on social media", true),
        ("© 2022 Harbor Weekly. All rights reserved.", true),
        ("Copyright 2022 Coastline Wire", true),
        ("5 min read", true),
        ("Customers who hold a bread subscription will be able to collect their loaves.", false),
        ("The company raised its subscription price by 20 percent last year.", false),
        ("Join us.", false),
        ("Podcast listeners", false),  // exactly half: not "most"
        ("Newsletter and podcast sales grew", false),  // 2 of 5
        ("Related to this, the ministry said it would review the contract.", false),
        ("\"Subscribe or lose out,\" the publisher told investors.", false),
        ("The newsletter, which the council sends to every household, carried the notice.", false),
        ("Harbor Weekly cover", false),
        ("What changed", false),
        (String(repeating: "subscribe ", count: 41), false),
    ])
    func boilerplate(text: String, isBoilerplate: Bool) {
        #expect(BoilerplateLexicon.isBoilerplate(text) == isBoilerplate)
    }

    /// A promotional prefix makes a link or label boilerplate, never a sentence.
    @Test(arguments: [
        // Sentences that start like promotion: a clause after the prefix, a comma before the
        // end, a prefix word that is only a prefix of the sentence's word, or a label noun
        // used as a modifier.
        ("Read more about the plan in Sunday's edition, the editor said.", false),
        ("Subscribers to the paper's print edition fell by a third, the company said.", false),
        ("Follow-up talks are planned for June.", false),
        ("Sign-up rates doubled after the ferry reopened.", false),
        ("Sign up sheets were handed out at the harbour office.", false),
        ("Subscribe, the publisher urged readers in a letter on Friday.", false),
        ("Follow us to the harbour, the guide told the visitors.", false),
        ("Share this year's prize with the crew, the judges said.", false),
        ("Don't miss the deadline, officials warned residents.", false),
        ("Advertisement revenue fell by a third last year.", false),
        ("Copyright lawyers said the case could take years.", false),
        ("Copyright questions", false),
        ("More from the council is expected on Friday.", false),
        ("Related coverage plans were cut, the network said.", false),
        ("Download the full report, the ministry told reporters.", false),
        ("Read more about the plan in Sunday's edition and in the council minutes that were published on Friday.", false),
        // Links, buttons and labels.
        ("Read more", true),
        ("Read more »", true),
        ("Read more about the plan", true),
        ("Read more about the plan in Sunday's edition.", true),
        ("Read more about the ferry plan \u{2192}", true),
        ("Read more: Why the ferry is late", true),
        ("Related: Council says the ferry will run again", true),
        ("Want more? Sign up for our newsletter", true),
        ("Subscribe now!", true),
        ("Subscribe to our newsletter.", true),
        ("Sign up for our newsletter so you can get the best stories", true),
        ("Sign up and you'll never miss a story", true),
        ("Follow us on Twitter.", true),
        ("Follow us on Facebook, Twitter and Instagram.", true),
        ("Download the app", true),
        ("Get our free newsletter", true),
        ("Advertisement - Scroll to continue", true),
        ("Copyright © 2022 Harbor Weekly", true),
        ("Copyright 2022 Coastline Wire.", true),
        ("More from Harbor Weekly", true),
        ("More from our partners", true),
        ("Article continues after advertisement", true),
    ])
    func promotionalPrefixes(text: String, isBoilerplate: Bool) {
        #expect(BoilerplateLexicon.isBoilerplate(text) == isBoilerplate)
    }

    /// The text after a keyword line is a caption when it carries a credit or describes a
    /// photo; an ordinary paragraph is not.
    @Test(arguments: [
        // Credits.
        ("Harbour, Ferry, Okafor, Accord", "The mayor signs. Coastline Press Agency", true),
        ("Harbour, Ferry, Okafor, Accord", "The mayor signed the accord on Tuesday. Coastline Press Agency", true),
        ("Harbour, Ferry, Okafor, Accord", "Caption: the mayor signed the accord.", true),
        ("Harbour, Ferry, Okafor, Accord", "The mayor signed the accord. Photo: Dana Vole", true),
        // Photo descriptions: present tense, third person, about what the keywords name.
        ("Market, Square, Flood, Verrin, River", "Stallholders sweep mud from the cobbles of the market square in Verrin on Wednesday morning.", true),
        ("Paris, London, Berlin", "Ministers from Paris, London and Berlin arrive for talks in Brussels on Monday.", true),
        ("Ferry, Okafor, Accord", "Okafor, left, is greeted by harbour staff after the signing of the ferry accord.", true),
        ("Ferry, Prototype, Trials", "A newly built prototype ferry completes sea trials off Port Ellwyn.", true),
        ("Rose, Byrne, Premiere, Sydney", "Rose Byrne poses on the red carpet at the premiere in Sydney.", true),
        // Ordinary paragraphs: narrated, reported, in the past or future, a question, first
        // person, long, or about something the keywords do not name.
        ("Paris, London, Berlin", "The ministers met in the capital on Monday to discuss the ferry.", false),
        ("Paris, London, Berlin", "Paris, London and Berlin have all bid to host the Games.", false),
        ("Paris, London, Berlin", "Ministers from Paris signed the accord in Brussels on Monday.", false),
        ("Paris, London, Berlin", "Paris will host the next round of talks, officials said.", false),
        ("Paris, London, Berlin", "According to the ministry, Paris hosts the next round.", false),
        ("Paris, London, Berlin", "Each city hosts a summit in turn.", false),
        ("Paris, London, Berlin", "Why does Paris host the talks again?", false),
        ("Paris, London, Berlin", "We arrive in Paris on Monday morning.", false),
        ("Paris, London, Berlin", "\"Paris first,\" reads the banner.", false),
        ("Paris, London, Berlin", "Paris hosts the talks. London hosts the summit. Berlin hosts the signing.", false),
        ("Paris, London, Berlin", "Paris " + String(repeating: "and its harbour towns ", count: 15) + "host the talks.", false),
    ])
    func captionsAfterKeywordLines(keywordLine: String, text: String, isCaption: Bool) {
        #expect(CaptionRecognizer.isCaption(text, afterKeywordLine: keywordLine) == isCaption)
    }

    @Test(arguments: [
        ("Stallholders sweep mud from the cobbles.", false),
        ("Workers are seen repairing the pier.", false),
        ("A man injured by the blast is carried to an ambulance.", false),
        ("The flooded square is empty.", false),
        ("Drew and Will Dunham pose at the harbour.", false),
        ("The mayor signed the accord.", true),
        ("Bolton previously served as ambassador.", true),
        ("The talks agreed a timetable.", true),
        ("Ministers met on Monday.", true),
        ("She'll present the plan in Paris.", true),
        ("According to the ministry, talks continue.", true),
        ("Prices rose sharply.", true),
        ("The family gathered at the pier.", true),
    ])
    func narration(text: String, narrates: Bool) {
        #expect(ClauseWords.narrates(ClauseWords.words(of: text)) == narrates)
    }

    @Test(arguments: [
        ("MARLOW BAY, June 18 (Coastline Wire) - The council voted.", "MARLOW BAY, June 18 (Coastline Wire)"),
        ("CAPE ALDINE, 18 June \u{2014} Two keepers moved in.", "CAPE ALDINE, 18 June"),
        ("VESSING (Coastline Wire) - Trains stopped.", nil),
        ("Marlow Bay, June 18 - The council voted.", nil),
        ("The council voted on June 18 - a first.", nil),
    ] as [(String, String?)])
    func placeDatelines(paragraph: String, dateline: String?) {
        #expect(PlaceDatelineRecognizer.dateline(in: paragraph) == dateline)
    }
}
