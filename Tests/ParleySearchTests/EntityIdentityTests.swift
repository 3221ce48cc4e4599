import Foundation
import ParleyTestSupport
import Testing

@testable import ParleySearch

/// `EntityCatalog.mergeSurnames`: a surname-only person across articles (invented people only).
@Suite struct EntityIdentityTests {
    func people(_ index: ParleyIndex) throws -> [String: Int] {
        Dictionary(uniqueKeysWithValues: try index.entities(kind: .person, limit: 100).map { ($0.name, $0.passages) })
    }

    @Test func surnameGoesToItsDominantBearer() throws {
        var articles = (1...6).map {
            Sample.article("m\($0)", text: "Foreign Minister Maya Drobek met the envoy in Vienna on day \($0).")
        }
        articles.append(Sample.article("l1", text: "Mayor Lev Drobek opened the bridge."))
        articles.append(
            Sample.article("s1", text: "Minister Drobek arrived in Brussels.\n\n“We are ready,” Drobek said."))
        let (_, index) = try indexOf(articles)
        let people = try people(index)
        #expect(people["Drobek"] == nil)
        #expect(people["Maya Drobek"] == 8)  // six articles, and both passages of the surname-only one
        #expect(people["Lev Drobek"] == 1)
        #expect(try index.speakers().map(\.name) == ["Maya Drobek"])
    }

    /// A name of several words finds the person whose name it ends (`al Haddin`: Omar al Haddin), through the
    /// surname index, and not another bearer of the last word alone (Karim Haddin).
    @Test func aNameEndingAPersonsNameFindsThem() throws {
        let (_, index) = try indexOf([
            Sample.article("h1", text: "“The border stays open,” Omar al Haddin said on Monday."),
            Sample.article("h2", text: "“The border will close,” Karim Haddin said on Tuesday."),
        ])
        let omar = try index.speakerIDs(for: ["Omar al Haddin"])
        let karim = try index.speakerIDs(for: ["Karim Haddin"])
        #expect(omar.count == 1 && karim.count == 1 && omar != karim)
        #expect(try index.speakerIDs(for: ["al Haddin"]) == omar)
        #expect(try index.speakerIDs(for: ["AL HADDIN"]) == omar)
        #expect(try index.speakerIDs(for: ["karim haddin"]) == karim)
        #expect(throws: QueryError.self) { try index.speakerIDs(for: ["Haddin"]) }
        #expect(throws: QueryError.self) { try index.speakerIDs(for: ["el Haddin"]) }
    }

    /// A kind outside ``EntityKind`` (only with the `CHECK` constraint bypassed) is a damaged index, reported as a
    /// failure of the read, never a crash; a quotation's hit shows no kind for it.
    @Test func anUnknownStoredKindIsAnErrorNotACrash() throws {
        let (folder, index) = try indexOf([
            Sample.article("s1", text: "Minister Maya Drobek arrived in Vienna.\n\n“We are ready,” Drobek said.")
        ])
        try index.dbQueue.write { db in
            try db.execute(sql: "PRAGMA ignore_check_constraints = ON")
            try db.execute(sql: "UPDATE entity SET kind = 'office' WHERE name = 'Maya Drobek'")
        }
        #expect(throws: StoreError.self) { try index.speakers() }
        #expect(throws: StoreError.self) { try index.entities() }
        let hits = try index.quotes(nil)
        #expect(hits.map(\.speaker) == ["Maya Drobek"])
        #expect(hits.map(\.speakerKind) == [nil])
        _ = folder
    }

    @Test func ambiguousSurnameIsNoFacetPersonOfItsOwn() throws {
        let (_, index) = try indexOf([
            Sample.article("a1", text: "Foreign Minister Anna Veller arrived.\n\nAnna Veller met the envoy."),
            Sample.article("a2", text: "Defence Minister Piotr Veller arrived.\n\nPiotr Veller met the envoy."),
            Sample.article("s1", text: "Minister Veller arrived in Vienna.\n\n“We are ready,” Veller said."),
            Sample.article("s2", text: "Minister Veller left Vienna."),
        ])
        let people = try people(index)
        #expect(people["Veller"] == nil)
        #expect(people["Anna Veller"] == 2 && people["Piotr Veller"] == 2)
        // The quotation keeps the speaker the text gave; mentions of the entity are gone from the facets.
        #expect(try index.speakers().map(\.name).contains("Veller"))
        #expect(try index.entities(kind: .place).first?.name == "Vienna")
    }

    /// Two spellings of one name, with and without an accent or a middle initial, make one person.
    @Test(
        arguments: [
            (
                [
                    ("a1", "Foreign Minister Rémi Aubrel arrived."), ("a2", "Foreign Minister Remi Aubrel left."),
                    ("s1", "Minister Aubrel spoke."),
                ],
                ["Rémi Aubrel": 3]
            ),
            (
                [("a1", "Foreign Minister Maya R. Drobek arrived."), ("a2", "Foreign Minister Maya Drobek left.")],
                ["Maya Drobek": 2]
            ),
        ] as [([(String, String)], [String: Int])])
    func spellingsOfOneNameAreOnePerson(_ texts: [(String, String)], _ expected: [String: Int]) throws {
        let (_, index) = try indexOf(texts.map { Sample.article($0, text: $1) })
        #expect(try people(index) == expected)
    }

}
