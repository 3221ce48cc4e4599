/// The shipped office-holders table (see ``OfficeHolders`` for the format). Facts of public record: who held
/// which office, from when to when.
enum OfficeData {
    static let tsv = """
        # country\toffice\tperson\tfrom\tto
        Russia\tpresident\tVladimir Putin\t2012-05-07\t
        Russia\tforeign minister\tSergei Lavrov\t2004-03-09\t
        """
}
