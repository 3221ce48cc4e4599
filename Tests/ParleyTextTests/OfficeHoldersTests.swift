import Testing

@testable import ParleyText

@Suite struct OfficeHoldersTests {
    let table = OfficeHolders(
        tsv: """
            # a comment
            Kalvora|Kalvoran\tforeign minister\tAda Lennart\t2020-01-01\t2024-06-30
            Kalvora|Kalvoran\tforeign minister\tPiet Moravec\t2024-06-30\t
            Kalvora\tpresident\tLena Varga\t2019\t
            """)

    @Test func holderByDate() {
        #expect(table.holder(country: "Kalvora", office: "foreign minister", on: "2022-03-04") == "Ada Lennart")
        #expect(
            table.holder(country: "Kalvora", office: "foreign minister", on: "2025-01-01T10:00:00Z") == "Piet Moravec")
        #expect(table.holder(country: "Kalvora", office: "foreign minister", on: "2019-12-31") == nil)
        #expect(table.holder(country: "Kalvora", office: "president", on: "2019-01-01") == "Lena Varga")
    }

    /// A surname's terms in a fixed order (`allTerms`'), not a dictionary's, which changes from table to table and
    /// process to process: the first names the office a transcript label is explained by.
    @Test func aSurnamesTermsInAFixedOrder() {
        let tsv = (0..<12).map { "Country\($0)\toffice \($0)\tMara Vell\t2020-01-01\t" }.joined(separator: "\n")
        for _ in 0..<8 {
            let terms = OfficeHolders(tsv: tsv).terms(surname: "vell")
            #expect(terms.map(\.country) == (0..<12).map { "Country\($0)" }.sorted())
        }
    }

    @Test func theIncomingHolderOnAHandoverDay() {
        #expect(table.holder(country: "Kalvora", office: "foreign minister", on: "2024-06-30") == "Piet Moravec")
    }

    @Test func demonymsFromTheFirstColumn() {
        #expect(table.country(named: "Kalvoran") == "Kalvora")
        #expect(table.country(named: "kalvoran") == "Kalvora")
        #expect(table.country(named: "Dravish") == nil)
    }

    @Test func userRowsReplaceOverlappingShippedRows() {
        var holders = table
        let bad = holders.add(tsv: "Kalvora\tpresident\tOtto Brandl\t2023-01-01\t\nnot a row\n", isUser: true)
        #expect(bad == [2])
        #expect(holders.holder(country: "Kalvora", office: "president", on: "2024-01-01") == "Otto Brandl")
    }

    /// Spaces around a field are not part of it; a field of spaces alone is empty, and its row is not one.
    @Test func spacesAroundFieldsAreDropped() {
        var holders = OfficeHolders(tsv: "")
        let bad = holders.add(
            tsv: "  Drava | Dravish \t foreign minister \t  Ilse Noor  \t 2021-02 \t  \n"
                + "Drava\t   \tIlse Noor\t2021\n", isUser: true)
        #expect(bad == [2])
        #expect(holders.holder(country: "Drava", office: "foreign minister", on: "2021-02-01") == "Ilse Noor")
        #expect(holders.country(named: "Dravish") == "Drava")
        #expect(holders.allTerms.map(\.person) == ["Ilse Noor"])
    }

    @Test func theShippedTableParsesWhole() {
        var holders = OfficeHolders(tsv: "")
        #expect(holders.add(tsv: OfficeData.tsv, isUser: false).isEmpty)
        #expect(
            OfficeHolders.shipped.holder(country: "Russia", office: "foreign minister", on: "2019-05-01")
                == "Sergei Lavrov")
    }
}
