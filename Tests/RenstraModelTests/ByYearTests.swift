import Testing
import RenstraModel

@Suite struct ByYearTests {
    @Test func yearsStayInOrderWhateverOrderTheyAreSetIn() {
        var values = ByYear<String>()
        values[2017] = "c"
        values[2015] = "a"
        values[2019] = "e"
        values[2016] = "b"
        #expect(Array(values.keys) == [2015, 2016, 2017, 2019])
        #expect(Array(values.values) == ["a", "b", "c", "e"])
        #expect(values.map(\.key) == [2015, 2016, 2017, 2019])
        #expect(values[2018] == nil && values[2016] == "b")
    }

    @Test func settingAYearReplacesItAndNilRemovesIt() {
        var values: ByYear<Int> = [2020: 1, 2021: 2]
        values[2020] = 10
        values[2021] = nil
        values[2022] = nil
        #expect(values.count == 1 && values[2020] == 10 && values[2021] == nil)
        values[2020] = nil
        #expect(values.isEmpty)
    }

    @Test func equalAndHashedByContentNotByHowItWasBuilt() {
        var built = ByYear<Int>()
        built[2021] = 2
        built[2020] = 1
        let literal: ByYear<Int> = [2020: 1, 2021: 2]
        #expect(built == literal)
        #expect(built.hashValue == literal.hashValue)
        #expect(built != [2020: 1, 2021: 3])
        #expect(built != [2020: 1])
    }
}
