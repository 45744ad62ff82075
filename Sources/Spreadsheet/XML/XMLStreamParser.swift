import Foundation
import CLibxml2

/// Receives the events of one XML part. Subclasses override what they need; a handler
/// records a failure with `fail(_:)`, which stops the parse.
class XMLEventHandler {
    /// The first failure, reported when the parse ends.
    fileprivate(set) var failure: ReadError.Reason?
    fileprivate var context: xmlParserCtxtPtr?
    /// Current element depth; libxml2's push parser does not enforce its own depth limit.
    fileprivate var depth = 0

    func startElement(_ name: XMLName, _ attributes: XMLAttributes) {}
    func endElement(_ name: XMLName) {}
    func characters(_ bytes: UnsafeBufferPointer<UInt8>) {}

    /// Stops the parse with `reason`; the first failure wins.
    final func fail(_ reason: ReadError.Reason) {
        if failure == nil { failure = reason }
        if let context { xmlStopParser(context) }
    }

    /// The line the parser is on, for error messages.
    final var line: Int? {
        guard let context else { return nil }
        return Int(xmlSAX2GetLineNumber(UnsafeMutableRawPointer(context)))
    }
}

/// Streams a zip entry through libxml2's push parser into a handler: chunk by chunk, never
/// holding the part whole. Any DTD or entity declaration is refused, the network is never
/// used, entities are never substituted, and every libxml2 error fails the read.
enum XMLStreamParser {
    /// Deepest element nesting accepted (libxml2's own default; spreadsheet parts need about 10).
    static let maxDepth = 256

    /// Parser options: no network; never NOENT, DTDLOAD, HUGE or XINCLUDE.
    private static let options = Int32(XML_PARSE_NONET.rawValue)

    static func parse(_ stream: ZipEntryStream, file: String, into handler: XMLEventHandler) throws {
        let part = stream.entry.name
        var sax = makeSAXHandler()
        let userData = Unmanaged.passUnretained(handler).toOpaque()
        var context: xmlParserCtxtPtr?
        defer {
            if let context { xmlFreeParserCtxt(context) }
            handler.context = nil
        }
        var failed = false
        try stream.forEachChunk { chunk in
            let base = UnsafeRawPointer(chunk.baseAddress!).assumingMemoryBound(to: CChar.self)
            if context == nil {
                // The first bytes let libxml2 detect UTF-8 or UTF-16.
                guard let created = xmlCreatePushParserCtxt(&sax, userData, base, Int32(chunk.count), part) else {
                    throw ReadError(file: file, part: part, reason: .malformedXML("the XML parser could not start"))
                }
                context = created
                handler.context = created
                xmlCtxtUseOptions(created, options)
                if xmlParseChunk(created, nil, 0, 0) != 0 || handler.failure != nil { failed = true }
            } else if xmlParseChunk(context, base, Int32(chunk.count), 0) != 0 || handler.failure != nil {
                failed = true
            }
            return !failed
        }
        guard let context else {
            throw ReadError(file: file, part: part, reason: .malformedXML("the part is empty"))
        }
        if !failed { xmlParseChunk(context, nil, 0, 1) }
        if let failure = handler.failure {
            throw ReadError(file: file, part: part, line: handler.line, reason: failure)
        }
        if context.pointee.wellFormed == 0 {
            throw ReadError(file: file, part: part, line: handler.line, reason: .malformedXML("not well-formed"))
        }
    }

    private static func makeSAXHandler() -> xmlSAXHandler {
        var sax = xmlSAXHandler()
        sax.initialized = UInt32(XML_SAX2_MAGIC)
        sax.startElementNs = { context, localname, _, _, _, _, attributeCount, _, attributes in
            guard let context, let localname else { return }
            XMLStreamParser.withHandler(context) { handler in
                handler.depth += 1
                guard handler.depth <= XMLStreamParser.maxDepth else {
                    handler.fail(.malformedXML("elements are nested more than \(XMLStreamParser.maxDepth) levels deep"))
                    return
                }
                handler.startElement(XMLName(local: localname),
                                     XMLAttributes(base: attributes, count: Int(attributeCount)))
            }
        }
        sax.endElementNs = { context, localname, _, _ in
            guard let context, let localname else { return }
            XMLStreamParser.withHandler(context) { handler in
                handler.depth -= 1
                handler.endElement(XMLName(local: localname))
            }
        }
        let characters: charactersSAXFunc = { context, bytes, length in
            guard let context, let bytes, length > 0 else { return }
            XMLStreamParser.withHandler(context) { $0.characters(UnsafeBufferPointer(start: bytes, count: Int(length))) }
        }
        sax.characters = characters
        sax.cdataBlock = characters
        sax.ignorableWhitespace = characters
        let refuseDTD: internalSubsetSAXFunc = { context, _, _, _ in
            guard let context else { return }
            XMLStreamParser.withHandler(context) { $0.fail(.doctypeForbidden) }
        }
        sax.internalSubset = refuseDTD
        sax.externalSubset = refuseDTD
        sax.entityDecl = { context, _, _, _, _, _ in
            guard let context else { return }
            XMLStreamParser.withHandler(context) { $0.fail(.doctypeForbidden) }
        }
        sax.serror = { context, error in
            guard let context, let error, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
            let message = error.pointee.message.map { String(cString: $0) } ?? "error \(error.pointee.code)"
            XMLStreamParser.withHandler(context) {
                $0.fail(.malformedXML(message.trimmingCharacters(in: .whitespacesAndNewlines)))
            }
        }
        return sax
    }

    /// Calls `body` with the handler behind libxml2's user-data pointer. `parse` keeps the handler
    /// alive for the whole parse, so it is borrowed without the retain and release that
    /// `takeUnretainedValue()` would cost on each of the millions of events of a large sheet.
    @inline(__always)
    private static func withHandler(_ context: UnsafeMutableRawPointer, _ body: (XMLEventHandler) -> Void) {
        Unmanaged<XMLEventHandler>.fromOpaque(context)._withUnsafeGuaranteedRef(body)
    }
}
