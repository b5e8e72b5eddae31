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
