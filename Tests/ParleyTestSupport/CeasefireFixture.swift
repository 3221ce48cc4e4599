/// Eleven made-up one-passage `ceasefire` stories about fictional states (`f01`…`f11`), with chosen dates, sources,
/// speakers and entities: the search tests (`SearchFilterTests`) and the command's (`SearchCommandTests`) count
/// on the same articles.
///
/// Hand counts for `ceasefire` (one passage per article):
/// - dates: f01 2014-12-31, f02 2015-01-01, f03 2015-06-30T23:59Z, f04 2015-07-01, f05 2015-12-31,
///   f06 2016-01-01, f07 undated, f08 2016-03-15, f09 2015-09-03, f10 2016-05-20, f11 2015-03-03
/// - sources: Meridian Wire f01 f02 f06 f07 f09; Drevania Today f04 f05 f10; Brenhaven Observer f03 f08;
///   none f11
/// - speakers: Ilya Marevsky f02 f08; Irena Vedrač f05
/// - people: Ilya Marevsky f02 f08; Irena Vedrač f01 f05
/// - places: Mediterranean f03 f08; Baltic Sea f06 f10
/// - organizations: Valdoran Foreign Ministry f04 f07 f10
public enum CeasefireFixture {
    public static let meridian = "Meridian Wire"
    public static let brenhaven = "Brenhaven Observer"
    public static let drevania = "Drevania Today"

    /// An article as JSON Lines fields; `source` and `date` left out when `nil`.
    public static func article(_ id: String, _ title: String, _ text: String, source: String?, date: String?)
        -> [String: String]
    {
        var article = ["id": id, "title": title, "text": text]
        if let source { article["source"] = source }
        if let date { article["date"] = date }
        return article
    }

    public static let articles: [[String: String]] = [
        article(
            "f01", "Quiet night in the valley",
            "The ceasefire along the Veyra Valley held overnight, Foreign Minister Irena Vedrač said in Port Solenne.",
            source: meridian, date: "2014-12-31"),
        article(
            "f02", "Palace upbeat",
            "“The ceasefire is holding,” said Ilya Marevsky, the palace spokesman.",
            source: meridian, date: "2015-01-01"),
        article(
            "f03", "Patrols at sea",
            "Patrol boats enforcing the ceasefire crossed the Mediterranean on Monday.",
            source: brenhaven, date: "2015-06-30T23:59:00Z"),
        article(
            "f04", "Extension expected",
            "The Valdoran Foreign Ministry said the ceasefire would be extended.",
            source: drevania, date: "2015-07-01"),
        article(
            "f05", "No first move",
            "“We will not break the ceasefire first,” Foreign Minister Irena Vedrač told reporters.",
            source: drevania, date: "2015-12-31"),
        article(
            "f06", "Fleets keep apart",
            "Observers in the Baltic Sea reported that the ceasefire was observed by both fleets.",
            source: meridian, date: "2016-01-01"),
        article(
            "f07", "Monitors report",
            "The ceasefire monitors from the Valdoran Foreign Ministry filed no complaints.",
            source: meridian, date: nil),
        article(
            "f08", "Ships leave",
            "“Nobody wants the ceasefire to fail,” said Ilya Marevsky, the palace spokesman, as ships left the Mediterranean.",
            source: brenhaven, date: "2016-03-15"),
        article(
            "f09", "Envoys welcome statement",
            "Drevanian envoys welcomed the ceasefire in a short statement.",
            source: meridian, date: "2015-09-03"),
        article(
            "f10", "Second agreement",
            "A second ceasefire was agreed for the Baltic Sea ports, the Valdoran Foreign Ministry said.",
            source: drevania, date: "2016-05-20"),
        article(
            "f11", "Markets calm",
            "Markets in Tamesk rose as the ceasefire held.",
            source: nil, date: "2015-03-03"),
    ]
}
