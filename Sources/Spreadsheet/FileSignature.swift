import Foundation

/// Tells from a file's first bytes whether it is a zip package or text, and names the usual
/// impostors (legacy .xls, encrypted workbooks, Excel lock files, SpreadsheetML 2003) plainly.
enum FileSignature {
    enum Kind { case zip, text }

    static func detect(path: String, file: String) throws -> Kind {
        guard FileManager.default.fileExists(atPath: path) else { throw ReadError(file: file, reason: .fileNotFound) }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw ReadError(file: file, reason: .unreadableFile("permission denied or not a regular file"))
        }
        defer { try? handle.close() }
        let head = [UInt8]((try? handle.read(upToCount: 512)) ?? Data())
        let baseName = (path as NSString).lastPathComponent
        let fileExtension = (path as NSString).pathExtension.lowercased()
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) || head.starts(with: [0x50, 0x4B, 0x05, 0x06]) { return .zip }
        if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            throw ReadError(file: file, reason: .notAWorkbook(
                what: "an OLE container: an Excel 97-2003 .xls file or a password-protected workbook; save it as .xlsx without a password"))
        }
        if baseName.hasPrefix("~$") || isLockFile(head) {
            throw ReadError(file: file, reason: .notAWorkbook(
                what: "an Excel lock file (~$…) left while the workbook was open, not the workbook itself"))
        }
        if head.isEmpty, ["xlsx", "xlsm"].contains(fileExtension) {
            throw ReadError(file: file, reason: .notAWorkbook(what: "an empty file"))
        }
        if ["xlsx", "xlsm", "xltx", "xltm"].contains(fileExtension) {
            let text = String(decoding: head, as: UTF8.self)
            if text.contains("urn:schemas-microsoft-com:office:spreadsheet") {
                throw ReadError(file: file, reason: .notAWorkbook(what: "an Excel 2003 XML spreadsheet; save it as .xlsx"))
            }
            throw ReadError(file: file, reason: .notAWorkbook(what: "not a zip container"))
        }
        return .text
    }

    /// Excel's owner file: a length byte, the user name padded with blanks, 165 bytes or so.
    private static func isLockFile(_ head: [UInt8]) -> Bool {
        guard head.count >= 54, head.count <= 200, let length = head.first, length > 0, Int(length) < 54 else { return false }
        return head[(Int(length) + 1)..<54].allSatisfy { $0 == 0x20 || $0 == 0x00 }
    }
}
