import ArticleModel
import Foundation
import Testing

/// The JSON shape documented on `Article+Codable`: flat metadata keys plus `blocks`, `credit`
/// only on captions, kind names as raw values.
struct ArticleJSONTests {
    static let sample = Article(
        metadata: ArticleMetadata(
            headline: "Harbour towns agree on ferry plan", byline: "Ana Ruiz", date: "June 18, 2021",
            source: "notes/ferry.txt", format: .plainText
        ),
        blocks: [
            Block(kind: .headline, text: "Harbour towns agree on ferry plan"),
            Block(kind: .paragraph, text: "The councils agreed on Tuesday."),
            Block(kind: .caption, text: "The mayor signs the accord.", credit: "Coastline Press Agency"),
            Block(kind: .caption, text: "A ferry at dawn."),
            Block(kind: .listItem, text: "Three new vessels"),
            Block(kind: .heading, text: "What happens next"),
            Block(kind: .blockquote, text: "We waited long enough."),
        ]
    )

    static func jsonObject(_ article: Article) throws -> [String: Any] {
        let data = try JSONEncoder().encode(article)
        let object = try JSONSerialization.jsonObject(with: data)
        return try #require(object as? [String: Any])
    }

    @Test func topLevelKeysAreFlat() throws {
        let object = try Self.jsonObject(Self.sample)
        #expect(Set(object.keys) == [
            "headline", "byline", "date", "source", "format", "blocks", "quotes", "entities",
            "authors", "published", "url", "siteName", "links", "description", "tags",
        ])
        #expect(object["headline"] as? String == "Harbour towns agree on ferry plan")
        #expect(object["byline"] as? String == "Ana Ruiz")
        #expect(object["date"] as? String == "June 18, 2021")
        #expect(object["source"] as? String == "notes/ferry.txt")
        #expect(object["format"] as? String == "plain-text")
    }

    @Test func webMetadataLevelsAndLinksRoundTrip() throws {
        var article = Self.sample
        article.metadata.authors = ["Ana Ruiz", "Tom Bell"]
        article.metadata.published = "2021-06-18T09:30:00+02:00"
        article.metadata.url = "https://example.org/ferry"
        article.metadata.siteName = "Coastline Daily"
        article.blocks[5].level = 2
        article.blocks.append(Block(kind: .table, text: "Town | Ferries\nBrill | 3"))
        article.links = [Link(range: TextRange(block: 1, start: 4, end: 12), url: "https://example.org/c")]
        let object = try Self.jsonObject(article)
        #expect(object["authors"] as? [String] == ["Ana Ruiz", "Tom Bell"])
        #expect(object["published"] as? String == "2021-06-18T09:30:00+02:00")
        #expect(object["siteName"] as? String == "Coastline Daily")
        let blocks = try #require(object["blocks"] as? [[String: Any]])
        #expect(blocks[5]["level"] as? Int == 2)
        #expect(blocks[1]["level"] == nil)
        #expect(blocks[7]["kind"] as? String == "table")
        let links = try #require(object["links"] as? [[String: Any]])
        #expect(links.first?["url"] as? String == "https://example.org/c")
        #expect(links.first?["start"] as? Int == 4)
        let decoded = try JSONDecoder().decode(Article.self, from: JSONEncoder().encode(article))
        #expect(decoded == article)
    }

    @Test func descriptionTagsAndCodeBlocksRoundTrip() throws {
        var article = Self.sample
        article.metadata.description = "Three towns share two ferries from May."
        article.metadata.tags = ["transport", "coast"]
        article.blocks.append(Block(kind: .code, text: "let a = 1\n\tlet b = 2"))
        let object = try Self.jsonObject(article)
        #expect(object["description"] as? String == "Three towns share two ferries from May.")
        #expect(object["tags"] as? [String] == ["transport", "coast"])
        let blocks = try #require(object["blocks"] as? [[String: Any]])
        #expect(blocks.last?["kind"] as? String == "code")
        #expect(blocks.last?["text"] as? String == "let a = 1\n\tlet b = 2")
        let decoded = try JSONDecoder().decode(Article.self, from: JSONEncoder().encode(article))
        #expect(decoded == article)
    }

    @Test func absentMetadataIsWrittenAsNull() throws {
        let object = try Self.jsonObject(Article(blocks: [Block(kind: .paragraph, text: "Text.")]))
        for key in ["headline", "byline", "date", "source", "description"] {
            #expect(object[key] is NSNull, "\(key) should be null")
        }
        #expect(object["format"] as? String == "plain-text")
    }

    @Test func creditAppearsOnCaptionsOnly() throws {
        let object = try Self.jsonObject(Self.sample)
        let blocks = try #require(object["blocks"] as? [[String: Any]])
        #expect(blocks.count == Self.sample.blocks.count)
        for (json, block) in zip(blocks, Self.sample.blocks) {
            #expect(json["kind"] as? String == block.kind.rawValue)
            #expect(json["text"] as? String == block.text)
            if block.kind == .caption {
                #expect(json.keys.contains("credit"), "caption \(block.text) lacks the credit key")
                if let credit = block.credit {
                    #expect(json["credit"] as? String == credit)
                } else {
                    #expect(json["credit"] is NSNull)
                }
            } else {
                #expect(!json.keys.contains("credit"), "\(block.kind) must not carry a credit key")
            }
        }
    }

    @Test(arguments: [
        (BlockKind.headline, "headline"), (.paragraph, "paragraph"), (.heading, "heading"),
        (.caption, "caption"), (.listItem, "list-item"), (.blockquote, "blockquote"),
    ])
    func kindNames(kind: BlockKind, name: String) throws {
        let data = try JSONEncoder().encode(Block(kind: kind, text: "x"))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["kind"] as? String == name)
    }

    @Test func roundTripKeepsEverything() throws {
        let data = try JSONEncoder().encode(Self.sample)
        let decoded = try JSONDecoder().decode(Article.self, from: data)
        #expect(decoded == Self.sample)
    }

    @Test func creditOnANonCaptionIsNotWritten() throws {
        // A credit on another kind is not part of the shape; it is dropped on the way out.
        let article = Article(blocks: [Block(kind: .paragraph, text: "Text.", credit: "Stray")])
        let decoded = try JSONDecoder().decode(Article.self, from: JSONEncoder().encode(article))
        #expect(decoded.blocks[0].credit == nil)
    }

    @Test func missingMetadataKeysDecodeAsAbsent() throws {
        let json = #"{"blocks":[{"kind":"list-item","text":"One"}]}"#
        let article = try JSONDecoder().decode(Article.self, from: Data(json.utf8))
        #expect(article.metadata == ArticleMetadata())
        #expect(article.blocks == [Block(kind: .listItem, text: "One")])
    }

    @Test(arguments: [
        #"{"headline":"x"}"#,
        #"{"blocks":[{"kind":"sidebar","text":"x"}]}"#,
        #"{"blocks":[{"text":"x"}]}"#,
        #"{"blocks":[{"kind":"paragraph"}]}"#,
        #"{"format":"pdf","blocks":[]}"#,
    ])
    func malformedJSONThrows(json: String) {
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(Article.self, from: Data(json.utf8))
        }
    }

    @Test func headlineAccessorReadsMetadata() {
        #expect(Self.sample.headline == "Harbour towns agree on ferry plan")
        #expect(Article().headline == nil)
    }

    @Test func scalarCountCountsScalarsNotCharactersOrBytes() {
        // "é" as e + combining acute is one Character, two scalars, three bytes.
        let block = Block(kind: .paragraph, text: "Cafe\u{301} 👍🏽")
        #expect(block.scalarCount == 8)
        #expect(block.text.count == 6)
    }

    @Test func entitiesAndMentionsAreFlatAndRoundTrip() throws {
        var article = Self.sample
        article.entities = [
            Entity(
                name: "Ana Ruiz", kind: .person, aliases: ["Ruiz"], role: "harbour master",
                mentions: [
                    Mention(range: TextRange(block: 1, start: 0, end: 8), text: "Ana Ruiz"),
                    Mention(range: TextRange(block: 2, start: 4, end: 8), text: "Ruiz"),
                ]),
            Entity(name: "Valmont", kind: .place, mentions: [Mention(range: TextRange(block: 1, start: 12, end: 19), text: "Valmont")]),
        ]
        article.quotes = [Quote(text: "Soon.", ranges: [TextRange(block: 2, start: 1, end: 6)], kind: .direct, speaker: "Ana Ruiz", speakerEntity: 0)]
        let object = try Self.jsonObject(article)
        let entities = try #require(object["entities"] as? [[String: Any]])
        #expect(entities.count == 2)
        #expect(Set(entities[0].keys) == ["name", "kind", "aliases", "role", "mentions"])
        #expect(entities[0]["kind"] as? String == "person")
        #expect(entities[1]["role"] is NSNull)
        let mentions = try #require(entities[0]["mentions"] as? [[String: Any]])
        #expect(Set(mentions[1].keys) == ["block", "start", "end", "text"])
        #expect(mentions[1]["start"] as? Int == 4)
        #expect(mentions[1]["text"] as? String == "Ruiz")
        let quotes = try #require(object["quotes"] as? [[String: Any]])
        #expect(quotes[0]["speakerEntity"] as? Int == 0)
        let decoded = try JSONDecoder().decode(Article.self, from: JSONEncoder().encode(article))
        #expect(decoded == article)
    }
}
