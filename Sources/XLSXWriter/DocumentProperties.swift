/// The workbook's document properties (`docProps/core.xml` and `docProps/app.xml`).
public struct DocumentProperties: Hashable, Sendable {
    public var title: String
    /// Author, shown by Excel as "Author" and by LibreOffice as "Created by".
    public var creator: String
    /// Application name written into `app.xml`.
    public var application: String
    /// Creation and last-modification time; also the time of every zip entry.
    public var timestamp: FixedTimestamp

    public init(title: String, creator: String, application: String, timestamp: FixedTimestamp) {
        self.title = title
        self.creator = creator
        self.application = application
        self.timestamp = timestamp
    }
}
