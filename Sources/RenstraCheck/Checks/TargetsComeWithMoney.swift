import RenstraModel

/// In each year a program or kegiatan with a target above zero has money for it, and one with
/// money has a target: `0 -` (nothing planned, nothing spent) is fine; `30 -` or `- 150.000.000`
/// is a zero pair. The finding sits at the empty side of the pair.
struct TargetsComeWithMoney: Check {
    func findings(in context: CheckContext) -> [Finding] {
        var findings: [Finding] = []
        // Whether each year's target is above zero; nil where there is none, or it is unreadable.
        var targetGiven = [Bool?](repeating: nil, count: context.years.count)
        let index = context.index
        for position in index.levels.indices where index.levels[position].carriesIndikator {
            // The figures are read in place, by index, rather than copied out.
            let entry = index.entries[position], indikator = entry.node.indikator
            guard !indikator.isEmpty else { continue }
            let targets = indikator[0].targets, targetYears = targets.keys, targetFigures = targets.values
            for place in targetGiven.indices { targetGiven[place] = nil }
            for item in targetFigures.indices where !targetFigures[item].isUnreadable {
                if let place = context.years.place(of: targetYears[item]) {
                    targetGiven[place] = targetFigures[item].value?.isAboveZero ?? false
                }
            }
            let yearlyPagu = entry.node.pagu, paguYears = yearlyPagu.keys, paguFigures = yearlyPagu.values
            for item in paguFigures.indices where !paguFigures[item].isUnreadable {
                let year = paguYears[item]
                guard let place = context.years.place(of: year), let hasTarget = targetGiven[place],
                      hasTarget != ((paguFigures[item].value?.value ?? 0) > 0), let target = targets[year] else { continue }
                let pagu = paguFigures[item]
                let targetValue = FindingValue.figure(target) { .number($0) }
                let paguValue = FindingValue.figure(pagu) { .money($0) }
                findings.append(Finding(code: .zeroPair, location: context.location(hasTarget ? pagu.at : target.at),
                                        subject: entry.subject, program: context.index.program(of: position),
                                        actual: hasTarget ? paguValue : targetValue, related: [hasTarget ? target.at : pagu.at],
                                        arguments: ["period": .period(.year(year)), "target": .value(targetValue),
                                                    "pagu": .value(paguValue)]))
            }
        }
        return findings
    }
}

extension CatalogueEntry {
    static let zeroPair = CatalogueEntry(
        code: .zeroPair, severity: .warning,
        title: Localized(id: "Target tanpa pagu, atau pagu tanpa target", en: "Target without money, or money without target"),
        description: Localized(
            id: "Pada suatu tahun, program atau kegiatan bertarget di atas nol tetapi tanpa pagu, atau berpagu tetapi tanpa target. `0 -` (tidak ada target, tidak ada dana) wajar. Temuan ditempatkan di sisi yang kosong.",
            en: "In a year, a program or kegiatan has a target above zero but no money, or money but no target. `0 -` (nothing planned, nothing spent) is fine. The finding sits at the empty side."),
        template: Localized(id: "{subject}: pada {period} target {target} tetapi pagu {pagu}.",
                            en: "{subject}: in {period} the target is {target} but the pagu is {pagu}."))
}
